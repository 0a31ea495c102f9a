#include "AssignDuoCommand.h"

#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "storage/AssignmentStore.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"

AssignDuoCommand::AssignDuoCommand(EditCommands &commands, qint64 familyId, qint64 duoId,
                                   const QDate &from)
    : EditCommand(commands, QString()), m_familyId(familyId), m_duoId(duoId), m_from(from)
{
    auto family = FamilyStore(commands.database()).get(familyId);
    auto duo = DuoStore(commands.database()).get(duoId);
    setText(tr("Assign %1 to %2")
                .arg(duo ? duo->displayName() : QString::number(duoId),
                     family ? family->caseCode : QString::number(familyId)));
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
    return {};
}

Status AssignDuoCommand::revert()
{
    return AssignmentStore(db()).unassign(m_assignmentId, m_before);
}

void AssignDuoCommand::announce() const
{
    emit notifier().assignmentsChanged({m_familyId});
}
