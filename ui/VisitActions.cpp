#include "VisitActions.h"

#include "MessageBox.h"
#include "commands/EditCommands.h"
#include "dialogs/CloseConcernDialog.h"
#include "dialogs/DebriefHeldDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/MissedVisitDialog.h"
#include "dialogs/RaiseConcernDialog.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/ReferralStepDialog.h"
#include "dialogs/VisitReportDialog.h"
#include "storage/AccessLog.h"
#include "storage/AssignmentStore.h"
#include "storage/DebriefStore.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/ReferralStore.h"
#include "storage/SafetyConcernStore.h"
#include "storage/VisitStore.h"

#include <QMenu>

namespace {
template <typename Dialog> void openModeless(Dialog *dialog)
{
    // Window-modal and deleted on close, like every form: tests find it among the window's
    // children and nothing blocks.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
} // namespace

VisitActions::VisitActions(EditCommands *commands, std::function<CurrentUser()> user,
                           QWidget *window)
    : QObject(window), m_commands(commands), m_user(std::move(user)), m_window(window)
{}

EditCommands *VisitActions::commands() const
{
    return m_commands;
}

void VisitActions::report(const QString &title, const QString &message)
{
    MessageBox::critical(m_window, title, message);
}

void VisitActions::addVisitActions(QMenu *menu, const Visit &visit)
{
    const qint64 id = visit.id;
    const bool started = visit.start <= QDateTime::currentDateTime();
    if (visit.status == VisitStatus::Done) {
        menu->addAction(tr("Visit Report…"), this, [this, id] { markDone(id); });
    } else if (started) {
        menu->addAction(tr("Mark Done…"), this, [this, id] { markDone(id); });
    }
    if (visit.status == VisitStatus::Planned || visit.status == VisitStatus::NoShow)
        menu->addAction(tr("Cancel Visit…"), this, [this, id] { cancelVisit(id); });
    if (started && (visit.status == VisitStatus::Planned || visit.status == VisitStatus::Cancelled))
        menu->addAction(tr("No-show…"), this, [this, id] { markNoShow(id); });
    menu->addSeparator();
    const qint64 family = visit.familyId;
    menu->addAction(tr("Raise Safety Concern…"), this,
                    [this, family, id] { raiseConcern(family, id); });
}

void VisitActions::openVisit(qint64 visitId)
{
    markDone(visitId);
}

void VisitActions::markDone(qint64 visitId)
{
    if (!m_commands)
        return;
    auto visit = VisitStore(m_commands->database()).get(visitId);
    if (!visit)
        return report(tr("Visit Report"), visit.message());
    // The report shows the family's household and notes: reading it is reading the family's
    // file (NEN 7513), as opening the family is.
    if (Status logged = AccessLog(m_commands->database())
                            .record(m_commands->actor(), AccessAction::Read, visit->familyId,
                                    AccessOutcome::Success, QStringLiteral("visit_report"));
        !logged)
        return report(tr("Visit Report"), logged.message());
    openModeless(new VisitReportDialog(*m_commands, visitId, currentUser(), m_window));
}

void VisitActions::cancelVisit(qint64 visitId)
{
    if (!m_commands)
        return;
    auto visit = VisitStore(m_commands->database()).get(visitId);
    if (!visit)
        return report(tr("Cancel Visit"), visit.message());
    openModeless(
        new MissedVisitDialog(*m_commands, visit.value(), VisitStatus::Cancelled, m_window));
}

void VisitActions::markNoShow(qint64 visitId)
{
    if (!m_commands)
        return;
    auto visit = VisitStore(m_commands->database()).get(visitId);
    if (!visit)
        return report(tr("No-show"), visit.message());
    openModeless(new MissedVisitDialog(*m_commands, visit.value(), VisitStatus::NoShow, m_window));
}

void VisitActions::raiseConcern(qint64 familyId, qint64 visitId)
{
    if (!m_commands)
        return;
    auto family = FamilyStore(m_commands->database()).get(familyId);
    if (!family)
        return report(tr("Raise Safety Concern"), family.message());
    openModeless(
        new RaiseConcernDialog(*m_commands, family.value(), visitId, currentUser(), m_window));
}

void VisitActions::closeConcern(qint64 concernId)
{
    if (!m_commands)
        return;
    auto concern = SafetyConcernStore(m_commands->database()).get(concernId);
    if (!concern)
        return report(tr("Close Safety Concern"), concern.message());
    openModeless(new CloseConcernDialog(*m_commands, concern.value(), currentUser(), m_window));
}

std::optional<std::pair<Family, Duo>>
VisitActions::familyAndDuo(qint64 familyId, const QString &title, const QString &noDuo)
{
    Database &db = m_commands->database();
    auto family = FamilyStore(db).get(familyId);
    auto current = family ? AssignmentStore(db).current(familyId)
                          : Result<std::optional<Assignment>>(family.error());
    if (!current) {
        report(title, current.message());
        return std::nullopt;
    }
    if (!current.value()) {
        report(title, noDuo.arg(family->caseCode));
        return std::nullopt;
    }
    auto duo = DuoStore(db).get(current.value()->duoId);
    if (!duo) {
        report(title, duo.message());
        return std::nullopt;
    }
    return std::make_pair(family.value(), duo.value());
}

void VisitActions::addFollowUp(qint64 familyId)
{
    if (!m_commands)
        return;
    const auto found = familyAndDuo(familyId, tr("New Follow-up Action"),
                                    tr("%1 has no duo at the moment; a follow-up action belongs "
                                       "to one of the family's duo."));
    if (found)
        openModeless(new FollowUpDialog(*m_commands, found->first, found->second,
                                        currentUser().workerId, m_window));
}

void VisitActions::sendReferral(qint64 familyId, qint64 visitId)
{
    if (!m_commands)
        return;
    const auto found = familyAndDuo(familyId, tr("New Referral"),
                                    tr("%1 has no duo at the moment; a referral is sent by one "
                                       "of the family's duo."));
    if (found)
        openModeless(new ReferralDialog(*m_commands, found->first, found->second,
                                        currentUser().workerId, visitId, m_window));
}

void VisitActions::advanceReferral(qint64 referralId)
{
    if (!m_commands)
        return;
    auto referral = ReferralStore(m_commands->database()).get(referralId);
    if (!referral)
        return report(tr("Referral"), referral.message());
    if (ReferralStepDialog::nextSteps(referral->status).isEmpty())
        return;
    openModeless(new ReferralStepDialog(*m_commands, referral.value(), m_window));
}

void VisitActions::recordDebriefHeld(qint64 debriefId)
{
    if (!m_commands)
        return;
    auto debrief = DebriefStore(m_commands->database()).get(debriefId);
    if (!debrief)
        return report(tr("Debrief"), debrief.message());
    if (debrief->heldOn.isValid())
        return;
    openModeless(
        new DebriefHeldDialog(*m_commands, debrief.value(), m_user().displayName(), m_window));
}

void VisitActions::setFollowUpDone(qint64 followUpId, bool done)
{
    if (!m_commands)
        return;
    if (Status set = m_commands->setFollowUpDone(followUpId, done); !set)
        report(tr("Follow-up Action"), set.message());
}

bool VisitActions::addConfidentialNote(qint64 familyId, const QString &text)
{
    if (!m_commands)
        return false;
    ConfidentialNote note;
    note.familyId = familyId;
    note.text = text;
    auto added = m_commands->addConfidentialNote(note, currentUser());
    if (!added) {
        report(tr("Note for the Trusted Person"), added.message());
        return false;
    }
    return true;
}
