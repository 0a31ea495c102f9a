#pragma once
// The Workers & duos page: every trusted person and professional with their caseload, and every
// duo. Read-only; both lists are bounded and sortable.

#include <QWidget>

class Database;
class DuoListModel;
class QAbstractItemModel;
class QTableView;
class WorkerListModel;

class WorkersPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkersPage(Database &db, QWidget *parent = nullptr);

    WorkerListModel *workerModel() const { return m_workers; }
    DuoListModel *duoModel() const { return m_duos; }
    QTableView *workerTable() const { return m_workerTable; }
    QTableView *duoTable() const { return m_duoTable; }

public slots:
    // Reads both lists again; call once after connecting to failed().
    void reload();

signals:
    void failed(const QString &message);

private:
    QTableView *makeTable(QAbstractItemModel *source, int sortRole, const QString &objectName);

    WorkerListModel *m_workers = nullptr;
    DuoListModel *m_duos = nullptr;
    QTableView *m_workerTable = nullptr;
    QTableView *m_duoTable = nullptr;
};
