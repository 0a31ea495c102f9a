#include "AddTrainingCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/TrainingStore.h"

AddTrainingCommand::AddTrainingCommand(EditCommands &commands, const Training &training)
    : EditCommand(commands, tr("Add training \"%1\"").arg(training.course.trimmed())),
      m_training(training)
{
    m_training.id = 0;
}

Status AddTrainingCommand::apply()
{
    TrainingStore store(db());
    if (m_training.id > 0)
        return store.restore(m_training);
    auto id = store.add(m_training);
    if (!id)
        return id.error();
    auto stored = store.get(id.value());
    if (!stored)
        return stored.error();
    m_training = stored.value();
    // Undoing deletes it: not over a change someone else made meanwhile.
    guardRow(QStringLiteral("trainings"), m_training.id, 0,
             tr("the training \"%1\"").arg(m_training.course));
    return {};
}

Status AddTrainingCommand::revert()
{
    return TrainingStore(db()).remove(m_training.id);
}

void AddTrainingCommand::announce() const
{
    // Training is part of the care for workers the caseload page shows, as meetings are.
    emit notifier().meetingsChanged();
}
