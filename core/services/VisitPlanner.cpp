#include "VisitPlanner.h"

#include "domain/DomainText.h"
#include "domain/Validation.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/DuoStore.h"
#include "storage/SqlValues.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace {
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;
// The longest visit the schema allows, and how far the clock can be from real time: what a
// window of wall-clock text must be widened by to find every visit overlapping in real time.
constexpr int LongestVisitMinutes = 600;
constexpr int ClockChangeMinutes = 60;

const QTimeZone &netherlands()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone;
}

// The wall-clock fields read as if they were UTC: a timeline without clock changes.
qint64 naiveMs(const QDateTime &wallClock)
{
    return QDateTime(wallClock.date(), wallClock.time(), Qt::UTC).toMSecsSinceEpoch();
}

int offsetAt(qint64 utcMs)
{
    return netherlands().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

// The instant of a wall-clock time; a time the clock skips is read with the offset in force
// before the jump (02:30 becomes 03:30 summer time), as Qt and most programs read it.
qint64 lenientInstant(const QDateTime &wallClock)
{
    if (auto exact = VisitPlanner::instant(wallClock))
        return *exact;
    const qint64 naive = naiveMs(wallClock);
    return naive - qint64(offsetAt(naive - DayMs)) * 1000;
}

bool blocks(VisitStatus status)
{
    return status == VisitStatus::Planned || status == VisitStatus::Done;
}

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString shortTime(const QTime &time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}
} // namespace

// --- The time rule ---

std::optional<qint64> VisitPlanner::instant(const QDateTime &wallClock)
{
    if (!wallClock.date().isValid() || !wallClock.time().isValid())
        return std::nullopt;
    const qint64 naive = naiveMs(wallClock);
    // The offsets in force a day before and a day after: they differ only around a change.
    // A candidate instant is real when the zone has that very offset at it; none in the hour
    // the clock skips, two in the hour it repeats, of which the earlier (summer time) counts.
    std::optional<qint64> earliest;
    for (const int offset : {offsetAt(naive - DayMs), offsetAt(naive + DayMs)}) {
        const qint64 candidate = naive - qint64(offset) * 1000;
        if (offsetAt(candidate) == offset && (!earliest || candidate < *earliest))
            earliest = candidate;
    }
    return earliest;
}

bool VisitPlanner::overlaps(const QDateTime &startA, int minutesA, const QDateTime &startB,
                            int minutesB)
{
    const qint64 a = lenientInstant(startA);
    const qint64 b = lenientInstant(startB);
    return a < b + minutesB * MinuteMs && b < a + minutesA * MinuteMs;
}

QDateTime VisitPlanner::addWallMinutes(const QDateTime &wallClock, qint64 minutes)
{
    const QDateTime moved =
        QDateTime(wallClock.date(), wallClock.time(), Qt::UTC).addSecs(minutes * 60);
    return QDateTime(moved.date(), moved.time());
}

qint64 VisitPlanner::wallMinutesBetween(const QDateTime &from, const QDateTime &to)
{
    return (naiveMs(to) - naiveMs(from)) / MinuteMs;
}

QDateTime VisitPlanner::clockEnd(const QDateTime &start, int durationMinutes)
{
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(
        lenientInstant(start) + durationMinutes * MinuteMs, netherlands());
    return QDateTime(end.date(), end.time());
}

// --- Clashes ---

QString Clash::describe() const
{
    const QDateTime end = VisitPlanner::clockEnd(visit.start, visit.durationMinutes);
    const QString when = VisitPlanner::tr("%1, %2–%3", "date, start time–end time")
                             .arg(shortDate(visit.start.date()), shortTime(visit.start.time()),
                                  shortTime(end.time()));
    if (workerNames.size() > 1)
        return VisitPlanner::tr("%1 and %2 already have a visit to %3 on %4.")
            .arg(workerNames.at(0), workerNames.at(1), visit.caseCode, when);
    return VisitPlanner::tr("%1 already has a visit to %2 on %3.")
        .arg(workerNames.value(0), visit.caseCode, when);
}

QList<QDateTime> SeriesRequest::starts() const
{
    QList<QDateTime> result;
    for (int i = 0; i < occurrences; ++i)
        result << QDateTime(firstStart.date().addDays(qint64(i) * intervalDays), firstStart.time());
    return result;
}

Result<QList<VisitOfWorkers>> VisitPlanner::candidates(const Duo &duo, const QDateTime &from,
                                                       const QDateTime &to) const
{
    return VisitStore(m_db).ofWorkers(
        {duo.trustedPersonId, duo.professionalId},
        addWallMinutes(from, -(LongestVisitMinutes + ClockChangeMinutes)),
        addWallMinutes(to, ClockChangeMinutes));
}

QList<Clash> VisitPlanner::clashesAmong(const Duo &duo, const QList<VisitOfWorkers> &candidates,
                                        const QDateTime &start, int durationMinutes,
                                        const QList<qint64> &ignoring)
{
    QList<Clash> result;
    for (const VisitOfWorkers &other : candidates) {
        if (!blocks(other.visit.status) || ignoring.contains(other.visit.id) ||
            !overlaps(start, durationMinutes, other.visit.start, other.visit.durationMinutes))
            continue;
        Clash clash;
        clash.visit = other.visit;
        clash.plannedStart = start;
        const QList<qint64> busy{other.trustedPersonId, other.professionalId};
        if (busy.contains(duo.trustedPersonId)) {
            clash.workerIds << duo.trustedPersonId;
            clash.workerNames << duo.trustedPersonName;
        }
        if (busy.contains(duo.professionalId)) {
            clash.workerIds << duo.professionalId;
            clash.workerNames << duo.professionalName;
        }
        if (!clash.workerIds.isEmpty())
            result << clash;
    }
    return result;
}

Result<QList<Clash>> VisitPlanner::clashes(qint64 duoId, const QDateTime &start,
                                           int durationMinutes, const QList<qint64> &ignoring) const
{
    auto duo = DuoStore(m_db).get(duoId);
    if (!duo)
        return duo.error();
    if (!exists(start))
        return checkSlot(0, duoId, start, durationMinutes).error();
    auto found = candidates(duo.value(), start, addWallMinutes(start, durationMinutes));
    if (!found)
        return found.error();
    return clashesAmong(duo.value(), found.value(), start, durationMinutes, ignoring);
}

Result<QList<Clash>> VisitPlanner::clashes(const SeriesRequest &request) const
{
    auto duo = DuoStore(m_db).get(request.duoId);
    if (!duo)
        return duo.error();
    const QList<QDateTime> starts = request.starts();
    if (starts.isEmpty())
        return QList<Clash>();
    for (const QDateTime &start : starts)
        if (!exists(start))
            return checkSlot(0, request.duoId, start, request.durationMinutes).error();
    // One query for the whole span, then each visit of the series against it in memory.
    auto found = candidates(duo.value(), starts.first(),
                            addWallMinutes(starts.last(), request.durationMinutes));
    if (!found)
        return found.error();
    QList<Clash> result;
    for (const QDateTime &start : starts)
        result << clashesAmong(duo.value(), found.value(), start, request.durationMinutes, {});
    return result;
}

Result<QList<Clash>> VisitPlanner::moveClashes(qint64 visitId, const QDateTime &start,
                                               int durationMinutes, bool following) const
{
    auto plan = movePlan(visitId, start, following);
    if (!plan)
        return plan.error();
    return clashesOfMove(plan.value(), durationMinutes);
}

Error VisitPlanner::refusal(const QList<Clash> &clashes)
{
    const QString first = clashes.first().describe();
    if (clashes.size() == 1)
        return Error::refused(first);
    if (clashes.size() == 2)
        return Error::refused(tr("%1 There is one more clash.").arg(first));
    return Error::refused(tr("%1 There are %2 more clashes.").arg(first).arg(clashes.size() - 1));
}

// --- Planning ---

Status VisitPlanner::checkSlot(qint64 familyId, qint64 duoId, const QDateTime &start,
                               int durationMinutes) const
{
    if (start.date().isValid() && start.time().isValid() && !exists(start))
        return Error::invalid(tr("%1 at %2 does not exist in the Netherlands: that night the "
                                 "clocks go forward an hour.")
                                  .arg(shortDate(start.date()), shortTime(start.time())));
    Visit probe;
    probe.start = start;
    probe.durationMinutes = durationMinutes;
    if (const QString problem = Validation::checkVisit(probe); !problem.isEmpty())
        return Error::invalid(problem);
    if (familyId <= 0)
        return {};
    auto assigned = AssignmentStore(m_db).isAssigned(familyId, duoId, start.date());
    if (!assigned)
        return assigned.error();
    if (!assigned.value())
        return Error::invalid(
            tr("This duo is not assigned to the family on %1.").arg(shortDate(start.date())));
    return {};
}

Result<Visit> VisitPlanner::plan(const Visit &visit, ClashPolicy policy)
{
    Visit planned;
    Status done = m_db.transaction([&]() -> Status {
        if (Status ok = checkSlot(visit.familyId, visit.duoId, visit.start, visit.durationMinutes);
            !ok)
            return ok;
        auto found = clashes(visit.duoId, visit.start, visit.durationMinutes);
        if (!found)
            return found.error();
        if (policy == ClashPolicy::Refuse && !found->isEmpty())
            return refusal(found.value());
        Visit fresh;
        fresh.familyId = visit.familyId;
        fresh.duoId = visit.duoId;
        fresh.start = QDateTime(visit.start.date(), visit.start.time());
        fresh.durationMinutes = visit.durationMinutes;
        fresh.status = VisitStatus::Planned;
        VisitStore store(m_db);
        auto id = store.add(fresh);
        if (!id)
            return id.error();
        auto stored = store.get(id.value());
        if (!stored)
            return stored.error();
        planned = stored.value();
        return {};
    });
    if (!done)
        return done.error();
    return planned;
}

Result<SeriesPlan> VisitPlanner::planSeries(const SeriesRequest &request, ClashPolicy policy)
{
    if (request.occurrences < 2 || request.occurrences > 104)
        return Error::invalid(tr("A series has between 2 and 104 visits."));
    if (request.intervalDays < 1 || request.intervalDays > 365)
        return Error::invalid(tr("Visits of a series are between 1 and 365 days apart."));
    SeriesPlan plan;
    Status done = m_db.transaction([&]() -> Status {
        const QList<QDateTime> starts = request.starts();
        for (const QDateTime &start : starts)
            if (Status ok =
                    checkSlot(request.familyId, request.duoId, start, request.durationMinutes);
                !ok)
                return ok;
        auto found = clashes(request);
        if (!found)
            return found.error();
        if (policy == ClashPolicy::Refuse && !found->isEmpty())
            return refusal(found.value());
        VisitStore store(m_db);
        VisitSeries series;
        series.familyId = request.familyId;
        series.intervalDays = request.intervalDays;
        series.occurrences = request.occurrences;
        auto seriesId = store.addSeries(series);
        if (!seriesId)
            return seriesId.error();
        series.id = seriesId.value();
        plan.series = series;
        for (const QDateTime &start : starts) {
            Visit v;
            v.familyId = request.familyId;
            v.duoId = request.duoId;
            v.start = start;
            v.durationMinutes = request.durationMinutes;
            v.seriesId = series.id;
            auto id = store.add(v);
            if (!id)
                return id.error();
        }
        auto stored = store.ofSeries(series.id);
        if (!stored)
            return stored.error();
        plan.visits = stored.value();
        return {};
    });
    if (!done)
        return done.error();
    return plan;
}

Result<VisitPlanner::MovePlan> VisitPlanner::movePlan(qint64 visitId, const QDateTime &start,
                                                      bool following) const
{
    VisitStore store(m_db);
    auto visit = store.get(visitId);
    if (!visit)
        return visit.error();
    if (visit->status != VisitStatus::Planned)
        return Error::refused(tr("Only a planned visit can be moved; the visit of %1 on %2 is %3.")
                                  .arg(visit->caseCode, shortDate(visit->start.date()),
                                       DomainText::display(visit->status).toLower()));
    MovePlan plan;
    plan.visit = visit.value();
    if (following && visit->seriesId) {
        auto series = store.ofSeries(visit->seriesId);
        if (!series)
            return series.error();
        for (const Visit &v : series.value())
            if (v.status == VisitStatus::Planned && wallMinutesBetween(visit->start, v.start) >= 0)
                plan.moved << v;
    } else {
        plan.moved << visit.value();
    }
    const qint64 delta = wallMinutesBetween(visit->start, start);
    for (const Visit &v : std::as_const(plan.moved))
        plan.newStarts << addWallMinutes(v.start, delta);
    return plan;
}

Result<QList<Clash>> VisitPlanner::clashesOfMove(const MovePlan &plan, int durationMinutes) const
{
    QList<qint64> ignoring;
    for (const Visit &v : plan.moved)
        ignoring << v.id;
    for (const QDateTime &start : plan.newStarts)
        if (!exists(start))
            return checkSlot(0, plan.visit.duoId, start, durationMinutes).error();
    // Visits of a series share their duo; one query per duo over the whole span.
    QList<Clash> result;
    QList<qint64> duoIds;
    for (const Visit &v : plan.moved)
        if (!duoIds.contains(v.duoId))
            duoIds << v.duoId;
    for (qint64 duoId : std::as_const(duoIds)) {
        auto duo = DuoStore(m_db).get(duoId);
        if (!duo)
            return duo.error();
        QDateTime from, to;
        for (int i = 0; i < plan.moved.size(); ++i) {
            if (plan.moved.at(i).duoId != duoId)
                continue;
            const QDateTime start = plan.newStarts.at(i);
            if (!from.isValid() || wallMinutesBetween(start, from) > 0)
                from = start;
            const QDateTime end = addWallMinutes(start, durationMinutes);
            if (!to.isValid() || wallMinutesBetween(to, end) > 0)
                to = end;
        }
        auto found = candidates(duo.value(), from, to);
        if (!found)
            return found.error();
        for (int i = 0; i < plan.moved.size(); ++i)
            if (plan.moved.at(i).duoId == duoId)
                result << clashesAmong(duo.value(), found.value(), plan.newStarts.at(i),
                                       durationMinutes, ignoring);
    }
    return result;
}

Result<QList<VisitTime>> VisitPlanner::applyMove(const MovePlan &plan, int durationMinutes,
                                                 ClashPolicy policy)
{
    QList<VisitTime> before;
    Status done = m_db.transaction([&]() -> Status {
        for (int i = 0; i < plan.moved.size(); ++i) {
            const Visit &v = plan.moved.at(i);
            if (Status ok = checkSlot(v.familyId, v.duoId, plan.newStarts.at(i), durationMinutes);
                !ok)
                return ok;
        }
        auto found = clashesOfMove(plan, durationMinutes);
        if (!found)
            return found.error();
        if (policy == ClashPolicy::Refuse && !found->isEmpty())
            return refusal(found.value());
        VisitStore store(m_db);
        for (int i = 0; i < plan.moved.size(); ++i) {
            const Visit &v = plan.moved.at(i);
            before << VisitTime{v.id, v.start, v.durationMinutes};
            if (Status ok = store.reschedule(v.id, plan.newStarts.at(i), durationMinutes); !ok)
                return ok;
        }
        return {};
    });
    if (!done)
        return done.error();
    return before;
}

Result<QList<VisitTime>> VisitPlanner::move(qint64 visitId, const QDateTime &start,
                                            int durationMinutes, ClashPolicy policy)
{
    auto plan = movePlan(visitId, start, false);
    if (!plan)
        return plan.error();
    return applyMove(plan.value(), durationMinutes, policy);
}

Result<QList<VisitTime>> VisitPlanner::moveFollowing(qint64 visitId, const QDateTime &start,
                                                     int durationMinutes, ClashPolicy policy)
{
    auto plan = movePlan(visitId, start, true);
    if (!plan)
        return plan.error();
    return applyMove(plan.value(), durationMinutes, policy);
}

Status VisitPlanner::setTimes(const QList<VisitTime> &times)
{
    return m_db.transaction([&]() -> Status {
        VisitStore store(m_db);
        for (const VisitTime &t : times)
            if (Status ok = store.reschedule(t.visitId, t.start, t.durationMinutes); !ok)
                return ok;
        return {};
    });
}

// --- Undo and redo of planning ---

Status VisitPlanner::unplan(qint64 visitId)
{
    return m_db.transaction([&] { return VisitStore(m_db).removePlanned(visitId); });
}

Status VisitPlanner::unplanSeries(qint64 seriesId)
{
    return m_db.transaction([&]() -> Status {
        VisitStore store(m_db);
        auto visits = store.ofSeries(seriesId);
        if (!visits)
            return visits.error();
        for (const Visit &v : visits.value())
            if (Status ok = store.removePlanned(v.id); !ok)
                return ok;
        return store.removeSeries(seriesId);
    });
}

Status VisitPlanner::replan(const Visit &visit)
{
    return m_db.transaction([&] { return VisitStore(m_db).restore(visit); });
}

Status VisitPlanner::replanSeries(const SeriesPlan &plan)
{
    return m_db.transaction([&]() -> Status {
        VisitStore store(m_db);
        auto id = store.addSeries(plan.series);
        if (!id)
            return id.error();
        for (const Visit &v : plan.visits)
            if (Status ok = store.restore(v); !ok)
                return ok;
        return {};
    });
}

Result<QList<Family>> VisitPlanner::familiesOf(qint64 duoId, const QDate &day) const
{
    auto q = m_db.exec(QStringLiteral("SELECT f.id, f.case_code, f.family_name, f.status "
                                      "FROM assignments a JOIN families f ON f.id = a.family_id "
                                      "WHERE a.duo_id = ? AND a.from_date <= ? "
                                      "AND (a.to_date IS NULL OR a.to_date >= ?) "
                                      "ORDER BY f.case_code"),
                       {duoId, SqlValues::date(day), SqlValues::date(day)});
    if (!q)
        return q.error();
    QList<Family> result;
    while (q->next()) {
        Family f;
        f.id = q->value(0).toLongLong();
        f.caseCode = q->value(1).toString();
        f.familyName = q->value(2).toString();
        f.status =
            DomainText::parse<FamilyStatus>(q->value(3).toString()).value_or(FamilyStatus::Active);
        if (!result.isEmpty() && result.last().id == f.id)
            continue; // a handover back to the same duo on one day
        result << f;
    }
    return result;
}
