#include "AddMemberCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/FamilyStore.h"

AddMemberCommand::AddMemberCommand(EditCommands &commands, const HouseholdMember &member)
    : EditCommand(commands, tr("Add household member %1").arg(member.firstName.trimmed())),
      m_member(member)
{
    m_member.id = 0;
}

Status AddMemberCommand::apply()
{
    FamilyStore store(db());
    if (m_member.id > 0)
        return store.restoreMember(m_member);
    auto id = store.addMember(m_member);
    if (!id)
        return id.error();
    auto stored = store.member(id.value());
    if (!stored)
        return stored.error();
    m_member = stored.value();
    // Undoing deletes it: not over a change someone else made meanwhile.
    guardRow(QStringLiteral("household_members"), m_member.id, 0,
             tr("the household member %1").arg(m_member.firstName));
    return {};
}

Status AddMemberCommand::revert()
{
    return FamilyStore(db()).removeMember(m_member.id);
}

void AddMemberCommand::announce() const
{
    emit notifier().householdChanged(m_member.familyId);
}
