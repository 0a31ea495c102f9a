#pragma once
// The main window: menus, status bar and the Workspace of the open database. It owns the
// database, so File > Open can switch to another file without restarting.

#include <QMainWindow>

#include <memory>

class Database;
class QActionGroup;
class QLabel;
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

    // Shows another database. Opening it may be refused: then the user is told why in one
    // sentence and the current database stays open. Offers demo data when it is empty.
    bool openDatabase(const QString &path);
    void setDatabase(std::unique_ptr<Database> db);

public slots:
    // Offers demo data for an empty database (once per file); true when they were loaded.
    bool offerDemoData();

private:
    void createMenus();
    void chooseDatabase();
    void chooseImport(bool families);
    void chooseLanguage(QAction *action);
    void showAbout();
    void showProblem(const QString &message);
    void rebuild();
    void updateStatus();

    std::unique_ptr<Database> m_db;
    Workspace *m_workspace = nullptr;
    QActionGroup *m_languages = nullptr;
    // Edit > Undo/Redo follow the undo stack of the database shown (one per Workspace).
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
};
