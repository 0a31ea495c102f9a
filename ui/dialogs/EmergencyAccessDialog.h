#pragma once
// NEN 7513's emergency procedure for a duo coach on a team server: a family that is not theirs
// (a colleague is ill, a safety concern that cannot wait), named by its case code, with a
// reason and for a limited time. The server grants it at once, records it with the reason,
// flags it in the access log and shows it on the coordinator's Today page (TeamLogins).

#include <QDialog>

class Database;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

class EmergencyAccessDialog : public QDialog
{
    Q_OBJECT
public:
    EmergencyAccessDialog(Database &db, QWidget *parent = nullptr);

    // The family the access was granted for, once accepted.
    qint64 familyId() const { return m_familyId; }

    QLineEdit *caseCodeField() const { return m_caseCode; }
    QPlainTextEdit *reasonField() const { return m_reason; }

public slots:
    void accept() override;

private:
    Database &m_db;
    QLineEdit *m_caseCode = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QComboBox *m_duration = nullptr;
    qint64 m_familyId = 0;
};
