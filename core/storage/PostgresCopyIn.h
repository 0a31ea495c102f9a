#pragma once
// Rows into one table of a PostgreSQL server by COPY … FROM STDIN on QPSQL's own libpq
// connection, inside the caller's transaction: the path pg_dump's plain dumps restore by, a
// few large messages instead of a statement with its parameters for every 256 rows. Used by
// RowCopier when the whole of a database moves to a server (`duocoach-cli copy`).

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <memory>
#include <vector>

class Database;
struct pg_conn;

class PostgresCopyIn
{
public:
    // Starts COPY into `table` (`columns` in the order add() gives them) on `db`, a server.
    static Result<std::unique_ptr<PostgresCopyIn>> start(const Database &db, const QString &table,
                                                         const QStringList &columns);
    // Ends a copy that was not finished: the server is told, and the transaction fails.
    ~PostgresCopyIn();
    PostgresCopyIn(const PostgresCopyIn &) = delete;
    PostgresCopyIn &operator=(const PostgresCopyIn &) = delete;

    // One row, each value as UTF-8 text; a null view is NULL.
    Status add(const std::vector<QByteArrayView> &fields);
    // Sends what is left and ends the copy; the server checks the rows and says so here.
    Status finish();

private:
    PostgresCopyIn(const Database &db, pg_conn *connection) : m_db(db), m_connection(connection) {}
    Status send();
    Status failed() const;

    const Database &m_db;
    pg_conn *m_connection = nullptr;
    QByteArray m_buffer;
    bool m_open = true;
};
