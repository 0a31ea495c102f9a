#pragma once
// "Working as…": the user says who they are for this database — a coordinator, a supervisor
// or one of the active workers. "My week", "Today", who wrote a report and who may read
// notes for the trusted person only follow the choice.

#include "services/CurrentUser.h"

#include <QDialog>

class Database;
class QComboBox;
class QRadioButton;

class WorkingAsDialog : public QDialog
{
    Q_OBJECT
public:
    WorkingAsDialog(Database &db, const CurrentUser &current, QWidget *parent = nullptr);

    CurrentUser user() const;
    QComboBox *workers() const { return m_workers; }
    QRadioButton *workerChoice() const { return m_worker; }

private:
    QRadioButton *m_coordinator = nullptr;
    QRadioButton *m_supervisor = nullptr;
    QRadioButton *m_worker = nullptr;
    QComboBox *m_workers = nullptr;
};
