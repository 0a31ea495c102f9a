#include "EditMemberCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/FamilyStore.h"

EditMemberCommand::EditMemberCommand(EditCommands &commands, const HouseholdMember &changed)
    : EditCommand(commands, tr("Edit household member %1").arg(changed.firstName.trimmed())),
      m_changed(changed)
{
    // The form's own row, whose typed name may be what was changed.
    guardRow(QStringLiteral("household_members"), changed.id, changed.version,
             tr("this household member"));
}

Status EditMemberCommand::apply()
{
    FamilyStore store(db());
    auto before = store.member(m_changed.id);
    if (!before)
        return before.error();
    m_before = before.value();
    return store.updateMember(m_changed);
}

Status EditMemberCommand::revert()
{
    return FamilyStore(db()).updateMember(m_before);
}

void EditMemberCommand::announce() const
{
    emit notifier().householdChanged(m_before.familyId);
}
