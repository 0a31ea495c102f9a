#include "VisitReportStore.h"

#include "Database.h"
#include "FollowUpStore.h"
#include "SqlValues.h"
#include "VisitStore.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"

#include <QSet>

#include <algorithm>

namespace {
// Topics are stored as their codes joined by commas, as the demo generator writes them.
QString joinTopics(const QList<LifeDomain> &topics)
{
    QStringList codes;
    for (LifeDomain domain : topics)
        if (!codes.contains(DomainText::code(domain)))
            codes << DomainText::code(domain);
    return codes.join(QLatin1Char(','));
}

QList<LifeDomain> splitTopics(const QString &stored)
{
    QList<LifeDomain> topics;
    for (const QString &code : stored.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto domain = DomainText::parse<LifeDomain>(code.trimmed()))
            if (!topics.contains(*domain))
                topics << *domain;
    return topics;
}
} // namespace

Status VisitReportStore::complete(const VisitOutcome &outcome, const QString &writtenBy,
                                  const QDateTime &now)
{
    return save(outcome, writtenBy, now, false);
}

Status VisitReportStore::edit(const VisitOutcome &outcome, const QString &writtenBy,
                              const QDateTime &now)
{
    return save(outcome, writtenBy, now, true);
}

Status VisitReportStore::save(const VisitOutcome &outcome, const QString &writtenBy,
                              const QDateTime &now, bool correcting)
{
    auto stored = VisitStore(m_db).get(outcome.visitId);
    if (!stored)
        return stored.error();
    const bool done = stored->status == VisitStatus::Done;
    if (correcting && !done)
        return Error::invalid(tr("Only the report of a visit that took place can be corrected."));
    if (!correcting && done)
        return Error::invalid(tr("This visit is done already; correct its report instead."));
    if (writtenBy.trimmed().isEmpty())
        return Error::invalid(tr("A visit report needs the name of who wrote it."));

    Visit visit = stored.value();
    visit.status = VisitStatus::Done;
    visit.statusReason.clear();
    visit.trustedPersonPresent = outcome.trustedPersonPresent;
    visit.professionalPresent = outcome.professionalPresent;
    visit.presentMemberIds = outcome.presentMemberIds;
    if (const QString problem = Validation::checkVisit(visit, now); !problem.isEmpty())
        return Error::invalid(problem);

    VisitReport report = outcome.report;
    report.visitId = visit.id;
    report.writtenBy = writtenBy.trimmed();
    report.writtenAt = now;

    return m_db.transaction([&]() -> Status {
        // The visit first: whatever is refused after it (a follow-up, say) takes it back too.
        if (Status s = writePresence(visit); !s)
            return s;
        if (Status s = writeReport(report, visit.familyId); !s)
            return s;
        FollowUpStore followUps(m_db);
        auto before = followUps.forVisit(visit.id);
        if (!before)
            return before.error();
        QSet<qint64> kept;
        for (const FollowUp &f : outcome.followUps)
            if (f.id > 0)
                kept.insert(f.id);
        for (const FollowUp &f : before.value())
            if (!kept.contains(f.id))
                if (Status s = followUps.remove(f.id); !s)
                    return s;
        int number = 0;
        for (FollowUp f : outcome.followUps) {
            ++number;
            f.visitId = visit.id;
            f.familyId = visit.familyId;
            Status s;
            if (f.id > 0) {
                const bool ours = std::any_of(before->cbegin(), before->cend(),
                                              [&](const FollowUp &b) { return b.id == f.id; });
                s = ours ? followUps.update(f)
                         : Status(Error::invalid(
                               tr("Follow-up action %1 belongs to another visit.").arg(number)));
            } else {
                auto added = followUps.add(f);
                s = added ? Status() : Status(added.error());
            }
            if (!s)
                return s;
        }
        return {};
    });
}

Status VisitReportStore::writePresence(const Visit &visit)
{
    auto q = m_db.exec(QStringLiteral("UPDATE visits SET status = ?, status_reason = ?, "
                                      "trusted_person_present = ?, professional_present = ? "
                                      "WHERE id = ?"),
                       {DomainText::code(visit.status), visit.statusReason,
                        visit.trustedPersonPresent ? 1 : 0, visit.professionalPresent ? 1 : 0,
                        visit.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("There is no visit with number %1.").arg(visit.id));
    auto cleared =
        m_db.exec(QStringLiteral("DELETE FROM visit_attendees WHERE visit_id = ?"), {visit.id});
    if (!cleared)
        return cleared.error();
    for (qint64 member : visit.presentMemberIds) {
        auto a = m_db.exec(QStringLiteral("INSERT INTO visit_attendees (visit_id, member_id) "
                                          "SELECT ?, id FROM household_members "
                                          "WHERE id = ? AND family_id = ?"),
                           {visit.id, member, visit.familyId});
        if (!a)
            return a.error();
        if (a->numRowsAffected() != 1)
            return Error::invalid(
                tr("A person present at the visit is not a member of the family."));
    }
    return {};
}

Status VisitReportStore::writeReport(const VisitReport &report, qint64 familyId)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO visit_reports (visit_id, trusted_person_tasks, "
                       "professional_tasks, topics, notes, written_by, written_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (visit_id) DO UPDATE SET "
                       "trusted_person_tasks = excluded.trusted_person_tasks, "
                       "professional_tasks = excluded.professional_tasks, "
                       "topics = excluded.topics, notes = excluded.notes, "
                       "written_by = excluded.written_by, written_at = excluded.written_at"),
        {report.visitId, report.trustedPersonTasks.trimmed(), report.professionalTasks.trimmed(),
         joinTopics(report.topics), report.notes.trimmed(), report.writtenBy,
         SqlValues::dateTime(report.writtenAt)});
    if (!q)
        return q.error();
    auto cleared =
        m_db.exec(QStringLiteral("DELETE FROM visit_goals WHERE visit_id = ?"), {report.visitId});
    if (!cleared)
        return cleared.error();
    QSet<qint64> seen;
    for (qint64 goal : report.goalIds) {
        if (seen.contains(goal))
            continue;
        seen.insert(goal);
        auto g = m_db.exec(QStringLiteral("INSERT INTO visit_goals (visit_id, goal_id) "
                                          "SELECT ?, id FROM goals WHERE id = ? AND family_id = ?"),
                           {report.visitId, goal, familyId});
        if (!g)
            return g.error();
        if (g->numRowsAffected() != 1)
            return Error::invalid(tr("A goal worked on at the visit is not a goal of the family."));
    }
    return {};
}

Status VisitReportStore::removeReport(qint64 visitId)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM visit_goals WHERE visit_id = ?"),
                               QStringLiteral("DELETE FROM visit_reports WHERE visit_id = ?")}) {
        auto q = m_db.exec(sql, {visitId});
        if (!q)
            return q.error();
    }
    return {};
}

Status VisitReportStore::cancel(qint64 visitId, const QString &reason)
{
    return setMissed(visitId, VisitStatus::Cancelled, reason, QDateTime::currentDateTime());
}

Status VisitReportStore::markNoShow(qint64 visitId, const QString &reason, const QDateTime &now)
{
    return setMissed(visitId, VisitStatus::NoShow, reason, now);
}

Status VisitReportStore::setMissed(qint64 visitId, VisitStatus status, const QString &reason,
                                   const QDateTime &now)
{
    auto stored = VisitStore(m_db).get(visitId);
    if (!stored)
        return stored.error();
    if (stored->status == VisitStatus::Done)
        return Error::invalid(tr("This visit took place and has its report; it cannot be "
                                 "cancelled or marked as a no-show."));
    Visit visit = stored.value();
    visit.status = status;
    visit.statusReason = reason.trimmed();
    if (const QString problem = Validation::checkVisit(visit, now); !problem.isEmpty())
        return Error::invalid(problem);
    return m_db.transaction([&] { return writePresence(visit); });
}

Result<std::optional<VisitReport>> VisitReportStore::report(qint64 visitId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT trusted_person_tasks, professional_tasks, topics, "
                                 "notes, written_by, written_at, row_version FROM visit_reports "
                                 "WHERE visit_id = ?"),
                  {visitId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<VisitReport>();
    VisitReport r;
    r.visitId = visitId;
    r.trustedPersonTasks = q->value(0).toString();
    r.professionalTasks = q->value(1).toString();
    r.topics = splitTopics(q->value(2).toString());
    r.notes = q->value(3).toString();
    r.writtenBy = q->value(4).toString();
    r.writtenAt = SqlValues::toDateTime(q->value(5));
    r.version = q->value(6).toLongLong();
    q->finish();
    auto goals = m_db.exec(
        QStringLiteral("SELECT goal_id FROM visit_goals WHERE visit_id = ? ORDER BY goal_id"),
        {visitId});
    if (!goals)
        return goals.error();
    while (goals->next())
        r.goalIds << goals->value(0).toLongLong();
    return std::optional<VisitReport>(r);
}

Result<QList<Goal>> VisitReportStore::goalsFor(qint64 visitId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT g.id, g.family_id, g.life_domain, g.description, g.start_score, "
                       "g.set_on, g.ended_on FROM visits v JOIN goals g ON g.family_id = "
                       "v.family_id WHERE v.id = ? AND ((g.set_on <= substr(v.starts_at, 1, 10) "
                       "AND (g.ended_on IS NULL OR g.ended_on >= substr(v.starts_at, 1, 10))) "
                       "OR g.id IN (SELECT goal_id FROM visit_goals WHERE visit_id = v.id)) "
                       "ORDER BY g.set_on, g.id"),
        {visitId});
    if (!q)
        return q.error();
    QList<Goal> goals;
    while (q->next()) {
        Goal g;
        g.id = q->value(0).toLongLong();
        g.familyId = q->value(1).toLongLong();
        g.domain =
            DomainText::parse<LifeDomain>(q->value(2).toString()).value_or(LifeDomain::Finances);
        g.description = q->value(3).toString();
        g.startScore = q->value(4).toInt();
        g.setOn = SqlValues::toDate(q->value(5));
        g.endedOn = SqlValues::toDate(q->value(6));
        goals << g;
    }
    return goals;
}

Result<VisitRecord> VisitReportStore::record(qint64 visitId) const
{
    VisitRecord record;
    auto visit = VisitStore(m_db).get(visitId);
    if (!visit)
        return visit.error();
    record.visit = visit.value();
    auto report = this->report(visitId);
    if (!report)
        return report.error();
    record.report = report.value();
    auto followUps = FollowUpStore(m_db).forVisit(visitId);
    if (!followUps)
        return followUps.error();
    record.followUps = followUps.value();
    return record;
}

Status VisitReportStore::restore(const VisitRecord &record)
{
    return m_db.transaction([&]() -> Status {
        // Written as it was, without the rules of complete(): this state was stored before.
        if (Status s = writePresence(record.visit); !s)
            return s;
        if (Status s = record.report ? writeReport(*record.report, record.visit.familyId)
                                     : removeReport(record.visit.id);
            !s)
            return s;
        FollowUpStore followUps(m_db);
        auto now = followUps.forVisit(record.visit.id);
        if (!now)
            return now.error();
        QSet<qint64> wanted;
        for (const FollowUp &f : record.followUps)
            wanted.insert(f.id);
        QSet<qint64> present;
        for (const FollowUp &f : now.value()) {
            present.insert(f.id);
            if (!wanted.contains(f.id))
                if (Status s = followUps.remove(f.id); !s)
                    return s;
        }
        for (const FollowUp &f : record.followUps) {
            if (!present.contains(f.id)) {
                if (Status s = followUps.restore(f); !s)
                    return s;
                continue;
            }
            auto q = m_db.exec(QStringLiteral("UPDATE follow_ups SET description = ?, "
                                              "owner_id = ?, due_on = ?, done_on = ? WHERE id = ?"),
                               {f.description, f.ownerId, SqlValues::date(f.dueOn),
                                SqlValues::date(f.doneOn), f.id});
            if (!q)
                return q.error();
        }
        return {};
    });
}
