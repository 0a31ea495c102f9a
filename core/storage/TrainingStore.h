#pragma once
// The training each worker followed, and the overview of the care for workers that the caseload
// page shows (training, network meetings attended, debriefs).

#include "Result.h"
#include "domain/WorkerCare.h"

#include <QCoreApplication>
#include <QHash>

class Database;

class TrainingStore
{
    Q_DECLARE_TR_FUNCTIONS(TrainingStore)
public:
    explicit TrainingStore(Database &db) : m_db(db) {}

    // Refused: what WorkerCare::check refuses, an unknown worker. Returns the new id.
    Result<qint64> add(const Training &training, const QDate &today = QDate::currentDate());
    // Changes everything but the worker.
    Status update(const Training &training, const QDate &today = QDate::currentDate());
    // Undo of add().
    Status remove(qint64 id);
    // Redo of add() after remove(): with its own id.
    Status restore(const Training &training);

    Result<Training> get(qint64 id) const;
    // A worker's training, the latest first.
    Result<QList<Training>> forWorker(qint64 workerId) const;
    // Per active worker: the last completed course, network meeting and debrief, and the open
    // debrief requests. Four grouped questions, however many workers.
    Result<QHash<qint64, WorkerCareSummary>> summaries() const;

private:
    Status check(const Training &training, const QDate &today) const;
    Result<qint64> insert(const Training &training, qint64 id);

    Database &m_db;
};
