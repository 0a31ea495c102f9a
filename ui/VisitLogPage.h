#pragma once
// The Visits page: the read-only visit log of all duos, newest first, read a page at a time.

#include <QWidget>

class Database;
class QLabel;
class QTableView;
class VisitListModel;

class VisitLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit VisitLogPage(Database &db, QWidget *parent = nullptr);

    VisitListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    // Reads the log again; call once after connecting to failed().
    void reload();

signals:
    void failed(const QString &message);

private:
    void updateCount();

    VisitListModel *m_model = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};
