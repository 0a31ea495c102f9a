#include "Statistics.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

#include <functional>

QJsonObject Counts::toJson() const
{
    return QJsonObject{
        {QStringLiteral("organisations"), organisations},
        {QStringLiteral("workers"), QJsonObject{{QStringLiteral("total"), workers},
                                                {QStringLiteral("trusted_persons"), trustedPersons},
                                                {QStringLiteral("professionals"), professionals},
                                                {QStringLiteral("active"), activeWorkers}}},
        {QStringLiteral("duos"), duos},
        {QStringLiteral("families"), QJsonObject{{QStringLiteral("total"), families},
                                                 {QStringLiteral("referred"), familiesReferred},
                                                 {QStringLiteral("intake"), familiesIntake},
                                                 {QStringLiteral("active"), familiesActive},
                                                 {QStringLiteral("closed"), familiesClosed}}},
        {QStringLiteral("household_members"), householdMembers},
        {QStringLiteral("assignments"), assignments},
        {QStringLiteral("visits"), QJsonObject{{QStringLiteral("total"), visits},
                                               {QStringLiteral("planned"), visitsPlanned},
                                               {QStringLiteral("done"), visitsDone},
                                               {QStringLiteral("cancelled"), visitsCancelled},
                                               {QStringLiteral("no_show"), visitsNoShow}}},
        {QStringLiteral("reports"), reports},
        {QStringLiteral("goals"), goals},
        {QStringLiteral("evaluations"), evaluations},
        {QStringLiteral("follow_ups"), QJsonObject{{QStringLiteral("total"), followUps},
                                                   {QStringLiteral("open"), followUpsOpen}}},
        {QStringLiteral("safety_concerns"),
         QJsonObject{{QStringLiteral("total"), safetyConcerns},
                     {QStringLiteral("open"), safetyConcernsOpen}}},
        {QStringLiteral("support"), QJsonObject{{QStringLiteral("total"), support},
                                                {QStringLiteral("stopped"), supportStopped}}},
        {QStringLiteral("referrals"),
         QJsonObject{{QStringLiteral("total"), referrals},
                     {QStringLiteral("to_specialist_care"), referralsSpecialist},
                     {QStringLiteral("declined"), referralsDeclined},
                     {QStringLiteral("unanswered"), referralsUnanswered}}},
        {QStringLiteral("meetings"),
         QJsonObject{{QStringLiteral("total"), meetings},
                     {QStringLiteral("families_discussed"), familiesDiscussed}}},
        {QStringLiteral("network_map_entries"), networkMapEntries},
        {QStringLiteral("trainings"), trainings},
        {QStringLiteral("debriefs"),
         QJsonObject{{QStringLiteral("total"), debriefs}, {QStringLiteral("open"), debriefsOpen}}},
    };
}

bool Counts::operator==(const Counts &o) const
{
    return toJson() == o.toJson();
}

namespace {
// Runs `sql` and hands each row to `row`.
Status eachRow(const Database &db, const QString &sql,
               const std::function<void(const QSqlQuery &)> &row)
{
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    while (query.next())
        row(query);
    query.finish();
    return {};
}
} // namespace

Result<Counts> Statistics::count(const Database &db)
{
    // Counted per table in one pass each, grouped: a server counts rows by reading them (an
    // index-only scan of visits takes about 130 ms at half a million), so visits are read once
    // for all their statuses, not five times; SQLite takes the same groups from its indices.
    Result<Counts> counted = totals(db);
    if (!counted)
        return counted;
    Counts &c = counted.value();
    auto byStatus = [&](const char *table, const QHash<QString, int *> &fields) {
        return eachRow(db,
                       QStringLiteral("SELECT status, count(*) FROM %1 GROUP BY status")
                           .arg(QLatin1String(table)),
                       [&](const QSqlQuery &q) {
                           if (int *field = fields.value(q.value(0).toString()))
                               *field = q.value(1).toInt();
                       });
    };
    if (Status done = byStatus("families", {{QStringLiteral("referred"), &c.familiesReferred},
                                            {QStringLiteral("intake"), &c.familiesIntake},
                                            {QStringLiteral("active"), &c.familiesActive},
                                            {QStringLiteral("closed"), &c.familiesClosed}});
        !done)
        return done.error();
    if (Status done = byStatus("visits", {{QStringLiteral("planned"), &c.visitsPlanned},
                                          {QStringLiteral("done"), &c.visitsDone},
                                          {QStringLiteral("cancelled"), &c.visitsCancelled},
                                          {QStringLiteral("no_show"), &c.visitsNoShow}});
        !done)
        return done.error();
    Status rest =
        eachRow(db,
                QStringLiteral("SELECT (SELECT count(*) FROM organisations), "
                               " (SELECT count(*) FROM workers WHERE role = 'trusted_person'), "
                               " (SELECT count(*) FROM workers WHERE role = 'professional'), "
                               " (SELECT count(*) FROM workers WHERE active = 1), "
                               " (SELECT count(*) FROM household_members), "
                               " (SELECT count(*) FROM assignments), "
                               " (SELECT count(*) FROM visit_reports), "
                               " (SELECT count(*) FROM goals), "
                               " (SELECT count(*) FROM evaluations), "
                               " (SELECT count(*) FROM follow_ups), "
                               " (SELECT count(*) FROM follow_ups WHERE done_on IS NULL), "
                               " (SELECT count(*) FROM safety_concerns), "
                               " (SELECT count(*) FROM safety_concerns WHERE closed_at IS NULL), "
                               " (SELECT count(*) FROM support), "
                               " (SELECT count(*) FROM support_reviews WHERE ended_support = 1), "
                               " (SELECT count(*) FROM referrals), "
                               " (SELECT count(*) FROM referrals WHERE care_kind = "
                               "'specialist_youth_care'), "
                               " (SELECT count(*) FROM referrals WHERE status = 'declined'), "
                               " (SELECT count(*) FROM referrals WHERE status = 'sent'), "
                               " (SELECT count(*) FROM meetings), "
                               " (SELECT count(*) FROM meeting_families), "
                               " (SELECT count(*) FROM network_map), "
                               " (SELECT count(*) FROM trainings), "
                               " (SELECT count(*) FROM debriefs), "
                               " (SELECT count(*) FROM debriefs WHERE held_on IS NULL)"),
                [&](const QSqlQuery &q) {
                    int i = 0;
                    for (int *field : {&c.organisations,
                                       &c.trustedPersons,
                                       &c.professionals,
                                       &c.activeWorkers,
                                       &c.householdMembers,
                                       &c.assignments,
                                       &c.reports,
                                       &c.goals,
                                       &c.evaluations,
                                       &c.followUps,
                                       &c.followUpsOpen,
                                       &c.safetyConcerns,
                                       &c.safetyConcernsOpen,
                                       &c.support,
                                       &c.supportStopped,
                                       &c.referrals,
                                       &c.referralsSpecialist,
                                       &c.referralsDeclined,
                                       &c.referralsUnanswered,
                                       &c.meetings,
                                       &c.familiesDiscussed,
                                       &c.networkMapEntries,
                                       &c.trainings,
                                       &c.debriefs,
                                       &c.debriefsOpen})
                        *field = q.value(i++).toInt();
                });
    if (!rest)
        return rest.error();
    return counted;
}

Result<Counts> Statistics::totals(const Database &db)
{
    Counts c;
    Status read = eachRow(db,
                          QStringLiteral("SELECT (SELECT count(*) FROM families), "
                                         " (SELECT count(*) FROM workers), "
                                         " (SELECT count(*) FROM duos), "
                                         " (SELECT count(*) FROM visits)"),
                          [&](const QSqlQuery &q) {
                              c.families = q.value(0).toInt();
                              c.workers = q.value(1).toInt();
                              c.duos = q.value(2).toInt();
                              c.visits = q.value(3).toInt();
                          });
    if (!read)
        return read.error();
    return c;
}
