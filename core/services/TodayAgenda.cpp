#include "TodayAgenda.h"

#include "domain/DomainText.h"
#include "storage/Database.h"
#include "storage/FollowUpStore.h"
#include "storage/ReferralStore.h"
#include "storage/SqlValues.h"

namespace {
const QString duoName = QStringLiteral("t.name || ' & ' || p.name");
const QString duoJoins = QStringLiteral("JOIN duos d ON d.id = %1.duo_id "
                                        "JOIN workers t ON t.id = d.trusted_person_id "
                                        "JOIN workers p ON p.id = d.professional_id ");
const QString ofWorker = QStringLiteral(" AND (d.trusted_person_id = ? OR d.professional_id = ?)");
} // namespace

Result<QList<Visit>> TodayAgenda::visitsOn(const QDate &day) const
{
    QString sql = QStringLiteral("SELECT v.id, v.family_id, v.duo_id, v.starts_at, "
                                 "v.duration_minutes, v.status, f.case_code, f.family_name, ") +
                  duoName +
                  QStringLiteral(" FROM visits v JOIN families f ON f.id = v.family_id ") +
                  duoJoins.arg(QLatin1Char('v')) +
                  QStringLiteral("WHERE v.starts_at >= ? AND v.starts_at < ?");
    QVariantList binds{day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate)};
    if (mine()) {
        sql += ofWorker;
        binds << m_user.workerId << m_user.workerId;
    }
    auto q = m_db.exec(sql + QStringLiteral(" ORDER BY v.starts_at, v.id"), binds);
    if (!q)
        return q.error();
    QList<Visit> visits;
    while (q->next()) {
        Visit v;
        v.id = q->value(0).toLongLong();
        v.familyId = q->value(1).toLongLong();
        v.duoId = q->value(2).toLongLong();
        v.start = SqlValues::toDateTime(q->value(3));
        v.durationMinutes = q->value(4).toInt();
        v.status =
            DomainText::parse<VisitStatus>(q->value(5).toString()).value_or(VisitStatus::Planned);
        v.caseCode = q->value(6).toString();
        v.familyName = q->value(7).toString();
        v.duoName = q->value(8).toString();
        visits << v;
    }
    return visits;
}

Result<QList<FollowUp>> TodayAgenda::followUpsDue(const QDate &day) const
{
    // Two ranges of follow_ups_open (done_on, due_on), or of follow_ups_by_owner for one
    // worker: the open ones due by the horizon, and the ones ticked off on the day. One
    // UNION ALL, so each half keeps its own index on both engines (an OR would not).
    const QString columns = QStringLiteral(
        "SELECT u.id, u.family_id, u.visit_id, u.description, u.owner_id, u.due_on, u.done_on, "
        "w.name, f.case_code, u.done_by FROM follow_ups u JOIN workers w ON w.id = u.owner_id "
        "JOIN families f ON f.id = u.family_id WHERE ");
    const QString owner = mine() ? QStringLiteral(" AND u.owner_id = ?") : QString();
    QString sql = columns + QStringLiteral("u.done_on IS NULL AND u.due_on <= ?") + owner +
                  QStringLiteral(" UNION ALL ") + columns + QStringLiteral("u.done_on = ?") + owner;
    QVariantList binds{day.addDays(FollowUpHorizonDays).toString(Qt::ISODate)};
    if (mine())
        binds << m_user.workerId;
    binds << day.toString(Qt::ISODate);
    if (mine())
        binds << m_user.workerId;
    // Open ones first, most urgent first; those done today below them.
    auto q = m_db.exec(sql + QStringLiteral(" ORDER BY 7 NULLS FIRST, 6, 1"), binds);
    if (!q)
        return q.error();
    QList<FollowUp> result;
    while (q->next()) {
        // The columns in FollowUpStore::fromRow's order, and who ticked it off after them.
        FollowUp f = FollowUpStore::fromRow(*q.value());
        f.doneBy = q->value(9).toString();
        result << f;
    }
    return result;
}

Result<QList<QuietFamily>> TodayAgenda::quietFamilies(const QDate &day, int days) const
{
    // Current assignments only (a few hundred even at ten years' scale); the last done and
    // next planned visit of each come from visits_by_family: read backwards (forwards) from
    // the day to the first visit of that status, a row or two a family. As max()/min() both
    // engines read every visit of the family in the range instead.
    // Comparing status || '' (not the column) keeps SQLite off visits_by_status, which it
    // otherwise prefers (two constraints) and which walks every done visit of ten years for each
    // family: 70 s at start-up. Unlike SQLite's unary +, PostgreSQL reads it too.
    // MATERIALIZED (both engines know it): PostgreSQL would otherwise fold the subquery into
    // the outer one and look up each family's last visit three times (filter, result, order).
    QString sql = QStringLiteral("WITH current_families AS MATERIALIZED (SELECT f.id, f.case_code, "
                                 "f.family_name, ") +
                  duoName +
                  QStringLiteral(" AS duo, a.from_date, "
                                 "(SELECT v.starts_at FROM visits v WHERE v.family_id = f.id "
                                 "AND v.status || '' = 'done' AND v.starts_at < ? "
                                 "ORDER BY v.starts_at DESC LIMIT 1) AS last_visit, "
                                 "(SELECT v.starts_at FROM visits v WHERE v.family_id = f.id "
                                 "AND v.status || '' = 'planned' AND v.starts_at >= ? "
                                 "ORDER BY v.starts_at LIMIT 1) AS next_visit "
                                 "FROM assignments a JOIN families f ON f.id = a.family_id ") +
                  duoJoins.arg(QLatin1Char('a')) +
                  QStringLiteral("WHERE a.from_date <= ? AND (a.to_date IS NULL OR a.to_date >= ?) "
                                 "AND f.status <> 'closed'");
    const QString today = day.toString(Qt::ISODate);
    QVariantList binds{day.addDays(1).toString(Qt::ISODate), today, today, today};
    if (mine()) {
        sql += ofWorker;
        binds << m_user.workerId << m_user.workerId;
    }
    sql += QStringLiteral(") SELECT * FROM current_families "
                          "WHERE coalesce(substr(last_visit, 1, 10), from_date) < ? "
                          "ORDER BY coalesce(substr(last_visit, 1, 10), from_date), id");
    binds << day.addDays(-days).toString(Qt::ISODate);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<QuietFamily> result;
    while (q->next()) {
        QuietFamily f;
        f.familyId = q->value(0).toLongLong();
        f.caseCode = q->value(1).toString();
        f.familyName = q->value(2).toString();
        f.duoName = q->value(3).toString();
        f.assignedOn = SqlValues::toDate(q->value(4));
        f.lastVisit = SqlValues::toDateTime(q->value(5)).date();
        f.nextPlanned = SqlValues::toDateTime(q->value(6)).date();
        f.daysWithoutVisit = int((f.lastVisit.isValid() ? f.lastVisit : f.assignedOn).daysTo(day));
        result << f;
    }
    return result;
}

Result<QList<Referral>> TodayAgenda::referralsWaiting(const QDate &day) const
{
    return ReferralStore(m_db).unanswered(mine() ? m_user.workerId : 0, day);
}
