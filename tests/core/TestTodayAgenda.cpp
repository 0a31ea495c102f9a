// The Today page's agenda: the visits of a day, follow-ups due or overdue and families
// without a recent visit — for one worker (only their duos and their follow-ups) or for a
// coordinator (everyone's).

#include "TestSupport.h"

#include "services/TodayAgenda.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/FollowUpStore.h"
#include "storage/VisitStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestTodayAgenda : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void visitsOfTheDay_data();
    void visitsOfTheDay();
    void followUpsDueAndOverdue_data();
    void followUpsDueAndOverdue();
    void followUpsDoneTodayStayInSight_data();
    void followUpsDoneTodayStayInSight();
    void quietFamilies_data();
    void quietFamilies();

private:
    CurrentUser user(const QString &who) const;
    qint64 visit(qint64 family, qint64 duo, const QDateTime &start, VisitStatus status);
    void followUp(qint64 family, qint64 owner, const QDate &due, const QDate &done);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
    qint64 m_familyB = 0; // with duo B
    const QDate m_today{2026, 11, 23};
};

void TestTodayAgenda::initTestCase_data()
{
    TestSupport::engines();
}

void TestTodayAgenda::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTodayAgenda::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("today.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    auto second = FamilyStore(*m_db).add(family(QStringLiteral("Şahin"), QDate(2026, 1, 20)));
    DC_VERIFY_OK(second);
    m_familyB = second->id;
    DC_VERIFY_OK(AssignmentStore(*m_db).assign(m_familyB, m_fixture.duoB, QDate(2026, 2, 1)));
}

void TestTodayAgenda::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

CurrentUser TestTodayAgenda::user(const QString &who) const
{
    CurrentUser u;
    if (who == QLatin1String("coordinator"))
        return u;
    u.kind = CurrentUser::Kind::Worker;
    u.workerId = who == QLatin1String("trusted A")        ? m_fixture.trustedA
                 : who == QLatin1String("professional B") ? m_fixture.professionalB
                                                          : m_fixture.trustedB;
    return u;
}

qint64 TestTodayAgenda::visit(qint64 family, qint64 duo, const QDateTime &start, VisitStatus status)
{
    Visit v;
    v.familyId = family;
    v.duoId = duo;
    v.start = start;
    v.status = status;
    v.trustedPersonPresent = status == VisitStatus::Done;
    v.statusReason = status == VisitStatus::Cancelled || status == VisitStatus::NoShow
                         ? QStringLiteral("Ziek")
                         : QString();
    auto id = VisitStore(*m_db).add(v);
    return id ? id.value() : 0;
}

void TestTodayAgenda::followUp(qint64 family, qint64 owner, const QDate &due, const QDate &done)
{
    auto q = m_db->exec(QStringLiteral("INSERT INTO follow_ups (family_id, description, owner_id, "
                                       "due_on, done_on) VALUES (?, 'Bellen met school', ?, ?, ?)"),
                        {family, owner, due.toString(Qt::ISODate),
                         done.isValid() ? QVariant(done.toString(Qt::ISODate)) : QVariant()});
    QVERIFY(q);
}

void TestTodayAgenda::visitsOfTheDay_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    // Duo A: 09:00 and 16:00 today; duo B: 11:00 today. Yesterday and tomorrow never count.
    QTest::newRow("coordinator sees all three") << QStringLiteral("coordinator") << 3;
    QTest::newRow("trusted person of duo A") << QStringLiteral("trusted A") << 2;
    QTest::newRow("professional of duo B") << QStringLiteral("professional B") << 1;
}

void TestTodayAgenda::visitsOfTheDay()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const qint64 a = m_fixture.family.id;
    QVERIFY(
        visit(a, m_fixture.duoA, QDateTime(m_today.addDays(-1), QTime(23, 0)), VisitStatus::Done));
    QVERIFY(visit(a, m_fixture.duoA, QDateTime(m_today, QTime(16, 0)), VisitStatus::Planned));
    QVERIFY(visit(a, m_fixture.duoA, QDateTime(m_today, QTime(9, 0)), VisitStatus::Planned));
    QVERIFY(
        visit(m_familyB, m_fixture.duoB, QDateTime(m_today, QTime(11, 0)), VisitStatus::Cancelled));
    QVERIFY(visit(m_familyB, m_fixture.duoB, QDateTime(m_today.addDays(1), QTime(0, 0)),
                  VisitStatus::Planned));

    auto visits = TodayAgenda(*m_db, user(who)).visitsOn(m_today);
    DC_VERIFY_OK(visits);
    QCOMPARE(visits->size(), expected);
    for (int i = 1; i < visits->size(); ++i)
        QVERIFY(visits->at(i - 1).start <= visits->at(i).start);
    for (const Visit &v : visits.value()) {
        QCOMPARE(v.start.date(), m_today);
        QVERIFY(!v.caseCode.isEmpty());
    }
}

void TestTodayAgenda::followUpsDueAndOverdue_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::newRow("coordinator") << QStringLiteral("coordinator") << 3;
    QTest::newRow("owner of two") << QStringLiteral("trusted A") << 2;
    QTest::newRow("owner of one") << QStringLiteral("professional B") << 1;
    QTest::newRow("owner of none") << QStringLiteral("trusted B") << 0;
}

void TestTodayAgenda::followUpsDueAndOverdue()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const qint64 a = m_fixture.family.id;
    followUp(a, m_fixture.trustedA, m_today.addDays(-10), {}); // overdue
    followUp(a, m_fixture.trustedA, m_today.addDays(7), {});   // due within the week
    followUp(a, m_fixture.trustedA, m_today.addDays(8), {});   // later: not yet
    followUp(a, m_fixture.trustedA, m_today.addDays(-3), m_today.addDays(-4)); // done
    followUp(m_familyB, m_fixture.professionalB, m_today, {});

    auto due = TodayAgenda(*m_db, user(who)).followUpsDue(m_today);
    DC_VERIFY_OK(due);
    QCOMPARE(due->size(), expected);
    for (int i = 1; i < due->size(); ++i)
        QVERIFY(due->at(i - 1).dueOn <= due->at(i).dueOn);
    for (const FollowUp &f : due.value()) {
        QVERIFY(f.doneOn.isNull());
        QVERIFY(f.dueOn <= m_today.addDays(TodayAgenda::FollowUpHorizonDays));
        QVERIFY(!f.ownerName.isEmpty());
    }
}

void TestTodayAgenda::followUpsDoneTodayStayInSight_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("open");
    QTest::addColumn<int>("doneToday");
    QTest::newRow("coordinator") << QStringLiteral("coordinator") << 2 << 2;
    QTest::newRow("owner") << QStringLiteral("trusted A") << 1 << 1;
    QTest::newRow("the other duo") << QStringLiteral("professional B") << 1 << 1;
}

// Ticked off on Today, an action stays listed, ticked and with who did it, until the next day;
// what was done before today is not listed. Taking the tick away forgets who set it.
void TestTodayAgenda::followUpsDoneTodayStayInSight()
{
    QFETCH(QString, who);
    QFETCH(int, open);
    QFETCH(int, doneToday);
    const qint64 a = m_fixture.family.id;
    followUp(a, m_fixture.trustedA, m_today.addDays(-2), {});
    followUp(a, m_fixture.trustedA, m_today.addDays(1), {});
    followUp(a, m_fixture.trustedA, m_today.addDays(-5), m_today.addDays(-1)); // yesterday
    followUp(m_familyB, m_fixture.professionalB, m_today, {});
    followUp(m_familyB, m_fixture.professionalB, m_today.addDays(3), {});
    auto all = TodayAgenda(*m_db, user(QStringLiteral("coordinator"))).followUpsDue(m_today);
    DC_VERIFY_OK(all);
    QCOMPARE(all->size(), 4);
    // One of each duo's is done now, the overdue one by the name of who ticked it.
    qint64 tickedA = 0;
    for (const FollowUp &f : all.value()) {
        if (f.ownerId == m_fixture.trustedA && f.dueOn < m_today) {
            tickedA = f.id;
            DC_VERIFY_OK(
                FollowUpStore(*m_db).setDone(f.id, m_today, QStringLiteral("Öztürk-Yılmaz")));
        } else if (f.ownerId == m_fixture.professionalB && f.dueOn == m_today) {
            DC_VERIFY_OK(FollowUpStore(*m_db).setDone(f.id, m_today));
        }
    }
    QVERIFY(tickedA > 0);

    auto due = TodayAgenda(*m_db, user(who)).followUpsDue(m_today);
    DC_VERIFY_OK(due);
    QCOMPARE(due->size(), open + doneToday);
    for (int i = 0; i < due->size(); ++i) {
        const FollowUp &f = due->at(i);
        // The open ones first, the done ones below them.
        QCOMPARE(f.doneOn.isValid(), i >= open);
        if (f.id == tickedA) {
            QCOMPARE(f.doneOn, m_today);
            QCOMPARE(f.doneBy, QStringLiteral("Öztürk-Yılmaz"));
        } else {
            QVERIFY(f.doneBy.isEmpty());
        }
    }
    // Tomorrow they are gone.
    auto tomorrow = TodayAgenda(*m_db, user(who)).followUpsDue(m_today.addDays(1));
    DC_VERIFY_OK(tomorrow);
    for (const FollowUp &f : tomorrow.value())
        QVERIFY(!f.doneOn.isValid());

    DC_VERIFY_OK(FollowUpStore(*m_db).setDone(tickedA, QDate(), QStringLiteral("ignored")));
    auto reopened = FollowUpStore(*m_db).get(tickedA);
    DC_VERIFY_OK(reopened);
    QVERIFY(!reopened->doneOn.isValid());
    QVERIFY(reopened->doneBy.isEmpty());
}

void TestTodayAgenda::quietFamilies_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("lastVisitDaysAgo"); // of family A; family B is never visited
    QTest::addColumn<QStringList>("expected"); // family names, longest without a visit first
    const QString a = QStringLiteral("Bouzid");
    const QString b = QStringLiteral("Şahin");
    QTest::newRow("visited 21 days ago: not yet")
        << QStringLiteral("coordinator") << 21 << QStringList{b};
    QTest::newRow("visited 22 days ago: listed, after the never visited")
        << QStringLiteral("coordinator") << 22 << QStringList{b, a};
    QTest::newRow("only my families") << QStringLiteral("trusted A") << 40 << QStringList{a};
    QTest::newRow("the other duo's") << QStringLiteral("professional B") << 40 << QStringList{b};
}

void TestTodayAgenda::quietFamilies()
{
    QFETCH(QString, who);
    QFETCH(int, lastVisitDaysAgo);
    QFETCH(QStringList, expected);
    const qint64 a = m_fixture.family.id;
    QVERIFY(
        visit(a, m_fixture.duoA, QDateTime(m_today.addDays(-60), QTime(10, 0)), VisitStatus::Done));
    QVERIFY(visit(a, m_fixture.duoA, QDateTime(m_today.addDays(-lastVisitDaysAgo), QTime(10, 0)),
                  VisitStatus::Done));
    // Neither a no-show nor a planned visit counts as a visit.
    QVERIFY(visit(a, m_fixture.duoA, QDateTime(m_today.addDays(-2), QTime(10, 0)),
                  VisitStatus::NoShow));
    QVERIFY(visit(a, m_fixture.duoA, QDateTime(m_today.addDays(3), QTime(10, 0)),
                  VisitStatus::Planned));

    auto quiet = TodayAgenda(*m_db, user(who)).quietFamilies(m_today, 21);
    DC_VERIFY_OK(quiet);
    QStringList names;
    for (const QuietFamily &f : quiet.value()) {
        names << f.familyName;
        if (f.familyId == a) {
            QCOMPARE(f.daysWithoutVisit, lastVisitDaysAgo);
            QCOMPARE(f.nextPlanned, m_today.addDays(3));
        } else {
            QVERIFY(f.lastVisit.isNull());
            QCOMPARE(f.daysWithoutVisit, int(QDate(2026, 2, 1).daysTo(m_today)));
        }
    }
    QCOMPARE(names, expected);
}

QTEST_GUILESS_MAIN(TestTodayAgenda)
#include "TestTodayAgenda.moc"
