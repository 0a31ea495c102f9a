#include "ServerSnapshot.h"

#include "ExportSelection.h"
#include "storage/Database.h"
#include "storage/RowCopier.h"
#include "storage/SqlValues.h"

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
    auto of = [](const char *table, const char *column, const QString &ids) {
        return QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3)")
            .arg(QLatin1String(table), QLatin1String(column), ids);
    };
    return {
        {"organisations", QStringLiteral("SELECT * FROM organisations"), {}},
        {"workers", QStringLiteral("SELECT * FROM workers"), {}},
        {"duos", QStringLiteral("SELECT * FROM duos"), {}},
        {"database_identity", QStringLiteral("SELECT * FROM database_identity"), {}},
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
    };
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
                auto copied = RowCopier::copy(server, part.select, part.binds, *copy,
                                              QLatin1String(part.table), progress);
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
