#include "EditFamilyCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/AssignmentStore.h"
#include "storage/FamilyStore.h"

EditFamilyCommand::EditFamilyCommand(EditCommands &commands, const Family &changed)
    : EditCommand(commands, QString()), m_changed(changed)
{
    setText(changed.status == FamilyStatus::Closed
                ? tr("Close family %1").arg(changed.familyName.trimmed())
                : tr("Edit family %1").arg(changed.familyName.trimmed()));
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
    Family changed = m_changed; // first run: the version the form was opened with
    if (m_version > 0)
        changed.version = m_version;
    if (Status saved = store.update(changed); !saved)
        return saved;
    return readVersion();
}

Status EditFamilyCommand::readVersion()
{
    // Read back, not counted: the database's own triggers may change the row once more (a
    // file's retention period is written by an UPDATE of its own).
    auto stored = FamilyStore(db()).get(m_changed.id);
    if (!stored)
        return stored.error();
    m_version = stored.value().version;
    return {};
}

Status EditFamilyCommand::revert()
{
    Family before = m_before;
    before.version = m_version;
    if (Status restored = FamilyStore(db()).update(before); !restored)
        return restored;
    if (Status read = readVersion(); !read)
        return read;
    return AssignmentStore(db()).restoreEnds(m_assignmentsBefore);
}

void EditFamilyCommand::announce() const
{
    emit notifier().familiesChanged({m_changed.id});
    emit notifier().assignmentsChanged({m_changed.id});
}
