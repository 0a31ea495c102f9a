#pragma once
// Writes the workers a WorkerImporter read, with the organisations it had to create, as one
// step; undo removes them all (organisations included), redo puts them back with the same ids.

#include "EditCommand.h"
#include "exchange/WorkerImporter.h"

class ImportWorkersCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportWorkersCommand)
public:
    ImportWorkersCommand(EditCommands &commands, const WorkerImporter &importer);
    const WorkerImporter::Summary &summary() const { return m_summary; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    WorkerImporter m_importer;
    bool m_written = false;
    WorkerImporter::Summary m_summary;
    // As stored, once written: what redo puts back.
    QList<Organisation> m_organisations;
    QList<Worker> m_workers;
};
