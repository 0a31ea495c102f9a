#include "FirstSteps.h"

#include "storage/Database.h"

#include <QSqlQuery>

Result<FirstSteps> FirstSteps::of(const Database &db)
{
    // Archived organisations and workers and ended duos count: the file is not new any more.
    auto q =
        db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM organisations), "
                               "EXISTS (SELECT 1 FROM workers WHERE role = 'trusted_person'), "
                               "EXISTS (SELECT 1 FROM workers WHERE role = 'professional'), "
                               "EXISTS (SELECT 1 FROM duos), EXISTS (SELECT 1 FROM families)"));
    if (!q)
        return q.error();
    FirstSteps steps;
    if (!q->next()) {
        q->finish();
        return steps;
    }
    steps.organisation = q->value(0).toBool();
    steps.trustedPerson = q->value(1).toBool();
    steps.professional = q->value(2).toBool();
    steps.duo = q->value(3).toBool();
    steps.family = q->value(4).toBool();
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    return steps;
}
