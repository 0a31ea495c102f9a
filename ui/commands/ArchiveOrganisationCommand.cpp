#include "ArchiveOrganisationCommand.h"

#include "EditCommands.h"
#include "services/ChangeNotifier.h"
#include "storage/OrganisationStore.h"

namespace {
QString nameOf(Database &db, qint64 id)
{
    auto organisation = OrganisationStore(db).get(id);
    return organisation ? organisation->name : QString::number(id);
}
} // namespace

ArchiveOrganisationCommand::ArchiveOrganisationCommand(EditCommands &commands,
                                                       qint64 organisationId, bool archived)
    : EditCommand(commands, QString()), m_organisationId(organisationId), m_archived(archived)
{
    const QString name = nameOf(commands.database(), organisationId);
    setText(archived ? tr("Archive organisation %1").arg(name)
                     : tr("Restore organisation %1").arg(name));
    guardRow(QStringLiteral("organisations"), organisationId, 0,
             tr("the organisation %1").arg(name));
}

Status ArchiveOrganisationCommand::apply()
{
    return OrganisationStore(db()).setArchived(m_organisationId, m_archived);
}

Status ArchiveOrganisationCommand::revert()
{
    return OrganisationStore(db()).setArchived(m_organisationId, !m_archived);
}

void ArchiveOrganisationCommand::announce() const
{
    emit notifier().organisationsChanged({m_organisationId});
}
