#pragma once
// One DuoCoach SQLite file through QtSql. Opening checks the file before anything is written:
// a file that is not SQLite, belongs to another program, comes from a newer DuoCoach, is
// damaged or cannot be written is refused with one sentence and left byte-for-byte as it was.
// Older files are copied beside themselves, then migrated step by step (see Migrations).

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Access { ReadWrite, ReadOnly };

    // PRAGMA application_id of every DuoCoach database: "DuoC".
    static constexpr int ApplicationId = 0x44756f43;

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Access access = Access::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QString displayName() const; // file name for messages
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made before this open migrated the file; empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    QSqlDatabase connection() const;

    // Runs one statement, prepared once per connection and reused, with positional binds.
    // The query stays owned by the database and is valid until the same SQL runs again.
    // A caller that stops before the last row calls finish(): a half-read statement keeps
    // the connection reading an old snapshot, blind to what other programs committed since.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds = {}) const;
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {}) const;

    // Called with every statement exec() (and so scalar()) runs, before it runs. For tests:
    // the query-plan test records what the stores really send, with their filters, instead of
    // keeping copies of their SQL that could drift. An empty function stops it.
    using StatementObserver = std::function<void(const QString &sql, const QVariantList &binds)>;
    void setStatementObserver(StatementObserver observer) { m_observer = std::move(observer); }

    // Runs work inside one transaction: committed when it returns ok, rolled back otherwise.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);

    // Turns a driver error into one sentence naming the file.
    Error describe(const QSqlError &error) const;
    // SQLite's primary result codes for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB), and the
    // sentence for it, for code that reaches SQLite through its C API (SqliteStatement).
    static bool isDamage(int sqliteCode);
    static Error damaged(const QString &fileName);

    // A quick structural check (PRAGMA quick_check) before a bulk write, such as an import or
    // the demo data: a damaged file is refused with one sentence and not written to. Cheaper
    // than integrityProblems(), and run only where much is about to be written, so opening
    // the window stays as quick as it was.
    Status checkSound() const;

    // PRAGMA integrity_check and foreign_key_check; the problems found, empty when sound.
    Result<QStringList> integrityProblems() const;

private:
    Database(QString path, Access access);
    Status connect();
    Status upgrade(int fromVersion);
    Status makeBackup(int fromVersion);

    QString m_path;
    Access m_access;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QString m_backupPath;
    // A read-only look at a file whose write-ahead log lies beside it without its index
    // (-shm): read from a private copy, as SQLite would otherwise create the index beside the
    // file and leave it there. Null otherwise.
    std::unique_ptr<QTemporaryDir> m_snapshot;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    StatementObserver m_observer;
};
