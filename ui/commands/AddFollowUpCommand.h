#pragma once
// Adds a follow-up action to a family (outside a visit report); undo removes it, redo puts it
// back with the same id.

#include "EditCommand.h"
#include "domain/Domain.h"

class AddFollowUpCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddFollowUpCommand)
public:
    AddFollowUpCommand(EditCommands &commands, const FollowUp &followUp);
    qint64 followUpId() const { return m_followUp.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    FollowUp m_followUp; // as stored, once added
};
