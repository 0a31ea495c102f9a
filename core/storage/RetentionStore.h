#pragma once
// Retention (AVG, Jeugdwet): a closed family's file is kept for a period (20 years by default,
// the database's own setting) and is then due for removal. Removing a family deletes all its
// personal data in one transaction, through the foreign keys' cascades from the family row,
// keeps anonymous counts of what there was, and is logged. Only the coordinator removes; a
// removal asked by anyone else is refused and logged as refused.
//
// What stays: the access log (its entries name the family only by id and case code, a
// pseudonym with no key left to resolve it once the family is gone), the records of exports,
// and per year of closing and duo the counts of families, household members, visits, reports,
// goals, evaluations, follow-up actions and safety concerns, so the figures of earlier years
// and of each duo's work stay meaningful.

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;
struct Actor;

// A closed family whose retention period is over.
struct DueFamily
{
    qint64 id = 0;
    QString caseCode;
    QDate closedOn;
    QDate retainUntil;
};

// What removals left of the families closed in one year with one duo (0: without a duo).
struct RemovedCounts
{
    int closedYear = 0;
    qint64 duoId = 0;
    int families = 0;
    int householdMembers = 0;
    int children = 0;
    int visitsDone = 0;
    int visitsNotDone = 0; // planned, cancelled or no-show
    int reports = 0;
    int goals = 0;
    int evaluations = 0;
    int followUps = 0;
    int safetyConcerns = 0;
};

class RetentionStore
{
    Q_DECLARE_TR_FUNCTIONS(RetentionStore)
public:
    static constexpr int DefaultYears = 20;

    explicit RetentionStore(Database &db) : m_db(db) {}

    // Years a closed file is kept. Changing them dates the families closed from then on; a file
    // closed earlier keeps the day it got.
    Result<int> years() const;
    Status setYears(int years);

    // The day the family's file is due for removal; invalid while it is open.
    Result<QDate> retainUntil(qint64 familyId) const;
    // Closed families whose day has come by `today`, longest due first, a page at a time after
    // the family `afterId` (0: from the start).
    Result<QList<DueFamily>> due(const QDate &today, int limit = 500) const;
    Result<int> dueCount(const QDate &today) const;

    // Deletes the family and everything of it, keeping the counts and logging the removal, in
    // one transaction. Refused (and logged as refused) unless `actor` is the coordinator;
    // refused for a family that is open or not yet due on `today`.
    Status remove(qint64 familyId, const Actor &actor, const QDate &today = QDate::currentDate());

    Result<QList<RemovedCounts>> removedCounts() const;

private:
    Database &m_db;
};
