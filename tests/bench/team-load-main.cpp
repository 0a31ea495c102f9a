// The team server under load (issue 15): simulated duo coaches and coordinators, each a thread
// with its own connection and its own login, work on one PostgreSQL 15 database for a while,
// as a working day's busiest hour would. Coaches read Today, plan visits and write visit
// reports; coordinators assign waiting families to duos and edit families. Reported, never
// asserted: the 95th percentile of a save and of reading Today, how long a coordinator's
// assignment takes to reach another client (LISTEN/NOTIFY), and, counted afterwards, rows lost
// or doubled and errors a user would have seen. Beside them, the single-user reference of the
// same run: a coordinator's family page and Today with row-level security (a team login)
// against the same without it (the owner), and the owner against itself on a second connection
// as the reference for noise.
//
//   duocoach-team-load [--families 10000] [--coaches 100] [--coordinators 3] [--seconds 60]

#include "BenchServer.h"

#include "TeamLoadRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("families"), QStringLiteral("Families in the data set."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("coaches"), QStringLiteral("Simulated duo coaches."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("coordinators"), QStringLiteral("Simulated coordinators."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long they work."),
                      QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("with"),
                      QStringLiteral("Only the single-user reference, on an existing database: "
                                     "the address of a coordinator's login."),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("without"), QStringLiteral("… and of its owner's."),
                      QStringLiteral("URI")});
    parser.process(app);
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("with"))) {
        TeamLoadRun::Figures figures;
        TeamLoadRun::measureSingleUser(parser.value(QStringLiteral("with")),
                                       parser.value(QStringLiteral("without")), figures);
        figures.print(out);
        return 0;
    }

    TeamLoadRun::Options options;
    options.families = parser.value(QStringLiteral("families")).toInt();
    options.coaches = parser.value(QStringLiteral("coaches")).toInt();
    options.coordinators = parser.value(QStringLiteral("coordinators")).toInt();
    options.seconds = parser.value(QStringLiteral("seconds")).toInt();
    if (options.families < 100 || options.coaches < 1 || options.coordinators < 1 ||
        options.seconds < 1) {
        out << "Give at least 100 families, one coach, one coordinator and one second.\n";
        return 1;
    }

    QTemporaryDir folder;
    BenchServer server(folder.path());
    QString error;
    if (!server.start(&error) || !server.create(QStringLiteral("teamload"), &error)) {
        out << "No server: " << error << Qt::endl;
        return 2;
    }
    TeamLoadRun run(server.address(QStringLiteral("teamload")), options);
    if (!run.prepare(&error)) {
        out << "Preparing failed: " << error << Qt::endl;
        return 2;
    }
    const TeamLoadRun::Figures figures = run.work();
    figures.print(out);
    return figures.errors == 0 && figures.lostOrDoubled == 0 ? 0 : 3;
}
