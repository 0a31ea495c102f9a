#include "RowCopier.h"

#include "BatchInserter.h"
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <vector>

namespace {
// A prepared statement of a server connection that dropped cannot be freed: QPSQL would ask
// the dead connection and warn on stderr, beside the one sentence the user is given. It is
// kept instead; once the Database is gone, so is its driver, and it is freed without asking.
// Whichever way the copy ends, and the server may go at any moment of it.
class KeepIfLost
{
public:
    KeepIfLost(const Database &db, QSqlQuery &query) : m_db(db), m_query(query) {}
    ~KeepIfLost()
    {
        static std::vector<QSqlQuery> lost;
        if (!m_db.connection().isOpen()) // QPSQL asks libpq whether the connection stands
            lost.push_back(std::move(m_query));
    }
    KeepIfLost(const KeepIfLost &) = delete;
    KeepIfLost &operator=(const KeepIfLost &) = delete;

private:
    const Database &m_db;
    QSqlQuery &m_query;
};
} // namespace

Result<qint64> RowCopier::copy(const Database &from, const QString &select,
                               const QVariantList &binds, Database &to, const QString &table,
                               const Progress *progress)
{
    // A query of its own rather than Database::exec: forward-only, which QPSQL reads in
    // single-row mode, and nothing else runs on the source connection while it reads.
    // QtSql only warns when asked to prepare on a connection that dropped.
    if (!from.connection().isOpen())
        return from.describe(QSqlError());
    QSqlQuery rows(from.connection());
    const KeepIfLost keep(from, rows);
    rows.setForwardOnly(true);
    if (!rows.prepare(select))
        return from.describe(rows.lastError());
    for (int i = 0; i < binds.size(); ++i)
        rows.bindValue(i, binds.at(i));
    if (!rows.exec()) {
        return from.describe(rows.lastError());
    }
    const QSqlRecord record = rows.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    // Large sets: a statement of many rows costs the server one round trip.
    BatchInserter inserter(to, table, columns, 256);
    inserter.setObserver([progress](qint64) -> Status {
        if (Progress::cancelled(progress))
            return Error::cancelled(tr("Cancelled; nothing was written."));
        return {};
    });
    QVariantList row;
    row.reserve(columns.size());
    while (rows.next()) {
        row.clear();
        for (int i = 0; i < columns.size(); ++i)
            row << rows.value(i);
        if (Status added = inserter.add(row); !added)
            return added.error();
    }
    if (rows.lastError().isValid()) {
        return from.describe(rows.lastError());
    }
    if (Status flushed = inserter.flush(); !flushed)
        return flushed.error();
    return inserter.rowsWritten();
}
