#pragma once
// Writes many rows into one table with multi-row INSERTs ("VALUES (?, ?), (?, ?), ..."), so
// QtSql's cost per statement execution (binding bookkeeping, reset, step, result set-up) is
// paid once for a batch of rows instead of once a row. Each statement size is prepared once
// through Database::exec and reused. Plain SQL, accepted by PostgreSQL as well.

#include "Result.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>

class Database;

class BatchInserter
{
public:
    // Rows a statement carries when the batch is full. Larger batches gain little more: past
    // this, the time goes into SQLite's own work on the rows.
    static constexpr int DefaultBatchRows = 64;

    BatchInserter(Database &db, const QString &table, const QStringList &columns,
                  int batchRows = DefaultBatchRows);
    BatchInserter(const BatchInserter &) = delete;
    BatchInserter &operator=(const BatchInserter &) = delete;

    // Rows of this table refer to rows of `parent` (a foreign key, checked as each statement
    // runs): whenever this inserter writes, the parent's queued rows are written first.
    void writeAfter(BatchInserter *parent);

    // Queues one row, one value per column; writes a batch when one is full.
    Status add(std::initializer_list<QVariant> row);
    Status add(const QVariantList &row);
    // Writes every queued row (after those of the parents).
    Status flush();

    qint64 rowsWritten() const { return m_written; }

    // Called after every statement written, with rowsWritten(); an error it returns (a
    // cancel, say) stops the add() or flush() that wrote, and is returned by it.
    using Observer = std::function<Status(qint64 written)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // The id SQLite would give the table's next row: one above the highest. Inside the
    // caller's transaction (which holds the write lock) nobody else takes it, so rows can be
    // given their ids before they are written.
    Result<qint64> nextId() const;

private:
    template <typename Row> Status append(const Row &row);
    const QString &statement(int rows);
    Status write(int offset, int rows);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_batchRows;
    QList<BatchInserter *> m_parents;
    QVariantList m_pending; // row-major, m_columns.size() values a row
    QHash<int, QString> m_statements;
    qint64 m_written = 0;
    Observer m_observer;
};
