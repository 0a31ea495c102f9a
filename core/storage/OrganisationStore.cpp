#include "OrganisationStore.h"

#include "Database.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"

namespace {
const QString columns =
    QStringLiteral("id, name, kind, city, contact_name, contact_phone, contact_email, archived");

Organisation fromRow(const QSqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.kind = DomainText::parse<OrganisationKind>(q.value(2).toString())
                 .value_or(OrganisationKind::Community);
    o.city = q.value(3).toString();
    o.contactName = q.value(4).toString();
    o.contactPhone = q.value(5).toString();
    o.contactEmail = q.value(6).toString();
    o.archived = q.value(7).toBool();
    return o;
}
} // namespace

Result<qint64> OrganisationStore::add(const Organisation &o)
{
    if (const QString problem = Validation::checkOrganisation(o); !problem.isEmpty())
        return Error::invalid(problem);
    auto existing = findByName(o.name);
    if (!existing)
        return existing.error();
    if (existing.value() != 0)
        return Error::invalid(tr("An organisation named \"%1\" already exists.").arg(o.name));
    auto q = m_db.exec(QStringLiteral("INSERT INTO organisations (name, kind, city, contact_name, "
                                      "contact_phone, contact_email, archived) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {o.name.trimmed(), DomainText::code(o.kind), o.city, o.contactName,
                        o.contactPhone, o.contactEmail, o.archived ? 1 : 0});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<Organisation> OrganisationStore::get(qint64 id) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(columns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no organisation with number %1.").arg(id));
    const Organisation organisation = fromRow(*q.value());
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    return organisation;
}

Result<QList<Organisation>> OrganisationStore::all() const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM organisations ORDER BY name").arg(columns));
    if (!q)
        return q.error();
    QList<Organisation> result;
    while (q->next())
        result << fromRow(*q.value());
    return result;
}

Result<qint64> OrganisationStore::findByName(const QString &name) const
{
    auto id =
        m_db.scalar(QStringLiteral("SELECT id FROM organisations WHERE lower(name) = lower(?)"),
                    {name.trimmed()});
    if (!id)
        return id.error();
    return id->toLongLong();
}
