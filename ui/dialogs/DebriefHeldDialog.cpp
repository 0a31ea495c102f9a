#include "DebriefHeldDialog.h"

#include "DisplayText.h"
#include "commands/EditCommands.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

DebriefHeldDialog::DebriefHeldDialog(EditCommands &commands, const Debrief &debrief,
                                     const QString &heldBy, QWidget *parent)
    : EditDialog(commands, tr("Debrief Held"), parent), m_debrief(debrief)
{
    setObjectName(QStringLiteral("debriefHeldDialog"));
    auto *what = new QLabel(tr("%1 asked on %2 for a debrief after the visit to %3 of %4. Record "
                               "that it took place; what was said stays out of DuoCoach.")
                                .arg(debrief.workerName, DisplayText::date(debrief.askedOn),
                                     debrief.caseCode, DisplayText::date(debrief.visitDay)));
    what->setWordWrap(true);
    m_day = new QDateEdit(QDate::currentDate());
    m_day->setObjectName(QStringLiteral("debriefDay"));
    m_day->setCalendarPopup(true);
    m_heldBy = new QLineEdit(heldBy);
    m_heldBy->setObjectName(QStringLiteral("debriefHeldBy"));
    form()->addRow(what);
    form()->addRow(tr("&Held on:"), m_day);
    form()->addRow(tr("Held &by:"), m_heldBy);
    setOkText(tr("Record"));
    connect(m_day, &QDateEdit::dateChanged, this, &DebriefHeldDialog::revalidate);
    connect(m_heldBy, &QLineEdit::textChanged, this, &DebriefHeldDialog::revalidate);
    revalidate();
}

EditDialog::Problem DebriefHeldDialog::problem() const
{
    if (m_heldBy->text().trimmed().isEmpty())
        return {tr("Say who held the debrief."), nullptr};
    const QDate day = m_day->date();
    if (day < m_debrief.askedOn || day > QDate::currentDate())
        return {tr("The debrief is dated %1: give a day from its request on %2 until today.")
                    .arg(DisplayText::date(day), DisplayText::date(m_debrief.askedOn)),
                nullptr};
    return {};
}

Status DebriefHeldDialog::save()
{
    return commands().recordDebriefHeld(m_debrief, m_day->date(), m_heldBy->text().trimmed());
}
