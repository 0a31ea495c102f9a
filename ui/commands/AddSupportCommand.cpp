#include "AddSupportCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/SupportStore.h"

AddSupportCommand::AddSupportCommand(EditCommands &commands, const Support &support)
    : EditCommand(commands, tr("Add support \"%1\"").arg(support.what.trimmed())),
      m_support(support)
{
    m_support.id = 0;
}

Status AddSupportCommand::apply()
{
    SupportStore store(db());
    if (m_support.id > 0)
        return store.restore(m_support);
    auto id = store.add(m_support);
    if (!id)
        return id.error();
    auto stored = store.get(id.value());
    if (!stored)
        return stored.error();
    m_support = stored.value();
    // Undoing deletes it: not over a change someone else made meanwhile.
    guardRow(QStringLiteral("support"), m_support.id, 0,
             tr("the support \"%1\"").arg(m_support.what));
    return {};
}

Status AddSupportCommand::revert()
{
    return SupportStore(db()).remove(m_support.id);
}

void AddSupportCommand::announce() const
{
    emit notifier().networkChanged(m_support.familyId);
}
