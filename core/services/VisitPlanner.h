#pragma once
// The rules of planning home visits (issue 4, "My week"): a visit books both members of the
// duo, so it clashes when either of them already has a planned or done visit at that time, in
// any duo they belong to. Single visits and series (weekly, fortnightly), moving one visit or a
// series from one visit on, and taking a plan back for undo. The UI asks clashes() first and
// lets the user choose; the rule itself lives here (ClashPolicy).
//
// Time rule. Visit times are stored as Dutch wall-clock time without offset (as people write
// them in a diary), and durations are real minutes:
// - A start that does not exist on the clock is refused: on the last Sunday of March the clock
//   jumps from 02:00 to 03:00, so 02:00–02:59 that night is no time at all.
// - A start in the hour that happens twice (02:00–02:59 on the last Sunday of October) is the
//   first of the two, summer time, as calendar programs take it.
// - Overlaps are decided on real time (UTC), half-open: [start, start + duration). A visit that
//   ends at 11:00 and one that starts at 11:00 do not clash. So a 60-minute visit at 01:30 on
//   the night the clocks go forward lasts until 03:30 on the clock and clashes with one at
//   03:00; one at 02:30 (summer time) on the night they go back ends at 02:30 winter time and
//   does not clash with one at 03:00. This is also how an iCalendar file with the
//   Europe/Amsterdam zone and a duration reads, so the calendar export agrees.
// Cancelled and no-show visits do not block.

#include "Result.h"
#include "domain/Domain.h"
#include "storage/VisitStore.h"

#include <QCoreApplication>
#include <optional>

class Database;

enum class ClashPolicy {
    Refuse, // a clash makes the plan fail, with the clash named in the error
    Allow,  // the user saw the clashes and chose to plan anyway
};

// A visit in the way of a plan, and whose time it takes (one or both members of the duo).
struct Clash
{
    Visit visit; // with case code and duo name
    QList<qint64> workerIds;
    QStringList workerNames;
    QDateTime plannedStart; // the start of the planned visit it clashes with (series: which one)

    // "Fatima El Amrani already has a visit to G-2026-0042 on 30-03-2026, 10:00–11:00."
    QString describe() const;
};

// Visits of one family planned at a fixed interval, all at the same time of day.
struct SeriesRequest
{
    qint64 familyId = 0;
    qint64 duoId = 0;
    QDateTime firstStart;
    int durationMinutes = 60;
    int intervalDays = 7; // 7 weekly, 14 every two weeks
    int occurrences = 2;

    // The start of each visit: the same wall-clock time every interval_days days.
    QList<QDateTime> starts() const;
};

// A series as stored: the series row and its visits, for undo and redo.
struct SeriesPlan
{
    VisitSeries series;
    QList<Visit> visits;
};

// Where a visit was (or is to be): what an undo of a move puts back.
struct VisitTime
{
    qint64 visitId = 0;
    QDateTime start;
    int durationMinutes = 60;
};

class VisitPlanner
{
    Q_DECLARE_TR_FUNCTIONS(VisitPlanner)
public:
    explicit VisitPlanner(Database &db) : m_db(db) {}

    // --- The time rule (see above) ---
    // Milliseconds since the epoch of a Dutch wall-clock time; nullopt when the clock skips it.
    static std::optional<qint64> instant(const QDateTime &wallClock);
    static bool exists(const QDateTime &wallClock) { return instant(wallClock).has_value(); }
    // Half-open overlap of [startA, startA + minutesA) and [startB, startB + minutesB) on real
    // time. A start the clock skips (only imported data can hold one) is read with the offset
    // before the jump: 02:30 counts as 03:30 summer time, as Qt and most programs read it.
    static bool overlaps(const QDateTime &startA, int minutesA, const QDateTime &startB,
                         int minutesB);
    // Wall-clock arithmetic: the same fields `minutes` later, whatever the clock does.
    static QDateTime addWallMinutes(const QDateTime &wallClock, qint64 minutes);
    static qint64 wallMinutesBetween(const QDateTime &from, const QDateTime &to);
    // Where the clock stands when a visit of `durationMinutes` real minutes ends.
    static QDateTime clockEnd(const QDateTime &start, int durationMinutes);

    // --- Clashes, for the UI to show before it plans ---
    // Planned or done visits of either member of the duo overlapping the given time, in any of
    // their duos; visits in `ignoring` (the ones being moved) do not count. Refused (error)
    // when the start does not exist.
    Result<QList<Clash>> clashes(qint64 duoId, const QDateTime &start, int durationMinutes,
                                 const QList<qint64> &ignoring = {}) const;
    // The clashes of every visit of a series together.
    Result<QList<Clash>> clashes(const SeriesRequest &request) const;
    // The clashes a move would cause (`following`: this visit and the later ones of its series).
    Result<QList<Clash>> moveClashes(qint64 visitId, const QDateTime &start, int durationMinutes,
                                     bool following) const;

    // --- Planning ---
    // Plans visit.familyId / duoId / start / durationMinutes as a planned visit of both
    // members; returns it as stored. The duo must be assigned to the family that day.
    Result<Visit> plan(const Visit &visit, ClashPolicy policy);
    // All visits of the series in one transaction: any refusal leaves nothing behind.
    Result<SeriesPlan> planSeries(const SeriesRequest &request, ClashPolicy policy);

    // A planned visit to another time or duration; returns where it was.
    Result<QList<VisitTime>> move(qint64 visitId, const QDateTime &start, int durationMinutes,
                                  ClashPolicy policy);
    // This visit and every later planned visit of its series move by the same change of start
    // (in wall-clock time: "an hour later, a day later"), and all get the new duration. A visit
    // outside a series moves alone. Returns where they were.
    Result<QList<VisitTime>> moveFollowing(qint64 visitId, const QDateTime &start,
                                           int durationMinutes, ClashPolicy policy);
    // Undo and redo of a move: the visits to these times, without checks (it was so before).
    Status setTimes(const QList<VisitTime> &times);

    // --- Undo and redo of planning ---
    // Removes a planned visit; a visit that took place is never deleted (refused).
    Status unplan(qint64 visitId);
    // Removes a series and its visits, all still planned; refused otherwise.
    Status unplanSeries(qint64 seriesId);
    // Puts back what unplan() / unplanSeries() removed, with the same ids.
    Status replan(const Visit &visit);
    Status replanSeries(const SeriesPlan &plan);

    // The families the duo is assigned to on `day`, by case code: whom it can plan for.
    Result<QList<Family>> familiesOf(qint64 duoId, const QDate &day) const;

private:
    // The planned or done visits of the duo's members in [from, to) of wall-clock time,
    // widened by the longest visit and an hour either way for the clock change: one query.
    Result<QList<VisitOfWorkers>> candidates(const Duo &duo, const QDateTime &from,
                                             const QDateTime &to) const;
    static QList<Clash> clashesAmong(const Duo &duo, const QList<VisitOfWorkers> &candidates,
                                     const QDateTime &start, int durationMinutes,
                                     const QList<qint64> &ignoring);
    // Start, duration and assignment of one planned visit to be; the first problem.
    Status checkSlot(qint64 familyId, qint64 duoId, const QDateTime &start,
                     int durationMinutes) const;
    // The error of a refused plan: the first clash named, the others counted.
    static Error refusal(const QList<Clash> &clashes);
    // The visits a move concerns and their new times (same order).
    struct MovePlan
    {
        Visit visit; // the one the user moved
        QList<Visit> moved;
        QList<QDateTime> newStarts;
    };
    Result<MovePlan> movePlan(qint64 visitId, const QDateTime &start, bool following) const;
    Result<QList<Clash>> clashesOfMove(const MovePlan &plan, int durationMinutes) const;
    Result<QList<VisitTime>> applyMove(const MovePlan &plan, int durationMinutes,
                                       ClashPolicy policy);

    Database &m_db;
};
