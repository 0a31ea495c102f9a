#include "SendReferralCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/ReferralStore.h"

SendReferralCommand::SendReferralCommand(EditCommands &commands, const Referral &referral,
                                         const QString &organisationName)
    : EditCommand(commands, tr("Refer to %1").arg(organisationName)), m_referral(referral)
{
    m_referral.id = 0;
}

Status SendReferralCommand::apply()
{
    ReferralStore store(db());
    if (m_referral.id > 0)
        return store.restore(m_referral);
    auto sent = store.send(m_referral);
    if (!sent)
        return sent.error();
    m_referral = sent.value();
    guardRow(QStringLiteral("referrals"), m_referral.id, 0,
             tr("the referral to %1").arg(m_referral.organisationName));
    return {};
}

Status SendReferralCommand::revert()
{
    return ReferralStore(db()).remove(m_referral.id);
}

void SendReferralCommand::announce() const
{
    emit notifier().networkChanged(m_referral.familyId);
}
