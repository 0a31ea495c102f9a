#pragma once
// What differs between the two engines DuoCoach keeps its data in, in one place: a SQLite
// file (the default for one person or a small team) and a PostgreSQL server (a whole
// organisation). Stores write one SQL text for both wherever standard SQL serves, and ask the
// engine through Database for the few pieces that differ; nothing outside this interface and
// its two implementations asks which engine it runs on.
//
// The connection (queries, transactions, schema version, error sentences, list binding) is
// here; what only a file has (its header, WAL, 0600, the lock file, VACUUM INTO backups,
// integrity_check) is SqliteEngine's own.

#include "Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <vector>

class SqlEngine
{
public:
    enum class Access { ReadWrite, ReadOnly };

    virtual ~SqlEngine() = default;

    // Opens the QtSql connection called `connectionName`, judges what it finds before
    // anything is written, and when writable creates or upgrades the schema. Returns the
    // schema version it works with. Every refusal is one sentence naming the database.
    virtual Result<int> open(const QString &connectionName, Access access) = 0;

    // The database as a sentence names it: the file's name, or "duocoach on db.example.org".
    virtual QString displayName() const = 0;
    // The database as a report of a command names it: the file's path as given, so the user
    // finds it; on a server displayName(), as its address says socket folders and options
    // rather than which database.
    virtual QString fullName() const { return displayName(); }
    // The file a SQLite database lives in; empty for a server (and a private memory one).
    virtual QString filePath() const { return {}; }
    virtual bool isServer() const = 0;
    // The role a server connection logged in as (libpq may have chosen it: the login name of
    // the computer's user); empty for a file.
    virtual QString loginName() const { return {}; }
    // Whether open() found no schema and made one: a new file or an empty server database.
    bool createdSchema() const { return m_createdSchema; }

    // Starts a writing transaction: SQLite takes the write lock up front (BEGIN IMMEDIATE),
    // so a busy file fails before any work is done.
    virtual QString beginTransaction() const = 0;
    // Starts a transaction that only reads, every statement of it seeing the same moment.
    virtual QString beginSnapshot() const = 0;

    // Whether a statement can hand out its rows one by one while other statements run on the
    // same connection. The stores read one list while they look up details in another.
    virtual bool streamsRows() const = 0;

    // A driver error as one sentence naming the database; nothing saved is said where true.
    virtual Error describe(const QSqlError &error) const = 0;
    // Whether a transaction that failed with `error` may simply be run again: it lost a race
    // with another user's (a serialization failure or a deadlock on a server). A file takes
    // its write lock up front, so it never loses one half-way.
    virtual bool isRetryable(const QSqlError &) const { return false; }
    // Whether this connection reads every row: a file always; on a server only a role past
    // row-level security (a superuser, or one with BYPASSRLS, as pg_dump needs).
    virtual Result<bool> readsEverything(const QSqlDatabase &) const { return true; }

    // One row of textRows(): each field as UTF-8 text, a null view for NULL. Valid only
    // during the call.
    using TextRow = std::function<Status(const std::vector<QByteArrayView> &fields)>;
    // Hands every row `select` (with `binds`) gives to `row`, its values as text, by the
    // engine's bulk path: many rows for few calls, none of them turned into a QVariant.
    // Returns the number of rows; an error from `row` stops the read and is returned.
    // On PostgreSQL it is COPY (…) TO STDOUT, which takes no parameters: the binds are
    // written into the statement (SqlValues::writtenIn), so they are the program's own values
    // (dates, ids), never text a user typed. Here, for any engine, through QtSql.
    virtual Result<qint64> textRows(const QSqlDatabase &db, const QString &select,
                                    const QVariantList &binds, const TextRow &row) const;

    // "IN (…)" with one placeholder that takes a whole list as a JSON array text (see
    // SqlValues::jsonArray): one statement and one bound value however long the list.
    virtual QString inIdList() const = 0;
    virtual QString inTextList() const = 0;
    // LIKE that ignores case. SQLite's LIKE does already (for ASCII, as its lower() does), and
    // lower() on both sides cost the family search a third of each keystroke; PostgreSQL's is
    // ILIKE.
    virtual QString likeIgnoringCase() const = 0;

    // A quick structural check before a bulk write; the full check of `check`. A server
    // keeps its own storage sound, so it only checks the references.
    virtual Status checkSound(const QSqlDatabase &db) const = 0;
    virtual Result<QStringList> integrityProblems(const QSqlDatabase &db) const = 0;

    // Writing very many rows that carry their own ids (demo data, a copy), in one
    // transaction (see Database::bulkWrite): the engine's settings for it are made before the
    // transaction and put back after it; inside it, before the commit, references are checked
    // and the id counters are moved past the ids given.
    virtual Status beforeBulkWrite(const QSqlDatabase &db) = 0;
    // Inside the transaction, before the first row: the target is empty, so what only checks
    // or finds rows may be set aside and built once, in finishBulkWrite.
    virtual Status startBulkWrite(const QSqlDatabase &) { return {}; }
    virtual Status finishBulkWrite(const QSqlDatabase &db) = 0;
    virtual Status afterBulkWrite(const QSqlDatabase &db) = 0;

    // Gives the database the identity of the one it is a copy of (duocoach-cli copy), inside
    // the caller's transaction: calendar UIDs stay the same on the copy. Past the triggers that
    // keep the identity fixed for everything else.
    virtual Status adoptIdentity(const QSqlDatabase &db, const QString &identity) = 0;

protected:
    bool m_createdSchema = false;
};
