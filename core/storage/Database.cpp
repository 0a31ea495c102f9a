#include "Database.h"

#include "DatabaseAddress.h"
#include "PostgresEngine.h"
#include "SqliteEngine.h"

#include <QAtomicInteger>
#include <QSqlError>

namespace {
QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("duocoach-%1").arg(counter.fetchAndAddRelaxed(1));
}

// QPSQL asks libpq, so a server connection that dropped reads as closed.
bool isOpen(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false).isOpen();
}
} // namespace

Database::Database(QString path, Access access, std::unique_ptr<SqlEngine> engine)
    : m_path(std::move(path)), m_access(access), m_engine(std::move(engine)),
      m_connectionName(newConnectionName())
{}

Database::~Database()
{
    // A server connection that was lost took its prepared statements with it: freeing each
    // one would ask the dead connection and warn on stderr. Then the driver goes first, and
    // the statements find none to ask.
    const bool lost = !isOpen(m_connectionName);
    if (!lost)
        m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_statements.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::backupPath() const
{
    const auto *file = dynamic_cast<const SqliteEngine *>(m_engine.get());
    return file ? file->backupPath() : QString();
}

Result<std::unique_ptr<Database>> Database::open(const QString &text, Access access)
{
    auto address = DatabaseAddress::parse(text);
    if (!address)
        return address.error();
    std::unique_ptr<SqlEngine> engine;
    if (address->isServer())
        engine = std::make_unique<PostgresEngine>(address.value());
    else
        engine = std::make_unique<SqliteEngine>(address->filePath());
    std::unique_ptr<Database> database(new Database(text, access, std::move(engine)));
    auto version = database->m_engine->open(database->m_connectionName, access);
    if (!version)
        return version.error();
    database->m_schemaVersion = version.value();
    if (!address->isServer())
        database->m_path = database->m_engine->filePath(); // made absolute by the engine
    return database;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    std::unique_ptr<Database> database(
        new Database(QString(), Access::ReadWrite, SqliteEngine::inMemory()));
    auto version = database->m_engine->open(database->m_connectionName, Access::ReadWrite);
    if (!version)
        return version.error();
    database->m_schemaVersion = version.value();
    return database;
}

Result<QSqlQuery *> Database::exec(const QString &sql, const QVariantList &binds) const
{
    if (m_observer)
        m_observer(sql, binds);
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        // QtSql only warns on stderr when asked to prepare on a server connection that
        // dropped, and leaves no error: the engine says it as every lost connection.
        if (!isOpen(m_connectionName))
            return describe(QSqlError(QString(), QString(), QSqlError::ConnectionError));
        auto query = std::make_unique<QSqlQuery>(connection());
        query->setForwardOnly(m_engine->streamsRows());
        if (!query->prepare(sql))
            return describe(query->lastError());
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    query.finish();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &value = binds.at(i);
        // QtSql writes a null QString as SQL NULL; only a null QVariant means NULL here, a
        // default-constructed QString is an empty text.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else if (value.typeId() == QMetaType::QString && !value.isNull())
            // Text is stored in one Unicode form (NFC), whatever typed or pasted it: a name
            // written decomposed (a Mac, a web page) must find, match and sort as the same name.
            query.bindValue(i, value.toString().normalized(QString::NormalizationForm_C));
        else
            query.bindValue(i, value);
    }
    if (!query.exec())
        return describe(query.lastError());
    return &query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds) const
{
    auto query = exec(sql, binds);
    if (!query)
        return query.error();
    QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlQuery control(connection());
    if (!control.exec(m_engine->beginTransaction()))
        return describe(control.lastError());
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result && control.exec(QStringLiteral("COMMIT")))
        return result;
    const Status failure = result ? Status(describe(control.lastError())) : result;
    for (auto &statement : m_statements)
        statement.second->finish();
    // A lost connection's transaction was rolled back by the server; asking it would warn.
    if (isOpen(m_connectionName))
        control.exec(QStringLiteral("ROLLBACK"));
    return failure;
}

Status Database::readSnapshot(const std::function<Status()> &work) const
{
    if (m_transactionDepth > 0)
        return work();
    QSqlQuery control(connection());
    if (!control.exec(m_engine->beginSnapshot()))
        return describe(control.lastError());
    ++m_transactionDepth;
    const Status result = work();
    --m_transactionDepth;
    for (auto &statement : m_statements)
        statement.second->finish();
    if (isOpen(m_connectionName))
        control.exec(QStringLiteral("ROLLBACK")); // nothing was written
    return result;
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &binds) const
{
    auto query = exec(sql + QStringLiteral(" RETURNING id"), binds);
    if (!query)
        return query.error();
    const qint64 id = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    if (id <= 0)
        return Error::storage(
            tr("The database \"%1\" did not say which row it added.").arg(displayName()));
    return id;
}

Status Database::bulkWrite(const std::function<Status()> &work)
{
    if (Status prepared = m_engine->beforeBulkWrite(connection()); !prepared)
        return prepared;
    Status done = transaction([&]() -> Status {
        if (Status started = m_engine->startBulkWrite(connection()); !started)
            return started;
        if (Status written = work(); !written)
            return written;
        return m_engine->finishBulkWrite(connection());
    });
    Status restored = m_engine->afterBulkWrite(connection());
    if (!done)
        return done;
    return restored;
}
