#pragma once
// Choosing the duo for a family: every duo that could take the family on, in the order of
// Matcher (the same ranking `duocoach-cli suggest` prints), each with its score and the reasons
// for it underneath; the family's current duo is marked. OK assigns from the chosen date.

#include "EditDialog.h"
#include "domain/Domain.h"

class QDateEdit;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
struct MatchCandidate;

class AssignDuoDialog : public EditDialog
{
    Q_OBJECT
public:
    enum Column { DuoColumn, ScoreColumn };
    enum ItemRole { DuoIdRole = Qt::UserRole + 1 };

    AssignDuoDialog(EditCommands &commands, const Family &family, QWidget *parent = nullptr);

    QTreeWidget *candidates() const { return m_candidates; }
    QDateEdit *startField() const { return m_start; }
    // The duos in the order shown, best first.
    QList<qint64> rankedDuoIds() const;
    qint64 chosenDuoId() const;
    qint64 currentDuoId() const { return m_currentDuo; }

protected:
    Problem problem() const override;
    Status save() override;

private:
    void rank();
    QTreeWidgetItem *addCandidate(int rank, const MatchCandidate &candidate);

    Family m_family;
    qint64 m_currentDuo = 0;
    QString m_rankingProblem;
    QLabel *m_summary = nullptr;
    QLabel *m_current = nullptr;
    QDateEdit *m_start = nullptr;
    QTreeWidget *m_candidates = nullptr;
};
