#include "ToggleFollowUpCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/FollowUpStore.h"

ToggleFollowUpCommand::ToggleFollowUpCommand(EditCommands &commands, const FollowUp &followUp,
                                             bool done, const QString &by, const QDate &day)
    : EditCommand(commands,
                  done ? tr("Follow-up action \"%1\" done").arg(followUp.description)
                       : tr("Follow-up action \"%1\" open again").arg(followUp.description)),
      m_id(followUp.id), m_familyId(followUp.familyId), m_before(followUp.doneOn),
      m_after(done ? day : QDate()), m_beforeBy(followUp.doneBy), m_afterBy(done ? by : QString())
{
    guardRow(QStringLiteral("follow_ups"), followUp.id, followUp.version,
             tr("the follow-up action \"%1\"").arg(followUp.description));
}

Status ToggleFollowUpCommand::apply()
{
    return FollowUpStore(db()).setDone(m_id, m_after, m_afterBy);
}

Status ToggleFollowUpCommand::revert()
{
    return FollowUpStore(db()).setDone(m_id, m_before, m_beforeBy);
}

void ToggleFollowUpCommand::announce() const
{
    emit notifier().followUpsChanged(m_familyId);
}
