#pragma once
// The libpq connection under a QPSQL connection, for the bulk paths QtSql has no call for
// (COPY: PostgresEngine::textRows, PostgresCopyIn). Included by their sources only.

#include <QSqlDatabase>
#include <QSqlDriver>

#include <libpq-fe.h>

// nullptr when `db` is not a QPSQL connection.
inline PGconn *libpqConnectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6 names the type as the compiler spells it: PGconn is libpq's typedef of pg_conn.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}
