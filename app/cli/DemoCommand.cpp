#include "DemoCommand.h"

#include "services/DemoGenerator.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QJsonDocument>

void DemoCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("families"), tr("Number of families (default 120)."),
                      QStringLiteral("N"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed; the same seed gives the same data."),
                      QStringLiteral("S"), QStringLiteral("2026")});
    parser.addOption({QStringLiteral("today"),
                      tr("Reference date (YYYY-MM-DD) the year of visits ends on."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("json"), tr("Print what was created as JSON.")});
}

int DemoCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    DemoGenerator::Options options;
    bool ok = false;
    options.families = parser.value(QStringLiteral("families")).toInt(&ok);
    // Checked before the file is opened: a usage error must not leave a new, empty database.
    if (!ok || options.families < 1 || options.families > DemoGenerator::MaxFamilies)
        return usageError(
            err,
            tr("--families needs a whole number from 1 to %1.").arg(DemoGenerator::MaxFamilies));
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return usageError(err, tr("--seed needs a whole number."));
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return usageError(err, tr("--today needs a date like 2026-03-01."));
    }

    auto db = Database::open(parser.positionalArguments().at(0));
    if (!db)
        return fail(err, db.error());
    QElapsedTimer timer;
    timer.start();
    auto counts = DemoGenerator::generate(*db.value(), options);
    if (!counts)
        return fail(err, counts.error());
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(counts->toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
    } else {
        out << tr("Created %1 families, %2 workers, %3 duos and %4 visits in %5 s.")
                   .arg(counts->families)
                   .arg(counts->workers)
                   .arg(counts->duos)
                   .arg(counts->visits)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    return Success;
}
