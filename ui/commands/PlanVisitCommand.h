#pragma once
// Plans one home visit for both members of a duo (VisitPlanner::plan); undo removes it again,
// redo puts it back with the same id, so later steps that refer to it still find it.

#include "EditCommand.h"
#include "domain/Domain.h"
#include "services/VisitPlanner.h"

class PlanVisitCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanVisitCommand)
public:
    // `policy`: Allow once the user has seen the clashes and chose to plan anyway.
    PlanVisitCommand(EditCommands &commands, const Visit &visit, ClashPolicy policy);
    qint64 visitId() const { return m_planned.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Visit m_request;
    ClashPolicy m_policy;
    Visit m_planned; // as stored, once planned
};
