#pragma once
// An import of families as one step. write() is the import itself, on any connection, so
// ImportFlow can run it on a background thread's; the command then holds what was written:
// undo removes those families, redo puts them back with the same ids and case codes.

#include "EditCommand.h"
#include "exchange/FamilyImporter.h"

class Progress;

class ImportFamiliesCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportFamiliesCommand)
public:
    // Adds the families the importer read and records the import in the access log (by
    // `actor`, as every step of the façade), in one transaction on `db` (see
    // FamilyImporter::write for `progress`). Returns them as stored.
    static Result<QList<Family>> write(Database &db, const FamilyImporter &importer,
                                       const Actor &actor, const Progress *progress = nullptr);

    // The step of what write() wrote from `fileName`: pushed with markApplied().
    ImportFamiliesCommand(EditCommands &commands, const QString &fileName, QList<Family> written);
    const QList<Family> &families() const { return m_families; }

protected:
    Status apply() override; // a redo: the first run was write()
    Status revert() override;
    void announce() const override;

private:
    QList<Family> m_families; // as stored
};
