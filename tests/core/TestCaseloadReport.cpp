// The caseload report: which families each worker carries on a day (current assignments of
// families that are not closed) against their maximum, and that it agrees with the caseloads
// the matching uses.

#include "TestSupport.h"

#include "services/CaseloadReport.h"
#include "services/DemoGenerator.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestCaseloadReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void counting_data();
    void counting();
    void fullness_data();
    void fullness();
    void rowsCarryWhoAndWhere();
    void archivedWorkersOnlyWhileCarrying();
    void demoAgreesWithWorkerStore();

private:
    QHash<qint64, WorkerCaseload> report(const QDate &day);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
};

void TestCaseloadReport::initTestCase_data()
{
    TestSupport::engines();
}

void TestCaseloadReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCaseloadReport::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("caseload.sqlite")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
}

void TestCaseloadReport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QHash<qint64, WorkerCaseload> TestCaseloadReport::report(const QDate &day)
{
    QHash<qint64, WorkerCaseload> byWorker;
    auto rows = CaseloadReport(*m_db).workers(day);
    if (!rows) {
        QTest::qFail(qPrintable(rows.message()), __FILE__, __LINE__);
        return byWorker;
    }
    for (const WorkerCaseload &row : rows.value())
        byWorker.insert(row.workerId, row);
    return byWorker;
}

// What happens to the fixture before the report is read. The fixture's family is referred on
// 2026-01-05 and assigned to duo A (El Amrani & Van Dijk) from 2026-02-01.
enum class Change {
    None,
    CloseFamily,         // the family is closed on 2026-06-30
    HandOverToDuoB,      // duo B takes over from 2026-03-01
    HandOverSharedWorker // a duo of El Amrani and Hendriks takes over from 2026-03-01
};
Q_DECLARE_METATYPE(Change)

void TestCaseloadReport::counting_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QDate>("day");
    // Active families of trusted A, professional A, trusted B, professional B.
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("assigned family counts for both members")
        << Change::None << QDate(2026, 3, 1) << QList<int>{1, 1, 0, 0};
    QTest::newRow("first day of the assignment")
        << Change::None << QDate(2026, 2, 1) << QList<int>{1, 1, 0, 0};
    QTest::newRow("before the assignment starts")
        << Change::None << QDate(2026, 1, 31) << QList<int>{0, 0, 0, 0};
    QTest::newRow("a closed family counts for nobody")
        << Change::CloseFamily << QDate(2026, 7, 1) << QList<int>{0, 0, 0, 0};
    QTest::newRow("closed, even on a day before closing")
        << Change::CloseFamily << QDate(2026, 3, 1) << QList<int>{0, 0, 0, 0};
    QTest::newRow("an ended assignment does not count")
        << Change::HandOverToDuoB << QDate(2026, 3, 2) << QList<int>{0, 0, 1, 1};
    QTest::newRow("the handover day counts for both duos")
        << Change::HandOverToDuoB << QDate(2026, 3, 1) << QList<int>{1, 1, 1, 1};
    QTest::newRow("before the handover, the old duo only")
        << Change::HandOverToDuoB << QDate(2026, 2, 28) << QList<int>{1, 1, 0, 0};
    QTest::newRow("a worker in both duos counts the family once")
        << Change::HandOverSharedWorker << QDate(2026, 3, 1) << QList<int>{1, 1, 0, 1};
    QTest::newRow("after a handover within a worker's duos")
        << Change::HandOverSharedWorker << QDate(2026, 3, 2) << QList<int>{1, 0, 0, 1};
}

void TestCaseloadReport::counting()
{
    QFETCH(Change, change);
    QFETCH(QDate, day);
    QFETCH(QList<int>, expected);

    const QDate handover(2026, 3, 1);
    switch (change) {
    case Change::None:
        break;
    case Change::CloseFamily: {
        Family closed = m_fixture.family;
        closed.status = FamilyStatus::Closed;
        closed.closedOn = QDate(2026, 6, 30);
        closed.closingReason = QStringLiteral("Goals reached");
        DC_VERIFY_OK(FamilyStore(*m_db).update(closed));
        break;
    }
    case Change::HandOverToDuoB:
        DC_VERIFY_OK(AssignmentStore(*m_db).assign(m_fixture.family.id, m_fixture.duoB, handover));
        break;
    case Change::HandOverSharedWorker: {
        Duo shared;
        shared.trustedPersonId = m_fixture.trustedA;
        shared.professionalId = m_fixture.professionalB;
        shared.from = m_fixture.duosFrom;
        auto duo = DuoStore(*m_db).add(shared);
        DC_VERIFY_OK(duo);
        DC_VERIFY_OK(AssignmentStore(*m_db).assign(m_fixture.family.id, duo.value(), handover));
        break;
    }
    }

    const QHash<qint64, WorkerCaseload> rows = report(day);
    const QList<qint64> workers = {m_fixture.trustedA, m_fixture.professionalA, m_fixture.trustedB,
                                   m_fixture.professionalB};
    QCOMPARE(rows.size(), workers.size());
    auto caseloads = WorkerStore(*m_db).caseloads(day);
    DC_VERIFY_OK(caseloads);
    for (int i = 0; i < workers.size(); ++i) {
        QVERIFY(rows.contains(workers.at(i)));
        QCOMPARE(rows.value(workers.at(i)).activeFamilies, expected.at(i));
        // The matching reads WorkerStore::caseloads: both must tell the same story.
        QCOMPARE(caseloads->value(workers.at(i)), expected.at(i));
    }
}

void TestCaseloadReport::fullness_data()
{
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("families");
    QTest::addColumn<int>("free");
    QTest::addColumn<bool>("full");
    QTest::addColumn<bool>("overFull");

    QTest::newRow("empty") << 3 << 0 << 3 << false << false;
    QTest::newRow("room left") << 3 << 2 << 1 << false << false;
    QTest::newRow("exactly at the maximum") << 2 << 2 << 0 << true << false;
    QTest::newRow("one above the maximum") << 1 << 2 << -1 << true << true;
    QTest::newRow("well above the maximum") << 1 << 4 << -3 << true << true;
}

void TestCaseloadReport::fullness()
{
    QFETCH(int, maximum);
    QFETCH(int, families);
    QFETCH(int, free);
    QFETCH(bool, full);
    QFETCH(bool, overFull);

    // A maximum can be lowered below what a worker already carries, so over-full is real.
    Worker worker = TestSupport::worker(QStringLiteral("Samira Haddou"), WorkerRole::TrustedPerson,
                                        m_fixture.community);
    worker.maxCaseload = maximum;
    auto workerId = WorkerStore(*m_db).add(worker);
    DC_VERIFY_OK(workerId);
    Duo duo;
    duo.trustedPersonId = workerId.value();
    duo.professionalId = m_fixture.professionalB;
    duo.from = m_fixture.duosFrom;
    auto duoId = DuoStore(*m_db).add(duo);
    DC_VERIFY_OK(duoId);
    for (int i = 0; i < families; ++i) {
        auto family = FamilyStore(*m_db).add(
            TestSupport::family(QStringLiteral("Family %1").arg(i), QDate(2026, 1, 10)));
        DC_VERIFY_OK(family);
        DC_VERIFY_OK(AssignmentStore(*m_db).assign(family->id, duoId.value(), QDate(2026, 2, 1)));
    }

    const WorkerCaseload row = report(QDate(2026, 3, 1)).value(workerId.value());
    QCOMPARE(row.workerId, workerId.value());
    QCOMPARE(row.maxCaseload, maximum);
    QCOMPARE(row.activeFamilies, families);
    QCOMPARE(row.freePlaces(), free);
    QCOMPARE(row.isFull(), full);
    QCOMPARE(row.isOverFull(), overFull);
}

void TestCaseloadReport::rowsCarryWhoAndWhere()
{
    auto rows = CaseloadReport(*m_db).workers(QDate(2026, 3, 1));
    DC_VERIFY_OK(rows);
    QStringList names;
    for (const WorkerCaseload &row : rows.value())
        names << row.name;
    // By name, so the list reads like the worker list.
    QCOMPARE(names,
             (QStringList{QStringLiteral("Ayşe Yılmaz"), QStringLiteral("Fatima El Amrani"),
                          QStringLiteral("Joost Hendriks"), QStringLiteral("Marieke van Dijk")}));
    const WorkerCaseload &fatima = rows->at(1);
    QCOMPARE(fatima.role, WorkerRole::TrustedPerson);
    QCOMPARE(fatima.organisationId, m_fixture.community);
    QCOMPARE(fatima.organisationName, QStringLiteral("Stichting Brug Overvecht"));
    QCOMPARE(fatima.maxCaseload, 8);
    QVERIFY(fatima.active);
    QCOMPARE(fatima.load(), 1.0 / 8);
    const WorkerCaseload &marieke = rows->at(3);
    QCOMPARE(marieke.role, WorkerRole::Professional);
    QCOMPARE(marieke.organisationName, QStringLiteral("Gezinskracht Utrecht"));
}

void TestCaseloadReport::archivedWorkersOnlyWhileCarrying()
{
    // Archiving refuses a worker who still has families, but a file can hold one all the same
    // (an older version, another program), so the flag is set directly.
    DC_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE workers SET active = 0 WHERE id IN (?, ?)"),
                            {m_fixture.trustedA, m_fixture.trustedB}));
    const QHash<qint64, WorkerCaseload> rows = report(QDate(2026, 3, 1));
    // Still carrying the fixture's family: shown, so no family is silently without a duo.
    QVERIFY(rows.contains(m_fixture.trustedA));
    QVERIFY(!rows.value(m_fixture.trustedA).active);
    QCOMPARE(rows.value(m_fixture.trustedA).activeFamilies, 1);
    // Archived and carrying nobody: nothing to see.
    QVERIFY(!rows.contains(m_fixture.trustedB));
    QCOMPARE(rows.size(), 3);
}

void TestCaseloadReport::demoAgreesWithWorkerStore()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    DemoGenerator::Options options;
    options.families = 300;
    options.seed = 11;
    options.today = QDate(2026, 11, 23);
    DC_VERIFY_OK(DemoGenerator::generate(db, options));

    auto rows = CaseloadReport(db).workers(options.today);
    auto workers = WorkerStore(db).all();
    auto caseloads = WorkerStore(db).caseloads(options.today);
    DC_VERIFY_OK(rows);
    DC_VERIFY_OK(workers);
    DC_VERIFY_OK(caseloads);
    QSet<qint64> listed;
    int carried = 0;
    for (const WorkerCaseload &row : rows.value()) {
        listed.insert(row.workerId);
        QCOMPARE(row.activeFamilies, caseloads->value(row.workerId));
        carried += row.activeFamilies;
    }
    QVERIFY(carried > 0);
    for (const Worker &worker : workers.value())
        QCOMPARE(listed.contains(worker.id), worker.active || caseloads->value(worker.id) > 0);
}

QTEST_GUILESS_MAIN(TestCaseloadReport)
#include "TestCaseloadReport.moc"
