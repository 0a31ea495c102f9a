// Assignments (which duo works with which family, when) and the rule that a visit's duo must
// be assigned to the family on the visit's day.

#include "TestSupport.h"

#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/VisitStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestAssignments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void currentAndHistory();
    void reassignEndsPreviousOnSameDay();
    void reassignSameDayAsStart();
    void assignRefuses_data();
    void assignRefuses();
    void visitNeedsAssignedDuo_data();
    void visitNeedsAssignedDuo();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
};

void TestAssignments::initTestCase_data()
{
    TestSupport::engines();
}

void TestAssignments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAssignments::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("assignments.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
}

void TestAssignments::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAssignments::currentAndHistory()
{
    AssignmentStore store(*m_db);
    auto before = store.current(m_fixture.family.id, QDate(2026, 1, 31));
    DC_VERIFY_OK(before);
    QVERIFY(!before->has_value());

    auto now = store.current(m_fixture.family.id, QDate(2026, 2, 1));
    DC_VERIFY_OK(now);
    QVERIFY(now->has_value());
    QCOMPARE(now.value()->duoId, m_fixture.duoA);
    QCOMPARE(now.value()->from, QDate(2026, 2, 1));
    QVERIFY(now.value()->to.isNull());
    QCOMPARE(now.value()->duoName, QStringLiteral("Fatima El Amrani & Marieke van Dijk"));

    auto history = store.history(m_fixture.family.id);
    DC_VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
}

void TestAssignments::reassignEndsPreviousOnSameDay()
{
    AssignmentStore store(*m_db);
    const QDate handover(2026, 4, 1);
    auto second = store.assign(m_fixture.family.id, m_fixture.duoB, handover);
    DC_VERIFY_OK(second);

    auto history = store.history(m_fixture.family.id);
    DC_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    // Newest first; the old one ends on the day the new one starts.
    QCOMPARE(history->at(0).id, second.value());
    QCOMPARE(history->at(0).duoId, m_fixture.duoB);
    QCOMPARE(history->at(0).from, handover);
    QVERIFY(history->at(0).to.isNull());
    QCOMPARE(history->at(1).duoId, m_fixture.duoA);
    QCOMPARE(history->at(1).from, m_fixture.assignedOn);
    QCOMPARE(history->at(1).to, handover);

    auto dayBefore = store.current(m_fixture.family.id, handover.addDays(-1));
    DC_VERIFY_OK(dayBefore);
    QCOMPARE(dayBefore.value()->duoId, m_fixture.duoA);
    auto onTheDay = store.current(m_fixture.family.id, handover);
    DC_VERIFY_OK(onTheDay);
    QCOMPARE(onTheDay.value()->duoId, m_fixture.duoB);

    // The handover day counts for both duos (a farewell visit); the days around it for one.
    QCOMPARE(store.isAssigned(m_fixture.family.id, m_fixture.duoA, handover).value(), true);
    QCOMPARE(store.isAssigned(m_fixture.family.id, m_fixture.duoB, handover).value(), true);
    QCOMPARE(store.isAssigned(m_fixture.family.id, m_fixture.duoA, handover.addDays(1)).value(),
             false);
    QCOMPARE(store.isAssigned(m_fixture.family.id, m_fixture.duoB, handover.addDays(-1)).value(),
             false);

    // The family list shows the current duo.
    auto page = FamilyStore(*m_db).page(QString(), QString(), 10);
    DC_VERIFY_OK(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().duoName, QStringLiteral("Ayşe Yılmaz & Joost Hendriks"));
}

void TestAssignments::reassignSameDayAsStart()
{
    // Correcting a mistake on the day itself: the first assignment lasts zero days.
    AssignmentStore store(*m_db);
    DC_VERIFY_OK(store.assign(m_fixture.family.id, m_fixture.duoB, m_fixture.assignedOn));
    auto history = store.history(m_fixture.family.id);
    DC_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).duoId, m_fixture.duoB);
    QCOMPARE(history->at(1).to, m_fixture.assignedOn);
    auto current = store.current(m_fixture.family.id, m_fixture.assignedOn);
    DC_VERIFY_OK(current);
    QCOMPARE(current.value()->duoId, m_fixture.duoB);
}

void TestAssignments::assignRefuses_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("problem");

    QTest::newRow("no date") << QStringLiteral("no date") << QStringLiteral("start date");
    QTest::newRow("duo not yet working")
        << QStringLiteral("before duo") << QStringLiteral("does not work together");
    QTest::newRow("duo ended") << QStringLiteral("duo ended")
                               << QStringLiteral("does not work together");
    QTest::newRow("missing duo") << QStringLiteral("missing duo") << QStringLiteral("4711");
    QTest::newRow("missing family") << QStringLiteral("missing family") << QStringLiteral("4712");
    QTest::newRow("closed family") << QStringLiteral("closed family") << QStringLiteral("closed");
    QTest::newRow("before existing assignment")
        << QStringLiteral("earlier") << QStringLiteral("already has an assignment");
}

void TestAssignments::assignRefuses()
{
    QFETCH(QString, situation);
    QFETCH(QString, problem);

    AssignmentStore store(*m_db);
    qint64 family = m_fixture.family.id;
    qint64 duo = m_fixture.duoB;
    QDate from(2026, 3, 1);
    if (situation == QLatin1String("no date")) {
        from = QDate();
    } else if (situation == QLatin1String("before duo")) {
        from = m_fixture.duosFrom.addDays(-1);
    } else if (situation == QLatin1String("duo ended")) {
        Duo ended;
        ended.trustedPersonId = m_fixture.trustedB;
        ended.professionalId = m_fixture.professionalA;
        ended.from = QDate(2025, 1, 1);
        ended.to = QDate(2026, 2, 28);
        auto id = DuoStore(*m_db).add(ended);
        DC_VERIFY_OK(id);
        duo = id.value();
    } else if (situation == QLatin1String("missing duo")) {
        duo = 4711;
    } else if (situation == QLatin1String("missing family")) {
        family = 4712;
    } else if (situation == QLatin1String("closed family")) {
        Family closed = m_fixture.family;
        closed.status = FamilyStatus::Closed;
        closed.closedOn = QDate(2026, 2, 20);
        closed.closingReason = QStringLiteral("Verhuisd");
        DC_VERIFY_OK(FamilyStore(*m_db).update(closed));
    } else if (situation == QLatin1String("earlier")) {
        from = m_fixture.assignedOn.addDays(-1);
    }
    const QByteArray before = contentHash(*m_db);
    auto assigned = store.assign(family, duo, from);
    QVERIFY(!assigned.ok());
    QCOMPARE(assigned.error().kind, Error::Kind::Invalid);
    QVERIFY2(assigned.message().contains(problem), qPrintable(assigned.message()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestAssignments::visitNeedsAssignedDuo_data()
{
    QTest::addColumn<bool>("handedOver"); // duo B took over on 2026-04-01
    QTest::addColumn<bool>("byDuoA");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("before the assignment") << false << true << QDate(2026, 1, 31) << false;
    QTest::newRow("on the first day") << false << true << QDate(2026, 2, 1) << true;
    QTest::newRow("later") << false << true << QDate(2026, 9, 30) << true;
    QTest::newRow("other duo") << false << false << QDate(2026, 3, 2) << false;
    QTest::newRow("old duo on handover day") << true << true << QDate(2026, 4, 1) << true;
    QTest::newRow("new duo on handover day") << true << false << QDate(2026, 4, 1) << true;
    QTest::newRow("old duo after it ended") << true << true << QDate(2026, 4, 2) << false;
    QTest::newRow("new duo before it started") << true << false << QDate(2026, 3, 31) << false;
}

void TestAssignments::visitNeedsAssignedDuo()
{
    QFETCH(bool, handedOver);
    QFETCH(bool, byDuoA);
    QFETCH(QDate, day);
    QFETCH(bool, accepted);

    if (handedOver)
        DC_VERIFY_OK(
            AssignmentStore(*m_db).assign(m_fixture.family.id, m_fixture.duoB, QDate(2026, 4, 1)));
    Visit visit;
    visit.familyId = m_fixture.family.id;
    visit.duoId = byDuoA ? m_fixture.duoA : m_fixture.duoB;
    visit.start = QDateTime(day, QTime(18, 30));
    VisitStore store(*m_db);
    auto added = store.add(visit);
    QCOMPARE(added.ok(), accepted);
    if (accepted) {
        auto back = store.get(added.value());
        DC_VERIFY_OK(back);
        QCOMPARE(back->start, visit.start);
        QCOMPARE(back->duoId, visit.duoId);
        QCOMPARE(rowCount(*m_db, QStringLiteral("visits")), 1);
    } else {
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
        QVERIFY2(added.message().contains(QStringLiteral("not assigned")),
                 qPrintable(added.message()));
        QCOMPARE(rowCount(*m_db, QStringLiteral("visits")), 0);
    }
}

QTEST_GUILESS_MAIN(TestAssignments)
#include "TestAssignments.moc"
