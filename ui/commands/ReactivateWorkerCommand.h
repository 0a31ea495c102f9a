#pragma once
// Brings an archived worker back; their old duos stay ended (a new duo is formed). Undo archives
// the worker again.

#include "EditCommand.h"

class ReactivateWorkerCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReactivateWorkerCommand)
public:
    ReactivateWorkerCommand(EditCommands &commands, qint64 workerId);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    qint64 m_workerId;
};
