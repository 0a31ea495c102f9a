#pragma once
// Records that a debrief asked for after a heavy visit took place, on which day and held by
// whom; undo makes the request open again.

#include "EditCommand.h"
#include "domain/WorkerCare.h"

class DebriefHeldCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DebriefHeldCommand)
public:
    DebriefHeldCommand(EditCommands &commands, const Debrief &debrief, const QDate &day,
                       const QString &heldBy);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    Debrief m_debrief;
    QDate m_day;
    QString m_heldBy;
};
