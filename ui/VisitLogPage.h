#pragma once
// The Visits page: the visit log of all duos, newest first, read a page at a time. With the
// visit actions a visit is marked done with its report, cancelled or recorded as a no-show.

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableView;
class VisitActions;
class VisitListModel;

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

public slots:
    // Reads the log again; call once after connecting to failed().
    void reload();

signals:
    void failed(const QString &message);

private:
    void updateCount();
    void updateButtons();
    // Reads the log again after a change, keeping the visit worked on selected when it is in
    // the first pages read.
    void refresh();

    VisitListModel *m_model = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    VisitActions *m_actions = nullptr;
    QPushButton *m_markDone = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_noShow = nullptr;
};
