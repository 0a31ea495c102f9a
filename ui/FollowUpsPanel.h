#pragma once
// The follow-up actions of one family in its details: the open ones by due date (overdue ones
// marked), then the latest done ones; ticking one off marks it done today, unticking opens it
// again, and "Add Follow-up Action…" adds one outside a visit report. Every change is undoable.

#include <QGroupBox>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;
class VisitActions;

class FollowUpsPanel : public QGroupBox
{
    Q_OBJECT
public:
    enum Column { ActionColumn, OwnerColumn, DueColumn };
    // Done actions shown under the open ones: the latest, enough to see what was done lately.
    static constexpr int RecentDone = 5;

    explicit FollowUpsPanel(Database &db, QWidget *parent = nullptr);

    // Ticking and adding need the actions; without them the panel only shows.
    void setActions(VisitActions *actions);
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }

public slots:
    bool showFamily(qint64 familyId);

signals:
    void failed(const QString &message);

private:
    Database &m_db;
    VisitActions *m_actions = nullptr;
    qint64 m_familyId = 0;
    bool m_filling = false;
    QTableWidget *m_table = nullptr;
    QLabel *m_none = nullptr;
    QPushButton *m_add = nullptr;
};
