#pragma once
// The Visits page: the visit log, newest first, read a page at a time, filtered by the
// VisitLogFilterBar (a coach's own visits first; it opens at today). With the visit actions a
// visit is marked done with its report, cancelled or recorded as a no-show.

#include "services/CurrentUser.h"

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableView;
class VisitActions;
class VisitListModel;
class VisitLogFilterBar;

class VisitLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit VisitLogPage(Database &db, QWidget *parent = nullptr);

    VisitListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Adds "Mark Done…", "Cancel Visit…" and "No-show…" (buttons, context menu, double click)
    // and keeps the log in step with the changes they make.
    void setVisitActions(VisitActions *actions);
    QPushButton *markDoneButton() const { return m_markDone; }
    VisitLogFilterBar *filters() const { return m_filters; }

public slots:
    // Reads the log again (and the duos to filter by); call once after connecting to failed().
    void reload();
    // A coach's own visits first; the period ends today again.
    void setCurrentUser(const CurrentUser &user);

signals:
    void failed(const QString &message);

private:
    void updateCount();
    void updateButtons();
    // Reads the log again after a change, keeping the visit worked on selected when it is in
    // the first pages read.
    void refresh();

    VisitListModel *m_model = nullptr;
    VisitLogFilterBar *m_filters = nullptr;
    bool m_loaded = false;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    VisitActions *m_actions = nullptr;
    QPushButton *m_markDone = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_noShow = nullptr;
};
