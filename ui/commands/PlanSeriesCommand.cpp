#include "PlanSeriesCommand.h"

#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "storage/FamilyStore.h"

PlanSeriesCommand::PlanSeriesCommand(EditCommands &commands, const SeriesRequest &request,
                                     ClashPolicy policy)
    : EditCommand(commands, QString()), m_request(request), m_policy(policy)
{
    auto family = FamilyStore(commands.database()).get(request.familyId);
    setText(tr("Plan %n visit(s) to %1", "", request.occurrences)
                .arg(family ? family->caseCode : QString::number(request.familyId)));
}

Status PlanSeriesCommand::apply()
{
    VisitPlanner planner(db());
    if (m_plan.series.id > 0)
        return planner.replanSeries(m_plan);
    auto planned = planner.planSeries(m_request, m_policy);
    if (!planned)
        return planned.error();
    m_plan = planned.value();
    return {};
}

Status PlanSeriesCommand::revert()
{
    return VisitPlanner(db()).unplanSeries(m_plan.series.id);
}

void PlanSeriesCommand::announce() const
{
    QList<qint64> ids;
    for (const Visit &v : m_plan.visits)
        ids << v.id;
    emit notifier().visitsChanged(ids);
}
