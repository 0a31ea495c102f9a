#pragma once
// Records an interim evaluation with its scores (and, for a decision to stop, the end of the
// goals it scored) as one step; undo removes it and works on those goals again.

#include "EditCommand.h"
#include "domain/Domain.h"

class AddEvaluationCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddEvaluationCommand)
public:
    AddEvaluationCommand(EditCommands &commands, const Evaluation &evaluation);
    qint64 evaluationId() const { return m_evaluation.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Evaluation m_evaluation;      // with its id once added
    QList<qint64> m_endedGoalIds; // by the latest apply
};
