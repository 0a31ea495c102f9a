#pragma once
// An SQLite database that lives only in memory, reached through QtSql, and turned into the
// bytes of a database file (or made from them) without a file ever being written. The
// supervision package is built and read this way: its plaintext never touches the disk, and a
// package being read is never opened by SQLite as a file, so reading cannot change it.
// Serialising uses SQLite's own sqlite3_serialize/sqlite3_deserialize on the connection's
// handle (Debian's QtSql SQLite plugin uses the system libsqlite3, which DuoCoach links too).

#include "Result.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

struct sqlite3;

class InMemorySqlite
{
    Q_DECLARE_TR_FUNCTIONS(InMemorySqlite)
public:
    // An empty database. Temporary tables and sort spills stay in memory too (temp_store).
    static Result<std::unique_ptr<InMemorySqlite>> create();
    // A read-only database over `image`, the bytes of an SQLite file; the image is kept (and
    // wiped when this closes). `name` names the file in messages.
    static Result<std::unique_ptr<InMemorySqlite>> open(SecureBytes image, const QString &name);
    ~InMemorySqlite();
    InMemorySqlite(const InMemorySqlite &) = delete;
    InMemorySqlite &operator=(const InMemorySqlite &) = delete;

    QSqlDatabase connection() const;
    sqlite3 *handle() const { return m_handle; }

    // The database as the bytes of an SQLite file.
    Result<SecureBytes> serialize() const;

private:
    InMemorySqlite();
    Status connect();

    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    SecureBytes m_image; // the memory a deserialised database reads from
};
