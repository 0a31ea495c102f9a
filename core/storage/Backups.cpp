#include "Backups.h"

#include "AccessLogChain.h"

#include "Database.h"
#include "DatabaseAddress.h"
#include "DatabaseFiles.h"
#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString PartialSuffix = QStringLiteral(".partial");
// A copy still being written by a crashed program is removed once it is this old; a younger
// one may belong to a DuoCoach writing right now.
constexpr qint64 StalePartialSeconds = 600;

// Flushes a file or folder to the disk: a backup that sits only in the page cache is lost with
// the machine it was meant to outlive. Best effort where the system has no fsync.
bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

QRegularExpression backupName(const QString &databaseName)
{
    return QRegularExpression(QStringLiteral("^%1\\.backup-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$")
                                  .arg(QRegularExpression::escape(databaseName)));
}

// The last time the database's content may have changed: the file itself, or its
// write-ahead log while that holds frames not yet copied back (an empty log is only there
// because a connection is open).
QDateTime lastChange(const QString &databasePath)
{
    QDateTime last = QFileInfo(databasePath).lastModified();
    const QFileInfo wal(databasePath + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        last = std::max(last, wal.lastModified());
    return last;
}

QString sqlError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}
} // namespace

QString Backups::folder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<Backups::Entry> Backups::list(const QString &databasePath)
{
    QList<Entry> entries;
    const QRegularExpression pattern = backupName(QFileInfo(databasePath).fileName());
    const QDir dir(folder(databasePath));
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Hidden);
    QList<int> sequence;
    for (const QFileInfo &file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime madeAt = QDateTime::fromString(match.captured(1), StampFormat);
        if (!madeAt.isValid())
            continue;
        entries << Entry{file.absoluteFilePath(), madeAt, file.size()};
        sequence << match.captured(2).toInt();
    }
    // Newest first; two made in the same second are told apart by their sequence number.
    QList<int> order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (entries.at(a).madeAt != entries.at(b).madeAt)
            return entries.at(a).madeAt > entries.at(b).madeAt;
        return sequence.at(a) > sequence.at(b);
    });
    QList<Entry> sorted;
    sorted.reserve(entries.size());
    for (int i : std::as_const(order))
        sorted << entries.at(i);
    return sorted;
}

Status Backups::makeFolder(const QString &databasePath)
{
    const QString path = folder(databasePath);
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error::storage(
            tr("No backup of \"%1\" could be made: \"%2\" is a file, not a folder.")
                .arg(QFileInfo(databasePath).fileName(), QDir::toNativeSeparators(path)));
    if (!info.exists() && !QDir().mkpath(path))
        return Error::storage(
            tr("No backup of \"%1\" could be made: the folder \"%2\" cannot be "
               "created.")
                .arg(QFileInfo(databasePath).fileName(), QDir::toNativeSeparators(path)));
    // Backups hold the same personal data as the database: only its owner may look inside.
    QFile::setPermissions(path, OwnerOnlyFolder);
    return {};
}

QString Backups::freeName(const QString &databasePath, const QDateTime &madeAt, const QString &kind)
{
    const QDir dir(folder(databasePath));
    const QString base =
        QStringLiteral("%1.%2-%3")
            .arg(QFileInfo(databasePath).fileName(), kind, madeAt.toString(StampFormat));
    QString name = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(dir.filePath(name)) ||
                    QFileInfo::exists(dir.filePath(name + PartialSuffix));
         ++n)
        name = QStringLiteral("%1-%2.sqlite").arg(base).arg(n);
    return dir.filePath(name);
}

Result<Backups::Entry> Backups::make(const Database &db, const QDateTime &now)
{
    const QString name = db.displayName();
    // A server keeps its own backups (pg_dump, its administrator's schedule); a copy of it is
    // made with "duocoach-cli copy".
    if (db.isServer())
        return Error::refused(tr("\"%1\" is a server database: its backups are made on the "
                                 "server (pg_dump), or copied to a file with \"duocoach-cli "
                                 "copy\".")
                                  .arg(name));
    if (Status made = makeFolder(db.filePath()); !made)
        return made.error();
    const QString target = freeName(db.filePath(), now, QStringLiteral("backup"));
    const QString partial = target + PartialSuffix;
    auto failed = [&](const QString &reason) -> Error {
        QFile::remove(partial);
        return Error::storage(
            tr("No backup of \"%1\" could be made: %2").arg(name, reason.trimmed()));
    };
    {
        // Created empty first, so the copy is owner-only from its first byte (VACUUM INTO
        // accepts an empty file).
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
            return failed(file.errorString());
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec())
        return failed(sqlError(query));
    query.finish();
    // Written under a name the list ignores and renamed when whole: a crash mid-copy leaves no
    // half backup that could later be chosen for a restore.
    if (!syncToDisk(partial))
        return failed(tr("the copy could not be flushed to the disk."));
    if (!QFile::rename(partial, target))
        return failed(tr("the copy could not be renamed."));
    syncToDisk(folder(db.filePath()));
    const QFileInfo info(target);
    return Entry{info.absoluteFilePath(),
                 QDateTime::fromString(now.toString(StampFormat), StampFormat), info.size()};
}

Result<std::optional<Backups::Entry>> Backups::makeIfDue(const Database &db, int keep,
                                                         const QDateTime &now)
{
    // A database without anyone in it has nothing to lose; a new file gets no backup.
    auto used = db.scalar(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM organisations) OR EXISTS (SELECT 1 FROM workers) "
        "OR EXISTS (SELECT 1 FROM families)"));
    if (!used)
        return used.error();
    if (!used->toBool())
        return std::optional<Entry>();

    const QList<Entry> existing = list(db.filePath());
    // The name holds the second the copy started, so a change in that same second counts as
    // a change after it: when in doubt, one backup too many.
    const bool unchanged = !existing.isEmpty() && existing.first().madeAt.date() == now.date() &&
                           lastChange(db.filePath()) < existing.first().madeAt;
    std::optional<Entry> made;
    if (!unchanged) {
        auto backup = make(db, now);
        if (!backup)
            return backup.error();
        made = std::move(backup).value();
    }
    if (Status rotated = rotate(db.filePath(), keep); !rotated)
        return rotated.error();
    return made;
}

Status Backups::rotate(const QString &databasePath, int keep)
{
    keep = std::clamp(keep, MinKept, MaxKept);
    const QList<Entry> entries = list(databasePath);
    QStringList notRemoved;
    for (qsizetype i = keep; i < entries.size(); ++i)
        if (!QFile::remove(entries.at(i).path))
            notRemoved << QFileInfo(entries.at(i).path).fileName();

    // Copies left half-written by a program that crashed while making them.
    const QDir dir(folder(databasePath));
    const QString prefix = QFileInfo(databasePath).fileName() + QLatin1Char('.');
    const QDateTime now = QDateTime::currentDateTime();
    for (const QFileInfo &file :
         dir.entryInfoList({prefix + QLatin1Char('*') + PartialSuffix}, QDir::Files | QDir::Hidden))
        if (file.lastModified().secsTo(now) > StalePartialSeconds)
            QFile::remove(file.absoluteFilePath());

    if (!notRemoved.isEmpty())
        return Error::storage(tr("The old backup \"%1\" could not be removed.")
                                  .arg(notRemoved.join(QLatin1String("\", \""))));
    return {};
}

Status Backups::validate(const QString &backupPath)
{
    const QString name = QFileInfo(backupPath).fileName();
    auto opened = Database::open(backupPath, Database::Access::ReadOnly);
    if (!opened)
        return opened.error();
    auto problems = opened.value()->integrityProblems();
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error::integrity(
            tr("The backup \"%1\" is damaged and cannot be restored.").arg(name));
    return {};
}

Result<Backups::Entry> Backups::restore(const QString &backupPath, const QString &databasePath,
                                        const QDateTime &now)
{
    if (DatabaseAddress::isServerAddress(databasePath) ||
        DatabaseAddress::isServerAddress(backupPath))
        return Error::refused(tr("A backup file is restored into a database file, not into a "
                                 "server; \"duocoach-cli copy\" copies a file to a server."));
    const QString name = QFileInfo(databasePath).fileName();
    const QString backupName = QFileInfo(backupPath).fileName();
    // Compared as files (device and inode), not names: a link to the database is no backup.
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        if (DatabaseFiles::sameFile(backupPath, databasePath + QLatin1String(suffix)))
            return Error::invalid(
                tr("\"%1\" is the database itself, not a backup of it.").arg(name));
    if (Status sound = validate(backupPath); !sound)
        return sound.error();

    // First the file as it is now, so this restore can be undone. A database too damaged to
    // be copied by SQLite is copied byte for byte instead, under a name the list of backups
    // leaves out (restoring a damaged file is what backups are for).
    const QString inUse = tr("The backup cannot be restored while \"%1\" is open in another "
                             "program. Close it there first.")
                              .arg(name);
    std::optional<Entry> before;
    {
        auto current = Database::open(databasePath);
        if (!current && current.error().kind != Error::Kind::Integrity)
            return Error::refused(tr("The backup cannot be restored: %1").arg(current.message()));
        if (current) {
            if (auto copied = make(*current.value(), now))
                before = std::move(copied).value();
            // Copies the log back into the file and empties it; incomplete when another
            // connection still reads or writes it.
            QSqlQuery checkpoint(current.value()->connection());
            const bool alone = checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                               checkpoint.next() && checkpoint.value(0).toInt() == 0;
            checkpoint.finish();
            if (!alone && before)
                return Error::refused(inUse);
        }
    }
    // The last connection to close removes the log and its index. Either still there means
    // another program has the file open, and its log would be replayed onto the restored file
    // as if it belonged to it.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(databasePath + suffix) && before)
            return Error::refused(inUse);
    if (!before) {
        if (Status made = makeFolder(databasePath); !made)
            return made.error();
        const QString copy = freeName(databasePath, now, QStringLiteral("damaged"));
        bool copied = QFile::copy(databasePath, copy);
        QFile::setPermissions(copy, OwnerOnly);
        // A log left by the damaged file holds part of its content: it goes along.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            if (!copied || !QFileInfo::exists(databasePath + suffix))
                continue;
            copied = QFile::copy(databasePath + suffix, copy + suffix);
            QFile::setPermissions(copy + suffix, OwnerOnly);
        }
        if (!copied)
            return Error::storage(
                tr("The backup cannot be restored: \"%1\" could not be copied aside first.")
                    .arg(name));
        before = Entry{copy, QDateTime::fromString(now.toString(StampFormat), StampFormat),
                       QFileInfo(copy).size()};
        // Nothing may replay the damaged file's log onto the restored one.
        for (const QString &suffix :
             {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(databasePath + suffix);
    }

    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return Error::storage(
            tr("The backup \"%1\" cannot be read: %2").arg(backupName, source.errorString()));
    // Owner-only from its first byte, whatever the umask (PrivateFile); the database is its
    // target here by design, so nothing is protected.
    PrivateFile target(databasePath);
    auto failed = [&](const QString &reason) -> Error {
        target.cancelWriting();
        return Error::storage(
            tr("The backup could not be restored; \"%1\" is unchanged: %2").arg(name, reason));
    };
    if (Status opened = target.openForWriting(); !opened)
        return failed(opened.message());
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return failed(source.errorString());
        if (target.write(chunk) != chunk.size())
            return failed(target.errorString());
    }
    // commit() flushes the new file to the disk and renames it over the old one.
    if (!target.commit())
        return failed(target.errorString());
    QFile::setPermissions(databasePath, OwnerOnly);
    // The seal named the newest entry of the log as it was; the restored log is older by design.
    // The next change seals it anew (AccessLogChain).
    QFile::remove(AccessLogChain::sealPath(databasePath));
    syncToDisk(QFileInfo(databasePath).absolutePath());
    return *before;
}
