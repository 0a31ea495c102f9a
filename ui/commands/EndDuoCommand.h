#pragma once
// Ends a duo in one step with the handover of its families to the duos chosen in the dialog
// (see Handover); undo puts the duo and its families back.

#include "EditCommand.h"
#include "services/Handover.h"

class EndDuoCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(EndDuoCommand)
public:
    EndDuoCommand(EditCommands &commands, qint64 duoId, const QDate &day,
                  const QHash<qint64, qint64> &newDuos);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    qint64 m_duoId;
    QDate m_day;
    QHash<qint64, qint64> m_newDuos;
    HandoverRecord m_record; // of the latest apply
};
