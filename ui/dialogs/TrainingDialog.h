#pragma once
// A course a worker followed (issue 16, support for trusted persons): what, from when, until
// when once it ended, whether it was completed, and the day of the certificate if there is one.

#include "EditDialog.h"
#include "domain/WorkerCare.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;

class TrainingDialog : public EditDialog
{
    Q_OBJECT
public:
    TrainingDialog(EditCommands &commands, qint64 workerId, const QString &workerName,
                   QWidget *parent = nullptr);

    QLineEdit *courseField() const { return m_course; }
    QDateEdit *startedField() const { return m_started; }
    QCheckBox *endedField() const { return m_ended; }
    QDateEdit *endedOnField() const { return m_endedOn; }
    QCheckBox *completedField() const { return m_completed; }
    QCheckBox *certificateField() const { return m_certificate; }
    QDateEdit *certificateOnField() const { return m_certificateOn; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    Training training() const;

    qint64 m_workerId = 0;
    QLineEdit *m_course = nullptr;
    QDateEdit *m_started = nullptr;
    QCheckBox *m_ended = nullptr;
    QDateEdit *m_endedOn = nullptr;
    QCheckBox *m_completed = nullptr;
    QCheckBox *m_certificate = nullptr;
    QDateEdit *m_certificateOn = nullptr;
};
