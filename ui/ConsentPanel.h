#pragma once
// The "Consent and privacy" section of a family's details: the consent records (what for, who
// gave it, when, withdrawn or not), which purposes lack consent now, how long a closed file is
// kept, and the family's access log. With the command façade attached it records and withdraws
// consent (undoable) and opens the log; without, it only reads.

#include <QGroupBox>

class Database;
class EditCommands;
class QLabel;
class QPushButton;
class QTableWidget;

class ConsentPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConsentPanel(Database &db, QWidget *parent = nullptr);

    // Shows the buttons and follows the notifier's consentsChanged.
    void setCommands(EditCommands *commands);

    qint64 familyId() const { return m_familyId; }
    // One row per record; each row's first item holds the record's id (Qt::UserRole).
    QTableWidget *table() const { return m_table; }
    QLabel *missingLabel() const { return m_missing; }
    QLabel *retentionLabel() const { return m_retention; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *accessLogButton() const { return m_accessLog; }

public slots:
    // Reads and shows the family's records; 0 empties the panel. False when reading failed.
    bool showFamily(qint64 familyId);
    // The dialogs behind the buttons; each opens and returns at once.
    void recordConsent();
    void withdrawConsent();
    void openAccessLog();

signals:
    void failed(const QString &message);

private:
    qint64 selectedConsent() const;
    void updateButtons();

    Database &m_db;
    EditCommands *m_commands = nullptr;
    qint64 m_familyId = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_none = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_retention = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_accessLog = nullptr;
};
