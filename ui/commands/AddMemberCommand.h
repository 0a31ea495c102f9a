#pragma once
// Adds a household member; undo removes them, redo puts them back with the same id.

#include "EditCommand.h"
#include "domain/Domain.h"

class AddMemberCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddMemberCommand)
public:
    AddMemberCommand(EditCommands &commands, const HouseholdMember &member);
    qint64 memberId() const { return m_member.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    HouseholdMember m_member; // as stored, once added
};
