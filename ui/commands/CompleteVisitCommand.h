#pragma once
// Marks a visit done with its report, or corrects the report of a done visit: presence, task
// split, topics, goals, notes and follow-ups (VisitReportStore), and with them, in the same
// step, a safety concern and a note for the trusted person only when the form has them. Undo
// puts the visit back as it was; the concern, which is never deleted, is withdrawn (closed
// with a note saying so), and a redo raises it again.

#include "EditCommand.h"
#include "domain/WorkerCare.h"
#include "services/CurrentUser.h"
#include "storage/VisitReportStore.h"

class CompleteVisitCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompleteVisitCommand)
public:
    struct Input
    {
        VisitOutcome outcome;
        QString safetyConcern;    // empty: none raised
        QString confidentialNote; // empty: none; only the duo's trusted person writes one
        bool correcting = false;  // the visit is done already: its report is corrected
        bool askDebrief = false;  // the one writing, of the duo, asks for a debrief after it
    };

    CompleteVisitCommand(EditCommands &commands, const Input &input, const CurrentUser &by);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Input m_input;
    CurrentUser m_by;
    qint64 m_familyId = 0;
    // Of the first apply: the visit before and after, so undo and redo restore it exactly.
    std::optional<VisitRecord> m_before;
    std::optional<VisitRecord> m_after;
    qint64 m_concernId = 0;  // of the latest apply
    ConfidentialNote m_note; // as stored, once added
    Debrief m_debrief;       // as asked for, once asked
    // The family's status before the first done visit made it active (FamilyProgress).
    FamilyStatus m_statusBefore = FamilyStatus::Active;
};
