#include "SafetyConcernStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QLocale>

namespace {
const QString selectSql =
    QStringLiteral("SELECT id, family_id, visit_id, description, raised_by, raised_at, "
                   "closed_by, closed_at, closing_note FROM safety_concerns ");

} // namespace

SafetyConcern SafetyConcernStore::fromRow(const QSqlQuery &q)
{
    SafetyConcern c;
    c.id = q.value(0).toLongLong();
    c.familyId = q.value(1).toLongLong();
    c.visitId = q.value(2).toLongLong();
    c.description = q.value(3).toString();
    c.raisedBy = q.value(4).toString();
    c.raisedAt = SqlValues::toDateTime(q.value(5));
    c.closedBy = q.value(6).toString();
    c.closedAt = SqlValues::toDateTime(q.value(7));
    c.closingNote = q.value(8).toString();
    return c;
}

Result<qint64> SafetyConcernStore::raise(const SafetyConcern &concern)
{
    if (concern.description.trimmed().isEmpty())
        return Error::invalid(tr("A safety concern needs a description of what worries you."));
    if (concern.raisedBy.trimmed().isEmpty())
        return Error::invalid(tr("A safety concern needs the name of who raised it."));
    qint64 familyId = concern.familyId;
    if (concern.visitId > 0) {
        auto family = m_db.scalar(QStringLiteral("SELECT family_id FROM visits WHERE id = ?"),
                                  {concern.visitId});
        if (!family)
            return family.error();
        if (family->isNull())
            return Error::invalid(tr("There is no visit with number %1.").arg(concern.visitId));
        if (familyId > 0 && familyId != family->toLongLong())
            return Error::invalid(tr("The visit of a safety concern belongs to another family."));
        familyId = family->toLongLong();
    }
    auto known =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM families WHERE id = ?"), {familyId});
    if (!known)
        return known.error();
    if (known->toInt() == 0)
        return Error::invalid(tr("There is no family with number %1.").arg(familyId));
    const QDateTime at =
        concern.raisedAt.isValid() ? concern.raisedAt : QDateTime::currentDateTime();
    auto q = m_db.insert(
        QStringLiteral("INSERT INTO safety_concerns (family_id, visit_id, "
                       "description, raised_by, raised_at) VALUES (?, ?, ?, ?, ?)"),
        {familyId,
         concern.visitId > 0 ? QVariant(concern.visitId) : QVariant(QMetaType(QMetaType::LongLong)),
         concern.description.trimmed(), concern.raisedBy.trimmed(), SqlValues::dateTime(at)});
    if (!q)
        return q.error();
    return q.value();
}

Status SafetyConcernStore::close(qint64 id, const QString &note, const QString &closedBy,
                                 const QDateTime &at)
{
    if (note.trimmed().isEmpty())
        return Error::invalid(tr("Closing a safety concern needs a note saying why."));
    if (closedBy.trimmed().isEmpty())
        return Error::invalid(tr("Closing a safety concern needs the name of who closes it."));
    auto concern = get(id);
    if (!concern)
        return concern.error();
    if (!concern->isOpen())
        return Error::refused(tr("This safety concern was closed on %1 by %2; a closed concern "
                                 "is never reopened or closed again. Raise a new one if there "
                                 "are new worries.")
                                  .arg(QLocale().toString(concern->closedAt, QLocale::ShortFormat),
                                       concern->closedBy));
    auto q = m_db.exec(QStringLiteral("UPDATE safety_concerns SET closed_by = ?, closed_at = ?, "
                                      "closing_note = ? WHERE id = ? AND closed_at IS NULL"),
                       {closedBy.trimmed(),
                        SqlValues::dateTime(at.isValid() ? at : QDateTime::currentDateTime()),
                        note.trimmed(), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("There is no open safety concern with number %1.").arg(id));
    return {};
}

Status SafetyConcernStore::withdraw(qint64 id, const QString &by, const QDateTime &at)
{
    return close(id, tr("Withdrawn: raising it was undone right away."), by, at);
}

Result<SafetyConcern> SafetyConcernStore::get(qint64 id) const
{
    auto rows = list(QStringLiteral("id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::invalid(tr("There is no safety concern with number %1.").arg(id));
    return rows->constFirst();
}

Result<QList<SafetyConcern>> SafetyConcernStore::forFamily(qint64 familyId) const
{
    return list(QStringLiteral("family_id = ?"), {familyId});
}

Result<QList<SafetyConcern>> SafetyConcernStore::openFor(qint64 familyId) const
{
    return list(QStringLiteral("family_id = ? AND closed_at IS NULL"), {familyId});
}

Result<QList<SafetyConcern>> SafetyConcernStore::forVisit(qint64 visitId) const
{
    return list(QStringLiteral("visit_id = ?"), {visitId});
}

Result<QSet<qint64>>
SafetyConcernStore::familiesWithOpenConcern(const QList<qint64> &familyIds) const
{
    return idsAmong(QStringLiteral("SELECT DISTINCT family_id FROM safety_concerns "
                                   "WHERE closed_at IS NULL AND family_id IN (%1)"),
                    familyIds);
}

Result<QSet<qint64>> SafetyConcernStore::visitsWithConcern(const QList<qint64> &visitIds) const
{
    return idsAmong(
        QStringLiteral("SELECT DISTINCT visit_id FROM safety_concerns WHERE visit_id IN (%1)"),
        visitIds);
}

Result<QList<SafetyConcern>> SafetyConcernStore::list(const QString &where,
                                                      const QVariantList &binds) const
{
    auto q =
        m_db.exec(selectSql + QStringLiteral("WHERE ") + where +
                      QStringLiteral(" ORDER BY closed_at IS NOT NULL, raised_at DESC, id DESC"),
                  binds);
    if (!q)
        return q.error();
    QList<SafetyConcern> result;
    while (q->next())
        result << fromRow(*q.value());
    return result;
}

Result<QSet<qint64>> SafetyConcernStore::idsAmong(const QString &sql,
                                                  const QList<qint64> &ids) const
{
    QSet<qint64> found;
    if (ids.isEmpty())
        return found;
    // One statement for the whole list. Database caches one per text, that is one per list
    // length; a paged list asks with its page size, so that stays a handful.
    QStringList places;
    QVariantList binds;
    for (qint64 id : ids) {
        places << QStringLiteral("?");
        binds << id;
    }
    auto q = m_db.exec(sql.arg(places.join(QLatin1String(", "))), binds);
    if (!q)
        return q.error();
    while (q->next())
        found.insert(q->value(0).toLongLong());
    return found;
}
