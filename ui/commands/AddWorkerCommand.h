#pragma once
// Adds a trusted person or professional; undo removes them, redo puts them back with the same id.

#include "EditCommand.h"
#include "domain/Domain.h"

class AddWorkerCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddWorkerCommand)
public:
    AddWorkerCommand(EditCommands &commands, const Worker &worker);
    qint64 workerId() const { return m_worker.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Worker m_worker; // as stored, once added
};
