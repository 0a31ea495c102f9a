#include "Database.h"

#include "DatabaseAddress.h"
#include "PostgresEngine.h"
#include "SqliteEngine.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QThread>

#include <utility>

namespace {
constexpr qint64 RetryPauseMs = 10000;

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
    // The statements go after their connection: QPSQL would otherwise send a DEALLOCATE for
    // each, which the end of the session does anyway, and warns for each when the connection
    // was lost.
    auto statements = std::move(m_statements);
    m_statements.clear();
    closeConnection();
}

void Database::closeConnection() const
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<SqlEngine> Database::engineFor(const DatabaseAddress &address,
                                               const QString &password)
{
    if (address.isServer())
        return std::make_unique<PostgresEngine>(address, password);
    return std::make_unique<SqliteEngine>(address.filePath());
}

Status Database::reconnect()
{
    m_noRetryUntil = QDeadlineTimer();
    return openAgain();
}

Status Database::openAgain() const
{
    if (!isServer())
        return {};
    // Not before a few seconds have passed since the last attempt failed (see reconnect()).
    m_noRetryUntil = QDeadlineTimer(RetryPauseMs);
    // The old statements are not destroyed while their driver lives: QPSQL would send a
    // DEALLOCATE for each over the new connection. With the old connection removed their
    // driver is gone, and they stay as empty shells for whoever still holds one.
    for (auto &statement : m_statements)
        m_retired.push_back(std::move(statement.second));
    m_statements.clear();
    closeConnection();
    m_connectionName = newConnectionName();
    auto version = m_engine->open(m_connectionName, m_access);
    if (!version)
        return version.error();
    m_noRetryUntil = QDeadlineTimer();
    if (m_reconnectedObserver)
        m_reconnectedObserver();
    return {};
}

Error Database::reportFailure(const QSqlError &error) const
{
    Error described = describe(error);
    if (described.kind == Error::Kind::ConnectionLost && m_lostObserver)
        m_lostObserver(described);
    return described;
}

Error Database::describe(const QSqlError &error) const
{
    m_lastFailureRetryable = m_engine->isRetryable(error);
    if (isServer() && !isOpen(m_connectionName))
        return m_engine->describe(QSqlError(QString(), QString(), QSqlError::ConnectionError));
    return m_engine->describe(error);
}

Result<qint64> Database::textRows(const QString &select, const QVariantList &binds,
                                  const SqlEngine::TextRow &row) const
{
    auto rows = m_engine->textRows(connection(), select, binds, row);
    if (!rows && rows.error().kind == Error::Kind::ConnectionLost && m_lostObserver)
        m_lostObserver(rows.error());
    return rows;
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

Result<std::unique_ptr<Database>> Database::open(const QString &text, Access access,
                                                 const QString &password)
{
    auto address = DatabaseAddress::parse(text);
    if (!address)
        return address.error();
    std::unique_ptr<Database> database(
        new Database(text, access, engineFor(address.value(), password)));
    database->m_address = address.value();
    database->m_password = password;
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
    return withConnection<QSqlQuery *>([&] { return execOnce(sql, binds); });
}

Status Database::begin(const QString &statement) const
{
    auto begun = withConnection<bool>([&]() -> Result<bool> {
        QSqlQuery control(connection());
        if (!control.exec(statement))
            return describe(control.lastError());
        return true;
    });
    if (!begun)
        return begun.error();
    return {};
}

template <typename T>
Result<T> Database::withConnection(const std::function<Result<T>()> &run) const
{
    bool reopened = false;
    // A server connection that could not be made again last time is tried first (QtSql
    // would only warn that the database is not open).
    if (isServer() && !connection().isOpen()) {
        if (m_transactionDepth > 0 || !m_noRetryUntil.hasExpired() || !openAgain()) {
            const Error lost =
                m_engine->describe(QSqlError(QString(), QString(), QSqlError::ConnectionError));
            if (m_lostObserver)
                m_lostObserver(lost);
            return lost;
        }
        reopened = true;
    }
    Result<T> done = run();
    if (done || done.error().kind != Error::Kind::ConnectionLost)
        return done;
    // Outside a transaction nothing was half done: the statement is repeated once on a new
    // connection. Only when that fails too is the loss reported.
    if (!reopened && m_transactionDepth == 0 && openAgain()) {
        done = run();
        if (done || done.error().kind != Error::Kind::ConnectionLost)
            return done;
    }
    if (m_lostObserver)
        m_lostObserver(done.error());
    return done;
}

Result<QSqlQuery *> Database::execOnce(const QString &sql, const QVariantList &binds) const
{
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
    // Another user's transaction may win a race for the same rows (a deadlock, or a
    // serialization failure); the loser runs again, as PostgreSQL's documentation advises,
    // and only a repeated loss reaches the user, as "in use by another user".
    constexpr int Attempts = 4;
    for (int attempt = 1;; ++attempt) {
        m_lastFailureRetryable = false;
        m_afterCommit.clear();
        if (Status begun = begin(m_engine->beginTransaction()); !begun)
            return begun;
        QSqlQuery control(connection());
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        if (result && control.exec(QStringLiteral("COMMIT"))) {
            const auto steps = std::exchange(m_afterCommit, {});
            for (const auto &step : steps)
                step();
            return result;
        }
        const Status failure = result ? Status(reportFailure(control.lastError())) : result;
        for (auto &statement : m_statements)
            statement.second->finish();
        // A lost connection's transaction was rolled back by the server; asking it would warn.
        if (isOpen(m_connectionName))
            control.exec(QStringLiteral("ROLLBACK"));
        if (!m_lastFailureRetryable || attempt == Attempts)
            return failure;
        QThread::msleep(10 * attempt); // let the winner finish
    }
}

void Database::afterCommit(const std::function<void()> &step)
{
    if (m_transactionDepth > 0)
        m_afterCommit.push_back(step);
    else
        step();
}

Status Database::readSnapshot(const std::function<Status()> &work) const
{
    if (m_transactionDepth > 0)
        return work();
    if (Status begun = begin(m_engine->beginSnapshot()); !begun)
        return begun;
    QSqlQuery control(connection());
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
