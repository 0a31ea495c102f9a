#pragma once
// The main window: navigation between Families, Workers & duos and Visits over one database.

#include <QMainWindow>

class Database;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

private:
    Database &m_db;
};
