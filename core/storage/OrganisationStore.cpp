#include "OrganisationStore.h"

#include "Database.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"

namespace {
const QString columns =
    QStringLiteral("id, name, kind, city, contact_name, contact_phone, contact_email, archived, "
                   "row_version");

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
    o.version = q.value(8).toLongLong();
    return o;
}
} // namespace

Result<qint64> OrganisationStore::add(const Organisation &o)
{
    return insert(o, 0);
}

Result<qint64> OrganisationStore::insert(const Organisation &o, qint64 id)
{
    if (const QString problem = Validation::checkOrganisation(o); !problem.isEmpty())
        return Error::invalid(problem);
    if (Status free = checkNameFree(o.name, 0); !free)
        return free.error();
    // A null id lets SQLite choose the next number.
    auto q = m_db.insert(QStringLiteral("INSERT INTO organisations (id, name, kind, city, "
                                        "contact_name, contact_phone, contact_email, archived) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)),
                          o.name.trimmed(), DomainText::code(o.kind), o.city, o.contactName,
                          o.contactPhone, o.contactEmail, o.archived ? 1 : 0});
    if (!q)
        return q.error();
    return q.value();
}

Status OrganisationStore::checkNameFree(const QString &name, qint64 exceptId) const
{
    auto existing = findByName(name);
    if (!existing)
        return existing.error();
    if (existing.value() != 0 && existing.value() != exceptId)
        return Error::invalid(tr("An organisation named \"%1\" already exists.").arg(name));
    return {};
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

Status OrganisationStore::update(const Organisation &o)
{
    if (const QString problem = Validation::checkOrganisation(o); !problem.isEmpty())
        return Error::invalid(problem);
    if (Status free = checkNameFree(o.name, o.id); !free)
        return free;
    auto q = m_db.exec(QStringLiteral("UPDATE organisations SET name = ?, kind = ?, city = ?, "
                                      "contact_name = ?, contact_phone = ?, contact_email = ? "
                                      "WHERE id = ?"),
                       {o.name.trimmed(), DomainText::code(o.kind), o.city, o.contactName,
                        o.contactPhone, o.contactEmail, o.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("There is no organisation with number %1.").arg(o.id));
    return {};
}

Status OrganisationStore::setArchived(qint64 id, bool archived)
{
    auto organisation = get(id);
    if (!organisation)
        return organisation.error();
    if (archived) {
        auto active = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM workers WHERE organisation_id = ? AND active = 1"),
            {id});
        if (!active)
            return active.error();
        if (active->toInt() > 0)
            return Error::invalid(
                tr("%1 still has active workers; archive them first.").arg(organisation->name));
    }
    auto q = m_db.exec(QStringLiteral("UPDATE organisations SET archived = ? WHERE id = ?"),
                       {archived ? 1 : 0, id});
    if (!q)
        return q.error();
    return {};
}

Status OrganisationStore::remove(qint64 id)
{
    auto organisation = get(id);
    if (!organisation)
        return organisation.error();
    auto workers =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM workers WHERE organisation_id = ?"), {id});
    if (!workers)
        return workers.error();
    if (workers->toInt() > 0)
        return Error::invalid(
            tr("%1 cannot be removed: workers belong to it.").arg(organisation->name));
    auto q = m_db.exec(QStringLiteral("DELETE FROM organisations WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return {};
}

Status OrganisationStore::restore(const Organisation &o)
{
    auto taken =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM organisations WHERE id = ?"), {o.id});
    if (!taken)
        return taken.error();
    if (o.id <= 0 || taken->toInt() > 0)
        return Error::invalid(tr("%1 cannot be put back: another program changed the database in "
                                 "the meantime.")
                                  .arg(o.name));
    auto id = insert(o, o.id);
    if (!id)
        return id.error();
    return {};
}
