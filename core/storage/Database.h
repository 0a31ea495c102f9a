#pragma once
// One DuoCoach database through QtSql: a SQLite file or a PostgreSQL server, named by a
// DatabaseAddress. Opening judges the database before anything is written: one that belongs to
// another program, comes from a newer DuoCoach, is damaged or cannot be written is refused
// with one sentence and left as it was (see SqliteEngine and PostgresEngine). The stores run
// their SQL through exec() and scalar(); where the engines differ they ask this class.

#include "DatabaseAddress.h"
#include "Result.h"
#include "SqlEngine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    using Access = SqlEngine::Access;

    // PRAGMA application_id of every DuoCoach database: "DuoC".
    static constexpr int ApplicationId = 0x44756f43;

    // `address` is a file path or a postgresql:// URI (see DatabaseAddress). `password` is for
    // a server that asks for one (the window's prompt); empty leaves it to libpq's PGPASSWORD,
    // ~/.pgpass and PGPASSFILE. It is kept in memory only, to reconnect with.
    static Result<std::unique_ptr<Database>> open(const QString &address,
                                                  Access access = Access::ReadWrite,
                                                  const QString &password = QString());
    // A private, empty database in memory with the whole schema (see SqliteEngine::inMemory).
    static Result<std::unique_ptr<Database>> openInMemory();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The address that opens it again: the file path, or the server URI.
    QString path() const { return m_path; }
    // The SQLite file, for what only a file has (backups, the lock, files beside it); empty on
    // a server.
    QString filePath() const { return m_engine->filePath(); }
    bool isServer() const { return m_engine->isServer(); }
    // The address parsed: server, database and user for the title and status bar.
    const DatabaseAddress &address() const { return m_address; }
    // The role a server connection logged in as; empty for a file.
    QString loginName() const { return m_engine->loginName(); }
    bool createdSchema() const { return m_engine->createdSchema(); }
    QString displayName() const { return m_engine->displayName(); } // for messages
    QString fullName() const { return m_engine->fullName(); }       // for a command's report
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made before this open migrated the file; empty when none was needed.
    QString backupPath() const;
    QSqlDatabase connection() const;

    // "IN (…)" taking a whole list of ids (or texts) as one value, SqlValues::jsonArray.
    QString inIdList() const { return m_engine->inIdList(); }
    QString inTextList() const { return m_engine->inTextList(); }
    // "LIKE" ignoring case: SqlEngine::likeIgnoringCase.
    QString likeIgnoringCase() const { return m_engine->likeIgnoringCase(); }

    // Runs one statement, prepared once per connection and reused, with positional binds.
    // The query stays owned by the database and is valid until the same SQL runs again.
    // A caller that stops before the last row calls finish(): a half-read statement keeps
    // the connection reading an old snapshot, blind to what other programs committed since.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds = {}) const;
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {}) const;

    // Hands every row of `select` to `row` with its values as text, by the engine's bulk path
    // (see SqlEngine::textRows): for reading very many rows, as an export from a server does.
    Result<qint64> textRows(const QString &select, const QVariantList &binds,
                            const SqlEngine::TextRow &row) const;

    // Called with every statement exec() (and so scalar()) runs, before it runs. For tests:
    // the query-plan test records what the stores really send, with their filters, instead of
    // keeping copies of their SQL that could drift. An empty function stops it.
    using StatementObserver = std::function<void(const QString &sql, const QVariantList &binds)>;
    void setStatementObserver(StatementObserver observer) { m_observer = std::move(observer); }

    // Runs an INSERT and returns the id of the new row (INSERT … RETURNING id, which both
    // engines know).
    Result<qint64> insert(const QString &sql, const QVariantList &binds = {}) const;

    // Runs work inside one transaction: committed when it returns ok, rolled back otherwise.
    // Nested calls join the outer transaction. A transaction that lost a race with another
    // user's on a server (SqlEngine::isRetryable) is run again, a few times at most, so work
    // must be safe to repeat (it reads what it writes from inside the transaction).
    Status transaction(const std::function<Status()> &work);
    // Runs `step` once the transaction now open has committed (at once outside one); dropped
    // when it rolls back. For what follows the data out of the database: the log's seal file.
    void afterCommit(const std::function<void()> &step);
    // Runs work that only reads, every statement seeing the database at one moment (an
    // export's tables agree with each other). Inside a transaction it joins that one.
    Status readSnapshot(const std::function<Status()> &work) const;
    // One transaction for very many rows that carry their own ids (demo data, a copy):
    // references are checked before the commit, and rows added later get ids after the ones
    // given. See SqlEngine::beforeBulkWrite.
    Status bulkWrite(const std::function<Status()> &work);

    // See SqlEngine::adoptIdentity: for a copy, inside its transaction.
    Status adoptIdentity(const QString &identity)
    {
        return m_engine->adoptIdentity(connection(), identity);
    }

    // Opens the connection to the server again, at the same address with the same password,
    // after it was lost (Error::Kind::ConnectionLost). Statements handed out before belong to
    // the old connection and return nothing more. A file never needs it.
    Status reconnect();
    // When a statement finds the connection lost outside a transaction, the connection is
    // made again once, silently, and the statement repeated: a window left idle while the
    // server restarted just goes on. Inside a transaction nothing is repeated (the work done
    // so far is gone); the error says so. Told about every connection lost that was not
    // mended that way, so a window can offer to reconnect. An empty function stops it.
    using ConnectionLostObserver = std::function<void(const Error &error)>;
    void setConnectionLostObserver(ConnectionLostObserver observer)
    {
        m_lostObserver = std::move(observer);
    }

    // Told after reconnect() (or a statement's own reconnect) opened a new connection: what
    // was tied to the old one (a subscription to the server's notifications) is made again.
    using ReconnectedObserver = std::function<void()>;
    void setReconnectedObserver(ReconnectedObserver observer)
    {
        m_reconnectedObserver = std::move(observer);
    }

    // See SqlEngine::readsEverything: whether a copy of this database would be whole.
    Result<bool> readsEverything() const { return m_engine->readsEverything(connection()); }

    // Turns a driver error into one sentence naming the database. On a server connection
    // that dropped, whatever the driver said (often nothing) is the connection lost.
    Error describe(const QSqlError &error) const;

    // A quick structural check (PRAGMA quick_check) before a bulk write, such as an import or
    // the demo data: a damaged file is refused with one sentence and not written to. Cheaper
    // than integrityProblems(), and run only where much is about to be written, so opening
    // the window stays as quick as it was.
    Status checkSound() const { return m_engine->checkSound(connection()); }

    // PRAGMA integrity_check and foreign_key_check (on a server: the references); the
    // problems found, empty when sound.
    Result<QStringList> integrityProblems() const
    {
        return m_engine->integrityProblems(connection());
    }

private:
    Database(QString path, Access access, std::unique_ptr<SqlEngine> engine);
    static std::unique_ptr<SqlEngine> engineFor(const DatabaseAddress &address,
                                                const QString &password);
    void closeConnection() const;
    // What reconnect() does; const because a reading statement may need it.
    Status openAgain() const;
    // The error of a failed statement; a lost connection is reported to the observer.
    Error reportFailure(const QSqlError &error) const;
    // Runs `run`, reconnecting once and running it again when it finds the connection lost
    // outside a transaction (see setConnectionLostObserver).
    template <typename T> Result<T> withConnection(const std::function<Result<T>()> &run) const;
    Result<QSqlQuery *> execOnce(const QString &sql, const QVariantList &binds) const;
    Status begin(const QString &statement) const;

    QString m_path;
    DatabaseAddress m_address;
    QString m_password;
    Access m_access;
    std::unique_ptr<SqlEngine> m_engine;
    mutable QString m_connectionName; // a new one for each reconnect
    // After a reconnect that failed, statements do not each try again for a while: a server
    // out of reach takes its connect_timeout to say so, and a page reads many statements.
    mutable QDeadlineTimer m_noRetryUntil;
    int m_schemaVersion = 0;
    mutable int m_transactionDepth = 0; // a read snapshot counts too
    std::vector<std::function<void()>> m_afterCommit;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    // Statements of connections lost before: a caller may still hold one, so they live on
    // (returning nothing) until the database closes.
    mutable std::vector<std::unique_ptr<QSqlQuery>> m_retired;
    StatementObserver m_observer;
    ConnectionLostObserver m_lostObserver;
    ReconnectedObserver m_reconnectedObserver;
    // Whether the last failed statement lost a race another transaction won (see transaction).
    mutable bool m_lastFailureRetryable = false;
};
