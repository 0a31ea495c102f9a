#include "ImportCommand.h"

#include "exchange/FamilyImporter.h"
#include "exchange/WorkerImporter.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"

void ImportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("families"),
                      tr("CSV file with families (see docs/import-format.md)."),
                      QStringLiteral("CSV")});
    parser.addOption({QStringLiteral("workers"),
                      tr("CSV file with trusted persons and professionals."),
                      QStringLiteral("CSV")});
}

int ImportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const bool withFamilies = parser.isSet(QStringLiteral("families"));
    const bool withWorkers = parser.isSet(QStringLiteral("workers"));
    if (!withFamilies && !withWorkers)
        return usageError(err, tr("Usage: duocoach-cli %1 %2").arg(name(), usage()));

    // Read and check the files first: a bad file must not even open (or create) the database.
    FamilyImporter families;
    WorkerImporter workers;
    if (withWorkers) {
        if (Status read = workers.read(parser.value(QStringLiteral("workers"))); !read)
            return fail(err, read.error());
    }
    if (withFamilies) {
        if (Status read = families.read(parser.value(QStringLiteral("families"))); !read)
            return fail(err, read.error());
    }

    // An import adds to a register; a mistyped database name must not start a new one, nor
    // may an empty server database get a schema: judged first as a reader would, which
    // refuses both on either engine.
    const QString path = parser.positionalArguments().at(0);
    if (auto existing = Database::open(path, Database::Access::ReadOnly); !existing)
        return fail(err, existing.error());
    auto db = Database::open(path);
    if (!db)
        return fail(err, db.error());

    // Workers first, so a later families file could already refer to them; both in one
    // transaction, so two files given together are also all or nothing.
    WorkerImporter::Summary workerSummary;
    QList<Family> added;
    Status done = db.value()->transaction([&]() -> Status {
        if (withWorkers) {
            auto written = workers.write(*db.value());
            if (!written)
                return written.error();
            workerSummary = std::move(written).value();
        }
        if (withFamilies) {
            auto written = families.write(*db.value());
            if (!written)
                return written.error();
            added = std::move(written).value();
            // One import entry per family, by whoever runs the command (Actor::commandLine).
            QList<qint64> ids;
            for (const Family &family : std::as_const(added))
                ids << family.id;
            return AccessLog(*db.value())
                .record(Actor::commandLine(), AccessAction::Import, ids, AccessOutcome::Success,
                        QStringLiteral("csv"));
        }
        return {};
    });
    if (!done)
        return fail(err, done.error());

    // Labels with a colon rather than "1 families": the counts need no plural forms.
    if (withWorkers) {
        out << tr("Workers imported from %1: %2 (trusted persons: %3, professionals: %4).")
                   .arg(workers.fileName(), QString::number(workerSummary.workerIds.size()),
                        QString::number(workerSummary.trustedPersons),
                        QString::number(workerSummary.professionals))
            << '\n';
        if (!workerSummary.createdOrganisations.isEmpty())
            out << tr("New organisations: %1.")
                       .arg(workerSummary.createdOrganisations.join(QLatin1String(", ")))
                << '\n';
    }
    if (withFamilies) {
        out << tr("Families imported from %1: %2.")
                   .arg(families.fileName(), QString::number(added.size()));
        QStringList codes;
        for (const Family &family : std::as_const(added))
            codes << family.caseCode;
        codes.sort();
        if (codes.size() == 1)
            out << ' ' << tr("Case code: %1.").arg(codes.constFirst());
        else if (!codes.isEmpty())
            out << ' ' << tr("Case codes: %1 to %2.").arg(codes.constFirst(), codes.constLast());
        out << '\n';
    }
    out << Qt::flush;
    return Success;
}
