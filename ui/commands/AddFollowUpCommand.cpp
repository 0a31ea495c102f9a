#include "AddFollowUpCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/FollowUpStore.h"

AddFollowUpCommand::AddFollowUpCommand(EditCommands &commands, const FollowUp &followUp)
    : EditCommand(commands, tr("Add follow-up action \"%1\"").arg(followUp.description.trimmed())),
      m_followUp(followUp)
{
    m_followUp.id = 0;
    m_followUp.doneOn = QDate();
}

Status AddFollowUpCommand::apply()
{
    FollowUpStore store(db());
    if (m_followUp.id > 0)
        return store.restore(m_followUp);
    auto id = store.add(m_followUp);
    if (!id)
        return id.error();
    auto stored = store.get(id.value());
    if (!stored)
        return stored.error();
    m_followUp = stored.value();
    // Undoing deletes it: not over a change someone else made meanwhile.
    guardRow(QStringLiteral("follow_ups"), m_followUp.id, 0,
             tr("the follow-up action \"%1\"").arg(m_followUp.description));
    return {};
}

Status AddFollowUpCommand::revert()
{
    return FollowUpStore(db()).remove(m_followUp.id);
}

void AddFollowUpCommand::announce() const
{
    emit notifier().followUpsChanged(m_followUp.familyId);
}
