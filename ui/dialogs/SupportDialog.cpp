#include "SupportDialog.h"

#include "commands/EditCommands.h"
#include "domain/NetworkRules.h"
#include "storage/OrganisationStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

SupportDialog::SupportDialog(EditCommands &commands, qint64 familyId, const QString &caseCode,
                             QWidget *parent)
    : EditDialog(commands, tr("New Support for %1").arg(caseCode), parent), m_familyId(familyId)
{
    setObjectName(QStringLiteral("supportDialog"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("supportKind"));
    for (SupportKind kind : NetworkText::kinds())
        m_kind->addItem(NetworkText::display(kind), int(kind));
    m_organisation = new QComboBox;
    m_organisation->setObjectName(QStringLiteral("supportOrganisation"));
    m_organisation->addItem(tr("None: a person or body named below"), 0);
    if (auto organisations = OrganisationStore(commands.database()).all()) {
        for (const Organisation &o : organisations.value())
            if (!o.archived)
                m_organisation->addItem(o.name, o.id);
    }
    m_provider = new QLineEdit;
    m_provider->setObjectName(QStringLiteral("supportProvider"));
    m_provider->setPlaceholderText(tr("For example: grandparents, the GP, Wijkteam Noord"));
    m_what = new QLineEdit;
    m_what->setObjectName(QStringLiteral("supportWhat"));
    m_what->setPlaceholderText(tr("What the support is"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today);
    m_from->setObjectName(QStringLiteral("supportFrom"));
    m_from->setCalendarPopup(true);
    m_ended = new QCheckBox(tr("Ended on"));
    m_ended->setObjectName(QStringLiteral("supportEnded"));
    m_until = new QDateEdit(today);
    m_until->setObjectName(QStringLiteral("supportUntil"));
    m_until->setCalendarPopup(true);
    m_until->setEnabled(false);
    auto *until = new QWidget;
    auto *untilLayout = new QHBoxLayout(until);
    untilLayout->setContentsMargins(0, 0, 0, 0);
    untilLayout->addWidget(m_ended);
    untilLayout->addWidget(m_until, 1);

    form()->addRow(tr("Kind:"), m_kind);
    form()->addRow(tr("Organisation:"), m_organisation);
    form()->addRow(tr("Given by:"), m_provider);
    form()->addRow(tr("Support:"), m_what);
    form()->addRow(tr("From:"), m_from);
    form()->addRow(QString(), until);
    setOkText(tr("Add Support"));

    connect(m_organisation, &QComboBox::currentIndexChanged, this,
            &SupportDialog::organisationChosen);
    connect(m_ended, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    for (QLineEdit *field : {m_provider, m_what})
        connect(field, &QLineEdit::textChanged, this, &SupportDialog::revalidate);
    for (QDateEdit *field : {m_from, m_until})
        connect(field, &QDateEdit::dateChanged, this, &SupportDialog::revalidate);
    connect(m_ended, &QCheckBox::toggled, this, &SupportDialog::revalidate);
    revalidate();
}

void SupportDialog::organisationChosen()
{
    const QString typed = m_provider->text().trimmed();
    if (!typed.isEmpty() && typed != m_filledProvider)
        return;
    m_filledProvider =
        m_organisation->currentData().toLongLong() > 0 ? m_organisation->currentText() : QString();
    m_provider->setText(m_filledProvider);
}

Support SupportDialog::support() const
{
    Support s;
    s.familyId = m_familyId;
    s.kind = SupportKind(m_kind->currentData().toInt());
    s.organisationId = m_organisation->currentData().toLongLong();
    s.provider = m_provider->text().trimmed();
    s.what = m_what->text().trimmed();
    s.from = m_from->date();
    if (m_ended->isChecked())
        s.until = m_until->date();
    return s;
}

EditDialog::Problem SupportDialog::problem() const
{
    return {NetworkRules::checkSupport(support()), nullptr};
}

Status SupportDialog::save()
{
    auto added = commands().addSupport(support());
    if (!added)
        return added.error();
    return {};
}
