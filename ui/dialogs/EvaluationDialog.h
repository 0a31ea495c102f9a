#pragma once
// The form of an interim evaluation: the day, a score for every goal worked on that day (with
// the score it had before), whether the support helps, and the decision with its reason. The
// two questions start unanswered on purpose: continuing is not the default when the support
// did not help.

#include "EditDialog.h"
#include "domain/Domain.h"

#include <QHash>

class QButtonGroup;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class ScoreBox;

class EvaluationDialog : public EditDialog
{
    Q_OBJECT
public:
    EvaluationDialog(EditCommands &commands, qint64 familyId, const QString &familyTitle,
                     QWidget *parent = nullptr);

    // The evaluation as filled in now.
    Evaluation evaluation() const;
    qint64 savedId() const { return m_savedId; }

    QDateEdit *dateField() const { return m_heldOn; }
    // The goals listed for the day chosen, in the order shown.
    const QList<Goal> &goals() const { return m_goals; }
    // The score field of a listed goal; null for any other.
    ScoreBox *scoreField(qint64 goalId) const { return m_scoreFields.value(goalId); }
    QRadioButton *helpsButton(Helps helps) const;
    QRadioButton *decisionButton(Decision decision) const;
    QPlainTextEdit *reasonField() const { return m_reason; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    // Lists the goals worked on during the day chosen, keeping the scores already chosen.
    void listGoals();

    qint64 m_familyId;
    qint64 m_savedId = 0;
    QString m_loadProblem;               // what could not be read, shown as the problem
    QHash<qint64, int> m_previousScores; // each goal's latest score (or its start)
    QHash<qint64, int> m_chosen;         // scores chosen so far, kept across date changes
    QList<QDate> m_evaluatedOn;          // days the family already has an evaluation
    QList<Goal> m_goals;
    QHash<qint64, ScoreBox *> m_scoreFields;
    QDateEdit *m_heldOn = nullptr;
    QGridLayout *m_goalGrid = nullptr;
    QLabel *m_noGoals = nullptr;
    QButtonGroup *m_helps = nullptr;
    QButtonGroup *m_decision = nullptr;
    QLabel *m_stopNote = nullptr;
    QPlainTextEdit *m_reason = nullptr;
};
