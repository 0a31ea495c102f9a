#pragma once
// The duo coach's actions on visits and families, wherever they appear (the visit log, the
// family pane's visits, the week planner): mark a visit done with its report, correct a report,
// cancel or record a no-show with the reason, raise or close a safety concern, add and tick off
// follow-up actions, and notes for the trusted person only. Each opens its form and goes
// through the command façade; who does it is the workspace's current user.

#include "services/CurrentUser.h"

#include <QObject>
#include <QPointer>

#include <functional>

class EditCommands;
class QMenu;
class QWidget;
struct Visit;

class VisitActions : public QObject
{
    Q_OBJECT
public:
    // `user` tells who works now (it changes while the window is open); forms open over
    // `window`.
    VisitActions(EditCommands *commands, std::function<CurrentUser()> user, QWidget *window);

    EditCommands *commands() const;
    CurrentUser currentUser() const { return m_user(); }

    // Adds the actions that fit this visit's status to a context menu.
    void addVisitActions(QMenu *menu, const Visit &visit);

public slots:
    // A double click on a visit: the report of a done visit, otherwise "Mark Done…".
    void openVisit(qint64 visitId);
    void markDone(qint64 visitId);
    void cancelVisit(qint64 visitId);
    void markNoShow(qint64 visitId);
    // On the family, or on one of its visits when visitId is not 0.
    void raiseConcern(qint64 familyId, qint64 visitId = 0);
    void closeConcern(qint64 concernId);
    void addFollowUp(qint64 familyId);
    void setFollowUpDone(qint64 followUpId, bool done);
    // False (and the reason told) when the note was refused.
    bool addConfidentialNote(qint64 familyId, const QString &text);

private:
    void report(const QString &title, const QString &message);

    QPointer<EditCommands> m_commands;
    std::function<CurrentUser()> m_user;
    QPointer<QWidget> m_window;
};
