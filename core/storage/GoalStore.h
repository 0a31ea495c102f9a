#pragma once
// The goals of a family, each in a life domain of the Zelfredzaamheid-Matrix with the score it
// started from. A goal that is no longer worked on is ended, not deleted: its scores over time
// are what the family page's chart and the supervision export show. Only an undo of adding it
// removes a goal, and only while nothing refers to it yet.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>

class Database;
class QSqlQuery;

class GoalStore
{
    Q_DECLARE_TR_FUNCTIONS(GoalStore)
public:
    // One row of `id, family_id, life_domain, description, start_score, set_on, ended_on`, in this
    // order: the store's own queries and the supervision package's reader select the columns so.
    static Goal fromRow(const QSqlQuery &q);

    explicit GoalStore(Database &db) : m_db(db) {}

    // Adds the goal to goal.familyId, worked on from goal.setOn; returns it as stored. Refused:
    // what Validation::checkGoal refuses, an unknown family, a date before the family's
    // referral, an end date (a new goal is worked on).
    Result<Goal> add(const Goal &goal, const QDate &today = QDate::currentDate());
    // Changes the life domain, description, start score and the date set; the family and the
    // end date stay as stored (end() and reopen() change that). The date set cannot move past
    // the goal's end or its first evaluation score: its line would start after a later point.
    Status update(const Goal &goal, const QDate &today = QDate::currentDate());
    // The goal was worked on up to and including `day`, and no longer after it. Refused when it
    // has ended already, and for a day before it was set, in the future, or before an
    // evaluation that scored it.
    Status end(qint64 goalId, const QDate &day, const QDate &today = QDate::currentDate());
    // Undo of end(): the goal is worked on again.
    Status reopen(qint64 goalId);
    // Undo of add(): refused once an evaluation scored the goal or a visit report worked on it.
    Status remove(qint64 goalId);
    // Redo of add() after remove(): the goal comes back with its own id.
    Status restore(const Goal &goal, const QDate &today = QDate::currentDate());

    Result<Goal> get(qint64 id) const;
    // The family's goals: those worked on first (oldest first), then the ended ones (latest
    // ended first).
    Result<QList<Goal>> forFamily(qint64 familyId) const;
    // The goals worked on during `day` (set on or before it, not ended before it), oldest
    // first: the goals an evaluation held that day scores.
    Result<QList<Goal>> activeOn(qint64 familyId, const QDate &day) const;

    // The description on one line, shortened to fit in one sentence of a message.
    static QString shortDescription(const Goal &goal);

private:
    // The rules that need the database: the family exists and was referred by goal.setOn, and
    // no evaluation scored the goal before it (for a goal that is already stored).
    Status checkHistory(const Goal &goal) const;
    Result<qint64> insert(const Goal &goal, qint64 id, const QDate &today);

    Database &m_db;
};
