#pragma once
// Home visits of a duo to a family. The visit log is paged (keyset on start time and id,
// newest first): half a million visits never sit in memory at once.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <optional>

class Database;

struct VisitFilter
{
    qint64 familyId = 0; // 0: any
    qint64 duoId = 0;    // 0: any
    // A worker's own visits: those of the duos they are part of ("My visits"); 0: everyone's.
    qint64 workerId = 0;
    std::optional<VisitStatus> status;
    QDate from; // inclusive; null: open
    QDate to;   // inclusive; null: open
};

// Where a page of the visit log continues: the last row of the previous page.
struct VisitCursor
{
    QDateTime start;
    qint64 id = 0;
};

// A row of visit_series: visits planned together at a fixed interval (weekly, fortnightly).
struct VisitSeries
{
    qint64 id = 0;
    qint64 familyId = 0;
    int intervalDays = 7;
    int occurrences = 2;
};

// A visit with the two workers of its duo: whose time it takes, for the planner's clash check.
struct VisitOfWorkers
{
    Visit visit;
    qint64 trustedPersonId = 0;
    qint64 professionalId = 0;
};

class VisitStore
{
    Q_DECLARE_TR_FUNCTIONS(VisitStore)
public:
    explicit VisitStore(Database &db) : m_db(db) {}

    // The duo must be assigned to the family on the visit's day.
    Result<qint64> add(const Visit &visit);
    Result<Visit> get(qint64 id) const;
    // Planned, cancelled or no-show with its reason (Validation::checkVisit); a visit with
    // people present keeps them only as done, which VisitReportStore::complete records.
    Status setStatus(qint64 visitId, VisitStatus status, const QString &reason = QString());

    Result<QList<Visit>> page(const VisitFilter &filter, const std::optional<VisitCursor> &after,
                              int limit) const;
    Result<int> count(const VisitFilter &filter) const;

    // The planner's reads and writes (VisitPlanner holds the rules: clashes, series, DST).
    // Visits starting in [from, to), oldest first: of one duo, or of every duo that any of
    // `workerIds` (one or two) belongs to, with the duo's members. One query each, served by
    // visits_by_duo.
    Result<QList<Visit>> ofDuo(qint64 duoId, const QDateTime &from, const QDateTime &to) const;
    Result<QList<VisitOfWorkers>> ofWorkers(const QList<qint64> &workerIds, const QDateTime &from,
                                            const QDateTime &to) const;
    Result<QList<Visit>> ofSeries(qint64 seriesId) const; // oldest first
    // A new start and duration; no rules checked here (see VisitPlanner::move).
    Status reschedule(qint64 visitId, const QDateTime &start, int durationMinutes);
    // Undo of planning: only a planned visit without a report or safety concern goes; a visit
    // that took place is never deleted.
    Status removePlanned(qint64 visitId);
    // Redo of planning after removePlanned(): the visit comes back with its own id.
    Status restore(const Visit &visit);
    Result<qint64> addSeries(const VisitSeries &series); // restores it when series.id is set
    Result<VisitSeries> series(qint64 seriesId) const;
    // Only once none of its visits is left (removePlanned them first).
    Status removeSeries(qint64 seriesId);

private:
    Database &m_db;
};
