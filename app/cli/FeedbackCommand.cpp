#include "FeedbackCommand.h"

#include "services/SupervisionFeedbackImport.h"
#include "storage/Database.h"

void FeedbackCommand::addOptions(QCommandLineParser &parser)
{
    addOpeningPassphraseOption(
        parser, tr("Read encrypted feedback with its package's passphrase, the first line "
                   "of this file."));
}

int FeedbackCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList args = parser.positionalArguments();
    if (args.at(0) != QLatin1String("import"))
        return usageError(err, tr("Usage: duocoach-cli %1 %2").arg(name(), usage()));
    const QString path = args.at(1);
    const QString file = args.at(2);
    auto read = passphraseOption(parser);
    if (!read)
        return fail(err, read.error());
    const QString passphrase = read.value();
    // Feedback goes back to a database that exists: a mistyped name must not start a new one.
    if (auto existing = Database::open(path, Database::Access::ReadOnly); !existing)
        return fail(err, existing.error());
    auto db = Database::open(path);
    if (!db)
        return fail(err, db.error());
    auto imported =
        SupervisionFeedbackImport::run(*db.value(), Actor::commandLine(), file, passphrase);
    if (!imported)
        return fail(err, imported.error());
    const SupervisionFeedbackImport::Summary &s = imported.value();
    // Labels with a colon: the counts need no plural forms.
    out << tr("Feedback on %1 (%2 to %3) imported: general remarks: %4, notes for a duo: %5, "
              "notes on a visit: %6.")
               .arg(s.packageFile, s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate))
               .arg(s.general)
               .arg(s.duos)
               .arg(s.visits)
        << '\n';
    if (s.replaced)
        out << tr("It replaces the feedback imported before on the same package.") << '\n';
    if (s.leftOut > 0)
        out << tr("Left out, about visits or duos no longer in this database: %1.").arg(s.leftOut)
            << '\n';
    out << Qt::flush;
    return Success;
}
