#pragma once
// The main window: menus, status bar and the Workspace of the open database. It owns the
// database, so File > Open can switch to another file without restarting.

#include <QMainWindow>

#include <memory>

class Database;
class DatabaseLock;
struct Error;
class QActionGroup;
class QLabel;
class QTimer;
class QUndoGroup;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }
    Workspace *workspace() const { return m_workspace; }

    // Shows another database, a file or a server address. Opening it may be refused: then the
    // user is told why in one sentence and the current database stays open. Offers demo data
    // when it is empty. A server connected to is remembered (without its password).
    bool openDatabase(const QString &path);
    void setDatabase(std::unique_ptr<Database> db);
    // The lock that tells other DuoCoach windows this file is open here (see DatabaseOpener).
    void setLock(std::unique_ptr<DatabaseLock> lock);
    // Puts a backup of the open database in its place, after asking, and shows the result;
    // true when it was restored.
    bool restoreBackup(const QString &backupPath);

public slots:
    // Offers demo data for an empty database (once per file); true when they were loaded.
    bool offerDemoData();
    // Loads demo data asked for on Today (first steps); true when loaded.
    bool loadDemoData();
    // Asks who is working (WorkingAsDialog) when nobody was ever chosen for this file; the
    // answer, or the coordinator when the question is closed, is remembered, so it is asked
    // once. At start-up and after File > Open; never in a smoke run. True when it asked.
    bool askWhoIsWorking();

private:
    void createMenus();
    void chooseDatabase();
    // File > Connect to Team Server: the dialog, then openDatabase with its address.
    void chooseServer();
    void rememberServer(const QString &address);
    // The connection to the server was lost and could not be made again silently (see
    // Database::setConnectionLostObserver): says so and offers to reconnect, once at a time.
    void connectionLost(const Error &error);
    void offerReconnect(const QString &message);
    void chooseImport(bool families);
    void chooseFeedback();
    void chooseLanguage(QAction *action);
    void showAbout();
    void showProblem(const QString &message);
    void rebuild();
    // Builds the pages anew over the demo data just loaded and says they are fictitious.
    bool showDemoData();
    // The database named in the status bar at once; its counts a moment later (see m_counts).
    void updateStatus();
    void updateCounts();

    void chooseBackup();

    // Declared before the database, so it is released only after the database has closed.
    std::unique_ptr<DatabaseLock> m_lock;
    std::unique_ptr<Database> m_db;
    Workspace *m_workspace = nullptr;
    QActionGroup *m_languages = nullptr;
    // Edit > Undo/Redo follow the undo stack of the database shown (one per Workspace).
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QAction *m_restoreAction = nullptr; // a server keeps its own backups
    bool m_offeringReconnect = false;
    // The counts count every visit: not before the window has painted, and once for a burst
    // of changes (an import announces several).
    QTimer *m_counts = nullptr;
    bool m_painted = false;
};
