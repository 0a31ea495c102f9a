#include "PostgresCopyIn.h"

#include "Database.h"
#include "LibpqConnection.h"

#include <QSqlError>

namespace {
// What is sent to the server at once: large enough that messages are few.
constexpr qsizetype BufferBytes = 256 * 1024;

struct ClearResult
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ClearResult>;

QSqlError errorOf(PGconn *connection, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return QSqlError(
        QStringLiteral("Could not write the rows"),
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection))
            .trimmed(),
        PQstatus(connection) == CONNECTION_OK ? QSqlError::StatementError
                                              : QSqlError::ConnectionError,
        state ? QString::fromLatin1(state) : QString());
}

// The result of a statement that ended, or the first error among its results; the connection
// is ready for the next statement after it.
QSqlError drain(PGconn *connection)
{
    QSqlError error;
    while (PGresult *result = PQgetResult(connection)) {
        const ResultPtr done(result);
        const ExecStatusType status = PQresultStatus(result);
        if (!error.isValid() && status != PGRES_COMMAND_OK && status != PGRES_COPY_IN)
            error = errorOf(connection, result);
    }
    return error;
}
} // namespace

Result<std::unique_ptr<PostgresCopyIn>>
PostgresCopyIn::start(const Database &db, const QString &table, const QStringList &columns)
{
    PGconn *connection = libpqConnectionOf(db.connection());
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return db.describe(QSqlError(QString(), QString(), QSqlError::ConnectionError));
    QStringList quoted;
    for (const QString &column : columns)
        quoted << QLatin1Char('"') + column + QLatin1Char('"');
    const QByteArray copy = QStringLiteral("COPY %1 (%2) FROM STDIN")
                                .arg(table, quoted.join(QStringLiteral(", ")))
                                .toUtf8();
    ResultPtr started(PQexec(connection, copy.constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN) {
        const QSqlError error = errorOf(connection, started.get());
        started.reset();
        drain(connection);
        return db.describe(error);
    }
    return std::unique_ptr<PostgresCopyIn>(new PostgresCopyIn(db, connection));
}

PostgresCopyIn::~PostgresCopyIn()
{
    if (!m_open)
        return;
    PQputCopyEnd(m_connection, "the copy stopped before its last row");
    drain(m_connection);
}

Status PostgresCopyIn::add(const std::vector<QByteArrayView> &fields)
{
    // COPY's text format: values apart by tabs, a row ends in a newline, \N is NULL, and a
    // backslash, tab, newline or carriage return inside a value is escaped.
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer += '\t';
        const QByteArrayView field = fields[i];
        if (field.isNull()) {
            m_buffer += "\\N";
            continue;
        }
        for (const char c : field) {
            switch (c) {
            case '\\':
                m_buffer += "\\\\";
                break;
            case '\t':
                m_buffer += "\\t";
                break;
            case '\n':
                m_buffer += "\\n";
                break;
            case '\r':
                m_buffer += "\\r";
                break;
            default:
                m_buffer += c;
            }
        }
    }
    m_buffer += '\n';
    if (m_buffer.size() >= BufferBytes)
        return send();
    return {};
}

Status PostgresCopyIn::send()
{
    if (!m_buffer.isEmpty() &&
        PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        return failed();
    m_buffer.clear();
    return {};
}

Status PostgresCopyIn::finish()
{
    if (Status sent = send(); !sent)
        return sent;
    m_open = false;
    if (PQputCopyEnd(m_connection, nullptr) != 1) {
        const Status error = failed();
        drain(m_connection);
        return error;
    }
    if (const QSqlError error = drain(m_connection); error.isValid())
        return m_db.describe(error);
    return {};
}

Status PostgresCopyIn::failed() const
{
    return m_db.describe(errorOf(m_connection, nullptr));
}
