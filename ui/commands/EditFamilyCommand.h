#pragma once
// Changes a family's details or status. Closing it ends its assignment too (FamilyStore::update);
// undo restores the family and reopens that assignment.

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
    Family m_changed;
    // Read anew on every apply.
    Family m_before;
    QList<Assignment> m_assignmentsBefore;
};
