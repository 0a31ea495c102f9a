#include "ReactivateWorkerCommand.h"

#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "storage/WorkerStore.h"

namespace {
QString nameOf(Database &db, qint64 id)
{
    auto worker = WorkerStore(db).get(id);
    return worker ? worker->name : QString::number(id);
}
} // namespace

ReactivateWorkerCommand::ReactivateWorkerCommand(EditCommands &commands, qint64 workerId)
    : EditCommand(commands, QString()), m_workerId(workerId)
{
    const QString name = nameOf(commands.database(), workerId);
    setText(tr("Reactivate worker %1").arg(name));
    guardRow(QStringLiteral("workers"), workerId, 0, tr("the worker %1").arg(name));
}

Status ReactivateWorkerCommand::apply()
{
    return WorkerStore(db()).setActive(m_workerId, true);
}

Status ReactivateWorkerCommand::revert()
{
    return WorkerStore(db()).setActive(m_workerId, false);
}

void ReactivateWorkerCommand::announce() const
{
    emit notifier().workersChanged({m_workerId});
}
