#include "ConsentDialog.h"

#include "commands/EditCommands.h"
#include "domain/ConsentRule.h"
#include "storage/ConsentStore.h"
#include "storage/FamilyStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ConsentDialog::ConsentDialog(EditCommands &commands, qint64 familyId, QWidget *parent,
                             const QDate &today)
    : EditDialog(commands, tr("Record Consent"), parent), m_familyId(familyId), m_today(today)
{
    setObjectName(QStringLiteral("consentDialog"));
    Database &db = commands.database();
    auto family = FamilyStore(db).get(familyId);
    if (family)
        setWindowTitle(tr("Record Consent: %1").arg(family->caseCode));
    if (auto members = FamilyStore(db).members(familyId))
        m_household = members.value();

    m_requirement = new QLabel;
    m_requirement->setObjectName(QStringLiteral("consentRequirement"));
    m_requirement->setWordWrap(true);

    m_giver = new QComboBox;
    m_giver->setObjectName(QStringLiteral("consentGiver"));
    for (ConsentGiver giver :
         {ConsentGiver::Parents, ConsentGiver::YoungPerson, ConsentGiver::Both})
        m_giver->addItem(ConsentText::display(giver), int(giver));

    m_date = new QDateEdit(today);
    m_date->setObjectName(QStringLiteral("consentDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);

    // Those that hold already are ticked and fixed: recording them again is what the store
    // refuses, and the form shows why before the user tries.
    QList<ConsentPurpose> holding;
    if (auto consents = ConsentStore(db).forFamily(familyId)) {
        for (const Consent &c : consents.value())
            if (!c.withdrawnOn.isValid())
                holding << c.purpose;
    }
    auto *purposes = new QWidget;
    auto *purposeLayout = new QVBoxLayout(purposes);
    purposeLayout->setContentsMargins(0, 0, 0, 0);
    for (ConsentPurpose purpose : ConsentText::purposes()) {
        auto *box = new QCheckBox(ConsentText::display(purpose));
        box->setObjectName(QStringLiteral("consent_") + ConsentText::code(purpose));
        if (holding.contains(purpose)) {
            box->setChecked(true);
            box->setEnabled(false);
            box->setToolTip(tr("Consent for this is recorded already."));
        }
        m_purposes.insert(int(purpose), box);
        purposeLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ConsentDialog::revalidate);
    }

    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("consentNote"));
    m_note->setPlaceholderText(tr("For example: given verbally, with an interpreter"));

    form()->addRow(m_requirement);
    form()->addRow(tr("Given by:"), m_giver);
    m_giverProblem = addFieldProblem(m_giver);
    form()->addRow(tr("Given on:"), m_date);
    form()->addRow(tr("For:"), purposes);
    form()->addRow(tr("Note:"), m_note);
    setOkText(tr("Record Consent"));

    updateRequirement();
    m_giver->setCurrentIndex(
        m_giver->findData(int(ConsentRule::required(m_household, today).suggested())));
    connect(m_giver, &QComboBox::currentIndexChanged, this, &ConsentDialog::revalidate);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        updateRequirement();
        revalidate();
    });
    revalidate();
}

ConsentGiver ConsentDialog::giver() const
{
    return ConsentGiver(m_giver->currentData().toInt());
}

QList<ConsentPurpose> ConsentDialog::chosenPurposes() const
{
    QList<ConsentPurpose> chosen;
    for (ConsentPurpose purpose : ConsentText::purposes()) {
        const QCheckBox *box = m_purposes.value(int(purpose));
        if (box->isEnabled() && box->isChecked())
            chosen << purpose;
    }
    return chosen;
}

void ConsentDialog::updateRequirement()
{
    const ConsentRequirement required = ConsentRule::required(m_household, m_date->date());
    m_requirement->setText(tr("<b>Must consent:</b> %1.<br>%2")
                               .arg(ConsentText::display(required.suggested()).toHtmlEscaped(),
                                    required.reason.toHtmlEscaped()));
}

EditDialog::Problem ConsentDialog::problem() const
{
    if (const QString wrong = ConsentRule::check(m_household, m_date->date(), giver());
        !wrong.isEmpty())
        return {wrong, m_giverProblem};
    if (chosenPurposes().isEmpty())
        return {tr("Choose what the consent is for."), nullptr};
    return {};
}

Status ConsentDialog::save()
{
    Consent consent;
    consent.familyId = m_familyId;
    consent.givenBy = giver();
    consent.givenOn = m_date->date();
    consent.note = m_note->text();
    auto given = commands().giveConsent(consent, chosenPurposes());
    if (!given)
        return given.error();
    return {};
}
