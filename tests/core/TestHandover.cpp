// Archiving a worker or ending a duo while families still count on them: every family gets a
// new duo in the same step, nothing is left without one, and undo puts back exactly what was.

#include "TestSupport.h"

#include "services/Handover.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/WorkerStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestHandover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void familiesNeedingAHandover();
    void archiveWorkerHandsOverAndUndoes();
    void archiveWorkerWithoutFamilies();
    void endDuoHandsOverAndUndoes();
    void refusals_data();
    void refusals();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
    Family m_second; // a second family of duo A, referred on 2026-02-10
    const QDate m_day{2026, 3, 1};
};

void TestHandover::initTestCase_data()
{
    TestSupport::engines();
}

void TestHandover::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHandover::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("handover.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    auto second = FamilyStore(*m_db).add(family(QStringLiteral("Yıldız"), QDate(2026, 2, 10)));
    DC_VERIFY_OK(second);
    m_second = second.value();
    DC_VERIFY_OK(AssignmentStore(*m_db).assign(m_second.id, m_fixture.duoA, QDate(2026, 2, 15)));
}

void TestHandover::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestHandover::familiesNeedingAHandover()
{
    Handover handover(*m_db);
    for (qint64 worker : {m_fixture.trustedA, m_fixture.professionalA}) {
        auto families = handover.familiesOfWorker(worker, m_day);
        DC_VERIFY_OK(families);
        QCOMPARE(families->size(), 2);
        QCOMPARE(families->at(0).familyId, m_fixture.family.id); // by case code
        QCOMPARE(families->at(1).familyId, m_second.id);
        QCOMPARE(families->at(0).duoName, QStringLiteral("Fatima El Amrani & Marieke van Dijk"));
    }
    QCOMPARE(handover.familiesOfWorker(m_fixture.trustedB, m_day)->size(), 0);
    QCOMPARE(handover.familiesOfDuo(m_fixture.duoA, m_day)->size(), 2);
    QCOMPARE(handover.familiesOfDuo(m_fixture.duoB, m_day)->size(), 0);

    // A closed family needs no new duo.
    Family closed = m_second;
    closed.status = FamilyStatus::Closed;
    closed.closedOn = QDate(2026, 2, 20);
    closed.closingReason = QStringLiteral("Verhuisd");
    DC_VERIFY_OK(FamilyStore(*m_db).update(closed));
    QCOMPARE(handover.familiesOfWorker(m_fixture.trustedA, m_day)->size(), 1);
}

void TestHandover::archiveWorkerHandsOverAndUndoes()
{
    const QByteArray before = contentHash(*m_db);
    Handover handover(*m_db);
    auto record = handover.archiveWorker(
        m_fixture.trustedA, m_day,
        {{m_fixture.family.id, m_fixture.duoB}, {m_second.id, m_fixture.duoB}});
    DC_VERIFY_OK(record);
    QCOMPARE(record->workerId, m_fixture.trustedA);
    QCOMPARE(record->newAssignments.size(), 2);
    QCOMPARE(record->endedDuos.size(), 1);

    WorkerStore workers(*m_db);
    QVERIFY(!workers.get(m_fixture.trustedA)->active);
    // Her partner in the duo stays: only the duo ends.
    QVERIFY(workers.get(m_fixture.professionalA)->active);
    QCOMPARE(DuoStore(*m_db).get(m_fixture.duoA)->to, m_day);
    AssignmentStore assignments(*m_db);
    for (qint64 family : {m_fixture.family.id, m_second.id}) {
        auto current = assignments.current(family, m_day);
        DC_VERIFY_OK(current);
        QCOMPARE(current->value().duoId, m_fixture.duoB);
        QCOMPARE(current->value().from, m_day);
        QCOMPARE(assignments.history(family)->at(1).to, m_day);
    }
    QCOMPARE(workers.caseloads(m_day.addDays(1))->value(m_fixture.trustedA), 0);
    QCOMPARE(workers.caseloads(m_day.addDays(1))->value(m_fixture.trustedB), 2);

    DC_VERIFY_OK(handover.undo(record.value()));
    QCOMPARE(contentHash(*m_db), before);

    // Redo after undo, and undo again: the same end state each time.
    auto again = handover.archiveWorker(
        m_fixture.trustedA, m_day,
        {{m_fixture.family.id, m_fixture.duoB}, {m_second.id, m_fixture.duoB}});
    DC_VERIFY_OK(again);
    DC_VERIFY_OK(handover.undo(again.value()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestHandover::archiveWorkerWithoutFamilies()
{
    const QByteArray before = contentHash(*m_db);
    Handover handover(*m_db);
    auto record = handover.archiveWorker(m_fixture.trustedB, m_day, {});
    DC_VERIFY_OK(record);
    QVERIFY(record->newAssignments.isEmpty());
    QVERIFY(!WorkerStore(*m_db).get(m_fixture.trustedB)->active);
    QCOMPARE(DuoStore(*m_db).get(m_fixture.duoB)->to, m_day);
    DC_VERIFY_OK(handover.undo(record.value()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestHandover::endDuoHandsOverAndUndoes()
{
    const QByteArray before = contentHash(*m_db);
    Handover handover(*m_db);
    auto record =
        handover.endDuo(m_fixture.duoA, m_day,
                        {{m_fixture.family.id, m_fixture.duoB}, {m_second.id, m_fixture.duoB}});
    DC_VERIFY_OK(record);
    QCOMPARE(record->workerId, qint64(0));
    QCOMPARE(DuoStore(*m_db).get(m_fixture.duoA)->to, m_day);
    QVERIFY(WorkerStore(*m_db).get(m_fixture.trustedA)->active);
    QCOMPARE(AssignmentStore(*m_db).current(m_second.id, m_day)->value().duoId, m_fixture.duoB);
    DC_VERIFY_OK(handover.undo(record.value()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestHandover::refusals_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("problem");
    QTest::newRow("a family without a new duo")
        << QStringLiteral("missing") << QStringLiteral("Choose a new duo for the family");
    QTest::newRow("the new duo ends as well")
        << QStringLiteral("same duo") << QStringLiteral("ends as well");
    QTest::newRow("the new duo has an archived member")
        << QStringLiteral("inactive member") << QStringLiteral("no longer active");
    QTest::newRow("archived already")
        << QStringLiteral("archived") << QStringLiteral("archived already");
    QTest::newRow("no date") << QStringLiteral("no date") << QStringLiteral("needs a date");
}

void TestHandover::refusals()
{
    QFETCH(QString, situation);
    QFETCH(QString, problem);
    QHash<qint64, qint64> newDuos{{m_fixture.family.id, m_fixture.duoB},
                                  {m_second.id, m_fixture.duoB}};
    QDate day = m_day;
    qint64 worker = m_fixture.trustedA;
    if (situation == QLatin1String("missing")) {
        newDuos.remove(m_second.id);
    } else if (situation == QLatin1String("same duo")) {
        newDuos.insert(m_second.id, m_fixture.duoA);
    } else if (situation == QLatin1String("inactive member")) {
        // A third duo whose trusted person has been archived meanwhile.
        auto retired = WorkerStore(*m_db).add(TestSupport::worker(
            QStringLiteral("Hanneke Postma"), WorkerRole::TrustedPerson, m_fixture.community));
        DC_VERIFY_OK(retired);
        Duo duo;
        duo.trustedPersonId = retired.value();
        duo.professionalId = m_fixture.professionalB;
        duo.from = QDate(2025, 1, 1);
        auto third = DuoStore(*m_db).add(duo);
        DC_VERIFY_OK(third);
        DC_VERIFY_OK(WorkerStore(*m_db).setActive(retired.value(), false, m_day));
        newDuos.insert(m_second.id, third.value());
    } else if (situation == QLatin1String("archived")) {
        worker = m_fixture.trustedB;
        DC_VERIFY_OK(WorkerStore(*m_db).setActive(worker, false, m_day));
    } else {
        day = QDate();
    }
    const QByteArray before = contentHash(*m_db);
    auto record = Handover(*m_db).archiveWorker(worker, day, newDuos);
    QVERIFY(!record.ok());
    QCOMPARE(record.error().kind, Error::Kind::Invalid);
    QVERIFY2(record.message().contains(problem), qPrintable(record.message()));
    // All or nothing: the first family's new assignment was rolled back with the rest.
    QCOMPARE(contentHash(*m_db), before);
}

QTEST_GUILESS_MAIN(TestHandover)
#include "TestHandover.moc"
