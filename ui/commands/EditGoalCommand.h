#pragma once
// Corrects a goal's life domain, description, start score or the date it was set; undo puts
// back what was stored before.

#include "EditCommand.h"
#include "domain/Domain.h"

class EditGoalCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditGoalCommand)
public:
    EditGoalCommand(EditCommands &commands, const Goal &changed);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Goal m_changed;
    Goal m_before; // as stored before the latest apply
};
