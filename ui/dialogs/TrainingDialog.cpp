#include "TrainingDialog.h"

#include "commands/EditCommands.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace {
// A check box with the day it switches on beside it.
QWidget *checkedDay(QCheckBox *box, QDateEdit *day)
{
    day->setCalendarPopup(true);
    day->setEnabled(false);
    QObject::connect(box, &QCheckBox::toggled, day, &QWidget::setEnabled);
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addWidget(day, 1);
    return row;
}
} // namespace

TrainingDialog::TrainingDialog(EditCommands &commands, qint64 workerId, const QString &workerName,
                               QWidget *parent)
    : EditDialog(commands, tr("Training of %1").arg(workerName), parent), m_workerId(workerId)
{
    setObjectName(QStringLiteral("trainingDialog"));
    const QDate today = QDate::currentDate();
    m_course = new QLineEdit;
    m_course->setObjectName(QStringLiteral("trainingCourse"));
    m_course->setPlaceholderText(tr("For example: Basic course trusted person"));
    m_started = new QDateEdit(today);
    m_started->setObjectName(QStringLiteral("trainingStarted"));
    m_started->setCalendarPopup(true);
    m_ended = new QCheckBox(tr("Ended on"));
    m_ended->setObjectName(QStringLiteral("trainingEnded"));
    m_endedOn = new QDateEdit(today);
    m_endedOn->setObjectName(QStringLiteral("trainingEndedOn"));
    m_completed = new QCheckBox(tr("Completed"));
    m_completed->setObjectName(QStringLiteral("trainingCompleted"));
    m_certificate = new QCheckBox(tr("Certificate on"));
    m_certificate->setObjectName(QStringLiteral("trainingCertificate"));
    m_certificateOn = new QDateEdit(today);
    m_certificateOn->setObjectName(QStringLiteral("trainingCertificateOn"));

    form()->addRow(tr("Course:"), m_course);
    form()->addRow(tr("Started on:"), m_started);
    form()->addRow(QString(), checkedDay(m_ended, m_endedOn));
    form()->addRow(QString(), m_completed);
    form()->addRow(QString(), checkedDay(m_certificate, m_certificateOn));
    setOkText(tr("Add Training"));

    connect(m_course, &QLineEdit::textChanged, this, &TrainingDialog::revalidate);
    for (QDateEdit *field : {m_started, m_endedOn, m_certificateOn})
        connect(field, &QDateEdit::dateChanged, this, &TrainingDialog::revalidate);
    for (QCheckBox *box : {m_ended, m_completed, m_certificate})
        connect(box, &QCheckBox::toggled, this, &TrainingDialog::revalidate);
    revalidate();
}

Training TrainingDialog::training() const
{
    Training t;
    t.workerId = m_workerId;
    t.course = m_course->text().trimmed();
    t.startedOn = m_started->date();
    if (m_ended->isChecked())
        t.endedOn = m_endedOn->date();
    t.completed = m_completed->isChecked();
    if (m_certificate->isChecked())
        t.certificateOn = m_certificateOn->date();
    return t;
}

EditDialog::Problem TrainingDialog::problem() const
{
    return {WorkerCare::check(training(), QDate::currentDate()), nullptr};
}

Status TrainingDialog::save()
{
    auto added = commands().addTraining(training());
    if (!added)
        return added.error();
    return {};
}
