#include "EditFamilyCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/AssignmentStore.h"
#include "storage/FamilyStore.h"
#include "storage/RowVersions.h"

EditFamilyCommand::EditFamilyCommand(EditCommands &commands, const Family &changed)
    : EditCommand(commands, QString()), m_changed(changed)
{
    setText(changed.status == FamilyStatus::Closed
                ? tr("Close family %1").arg(changed.familyName.trimmed())
                : tr("Edit family %1").arg(changed.familyName.trimmed()));
    guardRow(
        QStringLiteral("families"), changed.id, changed.version,
        FamilyStore::tr("the family %1 (%2)").arg(changed.familyName.trimmed(), changed.caseCode));
}

Status EditFamilyCommand::apply()
{
    FamilyStore store(db());
    auto before = store.get(m_changed.id);
    if (!before)
        return before.error();
    auto assignments = AssignmentStore(db()).history(m_changed.id);
    if (!assignments)
        return assignments.error();
    m_before = before.value();
    m_assignmentsBefore = assignments.value();
    // A family already closed is only being corrected.
    if (m_before.status == FamilyStatus::Closed)
        setText(tr("Edit family %1").arg(m_changed.familyName.trimmed()));
    return update(m_changed);
}

Status EditFamilyCommand::update(Family family)
{
    auto version = RowVersions::current(db(), QStringLiteral("families"), family.id);
    if (!version)
        return version.error();
    family.version = version.value();
    return FamilyStore(db()).update(family);
}

Status EditFamilyCommand::revert()
{
    if (Status restored = update(m_before); !restored)
        return restored;
    return AssignmentStore(db()).restoreEnds(m_assignmentsBefore);
}

void EditFamilyCommand::announce() const
{
    emit notifier().familiesChanged({m_changed.id});
    emit notifier().assignmentsChanged({m_changed.id});
}
