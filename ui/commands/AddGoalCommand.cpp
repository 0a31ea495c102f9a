#include "AddGoalCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/GoalStore.h"

AddGoalCommand::AddGoalCommand(EditCommands &commands, const Goal &goal)
    : EditCommand(commands, tr("Add goal \"%1\"").arg(GoalStore::shortDescription(goal))),
      m_goal(goal)
{
    m_goal.id = 0;
}

Status AddGoalCommand::apply()
{
    GoalStore store(db());
    if (m_goal.id > 0)
        return store.restore(m_goal);
    auto added = store.add(m_goal);
    if (!added)
        return added.error();
    m_goal = added.value();
    // Undoing deletes it: not over a change someone else made meanwhile.
    guardRow(QStringLiteral("goals"), m_goal.id, 0,
             tr("the goal \"%1\"").arg(GoalStore::shortDescription(m_goal)));
    return {};
}

Status AddGoalCommand::revert()
{
    return GoalStore(db()).remove(m_goal.id);
}

void AddGoalCommand::announce() const
{
    emit notifier().goalsChanged(m_goal.familyId);
}
