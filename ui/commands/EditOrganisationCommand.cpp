#include "EditOrganisationCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/OrganisationStore.h"

EditOrganisationCommand::EditOrganisationCommand(EditCommands &commands,
                                                 const Organisation &changed)
    : EditCommand(commands, tr("Edit organisation %1").arg(changed.name.trimmed())),
      m_changed(changed)
{
    // The form's own row, whose typed name may be what was changed.
    guardRow(QStringLiteral("organisations"), changed.id, changed.version,
             tr("this organisation"));
}

Status EditOrganisationCommand::apply()
{
    OrganisationStore store(db());
    auto before = store.get(m_changed.id);
    if (!before)
        return before.error();
    m_before = before.value();
    return store.update(m_changed);
}

Status EditOrganisationCommand::revert()
{
    return OrganisationStore(db()).update(m_before);
}

void EditOrganisationCommand::announce() const
{
    emit notifier().organisationsChanged({m_changed.id});
    // The worker list shows the organisation's name.
    emit notifier().workersChanged({});
}
