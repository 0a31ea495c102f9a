#include "DatabaseCopy.h"

#include "Database.h"
#include "PostgresSchema.h"
#include "RowCopier.h"

namespace {
// Rows every new database is made with: replaced by the source's, not added to.
const QStringList MadeWithTheSchema{QStringLiteral("database_identity"),
                                    QStringLiteral("retention_policy")};

Status refuseUnlessEmpty(const Database &target)
{
    for (const QString &table : PostgresSchema::tables()) {
        if (MadeWithTheSchema.contains(table))
            continue;
        auto rows = target.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) "
                                                 "AS any_row")
                                      .arg(table));
        if (!rows)
            return rows.error();
        if (rows->toLongLong() > 0)
            return Error::refused(
                DatabaseCopy::tr("The database \"%1\" already holds DuoCoach data; a copy goes "
                                 "only into a new file or an empty database.")
                    .arg(target.displayName()));
    }
    return {};
}
} // namespace

Result<DatabaseCopy::Summary> DatabaseCopy::copy(Database &source, Database &target,
                                                 const Actor &actor, const Progress *progress)
{
    if (source.path() == target.path())
        return Error::refused(tr("A database cannot be copied into itself."));
    if (target.isReadOnly())
        return Error::refused(tr("The database \"%1\" is open read-only; nothing was copied.")
                                  .arg(target.displayName()));
    if (source.schemaVersion() != target.schemaVersion())
        return Error::refused(tr("\"%1\" has format %2 and \"%3\" format %4; open both with this "
                                 "DuoCoach first.")
                                  .arg(source.displayName())
                                  .arg(source.schemaVersion())
                                  .arg(target.displayName())
                                  .arg(target.schemaVersion()));
    if (Status empty = refuseUnlessEmpty(target); !empty)
        return empty.error();
    if (Status sound = source.checkSound(); !sound)
        return sound.error();
    // A team login reads only what need-to-know gives it; its copy would lack the rest
    // without a word (trusted-person notes are their author's alone).
    auto whole = source.readsEverything();
    if (!whole)
        return whole.error();
    if (!whole.value())
        return Error::refused(tr("\"%1\" can be copied whole only by a login that reads past "
                                 "row-level security (a superuser, or a role with BYPASSRLS, as "
                                 "pg_dump needs); nothing was copied.")
                                  .arg(source.displayName()));
    // NEN 7513: taking everything out is logged where it is taken from, before it is read.
    if (Status logged =
            AccessLog(source).record(actor, AccessAction::Export, 0, AccessOutcome::Success,
                                     QStringLiteral("database_copy"));
        !logged)
        return logged.error();

    Summary summary;
    const QStringList tables = PostgresSchema::tables();
    Status copied = source.readSnapshot([&]() -> Status {
        return target.bulkWrite([&]() -> Status {
            qint64 done = 0;
            for (const QString &table : tables) {
                Progress::step(progress, done++, tables.size());
                if (table == QLatin1String("database_identity")) {
                    auto identity =
                        source.scalar(QStringLiteral("SELECT identity FROM database_identity"));
                    if (!identity)
                        return identity.error();
                    if (Status adopted = target.adoptIdentity(identity->toString()); !adopted)
                        return adopted;
                    summary.insert(table, 1);
                    continue;
                }
                if (table == QLatin1String("retention_policy")) {
                    auto years =
                        source.scalar(QStringLiteral("SELECT years FROM retention_policy"));
                    if (!years)
                        return years.error();
                    if (auto set = target.exec(
                            QStringLiteral("UPDATE retention_policy SET years = ? WHERE id = 1"),
                            {years->toInt()});
                        !set)
                        return set.error();
                    summary.insert(table, 1);
                    continue;
                }
                auto rows = RowCopier::copy(source, QStringLiteral("SELECT * FROM %1").arg(table),
                                            {}, target, table, progress);
                if (!rows)
                    return rows.error();
                summary.insert(table, rows.value());
            }
            Progress::step(progress, tables.size(), tables.size());
            return {};
        });
    });
    if (!copied)
        return copied.error();
    return summary;
}
