#pragma once
// "My week" (issue 4): the week planner of one duo or one worker. A tool row chooses whom
// (by default the current user when a worker, else the first working duo) and which week
// (previous, next, Today); the WeekView below shows that week's visits, read in one query.
// Planning (double-click an empty slot), moving (drag, or Move…) go through the command
// façade, so each is one undoable step; opening a visit (double-click, Enter) is left to
// whoever listens to visitActivated (the visit report). A visit's context menu is the coach's
// desk: mark done, cancel or record a no-show (VisitActions), move, open the family.

#include "services/CurrentUser.h"

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class Database;
class EditCommands;
class QComboBox;
class QLabel;
class QToolButton;
class VisitActions;
class WeekView;
struct Duo;

class WeekPlannerPage : public QWidget
{
    Q_OBJECT
public:
    enum class Subject { Duo, Worker };
    // Item data of the subject choice: the id (Qt::UserRole) and the Subject (this role).
    static constexpr int SubjectKindRole = Qt::UserRole + 1;

    explicit WeekPlannerPage(Database &db, QWidget *parent = nullptr);

    // Every edit goes through the façade; its notifier keeps the page up to date.
    void setCommands(EditCommands *commands);
    // What a visit's context menu offers besides moving it (mark done, cancel, no-show).
    void setVisitActions(VisitActions *actions);

    WeekView *view() const { return m_view; }
    QComboBox *subjectField() const { return m_subject; }
    QLabel *titleLabel() const { return m_title; }
    QDate weekStart() const { return m_monday; }
    Subject subject() const;
    qint64 subjectId() const;
    // The day the Today button goes to (the real today unless a test or demo sets one).
    QDate today() const { return m_today; }
    void setToday(const QDate &today);

public slots:
    // Reads the duos and workers to choose from, then the week; call once after connecting
    // to failed().
    void reload();
    // Shows the week holding `day`.
    void showWeek(const QDate &day);
    void previousWeek();
    void nextWeek();
    void thisWeek();
    void showDuo(qint64 duoId);
    void showWorker(qint64 workerId);
    // The worker's own week when the user is a worker; otherwise the first working duo.
    void setCurrentUser(const CurrentUser &user);
    // Opens the form to plan a visit from `start` (a double-click on an empty slot).
    void planAt(const QDateTime &start);
    // Opens the form to move a planned visit (Edit…).
    void editVisit(qint64 visitId);

signals:
    void failed(const QString &message);
    // A visit was double-clicked or chosen with Enter: open it (the visit report).
    void visitActivated(qint64 visitId);
    // "Open Family" in a visit's context menu.
    void familyActivated(qint64 familyId);

private:
    void fillSubjects();
    void chooseSubject(Subject kind, qint64 id);
    void loadWeek();
    void scheduleLoad();
    // The duos that plan for the shown duo or worker on `day`: the duo itself, or the duos
    // the worker works in that day.
    QList<Duo> duosOn(const QDate &day) const;
    // A dragged visit: asks "only this or all following" for a series and about clashes.
    void moveVisit(qint64 visitId, const QDateTime &start);
    void visitMenu(qint64 visitId, const QPoint &globalPosition);
    void slotMenu(const QDateTime &start, const QPoint &globalPosition);
    void report(const QString &title, const QString &message);

    Database &m_db;
    EditCommands *m_commands = nullptr;
    QPointer<VisitActions> m_actions;
    CurrentUser m_user;
    QDate m_today;
    QDate m_monday;
    QComboBox *m_subject = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_todayButton = nullptr;
    QToolButton *m_plan = nullptr;
    QLabel *m_title = nullptr;
    WeekView *m_view = nullptr;
    // Many changes in one step (an import, a series) read the week once.
    QTimer m_loadTimer;
};
