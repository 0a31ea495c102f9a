#pragma once
// A referral's next step: accepted or declined (a sent one), started (an accepted one), ended
// with what it brought (a started one), each on its day.

#include "EditDialog.h"
#include "domain/Network.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

class ReferralStepDialog : public EditDialog
{
    Q_OBJECT
public:
    ReferralStepDialog(EditCommands &commands, const Referral &referral, QWidget *parent = nullptr,
                       const QDate &today = QDate::currentDate());

    // The steps that can follow the referral's status now; none for a declined or ended one.
    static QList<ReferralStatus> nextSteps(ReferralStatus status);

    QComboBox *stepField() const { return m_step; }
    QDateEdit *dayField() const { return m_day; }
    QPlainTextEdit *outcomeField() const { return m_outcome; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    ReferralStatus step() const;

    Referral m_referral;
    QDate m_today;
    QComboBox *m_step = nullptr;
    QDateEdit *m_day = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
};
