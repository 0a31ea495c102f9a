#include "ReopenDuoCommand.h"

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

ReopenDuoCommand::ReopenDuoCommand(EditCommands &commands, qint64 duoId)
    : EditCommand(commands, QString()), m_duoId(duoId)
{
    const QString name = nameOf(commands.database(), duoId);
    setText(tr("Restore duo %1").arg(name));
    guardRow(QStringLiteral("duos"), duoId, 0, tr("the duo %1").arg(name));
}

Status ReopenDuoCommand::apply()
{
    DuoStore store(db());
    auto duo = store.get(m_duoId);
    if (!duo)
        return duo.error();
    m_endedOn = duo->to;
    return store.setEnd(m_duoId, QDate());
}

Status ReopenDuoCommand::revert()
{
    return DuoStore(db()).setEnd(m_duoId, m_endedOn);
}

void ReopenDuoCommand::announce() const
{
    emit notifier().duosChanged({m_duoId});
}
