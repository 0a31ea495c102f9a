#include "DuoStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "WorkerStore.h"

#include <QLocale>

namespace {
const QString selectSql = QStringLiteral(
    "SELECT d.id, d.trusted_person_id, d.professional_id, t.name, p.name, d.from_date, d.to_date, "
    "d.row_version "
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
    d.version = q.value(7).toLongLong();
    return d;
}
} // namespace

QString DuoStore::namesView(const QString &condition)
{
    return QStringLiteral("CREATE VIEW duo_names AS SELECT d.id, t.name || ' & ' || p.name AS "
                          "name FROM duos d JOIN workers t ON t.id = d.trusted_person_id "
                          "JOIN workers p ON p.id = d.professional_id") +
           (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition);
}

Result<qint64> DuoStore::add(const Duo &duo)
{
    return insert(duo, 0);
}

Status DuoStore::check(const Duo &duo, bool checkActive) const
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
    if (checkActive && !trusted->active)
        return Error::invalid(tr("%1 is no longer active.").arg(trusted->name));
    if (checkActive && !professional->active)
        return Error::invalid(tr("%1 is no longer active.").arg(professional->name));
    if (!duo.from.isValid())
        return Error::invalid(tr("A duo needs a start date."));
    if (duo.to.isValid() && duo.to < duo.from)
        return Error::invalid(tr("A duo cannot end before it starts."));
    return {};
}

Result<qint64> DuoStore::insert(const Duo &duo, qint64 id)
{
    if (Status valid = check(duo, true); !valid)
        return valid.error();
    // A null id lets SQLite choose the next number.
    auto q = m_db.insert(QStringLiteral("INSERT INTO duos (id, trusted_person_id, professional_id, "
                                        "from_date, to_date) VALUES (?, ?, ?, ?, ?)"),
                         {id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)),
                          duo.trustedPersonId, duo.professionalId, SqlValues::date(duo.from),
                          SqlValues::date(duo.to)});
    if (!q)
        return q.error();
    return q.value();
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

Result<int> DuoStore::familiesAndVisits(qint64 id) const
{
    auto n =
        m_db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM assignments WHERE duo_id = ?) "
                                   "+ (SELECT count(*) FROM visits WHERE duo_id = ?)"),
                    {id, id});
    if (!n)
        return n.error();
    return n->toInt();
}

Status DuoStore::update(const Duo &duo)
{
    auto before = get(duo.id);
    if (!before)
        return before.error();
    const bool newMembers = duo.trustedPersonId != before->trustedPersonId ||
                            duo.professionalId != before->professionalId;
    Duo changed = duo;
    changed.to = before->to;
    if (Status valid = check(changed, newMembers); !valid)
        return valid;
    if (newMembers) {
        auto used = familiesAndVisits(duo.id);
        if (!used)
            return used.error();
        if (used.value() > 0)
            return Error::invalid(tr("The duo %1 has already worked with families, so its members "
                                     "stay; form a new duo instead.")
                                      .arg(before->displayName()));
    }
    // The duo's history must lie within its own period.
    auto first = m_db.scalar(QStringLiteral("SELECT min(d) FROM (SELECT min(from_date) AS d FROM "
                                            "assignments WHERE duo_id = ? UNION ALL SELECT "
                                            "min(substr(starts_at, 1, 10)) FROM visits "
                                            "WHERE duo_id = ?) AS history"),
                             {duo.id, duo.id});
    if (!first)
        return first.error();
    const QDate firstDay = SqlValues::toDate(first.value());
    if (firstDay.isValid() && duo.from > firstDay)
        return Error::invalid(tr("The duo cannot start after its first work with a family, on %1.")
                                  .arg(QLocale().toString(firstDay, QLocale::ShortFormat)));
    auto q =
        m_db.exec(QStringLiteral("UPDATE duos SET trusted_person_id = ?, professional_id = ?, "
                                 "from_date = ? WHERE id = ?"),
                  {duo.trustedPersonId, duo.professionalId, SqlValues::date(duo.from), duo.id});
    if (!q)
        return q.error();
    return {};
}

Status DuoStore::setEnd(qint64 id, const QDate &to)
{
    auto duo = get(id);
    if (!duo)
        return duo.error();
    if (to.isValid()) {
        if (to < duo->from)
            return Error::invalid(tr("A duo cannot end before it starts."));
        auto families = m_db.scalar(
            QStringLiteral("SELECT count(DISTINCT a.family_id) FROM assignments a "
                           "JOIN families f ON f.id = a.family_id AND f.status <> 'closed' "
                           "WHERE a.duo_id = ? AND (a.to_date IS NULL OR a.to_date > ?)"),
            {id, SqlValues::date(to)});
        if (!families)
            return families.error();
        if (families->toInt() > 0)
            return Error::invalid(
                tr("The duo %1 still works with families after %2; assign them "
                   "another duo first.")
                    .arg(duo->displayName(), QLocale().toString(to, QLocale::ShortFormat)));
    } else {
        Duo reopened = duo.value();
        reopened.to = QDate();
        if (Status valid = check(reopened, true); !valid)
            return valid;
    }
    auto q = m_db.exec(QStringLiteral("UPDATE duos SET to_date = ? WHERE id = ?"),
                       {SqlValues::date(to), id});
    if (!q)
        return q.error();
    return {};
}

Status DuoStore::remove(qint64 id)
{
    auto duo = get(id);
    if (!duo)
        return duo.error();
    auto used = familiesAndVisits(id);
    if (!used)
        return used.error();
    if (used.value() > 0)
        return Error::invalid(tr("The duo %1 cannot be removed: it has worked with families.")
                                  .arg(duo->displayName()));
    auto q = m_db.exec(QStringLiteral("DELETE FROM duos WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return {};
}

Status DuoStore::restore(const Duo &duo)
{
    auto taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM duos WHERE id = ?"), {duo.id});
    if (!taken)
        return taken.error();
    if (duo.id <= 0 || taken->toInt() > 0)
        return Error::invalid(
            tr("The duo %1 cannot be put back: another program changed the database in the "
               "meantime.")
                .arg(duo.displayName()));
    auto id = insert(duo, duo.id);
    if (!id)
        return id.error();
    return {};
}
