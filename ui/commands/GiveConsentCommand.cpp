#include "GiveConsentCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/ConsentStore.h"

GiveConsentCommand::GiveConsentCommand(EditCommands &commands, const Consent &consent,
                                       const QList<ConsentPurpose> &purposes)
    : EditCommand(commands, tr("Record consent")), m_consent(consent), m_purposes(purposes)
{}

Status GiveConsentCommand::apply()
{
    ConsentStore store(db());
    if (!m_given.isEmpty())
        return store.restore(m_given);
    auto given = store.give(m_consent, m_purposes);
    if (!given)
        return given.error();
    m_given = given.value();
    return {};
}

Status GiveConsentCommand::revert()
{
    QList<qint64> ids;
    for (const Consent &consent : std::as_const(m_given))
        ids << consent.id;
    return ConsentStore(db()).remove(ids);
}

void GiveConsentCommand::announce() const
{
    emit notifier().consentsChanged(m_consent.familyId);
}
