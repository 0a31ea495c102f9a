#include "CheckCommand.h"

#include "storage/Database.h"

int CheckCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().at(0);
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return fail(err, db.error());
    auto problems = db.value()->integrityProblems();
    if (!problems)
        return fail(err, problems.error());
    if (!problems->isEmpty()) {
        // One sentence, as every error: the first problem says where, the count how bad.
        err << tr("The database %1 is damaged: %2 (problems found: %n).", "", int(problems->size()))
                   .arg(db.value()->fullName(), problems->first())
            << Qt::endl;
        return IntegrityFailure;
    }
    out << tr("The database %1 is intact (format %2).")
               .arg(db.value()->fullName())
               .arg(db.value()->schemaVersion())
        << Qt::endl;
    return Success;
}
