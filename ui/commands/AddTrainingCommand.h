#pragma once
// Records a course a worker followed; undo removes it, redo puts it back with the same id.

#include "EditCommand.h"
#include "domain/WorkerCare.h"

class AddTrainingCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTrainingCommand)
public:
    AddTrainingCommand(EditCommands &commands, const Training &training);
    qint64 trainingId() const { return m_training.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Training m_training; // as stored, once added
};
