#include "StatsCommand.h"

#include "PackageStats.h"
#include "exchange/SupervisionPackage.h"
#include "services/Statistics.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QJsonDocument>

void StatsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print the counts as JSON.")});
    addOpeningPassphraseOption(
        parser, tr("Open an encrypted package with the passphrase in this file (first "
                   "line)."));
}

int StatsCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().at(0);
    if (SupervisionPackage::probe(path) != SupervisionPackage::Kind::NotAPackage) {
        auto read = passphraseOption(parser);
        if (!read)
            return fail(err, read.error());
        const QString passphrase = read.value();
        const Status printed =
            PackageStats::print(path, passphrase, parser.isSet(QStringLiteral("json")), out);
        return printed ? Success : fail(err, printed.error());
    }
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return fail(err, db.error());
    if (db.value()->schemaVersion() != Migrations::latestVersion())
        return fail(err, Error::refused(tr("The database %1 uses an older format; run "
                                           "\"duocoach-cli init %1\" to upgrade it first.")
                                            .arg(path)));
    auto counts = Statistics::count(*db.value());
    if (!counts)
        return fail(err, counts.error());
    const Counts &c = counts.value();
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(c.toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
        return Success;
    }
    out << tr("Organisations:      %1").arg(c.organisations) << '\n'
        << tr("Workers:            %1 (%2 trusted persons, %3 professionals, %4 active)")
               .arg(c.workers)
               .arg(c.trustedPersons)
               .arg(c.professionals)
               .arg(c.activeWorkers)
        << '\n'
        << tr("Duos:               %1").arg(c.duos) << '\n'
        << tr("Families:           %1 (%2 referred, %3 intake, %4 active, %5 closed)")
               .arg(c.families)
               .arg(c.familiesReferred)
               .arg(c.familiesIntake)
               .arg(c.familiesActive)
               .arg(c.familiesClosed)
        << '\n'
        << tr("Household members:  %1").arg(c.householdMembers) << '\n'
        << tr("Assignments:        %1").arg(c.assignments) << '\n'
        << tr("Visits:             %1 (%2 planned, %3 done, %4 cancelled, %5 no-show)")
               .arg(c.visits)
               .arg(c.visitsPlanned)
               .arg(c.visitsDone)
               .arg(c.visitsCancelled)
               .arg(c.visitsNoShow)
        << '\n'
        << tr("Visit reports:      %1").arg(c.reports) << '\n'
        << tr("Goals:              %1 (%2 evaluations)").arg(c.goals).arg(c.evaluations) << '\n'
        << tr("Follow-up actions:  %1 (%2 open)").arg(c.followUps).arg(c.followUpsOpen) << '\n'
        << tr("Safety concerns:    %1 (%2 open)").arg(c.safetyConcerns).arg(c.safetyConcernsOpen)
        << Qt::endl;
    return Success;
}
