#include "CopyCommand.h"

#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/DatabaseCopy.h"

#include <QFile>
#include <QFileInfo>

namespace {
// A file the copy made and did not finish is removed with what SQLite keeps beside it.
void removeUnfinished(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

int CopyCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString from = parser.positionalArguments().at(0);
    const QString to = parser.positionalArguments().at(1);
    auto target = DatabaseAddress::parse(to);
    if (!target)
        return fail(err, target.error());
    const bool newFile = !target->isServer();
    if (newFile && QFileInfo::exists(to))
        return fail(err, Error::refused(tr("\"%1\" exists; a copy is written to a new file.")
                                            .arg(QFileInfo(to).fileName())));
    auto source = Database::open(from);
    if (!source)
        return fail(err, source.error());
    auto opened = Database::open(to);
    if (!opened) {
        if (newFile)
            removeUnfinished(to);
        return fail(err, opened.error());
    }
    std::unique_ptr<Database> dest = std::move(opened).value();
    auto copied = DatabaseCopy::copy(*source.value(), *dest, Actor::commandLine());
    if (!copied) {
        dest.reset();
        if (newFile)
            removeUnfinished(to);
        return fail(err, copied.error());
    }
    qint64 rows = 0;
    for (qint64 n : copied.value())
        rows += n;
    out << tr("Copied %1 to %2: %n row(s), the access log included.", nullptr, int(rows))
               .arg(source.value()->displayName(), dest->displayName())
        << Qt::endl;
    return Success;
}
