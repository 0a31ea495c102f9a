#pragma once
// Plans a series of home visits (weekly or every two weeks, N times) as one step; undo removes
// the series and all its visits, redo puts them back with their own ids.

#include "EditCommand.h"
#include "services/VisitPlanner.h"

class PlanSeriesCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanSeriesCommand)
public:
    PlanSeriesCommand(EditCommands &commands, const SeriesRequest &request, ClashPolicy policy);
    qint64 seriesId() const { return m_plan.series.id; }
    const SeriesPlan &plan() const { return m_plan; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    SeriesRequest m_request;
    ClashPolicy m_policy;
    SeriesPlan m_plan; // as stored, once planned
};
