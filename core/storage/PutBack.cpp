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

Result<qint64> PutBack::addChecked(Database &db, const Check &check, const Insert &insert)
{
    qint64 id = 0;
    Status done = db.transaction([&]() -> Status {
        if (Status checked = check(); !checked)
            return checked;
        auto inserted = insert(0);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Status PutBack::restoreChecked(Database &db, const QString &table, qint64 id,
                               const QString &refusal, const Check &check, const Insert &insert)
{
    return db.transaction([&]() -> Status {
        if (Status free = idIsFree(db, table, id, refusal); !free)
            return free;
        if (Status checked = check(); !checked)
            return checked;
        auto inserted = insert(id);
        if (!inserted)
            return inserted.error();
        return {};
    });
}
