#include "RowCopier.h"

#include "BatchInserter.h"
#include "Database.h"
#include "PostgresCopyIn.h"

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

Result<qint64> RowCopier::copyIn(const Database &from, QSqlQuery &rows, Database &to,
                                 const QString &table, const QStringList &columns,
                                 const Progress *progress)
{
    // Into a server by COPY, as a plain pg_dump is restored: each value as its text.
    auto started = PostgresCopyIn::start(to, table, columns);
    if (!started)
        return started.error();
    PostgresCopyIn &copy = *started.value();
    std::vector<QByteArray> texts(size_t(columns.size()));
    std::vector<QByteArrayView> fields(size_t(columns.size()));
    qint64 written = 0;
    while (rows.next()) {
        if (written++ % 4096 == 0 && Progress::cancelled(progress))
            return Error::cancelled(tr("Cancelled; nothing was written."));
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = rows.value(i);
            const size_t at = size_t(i);
            if (value.isNull()) {
                fields[at] = QByteArrayView();
                continue;
            }
            texts[at] = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int
                            ? QByteArray::number(value.toLongLong())
                            : value.toString().toUtf8();
            fields[at] = QByteArrayView(texts[at]);
        }
        if (Status added = copy.add(fields); !added)
            return added.error();
    }
    if (rows.lastError().isValid())
        return from.describe(rows.lastError());
    if (Status finished = copy.finish(); !finished)
        return finished.error();
    return written;
}

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
    if (to.isServer())
        return copyIn(from, rows, to, table, columns, progress);
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
