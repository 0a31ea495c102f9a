#pragma once
// A DuoCoach SQLite file. Opening checks the file before anything is written: a file that is
// not SQLite, belongs to another program, comes from a newer DuoCoach, is damaged or cannot
// be written is refused with one sentence and left byte-for-byte as it was. Older files are
// copied beside themselves (VACUUM INTO), then migrated step by step (see Migrations). The
// file is 0600 and in WAL mode; sorts and temporary tables stay in memory.

#include "SqlEngine.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

class SqliteEngine : public SqlEngine
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    explicit SqliteEngine(QString path) : m_path(std::move(path)) {}
    // A private database in memory, with the whole schema and nothing in it: for this process
    // alone, gone when closed (the rows of a server an export reads, see ServerSnapshot).
    static std::unique_ptr<SqliteEngine> inMemory();

    Result<int> open(const QString &connectionName, Access access) override;
    QString displayName() const override;
    QString filePath() const override { return m_memory ? QString() : m_path; }
    QString fullName() const override { return m_memory ? displayName() : m_path; }
    bool isServer() const override { return false; }
    QString beginTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    // A deferred transaction reads one snapshot from its first read on (WAL).
    QString beginSnapshot() const override { return QStringLiteral("BEGIN"); }
    bool streamsRows() const override { return true; }
    Error describe(const QSqlError &error) const override;
    QString inIdList() const override
    {
        return QStringLiteral("IN (SELECT value FROM json_each(?))");
    }
    QString inTextList() const override { return inIdList(); }
    QString likeIgnoringCase() const override { return QStringLiteral("LIKE"); }
    Status checkSound(const QSqlDatabase &db) const override;
    Result<QStringList> integrityProblems(const QSqlDatabase &db) const override;
    Status beforeBulkWrite(const QSqlDatabase &db) override;
    Status finishBulkWrite(const QSqlDatabase &db) override;
    Status afterBulkWrite(const QSqlDatabase &db) override;
    Status adoptIdentity(const QSqlDatabase &db, const QString &identity) override;

    // The copy made before this open migrated the file; empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    // SQLite's primary result codes for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB), and the
    // sentence for it, for code that reaches SQLite through its C API (SqliteStatement).
    static bool isDamage(int sqliteCode);
    static Error damaged(const QString &fileName);

private:
    Status refuseUnfitFile(Access access) const;
    Status judge(const QSqlDatabase &db, int *version) const;
    Status upgrade(const QSqlDatabase &db, int fromVersion);
    Status makeBackup(const QSqlDatabase &db, int fromVersion);

    Result<int> openInMemory(const QString &connectionName);

    QString m_path;
    bool m_memory = false;
    QString m_backupPath;
    // A read-only look at a file whose write-ahead log lies beside it without its index
    // (-shm): read from a private copy, as SQLite would otherwise create the index beside the
    // file and leave it there. Null otherwise.
    std::unique_ptr<QTemporaryDir> m_snapshot;
    // The settings a bulk write changed, to put back after it.
    QVariantList m_savedPragmas;
};
