#pragma once
// Archiving a worker or ending a duo while families still count on them: each of those families
// is handed over to another duo in the same transaction, so none is silently left without one.
// What changed is returned, so the whole step can be undone exactly.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <QHash>

class Database;

// What one handover changed, as it was before: enough for Handover::undo().
struct HandoverRecord
{
    qint64 workerId = 0;                 // the worker archived; 0 when only a duo ended
    QList<Duo> endedDuos;                // as they were before
    QList<qint64> newAssignments;        // made by the handover
    QList<Assignment> assignmentsBefore; // every assignment of the families handed over
};

class Handover
{
    Q_DECLARE_TR_FUNCTIONS(Handover)
public:
    explicit Handover(Database &db) : m_db(db) {}

    // The current assignments (one per family, with the duo's name) that need a new duo when
    // the worker stops, or the duo ends, on `day`. Closed families need none.
    Result<QList<Assignment>> familiesOfWorker(qint64 workerId, const QDate &day) const;
    Result<QList<Assignment>> familiesOfDuo(qint64 duoId, const QDate &day) const;

    // Hands each family over to newDuos[family id] from `day`, ends the worker's duos on `day`
    // and archives the worker; all or nothing. A family without a new duo refuses the step.
    Result<HandoverRecord> archiveWorker(qint64 workerId, const QDate &day,
                                         const QHash<qint64, qint64> &newDuos);
    // The same for one duo, whose members stay active.
    Result<HandoverRecord> endDuo(qint64 duoId, const QDate &day,
                                  const QHash<qint64, qint64> &newDuos);
    // Puts everything back as it was before the step that returned `record`.
    Status undo(const HandoverRecord &record);

private:
    Result<QList<Duo>> openDuosOfWorker(qint64 workerId, const QDate &day) const;
    Result<QList<Assignment>> familiesOf(const QList<Duo> &duos, const QDate &day) const;
    // The part archiveWorker() and endDuo() share, inside their transaction.
    Status handOver(const QList<Duo> &ending, const QDate &day,
                    const QHash<qint64, qint64> &newDuos, HandoverRecord *record);

    Database &m_db;
};
