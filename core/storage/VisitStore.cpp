#include "VisitStore.h"

#include "AssignmentStore.h"
#include "Database.h"
#include "SqlValues.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"

#include <QLocale>

namespace {
const QString selectSql = QStringLiteral(
    "SELECT v.id, v.family_id, v.duo_id, v.starts_at, v.duration_minutes, v.status, "
    "v.trusted_person_present, v.professional_present, f.case_code, f.family_name, "
    "t.name || ' & ' || p.name, v.status_reason, v.series_id, v.row_version "
    "FROM visits v JOIN families f ON f.id = v.family_id JOIN duos d ON d.id = v.duo_id "
    "JOIN workers t ON t.id = d.trusted_person_id JOIN workers p ON p.id = d.professional_id ");

Visit fromRow(const QSqlQuery &q)
{
    Visit v;
    v.id = q.value(0).toLongLong();
    v.familyId = q.value(1).toLongLong();
    v.duoId = q.value(2).toLongLong();
    v.start = SqlValues::toDateTime(q.value(3));
    v.durationMinutes = q.value(4).toInt();
    v.status = DomainText::parse<VisitStatus>(q.value(5).toString()).value_or(VisitStatus::Planned);
    v.trustedPersonPresent = q.value(6).toBool();
    v.professionalPresent = q.value(7).toBool();
    v.caseCode = q.value(8).toString();
    v.familyName = q.value(9).toString();
    v.duoName = q.value(10).toString();
    v.statusReason = q.value(11).toString();
    v.seriesId = q.value(12).toLongLong();
    v.version = q.value(13).toLongLong();
    return v;
}

// WHERE clause and binds of a filter, continued after `after` when given; every condition is
// served by an index (migrations 2 and 3; TestQueryPlans checks the plans).
QString where(const VisitFilter &filter, const std::optional<VisitCursor> &after,
              QVariantList *binds)
{
    QStringList conditions{QStringLiteral("1 = 1")};
    if (filter.familyId) {
        conditions << QStringLiteral("v.family_id = ?");
        *binds << filter.familyId;
    }
    if (filter.duoId) {
        conditions << QStringLiteral("v.duo_id = ?");
        *binds << filter.duoId;
    }
    if (filter.workerId) {
        // The worker's few duos first (duos_by_trusted_person/_professional), then each duo's
        // visits by visits_by_duo, as the planner reads them.
        conditions << QStringLiteral("v.duo_id IN (SELECT id FROM duos WHERE trusted_person_id = ? "
                                     "OR professional_id = ?)");
        *binds << filter.workerId << filter.workerId;
    }
    if (filter.status) {
        conditions << QStringLiteral("v.status = ?");
        *binds << DomainText::code(*filter.status);
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("v.starts_at >= ?");
        *binds << SqlValues::date(filter.from);
    }
    // Only the tighter of the two upper bounds, the period's end or the cursor: given both,
    // SQLite takes one for the index range and filters by the other, and when it took the
    // period's end a page deep into the period walked down through all rows after it.
    const QVariant end = filter.to.isValid() ? SqlValues::date(filter.to.addDays(1)) : QVariant();
    const QVariant cursorStart = after ? SqlValues::dateTime(after->start) : QVariant();
    if (after && (end.isNull() || cursorStart.toString() < end.toString())) {
        // A row value, not "a < ? OR (a = ? AND b < ?)": SQLite turns it into an index range,
        // while with the OR form it could not see the bound and walked the index from the top.
        conditions << QStringLiteral("(v.starts_at, v.id) < (?, ?)");
        *binds << cursorStart << after->id;
    } else if (!end.isNull()) {
        conditions << QStringLiteral("v.starts_at < ?");
        *binds << end;
    }
    return conditions.join(QLatin1String(" AND "));
}
} // namespace

Result<qint64> VisitStore::add(const Visit &visit)
{
    if (const QString problem = Validation::checkVisit(visit); !problem.isEmpty())
        return Error::invalid(problem);
    auto assigned =
        AssignmentStore(m_db).isAssigned(visit.familyId, visit.duoId, visit.start.date());
    if (!assigned)
        return assigned.error();
    if (!assigned.value())
        return Error::invalid(
            tr("This duo is not assigned to the family on %1.")
                .arg(QLocale().toString(visit.start.date(), QLocale::ShortFormat)));
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto q = m_db.insert(QStringLiteral("INSERT INTO visits (family_id, duo_id, starts_at, "
                                            "duration_minutes, status, trusted_person_present, "
                                            "professional_present, status_reason, series_id) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {visit.familyId, visit.duoId, SqlValues::dateTime(visit.start),
                              visit.durationMinutes, DomainText::code(visit.status),
                              visit.trustedPersonPresent ? 1 : 0, visit.professionalPresent ? 1 : 0,
                              visit.statusReason,
                              visit.seriesId ? QVariant(visit.seriesId) : QVariant()});
        if (!q)
            return q.error();
        id = q.value();
        for (qint64 member : visit.presentMemberIds) {
            auto a = m_db.exec(QStringLiteral("INSERT INTO visit_attendees (visit_id, member_id) "
                                              "SELECT ?, id FROM household_members "
                                              "WHERE id = ? AND family_id = ?"),
                               {id, member, visit.familyId});
            if (!a)
                return a.error();
            if (a->numRowsAffected() != 1)
                return Error::invalid(
                    tr("A person present at the visit is not a member of the family."));
        }
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<Visit> VisitStore::get(qint64 id) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE v.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no visit with number %1.").arg(id));
    Visit visit = fromRow(*q.value());
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    auto members =
        m_db.exec(QStringLiteral("SELECT member_id FROM visit_attendees WHERE visit_id = ? "
                                 "ORDER BY member_id"),
                  {id});
    if (!members)
        return members.error();
    while (members->next())
        visit.presentMemberIds << members->value(0).toLongLong();
    return visit;
}

Status VisitStore::setStatus(qint64 visitId, VisitStatus status, const QString &reason)
{
    auto visit = get(visitId);
    if (!visit)
        return visit.error();
    visit->status = status;
    visit->statusReason = reason.trimmed();
    if (const QString problem = Validation::checkVisit(visit.value()); !problem.isEmpty())
        return Error::invalid(problem);
    auto q =
        m_db.exec(QStringLiteral("UPDATE visits SET status = ?, status_reason = ? WHERE id = ?"),
                  {DomainText::code(status), visit->statusReason, visitId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("There is no visit with number %1.").arg(visitId));
    return {};
}

Result<QList<Visit>> VisitStore::page(const VisitFilter &filter,
                                      const std::optional<VisitCursor> &after, int limit) const
{
    QVariantList binds;
    QString sql = selectSql + QStringLiteral("WHERE ") + where(filter, after, &binds);
    sql += QStringLiteral(" ORDER BY v.starts_at DESC, v.id DESC LIMIT ?");
    binds << limit;
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<Visit> result;
    result.reserve(limit);
    while (q->next())
        result << fromRow(*q.value());
    return result;
}

Result<int> VisitStore::count(const VisitFilter &filter) const
{
    QVariantList binds;
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM visits v WHERE ") +
                             where(filter, std::nullopt, &binds),
                         binds);
    if (!n)
        return n.error();
    return n->toInt();
}

// --- The planner's reads and writes (VisitPlanner holds the rules) ---

namespace {
// Every column of selectSql and then the duo's two members, for the clash check.
const QString ofWorkersSql = QStringLiteral(
    "SELECT v.id, v.family_id, v.duo_id, v.starts_at, v.duration_minutes, v.status, "
    "v.trusted_person_present, v.professional_present, f.case_code, f.family_name, "
    "t.name || ' & ' || p.name, v.status_reason, v.series_id, v.row_version, "
    "d.trusted_person_id, d.professional_id "
    "FROM visits v JOIN families f ON f.id = v.family_id JOIN duos d ON d.id = v.duo_id "
    "JOIN workers t ON t.id = d.trusted_person_id JOIN workers p ON p.id = d.professional_id "
    // The duos of the workers first (a few rows by duos_by_trusted_person/_professional), then
    // each duo's visits in the period by visits_by_duo: never a scan of all visits.
    "WHERE v.duo_id IN (SELECT id FROM duos WHERE trusted_person_id IN (?, ?) "
    "OR professional_id IN (?, ?)) AND v.starts_at >= ? AND v.starts_at < ? "
    "ORDER BY v.starts_at, v.id");

Result<QList<Visit>> readVisits(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QList<Visit> result;
    while (q.value()->next())
        result << fromRow(*q.value());
    return result;
}
} // namespace

Result<QList<Visit>> VisitStore::ofDuo(qint64 duoId, const QDateTime &from,
                                       const QDateTime &to) const
{
    return readVisits(
        m_db.exec(selectSql + QStringLiteral("WHERE v.duo_id = ? AND v.starts_at >= ? "
                                             "AND v.starts_at < ? "
                                             "ORDER BY v.starts_at"),
                  {duoId, SqlValues::dateTime(from), SqlValues::dateTime(to)}));
}

Result<QList<VisitOfWorkers>> VisitStore::ofWorkers(const QList<qint64> &workerIds,
                                                    const QDateTime &from,
                                                    const QDateTime &to) const
{
    if (workerIds.isEmpty())
        return QList<VisitOfWorkers>();
    // Always two binds, so one prepared statement serves one worker and a duo's two.
    const qint64 first = workerIds.value(0);
    const qint64 second = workerIds.value(1, first);
    auto q = m_db.exec(ofWorkersSql, {first, second, first, second, SqlValues::dateTime(from),
                                      SqlValues::dateTime(to)});
    if (!q)
        return q.error();
    QList<VisitOfWorkers> result;
    while (q.value()->next())
        result << VisitOfWorkers{fromRow(*q.value()), q.value()->value(14).toLongLong(),
                                 q.value()->value(15).toLongLong()};
    return result;
}

Result<QList<Visit>> VisitStore::ofSeries(qint64 seriesId) const
{
    return readVisits(
        m_db.exec(selectSql + QStringLiteral("WHERE v.series_id = ? ORDER BY v.starts_at, v.id"),
                  {seriesId}));
}

Status VisitStore::reschedule(qint64 visitId, const QDateTime &start, int durationMinutes)
{
    Visit probe;
    probe.start = start;
    probe.durationMinutes = durationMinutes;
    if (const QString problem = Validation::checkVisit(probe); !problem.isEmpty())
        return Error::invalid(problem);
    auto q = m_db.exec(
        QStringLiteral("UPDATE visits SET starts_at = ?, duration_minutes = ? WHERE id = ?"),
        {SqlValues::dateTime(start), durationMinutes, visitId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("There is no visit with number %1.").arg(visitId));
    return {};
}

Status VisitStore::removePlanned(qint64 visitId)
{
    auto visit = get(visitId);
    if (!visit)
        return visit.error();
    if (visit->status != VisitStatus::Planned)
        return Error::refused(
            tr("The visit of %1 on %2 is no longer planned; a visit that took "
               "place or was called off is kept.")
                .arg(visit->caseCode, QLocale().toString(visit->start, QLocale::ShortFormat)));
    // A report or a safety concern already written for it ties it to the family's history.
    auto tied = m_db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM visit_reports "
                                           "WHERE visit_id = ?) + (SELECT count(*) FROM "
                                           "safety_concerns WHERE visit_id = ?)"),
                            {visitId, visitId});
    if (!tied)
        return tied.error();
    if (tied->toInt() > 0)
        return Error::refused(
            tr("The visit of %1 on %2 has a report or a safety concern and is "
               "kept.")
                .arg(visit->caseCode, QLocale().toString(visit->start, QLocale::ShortFormat)));
    auto q = m_db.exec(QStringLiteral("DELETE FROM visits WHERE id = ?"), {visitId});
    if (!q)
        return q.error();
    return {};
}

Status VisitStore::restore(const Visit &visit)
{
    if (const QString problem = Validation::checkVisit(visit); !problem.isEmpty())
        return Error::invalid(problem);
    return m_db.transaction([&]() -> Status {
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO visits (id, family_id, duo_id, starts_at, "
                                     "duration_minutes, status, trusted_person_present, "
                                     "professional_present, status_reason, series_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {visit.id, visit.familyId, visit.duoId, SqlValues::dateTime(visit.start),
                       visit.durationMinutes, DomainText::code(visit.status),
                       visit.trustedPersonPresent ? 1 : 0, visit.professionalPresent ? 1 : 0,
                       visit.statusReason, visit.seriesId ? QVariant(visit.seriesId) : QVariant()});
        if (!q)
            return q.error();
        for (qint64 member : visit.presentMemberIds) {
            auto a = m_db.exec(QStringLiteral("INSERT INTO visit_attendees (visit_id, member_id) "
                                              "VALUES (?, ?)"),
                               {visit.id, member});
            if (!a)
                return a.error();
        }
        return {};
    });
}

Result<qint64> VisitStore::addSeries(const VisitSeries &series)
{
    if (series.intervalDays < 1 || series.intervalDays > 365)
        return Error::invalid(tr("Visits of a series are between 1 and 365 days apart."));
    if (series.occurrences < 2 || series.occurrences > 104)
        return Error::invalid(tr("A series has between 2 and 104 visits."));
    auto q = m_db.insert(QStringLiteral("INSERT INTO visit_series (id, family_id, interval_days, "
                                        "occurrences) VALUES (?, ?, ?, ?)"),
                         {series.id ? QVariant(series.id) : QVariant(), series.familyId,
                          series.intervalDays, series.occurrences});
    if (!q)
        return q.error();
    return series.id ? series.id : q.value();
}

Result<VisitSeries> VisitStore::series(qint64 seriesId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, family_id, interval_days, occurrences "
                                      "FROM visit_series WHERE id = ?"),
                       {seriesId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no series of visits with number %1.").arg(seriesId));
    VisitSeries s{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt(),
                  q->value(3).toInt()};
    q->finish();
    return s;
}

Status VisitStore::removeSeries(qint64 seriesId)
{
    auto left =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM visits WHERE series_id = ?"), {seriesId});
    if (!left)
        return left.error();
    if (left->toInt() > 0)
        return Error::refused(tr("The series still has visits; only an empty series is removed."));
    auto q = m_db.exec(QStringLiteral("DELETE FROM visit_series WHERE id = ?"), {seriesId});
    if (!q)
        return q.error();
    return {};
}
