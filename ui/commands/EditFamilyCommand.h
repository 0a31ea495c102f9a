#pragma once
// Changes a family's details or status. Closing it ends its assignment too (FamilyStore::update);
// undo restores the family and reopens that assignment. The family's row is guarded (see
// EditCommand::guardRow): a step is refused, not applied blindly, when someone else changed
// the family in between.

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
    // The store saves over the version it is given: the one just checked by the guard.
    Status update(Family family);

    Family m_changed;
    // Read anew on every apply.
    Family m_before;
    QList<Assignment> m_assignmentsBefore;
};
