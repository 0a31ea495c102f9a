#include "SqliteEngine.h"

#include "Database.h"
#include "InputFile.h"
#include "Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>

#include <limits>

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// What a read-only look at an existing file tells, before anything may be written.
struct FileFacts
{
    int userVersion = 0;
    int applicationId = 0;
    int tableCount = 0;
};

// A WAL-mode file (header bytes 18 and 19 are 2) whose log is absent: no connection has it
// open and everything is in the file itself. Such a file is read as immutable, because an
// ordinary read-only connection would create -wal and -shm beside it and leave them there.
bool isClosedWalFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2 &&
           !QFileInfo::exists(path + QStringLiteral("-wal"));
}
} // namespace

std::unique_ptr<SqliteEngine> SqliteEngine::inMemory()
{
    auto engine = std::make_unique<SqliteEngine>(QStringLiteral(":memory:"));
    engine->m_memory = true;
    return engine;
}

QString SqliteEngine::displayName() const
{
    return m_memory ? tr("working copy in memory") : QFileInfo(m_path).fileName();
}

Result<int> SqliteEngine::openInMemory(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        return Error::storage(
            tr("No working copy in memory could be made: %1").arg(db.lastError().text()));
    QSqlQuery query(db);
    // It holds a part of a database (one period's rows), so references may point outside it;
    // what it holds was checked where it came from.
    if (!query.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
        return describe(query.lastError());
    if (Status made = Migrations::migrate(db, 0); !made)
        return made.error();
    return Migrations::latestVersion();
}

Status SqliteEngine::refuseUnfitFile(Access access) const
{
    const QString &path = m_path;
    const QFileInfo info(path);
    const QString name = info.fileName();
    const bool exists = info.exists();

    if (exists && info.isDir())
        return Error::refused(tr("\"%1\" is a folder, not a DuoCoach database.").arg(name));
    if (!exists && access == Access::ReadOnly)
        return Error::refused(tr("The database \"%1\" does not exist.").arg(name));
    // A device (/dev/zero), a pipe or a socket is no database, whatever SQLite would make of it.
    if (exists) {
        if (Status ordinary = InputFile::check(path, std::numeric_limits<qint64>::max()); !ordinary)
            return ordinary.error();
    }
    // Only a new database starts empty: an empty file given to be read holds no DuoCoach data,
    // and calling it intact would hide that something went wrong with it.
    if (exists && info.size() == 0 && access == Access::ReadOnly)
        return Error::refused(tr("\"%1\" is empty, not a DuoCoach database.").arg(name));

    if (exists && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::refused(tr("The database \"%1\" cannot be read.").arg(name));
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16))
            return Error::refused(tr("\"%1\" is not a DuoCoach database.").arg(name));
    }

    if (access == Access::ReadWrite) {
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir())
            return Error::refused(tr("The folder for \"%1\" does not exist.").arg(name));
        // The read-only bit is honoured even for root, who could write anyway: the user set it.
        if (exists && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)))
            return Error::refused(
                tr("The database \"%1\" cannot be written: the file is read-only.").arg(name));
        // As for the file: a folder without its owner's write bit is read-only, also for root.
        if (!folder.isWritable() || !(folder.permissions() & QFileDevice::WriteOwner))
            return Error::refused(
                tr("The database \"%1\" cannot be written: its folder is read-only.").arg(name));
        if (!exists) {
            // Created empty with mode 0600 so the file is never readable by others.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
                return Error::refused(
                    tr("The database \"%1\" cannot be created: %2").arg(name, file.errorString()));
        }
    }

    return {};
}

Result<int> SqliteEngine::open(const QString &connectionName, Access access)
{
    if (m_memory)
        return openInMemory(connectionName);
    m_path = QFileInfo(m_path).absoluteFilePath();
    if (Status fit = refuseUnfitFile(access); !fit)
        return fit.error();
    const QString name = displayName();
    const bool readOnly = access == Access::ReadOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        // Look first, read-only: nothing below may write before the file has been judged, not
        // even files beside it. A read-only session keeps this connection.
        const QString wal = m_path + QStringLiteral("-wal");
        if (readOnly && QFileInfo::exists(wal) &&
            !QFileInfo::exists(m_path + QStringLiteral("-shm"))) {
            // Reading the log needs its index, which SQLite would create beside the file and
            // leave there: the file and its log are read from a private copy (0700 folder,
            // removed with this object) instead, so a look never writes beside the file.
            m_snapshot = std::make_unique<QTemporaryDir>();
            const QString copy = m_snapshot->filePath(QStringLiteral("snapshot.sqlite"));
            if (!m_snapshot->isValid() || !QFile::copy(m_path, copy) ||
                !QFile::copy(wal, copy + QStringLiteral("-wal")))
                return Error::refused(
                    tr("The database \"%1\" cannot be read: its log could not be read.").arg(name));
            db.setDatabaseName(copy);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        } else if (isClosedWalFile(m_path)) {
            QUrl uri = QUrl::fromLocalFile(m_path);
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        }
        if (!db.open())
            return Error::refused(
                tr("The database \"%1\" cannot be opened: %2").arg(name, db.lastError().text()));
    }

    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    int version = 0;
    if (Status judged = judge(db, &version); !judged)
        return judged.error();
    if (readOnly)
        return version;

    // Judged sound: reopen for writing.
    db.close();
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open())
        return Error::refused(tr("The database \"%1\" cannot be opened for writing: %2")
                                  .arg(name, db.lastError().text()));
    QFile::setPermissions(m_path, OwnerOnly);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return describe(query.lastError());
    // Sorts, temporary indices and tables (an export's selection) stay in memory: they hold
    // families' data, which must not land in a temporary file outside this one.
    if (!query.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
        return describe(query.lastError());

    if (version < Migrations::latestVersion()) {
        if (Status upgraded = upgrade(db, version); !upgraded)
            return upgraded.error();
        m_createdSchema = version == 0;
        version = Migrations::latestVersion();
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return describe(query.lastError());
    return version;
}

// What a read-only look at the file tells, before anything may be written.
Status SqliteEngine::judge(const QSqlDatabase &db, int *version) const
{
    const QString name = displayName();
    FileFacts facts;
    {
        QSqlQuery query(db);
        auto intPragma = [&](const char *pragma, int *out) {
            if (!query.exec(QLatin1String(pragma)) || !query.next())
                return false;
            *out = query.value(0).toInt();
            return true;
        };
        const bool readable =
            intPragma("PRAGMA user_version", &facts.userVersion) &&
            intPragma("PRAGMA application_id", &facts.applicationId) &&
            intPragma("SELECT count(*) FROM sqlite_master WHERE type = 'table'", &facts.tableCount);
        if (!readable) {
            const QString reason = query.lastError().nativeErrorCode();
            // 26 = SQLITE_NOTADB, 11 = SQLITE_CORRUPT: a damaged file, not a busy one.
            if (reason == QLatin1String("5") || reason == QLatin1String("6"))
                return Error::refused(
                    tr("The database \"%1\" is locked by another program.").arg(name));
            return Error::integrity(
                tr("The database \"%1\" is damaged and cannot be read.").arg(name));
        }
    }

    const int latest = Migrations::latestVersion();
    if (facts.applicationId != Database::ApplicationId && facts.applicationId != 0)
        return Error::refused(
            tr("\"%1\" is a database of another program, not of DuoCoach.").arg(name));
    if (facts.applicationId == 0 && facts.tableCount > 0)
        return Error::refused(
            tr("\"%1\" is a database of another program, not of DuoCoach.").arg(name));
    if (facts.userVersion > latest)
        return Error::refused(tr("The database \"%1\" was written by a newer version of DuoCoach "
                                 "(format %2; this version reads up to format %3).")
                                  .arg(name)
                                  .arg(facts.userVersion)
                                  .arg(latest));
    *version = facts.userVersion;
    return {};
}

Status SqliteEngine::upgrade(const QSqlDatabase &db, int fromVersion)
{
    if (fromVersion > 0) {
        // Never migrate a damaged file: the rewrite could spread the damage.
        auto problems = integrityProblems(db);
        if (!problems)
            return problems.error();
        if (!problems->isEmpty())
            return Error::integrity(
                tr("The database \"%1\" is damaged and cannot be read.").arg(displayName()));
        if (Status backedUp = makeBackup(db, fromVersion); !backedUp)
            return backedUp;
    }
    return Migrations::migrate(db, fromVersion);
}

Status SqliteEngine::makeBackup(const QSqlDatabase &db, int fromVersion)
{
    QString target = m_path + QStringLiteral(".v%1.bak").arg(fromVersion);
    if (QFileInfo::exists(target))
        target = m_path +
                 QStringLiteral(".v%1-%2.bak")
                     .arg(fromVersion)
                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // VACUUM INTO writes a consistent copy (including what still sits in a WAL file) into an
    // empty file, which is created first so the copy is 0600 from its first byte.
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly))
        return Error::storage(tr("Could not make a backup copy of \"%1\" before upgrading it: %2")
                                  .arg(displayName(), file.errorString()));
    file.close();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        QFile::remove(target);
        return Error::storage(tr("Could not make a backup copy of \"%1\" before upgrading it: %2")
                                  .arg(displayName(), query.lastError().text()));
    }
    m_backupPath = target;
    return {};
}

Error SqliteEngine::describe(const QSqlError &error) const
{
    const QString name = displayName();
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary SQLite result code
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::storage(tr("The database \"%1\" is in use by another program; nothing was "
                                 "saved. Try again in a moment.")
                                  .arg(name));
    case 8: // SQLITE_READONLY
        return Error::storage(
            tr("The database \"%1\" cannot be written; nothing was saved.").arg(name));
    case 13: // SQLITE_FULL (no space left on the disk, or a size limit of the database)
        return Error::storage(
            tr("The database \"%1\" could not be written because the disk is full; nothing "
               "was saved.")
                .arg(name));
    case 10: // SQLITE_IOERR
        return Error::storage(
            tr("The database \"%1\" could not be written (is the disk full?); nothing was saved.")
                .arg(name));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return damaged(name);
    default:
        // Errors raised by QtSql itself (not SQLite) carry only a driver text.
        return Error::storage(
            tr("The database \"%1\" reported an error: %2")
                .arg(name, error.databaseText().isEmpty() ? error.text() : error.databaseText()));
    }
}

bool SqliteEngine::isDamage(int sqliteCode)
{
    const int primary = sqliteCode & 0xff;
    return primary == 11 /* SQLITE_CORRUPT */ || primary == 26 /* SQLITE_NOTADB */;
}

Error SqliteEngine::damaged(const QString &fileName)
{
    return Error::integrity(
        tr("The database \"%1\" is damaged; nothing was written to it.").arg(fileName));
}

Status SqliteEngine::checkSound(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // One finding is enough to refuse: quick_check(1) stops at the first.
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")))
        return isDamage(query.lastError().nativeErrorCode().toInt()) ? damaged(displayName())
                                                                     : describe(query.lastError());
    const bool sound = query.next() && query.value(0).toString() == QLatin1String("ok");
    query.finish();
    if (!sound)
        return damaged(displayName());
    return {};
}

Result<QStringList> SqliteEngine::integrityProblems(const QSqlDatabase &db) const
{
    QStringList problems;
    QSqlQuery query(db);
    // A check that cannot run to its end is a finding itself, never a silent "no problems";
    // what either check found before stays in the list.
    auto noteFailure = [&] {
        const QSqlError error = query.lastError();
        if (error.type() != QSqlError::NoError)
            problems << (error.databaseText().isEmpty() ? error.text() : error.databaseText());
    };
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next()) {
            // A row may hold several lines under a "*** in database main ***" heading.
            const QStringList lines =
                query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines)
                if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("*** ")))
                    problems << line;
        }
    }
    noteFailure();
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next())
            problems << tr("Row %1 of table %2 refers to a missing row in %3.")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString());
    }
    noteFailure();
    return problems;
}

// Three settings for one large transaction only, restored afterwards (measured with 10,000
// demo families, ~500,000 visits):
// - foreign_keys off, and one PRAGMA foreign_key_check over the whole file before the commit
//   instead: checked row by row, SQLite looks up the parents of every new row and the children
//   of every new parent, a fifth of the whole run (3 of 15 s); the check once takes a quarter
//   of a second, and any problem it finds rolls everything back. (The setting cannot change
//   inside a transaction, hence around it.)
// - temp_store = MEMORY: a multi-row INSERT that could fail halfway keeps a statement journal
//   of the pages it changes; in a temporary file (the default) that was over 600,000 small
//   writes for 4,000 families.
// - cache_size = 64 MiB: the visit indices other than by family take their rows in random
//   order; with the default 2 MiB cache their pages left the cache and came back.
// synchronous stays as it is: in WAL mode the transaction syncs once, at commit; turning it
// off measured no difference, and would risk the file on a power cut for nothing.
namespace {
const char *const BulkPragmas[] = {"foreign_keys", "temp_store", "cache_size"};
const qint64 BulkValues[] = {0, 2, -64 * 1024};
} // namespace

Status SqliteEngine::beforeBulkWrite(const QSqlDatabase &db)
{
    m_savedPragmas.clear();
    QSqlQuery query(db);
    for (const char *pragma : BulkPragmas) {
        if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) || !query.next())
            return describe(query.lastError());
        m_savedPragmas << query.value(0);
    }
    query.finish();
    for (std::size_t i = 0; i < std::size(BulkPragmas); ++i) {
        if (!query.exec(QStringLiteral("PRAGMA %1 = %2")
                            .arg(QLatin1String(BulkPragmas[i]))
                            .arg(BulkValues[i]))) {
            const Error failed = describe(query.lastError());
            (void)afterBulkWrite(db);
            return failed;
        }
    }
    return {};
}

Status SqliteEngine::finishBulkWrite(const QSqlDatabase &db)
{
    // SQLite gives the next row max(id) + 1 by itself: nothing to move.
    QSqlQuery problems(db);
    problems.setForwardOnly(true);
    if (!problems.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return describe(problems.lastError());
    if (!problems.next())
        return {};
    const QString message = tr("Row %1 of table %2 refers to a missing row in %3.")
                                .arg(problems.value(1).toString(), problems.value(0).toString(),
                                     problems.value(2).toString());
    problems.finish();
    return Error::integrity(message);
}

Status SqliteEngine::afterBulkWrite(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (int i = 0; i < m_savedPragmas.size(); ++i)
        if (!query.exec(QStringLiteral("PRAGMA %1 = %2")
                            .arg(QLatin1String(BulkPragmas[i]))
                            .arg(m_savedPragmas.at(i).toLongLong())))
            return describe(query.lastError());
    m_savedPragmas.clear();
    return {};
}

Status SqliteEngine::adoptIdentity(const QSqlDatabase &db, const QString &identity)
{
    // SQLite cannot switch a trigger off: it is dropped and made again from its own text,
    // all inside the transaction.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                   "name = 'database_identity_fixed'")) ||
        !query.next())
        return describe(query.lastError());
    const QString trigger = query.value(0).toString();
    query.finish();
    if (!query.exec(QStringLiteral("DROP TRIGGER database_identity_fixed")))
        return describe(query.lastError());
    query.prepare(QStringLiteral("UPDATE database_identity SET identity = ? WHERE id = 1"));
    query.addBindValue(identity);
    if (!query.exec() || !query.exec(trigger))
        return describe(query.lastError());
    return {};
}
