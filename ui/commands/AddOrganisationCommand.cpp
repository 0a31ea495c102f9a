#include "AddOrganisationCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/OrganisationStore.h"

AddOrganisationCommand::AddOrganisationCommand(EditCommands &commands,
                                               const Organisation &organisation)
    : EditCommand(commands, tr("Add organisation %1").arg(organisation.name.trimmed())),
      m_organisation(organisation)
{
    m_organisation.id = 0;
}

Status AddOrganisationCommand::apply()
{
    OrganisationStore store(db());
    if (m_organisation.id > 0)
        return store.restore(m_organisation);
    auto id = store.add(m_organisation);
    if (!id)
        return id.error();
    auto stored = store.get(id.value());
    if (!stored)
        return stored.error();
    m_organisation = stored.value();
    // Undoing deletes it: not over a change someone else made meanwhile.
    guardRow(QStringLiteral("organisations"), m_organisation.id, 0,
             tr("the organisation %1").arg(m_organisation.name));
    return {};
}

Status AddOrganisationCommand::revert()
{
    return OrganisationStore(db()).remove(m_organisation.id);
}

void AddOrganisationCommand::announce() const
{
    emit notifier().organisationsChanged({m_organisation.id});
}
