#include "WithdrawConsentCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/ConsentStore.h"

WithdrawConsentCommand::WithdrawConsentCommand(EditCommands &commands, const Consent &consent,
                                               const QDate &day)
    : EditCommand(commands,
                  tr("Withdraw consent for %1").arg(ConsentText::display(consent.purpose))),
      m_consent(consent), m_day(day)
{
    guardRow(QStringLiteral("consents"), consent.id, consent.version,
             tr("the consent for %1").arg(ConsentText::display(consent.purpose)));
}

Status WithdrawConsentCommand::apply()
{
    return ConsentStore(db()).withdraw(m_consent.id, m_day);
}

Status WithdrawConsentCommand::revert()
{
    return ConsentStore(db()).reinstate(m_consent.id);
}

void WithdrawConsentCommand::announce() const
{
    emit notifier().consentsChanged(m_consent.familyId);
}
