#pragma once
// The Goals section of the family page: each goal with its life domain, its latest score and a
// small chart of its scores over time, then the latest interim evaluation (does the support
// help, the decision and why). With the command façade attached it also adds goals, evaluates,
// and edits, ends or reopens a goal (double-click or right-click on it); without, it only reads.

#include <QGroupBox>

class Database;
class EditCommands;
class GoalChart;
class QLabel;
class QPushButton;
class QVBoxLayout;
struct Goal;

class GoalsPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit GoalsPanel(Database &db, QWidget *parent = nullptr);

    // Shows the buttons and the goal menu, and follows the notifier's goalsChanged.
    void setCommands(EditCommands *commands);

    qint64 familyId() const { return m_familyId; }
    // The goals shown, in the order shown (worked on first, then ended).
    QList<qint64> goalIds() const;
    GoalChart *chartOf(qint64 goalId) const;
    // The row of a goal: double-click edits, right-click opens its menu.
    QWidget *rowOf(qint64 goalId) const;
    QLabel *latestEvaluation() const { return m_evaluation; }
    QPushButton *addGoalButton() const { return m_addGoal; }
    QPushButton *evaluateButton() const { return m_evaluate; }

public slots:
    // Reads and shows the family's goals; 0 empties the panel. False when reading failed
    // (failed() has said why).
    bool showFamily(qint64 familyId, const QString &familyTitle);
    void refresh();

    // The dialogs behind the buttons and the menu; each opens and returns at once.
    void addGoal();
    void evaluate();
    void editGoal(qint64 goalId);
    void endGoal(qint64 goalId);
    void reopenGoal(qint64 goalId);

signals:
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QWidget *frame = nullptr;
        QLabel *text = nullptr;
        GoalChart *chart = nullptr;
        qint64 goalId = 0;
    };
    Row &rowAt(int index);
    void goalMenu(qint64 goalId, const QPoint &globalPosition);
    void report(const QString &title, const QString &message);

    Database &m_db;
    EditCommands *m_commands = nullptr;
    qint64 m_familyId = 0;
    QString m_familyTitle;
    QList<Row> m_rows; // reused from family to family; those beyond the goals shown are hidden
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_evaluation = nullptr;
    QPushButton *m_addGoal = nullptr;
    QPushButton *m_evaluate = nullptr;
};
