#pragma once
// The emergency accesses of the last two weeks, on a coordinator's Today page on a team
// server: who read which family outside their own, why, and until when (TeamLogins). Hidden
// where there is nothing to show: in a file, for anyone else, or when there was none.

#include <QWidget>

class Database;
class QLabel;
class QTreeWidget;

class EmergencyAccessList : public QWidget
{
    Q_OBJECT
public:
    explicit EmergencyAccessList(Database &db, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

    // Reads the list again; `coordinator` says whether the page is a coordinator's.
    void reload(bool coordinator);

signals:
    void failed(const QString &message);
    void familyActivated(qint64 familyId);

private:
    Database &m_db;
    QLabel *m_title = nullptr;
    QTreeWidget *m_list = nullptr;
};
