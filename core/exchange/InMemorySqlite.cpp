#include "InMemorySqlite.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {
QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("duocoach-memory-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

InMemorySqlite::InMemorySqlite() : m_connectionName(newConnectionName()) {}

InMemorySqlite::~InMemorySqlite()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // Only now, with SQLite no longer reading it, may the image be wiped and freed.
    m_image.clear();
}

QSqlDatabase InMemorySqlite::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status InMemorySqlite::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        return Error::storage(
            tr("Could not open a database in memory: %1").arg(db.lastError().text()));
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::storage(tr("The SQLite driver does not give access to its database."));
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle)
        return Error::storage(tr("The SQLite driver does not give access to its database."));
    // Sorts and temporary indices must not spill plaintext into temporary files.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA temp_store = MEMORY")))
        return Error::storage(
            tr("Could not open a database in memory: %1").arg(query.lastError().text()));
    return {};
}

Result<std::unique_ptr<InMemorySqlite>> InMemorySqlite::create()
{
    std::unique_ptr<InMemorySqlite> memory(new InMemorySqlite);
    if (Status connected = memory->connect(); !connected)
        return connected.error();
    return memory;
}

Result<std::unique_ptr<InMemorySqlite>> InMemorySqlite::open(SecureBytes image, const QString &name)
{
    std::unique_ptr<InMemorySqlite> memory(new InMemorySqlite);
    if (Status connected = memory->connect(); !connected)
        return connected.error();
    memory->m_image = std::move(image);
    // Read-only and not resizeable: SQLite reads the image in place and never writes to it;
    // the image stays ours (no FREEONCLOSE), so it is wiped when this object goes.
    const int rc = sqlite3_deserialize(
        memory->m_handle, "main", memory->m_image.data(), sqlite3_int64(memory->m_image.size()),
        sqlite3_int64(memory->m_image.size()), SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK)
        return Error::integrity(tr("\"%1\" is damaged and cannot be read.").arg(name));
    return memory;
}

Result<SecureBytes> InMemorySqlite::serialize() const
{
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(m_handle, "main", &size, 0);
    if (!bytes)
        return Error::storage(tr("Could not turn the database in memory into a file (out of "
                                 "memory?)."));
    return SecureBytes::adopt(bytes, std::size_t(size), sqlite3_free);
}
