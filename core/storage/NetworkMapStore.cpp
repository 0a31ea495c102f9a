#include "NetworkMapStore.h"

#include "Database.h"
#include "PutBack.h"
#include "SqlValues.h"

#include <QSqlQuery>

#include <cmath>

namespace {
// An angle as stored: whole degrees in [0, 360), the same on both engines.
int normalised(double angle)
{
    if (!std::isfinite(angle))
        return 0;
    const int degrees = int(std::lround(std::fmod(angle, 360.0)));
    return ((degrees % 360) + 360) % 360;
}
} // namespace

Status NetworkMapStore::check(const NetworkMapEntry &entry) const
{
    if (const QString problem = NetworkMapText::check(entry); !problem.isEmpty())
        return Error::invalid(problem);
    auto family =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM families WHERE id = ?"), {entry.familyId});
    if (!family)
        return family.error();
    if (family->toInt() == 0)
        return Error::invalid(tr("There is no family with number %1.").arg(entry.familyId));
    return {};
}

Result<qint64> NetworkMapStore::insert(const NetworkMapEntry &e, qint64 id)
{
    return m_db.insert(QStringLiteral("INSERT INTO network_map (id, family_id, kind, role, name, "
                                      "closeness, tie, supportive, angle) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {SqlValues::id(id), e.familyId, NetworkMapText::code(e.kind),
                        e.role.trimmed(), e.name.trimmed(), e.closeness,
                        NetworkMapText::code(e.tie), e.supportive ? 1 : 0, normalised(e.angle)});
}

Result<qint64> NetworkMapStore::add(const NetworkMapEntry &entry)
{
    return PutBack::addChecked(
        m_db, [&] { return check(entry); }, [&](qint64 id) { return insert(entry, id); });
}

Status NetworkMapStore::update(const NetworkMapEntry &entry)
{
    return m_db.transaction([&]() -> Status {
        auto stored = get(entry.id);
        if (!stored)
            return stored.error();
        NetworkMapEntry e = entry;
        e.familyId = stored->familyId;
        if (Status checked = check(e); !checked)
            return checked;
        auto q = m_db.exec(QStringLiteral("UPDATE network_map SET kind = ?, role = ?, name = ?, "
                                          "closeness = ?, tie = ?, supportive = ?, angle = ? "
                                          "WHERE id = ?"),
                           {NetworkMapText::code(e.kind), e.role.trimmed(), e.name.trimmed(),
                            e.closeness, NetworkMapText::code(e.tie), e.supportive ? 1 : 0,
                            normalised(e.angle), e.id});
        if (!q)
            return q.error();
        return {};
    });
}

Status NetworkMapStore::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("DELETE FROM network_map WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q.value()->numRowsAffected() != 1)
            return Error::invalid(tr("There is no one with number %1 on the network map.").arg(id));
        return {};
    });
}

Status NetworkMapStore::restore(const NetworkMapEntry &entry)
{
    return PutBack::restoreChecked(
        m_db, QStringLiteral("network_map"), entry.id,
        tr("\"%1\" cannot be put back on the network map: another program changed the "
           "database in the meantime.")
            .arg(NetworkMapText::label(entry)),
        [&] { return check(entry); }, [&](qint64 id) { return insert(entry, id); });
}

Result<NetworkMapEntry> NetworkMapStore::get(qint64 id) const
{
    auto rows = list(QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::invalid(tr("There is no one with number %1 on the network map.").arg(id));
    return rows->constFirst();
}

Result<QList<NetworkMapEntry>> NetworkMapStore::forFamily(qint64 familyId) const
{
    return list(QStringLiteral("family_id = ?"), {familyId});
}

Result<QList<NetworkMapEntry>> NetworkMapStore::list(const QString &where,
                                                     const QVariantList &binds) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, family_id, kind, role, name, closeness, tie, "
                                      "supportive, angle, row_version FROM network_map WHERE ") +
                           where + QStringLiteral(" ORDER BY closeness, angle, id"),
                       binds);
    if (!q)
        return q.error();
    QList<NetworkMapEntry> result;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        NetworkMapEntry e;
        e.id = r.value(0).toLongLong();
        e.familyId = r.value(1).toLongLong();
        e.kind = NetworkMapText::parseKind(r.value(2).toString()).value_or(MapKind::Relative);
        e.role = r.value(3).toString();
        e.name = r.value(4).toString();
        e.closeness = r.value(5).toInt();
        e.tie = NetworkMapText::parseTie(r.value(6).toString()).value_or(Tie::Strong);
        e.supportive = r.value(7).toBool();
        e.angle = r.value(8).toDouble();
        e.version = r.value(9).toLongLong();
        result << e;
    }
    return result;
}
