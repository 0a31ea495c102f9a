#pragma once
// File > Due for Removal: the closed families whose retention period has ended, longest due
// first, and the coordinator's removal of one (asked to confirm: it cannot be undone). Also the
// retention period of the database, which dates the files closed from then on, and what the
// removals so far left behind (anonymous counts). Anyone but the coordinator is refused, and
// the refusal is logged (RetentionStore).

#include <QDate>
#include <QDialog>

class EditCommands;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

class DueForRemovalDialog : public QDialog
{
    Q_OBJECT
public:
    DueForRemovalDialog(EditCommands &commands, QWidget *parent = nullptr,
                        const QDate &today = QDate::currentDate());

    // One row per family due; each row's first item holds the family's id (Qt::UserRole).
    QTableWidget *table() const { return m_table; }
    QPushButton *removeButton() const { return m_remove; }
    QSpinBox *yearsField() const { return m_years; }
    QPushButton *saveYearsButton() const { return m_saveYears; }
    QLabel *summaryLabel() const { return m_summary; }
    // What the last removal or change did, or why it was refused.
    QLabel *resultLabel() const { return m_result; }

public slots:
    void reload();
    // Removes the selected family after the user confirmed; true when it was removed.
    bool removeSelected();
    bool saveYears();

private:
    EditCommands &m_commands;
    QDate m_today;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QSpinBox *m_years = nullptr;
    QPushButton *m_saveYears = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_result = nullptr;
};
