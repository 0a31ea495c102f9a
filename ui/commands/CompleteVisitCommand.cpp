#include "CompleteVisitCommand.h"

#include "DisplayText.h"
#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "services/FamilyProgress.h"
#include "storage/ConfidentialNoteStore.h"
#include "storage/DebriefStore.h"
#include "storage/FamilyStore.h"
#include "storage/SafetyConcernStore.h"
#include "storage/VisitStore.h"

CompleteVisitCommand::CompleteVisitCommand(EditCommands &commands, const Input &input,
                                           const CurrentUser &by)
    : EditCommand(commands, QString()), m_input(input), m_by(by)
{
    auto visit = VisitStore(commands.database()).get(input.outcome.visitId);
    const QString which =
        visit ? tr("%1 on %2").arg(visit->caseCode, DisplayText::dateTime(visit->start))
              : QString::number(input.outcome.visitId);
    m_familyId = visit ? visit->familyId : 0;
    // The first visit done makes the family active; the undo history says so.
    auto status = m_familyId > 0 ? FamilyStore(commands.database()).status(m_familyId)
                                 : Result<FamilyStatus>(FamilyStatus::Active);
    const bool activates =
        !input.correcting && status && FamilyProgress::moves(status.value(), FamilyStatus::Active);
    if (activates) // the status step changes the family's row (see AssignDuoCommand)
        guardRow(QStringLiteral("families"), m_familyId, 0,
                 tr("the family %1").arg(visit ? visit->caseCode : QString()));
    setText(input.correcting ? tr("Correct visit report of %1").arg(which)
            : activates      ? tr("Visit report of %1; the family is active").arg(which)
                             : tr("Visit report of %1").arg(which));
    guardRow(QStringLiteral("visits"), input.outcome.visitId, input.outcome.visitVersion,
             tr("the visit to %1").arg(which));
    guardRow(QStringLiteral("visit_reports"), input.outcome.visitId, input.outcome.report.version,
             tr("the report of the visit to %1").arg(which));
}

Status CompleteVisitCommand::apply()
{
    VisitReportStore reports(db());
    const qint64 visitId = m_input.outcome.visitId;
    if (m_after) {
        // A redo: exactly the state the first run left, follow-ups with their own ids.
        if (Status s = reports.restore(*m_after); !s)
            return s;
    } else {
        auto before = reports.record(visitId);
        if (!before)
            return before.error();
        const Status saved = m_input.correcting
                                 ? reports.edit(m_input.outcome, m_by.displayName())
                                 : reports.complete(m_input.outcome, m_by.displayName());
        if (!saved)
            return saved;
        auto after = reports.record(visitId);
        if (!after)
            return after.error();
        m_before = before.value();
        m_after = after.value();
        m_familyId = m_after->visit.familyId;
    }
    if (!m_input.correcting) {
        auto status = FamilyProgress(db()).advance(m_familyId, FamilyStatus::Active);
        if (!status)
            return status.error();
        m_statusBefore = status.value();
    }
    if (!m_input.safetyConcern.trimmed().isEmpty()) {
        SafetyConcern concern;
        concern.visitId = visitId;
        concern.description = m_input.safetyConcern;
        concern.raisedBy = m_by.displayName();
        auto raised = SafetyConcernStore(db()).raise(concern);
        if (!raised)
            return raised.error();
        m_concernId = raised.value();
    }
    if (m_input.askDebrief) {
        DebriefStore debriefs(db());
        if (m_debrief.id > 0) {
            if (Status s = debriefs.putBack(m_debrief); !s)
                return s;
        } else {
            auto asked = debriefs.ask(visitId, m_by.workerId);
            if (!asked)
                return asked.error();
            m_debrief = asked.value();
        }
    }
    if (!m_input.confidentialNote.trimmed().isEmpty()) {
        ConfidentialNoteStore notes(db());
        if (m_note.id > 0)
            return notes.restore(m_note, m_by);
        ConfidentialNote note;
        note.familyId = m_familyId;
        note.visitId = visitId;
        note.trustedPersonId = m_by.workerId;
        note.writtenAt = QDateTime::currentDateTime();
        note.text = m_input.confidentialNote;
        auto added = notes.add(note, m_by);
        if (!added)
            return added.error();
        m_note = note;
        m_note.id = added.value();
        m_note.text = note.text.trimmed();
    }
    return {};
}

Status CompleteVisitCommand::revert()
{
    if (m_note.id > 0)
        if (Status s = ConfidentialNoteStore(db()).remove(m_note.id, m_by); !s)
            return s;
    // Before the report goes back: the request needs a visit that took place.
    if (m_debrief.id > 0)
        if (Status s = DebriefStore(db()).withdraw(m_debrief.id); !s)
            return s;
    if (m_concernId > 0)
        if (Status s = SafetyConcernStore(db()).withdraw(m_concernId, m_by.displayName()); !s)
            return s;
    if (!m_input.correcting)
        if (Status s = FamilyProgress(db()).putBack(m_familyId, m_statusBefore); !s)
            return s;
    return VisitReportStore(db()).restore(*m_before);
}

void CompleteVisitCommand::announce() const
{
    emit notifier().visitsChanged({m_input.outcome.visitId});
    emit notifier().followUpsChanged(m_familyId);
    if (!m_input.correcting)
        emit notifier().familiesChanged({m_familyId});
    if (!m_input.safetyConcern.trimmed().isEmpty())
        emit notifier().safetyConcernsChanged(m_familyId);
    if (!m_input.confidentialNote.trimmed().isEmpty())
        emit notifier().confidentialNotesChanged(m_familyId);
    if (m_input.askDebrief)
        emit notifier().meetingsChanged();
}
