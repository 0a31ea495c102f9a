#include "DuoStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "WorkerStore.h"

namespace {
const QString selectSql = QStringLiteral(
    "SELECT d.id, d.trusted_person_id, d.professional_id, t.name, p.name, d.from_date, d.to_date "
    "FROM duos d JOIN workers t ON t.id = d.trusted_person_id "
    "JOIN workers p ON p.id = d.professional_id ");

Duo fromRow(const QSqlQuery &q)
{
    Duo d;
    d.id = q.value(0).toLongLong();
    d.trustedPersonId = q.value(1).toLongLong();
    d.professionalId = q.value(2).toLongLong();
    d.trustedPersonName = q.value(3).toString();
    d.professionalName = q.value(4).toString();
    d.from = SqlValues::toDate(q.value(5));
    d.to = SqlValues::toDate(q.value(6));
    return d;
}
} // namespace

Result<qint64> DuoStore::add(const Duo &duo)
{
    WorkerStore workers(m_db);
    auto trusted = workers.get(duo.trustedPersonId);
    if (!trusted)
        return Error::invalid(tr("A duo needs a trusted person."));
    auto professional = workers.get(duo.professionalId);
    if (!professional)
        return Error::invalid(tr("A duo needs a professional."));
    if (duo.trustedPersonId == duo.professionalId)
        return Error::invalid(
            tr("%1 cannot be both the trusted person and the professional of a duo.")
                .arg(trusted->name));
    if (trusted->role != WorkerRole::TrustedPerson)
        return Error::invalid(tr("%1 is not a trusted person.").arg(trusted->name));
    if (professional->role != WorkerRole::Professional)
        return Error::invalid(tr("%1 is not a professional.").arg(professional->name));
    if (!trusted->active)
        return Error::invalid(tr("%1 is no longer active.").arg(trusted->name));
    if (!professional->active)
        return Error::invalid(tr("%1 is no longer active.").arg(professional->name));
    if (!duo.from.isValid())
        return Error::invalid(tr("A duo needs a start date."));
    if (duo.to.isValid() && duo.to < duo.from)
        return Error::invalid(tr("A duo cannot end before it starts."));

    auto q = m_db.exec(QStringLiteral("INSERT INTO duos (trusted_person_id, professional_id, "
                                      "from_date, to_date) VALUES (?, ?, ?, ?)"),
                       {duo.trustedPersonId, duo.professionalId, SqlValues::date(duo.from),
                        SqlValues::date(duo.to)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<Duo> DuoStore::get(qint64 id) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE d.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no duo with number %1.").arg(id));
    const Duo duo = fromRow(*q.value());
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    return duo;
}

Result<QList<Duo>> DuoStore::all() const
{
    auto q = m_db.exec(selectSql + QStringLiteral("ORDER BY t.name, p.name, d.id"));
    if (!q)
        return q.error();
    QList<Duo> result;
    while (q->next())
        result << fromRow(*q.value());
    return result;
}
