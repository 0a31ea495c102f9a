#pragma once
// Which duo works with which family, over which period. History is kept: re-assigning ends
// the current assignment on the day the new one starts.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <optional>

class Database;

class AssignmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentStore)
public:
    explicit AssignmentStore(Database &db) : m_db(db) {}

    Result<qint64> assign(qint64 familyId, qint64 duoId, const QDate &from);
    Result<std::optional<Assignment>> current(qint64 familyId,
                                              const QDate &day = QDate::currentDate()) const;
    Result<QList<Assignment>> history(qint64 familyId) const; // newest first
    Result<bool> isAssigned(qint64 familyId, qint64 duoId, const QDate &day) const;

private:
    Database &m_db;
};
