#pragma once
// Archives a worker in one step with the handover of their families to the duos chosen in the
// dialog, and ends the worker's duos (see Handover); undo puts all of it back.

#include "EditCommand.h"
#include "services/Handover.h"

class ArchiveWorkerCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveWorkerCommand)
public:
    ArchiveWorkerCommand(EditCommands &commands, qint64 workerId, const QDate &day,
                         const QHash<qint64, qint64> &newDuos);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    qint64 m_workerId;
    QDate m_day;
    QHash<qint64, qint64> m_newDuos;
    HandoverRecord m_record; // of the latest apply
};
