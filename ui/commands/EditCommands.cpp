#include "EditCommands.h"

#include "AddConfidentialNoteCommand.h"
#include "AddDuoCommand.h"
#include "AddEvaluationCommand.h"
#include "AddFamilyCommand.h"
#include "AddFollowUpCommand.h"
#include "AddGoalCommand.h"
#include "AddMemberCommand.h"
#include "AddOrganisationCommand.h"
#include "AddSupportCommand.h"
#include "AddTrainingCommand.h"
#include "AddWorkerCommand.h"
#include "AdvanceReferralCommand.h"
#include "ArchiveOrganisationCommand.h"
#include "ArchiveWorkerCommand.h"
#include "AssignDuoCommand.h"
#include "CancelVisitCommand.h"
#include "ChangeMapCommand.h"
#include "CompleteVisitCommand.h"
#include "DebriefHeldCommand.h"
#include "EditDuoCommand.h"
#include "EditFamilyCommand.h"
#include "EditGoalCommand.h"
#include "EditMemberCommand.h"
#include "EditOrganisationCommand.h"
#include "EditWorkerCommand.h"
#include "EndDuoCommand.h"
#include "EndGoalCommand.h"
#include "GiveConsentCommand.h"
#include "ImportFamiliesCommand.h"
#include "ImportWorkersCommand.h"
#include "MoveVisitCommand.h"
#include "PlanSeriesCommand.h"
#include "PlanVisitCommand.h"
#include "RaiseConcernCommand.h"
#include "ReactivateWorkerCommand.h"
#include "RecordMeetingCommand.h"
#include "RemoveMemberCommand.h"
#include "ReopenDuoCommand.h"
#include "ReviewSupportCommand.h"
#include "SendReferralCommand.h"
#include "ToggleFollowUpCommand.h"
#include "WithdrawConsentCommand.h"

#include "services/ChangeNotifier.h"
#include "services/CurrentUser.h"
#include "storage/ConfidentialNoteStore.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/FollowUpStore.h"
#include "storage/GoalStore.h"
#include "storage/OrganisationStore.h"
#include "storage/SafetyConcernStore.h"
#include "storage/VisitStore.h"

#include <QTimer>
#include <QUndoStack>

EditCommands::EditCommands(Database &db, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent), m_db(db), m_notifier(notifier), m_stack(new QUndoStack(this)),
      m_actor(Actor::of(db, CurrentUser()))
{}

Status EditCommands::execute(EditCommand *command)
{
    Status done = command->execute();
    if (!done) {
        delete command;
        return done;
    }
    m_stack->push(command); // its first redo() only announces the change
    return {};
}

Status EditCommands::execute(EditCommand *command, const QList<qint64> &families,
                             AccessAction action, const QString &detail)
{
    command->setLogged([families] { return families; }, action, detail);
    return execute(command);
}

qint64 EditCommands::familyOfVisit(qint64 visitId) const
{
    auto visit = VisitStore(m_db).get(visitId);
    return visit ? visit->familyId : 0;
}

void EditCommands::discardRedoLater()
{
    QTimer::singleShot(0, this, [this] {
        // Pushing drops every step above the current one; an obsolete command is then deleted
        // instead of added, so the history ends where the database really is.
        auto *nothing = new QUndoCommand;
        nothing->setObsolete(true);
        m_stack->push(nothing);
    });
}

Result<qint64> EditCommands::addOrganisation(const Organisation &organisation)
{
    auto *command = new AddOrganisationCommand(*this, organisation);
    if (Status done = execute(command); !done)
        return done.error();
    return command->organisationId();
}

Status EditCommands::editOrganisation(const Organisation &organisation)
{
    return execute(new EditOrganisationCommand(*this, organisation));
}

Status EditCommands::setOrganisationArchived(qint64 organisationId, bool archived)
{
    return execute(new ArchiveOrganisationCommand(*this, organisationId, archived));
}

Result<qint64> EditCommands::addWorker(const Worker &worker)
{
    auto *command = new AddWorkerCommand(*this, worker);
    if (Status done = execute(command); !done)
        return done.error();
    return command->workerId();
}

Status EditCommands::editWorker(const Worker &worker)
{
    return execute(new EditWorkerCommand(*this, worker));
}

Status EditCommands::archiveWorker(qint64 workerId, const QDate &day,
                                   const QHash<qint64, qint64> &newDuos)
{
    // The families handed over get another duo: a change of their files.
    return execute(new ArchiveWorkerCommand(*this, workerId, day, newDuos), newDuos.keys(),
                   AccessAction::Update, QStringLiteral("duo_assignment"));
}

Status EditCommands::reactivateWorker(qint64 workerId)
{
    return execute(new ReactivateWorkerCommand(*this, workerId));
}

Result<qint64> EditCommands::addDuo(const Duo &duo)
{
    auto *command = new AddDuoCommand(*this, duo);
    if (Status done = execute(command); !done)
        return done.error();
    return command->duoId();
}

Status EditCommands::editDuo(const Duo &duo)
{
    return execute(new EditDuoCommand(*this, duo));
}

Status EditCommands::endDuo(qint64 duoId, const QDate &day, const QHash<qint64, qint64> &newDuos)
{
    return execute(new EndDuoCommand(*this, duoId, day, newDuos), newDuos.keys(),
                   AccessAction::Update, QStringLiteral("duo_assignment"));
}

Status EditCommands::reopenDuo(qint64 duoId)
{
    return execute(new ReopenDuoCommand(*this, duoId));
}

Result<Family> EditCommands::addFamily(const Family &family)
{
    auto *command = new AddFamilyCommand(*this, family);
    command->setLogged([command] { return QList<qint64>{command->family().id}; },
                       AccessAction::Create, QStringLiteral("family"));
    if (Status done = execute(command); !done)
        return done.error();
    return command->family();
}

Status EditCommands::editFamily(const Family &family)
{
    // Closing the file is its own action in the log; any other edit, a reopening included, is a
    // change.
    auto stored = FamilyStore(m_db).get(family.id);
    const bool closing = family.status == FamilyStatus::Closed &&
                         !(stored && stored->status == FamilyStatus::Closed);
    return execute(new EditFamilyCommand(*this, family), {family.id},
                   closing ? AccessAction::Archive : AccessAction::Update,
                   QStringLiteral("family"));
}

Result<qint64> EditCommands::addMember(const HouseholdMember &member)
{
    auto *command = new AddMemberCommand(*this, member);
    if (Status done = execute(command, {member.familyId}, AccessAction::Update,
                              QStringLiteral("household_member"));
        !done)
        return done.error();
    return command->memberId();
}

Status EditCommands::editMember(const HouseholdMember &member)
{
    auto stored = FamilyStore(m_db).member(member.id);
    return execute(new EditMemberCommand(*this, member), {stored ? stored->familyId : 0},
                   AccessAction::Update, QStringLiteral("household_member"));
}

Status EditCommands::removeMember(qint64 memberId)
{
    auto stored = FamilyStore(m_db).member(memberId);
    return execute(new RemoveMemberCommand(*this, memberId), {stored ? stored->familyId : 0},
                   AccessAction::Update, QStringLiteral("household_member"));
}

Status EditCommands::assignDuo(qint64 familyId, qint64 duoId, const QDate &from)
{
    return execute(new AssignDuoCommand(*this, familyId, duoId, from), {familyId},
                   AccessAction::Update, QStringLiteral("duo_assignment"));
}

Result<qint64> EditCommands::addGoal(const Goal &goal)
{
    auto *command = new AddGoalCommand(*this, goal);
    if (Status done =
            execute(command, {goal.familyId}, AccessAction::Update, QStringLiteral("goal"));
        !done)
        return done.error();
    return command->goalId();
}

Status EditCommands::editGoal(const Goal &goal)
{
    auto stored = GoalStore(m_db).get(goal.id);
    return execute(new EditGoalCommand(*this, goal), {stored ? stored->familyId : 0},
                   AccessAction::Update, QStringLiteral("goal"));
}

Status EditCommands::endGoal(qint64 goalId, const QDate &day)
{
    auto goal = GoalStore(m_db).get(goalId);
    if (!goal)
        return goal.error();
    if (!day.isValid())
        return Error::invalid(tr("Ending a goal needs the last day it was worked on."));
    return execute(new EndGoalCommand(*this, goal.value(), day), {goal->familyId},
                   AccessAction::Update, QStringLiteral("goal"));
}

Status EditCommands::reopenGoal(qint64 goalId)
{
    auto goal = GoalStore(m_db).get(goalId);
    if (!goal)
        return goal.error();
    return execute(new EndGoalCommand(*this, goal.value(), QDate()), {goal->familyId},
                   AccessAction::Update, QStringLiteral("goal"));
}

Result<qint64> EditCommands::addEvaluation(const Evaluation &evaluation)
{
    auto *command = new AddEvaluationCommand(*this, evaluation);
    if (Status done = execute(command, {evaluation.familyId}, AccessAction::Update,
                              QStringLiteral("evaluation"));
        !done)
        return done.error();
    return command->evaluationId();
}

Result<QList<Family>> EditCommands::importFamilies(const FamilyImporter &importer)
{
    auto written = ImportFamiliesCommand::write(m_db, importer, m_actor);
    if (!written)
        return written.error();
    addWrittenImport(importer.fileName(), written.value());
    return written;
}

Result<WorkerImporter::Summary> EditCommands::importWorkers(const WorkerImporter &importer)
{
    auto written = ImportWorkersCommand::write(m_db, importer);
    if (!written)
        return written.error();
    addWrittenImport(importer.fileName(), written.value());
    return written->summary;
}

void EditCommands::addWrittenImport(const QString &fileName, const QList<Family> &families)
{
    auto *command = new ImportFamiliesCommand(*this, fileName, families);
    command->markApplied();
    m_stack->push(command); // its first redo() only announces the change
}

void EditCommands::addWrittenImport(const QString &fileName, const ImportedWorkers &workers)
{
    auto *command = new ImportWorkersCommand(*this, fileName, workers);
    command->markApplied();
    m_stack->push(command);
}

Status EditCommands::completeVisit(const VisitOutcome &outcome, const QString &safetyConcern,
                                   const QString &confidentialNote, const CurrentUser &by,
                                   bool askDebrief)
{
    return execute(new CompleteVisitCommand(
                       *this, {outcome, safetyConcern, confidentialNote, false, askDebrief}, by),
                   {familyOfVisit(outcome.visitId)}, AccessAction::Update,
                   QStringLiteral("visit_report"));
}

Status EditCommands::correctVisitReport(const VisitOutcome &outcome, const QString &safetyConcern,
                                        const QString &confidentialNote, const CurrentUser &by)
{
    return execute(
        new CompleteVisitCommand(*this, {outcome, safetyConcern, confidentialNote, true}, by),
        {familyOfVisit(outcome.visitId)}, AccessAction::Update, QStringLiteral("visit_report"));
}

Status EditCommands::cancelVisit(qint64 visitId, const QString &reason)
{
    return execute(new CancelVisitCommand(*this, visitId, VisitStatus::Cancelled, reason),
                   {familyOfVisit(visitId)}, AccessAction::Update, QStringLiteral("visit"));
}

Status EditCommands::markNoShow(qint64 visitId, const QString &reason)
{
    return execute(new CancelVisitCommand(*this, visitId, VisitStatus::NoShow, reason),
                   {familyOfVisit(visitId)}, AccessAction::Update, QStringLiteral("visit"));
}

Result<qint64> EditCommands::raiseConcern(const SafetyConcern &concern)
{
    auto *command = new RaiseConcernCommand(*this, concern);
    if (Status done = execute(command, {concern.familyId}, AccessAction::Update,
                              QStringLiteral("safety_concern"));
        !done)
        return done.error();
    return command->concernId();
}

Status EditCommands::closeConcern(qint64 concernId, const QString &note, const CurrentUser &by)
{
    // Not a QUndoCommand: an undo could only reopen the concern, which the database refuses
    // (it is the record of a meldcode step), and a copy raised anew would misstate its history.
    SafetyConcernStore store(m_db);
    auto concern = store.get(concernId);
    if (!concern)
        return concern.error();
    Status closed = m_db.transaction([&]() -> Status {
        if (Status done = store.close(concernId, note, by.displayName()); !done)
            return done;
        return AccessLog(m_db).record(m_actor, AccessAction::Update, concern->familyId,
                                      AccessOutcome::Success, QStringLiteral("safety_concern"));
    });
    if (!closed)
        return closed;
    emit m_notifier->safetyConcernsChanged(concern->familyId);
    if (concern->visitId > 0)
        emit m_notifier->visitsChanged({concern->visitId});
    return {};
}

Result<qint64> EditCommands::addFollowUp(const FollowUp &followUp)
{
    auto *command = new AddFollowUpCommand(*this, followUp);
    if (Status done = execute(command, {followUp.familyId}, AccessAction::Update,
                              QStringLiteral("follow_up"));
        !done)
        return done.error();
    return command->followUpId();
}

Status EditCommands::setFollowUpDone(qint64 followUpId, bool done)
{
    auto followUp = FollowUpStore(m_db).get(followUpId);
    if (!followUp)
        return followUp.error();
    if (followUp->doneOn.isValid() == done)
        return {}; // nothing to change, nothing to undo
    return execute(new ToggleFollowUpCommand(*this, followUp.value(), done, m_actor.name),
                   {followUp->familyId}, AccessAction::Update, QStringLiteral("follow_up"));
}

Result<qint64> EditCommands::addConfidentialNote(const ConfidentialNote &note,
                                                 const CurrentUser &author)
{
    // Someone other than the family's trusted person asking to write such a note is an access
    // refused, and on record; the store gives the reason.
    if (auto may = ConfidentialNoteStore(m_db).mayKeepNotes(note.familyId, author);
        may && !may.value())
        if (Status logged = AccessLog(m_db).record(
                m_actor, AccessAction::Update, note.familyId, AccessOutcome::Refused,
                QStringLiteral("confidential_note;not_trusted_person"));
            !logged)
            return logged.error();
    auto *command = new AddConfidentialNoteCommand(*this, note, author);
    if (Status done = execute(command, {note.familyId}, AccessAction::Update,
                              QStringLiteral("confidential_note"));
        !done)
        return done.error();
    return command->noteId();
}

Result<qint64> EditCommands::planVisit(const Visit &visit, ClashPolicy policy)
{
    auto *command = new PlanVisitCommand(*this, visit, policy);
    if (Status done =
            execute(command, {visit.familyId}, AccessAction::Update, QStringLiteral("visit"));
        !done)
        return done.error();
    return command->visitId();
}

Result<qint64> EditCommands::planSeries(const SeriesRequest &request, ClashPolicy policy)
{
    auto *command = new PlanSeriesCommand(*this, request, policy);
    if (Status done =
            execute(command, {request.familyId}, AccessAction::Update, QStringLiteral("visit"));
        !done)
        return done.error();
    return command->seriesId();
}

Status EditCommands::moveVisit(qint64 visitId, const QDateTime &start, int durationMinutes,
                               bool following, ClashPolicy policy)
{
    return execute(new MoveVisitCommand(*this, visitId, start, durationMinutes, following, policy),
                   {familyOfVisit(visitId)}, AccessAction::Update, QStringLiteral("visit"));
}

Result<QList<Consent>> EditCommands::giveConsent(const Consent &consent,
                                                 const QList<ConsentPurpose> &purposes)
{
    auto *command = new GiveConsentCommand(*this, consent, purposes);
    if (Status done =
            execute(command, {consent.familyId}, AccessAction::Update, QStringLiteral("consent"));
        !done)
        return done.error();
    return command->given();
}

Result<qint64> EditCommands::addSupport(const Support &support)
{
    auto *command = new AddSupportCommand(*this, support);
    if (Status done =
            execute(command, {support.familyId}, AccessAction::Update, QStringLiteral("support"));
        !done)
        return done.error();
    return command->supportId();
}

Status EditCommands::reviewSupport(const Support &support, const SupportReview &review)
{
    return execute(new ReviewSupportCommand(*this, support, review), {support.familyId},
                   AccessAction::Update, QStringLiteral("support"));
}

Result<qint64> EditCommands::addMapEntry(const NetworkMapEntry &entry)
{
    auto *command = new ChangeMapCommand(*this, ChangeMapCommand::Change::Add, entry);
    if (Status done =
            execute(command, {entry.familyId}, AccessAction::Update, QStringLiteral("network_map"));
        !done)
        return done.error();
    return command->entryId();
}

Result<qint64> EditCommands::addTraining(const Training &training)
{
    auto *command = new AddTrainingCommand(*this, training);
    if (Status done = execute(command); !done)
        return done.error();
    return command->trainingId();
}

Status EditCommands::editMapEntry(const NetworkMapEntry &entry)
{
    return execute(new ChangeMapCommand(*this, ChangeMapCommand::Change::Edit, entry),
                   {entry.familyId}, AccessAction::Update, QStringLiteral("network_map"));
}

Status EditCommands::removeMapEntry(const NetworkMapEntry &entry)
{
    return execute(new ChangeMapCommand(*this, ChangeMapCommand::Change::Remove, entry),
                   {entry.familyId}, AccessAction::Update, QStringLiteral("network_map"));
}

Result<qint64> EditCommands::recordMeeting(const Meeting &meeting)
{
    auto *command = new RecordMeetingCommand(*this, meeting);
    QList<qint64> families;
    for (const MeetingFamily &family : meeting.families)
        families << family.familyId;
    if (Status done = families.isEmpty() ? execute(command)
                                         : execute(command, families, AccessAction::Update,
                                                   QStringLiteral("consultation"));
        !done)
        return done.error();
    return command->meetingId();
}

Status EditCommands::recordDebriefHeld(const Debrief &debrief, const QDate &day,
                                       const QString &heldBy)
{
    return execute(new DebriefHeldCommand(*this, debrief, day, heldBy), {debrief.familyId},
                   AccessAction::Update, QStringLiteral("debrief"));
}

Result<qint64> EditCommands::sendReferral(const Referral &referral)
{
    auto organisation = OrganisationStore(m_db).get(referral.organisationId);
    auto *command =
        new SendReferralCommand(*this, referral, organisation ? organisation->name : QString());
    if (Status done =
            execute(command, {referral.familyId}, AccessAction::Update, QStringLiteral("referral"));
        !done)
        return done.error();
    return command->referralId();
}

Status EditCommands::advanceReferral(const Referral &referral, ReferralStatus to, const QDate &on,
                                     const QString &outcome)
{
    return execute(new AdvanceReferralCommand(*this, referral, to, on, outcome),
                   {referral.familyId}, AccessAction::Update, QStringLiteral("referral"));
}

Status EditCommands::withdrawConsent(qint64 consentId, const QDate &day)
{
    auto consent = ConsentStore(m_db).get(consentId);
    if (!consent)
        return consent.error();
    return execute(new WithdrawConsentCommand(*this, consent.value(), day), {consent->familyId},
                   AccessAction::Update, QStringLiteral("consent"));
}
