#pragma once
// Removes a household member entered by mistake (one who attended a visit stays); undo puts
// them back with the same id.

#include "EditCommand.h"
#include "domain/Domain.h"

class RemoveMemberCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveMemberCommand)
public:
    RemoveMemberCommand(EditCommands &commands, qint64 memberId);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    qint64 m_memberId;
    HouseholdMember m_before; // read anew on every apply
};
