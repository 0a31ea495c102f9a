#pragma once
// Changes a family's details or status. Closing it ends its assignment too (FamilyStore::update);
// undo restores the family and reopens that assignment. Every run saves over the version the
// step before left (the form's, then each undo's and redo's own), so a step is refused, not
// applied blindly, when someone else changed the family in between (RowVersions).

#include "EditCommand.h"
#include "domain/Domain.h"

class EditFamilyCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditFamilyCommand)
public:
    EditFamilyCommand(EditCommands &commands, const Family &changed);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Status readVersion();

    Family m_changed;
    // Read anew on every apply.
    Family m_before;
    QList<Assignment> m_assignmentsBefore;
    // The family's version after this command's last run; 0 before the first.
    qint64 m_version = 0;
};
