#pragma once
// A DuoCoach database on a PostgreSQL server, through Qt's QPSQL driver (libpq). Opening
// judges the database before anything is written: a database that holds tables of another
// program, one written by a newer DuoCoach, or one the user may not write is refused with one
// sentence naming server and database. An empty database gets the whole schema in one
// transaction (PostgresSchema), under an advisory lock so two clients starting at once never
// both create or upgrade it.

#include "DatabaseAddress.h"
#include "SqlEngine.h"

#include <QCoreApplication>

class PostgresEngine : public SqlEngine
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // `password` is the one the window asked for; empty leaves it to libpq (PGPASSWORD,
    // ~/.pgpass, PGPASSFILE). It lives only in memory, for as long as the engine.
    explicit PostgresEngine(DatabaseAddress address, QString password = QString())
        : m_address(std::move(address)), m_password(std::move(password))
    {}

    Result<int> open(const QString &connectionName, Access access) override;
    bool isServer() const override { return true; }
    QString loginName() const override { return m_login; }
    QString displayName() const override;
    QString beginTransaction() const override { return QStringLiteral("BEGIN"); }
    // READ COMMITTED, the default, gives each statement its own moment.
    QString beginSnapshot() const override
    {
        return QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
    // QPSQL streams a forward-only result in libpq's single-row mode, which allows one active
    // statement a connection: a second one discards the first one's rows. Results are
    // fetched whole instead; every list the stores read is a page (issue 7), not a table.
    bool streamsRows() const override { return false; }
    Error describe(const QSqlError &error) const override;
    bool isRetryable(const QSqlError &error) const override;
    Result<bool> readsEverything(const QSqlDatabase &db) const override;
    // COPY (…) TO STDOUT on the driver's own connection (libpq), inside whatever transaction
    // it is in: as psql's \copy reads, without a result set, a QVariant or a QString a field.
    Result<qint64> textRows(const QSqlDatabase &db, const QString &select,
                            const QVariantList &binds, const TextRow &row) const override;
    QString inIdList() const override;
    QString inTextList() const override;
    QString likeIgnoringCase() const override { return QStringLiteral("ILIKE"); }
    Status checkSound(const QSqlDatabase &db) const override;
    Result<QStringList> integrityProblems(const QSqlDatabase &db) const override;
    Status beforeBulkWrite(const QSqlDatabase &) override { return {}; }
    Status startBulkWrite(const QSqlDatabase &db) override;
    Status finishBulkWrite(const QSqlDatabase &db) override;
    Status adoptIdentity(const QSqlDatabase &db, const QString &identity) override;
    Status afterBulkWrite(const QSqlDatabase &) override { return {}; }

    // The key of the advisory lock held while the schema is created or upgraded: "DuoC".
    static constexpr qint64 SchemaLockKey = 0x44756f43;

private:
    Error connectionFailed(const QSqlError &error) const;
    Result<int> judge(const QSqlDatabase &db, bool *empty) const;
    // Makes the schema in an empty database (fromVersion 0), or brings an older one to the
    // latest format; only its owner may do the latter.
    Result<int> createSchema(const QSqlDatabase &db, int fromVersion);
    Error notInTeam() const;

    DatabaseAddress m_address;
    QString m_password;
    QString m_login;
    // The statements that rebuild what startBulkWrite set aside, in order.
    QStringList m_rebuildAfterBulk;
    QStringList m_forceAfterBulk; // row-level security, restored after the id counters move
};
