#pragma once
// The "Today" start page of the current user: the day's visits, follow-up actions due or
// overdue, and families without a visit for more than N days (N is a setting, changed right
// here). Everything is read for the user chosen under "Working as"; a coordinator sees all.
// Lists are small and bounded (one day, one user), so plain tree widgets hold them.

#include "services/CurrentUser.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class ChangeNotifier;
class Database;
class QLabel;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

class TodayPage : public QWidget
{
    Q_OBJECT
public:
    TodayPage(Database &db, ChangeNotifier *notifier, QWidget *parent = nullptr);

    // The day the page shows; a null date means the real today at every reload.
    void setDay(const QDate &day);
    void setUser(const CurrentUser &user);

    QTreeWidget *visitList() const { return m_visits; }
    QTreeWidget *followUpList() const { return m_followUps; }
    QTreeWidget *quietList() const { return m_quiet; }
    QSpinBox *quietDays() const { return m_quietDays; }

public slots:
    void reload();

signals:
    void failed(const QString &message);
    void visitActivated(qint64 visitId);
    void familyActivated(qint64 familyId);
    // The user asked to change who they are working as.
    void changeUserRequested();

private:
    QDate day() const { return m_day.isValid() ? m_day : QDate::currentDate(); }
    QTreeWidget *makeList(const QString &name, const QStringList &headers);
    static void fitToRows(QTreeWidget *list);
    void fillVisits();
    void fillFollowUps();
    void fillQuiet();
    void activate(QTreeWidgetItem *item);

    Database &m_db;
    CurrentUser m_user;
    QDate m_day;
    QLabel *m_title = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_visitsTitle = nullptr;
    QLabel *m_followUpsTitle = nullptr;
    QLabel *m_quietTitle = nullptr;
    QTreeWidget *m_visits = nullptr;
    QTreeWidget *m_followUps = nullptr;
    QTreeWidget *m_quiet = nullptr;
    QSpinBox *m_quietDays = nullptr;
    QTimer m_reloadTimer;
};
