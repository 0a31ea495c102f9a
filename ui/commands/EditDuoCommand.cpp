#include "EditDuoCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/DuoStore.h"

EditDuoCommand::EditDuoCommand(EditCommands &commands, const Duo &changed)
    : EditCommand(commands, tr("Edit duo")), m_changed(changed)
{
    guardRow(QStringLiteral("duos"), changed.id, changed.version, tr("this duo"));
}

Status EditDuoCommand::apply()
{
    DuoStore store(db());
    auto before = store.get(m_changed.id);
    if (!before)
        return before.error();
    m_before = before.value();
    if (Status updated = store.update(m_changed); !updated)
        return updated;
    auto after = store.get(m_changed.id);
    if (after)
        setText(tr("Edit duo %1").arg(after->displayName()));
    return {};
}

Status EditDuoCommand::revert()
{
    return DuoStore(db()).update(m_before);
}

void EditDuoCommand::announce() const
{
    emit notifier().duosChanged({m_changed.id});
    emit notifier().assignmentsChanged({}); // caseloads follow the duo's members
}
