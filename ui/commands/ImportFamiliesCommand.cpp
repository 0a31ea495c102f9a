#include "ImportFamiliesCommand.h"

#include "services/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"

namespace {
// The access log's detail code of an import (AccessLog::describeDetail).
const QString LoggedDetail = QStringLiteral("csv");

QList<qint64> idsOf(const QList<Family> &families)
{
    QList<qint64> ids;
    ids.reserve(families.size());
    for (const Family &family : families)
        ids << family.id;
    return ids;
}
} // namespace

Result<QList<Family>> ImportFamiliesCommand::write(Database &db, const FamilyImporter &importer,
                                                   const Actor &actor, const Progress *progress)
{
    QList<Family> written;
    Status done = db.transaction([&]() -> Status {
        auto added = importer.write(db, progress);
        if (!added)
            return added.error();
        written = std::move(added).value();
        // What EditCommand records of a first run, in the import's own transaction.
        return AccessLog(db).record(actor, AccessAction::Import, idsOf(written),
                                    AccessOutcome::Success, LoggedDetail);
    });
    if (!done)
        return done.error();
    return written;
}

ImportFamiliesCommand::ImportFamiliesCommand(EditCommands &commands, const QString &fileName,
                                             QList<Family> written)
    : EditCommand(commands, tr("Import families from %1").arg(fileName)),
      m_families(std::move(written))
{
    // Undo and redo are logged as every step's are (Delete with ";undo", Import with ";redo").
    setLogged([this] { return idsOf(m_families); }, AccessAction::Import, LoggedDetail);
}

Status ImportFamiliesCommand::apply()
{
    return FamilyStore(db()).restoreAll(m_families);
}

Status ImportFamiliesCommand::revert()
{
    return FamilyStore(db()).removeAll(idsOf(m_families));
}

void ImportFamiliesCommand::announce() const
{
    emit notifier().familiesChanged(idsOf(m_families));
}
