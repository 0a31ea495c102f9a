#include "Statistics.h"

#include "storage/Database.h"

#include <QSqlQuery>

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
    };
}

bool Counts::operator==(const Counts &o) const
{
    return toJson() == o.toJson();
}

Result<Counts> Statistics::count(const Database &db)
{
    // One statement, grouped counts per table: a handful of index scans, no rows fetched.
    auto q =
        db.exec(QStringLiteral("SELECT (SELECT count(*) FROM organisations), "
                               " (SELECT count(*) FROM workers), "
                               " (SELECT count(*) FROM workers WHERE role = 'trusted_person'), "
                               " (SELECT count(*) FROM workers WHERE role = 'professional'), "
                               " (SELECT count(*) FROM workers WHERE active = 1), "
                               " (SELECT count(*) FROM duos), "
                               " (SELECT count(*) FROM families), "
                               " (SELECT count(*) FROM families WHERE status = 'referred'), "
                               " (SELECT count(*) FROM families WHERE status = 'intake'), "
                               " (SELECT count(*) FROM families WHERE status = 'active'), "
                               " (SELECT count(*) FROM families WHERE status = 'closed'), "
                               " (SELECT count(*) FROM household_members), "
                               " (SELECT count(*) FROM assignments), "
                               " (SELECT count(*) FROM visits), "
                               " (SELECT count(*) FROM visits WHERE status = 'planned'), "
                               " (SELECT count(*) FROM visits WHERE status = 'done'), "
                               " (SELECT count(*) FROM visits WHERE status = 'cancelled'), "
                               " (SELECT count(*) FROM visits WHERE status = 'no_show'), "
                               " (SELECT count(*) FROM visit_reports), "
                               " (SELECT count(*) FROM goals), "
                               " (SELECT count(*) FROM evaluations), "
                               " (SELECT count(*) FROM follow_ups), "
                               " (SELECT count(*) FROM follow_ups WHERE done_on IS NULL), "
                               " (SELECT count(*) FROM safety_concerns), "
                               " (SELECT count(*) FROM safety_concerns WHERE closed_at IS NULL)"));
    if (!q)
        return q.error();
    Counts c;
    if (q->next()) {
        int i = 0;
        for (int *field :
             {&c.organisations,     &c.workers,        &c.trustedPersons, &c.professionals,
              &c.activeWorkers,     &c.duos,           &c.families,       &c.familiesReferred,
              &c.familiesIntake,    &c.familiesActive, &c.familiesClosed, &c.householdMembers,
              &c.assignments,       &c.visits,         &c.visitsPlanned,  &c.visitsDone,
              &c.visitsCancelled,   &c.visitsNoShow,   &c.reports,        &c.goals,
              &c.evaluations,       &c.followUps,      &c.followUpsOpen,  &c.safetyConcerns,
              &c.safetyConcernsOpen})
            *field = q->value(i++).toInt();
    }
    q->finish();
    return c;
}
