#include "CaseloadReport.h"

#include "domain/DomainText.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

Result<QList<WorkerCaseload>> CaseloadReport::workers(const QDate &day) const
{
    // The same rule as WorkerStore::caseloads: the handover day counts for the old duo too, and
    // a closed family counts for nobody. Families are counted DISTINCT, so one handed over
    // between two duos of the same worker is one family. The joins run from the workers
    // through the indices on duos and assignments(duo_id, from_date), so the query reads each
    // duo's own assignments, never the whole assignment history.
    auto q = m_db.exec(
        QStringLiteral("SELECT w.id, w.name, w.role, w.organisation_id, o.name, w.active, "
                       "w.max_caseload, count(DISTINCT f.id) FROM workers w "
                       "JOIN organisations o ON o.id = w.organisation_id "
                       "LEFT JOIN duos d ON d.trusted_person_id = w.id OR d.professional_id = w.id "
                       "LEFT JOIN assignments a ON a.duo_id = d.id AND a.from_date <= ? "
                       "    AND (a.to_date IS NULL OR a.to_date >= ?) "
                       "LEFT JOIN families f ON f.id = a.family_id AND f.status <> 'closed' "
                       "GROUP BY w.id, w.name, w.role, w.organisation_id, o.name, w.active, "
                       "w.max_caseload "
                       "HAVING w.active = 1 OR count(DISTINCT f.id) > 0 "
                       "ORDER BY w.name, w.id"),
        {SqlValues::date(day), SqlValues::date(day)});
    if (!q)
        return q.error();
    QList<WorkerCaseload> result;
    while (q->next()) {
        WorkerCaseload row;
        row.workerId = q->value(0).toLongLong();
        row.name = q->value(1).toString();
        row.role = DomainText::parse<WorkerRole>(q->value(2).toString())
                       .value_or(WorkerRole::TrustedPerson);
        row.organisationId = q->value(3).toLongLong();
        row.organisationName = q->value(4).toString();
        row.active = q->value(5).toBool();
        row.maxCaseload = q->value(6).toInt();
        row.activeFamilies = q->value(7).toInt();
        result << row;
    }
    return result;
}
