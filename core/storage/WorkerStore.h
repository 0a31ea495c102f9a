#pragma once
// Trusted persons and professionals: who they are, what they speak, where they work, how many
// families they can carry.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>

#include <functional>

class Database;

class WorkerStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkerStore)
public:
    explicit WorkerStore(Database &db) : m_db(db) {}

    Result<qint64> add(const Worker &worker);
    // Called with the rows written so far while a set is added; an error it returns (a
    // cancel, say) stops the adding and rolls it back.
    using Written = std::function<Status(qint64 written)>;
    // add() for many workers at once (an import), in one transaction, as a set: one look at the
    // organisations and multi-row INSERTs, not two statements a worker. Returns their ids in
    // the given order. A worker the rules refuse refuses the set; *refused is then its index.
    Result<QList<qint64>> addAll(const QList<Worker> &workers, const Written &written = {},
                                 int *refused = nullptr);
    Result<Worker> get(qint64 id) const;
    // All workers with their organisation's name, by name. Bounded (hundreds), so not paged.
    Result<QList<Worker>> all() const;
    // Families each worker currently carries through an active assignment, by worker id.
    Result<QHash<qint64, int>> caseloads(const QDate &day = QDate::currentDate()) const;

    // Changes every field but the id and the active flag (see setActive). The role stays once
    // the worker is in a duo: a duo is one trusted person and one professional.
    Status update(const Worker &worker);
    // A worker who still has families after `day` is not archived alone: Handover hands them
    // over in the same step, so no family is silently left without a duo.
    Status setActive(qint64 id, bool active, const QDate &day = QDate::currentDate());
    // Undo of add(): refused once the worker is in a duo.
    Status remove(qint64 id);
    // Redo of add() after remove(): the row comes back with its own id.
    Status restore(const Worker &worker);

private:
    Result<qint64> insert(const Worker &worker, qint64 id);

    Database &m_db;
};
