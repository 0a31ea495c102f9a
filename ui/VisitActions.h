#pragma once
// The duo coach's actions on visits and families, wherever they appear (the visit log, the
// family pane's visits, the week planner): mark a visit done with its report, correct a report,
// cancel or record a no-show with the reason, raise or close a safety concern, add and tick off
// follow-up actions, and notes for the trusted person only. Each opens its form and goes
// through the command façade; who does it is the workspace's current user.

#include "domain/Domain.h"
#include "services/CurrentUser.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

class EditCommands;
class QMenu;
class QWidget;

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
    // A referral by one of the family's duo, with a visit's report when visitId is not 0; and
    // a referral's next step (answered, started, ended).
    void sendReferral(qint64 familyId, qint64 visitId = 0);
    void advanceReferral(qint64 referralId);
    // A coordinator records that a debrief asked for took place.
    void recordDebriefHeld(qint64 debriefId);
    // False (and the reason told) when the note was refused.
    bool addConfidentialNote(qint64 familyId, const QString &text);

private:
    void report(const QString &title, const QString &message);
    // The family and its current duo, for a form that belongs to one of the duo; when there is
    // none, `noDuo` (with the case code for %1) is reported under `title`.
    std::optional<std::pair<Family, Duo>> familyAndDuo(qint64 familyId, const QString &title,
                                                       const QString &noDuo);

    QPointer<EditCommands> m_commands;
    std::function<CurrentUser()> m_user;
    QPointer<QWidget> m_window;
};
