#include "AddEvaluationCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/EvaluationStore.h"

#include <QLocale>

AddEvaluationCommand::AddEvaluationCommand(EditCommands &commands, const Evaluation &evaluation)
    : EditCommand(
          commands,
          tr("Evaluation of %1").arg(QLocale().toString(evaluation.heldOn, QLocale::ShortFormat))),
      m_evaluation(evaluation)
{
    m_evaluation.id = 0;
}

Status AddEvaluationCommand::apply()
{
    EvaluationStore store(db());
    auto added = m_evaluation.id > 0 ? store.restore(m_evaluation) : store.add(m_evaluation);
    if (!added)
        return added.error();
    m_evaluation.id = added->id;
    m_endedGoalIds = added->endedGoalIds;
    return {};
}

Status AddEvaluationCommand::revert()
{
    return EvaluationStore(db()).remove(m_evaluation.id, m_endedGoalIds);
}

void AddEvaluationCommand::announce() const
{
    emit notifier().goalsChanged(m_evaluation.familyId);
}
