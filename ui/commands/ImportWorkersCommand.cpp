#include "ImportWorkersCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

ImportWorkersCommand::ImportWorkersCommand(EditCommands &commands, const WorkerImporter &importer)
    : EditCommand(commands, tr("Import workers from %1").arg(importer.fileName())),
      m_importer(importer)
{}

Status ImportWorkersCommand::apply()
{
    OrganisationStore organisations(db());
    WorkerStore workers(db());
    if (m_written) {
        for (const Organisation &organisation : std::as_const(m_organisations))
            if (Status restored = organisations.restore(organisation); !restored)
                return restored;
        for (const Worker &worker : std::as_const(m_workers))
            if (Status restored = workers.restore(worker); !restored)
                return restored;
        return {};
    }
    auto written = m_importer.write(db());
    if (!written)
        return written.error();
    m_summary = written.value();
    // Kept whole, so redo can put back exactly these rows.
    for (const QString &name : std::as_const(m_summary.createdOrganisations)) {
        auto id = organisations.findByName(name);
        if (!id)
            return id.error();
        auto organisation = organisations.get(id.value());
        if (!organisation)
            return organisation.error();
        m_organisations << organisation.value();
    }
    for (qint64 id : std::as_const(m_summary.workerIds)) {
        auto worker = workers.get(id);
        if (!worker)
            return worker.error();
        m_workers << worker.value();
    }
    m_written = true;
    return {};
}

Status ImportWorkersCommand::revert()
{
    // Workers first: an organisation is removed only once nobody belongs to it.
    WorkerStore workers(db());
    for (const Worker &worker : std::as_const(m_workers))
        if (Status removed = workers.remove(worker.id); !removed)
            return removed;
    OrganisationStore organisations(db());
    for (const Organisation &organisation : std::as_const(m_organisations))
        if (Status removed = organisations.remove(organisation.id); !removed)
            return removed;
    return {};
}

void ImportWorkersCommand::announce() const
{
    emit notifier().workersChanged(m_summary.workerIds);
    QList<qint64> organisations;
    for (const Organisation &organisation : m_organisations)
        organisations << organisation.id;
    emit notifier().organisationsChanged(organisations);
}
