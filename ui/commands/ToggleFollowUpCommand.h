#pragma once
// Ticks a follow-up action off as done today by the one who works now, or makes a done one open
// again; undo gives it back the done date and the name it had.

#include "EditCommand.h"
#include "domain/Domain.h"

class ToggleFollowUpCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(ToggleFollowUpCommand)
public:
    ToggleFollowUpCommand(EditCommands &commands, const FollowUp &followUp, bool done,
                          const QString &by, const QDate &day = QDate::currentDate());

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    qint64 m_id;
    qint64 m_familyId;
    QDate m_before;
    QDate m_after;
    QString m_beforeBy;
    QString m_afterBy;
};
