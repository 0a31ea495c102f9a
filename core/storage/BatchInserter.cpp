#include "BatchInserter.h"

#include "Database.h"

BatchInserter::BatchInserter(Database &db, const QString &table, const QStringList &columns,
                             int batchRows)
    : m_db(db), m_table(table), m_columns(columns), m_batchRows(qMax(1, batchRows))
{
    m_pending.reserve(m_batchRows * m_columns.size());
}

void BatchInserter::writeAfter(BatchInserter *parent)
{
    m_parents.append(parent);
}

template <typename Row> Status BatchInserter::append(const Row &row)
{
    Q_ASSERT(int(row.size()) == m_columns.size());
    for (const QVariant &value : row)
        m_pending.append(value);
    if (m_pending.size() >= m_batchRows * m_columns.size())
        return flush();
    return {};
}

Status BatchInserter::add(std::initializer_list<QVariant> row)
{
    return append(row);
}

Status BatchInserter::add(const QVariantList &row)
{
    return append(row);
}

Status BatchInserter::flush()
{
    if (m_pending.isEmpty())
        return {};
    for (BatchInserter *parent : std::as_const(m_parents))
        if (Status written = parent->flush(); !written)
            return written;
    const int columns = int(m_columns.size());
    int rows = int(m_pending.size()) / columns;
    int offset = 0;
    // Full batches first; a remainder goes in halving chunks (32, 16, ... 1 rows), so a table
    // needs at most a handful of prepared statements whatever the remainders are, and a
    // remainder costs a few executions, not one a row.
    while (rows > 0) {
        int chunk = m_batchRows;
        while (chunk > rows)
            chunk /= 2;
        if (Status written = write(offset, chunk); !written)
            return written;
        offset += chunk * columns;
        rows -= chunk;
    }
    m_pending.clear();
    return {};
}

Status BatchInserter::write(int offset, int rows)
{
    const int columns = int(m_columns.size());
    auto done = m_db.exec(statement(rows), m_pending.mid(offset, rows * columns));
    if (!done)
        return done.error();
    m_written += rows;
    return m_observer ? m_observer(m_written) : Status();
}

Result<qint64> BatchInserter::nextId() const
{
    auto highest = m_db.scalar(QStringLiteral("SELECT max(id) FROM %1").arg(m_table));
    if (!highest)
        return highest.error();
    return highest->toLongLong() + 1;
}

const QString &BatchInserter::statement(int rows)
{
    auto it = m_statements.find(rows);
    if (it != m_statements.end())
        return it.value();
    QString placeholders = QStringLiteral("(?");
    for (int column = 1; column < m_columns.size(); ++column)
        placeholders += QStringLiteral(", ?");
    placeholders += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                      .arg(m_table, m_columns.join(QStringLiteral(", ")));
    sql.reserve(sql.size() + rows * (placeholders.size() + 2));
    for (int row = 0; row < rows; ++row) {
        if (row > 0)
            sql += QStringLiteral(", ");
        sql += placeholders;
    }
    return m_statements.insert(rows, sql).value();
}
