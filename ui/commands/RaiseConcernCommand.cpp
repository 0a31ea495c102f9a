#include "RaiseConcernCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/SafetyConcernStore.h"

RaiseConcernCommand::RaiseConcernCommand(EditCommands &commands, const SafetyConcern &concern)
    : EditCommand(commands, tr("Raise safety concern")), m_concern(concern)
{}

Status RaiseConcernCommand::apply()
{
    SafetyConcern concern = m_concern;
    concern.raisedAt = QDateTime(); // now, also on a redo
    SafetyConcernStore store(db());
    auto raised = store.raise(concern);
    if (!raised)
        return raised.error();
    m_concernId = raised.value();
    auto stored = store.get(m_concernId);
    if (!stored)
        return stored.error();
    m_concern.familyId = stored->familyId;
    return {};
}

Status RaiseConcernCommand::revert()
{
    return SafetyConcernStore(db()).withdraw(m_concernId, m_concern.raisedBy);
}

void RaiseConcernCommand::announce() const
{
    emit notifier().safetyConcernsChanged(m_concern.familyId);
    if (m_concern.visitId > 0)
        emit notifier().visitsChanged({m_concern.visitId});
}
