#include "EndGoalCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/GoalStore.h"

EndGoalCommand::EndGoalCommand(EditCommands &commands, const Goal &goal, const QDate &day)
    : EditCommand(commands,
                  day.isValid()
                      ? tr("End goal \"%1\"").arg(GoalStore::shortDescription(goal))
                      : tr("Work on goal \"%1\" again").arg(GoalStore::shortDescription(goal))),
      m_goal(goal), m_day(day)
{
    guardRow(QStringLiteral("goals"), goal.id, goal.version,
             tr("the goal \"%1\"").arg(GoalStore::shortDescription(goal)));
}

Status EndGoalCommand::setEnd(const QDate &day)
{
    GoalStore store(db());
    if (!day.isValid())
        return store.reopen(m_goal.id);
    return store.end(m_goal.id, day);
}

Status EndGoalCommand::apply()
{
    auto stored = GoalStore(db()).get(m_goal.id);
    if (!stored)
        return stored.error();
    m_before = stored->endedOn;
    return setEnd(m_day);
}

Status EndGoalCommand::revert()
{
    // Ending succeeds only on a goal worked on, reopening only on one that had ended on
    // m_before: each undo goes back to exactly that. The end date was accepted once and the
    // steps after it are undone first, so end() accepts it again.
    return setEnd(m_day.isValid() ? QDate() : m_before);
}

void EndGoalCommand::announce() const
{
    emit notifier().goalsChanged(m_goal.familyId);
}
