#pragma once
// Ends a goal (no longer worked on after a day) or, with a null day, works on an ended goal
// again; undo does the opposite. The goal and its scores stay either way.

#include "EditCommand.h"
#include "domain/Domain.h"

class EndGoalCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EndGoalCommand)
public:
    // day: the last day the goal was worked on; null to reopen it.
    EndGoalCommand(EditCommands &commands, const Goal &goal, const QDate &day);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Status setEnd(const QDate &day);

    Goal m_goal;
    QDate m_day;
    QDate m_before; // the end date before the latest apply
};
