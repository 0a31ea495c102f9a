#include "ArchiveWorkerCommand.h"

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

ArchiveWorkerCommand::ArchiveWorkerCommand(EditCommands &commands, qint64 workerId,
                                           const QDate &day, const QHash<qint64, qint64> &newDuos)
    : EditCommand(commands, QString()), m_workerId(workerId), m_day(day), m_newDuos(newDuos)
{
    const QString name = nameOf(commands.database(), workerId);
    setText(tr("Archive worker %1").arg(name));
    guardRow(QStringLiteral("workers"), workerId, 0, tr("the worker %1").arg(name));
}

Status ArchiveWorkerCommand::apply()
{
    auto record = Handover(db()).archiveWorker(m_workerId, m_day, m_newDuos);
    if (!record)
        return record.error();
    m_record = record.value();
    return {};
}

Status ArchiveWorkerCommand::revert()
{
    return Handover(db()).undo(m_record);
}

void ArchiveWorkerCommand::announce() const
{
    emit notifier().workersChanged({m_workerId});
    QList<qint64> duos;
    for (const Duo &duo : m_record.endedDuos)
        duos << duo.id;
    emit notifier().duosChanged(duos);
    emit notifier().assignmentsChanged(m_newDuos.keys());
}
