#pragma once
// Moves a planned visit to another start or duration, or (for a series) this visit and every
// later planned visit of the series by the same change; undo puts each back where it was.

#include "EditCommand.h"
#include "services/VisitPlanner.h"

class MoveVisitCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveVisitCommand)
public:
    MoveVisitCommand(EditCommands &commands, qint64 visitId, const QDateTime &start,
                     int durationMinutes, bool following, ClashPolicy policy);

protected:
    Status apply() override;
    Status revert() override;
    void announce() const override;

private:
    qint64 m_visitId;
    QString m_caseCode; // of the visit's family, for messages
    QDateTime m_start;
    int m_durationMinutes;
    bool m_following;
    ClashPolicy m_policy;
    QList<VisitTime> m_before; // of the latest apply: where the moved visits were
};
