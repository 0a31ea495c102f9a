#include "WithdrawConsentDialog.h"

#include "DisplayText.h"
#include "commands/EditCommands.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

WithdrawConsentDialog::WithdrawConsentDialog(EditCommands &commands, const Consent &consent,
                                             QWidget *parent, const QDate &today)
    : EditDialog(commands, tr("Withdraw Consent"), parent), m_consent(consent), m_today(today)
{
    setObjectName(QStringLiteral("withdrawConsentDialog"));
    auto *summary = new QLabel(tr("Consent for <b>%1</b>, given by %2 on %3.")
                                   .arg(ConsentText::display(consent.purpose).toHtmlEscaped(),
                                        ConsentText::display(consent.givenBy).toHtmlEscaped(),
                                        DisplayText::date(consent.givenOn)));
    summary->setWordWrap(true);
    m_date = new QDateEdit(today);
    m_date->setObjectName(QStringLiteral("withdrawnOn"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(consent.givenOn, today);
    form()->addRow(summary);
    form()->addRow(tr("Withdrawn on:"), m_date);
    setOkText(tr("Withdraw"));
    connect(m_date, &QDateEdit::dateChanged, this, &WithdrawConsentDialog::revalidate);
    revalidate();
}

EditDialog::Problem WithdrawConsentDialog::problem() const
{
    const QDate day = m_date->date();
    if (day < m_consent.givenOn || day > m_today)
        return {tr("Choose a day from %1 to today.").arg(DisplayText::date(m_consent.givenOn)),
                nullptr};
    return {};
}

Status WithdrawConsentDialog::save()
{
    return commands().withdrawConsent(m_consent.id, m_date->date());
}
