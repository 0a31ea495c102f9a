#pragma once
// The access log (NEN 7513) in the app: the entries of one family, or of everyone or one user,
// within a period, oldest first, a page at a time. Only the coordinator reads it; for anyone
// else it does not open, says why, and the refusal is logged. Opening it is logged too, and so
// is every switch to another user's entries.

#include "storage/AccessLog.h"

#include <QDialog>

class AccessLogModel;
class EditCommands;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

class AccessLogDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens the log of the family (0: of everyone) beside `parent`, not modal; null when the
    // user may not read it (they were told, and the refusal is on record).
    static AccessLogDialog *open(EditCommands &commands, qint64 familyId, QWidget *parent,
                                 const QDate &today = QDate::currentDate());

    AccessLogDialog(Database &db, const Actor &actor, qint64 familyId, QWidget *parent = nullptr,
                    const QDate &today = QDate::currentDate());

    AccessLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *userFilter() const { return m_user; } // item data: the user name; "" = everyone
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QLabel *chainLabel() const { return m_chain; } // whether the log is as DuoCoach wrote it

public slots:
    // Reads the log again with the filters shown.
    void reload();

signals:
    void failed(const QString &message);

private:
    void showChain();

    Database &m_db;
    Actor m_actor;
    qint64 m_familyId;
    // The view last logged as opened: a switch to another user's entries is an opening too.
    QString m_loggedScope;
    AccessLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_user = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_chain = nullptr;
};
