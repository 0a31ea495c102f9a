#pragma once
// Changes a worker's details (name, organisation, languages, caseload, ...); undo restores them.

#include "EditCommand.h"
#include "domain/Domain.h"

class EditWorkerCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditWorkerCommand)
public:
    EditWorkerCommand(EditCommands &commands, const Worker &changed);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Worker m_changed;
    Worker m_before; // read anew on every apply
};
