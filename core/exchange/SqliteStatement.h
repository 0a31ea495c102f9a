#pragma once
// One statement through SQLite's C API, for the bulk paths of the exports (copying rows into a
// supervision package, hashing them, writing the CSV visit log): values pass as SQLite holds
// them, typed and as UTF-8, without a QVariant and a QString per field. Everything else in
// DuoCoach goes through QtSql; this reaches the same connection through its driver handle.

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)
public:
    // The sqlite3 handle under a QtSql connection; nullptr when it is not SQLite's.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    static Result<SqliteStatement> prepare(sqlite3 *db, const QString &sql);

    // Binds values to ?1, ?2, ...: text, integers, reals, byte arrays; a null QVariant is NULL.
    Status bind(const QVariantList &values);
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();

    sqlite3_stmt *get() const { return m_statement.get(); }
    int columnType(int column) const;
    qint64 integer(int column) const;
    QByteArrayView text(int column) const; // valid until the next step
    // One sentence with SQLite's message, for `context` (e.g. "Could not read ...: %1").
    QString errorMessage() const;

private:
    struct Finalize
    {
        void operator()(sqlite3_stmt *statement) const;
    };
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}

    sqlite3 *m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalize> m_statement;
};
