#include "OrganisationDialog.h"

#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"
#include "storage/OrganisationStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

OrganisationDialog::OrganisationDialog(EditCommands &commands,
                                       const std::optional<Organisation> &organisation,
                                       QWidget *parent)
    : EditDialog(commands,
                 organisation ? tr("Organisation %1").arg(organisation->name)
                              : tr("New Organisation"),
                 parent),
      m_organisation(organisation.value_or(Organisation()))
{
    setObjectName(QStringLiteral("organisationDialog"));
    m_name = new QLineEdit(m_organisation.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    for (OrganisationKind kind : {OrganisationKind::Community, OrganisationKind::CareProvider,
                                  OrganisationKind::Municipality})
        m_kind->addItem(DomainText::display(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(m_organisation.kind)));
    m_city = new QLineEdit(m_organisation.city);
    m_city->setObjectName(QStringLiteral("city"));
    m_contactName = new QLineEdit(m_organisation.contactName);
    m_contactName->setObjectName(QStringLiteral("contactName"));
    m_contactPhone = new QLineEdit(m_organisation.contactPhone);
    m_contactEmail = new QLineEdit(m_organisation.contactEmail);
    m_contactEmail->setObjectName(QStringLiteral("contactEmail"));

    form()->addRow(tr("Name:"), m_name);
    form()->addRow(tr("Kind:"), m_kind);
    form()->addRow(tr("City:"), m_city);
    auto *contact = new QLabel(tr("<b>Contact person</b> for the joint work"));
    contact->setContentsMargins(0, 8, 0, 0); // a little air: a new part of the form begins
    form()->addRow(contact);
    form()->addRow(tr("Name:"), m_contactName);
    form()->addRow(tr("Phone:"), m_contactPhone);
    form()->addRow(tr("E-mail:"), m_contactEmail);
    m_emailProblem = addFieldProblem(m_contactEmail);
    setOkText(organisation ? tr("Save") : tr("Add Organisation"));

    for (QLineEdit *edit : {m_name, m_city, m_contactName, m_contactPhone, m_contactEmail})
        connect(edit, &QLineEdit::textChanged, this, &OrganisationDialog::revalidate);
    revalidate();
}

void OrganisationDialog::presetKind(OrganisationKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

Organisation OrganisationDialog::organisation() const
{
    Organisation o = m_organisation;
    o.name = m_name->text().trimmed();
    o.kind = OrganisationKind(m_kind->currentData().toInt());
    o.city = m_city->text().trimmed();
    o.contactName = m_contactName->text().trimmed();
    o.contactPhone = m_contactPhone->text().trimmed();
    o.contactEmail = m_contactEmail->text().trimmed();
    return o;
}

EditDialog::Problem OrganisationDialog::problem() const
{
    const Organisation o = organisation();
    if (const QString wrong = Validation::checkEmail(o.contactEmail); !wrong.isEmpty())
        return {wrong, m_emailProblem};
    return {Validation::checkOrganisation(o), nullptr};
}

Status OrganisationDialog::save()
{
    const Organisation o = organisation();
    if (o.id > 0)
        return commands().editOrganisation(o);
    auto added = commands().addOrganisation(o);
    if (!added)
        return added.error();
    m_organisation.id = added.value();
    return {};
}

Status OrganisationDialog::reload()
{
    auto stored = OrganisationStore(commands().database()).get(m_organisation.id);
    if (!stored)
        return stored.error();
    m_organisation = stored.value();
    m_name->setText(m_organisation.name);
    m_kind->setCurrentIndex(m_kind->findData(int(m_organisation.kind)));
    m_city->setText(m_organisation.city);
    m_contactName->setText(m_organisation.contactName);
    m_contactPhone->setText(m_organisation.contactPhone);
    m_contactEmail->setText(m_organisation.contactEmail);
    return {};
}
