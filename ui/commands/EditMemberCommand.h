#pragma once
// Changes a household member's name, role or birth year; undo restores them.

#include "EditCommand.h"
#include "domain/Domain.h"

class EditMemberCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditMemberCommand)
public:
    EditMemberCommand(EditCommands &commands, const HouseholdMember &changed);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    HouseholdMember m_changed;
    HouseholdMember m_before; // read anew on every apply
};
