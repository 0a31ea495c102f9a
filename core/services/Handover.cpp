#include "Handover.h"

#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/SqlValues.h"
#include "storage/WorkerStore.h"

#include <QSet>

#include <algorithm>

Result<QList<Duo>> Handover::openDuosOfWorker(qint64 workerId, const QDate &day) const
{
    auto all = DuoStore(m_db).all();
    if (!all)
        return all.error();
    QList<Duo> result;
    for (const Duo &duo : all.value())
        if ((duo.trustedPersonId == workerId || duo.professionalId == workerId) &&
            (duo.to.isNull() || duo.to > day))
            result << duo;
    return result;
}

Result<QList<Assignment>> Handover::familiesOf(const QList<Duo> &duos, const QDate &day) const
{
    QList<Assignment> result;
    AssignmentStore assignments(m_db);
    for (const Duo &duo : duos) {
        // Few rows per duo (its caseload), read with the family's status in one query.
        auto q = m_db.exec(QStringLiteral("SELECT a.id, a.family_id, a.from_date, a.to_date "
                                          "FROM assignments a JOIN families f ON f.id = "
                                          "a.family_id WHERE a.duo_id = ? AND f.status <> "
                                          "'closed' AND (a.to_date IS NULL OR a.to_date > ?) "
                                          "ORDER BY f.case_code"),
                           {duo.id, SqlValues::date(day)});
        if (!q)
            return q.error();
        while (q->next()) {
            Assignment a;
            a.id = q->value(0).toLongLong();
            a.familyId = q->value(1).toLongLong();
            a.duoId = duo.id;
            a.from = SqlValues::toDate(q->value(2));
            a.to = SqlValues::toDate(q->value(3));
            a.duoName = duo.displayName();
            result << a;
        }
    }
    return result;
}

Result<QList<Assignment>> Handover::familiesOfWorker(qint64 workerId, const QDate &day) const
{
    auto duos = openDuosOfWorker(workerId, day);
    if (!duos)
        return duos.error();
    return familiesOf(duos.value(), day);
}

Result<QList<Assignment>> Handover::familiesOfDuo(qint64 duoId, const QDate &day) const
{
    auto duo = DuoStore(m_db).get(duoId);
    if (!duo)
        return duo.error();
    return familiesOf({duo.value()}, day);
}

Status Handover::handOver(const QList<Duo> &ending, const QDate &day,
                          const QHash<qint64, qint64> &newDuos, HandoverRecord *record)
{
    auto families = familiesOf(ending, day);
    if (!families)
        return families.error();
    QSet<qint64> endingIds;
    for (const Duo &duo : ending)
        endingIds.insert(duo.id);

    FamilyStore familyStore(m_db);
    DuoStore duoStore(m_db);
    WorkerStore workerStore(m_db);
    AssignmentStore assignments(m_db);
    QSet<qint64> done;
    for (const Assignment &current : families.value()) {
        if (done.contains(current.familyId))
            continue;
        done.insert(current.familyId);
        auto family = familyStore.get(current.familyId);
        if (!family)
            return family.error();
        const qint64 newDuo = newDuos.value(current.familyId);
        if (newDuo == 0)
            return Error::invalid(tr("Choose a new duo for the family %1.").arg(family->caseCode));
        if (endingIds.contains(newDuo))
            return Error::invalid(tr("The duo chosen for the family %1 ends as well; choose "
                                     "another duo.")
                                      .arg(family->caseCode));
        auto duo = duoStore.get(newDuo);
        if (!duo)
            return duo.error();
        for (qint64 member : {duo->trustedPersonId, duo->professionalId}) {
            auto worker = workerStore.get(member);
            if (!worker)
                return worker.error();
            if (!worker->active)
                return Error::invalid(tr("%1 is no longer active.").arg(worker->name));
        }
        auto history = assignments.history(current.familyId);
        if (!history)
            return history.error();
        record->assignmentsBefore << history.value();
        auto assigned = assignments.assign(current.familyId, newDuo, day);
        if (!assigned)
            return assigned.error();
        record->newAssignments << assigned.value();
    }
    for (const Duo &duo : ending) {
        // A duo formed for later than `day` ends on its first day: it never started.
        if (Status ended = duoStore.setEnd(duo.id, std::max(day, duo.from)); !ended)
            return ended;
        record->endedDuos << duo;
    }
    return {};
}

Result<HandoverRecord> Handover::archiveWorker(qint64 workerId, const QDate &day,
                                               const QHash<qint64, qint64> &newDuos)
{
    if (!day.isValid())
        return Error::invalid(tr("Archiving needs a date."));
    auto worker = WorkerStore(m_db).get(workerId);
    if (!worker)
        return worker.error();
    if (!worker->active)
        return Error::invalid(tr("%1 is archived already.").arg(worker->name));
    HandoverRecord record;
    Status done = m_db.transaction([&]() -> Status {
        auto duos = openDuosOfWorker(workerId, day);
        if (!duos)
            return duos.error();
        if (Status handed = handOver(duos.value(), day, newDuos, &record); !handed)
            return handed;
        if (Status archived = WorkerStore(m_db).setActive(workerId, false, day); !archived)
            return archived;
        record.workerId = workerId;
        return {};
    });
    if (!done)
        return done.error();
    return record;
}

Result<HandoverRecord> Handover::endDuo(qint64 duoId, const QDate &day,
                                        const QHash<qint64, qint64> &newDuos)
{
    if (!day.isValid())
        return Error::invalid(tr("Ending a duo needs a date."));
    auto duo = DuoStore(m_db).get(duoId);
    if (!duo)
        return duo.error();
    if (duo->to.isValid() && duo->to <= day)
        return Error::invalid(tr("The duo %1 has ended already.").arg(duo->displayName()));
    HandoverRecord record;
    Status done = m_db.transaction(
        [&]() -> Status { return handOver({duo.value()}, day, newDuos, &record); });
    if (!done)
        return done.error();
    return record;
}

Status Handover::undo(const HandoverRecord &record)
{
    return m_db.transaction([&]() -> Status {
        // The reverse order of the step: the worker first, as a duo reopens only with active
        // members; then the duos; then the families go back to their duos.
        if (record.workerId > 0) {
            if (Status active = WorkerStore(m_db).setActive(record.workerId, true); !active)
                return active;
        }
        DuoStore duos(m_db);
        for (const Duo &duo : record.endedDuos)
            if (Status reopened = duos.setEnd(duo.id, duo.to); !reopened)
                return reopened;
        AssignmentStore assignments(m_db);
        for (qint64 id : record.newAssignments)
            if (Status removed = assignments.unassign(id, {}); !removed)
                return removed;
        return assignments.restoreEnds(record.assignmentsBefore);
    });
}
