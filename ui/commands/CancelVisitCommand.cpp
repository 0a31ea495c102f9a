#include "CancelVisitCommand.h"

#include "DisplayText.h"
#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "storage/VisitStore.h"

CancelVisitCommand::CancelVisitCommand(EditCommands &commands, qint64 visitId, VisitStatus status,
                                       const QString &reason)
    : EditCommand(commands, QString()), m_visitId(visitId), m_status(status), m_reason(reason)
{
    auto visit = VisitStore(commands.database()).get(visitId);
    const QString which =
        visit ? tr("%1 on %2").arg(visit->caseCode, DisplayText::dateTime(visit->start))
              : QString::number(visitId);
    setText(status == VisitStatus::NoShow ? tr("No-show at %1").arg(which)
                                          : tr("Cancel visit to %1").arg(which));
    guardRow(QStringLiteral("visits"), visitId, 0, tr("the visit to %1").arg(which));
}

Status CancelVisitCommand::apply()
{
    VisitReportStore store(db());
    auto before = store.record(m_visitId);
    if (!before)
        return before.error();
    const Status set = m_status == VisitStatus::NoShow ? store.markNoShow(m_visitId, m_reason)
                                                       : store.cancel(m_visitId, m_reason);
    if (!set)
        return set;
    if (!m_before)
        m_before = before.value();
    return {};
}

Status CancelVisitCommand::revert()
{
    return VisitReportStore(db()).restore(*m_before);
}

void CancelVisitCommand::announce() const
{
    emit notifier().visitsChanged({m_visitId});
}
