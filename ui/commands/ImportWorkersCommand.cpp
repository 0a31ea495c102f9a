#include "ImportWorkersCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QSet>

Result<ImportedWorkers> ImportWorkersCommand::write(Database &db, const WorkerImporter &importer,
                                                    const Progress *progress)
{
    ImportedWorkers written;
    Status done = db.transaction([&]() -> Status {
        auto summary = importer.write(db, progress);
        if (!summary)
            return summary.error();
        written.summary = std::move(summary).value();
        // Read back whole, one query a table rather than one a row.
        auto organisations = OrganisationStore(db).all();
        if (!organisations)
            return organisations.error();
        const QList<qint64> &created = written.summary.createdOrganisationIds;
        const QSet<qint64> createdIds(created.cbegin(), created.cend());
        QHash<qint64, Organisation> createdById;
        for (const Organisation &organisation : organisations.value())
            if (createdIds.contains(organisation.id))
                createdById.insert(organisation.id, organisation);
        for (qint64 id : created)
            written.organisations << createdById.value(id);
        auto workers = WorkerStore(db).all();
        if (!workers)
            return workers.error();
        const QList<qint64> &added = written.summary.workerIds;
        const QSet<qint64> addedIds(added.cbegin(), added.cend());
        QHash<qint64, Worker> addedById;
        for (const Worker &worker : workers.value())
            if (addedIds.contains(worker.id))
                addedById.insert(worker.id, worker);
        for (qint64 id : added)
            written.workers << addedById.value(id);
        return {};
    });
    if (!done)
        return done.error();
    return written;
}

ImportWorkersCommand::ImportWorkersCommand(EditCommands &commands, const QString &fileName,
                                           ImportedWorkers written)
    : EditCommand(commands, tr("Import workers from %1").arg(fileName)),
      m_written(std::move(written))
{}

Status ImportWorkersCommand::apply()
{
    OrganisationStore organisations(db());
    for (const Organisation &organisation : std::as_const(m_written.organisations))
        if (Status restored = organisations.restore(organisation); !restored)
            return restored;
    WorkerStore workers(db());
    for (const Worker &worker : std::as_const(m_written.workers))
        if (Status restored = workers.restore(worker); !restored)
            return restored;
    return {};
}

Status ImportWorkersCommand::revert()
{
    // Workers first: an organisation is removed only once nobody belongs to it.
    WorkerStore workers(db());
    for (const Worker &worker : std::as_const(m_written.workers))
        if (Status removed = workers.remove(worker.id); !removed)
            return removed;
    OrganisationStore organisations(db());
    for (const Organisation &organisation : std::as_const(m_written.organisations))
        if (Status removed = organisations.remove(organisation.id); !removed)
            return removed;
    return {};
}

void ImportWorkersCommand::announce() const
{
    emit notifier().workersChanged(m_written.summary.workerIds);
    emit notifier().organisationsChanged(m_written.summary.createdOrganisationIds);
}
