#include "EditWorkerCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/WorkerStore.h"

EditWorkerCommand::EditWorkerCommand(EditCommands &commands, const Worker &changed)
    : EditCommand(commands, tr("Edit worker %1").arg(changed.name.trimmed())), m_changed(changed)
{
    // The form's own row, whose typed name may be what was changed.
    guardRow(QStringLiteral("workers"), changed.id, changed.version, tr("this worker"));
}

Status EditWorkerCommand::apply()
{
    WorkerStore store(db());
    auto before = store.get(m_changed.id);
    if (!before)
        return before.error();
    m_before = before.value();
    return store.update(m_changed);
}

Status EditWorkerCommand::revert()
{
    return WorkerStore(db()).update(m_before);
}

void EditWorkerCommand::announce() const
{
    emit notifier().workersChanged({m_changed.id});
    // Duo names are made of their members' names; so is the family list's duo column.
    emit notifier().duosChanged({});
}
