#include "PlanVisitCommand.h"

#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "storage/FamilyStore.h"

PlanVisitCommand::PlanVisitCommand(EditCommands &commands, const Visit &visit, ClashPolicy policy)
    : EditCommand(commands, QString()), m_request(visit), m_policy(policy)
{
    auto family = FamilyStore(commands.database()).get(visit.familyId);
    setText(
        tr("Plan visit to %1").arg(family ? family->caseCode : QString::number(visit.familyId)));
}

Status PlanVisitCommand::apply()
{
    VisitPlanner planner(db());
    if (m_planned.id > 0)
        return planner.replan(m_planned);
    auto planned = planner.plan(m_request, m_policy);
    if (!planned)
        return planned.error();
    m_planned = planned.value();
    // Undoing deletes it: not over a change someone else made meanwhile.
    guardRow(QStringLiteral("visits"), m_planned.id, 0,
             tr("the visit to %1").arg(m_planned.caseCode));
    return {};
}

Status PlanVisitCommand::revert()
{
    return VisitPlanner(db()).unplan(m_planned.id);
}

void PlanVisitCommand::announce() const
{
    emit notifier().visitsChanged({m_planned.id});
}
