#include "EditGoalCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/GoalStore.h"

EditGoalCommand::EditGoalCommand(EditCommands &commands, const Goal &changed)
    : EditCommand(commands, tr("Edit goal \"%1\"").arg(GoalStore::shortDescription(changed))),
      m_changed(changed)
{
    // "This goal": the form's own row, whose typed description may be what was changed.
    guardRow(QStringLiteral("goals"), changed.id, changed.version, tr("this goal"));
}

Status EditGoalCommand::apply()
{
    GoalStore store(db());
    auto before = store.get(m_changed.id);
    if (!before)
        return before.error();
    m_before = before.value();
    return store.update(m_changed);
}

Status EditGoalCommand::revert()
{
    return GoalStore(db()).update(m_before);
}

void EditGoalCommand::announce() const
{
    emit notifier().goalsChanged(m_before.familyId);
}
