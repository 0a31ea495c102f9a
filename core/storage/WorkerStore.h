#pragma once
// Trusted persons and professionals: who they are, what they speak, where they work, how many
// families they can carry.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>

class Database;

class WorkerStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkerStore)
public:
    explicit WorkerStore(Database &db) : m_db(db) {}

    Result<qint64> add(const Worker &worker);
    Result<Worker> get(qint64 id) const;
    // All workers with their organisation's name, by name. Bounded (hundreds), so not paged.
    Result<QList<Worker>> all() const;
    // Families each worker currently carries through an active assignment, by worker id.
    Result<QHash<qint64, int>> caseloads(const QDate &day = QDate::currentDate()) const;

private:
    Database &m_db;
};
