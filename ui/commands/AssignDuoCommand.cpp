#include "AssignDuoCommand.h"

#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "services/FamilyProgress.h"
#include "storage/AssignmentStore.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"

AssignDuoCommand::AssignDuoCommand(EditCommands &commands, qint64 familyId, qint64 duoId,
                                   const QDate &from)
    : EditCommand(commands, QString()), m_familyId(familyId), m_duoId(duoId), m_from(from)
{
    auto family = FamilyStore(commands.database()).get(familyId);
    auto duo = DuoStore(commands.database()).get(duoId);
    const QString duoName = duo ? duo->displayName() : QString::number(duoId);
    const QString caseCode = family ? family->caseCode : QString::number(familyId);
    // The step of the status is named in the undo history, so it is seen to be part of it.
    const bool intake = family && FamilyProgress::moves(family->status, FamilyStatus::Intake);
    setText(intake ? tr("Assign %1 to %2; intake begins").arg(duoName, caseCode)
                   : tr("Assign %1 to %2").arg(duoName, caseCode));
    // The status step changes the family's row: this window's own change, not someone else's,
    // when a later step (or undo) on the family checks it.
    if (intake)
        guardRow(QStringLiteral("families"), familyId, 0, tr("the family %1").arg(caseCode));
}

Status AssignDuoCommand::apply()
{
    AssignmentStore store(db());
    auto before = store.history(m_familyId);
    if (!before)
        return before.error();
    auto assigned = store.assign(m_familyId, m_duoId, m_from);
    if (!assigned)
        return assigned.error();
    m_before = before.value();
    m_assignmentId = assigned.value();
    auto status = FamilyProgress(db()).advance(m_familyId, FamilyStatus::Intake);
    if (!status)
        return status.error();
    m_statusBefore = status.value();
    return {};
}

Status AssignDuoCommand::revert()
{
    if (Status back = FamilyProgress(db()).putBack(m_familyId, m_statusBefore); !back)
        return back;
    return AssignmentStore(db()).unassign(m_assignmentId, m_before);
}

void AssignDuoCommand::announce() const
{
    emit notifier().assignmentsChanged({m_familyId});
    emit notifier().familiesChanged({m_familyId});
}
