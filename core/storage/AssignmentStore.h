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

    // Ends the assignment on `to` (inclusive, as assign() ends the previous one): the family
    // waits for a duo again from the next day.
    Status end(qint64 assignmentId, const QDate &to);
    // Gives assignments back the end dates they had (as history() returned them), so an undo
    // reopens what an assign(), a handover or a closing ended. Rows no longer there are refused.
    Status restoreEnds(const QList<Assignment> &before);
    // Undo of assign(): removes the assignment and restores the family's other assignments as
    // they were (`before`, from history() just before assigning). Refused once the duo visited
    // the family within the assignment.
    Status unassign(qint64 assignmentId, const QList<Assignment> &before);

private:
    Database &m_db;
};
