#include "ReferralDialog.h"

#include "commands/EditCommands.h"
#include "domain/NetworkRules.h"
#include "storage/ConsentStore.h"
#include "storage/OrganisationStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

ReferralDialog::ReferralDialog(EditCommands &commands, const Family &family, const Duo &duo,
                               qint64 preferredSender, qint64 visitId, QWidget *parent,
                               const QDate &today)
    : EditDialog(commands, tr("Refer %1").arg(family.caseCode), parent), m_family(family),
      m_visitId(visitId), m_today(today)
{
    setObjectName(QStringLiteral("referralDialog"));
    m_sender = new QComboBox;
    m_sender->setObjectName(QStringLiteral("referralSender"));
    m_sender->addItem(tr("%1 (trusted person)").arg(duo.trustedPersonName), duo.trustedPersonId);
    m_sender->addItem(tr("%1 (professional)").arg(duo.professionalName), duo.professionalId);
    m_sender->setCurrentIndex(qMax(0, m_sender->findData(preferredSender)));
    m_organisation = new QComboBox;
    m_organisation->setObjectName(QStringLiteral("referralOrganisation"));
    m_organisation->addItem(tr("Choose an organisation"), 0);
    if (auto organisations = OrganisationStore(commands.database()).all()) {
        for (const Organisation &o : organisations.value()) {
            if (o.archived)
                continue;
            m_organisation->addItem(o.name, o.id);
            m_contacts.insert(o.id, o.contactName.trimmed());
        }
    }
    m_contact = new QLabel;
    m_contact->setObjectName(QStringLiteral("referralContact"));
    m_contact->setEnabled(false);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("referralKind"));
    for (SupportKind kind : NetworkText::kinds())
        m_kind->addItem(NetworkText::display(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(SupportKind::SocialDistrictTeam)));
    m_reason = new QPlainTextEdit;
    m_reason->setObjectName(QStringLiteral("referralReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("The family's question, as the partner needs to know it"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_sent = new QDateEdit(today);
    m_sent->setObjectName(QStringLiteral("referralSent"));
    m_sent->setCalendarPopup(true);
    m_sent->setMaximumDate(today);
    m_consent = new QLabel;
    m_consent->setObjectName(QStringLiteral("referralConsent"));
    m_consent->setWordWrap(true);

    form()->addRow(tr("Sent by:"), m_sender);
    form()->addRow(tr("To:"), m_organisation);
    form()->addRow(QString(), m_contact);
    m_contactProblem = addFieldProblem(m_organisation);
    form()->addRow(tr("Kind of help:"), m_kind);
    form()->addRow(tr("Why:"), m_reason);
    form()->addRow(tr("Sent on:"), m_sent);
    form()->addRow(m_consent);
    setOkText(tr("Send Referral"));

    connect(m_organisation, &QComboBox::currentIndexChanged, this, [this] {
        updateFacts();
        revalidate();
    });
    connect(m_sent, &QDateEdit::dateChanged, this, [this] {
        updateFacts();
        revalidate();
    });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReferralDialog::revalidate);
    updateFacts();
    revalidate();
}

void ReferralDialog::updateFacts()
{
    const qint64 organisation = m_organisation->currentData().toLongLong();
    const QString contact = m_contacts.value(organisation);
    m_contact->setText(
        organisation > 0 && !contact.isEmpty() ? tr("Contact person: %1").arg(contact) : QString());
    m_contact->setVisible(!m_contact->text().isEmpty());
    // The same rule the store applies (ConsentRule, on the day it is sent).
    auto without =
        ConsentStore(commands().database())
            .familiesWithout({m_family.id}, ConsentPurpose::ShareWithPartner, m_sent->date());
    m_consentHolds = without && without->isEmpty();
    m_consent->setText(m_consentHolds
                           ? tr("The family consented to sharing with a partner organisation.")
                           : QString());
    m_consent->setVisible(m_consentHolds);
}

Referral ReferralDialog::referral() const
{
    Referral r;
    r.familyId = m_family.id;
    r.visitId = m_visitId;
    r.sentById = m_sender->currentData().toLongLong();
    r.organisationId = m_organisation->currentData().toLongLong();
    r.careKind = SupportKind(m_kind->currentData().toInt());
    r.reason = m_reason->toPlainText().trimmed();
    r.sentOn = m_sent->date();
    return r;
}

EditDialog::Problem ReferralDialog::problem() const
{
    const Referral r = referral();
    if (r.organisationId <= 0)
        return {NetworkRules::checkReferral(r, m_today), m_contactProblem};
    if (m_contacts.value(r.organisationId).isEmpty())
        return {NetworkRules::noContactPerson(m_organisation->currentText()), m_contactProblem};
    if (const QString wrong = NetworkRules::checkReferral(r, m_today); !wrong.isEmpty())
        return {wrong, nullptr};
    if (!m_consentHolds)
        return {NetworkRules::noConsentToShare(r.sentOn), nullptr};
    return {};
}

Status ReferralDialog::save()
{
    auto sent = commands().sendReferral(referral());
    if (!sent)
        return sent.error();
    return {};
}
