#include "AdvanceReferralCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/ReferralStore.h"

AdvanceReferralCommand::AdvanceReferralCommand(EditCommands &commands, const Referral &referral,
                                               ReferralStatus to, const QDate &on,
                                               const QString &outcome)
    : EditCommand(commands,
                  tr("Referral to %1: %2")
                      .arg(referral.organisationName, NetworkText::display(to).toLower())),
      m_before(referral), m_to(to), m_on(on), m_outcome(outcome)
{
    guardRow(QStringLiteral("referrals"), referral.id, referral.version,
             tr("the referral to %1").arg(referral.organisationName));
}

Status AdvanceReferralCommand::apply()
{
    auto before = ReferralStore(db()).advance(m_before.id, m_to, m_on, m_outcome);
    if (!before)
        return before.error();
    return {};
}

Status AdvanceReferralCommand::revert()
{
    return ReferralStore(db()).putBack(m_before);
}

void AdvanceReferralCommand::announce() const
{
    emit notifier().networkChanged(m_before.familyId);
}
