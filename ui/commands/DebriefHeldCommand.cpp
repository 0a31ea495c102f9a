#include "DebriefHeldCommand.h"

#include "DisplayText.h"
#include "services/ChangeNotifier.h"
#include "storage/DebriefStore.h"

DebriefHeldCommand::DebriefHeldCommand(EditCommands &commands, const Debrief &debrief,
                                       const QDate &day, const QString &heldBy)
    : EditCommand(commands, tr("Debrief of %1 after the visit of %2 held")
                                .arg(debrief.workerName, DisplayText::date(debrief.visitDay))),
      m_debrief(debrief), m_day(day), m_heldBy(heldBy)
{}

Status DebriefHeldCommand::apply()
{
    return DebriefStore(db()).setHeld(m_debrief.id, m_day, m_heldBy);
}

Status DebriefHeldCommand::revert()
{
    return DebriefStore(db()).setHeld(m_debrief.id, QDate(), QString());
}

void DebriefHeldCommand::announce() const
{
    emit notifier().meetingsChanged();
}
