#include "RemoveMemberCommand.h"

#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "storage/FamilyStore.h"

RemoveMemberCommand::RemoveMemberCommand(EditCommands &commands, qint64 memberId)
    : EditCommand(commands, QString()), m_memberId(memberId)
{
    auto member = FamilyStore(commands.database()).member(memberId);
    setText(tr("Remove household member %1")
                .arg(member ? member->firstName : QString::number(memberId)));
}

Status RemoveMemberCommand::apply()
{
    FamilyStore store(db());
    auto before = store.member(m_memberId);
    if (!before)
        return before.error();
    m_before = before.value();
    return store.removeMember(m_memberId);
}

Status RemoveMemberCommand::revert()
{
    return FamilyStore(db()).restoreMember(m_before);
}

void RemoveMemberCommand::announce() const
{
    emit notifier().householdChanged(m_before.familyId);
}
