#pragma once
// Whether a form of support helps (yes, partly, no) and what is decided: continue, adjust, or
// stop, which ends the support on the day of the review. The reason is asked every time.

#include "EditDialog.h"
#include "domain/Network.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

class SupportReviewDialog : public EditDialog
{
    Q_OBJECT
public:
    SupportReviewDialog(EditCommands &commands, const Support &support, QWidget *parent = nullptr,
                        const QDate &today = QDate::currentDate());

    QDateEdit *dayField() const { return m_day; }
    QComboBox *helpsField() const { return m_helps; }
    QComboBox *decisionField() const { return m_decision; }
    QPlainTextEdit *reasonField() const { return m_reason; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    SupportReview review() const;
    void suggestDecision();

    Support m_support;
    QDate m_today;
    QDateEdit *m_day = nullptr;
    QComboBox *m_helps = nullptr;
    QComboBox *m_decision = nullptr;
    QLabel *m_stopHint = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};
