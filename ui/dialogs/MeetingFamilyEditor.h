#pragma once
// One family discussed at a case consultation, as the meeting form shows it on its own tab:
// the question brought in, the advice, for each form of its running support whether it helps
// and whether it continues, is adjusted or stops, one other decision (a new referral or goal),
// and a follow-up action with its owner and due date, which lands on that person's Today page.

#include "domain/Meeting.h"

#include <QWidget>

class Database;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

class MeetingFamilyEditor : public QWidget
{
    Q_OBJECT
public:
    // `workers`: who may own the follow-up action, by id and name.
    MeetingFamilyEditor(Database &db, qint64 familyId, const QString &caseCode,
                        const QList<QPair<qint64, QString>> &workers, QWidget *parent = nullptr);

    qint64 familyId() const { return m_familyId; }
    QString caseCode() const { return m_caseCode; }
    // What is typed now; the meeting's day is filled in when it is written.
    MeetingFamily family() const;
    // One sentence on what is half filled in (a stop without its reason, a follow-up without
    // a due day), or empty; the rest is MeetingRules' and the stores'.
    QString problem() const;

    QLineEdit *questionField() const { return m_question; }
    QPlainTextEdit *adviceField() const { return m_advice; }
    // A row per running support: what, helps?, decision, reason.
    QTableWidget *supportTable() const { return m_support; }
    QComboBox *decisionKindField() const { return m_decisionKind; }
    QLineEdit *decisionField() const { return m_decision; }
    QLineEdit *followUpField() const { return m_followUp; }
    QComboBox *ownerField() const { return m_owner; }
    QDateEdit *dueField() const { return m_due; }

signals:
    void changed();

private:
    qint64 m_familyId = 0;
    QString m_caseCode;
    QList<qint64> m_supportIds; // in the table's order
    QList<QString> m_supportNames;
    QLineEdit *m_question = nullptr;
    QPlainTextEdit *m_advice = nullptr;
    QTableWidget *m_support = nullptr;
    QComboBox *m_decisionKind = nullptr;
    QLineEdit *m_decision = nullptr;
    QLineEdit *m_followUp = nullptr;
    QComboBox *m_owner = nullptr;
    QDateEdit *m_due = nullptr;
};
