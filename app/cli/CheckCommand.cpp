#include "CheckCommand.h"

#include "storage/AccessLogChain.h"
#include "storage/Database.h"

#include <climits>

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
    // The access log's hash chain, and its seal beside the file (AccessLogChain).
    auto chain = AccessLogChain(*db.value()).verify();
    if (!chain)
        return fail(err, chain.error());
    if (!chain->intact()) {
        err << tr("The access log of %1 was changed: %2.")
                   .arg(db.value()->fullName(), chain->problem)
            << Qt::endl;
        return IntegrityFailure;
    }
    out << tr("The database %1 is intact (format %2).")
               .arg(db.value()->fullName())
               .arg(db.value()->schemaVersion())
        << '\n';
    if (!chain->kept)
        out << tr("Its access log is kept by the server, which lets no team login change it.")
            << '\n';
    else if (chain->entries > 0)
        out << tr("Its access log is intact up to entry %1 (%n entries chained).", nullptr,
                  int(qMin<qint64>(chain->entries, INT_MAX)))
                   .arg(chain->sealedUpTo)
            << '\n';
    if (chain->unchained > 0)
        out << tr("%n newer entries are not chained yet; the next change chains them.", nullptr,
                  int(qMin<qint64>(chain->unchained, INT_MAX)))
            << '\n';
    out.flush();
    return Success;
}
