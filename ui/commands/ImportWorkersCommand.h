#pragma once
// An import of workers, with the organisations it had to create, as one step. write() is the
// import itself, on any connection, so ImportFlow can run it on a background thread's; the
// command then holds what was written: undo removes it all (organisations included), redo puts
// it back with the same ids.

#include "EditCommand.h"
#include "exchange/WorkerImporter.h"

class Progress;

// What an import of workers wrote, kept whole so redo can put back exactly these rows.
struct ImportedWorkers
{
    WorkerImporter::Summary summary;
    QList<Organisation> organisations; // created by the import, as stored
    QList<Worker> workers;             // as stored, in file order
};

class ImportWorkersCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportWorkersCommand)
public:
    // Adds the workers the importer read, and the organisations they need, in one transaction
    // on `db` (see WorkerImporter::write for `progress`), and reads back what it wrote.
    static Result<ImportedWorkers> write(Database &db, const WorkerImporter &importer,
                                         const Progress *progress = nullptr);

    // The step of what write() wrote from `fileName`: pushed with markApplied().
    ImportWorkersCommand(EditCommands &commands, const QString &fileName, ImportedWorkers written);
    const WorkerImporter::Summary &summary() const { return m_written.summary; }

protected:
    Status apply() override; // a redo: the first run was write()
    Status revert() override;
    void announce() const override;

private:
    ImportedWorkers m_written;
};
