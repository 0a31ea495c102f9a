#pragma once
// The form of one goal of a family: its life domain, what the family wants to reach, the score
// it starts from and the day it was set. The same form ends a goal: then only the last day it
// was worked on can be chosen.

#include "EditDialog.h"
#include "domain/Domain.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class ScoreBox;

class GoalDialog : public EditDialog
{
    Q_OBJECT
public:
    // A goal with id 0 is added to goal.familyId; otherwise the goal is corrected.
    GoalDialog(EditCommands &commands, const Goal &goal, const QString &familyTitle,
               QWidget *parent = nullptr);

    // Opens the form ready to end the goal: the fields read-only, the last day today.
    void startEnding();
    // The goal as typed now.
    Goal goal() const;
    // The goal's id once saved.
    qint64 savedId() const { return m_goal.id; }

    QComboBox *domainField() const { return m_domain; }
    QLineEdit *descriptionField() const { return m_description; }
    ScoreBox *scoreField() const { return m_score; }
    QLabel *ladderLabel() const { return m_ladder; }
    QDateEdit *setOnField() const { return m_setOn; }
    QDateEdit *endedOnField() const { return m_endedOn; }

protected:
    Problem problem() const override;
    Status save() override;
    bool canReload() const override { return m_goal.id > 0; }
    Status reload() override;

private:
    Goal m_goal; // as loaded, or as saved
    QString m_familyTitle;
    bool m_ending = false;
    QComboBox *m_domain = nullptr;
    QLineEdit *m_description = nullptr;
    ScoreBox *m_score = nullptr;
    QLabel *m_ladder = nullptr; // what each score means in the chosen domain
    QDateEdit *m_setOn = nullptr;
    QDateEdit *m_endedOn = nullptr;
};
