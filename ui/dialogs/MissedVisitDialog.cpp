#include "MissedVisitDialog.h"

#include "DisplayText.h"
#include "commands/EditCommands.h"
#include "domain/Validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

MissedVisitDialog::MissedVisitDialog(EditCommands &commands, const Visit &visit, VisitStatus status,
                                     QWidget *parent)
    : EditDialog(commands,
                 status == VisitStatus::NoShow ? tr("No-show: %1").arg(visit.caseCode)
                                               : tr("Cancel Visit: %1").arg(visit.caseCode),
                 parent),
      m_visit(visit), m_status(status)
{
    setObjectName(QStringLiteral("missedVisitDialog"));
    auto *summary =
        new QLabel(tr("%1 · %2\n%3")
                       .arg(visit.caseCode, visit.familyName, DisplayText::dateTime(visit.start)));
    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    const QStringList common =
        status == VisitStatus::NoShow
            ? QStringList{tr("Nobody opened the door"), tr("The family forgot the appointment"),
                          tr("The family was not at home and could not be reached")}
            : QStringList{tr("The family cancelled"), tr("Illness in the family"),
                          tr("The duo could not come"), tr("Holiday or religious holiday")};
    m_reason->addItems(common);
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(status == VisitStatus::NoShow
                                                 ? tr("Why was nobody found at home?")
                                                 : tr("Why does the visit not take place?"));
    form()->addRow(summary);
    form()->addRow(tr("Reason:"), m_reason);
    setOkText(status == VisitStatus::NoShow ? tr("Record No-show") : tr("Cancel Visit"));
    // "Cancel" beside "Cancel Visit" would read as the same thing.
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back"));
    connect(m_reason, &QComboBox::currentTextChanged, this, &MissedVisitDialog::revalidate);
    revalidate();
}

QString MissedVisitDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

EditDialog::Problem MissedVisitDialog::problem() const
{
    Visit visit = m_visit;
    visit.status = m_status;
    visit.statusReason = reason();
    visit.trustedPersonPresent = visit.professionalPresent = false;
    visit.presentMemberIds.clear();
    return {Validation::checkVisit(visit), nullptr};
}

Status MissedVisitDialog::save()
{
    return m_status == VisitStatus::NoShow ? commands().markNoShow(m_visit.id, reason())
                                           : commands().cancelVisit(m_visit.id, reason());
}
