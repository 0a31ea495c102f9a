#include "AddWorkerCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/WorkerStore.h"

AddWorkerCommand::AddWorkerCommand(EditCommands &commands, const Worker &worker)
    : EditCommand(commands, tr("Add worker %1").arg(worker.name.trimmed())), m_worker(worker)
{
    m_worker.id = 0;
}

Status AddWorkerCommand::apply()
{
    WorkerStore store(db());
    if (m_worker.id > 0)
        return store.restore(m_worker);
    auto id = store.add(m_worker);
    if (!id)
        return id.error();
    auto stored = store.get(id.value());
    if (!stored)
        return stored.error();
    m_worker = stored.value();
    // Undoing deletes it: not over a change someone else made meanwhile.
    guardRow(QStringLiteral("workers"), m_worker.id, 0, tr("the worker %1").arg(m_worker.name));
    return {};
}

Status AddWorkerCommand::revert()
{
    return WorkerStore(db()).remove(m_worker.id);
}

void AddWorkerCommand::announce() const
{
    emit notifier().workersChanged({m_worker.id});
}
