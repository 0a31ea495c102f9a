#pragma once
// Writes the families a FamilyImporter read, as one step; undo removes them all, redo puts them
// back with the same ids and case codes.

#include "EditCommand.h"
#include "exchange/FamilyImporter.h"

class ImportFamiliesCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportFamiliesCommand)
public:
    ImportFamiliesCommand(EditCommands &commands, const FamilyImporter &importer);
    const QList<Family> &families() const { return m_families; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    FamilyImporter m_importer;
    bool m_written = false;
    QList<Family> m_families; // as stored, once written
};
