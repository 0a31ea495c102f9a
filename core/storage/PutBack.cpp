#include "PutBack.h"

#include "Database.h"

Status PutBack::idIsFree(const Database &db, const QString &table, qint64 id,
                         const QString &refusal)
{
    if (id <= 0)
        return Error::invalid(refusal);
    auto taken = db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), {id});
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error::invalid(refusal);
    return {};
}
