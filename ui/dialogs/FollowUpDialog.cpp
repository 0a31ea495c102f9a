#include "FollowUpDialog.h"

#include "commands/EditCommands.h"
#include "domain/Validation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

FollowUpDialog::FollowUpDialog(EditCommands &commands, const Family &family, const Duo &duo,
                               qint64 preferredOwner, QWidget *parent)
    : EditDialog(commands, tr("New Follow-up Action for %1").arg(family.caseCode), parent),
      m_family(family)
{
    setObjectName(QStringLiteral("followUpDialog"));
    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("What needs to be done"));
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->addItem(tr("%1 (trusted person)").arg(duo.trustedPersonName), duo.trustedPersonId);
    m_owner->addItem(tr("%1 (professional)").arg(duo.professionalName), duo.professionalId);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(preferredOwner)));
    m_due = new QDateEdit(QDate::currentDate().addDays(7));
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setCalendarPopup(true);
    form()->addRow(tr("Action:"), m_description);
    form()->addRow(tr("Owner:"), m_owner);
    form()->addRow(tr("Due:"), m_due);
    setOkText(tr("Add Action"));
    connect(m_description, &QLineEdit::textChanged, this, &FollowUpDialog::revalidate);
    revalidate();
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp f;
    f.familyId = m_family.id;
    f.description = m_description->text().trimmed();
    f.ownerId = m_owner->currentData().toLongLong();
    f.dueOn = m_due->date();
    return f;
}

EditDialog::Problem FollowUpDialog::problem() const
{
    return {Validation::checkFollowUp(followUp()), nullptr};
}

Status FollowUpDialog::save()
{
    auto added = commands().addFollowUp(followUp());
    if (!added)
        return added.error();
    return {};
}
