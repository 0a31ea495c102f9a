#pragma once
// File > Restore Backup: the backups of the open database (made when DuoCoach opens it, see
// Backups), newest first, with their date and size. Choosing one emits chosen(); the main
// window asks for confirmation and restores it. Not modal, so tests can choose in it.

#include "storage/Backups.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(const QString &databasePath, int kept, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }
    QLabel *emptyLabel() const { return m_empty; }
    // The backup of the selected row; empty when none is selected.
    QString selectedBackup() const;

signals:
    void chosen(const QString &backupPath);

private:
    void choose();

    QList<Backups::Entry> m_backups;
    QTableWidget *m_table = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_empty = nullptr;
};
