#pragma once
// What the main window shows for one open database: the navigation on the left and the pages
// (Families, Workers & duos, Visits, Caseload, Waiting list). Built anew for every database, so
// no page ever holds rows or queries of a database that was closed.

#include "services/CurrentUser.h"

#include <QWidget>

class CaseloadPage;
class ChangeNotifier;
class Database;
class EditCommands;
class FamilyPage;
class TodayPage;
class QListWidget;
class QStackedWidget;
class VisitActions;
class VisitLogPage;
class WaitingListPage;
class WeekPlannerPage;
class WorkersPage;

class Workspace : public QWidget
{
    Q_OBJECT
public:
    // In the order of the side bar: a coach's own pages first, then the coordinator's.
    enum Page { Today, Week, Families, WorkersAndDuos, Visits, Caseload, WaitingList, PageCount };

    explicit Workspace(Database &db, QWidget *parent = nullptr);

    Page currentPage() const;
    void setCurrentPage(Page page);

    // Announces every change to this database; pages and models subscribe to it.
    ChangeNotifier *notifier() const { return m_notifier; }
    // Every edit of this database, undoable on its one QUndoStack.
    EditCommands *commands() const { return m_commands; }
    QListWidget *navigation() const { return m_navigation; }
    // Who works with this database now; remembered per file (see CurrentUser).
    const CurrentUser &currentUser() const { return m_user; }
    void setCurrentUser(const CurrentUser &user);
    TodayPage *todayPage() const { return m_todayPage; }
    FamilyPage *familyPage() const { return m_familyPage; }
    WorkersPage *workersPage() const { return m_workersPage; }
    VisitLogPage *visitLogPage() const { return m_visitLogPage; }
    CaseloadPage *caseloadPage() const { return m_caseloadPage; }
    WaitingListPage *waitingListPage() const { return m_waitingListPage; }
    // Visit report, cancel, no-show, safety concerns, follow-ups, notes: in the current user's
    // name. The week planner's visitActivated(id) goes to its openVisit().
    VisitActions *visitActions() const { return m_visitActions; }
    WeekPlannerPage *weekPlannerPage() const { return m_weekPlannerPage; }

public slots:
    // Reads the page in sight now and every other page when it is next shown (a start that
    // does not wait for pages nobody looked at yet); call once after connecting to failed().
    void reload();
    // Switches to the Families page with this family selected.
    void showFamily(qint64 familyId);
    // Asks who is working (WorkingAsDialog) and switches to that user.
    void chooseCurrentUser();
    // Ctrl+F from anywhere in the window: puts the cursor in the current page's search, and
    // from a page without one in the family search (finding a family is what people search
    // for most).
    void focusSearch();

signals:
    void failed(const QString &message);
    void currentUserChanged(const CurrentUser &user);
    // Today's first step "Load Demo Data": the window loads them and builds its pages anew.
    void demoDataRequested();

private:
    void reloadIfStale(int page);

    Database &m_db;
    // The pages not read since the last reload(), by Page.
    QList<bool> m_stale = QList<bool>(PageCount, false);
    CurrentUser m_user;
    ChangeNotifier *m_notifier = nullptr;
    EditCommands *m_commands = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    TodayPage *m_todayPage = nullptr;
    FamilyPage *m_familyPage = nullptr;
    WorkersPage *m_workersPage = nullptr;
    VisitLogPage *m_visitLogPage = nullptr;
    CaseloadPage *m_caseloadPage = nullptr;
    WaitingListPage *m_waitingListPage = nullptr;
    VisitActions *m_visitActions = nullptr;
    WeekPlannerPage *m_weekPlannerPage = nullptr;
};
