#pragma once
// The command façade (as in Subsurface): every edit the UI makes goes through one of these
// functions, which runs it as an undoable command on the one QUndoStack of the open database.
// Widgets never call a store's write method themselves. A function returns the core's error
// when the edit is refused; nothing then enters the undo history.

#include "Result.h"
#include "domain/Consent.h"
#include "domain/Domain.h"
#include "domain/Meeting.h"
#include "domain/Network.h"
#include "domain/NetworkMap.h"
#include "domain/WorkerCare.h"
#include "exchange/WorkerImporter.h"
#include "services/CurrentUser.h"
#include "services/VisitPlanner.h"
#include "storage/AccessLog.h"
#include "storage/VisitReportStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QWidget>

class ChangeNotifier;
class Database;
class EditCommand;
class FamilyImporter;
struct ImportedWorkers;
class QUndoStack;

class EditCommands : public QObject
{
    Q_OBJECT
public:
    EditCommands(Database &db, ChangeNotifier *notifier, QObject *parent = nullptr);

    Database &database() const { return m_db; }
    ChangeNotifier *notifier() const { return m_notifier; }
    QUndoStack *undoStack() const { return m_stack; }
    // Where a failed undo or redo is reported (the main window); may be null.
    QWidget *window() const { return m_window; }
    void setWindow(QWidget *window) { m_window = window; }
    // Who works now, as the access log records every step (Workspace keeps it in step with the
    // current user). A coordinator until told otherwise.
    const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor) { m_actor = actor; }

    // The version this window's own last step left a row at (RowVersions), so an undo can
    // tell another person's change from one of its own later steps; 0 when none wrote it.
    qint64 versionLeft(const QString &table, qint64 id) const
    {
        return m_versionsLeft.value(qMakePair(table, id));
    }
    void setVersionLeft(const QString &table, qint64 id, qint64 version)
    {
        m_versionsLeft.insert(qMakePair(table, id), version);
    }

    Result<qint64> addOrganisation(const Organisation &organisation);
    Status editOrganisation(const Organisation &organisation);
    Status setOrganisationArchived(qint64 organisationId, bool archived);

    Result<qint64> addWorker(const Worker &worker);
    Status editWorker(const Worker &worker);
    // newDuos: family id -> the duo that takes the family over from `day` (see Handover).
    Status archiveWorker(qint64 workerId, const QDate &day, const QHash<qint64, qint64> &newDuos);
    Status reactivateWorker(qint64 workerId);

    Result<qint64> addDuo(const Duo &duo);
    Status editDuo(const Duo &duo);
    Status endDuo(qint64 duoId, const QDate &day, const QHash<qint64, qint64> &newDuos);
    Status reopenDuo(qint64 duoId);

    Result<Family> addFamily(const Family &family);
    Status editFamily(const Family &family); // closing too: see FamilyStore::update
    Result<qint64> addMember(const HouseholdMember &member);
    Status editMember(const HouseholdMember &member);
    Status removeMember(qint64 memberId);

    // Re-assigning ends the family's current assignment on `from`; undo restores it.
    Status assignDuo(qint64 familyId, qint64 duoId, const QDate &from);

    // Goals and interim evaluations (see GoalStore, EvaluationStore).
    Result<qint64> addGoal(const Goal &goal);
    Status editGoal(const Goal &goal);
    // The goal was worked on up to `day`; reopenGoal() works on it again.
    Status endGoal(qint64 goalId, const QDate &day);
    Status reopenGoal(qint64 goalId);
    // One step with its scores; a decision to stop also ends the goals it scored.
    Result<qint64> addEvaluation(const Evaluation &evaluation);

    // The visit report (issue 4). `by` is who works now (Workspace::currentUser()): the report
    // is written, and a concern raised, in their name. The concern and the trusted-person-only
    // note are part of the same step; either may be empty; so is a request for a debrief after
    // a heavy visit, made by `by` (one of the visit's duo).
    Status completeVisit(const VisitOutcome &outcome, const QString &safetyConcern,
                         const QString &confidentialNote, const CurrentUser &by,
                         bool askDebrief = false);
    Status correctVisitReport(const VisitOutcome &outcome, const QString &safetyConcern,
                              const QString &confidentialNote, const CurrentUser &by);
    Status cancelVisit(qint64 visitId, const QString &reason);
    Status markNoShow(qint64 visitId, const QString &reason);
    // Undo withdraws the concern (it is never deleted); see RaiseConcernCommand.
    Result<qint64> raiseConcern(const SafetyConcern &concern);
    // Final: the database never reopens a closed concern, so closing does not enter the undo
    // history; the form that asks for the note says so before the user confirms.
    Status closeConcern(qint64 concernId, const QString &note, const CurrentUser &by);
    Result<qint64> addFollowUp(const FollowUp &followUp);
    Status setFollowUpDone(qint64 followUpId, bool done);
    Result<qint64> addConfidentialNote(const ConfidentialNote &note, const CurrentUser &author);

    // Writes what the importer read, as one step; undo removes it all again, including the
    // organisations the import created.
    Result<QList<Family>> importFamilies(const FamilyImporter &importer);
    Result<WorkerImporter::Summary> importWorkers(const WorkerImporter &importer);
    // The same for an import already written on another connection (ImportFlow writes on a
    // background thread's, through ImportFamiliesCommand::write and ImportWorkersCommand::write):
    // it enters the undo history as one step, and the views are told.
    void addWrittenImport(const QString &fileName, const QList<Family> &families);
    void addWrittenImport(const QString &fileName, const ImportedWorkers &workers);

    // Planning home visits (issue 4, "My week"); the rules are VisitPlanner's. With
    // ClashPolicy::Refuse a clash refuses the plan: the UI asks VisitPlanner::clashes() first,
    // shows them, and passes Allow when the user chose to plan anyway.
    Result<qint64> planVisit(const Visit &visit, ClashPolicy policy);            // the visit's id
    Result<qint64> planSeries(const SeriesRequest &request, ClashPolicy policy); // series id
    // `following`: this visit and the later planned ones of its series move by the same change.
    Status moveVisit(qint64 visitId, const QDateTime &start, int durationMinutes, bool following,
                     ClashPolicy policy);

    // Consent of a family (ConsentStore): recorded for several purposes as one step, withdrawn
    // one record at a time.
    Result<QList<Consent>> giveConsent(const Consent &consent,
                                       const QList<ConsentPurpose> &purposes);
    Status withdrawConsent(qint64 consentId, const QDate &day);

    // The network around a family (SupportStore, ReferralStore): support deployed and its
    // reviews (a decision to stop ends the support), referrals and their next steps.
    Result<qint64> addSupport(const Support &support);
    Status reviewSupport(const Support &support, const SupportReview &review);
    Result<qint64> sendReferral(const Referral &referral);
    Status advanceReferral(const Referral &referral, ReferralStatus to, const QDate &on,
                           const QString &outcome);
    // The family's network map (NetworkMapStore): each change one step, a drag included.
    Result<qint64> addMapEntry(const NetworkMapEntry &entry);
    // A course a worker followed.
    Result<qint64> addTraining(const Training &training);
    Status editMapEntry(const NetworkMapEntry &entry);
    Status removeMapEntry(const NetworkMapEntry &entry);
    // A meeting recorded whole (MeetingStore); logged for each family discussed.
    Result<qint64> recordMeeting(const Meeting &meeting);
    // A debrief held (DebriefStore::setHeld), recorded by a coordinator: that it took place,
    // when and by whom, never what was said.
    Status recordDebriefHeld(const Debrief &debrief, const QDate &day, const QString &heldBy);

    // After a failed redo the later steps build on one that did not happen: they are dropped
    // once the stack has finished its redo().
    void discardRedoLater();

private:
    // Runs the command once; pushes it when that succeeded, deletes it otherwise.
    Status execute(EditCommand *command);
    // The same, with what the access log records of it (EditCommand::setLogged).
    Status execute(EditCommand *command, const QList<qint64> &families, AccessAction action,
                   const QString &detail);
    qint64 familyOfVisit(qint64 visitId) const;

    Database &m_db;
    ChangeNotifier *m_notifier;
    QUndoStack *m_stack;
    QPointer<QWidget> m_window;
    QHash<QPair<QString, qint64>, qint64> m_versionsLeft;
    Actor m_actor;
};
