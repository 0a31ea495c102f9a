#pragma once
// The Workers & duos page: every trusted person and professional with their caseload, every
// duo, and the organisations they work for. With the command façade attached (setCommands),
// each list gets its buttons to add, edit and archive, and all lists follow the ChangeNotifier.

#include <QWidget>

class Database;
class DuoListModel;
class EditCommands;
class OrganisationListModel;
class QAbstractItemModel;
class QGroupBox;
class QTableView;
class WorkerActions;
class WorkerListModel;

class WorkersPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkersPage(Database &db, QWidget *parent = nullptr);

    WorkerListModel *workerModel() const { return m_workers; }
    DuoListModel *duoModel() const { return m_duos; }
    OrganisationListModel *organisationModel() const { return m_organisations; }
    QTableView *workerTable() const { return m_workerTable; }
    QTableView *duoTable() const { return m_duoTable; }
    QTableView *organisationTable() const { return m_organisationTable; }
    WorkerActions *actions() const { return m_actions; }

    // Adds the editing buttons and keeps the lists in step with every change.
    void setCommands(EditCommands *commands);

    // The id (IdRole) of the row selected in one of the tables; 0 when none.
    static qint64 selectedId(const QTableView *table);
    static void selectId(QTableView *table, qint64 id);

public slots:
    // Reads every list again, keeping what was selected; call once after connecting to failed().
    void reload();

signals:
    void failed(const QString &message);

private:
    QTableView *makeTable(QAbstractItemModel *source, int sortRole, const QString &objectName);

    WorkerListModel *m_workers = nullptr;
    DuoListModel *m_duos = nullptr;
    OrganisationListModel *m_organisations = nullptr;
    QTableView *m_workerTable = nullptr;
    QTableView *m_duoTable = nullptr;
    QTableView *m_organisationTable = nullptr;
    QGroupBox *m_workersBox = nullptr;
    QGroupBox *m_duosBox = nullptr;
    QGroupBox *m_organisationsBox = nullptr;
    WorkerActions *m_actions = nullptr;
};
