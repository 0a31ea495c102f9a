#include "ServerSnapshot.h"

#include "ExportSelection.h"
#include "SqliteStatement.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <sqlite3.h>

namespace {
struct Part
{
    const char *table;
    QString select;
    QVariantList binds;
};

// Each table's rows the export can touch, as the server is asked for them.
QList<Part> partsOf(const ExportRequest &request)
{
    // Without consent: the export itself judges consent on its own day, from the consents read.
    const ExportSelection selection(request);
    const QString visits = selection.visitIds();
    const QString families = selection.familyIds();
    const QVariantList binds = selection.binds();
    const QString meetingIds =
        QStringLiteral("SELECT meeting_id FROM meeting_families WHERE family_id IN (%1)")
            .arg(families);
    auto of = [](const char *table, const char *column, const QString &ids) {
        return QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3)")
            .arg(QLatin1String(table), QLatin1String(column), ids);
    };
    return {
        {"organisations", QStringLiteral("SELECT * FROM organisations"), {}},
        {"workers", QStringLiteral("SELECT * FROM workers"), {}},
        {"duos", QStringLiteral("SELECT * FROM duos"), {}},
        {"database_identity", QStringLiteral("SELECT * FROM database_identity"), {}},
        // The meetings that discussed the families, whole, before what refers to them.
        {"meetings", of("meetings", "id", meetingIds), binds},
        {"meeting_workers", of("meeting_workers", "meeting_id", meetingIds), binds},
        {"meeting_partners", of("meeting_partners", "meeting_id", meetingIds), binds},
        {"families", of("families", "id", families), binds},
        {"household_members", of("household_members", "family_id", families), binds},
        {"consents", of("consents", "family_id", families), binds},
        {"visits", QStringLiteral("SELECT v.* FROM visits v WHERE ") + selection.condition(),
         binds},
        {"visit_attendees", of("visit_attendees", "visit_id", visits), binds},
        {"visit_reports", of("visit_reports", "visit_id", visits), binds},
        {"visit_goals", of("visit_goals", "visit_id", visits), binds},
        {"goals", of("goals", "family_id", families), binds},
        {"evaluations", of("evaluations", "family_id", families), binds},
        {"evaluation_scores",
         QStringLiteral("SELECT es.* FROM evaluation_scores es JOIN evaluations e ON e.id = "
                        "es.evaluation_id WHERE e.family_id IN (%1)")
             .arg(families),
         binds},
        {"follow_ups", of("follow_ups", "family_id", families), binds},
        {"safety_concerns", of("safety_concerns", "family_id", families), binds},
        // The network around the families; the meetings that discussed them whole.
        {"support", of("support", "family_id", families), binds},
        {"support_reviews", of("support_reviews", "family_id", families), binds},
        {"referrals", of("referrals", "family_id", families), binds},
        {"meeting_families", of("meeting_families", "family_id", families), binds},
        {"meeting_decisions", of("meeting_decisions", "family_id", families), binds},
        {"network_map", of("network_map", "family_id", families), binds},
        {"debriefs", of("debriefs", "visit_id", visits), binds},
    };
}
// The columns of a table of the copy, in its order: the server is asked for them by name, so
// the two schemas need not list them alike.
Result<QStringList> columnsOf(sqlite3 *copy, const char *table)
{
    auto info = SqliteStatement::prepare(
        copy, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(QLatin1String(table)));
    if (!info)
        return info.error();
    QStringList columns;
    while (info->step() == SQLITE_ROW)
        columns << QString::fromUtf8(info->text(0));
    return columns;
}

// One table's rows from the server into the copy: read as text with COPY (the server's bulk
// path, as psql's \copy) and written through SQLite's C API, each value bound as the text it
// came as. The copy's column types turn it back into what the server held (INTEGER affinity
// makes "42" the integer 42; TEXT stays text), which is every type the schema uses.
Result<qint64> copyPart(const Database &server, sqlite3 *copy, const Part &part,
                        const Progress *progress)
{
    auto columns = columnsOf(copy, part.table);
    if (!columns)
        return columns.error();
    QStringList quoted;
    for (const QString &column : columns.value())
        quoted << QLatin1Char('"') + column + QLatin1Char('"');
    const QString names = quoted.join(QStringLiteral(", "));
    auto insert = SqliteStatement::prepare(
        copy, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(QLatin1String(part.table), names,
                       QStringList(columns->size(), QStringLiteral("?")).join(u',')));
    if (!insert)
        return insert.error();
    sqlite3_stmt *statement = insert->get();
    qint64 rows = 0;
    return server.textRows(
        QStringLiteral("SELECT %1 FROM (%2) AS part").arg(names, part.select), part.binds,
        [&](const std::vector<QByteArrayView> &fields) -> Status {
            if (rows++ % 4096 == 0 && Progress::cancelled(progress))
                return Error::cancelled(ServerSnapshot::tr("Cancelled; nothing was written."));
            for (int i = 0; i < int(fields.size()); ++i) {
                const QByteArrayView field = fields[size_t(i)];
                if (field.isNull())
                    sqlite3_bind_null(statement, i + 1);
                else
                    sqlite3_bind_text(statement, i + 1, field.data(), int(field.size()),
                                      SQLITE_STATIC);
            }
            if (sqlite3_step(statement) != SQLITE_DONE) {
                const Error failed =
                    Error::storage(ServerSnapshot::tr("Could not hold the rows of %1 in memory: %2")
                                       .arg(QLatin1String(part.table), insert->errorMessage()));
                sqlite3_reset(statement);
                return failed;
            }
            sqlite3_reset(statement);
            return {};
        });
}
} // namespace

Result<std::unique_ptr<Database>> ServerSnapshot::take(const Database &server,
                                                       const ExportRequest &request,
                                                       const Progress *progress,
                                                       const QStringList &only)
{
    auto opened = Database::openInMemory();
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> copy = std::move(opened).value();
    const QList<Part> parts = partsOf(request);
    sqlite3 *handle = SqliteStatement::handleOf(copy->connection());
    Status read = server.readSnapshot([&]() -> Status {
        return copy->transaction([&]() -> Status {
            // The fresh copy's own identity row makes way for the server's.
            if (auto cleared = copy->exec(QStringLiteral("DROP TRIGGER database_identity_kept"));
                !cleared)
                return cleared.error();
            if (auto cleared = copy->exec(QStringLiteral("DELETE FROM database_identity"));
                !cleared)
                return cleared.error();
            for (const Part &part : parts) {
                if (!only.isEmpty() && !only.contains(QLatin1String(part.table)))
                    continue;
                auto copied = copyPart(server, handle, part, progress);
                if (!copied)
                    return copied.error();
            }
            return {};
        });
    });
    if (!read)
        return read.error();
    return copy;
}

QString ServerSnapshot::referenceScript(const ExportRequest &request)
{
    // psql: one snapshot, as take() reads, and every row to CSV on standard output.
    QStringList script{
        QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;")};
    for (const Part &part : partsOf(request))
        script << QStringLiteral("\\copy (%1) TO STDOUT WITH (FORMAT csv)")
                      .arg(SqlValues::writtenIn(part.select, part.binds));
    script << QStringLiteral("COMMIT;");
    return script.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
