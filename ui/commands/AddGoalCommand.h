#pragma once
// Adds a goal to a family; undo removes it, redo puts it back with the same id.

#include "EditCommand.h"
#include "domain/Domain.h"

class AddGoalCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddGoalCommand)
public:
    AddGoalCommand(EditCommands &commands, const Goal &goal);
    qint64 goalId() const { return m_goal.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Goal m_goal; // as stored, once added
};
