#include "MoveVisitCommand.h"

#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "storage/VisitStore.h"

MoveVisitCommand::MoveVisitCommand(EditCommands &commands, qint64 visitId, const QDateTime &start,
                                   int durationMinutes, bool following, ClashPolicy policy)
    : EditCommand(commands, QString()), m_visitId(visitId), m_start(start),
      m_durationMinutes(durationMinutes), m_following(following), m_policy(policy)
{
    auto visit = VisitStore(commands.database()).get(visitId);
    m_caseCode = visit ? visit->caseCode : QString::number(visitId);
    setText(following ? tr("Move visits to %1 from this one on").arg(m_caseCode)
                      : tr("Move visit to %1").arg(m_caseCode));
}

Status MoveVisitCommand::apply()
{
    VisitPlanner planner(db());
    // A redo finds the visits where the first run found them (undo put them back), so the
    // same move gives the same result; the user chose about clashes the first time.
    const ClashPolicy policy = m_before.isEmpty() ? m_policy : ClashPolicy::Allow;
    auto before = m_following ? planner.moveFollowing(m_visitId, m_start, m_durationMinutes, policy)
                              : planner.move(m_visitId, m_start, m_durationMinutes, policy);
    if (!before)
        return before.error();
    m_before = before.value();
    for (const VisitTime &t : std::as_const(m_before))
        guardRow(QStringLiteral("visits"), t.visitId, 0, tr("the visit to %1").arg(m_caseCode));
    return {};
}

Status MoveVisitCommand::revert()
{
    return VisitPlanner(db()).setTimes(m_before);
}

void MoveVisitCommand::announce() const
{
    QList<qint64> ids;
    for (const VisitTime &t : m_before)
        ids << t.visitId;
    emit notifier().visitsChanged(ids);
}
