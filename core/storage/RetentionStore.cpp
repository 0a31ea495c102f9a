#include "RetentionStore.h"

#include "AccessLog.h"
#include "Database.h"
#include "SqlValues.h"

Result<int> RetentionStore::years() const
{
    auto years = m_db.scalar(QStringLiteral("SELECT years FROM retention_policy WHERE id = 1"));
    if (!years)
        return years.error();
    return years->isNull() ? DefaultYears : years->toInt();
}

Status RetentionStore::setYears(int years)
{
    if (years < 1 || years > 100)
        return Error::invalid(tr("The retention period must be between 1 and 100 years."));
    auto q =
        m_db.exec(QStringLiteral("UPDATE retention_policy SET years = ? WHERE id = 1"), {years});
    if (!q)
        return q.error();
    return {};
}

Result<QDate> RetentionStore::retainUntil(qint64 familyId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT retain_until FROM families WHERE id = ?"), {familyId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no family with number %1.").arg(familyId));
    const QDate day = SqlValues::toDate(q->value(0));
    q->finish();
    return day;
}

Result<QList<DueFamily>> RetentionStore::due(const QDate &today, int limit) const
{
    // families_by_retention: a range scan over the due ones only.
    auto q = m_db.exec(QStringLiteral("SELECT id, case_code, closed_on, retain_until FROM families "
                                      "WHERE retain_until <= ? AND status = 'closed' "
                                      "ORDER BY retain_until, id LIMIT ?"),
                       {SqlValues::date(today), qMax(1, limit)});
    if (!q)
        return q.error();
    QList<DueFamily> result;
    while (q->next()) {
        DueFamily f;
        f.id = q->value(0).toLongLong();
        f.caseCode = q->value(1).toString();
        f.closedOn = SqlValues::toDate(q->value(2));
        f.retainUntil = SqlValues::toDate(q->value(3));
        result << f;
    }
    return result;
}

Result<int> RetentionStore::dueCount(const QDate &today) const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM families WHERE retain_until <= ? "
                                        "AND status = 'closed'"),
                         {SqlValues::date(today)});
    if (!n)
        return n.error();
    return n->toInt();
}

Status RetentionStore::remove(qint64 familyId, const Actor &actor, const QDate &today)
{
    AccessLog log(m_db);
    if (!actor.isCoordinator()) {
        // An access refused, not a mistake in the input: it is on record.
        if (Status logged = log.record(actor, AccessAction::Remove, familyId,
                                       AccessOutcome::Refused, QStringLiteral("coordinator_only"));
            !logged)
            return logged;
        return Error::refused(tr("Only the coordinator can remove a family's file."));
    }
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT case_code, status, closed_on, retain_until, "
                                          "referred_on FROM families WHERE id = ?"),
                           {familyId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::invalid(tr("There is no family with number %1.").arg(familyId));
        const QString caseCode = q->value(0).toString();
        const bool closed = q->value(1).toString() == QLatin1String("closed");
        const QDate closedOn = SqlValues::toDate(q->value(2));
        const QDate until = SqlValues::toDate(q->value(3));
        const QDate referredOn = SqlValues::toDate(q->value(4));
        q->finish();
        if (!closed || !until.isValid())
            return Error::invalid(
                tr("The file of family %1 is not closed; only closed files are removed.")
                    .arg(caseCode));
        if (until > today)
            return Error::invalid(tr("The file of family %1 is kept until %2; it cannot be "
                                     "removed before then.")
                                      .arg(caseCode, until.toString(Qt::ISODate)));

        // The counts, read before anything goes. The family's last duo is the one its figures
        // belong to.
        auto counts = m_db.exec(
            QStringLiteral(
                "SELECT "
                " (SELECT count(*) FROM household_members WHERE family_id = ?1),"
                " (SELECT count(*) FROM household_members WHERE family_id = ?1 AND role = 'child'),"
                " (SELECT count(*) FROM visits WHERE family_id = ?1 AND status = 'done'),"
                " (SELECT count(*) FROM visits WHERE family_id = ?1 AND status <> 'done'),"
                " (SELECT count(*) FROM visit_reports r JOIN visits v ON v.id = r.visit_id"
                "  WHERE v.family_id = ?1),"
                " (SELECT count(*) FROM goals WHERE family_id = ?1),"
                " (SELECT count(*) FROM evaluations WHERE family_id = ?1),"
                " (SELECT count(*) FROM follow_ups WHERE family_id = ?1),"
                " (SELECT count(*) FROM safety_concerns WHERE family_id = ?1),"
                " coalesce((SELECT duo_id FROM assignments WHERE family_id = ?1"
                "  ORDER BY from_date DESC, id DESC LIMIT 1), 0)")
                .replace(QStringLiteral("?1"), QStringLiteral("?")),
            QVariantList(10, familyId));
        if (!counts)
            return counts.error();
        if (!counts->next())
            return Error::storage(tr("The family %1 could not be counted.").arg(caseCode));
        QVariantList values;
        for (int i = 0; i < 9; ++i)
            values << counts->value(i).toInt();
        const qint64 duoId = counts->value(9).toLongLong();
        counts->finish();
        const int year = (closedOn.isValid() ? closedOn : referredOn).year();
        auto kept = m_db.exec(
            QStringLiteral(
                "INSERT INTO removed_family_counts (closed_year, duo_id, families, "
                "household_members, children, visits_done, visits_not_done, reports, goals, "
                "evaluations, follow_ups, safety_concerns) "
                "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (closed_year, duo_id) DO UPDATE SET "
                "families = removed_family_counts.families + 1, "
                "household_members = removed_family_counts.household_members + "
                "excluded.household_members, "
                "children = removed_family_counts.children + excluded.children, "
                "visits_done = removed_family_counts.visits_done + excluded.visits_done, "
                "visits_not_done = removed_family_counts.visits_not_done + "
                "excluded.visits_not_done, "
                "reports = removed_family_counts.reports + excluded.reports, goals = "
                "removed_family_counts.goals + excluded.goals, "
                "evaluations = removed_family_counts.evaluations + excluded.evaluations, "
                "follow_ups = removed_family_counts.follow_ups + excluded.follow_ups, "
                "safety_concerns = removed_family_counts.safety_concerns + "
                "excluded.safety_concerns"),
            QVariantList{year, duoId} + values);
        if (!kept)
            return kept.error();
        if (Status logged = log.record(
                actor, AccessAction::Remove, QList<qint64>{familyId}, AccessOutcome::Success,
                QStringLiteral("retention_period_ended"), {{familyId, caseCode}});
            !logged)
            return logged;
        // Everything else of the family goes with this row (ON DELETE CASCADE); the safety
        // concerns' trigger lets them go once their family is gone.
        auto deleted = m_db.exec(QStringLiteral("DELETE FROM families WHERE id = ?"), {familyId});
        if (!deleted)
            return deleted.error();
        return {};
    });
}

Result<QList<RemovedCounts>> RetentionStore::removedCounts() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT closed_year, duo_id, families, household_members, children, visits_done, "
        "visits_not_done, reports, goals, evaluations, follow_ups, safety_concerns "
        "FROM removed_family_counts ORDER BY closed_year, duo_id"));
    if (!q)
        return q.error();
    QList<RemovedCounts> result;
    while (q->next()) {
        RemovedCounts c;
        c.closedYear = q->value(0).toInt();
        c.duoId = q->value(1).toLongLong();
        c.families = q->value(2).toInt();
        c.householdMembers = q->value(3).toInt();
        c.children = q->value(4).toInt();
        c.visitsDone = q->value(5).toInt();
        c.visitsNotDone = q->value(6).toInt();
        c.reports = q->value(7).toInt();
        c.goals = q->value(8).toInt();
        c.evaluations = q->value(9).toInt();
        c.followUps = q->value(10).toInt();
        c.safetyConcerns = q->value(11).toInt();
        result << c;
    }
    return result;
}
