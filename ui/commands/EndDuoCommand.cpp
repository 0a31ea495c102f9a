#include "EndDuoCommand.h"

#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "storage/DuoStore.h"

namespace {
QString nameOf(Database &db, qint64 id)
{
    auto duo = DuoStore(db).get(id);
    return duo ? duo->displayName() : QString::number(id);
}
} // namespace

EndDuoCommand::EndDuoCommand(EditCommands &commands, qint64 duoId, const QDate &day,
                             const QHash<qint64, qint64> &newDuos)
    : EditCommand(commands, QString()), m_duoId(duoId), m_day(day), m_newDuos(newDuos)
{
    const QString name = nameOf(commands.database(), duoId);
    setText(tr("End duo %1").arg(name));
    guardRow(QStringLiteral("duos"), duoId, 0, tr("the duo %1").arg(name));
}

Status EndDuoCommand::apply()
{
    auto record = Handover(db()).endDuo(m_duoId, m_day, m_newDuos);
    if (!record)
        return record.error();
    m_record = record.value();
    return {};
}

Status EndDuoCommand::revert()
{
    return Handover(db()).undo(m_record);
}

void EndDuoCommand::announce() const
{
    emit notifier().duosChanged({m_duoId});
    emit notifier().assignmentsChanged(m_newDuos.keys());
}
