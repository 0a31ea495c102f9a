// The planning rules of "My week" (VisitPlanner): clashes of either member of the duo, at the
// edges, across midnight and on the weekends the clocks change; other duos of the same worker;
// cancelled visits that do not block; series created in one transaction; moving one visit or a
// series from one visit on; and taking it all back for undo.

#include "TestSupport.h"

#include "services/VisitPlanner.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/VisitStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace TestSupport;

namespace {
QDateTime at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

// Milliseconds since the epoch of a UTC time, to compare with VisitPlanner::instant.
qint64 utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

class TestVisitPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void instants_data();
    void instants();
    void clashes_data();
    void clashes();
    void clashNamesTheVisit();
    void planRefusesOrAllows();
    void planNeedsAnAssignment();
    void skippedHourIsRefused_data();
    void skippedHourIsRefused();
    void movingExcludesItself();
    void moveRefusesAClashAndNonPlanned();
    void seriesCreated();
    void seriesClashesReportedTogether();
    void seriesRefusedLeavesNothing_data();
    void seriesRefusedLeavesNothing();
    void editOneOfSeries();
    void editAllFollowing();
    void undoAndRedo();
    void unplanKeepsVisitsThatTookPlace();
    void familiesOfDuo();
    void weekQueriesUseTheDuoIndex();

private:
    // A visit of `duo` ("A", "B" or "C") to its family, stored as it is (no rules checked).
    qint64 addVisit(const QString &duo, const QDateTime &start, int minutes,
                    VisitStatus status = VisitStatus::Planned);
    qint64 duoId(const QString &name) const;
    qint64 familyOf(const QString &name) const;
    int visitCount() const { return rowCount(*m_db, QStringLiteral("visits")); }
    // As the visit report leaves it: done with both present, or called off with a reason.
    Status setStatus(qint64 visitId, VisitStatus status);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
    // Duo C shares its trusted person with A and its professional with B; its own family.
    qint64 m_duoC = 0;
    qint64 m_familyB = 0;
    qint64 m_familyC = 0;
};

void TestVisitPlanner::initTestCase_data()
{
    TestSupport::engines();
}

void TestVisitPlanner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The rule is about the Dutch clock, whatever the machine's own zone is.
    QVERIFY2(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")).isValid(),
             "no time zone data for Europe/Amsterdam (Debian: tzdata)");
}

void TestVisitPlanner::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("planner.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    Duo c;
    c.trustedPersonId = m_fixture.trustedA;
    c.professionalId = m_fixture.professionalB;
    c.from = m_fixture.duosFrom;
    auto duoC = DuoStore(*m_db).add(c);
    DC_VERIFY_OK(duoC);
    m_duoC = duoC.value();
    FamilyStore families(*m_db);
    auto familyB = families.add(family(QStringLiteral("Şahin"), QDate(2026, 1, 20)));
    DC_VERIFY_OK(familyB);
    m_familyB = familyB->id;
    auto familyC = families.add(family(QStringLiteral("Kaya"), QDate(2026, 1, 21)));
    DC_VERIFY_OK(familyC);
    m_familyC = familyC->id;
    AssignmentStore assignments(*m_db);
    DC_VERIFY_OK(assignments.assign(m_familyB, m_fixture.duoB, m_fixture.assignedOn));
    DC_VERIFY_OK(assignments.assign(m_familyC, m_duoC, m_fixture.assignedOn));
}

void TestVisitPlanner::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestVisitPlanner::duoId(const QString &name) const
{
    return name == QLatin1String("A")   ? m_fixture.duoA
           : name == QLatin1String("B") ? m_fixture.duoB
                                        : m_duoC;
}

qint64 TestVisitPlanner::familyOf(const QString &name) const
{
    return name == QLatin1String("A")   ? m_fixture.family.id
           : name == QLatin1String("B") ? m_familyB
                                        : m_familyC;
}

qint64 TestVisitPlanner::addVisit(const QString &duo, const QDateTime &start, int minutes,
                                  VisitStatus status)
{
    Visit v;
    v.familyId = familyOf(duo);
    v.duoId = duoId(duo);
    v.start = start;
    v.durationMinutes = minutes;
    v.status = status;
    // What the rules of a visit that took place or was called off ask for.
    v.trustedPersonPresent = v.professionalPresent = status == VisitStatus::Done;
    if (status == VisitStatus::Cancelled || status == VisitStatus::NoShow)
        v.statusReason = QStringLiteral("Ziek");
    auto id = VisitStore(*m_db).add(v);
    if (!id) {
        qWarning("%s", qPrintable(id.message()));
        return 0;
    }
    return id.value();
}

Status TestVisitPlanner::setStatus(qint64 visitId, VisitStatus status)
{
    if (status != VisitStatus::Done)
        return VisitStore(*m_db).setStatus(visitId, status, QStringLiteral("Ziek"));
    auto q = m_db->exec(QStringLiteral("UPDATE visits SET status = 'done', "
                                       "trusted_person_present = 1, professional_present = 1 "
                                       "WHERE id = ?"),
                        {visitId});
    if (!q)
        return q.error();
    return {};
}

void TestVisitPlanner::instants_data()
{
    QTest::addColumn<QDateTime>("wallClock");
    QTest::addColumn<qint64>("expected"); // -1: the clock skips it

    QTest::newRow("winter") << at(2026, 2, 10, 10, 0) << utc(2026, 2, 10, 9, 0);
    QTest::newRow("summer") << at(2026, 6, 10, 10, 0) << utc(2026, 6, 10, 8, 0);
    QTest::newRow("spring, just before the jump")
        << at(2026, 3, 29, 1, 59) << utc(2026, 3, 29, 0, 59);
    QTest::newRow("spring, skipped 02:00") << at(2026, 3, 29, 2, 0) << qint64(-1);
    QTest::newRow("spring, skipped 02:59") << at(2026, 3, 29, 2, 59) << qint64(-1);
    QTest::newRow("spring, 03:00 summer time") << at(2026, 3, 29, 3, 0) << utc(2026, 3, 29, 1, 0);
    QTest::newRow("autumn, repeated 02:30 is the first")
        << at(2026, 10, 25, 2, 30) << utc(2026, 10, 25, 0, 30);
    QTest::newRow("autumn, 03:00 winter time") << at(2026, 10, 25, 3, 0) << utc(2026, 10, 25, 2, 0);
    QTest::newRow("a week after the spring change")
        << at(2026, 4, 5, 2, 30) << utc(2026, 4, 5, 0, 30);
}

void TestVisitPlanner::instants()
{
    QFETCH(QDateTime, wallClock);
    QFETCH(qint64, expected);
    const std::optional<qint64> found = VisitPlanner::instant(wallClock);
    QCOMPARE(found.has_value(), expected >= 0);
    if (found)
        QCOMPARE(*found, expected);
    QCOMPARE(VisitPlanner::exists(wallClock), expected >= 0);
}

void TestVisitPlanner::clashes_data()
{
    QTest::addColumn<QString>("existingDuo");
    QTest::addColumn<QDateTime>("existingStart");
    QTest::addColumn<int>("existingMinutes");
    QTest::addColumn<VisitStatus>("existingStatus");
    QTest::addColumn<QString>("plannedDuo");
    QTest::addColumn<QDateTime>("plannedStart");
    QTest::addColumn<int>("plannedMinutes");
    QTest::addColumn<int>("busyWorkers"); // 0: no clash; 1 or 2: who is busy

    const QString A = QStringLiteral("A");
    const QString B = QStringLiteral("B");
    const QString C = QStringLiteral("C");
    const auto planned = VisitStatus::Planned;
    const QDateTime ten = at(2026, 3, 10, 10, 0);
    auto add = [](const char *name, const QString &existingDuo, const QDateTime &existingStart,
                  int existingMinutes, VisitStatus status, const QString &plannedDuo,
                  const QDateTime &plannedStart, int plannedMinutes, int busy) {
        QTest::newRow(name) << existingDuo << existingStart << existingMinutes << status
                            << plannedDuo << plannedStart << plannedMinutes << busy;
    };

    // The edges: half-open intervals, touching is no clash, one minute is.
    add("touching after", A, ten, 60, planned, A, at(2026, 3, 10, 11, 0), 60, 0);
    add("touching before", A, ten, 60, planned, A, at(2026, 3, 10, 9, 0), 60, 0);
    add("one minute into the end", A, ten, 60, planned, A, at(2026, 3, 10, 10, 59), 60, 2);
    add("one minute into the start", A, ten, 60, planned, A, at(2026, 3, 10, 9, 1), 60, 2);
    add("same time", A, ten, 60, planned, A, ten, 60, 2);
    add("planned inside existing", A, ten, 120, planned, A, at(2026, 3, 10, 10, 30), 30, 2);
    add("existing inside planned", A, at(2026, 3, 10, 10, 30), 30, planned, A, ten, 120, 2);
    add("another day", A, ten, 60, planned, A, at(2026, 3, 11, 10, 0), 60, 0);
    // Across midnight.
    add("existing runs past midnight", A, at(2026, 3, 10, 23, 30), 60, planned, A,
        at(2026, 3, 11, 0, 15), 30, 2);
    add("touching just after midnight", A, at(2026, 3, 10, 23, 30), 60, planned, A,
        at(2026, 3, 11, 0, 30), 30, 0);
    add("planned runs past midnight", A, at(2026, 3, 11, 0, 30), 30, planned, A,
        at(2026, 3, 10, 23, 0), 120, 2);
    add("planned ends at midnight", A, at(2026, 3, 11, 0, 0), 30, planned, A,
        at(2026, 3, 10, 23, 0), 60, 0);
    // The night the clocks go forward (2026-03-29): 01:30 + 60 real minutes is 03:30.
    add("spring, past the skipped hour", A, at(2026, 3, 29, 1, 30), 60, planned, A,
        at(2026, 3, 29, 3, 0), 60, 2);
    add("spring, touching across the jump", A, at(2026, 3, 29, 1, 0), 60, planned, A,
        at(2026, 3, 29, 3, 0), 60, 0);
    add("spring, planned across the jump", A, at(2026, 3, 29, 3, 15), 30, planned, A,
        at(2026, 3, 29, 1, 30), 60, 2);
    // The night the clocks go back (2026-10-25): 02:30 (summer) + 60 is 02:30 winter time.
    add("autumn, repeated hour ends before 03:00", A, at(2026, 10, 25, 2, 30), 60, planned, A,
        at(2026, 10, 25, 3, 0), 60, 0);
    add("autumn, 90 minutes from 01:30 reach into 02:30", A, at(2026, 10, 25, 1, 30), 90, planned,
        A, at(2026, 10, 25, 2, 30), 30, 2);
    add("autumn, three real hours end at 02:00", A, at(2026, 10, 25, 0, 0), 180, planned, A,
        at(2026, 10, 25, 2, 0), 30, 2);
    add("autumn, three real hours end before 03:00", A, at(2026, 10, 25, 0, 0), 180, planned, A,
        at(2026, 10, 25, 3, 0), 30, 0);
    // Other duos: the trusted person of A also works in C; B shares nobody with A.
    add("other duo of the trusted person", C, ten, 60, planned, A, ten, 60, 1);
    add("other duo of the professional", C, ten, 60, planned, B, ten, 60, 1);
    add("duo sharing nobody", B, ten, 60, planned, A, ten, 60, 0);
    // What blocks: planned and done; cancelled and no-show do not.
    add("done blocks", A, ten, 60, VisitStatus::Done, A, ten, 60, 2);
    add("cancelled does not block", A, ten, 60, VisitStatus::Cancelled, A, ten, 60, 0);
    add("no-show does not block", A, ten, 60, VisitStatus::NoShow, A, ten, 60, 0);
}

void TestVisitPlanner::clashes()
{
    QFETCH(QString, existingDuo);
    QFETCH(QDateTime, existingStart);
    QFETCH(int, existingMinutes);
    QFETCH(VisitStatus, existingStatus);
    QFETCH(QString, plannedDuo);
    QFETCH(QDateTime, plannedStart);
    QFETCH(int, plannedMinutes);
    QFETCH(int, busyWorkers);

    const qint64 existing = addVisit(existingDuo, existingStart, existingMinutes, existingStatus);
    QVERIFY(existing > 0);
    VisitPlanner planner(*m_db);
    auto found = planner.clashes(duoId(plannedDuo), plannedStart, plannedMinutes);
    DC_VERIFY_OK(found);
    QCOMPARE(found->size(), busyWorkers > 0 ? 1 : 0);
    if (busyWorkers > 0) {
        const Clash &clash = found->first();
        QCOMPARE(clash.visit.id, existing);
        QCOMPARE(clash.workerIds.size(), busyWorkers);
        QCOMPARE(clash.plannedStart, plannedStart);
        // The worker named is one the two duos share.
        auto planned = DuoStore(*m_db).get(duoId(plannedDuo));
        auto other = DuoStore(*m_db).get(duoId(existingDuo));
        DC_VERIFY_OK(planned);
        DC_VERIFY_OK(other);
        for (qint64 worker : clash.workerIds) {
            QVERIFY(worker == planned->trustedPersonId || worker == planned->professionalId);
            QVERIFY(worker == other->trustedPersonId || worker == other->professionalId);
        }
    }
    // The rule in plan() agrees with what the UI is shown.
    Visit v;
    v.familyId = familyOf(plannedDuo);
    v.duoId = duoId(plannedDuo);
    v.start = plannedStart;
    v.durationMinutes = plannedMinutes;
    auto refused = planner.plan(v, ClashPolicy::Refuse);
    QCOMPARE(refused.ok(), busyWorkers == 0);
}

void TestVisitPlanner::clashNamesTheVisit()
{
    QVERIFY(addVisit(QStringLiteral("C"), at(2026, 3, 10, 10, 0), 60) > 0);
    auto family = FamilyStore(*m_db).get(m_familyC);
    DC_VERIFY_OK(family);
    auto found = VisitPlanner(*m_db).clashes(m_fixture.duoA, at(2026, 3, 10, 10, 30), 60);
    DC_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    const QString text = found->first().describe();
    QVERIFY2(text.contains(QLatin1String("Fatima El Amrani")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Joost")), qPrintable(text)); // not in duo A
    QVERIFY2(text.contains(family->caseCode), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("10:00")) && text.contains(QLatin1String("11:00")),
             qPrintable(text));
}

void TestVisitPlanner::planRefusesOrAllows()
{
    const qint64 existing = addVisit(QStringLiteral("A"), at(2026, 3, 10, 10, 0), 60);
    QVERIFY(existing > 0);
    VisitPlanner planner(*m_db);
    Visit v;
    v.familyId = m_fixture.family.id;
    v.duoId = m_fixture.duoA;
    v.start = at(2026, 3, 10, 10, 30);
    v.durationMinutes = 45;
    const QByteArray before = contentHash(*m_db);
    auto refused = planner.plan(v, ClashPolicy::Refuse);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QVERIFY2(refused.message().contains(m_fixture.family.caseCode), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QLatin1String("Fatima El Amrani and Marieke van Dijk")),
             qPrintable(refused.message()));
    QCOMPARE(contentHash(*m_db), before);

    auto allowed = planner.plan(v, ClashPolicy::Allow);
    DC_VERIFY_OK(allowed);
    QVERIFY(allowed->id > 0);
    QCOMPARE(allowed->status, VisitStatus::Planned);
    QCOMPARE(allowed->start, v.start);
    QCOMPARE(allowed->durationMinutes, 45);
    QCOMPARE(allowed->caseCode, m_fixture.family.caseCode);
    QCOMPARE(visitCount(), 2);
    // Now both clash with each other, and a third one names both.
    auto found = planner.clashes(m_fixture.duoA, at(2026, 3, 10, 10, 0), 120);
    DC_VERIFY_OK(found);
    QCOMPARE(found->size(), 2);
    v.start = at(2026, 3, 10, 10, 15);
    auto again = planner.plan(v, ClashPolicy::Refuse);
    QVERIFY(!again);
    QVERIFY2(again.message().contains(QLatin1String("one more clash")),
             qPrintable(again.message()));
}

void TestVisitPlanner::planNeedsAnAssignment()
{
    VisitPlanner planner(*m_db);
    Visit v;
    v.familyId = m_fixture.family.id;
    v.duoId = m_fixture.duoB; // B works with another family
    v.start = at(2026, 3, 10, 10, 0);
    auto refused = planner.plan(v, ClashPolicy::Allow);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QLatin1String("not assigned")),
             qPrintable(refused.message()));
    v.duoId = m_fixture.duoA;
    v.start = at(2026, 1, 20, 10, 0); // before the assignment starts
    QVERIFY(!planner.plan(v, ClashPolicy::Allow));
    QCOMPARE(visitCount(), 0);
}

void TestVisitPlanner::skippedHourIsRefused_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<bool>("exists");
    QTest::newRow("01:59 before the jump") << at(2026, 3, 29, 1, 59) << true;
    QTest::newRow("02:00 skipped") << at(2026, 3, 29, 2, 0) << false;
    QTest::newRow("02:30 skipped") << at(2026, 3, 29, 2, 30) << false;
    QTest::newRow("03:00 after the jump") << at(2026, 3, 29, 3, 0) << true;
    QTest::newRow("02:30 repeated in autumn") << at(2026, 10, 25, 2, 30) << true;
    QTest::newRow("02:30 on an ordinary Sunday") << at(2026, 3, 22, 2, 30) << true;
}

void TestVisitPlanner::skippedHourIsRefused()
{
    QFETCH(QDateTime, start);
    QFETCH(bool, exists);
    VisitPlanner planner(*m_db);
    Visit v;
    v.familyId = m_fixture.family.id;
    v.duoId = m_fixture.duoA;
    v.start = start;
    auto planned = planner.plan(v, ClashPolicy::Refuse);
    QCOMPARE(planned.ok(), exists);
    auto clashes = planner.clashes(m_fixture.duoA, start, 60);
    QCOMPARE(clashes.ok(), exists);
    if (!exists) {
        QCOMPARE(planned.error().kind, Error::Kind::Invalid);
        QVERIFY2(planned.message().contains(QLatin1String("does not exist")),
                 qPrintable(planned.message()));
        QCOMPARE(visitCount(), 0);
    }
}

void TestVisitPlanner::movingExcludesItself()
{
    VisitPlanner planner(*m_db);
    const qint64 id = addVisit(QStringLiteral("A"), at(2026, 3, 10, 10, 0), 60);
    // Half an hour later overlaps where it was: that is not a clash with itself.
    auto clashes = planner.moveClashes(id, at(2026, 3, 10, 10, 30), 60, false);
    DC_VERIFY_OK(clashes);
    QVERIFY(clashes->isEmpty());
    auto before = planner.move(id, at(2026, 3, 10, 10, 30), 90, ClashPolicy::Refuse);
    DC_VERIFY_OK(before);
    QCOMPARE(before->size(), 1);
    QCOMPARE(before->first().start, at(2026, 3, 10, 10, 0));
    QCOMPARE(before->first().durationMinutes, 60);
    auto moved = VisitStore(*m_db).get(id);
    DC_VERIFY_OK(moved);
    QCOMPARE(moved->start, at(2026, 3, 10, 10, 30));
    QCOMPARE(moved->durationMinutes, 90);
}

void TestVisitPlanner::moveRefusesAClashAndNonPlanned()
{
    VisitPlanner planner(*m_db);
    const qint64 id = addVisit(QStringLiteral("A"), at(2026, 3, 10, 10, 0), 60);
    const qint64 other = addVisit(QStringLiteral("C"), at(2026, 3, 11, 14, 0), 60);
    const QByteArray before = contentHash(*m_db);
    auto refused = planner.move(id, at(2026, 3, 11, 14, 30), 60, ClashPolicy::Refuse);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QLatin1String("Fatima El Amrani")),
             qPrintable(refused.message()));
    QCOMPARE(contentHash(*m_db), before);
    auto clashes = planner.moveClashes(id, at(2026, 3, 11, 14, 30), 60, false);
    DC_VERIFY_OK(clashes);
    QCOMPARE(clashes->size(), 1);
    QCOMPARE(clashes->first().visit.id, other);
    // Into the skipped hour, or to a day without the assignment: refused.
    QVERIFY(!planner.move(id, at(2026, 3, 29, 2, 15), 60, ClashPolicy::Allow));
    QVERIFY(!planner.move(id, at(2026, 1, 10, 10, 0), 60, ClashPolicy::Allow));
    // A visit that took place stays where it was.
    DC_VERIFY_OK(setStatus(other, VisitStatus::Done));
    auto done = planner.move(other, at(2026, 3, 12, 14, 0), 60, ClashPolicy::Allow);
    QVERIFY(!done);
    QCOMPARE(done.error().kind, Error::Kind::Refused);
    // Allowed, it moves.
    DC_VERIFY_OK(planner.move(id, at(2026, 3, 11, 14, 30), 60, ClashPolicy::Allow));
}

void TestVisitPlanner::seriesCreated()
{
    VisitPlanner planner(*m_db);
    SeriesRequest request;
    request.familyId = m_fixture.family.id;
    request.duoId = m_fixture.duoA;
    request.firstStart = at(2026, 3, 16, 10, 0); // a Monday; the clocks change on the 29th
    request.durationMinutes = 75;
    request.intervalDays = 14;
    request.occurrences = 5;
    auto plan = planner.planSeries(request, ClashPolicy::Refuse);
    DC_VERIFY_OK(plan);
    QVERIFY(plan->series.id > 0);
    QCOMPARE(plan->series.intervalDays, 14);
    QCOMPARE(plan->series.occurrences, 5);
    QCOMPARE(plan->visits.size(), 5);
    QCOMPARE(visitCount(), 5);
    QCOMPARE(rowCount(*m_db, QStringLiteral("visit_series")), 1);
    for (int i = 0; i < 5; ++i) {
        const Visit &v = plan->visits.at(i);
        // The same time on the clock every other Monday, summer time or not.
        QCOMPARE(v.start, at(2026, 3, 16, 10, 0).addDays(14 * i));
        QCOMPARE(v.start.time(), QTime(10, 0));
        QCOMPARE(v.durationMinutes, 75);
        QCOMPARE(v.seriesId, plan->series.id);
        QCOMPARE(v.status, VisitStatus::Planned);
    }
    request.occurrences = 1; // a series has two visits at least
    QVERIFY(!planner.planSeries(request, ClashPolicy::Allow));
}

void TestVisitPlanner::seriesClashesReportedTogether()
{
    VisitPlanner planner(*m_db);
    // In the way of the third and the fifth weekly visit, once by each duo of Fatima.
    const qint64 third = addVisit(QStringLiteral("A"), at(2026, 3, 16, 10, 30), 60);
    const qint64 fifth = addVisit(QStringLiteral("C"), at(2026, 3, 30, 9, 30), 60);
    SeriesRequest request;
    request.familyId = m_fixture.family.id;
    request.duoId = m_fixture.duoA;
    request.firstStart = at(2026, 3, 2, 10, 0);
    request.occurrences = 6;
    auto clashes = planner.clashes(request);
    DC_VERIFY_OK(clashes);
    QCOMPARE(clashes->size(), 2);
    QCOMPARE(clashes->at(0).visit.id, third);
    QCOMPARE(clashes->at(0).plannedStart, at(2026, 3, 16, 10, 0));
    QCOMPARE(clashes->at(1).visit.id, fifth);
    QCOMPARE(clashes->at(1).plannedStart, at(2026, 3, 30, 10, 0));
    QCOMPARE(clashes->at(1).workerIds, QList<qint64>{m_fixture.trustedA});
    auto refused = planner.planSeries(request, ClashPolicy::Refuse);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QLatin1String("one more clash")),
             qPrintable(refused.message()));
    auto allowed = planner.planSeries(request, ClashPolicy::Allow);
    DC_VERIFY_OK(allowed);
    QCOMPARE(allowed->visits.size(), 6);
}

void TestVisitPlanner::seriesRefusedLeavesNothing_data()
{
    QTest::addColumn<QString>("why");
    QTest::newRow("a clash") << QStringLiteral("clash");
    QTest::newRow("the assignment ends") << QStringLiteral("assignment");
    QTest::newRow("the skipped hour") << QStringLiteral("dst");
}

void TestVisitPlanner::seriesRefusedLeavesNothing()
{
    QFETCH(QString, why);
    VisitPlanner planner(*m_db);
    SeriesRequest request;
    request.familyId = m_fixture.family.id;
    request.duoId = m_fixture.duoA;
    request.firstStart = at(2026, 3, 8, 2, 30); // Sundays; the fourth is the 29th
    request.occurrences = 8;
    if (why == QLatin1String("clash")) {
        request.firstStart = at(2026, 3, 8, 11, 0);
        QVERIFY(addVisit(QStringLiteral("A"), at(2026, 4, 26, 11, 30), 30) > 0);
    } else if (why == QLatin1String("assignment")) {
        request.firstStart = at(2026, 3, 8, 11, 0);
        auto current = AssignmentStore(*m_db).current(m_fixture.family.id, QDate(2026, 3, 8));
        DC_VERIFY_OK(current);
        QVERIFY(current.value().has_value());
        DC_VERIFY_OK(AssignmentStore(*m_db).end(current.value()->id, QDate(2026, 4, 1)));
    }
    const QByteArray before = contentHash(*m_db);
    auto refused = planner.planSeries(request, ClashPolicy::Refuse);
    QVERIFY(!refused);
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(visitCount(), why == QLatin1String("clash") ? 1 : 0);
    QCOMPARE(rowCount(*m_db, QStringLiteral("visit_series")), 0);
}

void TestVisitPlanner::editOneOfSeries()
{
    VisitPlanner planner(*m_db);
    SeriesRequest request;
    request.familyId = m_fixture.family.id;
    request.duoId = m_fixture.duoA;
    request.firstStart = at(2026, 3, 2, 10, 0);
    request.occurrences = 4;
    auto plan = planner.planSeries(request, ClashPolicy::Refuse);
    DC_VERIFY_OK(plan);
    const qint64 second = plan->visits.at(1).id;
    DC_VERIFY_OK(planner.move(second, at(2026, 3, 10, 14, 0), 30, ClashPolicy::Refuse));
    auto visits = VisitStore(*m_db).ofSeries(plan->series.id);
    DC_VERIFY_OK(visits);
    QCOMPARE(visits->size(), 4);
    for (const Visit &v : visits.value()) {
        if (v.id == second) {
            QCOMPARE(v.start, at(2026, 3, 10, 14, 0));
            QCOMPARE(v.durationMinutes, 30);
            QCOMPARE(v.seriesId, plan->series.id); // still of the series
        } else {
            QCOMPARE(v.start.time(), QTime(10, 0));
            QCOMPARE(v.durationMinutes, 60);
        }
    }
}

void TestVisitPlanner::editAllFollowing()
{
    VisitPlanner planner(*m_db);
    SeriesRequest request;
    request.familyId = m_fixture.family.id;
    request.duoId = m_fixture.duoA;
    request.firstStart = at(2026, 3, 9, 10, 0); // Mondays, across the clock change
    request.occurrences = 6;
    auto plan = planner.planSeries(request, ClashPolicy::Refuse);
    DC_VERIFY_OK(plan);
    const QList<Visit> original = plan->visits;
    VisitStore store(*m_db);
    // The fourth took place and the fifth was called off: they stay where they are.
    DC_VERIFY_OK(setStatus(original.at(3).id, VisitStatus::Done));
    DC_VERIFY_OK(setStatus(original.at(4).id, VisitStatus::Cancelled));

    // From the second on: a day and half an hour later, 90 minutes.
    const QDateTime newStart = at(2026, 3, 17, 10, 30);
    auto clashes = planner.moveClashes(original.at(1).id, newStart, 90, true);
    DC_VERIFY_OK(clashes);
    QVERIFY(clashes->isEmpty());
    auto before = planner.moveFollowing(original.at(1).id, newStart, 90, ClashPolicy::Refuse);
    DC_VERIFY_OK(before);
    QCOMPARE(before->size(), 3); // the second, third and sixth
    auto after = store.ofSeries(plan->series.id);
    DC_VERIFY_OK(after);
    QHash<qint64, Visit> byId;
    for (const Visit &v : after.value())
        byId.insert(v.id, v);
    QCOMPARE(byId.value(original.at(0).id).start, original.at(0).start);
    for (int i : {1, 2, 5}) {
        const Visit &v = byId.value(original.at(i).id);
        // On the clock: Tuesday 10:30 each time, before and after the clocks go forward.
        QCOMPARE(v.start, QDateTime(original.at(i).start.date().addDays(1), QTime(10, 30)));
        QCOMPARE(v.durationMinutes, 90);
    }
    for (int i : {3, 4}) {
        QCOMPARE(byId.value(original.at(i).id).start, original.at(i).start);
        QCOMPARE(byId.value(original.at(i).id).durationMinutes, 60);
    }

    // A clash with any of the moving ones refuses the whole move.
    QVERIFY(addVisit(QStringLiteral("C"), at(2026, 4, 15, 11, 0), 60) > 0); // the sixth's week
    const QByteArray hash = contentHash(*m_db);
    auto refused =
        planner.moveFollowing(original.at(1).id, at(2026, 3, 18, 10, 30), 90, ClashPolicy::Refuse);
    QVERIFY(!refused);
    QCOMPARE(contentHash(*m_db), hash);

    // Undo puts back exactly where they were.
    DC_VERIFY_OK(planner.setTimes(before.value()));
    auto restored = store.ofSeries(plan->series.id);
    DC_VERIFY_OK(restored);
    for (int i = 0; i < original.size(); ++i) {
        QCOMPARE(restored->at(i).id, original.at(i).id);
        QCOMPARE(restored->at(i).start, original.at(i).start);
        QCOMPARE(restored->at(i).durationMinutes, 60);
    }
}

void TestVisitPlanner::undoAndRedo()
{
    VisitPlanner planner(*m_db);
    const QByteArray empty = contentHash(*m_db);
    Visit v;
    v.familyId = m_fixture.family.id;
    v.duoId = m_fixture.duoA;
    v.start = at(2026, 3, 10, 10, 0);
    auto single = planner.plan(v, ClashPolicy::Refuse);
    DC_VERIFY_OK(single);
    SeriesRequest request;
    request.familyId = m_fixture.family.id;
    request.duoId = m_fixture.duoA;
    request.firstStart = at(2026, 3, 12, 15, 0);
    request.occurrences = 3;
    auto series = planner.planSeries(request, ClashPolicy::Refuse);
    DC_VERIFY_OK(series);
    const QByteArray planned = contentHash(*m_db);

    DC_VERIFY_OK(planner.unplanSeries(series->series.id));
    DC_VERIFY_OK(planner.unplan(single->id));
    QCOMPARE(contentHash(*m_db), empty);

    DC_VERIFY_OK(planner.replan(single.value()));
    DC_VERIFY_OK(planner.replanSeries(series.value()));
    QCOMPARE(contentHash(*m_db), planned); // the same ids, the same rows
}

void TestVisitPlanner::unplanKeepsVisitsThatTookPlace()
{
    VisitPlanner planner(*m_db);
    SeriesRequest request;
    request.familyId = m_fixture.family.id;
    request.duoId = m_fixture.duoA;
    request.firstStart = at(2026, 3, 2, 10, 0);
    request.occurrences = 3;
    auto series = planner.planSeries(request, ClashPolicy::Refuse);
    DC_VERIFY_OK(series);
    const qint64 first = series->visits.first().id;
    DC_VERIFY_OK(setStatus(first, VisitStatus::Done));
    const QByteArray before = contentHash(*m_db);
    QVERIFY(!planner.unplan(first));
    QVERIFY(!planner.unplanSeries(series->series.id));
    QCOMPARE(contentHash(*m_db), before);
}

void TestVisitPlanner::familiesOfDuo()
{
    VisitPlanner planner(*m_db);
    auto ofA = planner.familiesOf(m_fixture.duoA, QDate(2026, 3, 1));
    DC_VERIFY_OK(ofA);
    QCOMPARE(ofA->size(), 1);
    QCOMPARE(ofA->first().id, m_fixture.family.id);
    QCOMPARE(ofA->first().caseCode, m_fixture.family.caseCode);
    auto before = planner.familiesOf(m_fixture.duoA, QDate(2026, 1, 31));
    DC_VERIFY_OK(before);
    QVERIFY(before->isEmpty());
}

void TestVisitPlanner::weekQueriesUseTheDuoIndex()
{
    if (TestSupport::onServer())
        QSKIP("SQLite's query plans; the server's are core.TestQueryPlans' (issue 19).");
    // The planner reads a week of one duo, or of every duo of one worker, through the index
    // visits_by_duo(duo_id, starts_at): the statements as the store sends them, explained.
    QStringList statements;
    QList<QVariantList> binds;
    m_db->setStatementObserver([&](const QString &sql, const QVariantList &b) {
        statements << sql;
        binds << b;
    });
    VisitStore store(*m_db);
    const QDateTime monday = at(2026, 3, 9, 0, 0);
    DC_VERIFY_OK(store.ofDuo(m_fixture.duoA, monday, monday.addDays(7)));
    DC_VERIFY_OK(store.ofWorkers({m_fixture.trustedA}, monday, monday.addDays(7)));
    DC_VERIFY_OK(VisitPlanner(*m_db).clashes(m_fixture.duoA, at(2026, 3, 10, 10, 0), 60));
    m_db->setStatementObserver({});
    int explained = 0;
    for (int i = 0; i < statements.size(); ++i) {
        if (!statements.at(i).contains(QLatin1String("FROM visits v")))
            continue;
        QSqlQuery plan(m_db->connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statements.at(i)));
        for (int b = 0; b < binds.at(i).size(); ++b)
            plan.bindValue(b, binds.at(i).at(b));
        QVERIFY(plan.exec());
        QStringList lines;
        while (plan.next())
            lines << plan.value(3).toString();
        const QString text = lines.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("visits_by_duo (duo_id=? AND starts_at>? AND "
                                             "starts_at<?)")),
                 qPrintable(statements.at(i) + QLatin1Char('\n') + text));
        ++explained;
    }
    QCOMPARE(explained, 3);
}

QTEST_GUILESS_MAIN(TestVisitPlanner)
#include "TestVisitPlanner.moc"
