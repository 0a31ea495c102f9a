#include "AddFamilyCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/FamilyStore.h"

AddFamilyCommand::AddFamilyCommand(EditCommands &commands, const Family &family)
    : EditCommand(commands, tr("Add family %1").arg(family.familyName.trimmed())), m_family(family)
{
    m_family.id = 0;
}

Status AddFamilyCommand::apply()
{
    FamilyStore store(db());
    if (m_family.id > 0)
        return store.restore(m_family);
    auto added = store.add(m_family);
    if (!added)
        return added.error();
    m_family = added.value();
    // Undoing deletes it: not over a change someone else made meanwhile.
    guardRow(QStringLiteral("families"), m_family.id, 0,
             tr("the family %1 (%2)").arg(m_family.familyName.trimmed(), m_family.caseCode));
    return {};
}

Status AddFamilyCommand::revert()
{
    return FamilyStore(db()).remove(m_family.id);
}

void AddFamilyCommand::announce() const
{
    emit notifier().familiesChanged({m_family.id});
}
