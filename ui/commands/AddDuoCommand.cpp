#include "AddDuoCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/DuoStore.h"

AddDuoCommand::AddDuoCommand(EditCommands &commands, const Duo &duo)
    : EditCommand(commands, tr("Add duo")), m_duo(duo)
{
    m_duo.id = 0;
}

Status AddDuoCommand::apply()
{
    DuoStore store(db());
    if (m_duo.id > 0)
        return store.restore(m_duo);
    auto id = store.add(m_duo);
    if (!id)
        return id.error();
    auto stored = store.get(id.value());
    if (!stored)
        return stored.error();
    m_duo = stored.value();
    setText(tr("Add duo %1").arg(m_duo.displayName()));
    // Undoing deletes it: not over a change someone else made meanwhile.
    guardRow(QStringLiteral("duos"), m_duo.id, 0, tr("the duo %1").arg(m_duo.displayName()));
    return {};
}

Status AddDuoCommand::revert()
{
    return DuoStore(db()).remove(m_duo.id);
}

void AddDuoCommand::announce() const
{
    emit notifier().duosChanged({m_duo.id});
}
