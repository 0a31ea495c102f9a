#pragma once
// Copies rows from one database into a table of another, whichever engine each is: the rows a
// SELECT gives, read one by one (the source's whole result never sits in memory) and written in
// multi-row INSERTs (BatchInserter), or into a server by COPY (PostgresCopyIn). The SELECT names
// its columns as the target table does. Used to move a database between a file and a server
// (`duocoach-cli copy`). An export from a server reads its rows by the engine's bulk path instead
// (Database::textRows, ServerSnapshot).

#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

class Database;
class QSqlQuery;

class RowCopier
{
    Q_DECLARE_TR_FUNCTIONS(RowCopier)
public:
    // Copies what `select` (with `binds`) gives from `from` into `table` of `to`, in the
    // caller's transaction on `to`; returns the number of rows. Stops with Error::cancelled
    // when `progress` is cancelled.
    static Result<qint64> copy(const Database &from, const QString &select,
                               const QVariantList &binds, Database &to, const QString &table,
                               const Progress *progress = nullptr);

private:
    // The rows of `rows` into a server's `table` by COPY (PostgresCopyIn).
    static Result<qint64> copyIn(const Database &from, QSqlQuery &rows, Database &to,
                                 const QString &table, const QStringList &columns,
                                 const Progress *progress);
};
