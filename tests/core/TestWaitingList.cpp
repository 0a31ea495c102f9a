// The waiting list: families referred or in intake with no duo running or planned, longest
// waiting first, with the days they have waited and what matching needs to know.

#include "TestSupport.h"

#include "storage/WaitingList.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

// How the family under test stands with duos, relative to the day of the list.
enum class Duos {
    None,
    AssignedToday,
    AssignedYesterday,
    StartsNextWeek,
    EndedYesterday, // the assignment ran, then stopped without a successor
    EndsToday,
    EndsTomorrow
};
Q_DECLARE_METATYPE(Duos)
Q_DECLARE_METATYPE(FamilyStatus)

class TestWaitingList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void whoIsWaiting_data();
    void whoIsWaiting();
    void daysWaiting_data();
    void daysWaiting();
    void longestWaitingFirst();
    void rowsCarryWhatMatchingNeeds();
    void emptyDatabase();

private:
    QList<WaitingFamily> waiting(const QDate &day);
    qint64 addFamily(const QString &name, const QDate &referredOn,
                     FamilyStatus status = FamilyStatus::Referred);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
};

void TestWaitingList::initTestCase_data()
{
    TestSupport::engines();
}

void TestWaitingList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWaitingList::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("waiting.sqlite")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
}

void TestWaitingList::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QList<WaitingFamily> TestWaitingList::waiting(const QDate &day)
{
    auto rows = WaitingList(*m_db).families(day);
    if (!rows) {
        QTest::qFail(qPrintable(rows.message()), __FILE__, __LINE__);
        return {};
    }
    return rows.value();
}

qint64 TestWaitingList::addFamily(const QString &name, const QDate &referredOn, FamilyStatus status)
{
    Family family = TestSupport::family(name, referredOn);
    family.status = status;
    if (status == FamilyStatus::Closed) {
        family.closedOn = referredOn.addDays(30);
        family.closingReason = QStringLiteral("Moved away");
    }
    auto added = FamilyStore(*m_db).add(family);
    if (!added) {
        QTest::qFail(qPrintable(added.message()), __FILE__, __LINE__);
        return 0;
    }
    return added->id;
}

void TestWaitingList::whoIsWaiting_data()
{
    QTest::addColumn<FamilyStatus>("status");
    QTest::addColumn<Duos>("duos");
    QTest::addColumn<bool>("expected");

    QTest::newRow("referred, no duo") << FamilyStatus::Referred << Duos::None << true;
    QTest::newRow("intake, no duo") << FamilyStatus::Intake << Duos::None << true;
    QTest::newRow("active status is not waiting") << FamilyStatus::Active << Duos::None << false;
    QTest::newRow("closed is not waiting") << FamilyStatus::Closed << Duos::None << false;
    QTest::newRow("a family assigned today leaves the list")
        << FamilyStatus::Referred << Duos::AssignedToday << false;
    QTest::newRow("assigned yesterday") << FamilyStatus::Intake << Duos::AssignedYesterday << false;
    QTest::newRow("a duo starting next week has been found")
        << FamilyStatus::Intake << Duos::StartsNextWeek << false;
    QTest::newRow("the duo stopped yesterday")
        << FamilyStatus::Intake << Duos::EndedYesterday << true;
    QTest::newRow("the duo stops today") << FamilyStatus::Intake << Duos::EndsToday << true;
    QTest::newRow("the duo stops tomorrow") << FamilyStatus::Intake << Duos::EndsTomorrow << false;
}

void TestWaitingList::whoIsWaiting()
{
    QFETCH(FamilyStatus, status);
    QFETCH(Duos, duos);
    QFETCH(bool, expected);

    const QDate day(2026, 11, 23);
    const qint64 id = addFamily(QStringLiteral("Yilmaz"), QDate(2026, 9, 1), status);
    QVERIFY(id > 0);
    AssignmentStore assignments(*m_db);
    auto assign = [&](const QDate &from) {
        DC_VERIFY_OK(assignments.assign(id, m_fixture.duoB, from));
    };
    // No store call ends an assignment on its own yet (closing and handover do), so the end
    // date is set as they will.
    auto endOn = [&](const QDate &to) {
        DC_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE assignments SET to_date = ? "
                                               "WHERE family_id = ?"),
                                {to.toString(Qt::ISODate), id}));
    };
    switch (duos) {
    case Duos::None:
        break;
    case Duos::AssignedToday:
        assign(day);
        break;
    case Duos::AssignedYesterday:
        assign(day.addDays(-1));
        break;
    case Duos::StartsNextWeek:
        assign(day.addDays(7));
        break;
    case Duos::EndedYesterday:
        assign(QDate(2026, 10, 1));
        endOn(day.addDays(-1));
        break;
    case Duos::EndsToday:
        assign(QDate(2026, 10, 1));
        endOn(day);
        break;
    case Duos::EndsTomorrow:
        assign(QDate(2026, 10, 1));
        endOn(day.addDays(1));
        break;
    }

    QList<qint64> ids;
    for (const WaitingFamily &family : waiting(day))
        ids << family.id;
    // The fixture's own family has a duo throughout and is never on the list.
    QVERIFY(!ids.contains(m_fixture.family.id));
    QCOMPARE(ids.contains(id), expected);
}

void TestWaitingList::daysWaiting_data()
{
    QTest::addColumn<QDate>("referredOn");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("days");

    QTest::newRow("referred today") << QDate(2026, 11, 23) << QDate(2026, 11, 23) << 0;
    QTest::newRow("referred yesterday") << QDate(2026, 11, 22) << QDate(2026, 11, 23) << 1;
    QTest::newRow("across a year end") << QDate(2025, 12, 20) << QDate(2026, 1, 10) << 21;
    QTest::newRow("across a leap day") << QDate(2028, 2, 28) << QDate(2028, 3, 1) << 2;
    QTest::newRow("referral dated ahead") << QDate(2026, 12, 1) << QDate(2026, 11, 23) << 0;
}

void TestWaitingList::daysWaiting()
{
    QFETCH(QDate, referredOn);
    QFETCH(QDate, day);
    QFETCH(int, days);

    const qint64 id = addFamily(QStringLiteral("Osei"), referredOn, FamilyStatus::Intake);
    QVERIFY(id > 0);
    const QList<WaitingFamily> rows = waiting(day);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().id, id);
    QCOMPARE(rows.constFirst().referredOn, referredOn);
    QCOMPARE(rows.constFirst().daysWaiting, days);
}

void TestWaitingList::longestWaitingFirst()
{
    const qint64 recent = addFamily(QStringLiteral("Recent"), QDate(2026, 11, 1));
    const qint64 oldest = addFamily(QStringLiteral("Oldest"), QDate(2026, 6, 3));
    // Two on the same day: the earlier case code first, so the order never flickers.
    const qint64 sameDayFirst = addFamily(QStringLiteral("Same day A"), QDate(2026, 8, 14));
    const qint64 sameDaySecond =
        addFamily(QStringLiteral("Same day B"), QDate(2026, 8, 14), FamilyStatus::Intake);
    const QList<WaitingFamily> rows = waiting(QDate(2026, 11, 23));
    QList<qint64> ids;
    QList<int> days;
    for (const WaitingFamily &family : rows) {
        ids << family.id;
        days << family.daysWaiting;
    }
    QCOMPARE(ids, (QList<qint64>{oldest, sameDayFirst, sameDaySecond, recent}));
    QCOMPARE(days, (QList<int>{173, 101, 101, 22}));
    QVERIFY(rows.at(1).caseCode < rows.at(2).caseCode);
}

void TestWaitingList::rowsCarryWhatMatchingNeeds()
{
    Family family = TestSupport::family(QStringLiteral("Kaya"), QDate(2026, 10, 2),
                                        QStringLiteral("Kanaleneiland"));
    family.homeLanguages = {QStringLiteral("tr"), QStringLiteral("ku")};
    family.preferredGender = GenderWish::Female;
    family.status = FamilyStatus::Intake;
    auto added = FamilyStore(*m_db).add(family);
    DC_VERIFY_OK(added);

    const QList<WaitingFamily> rows = waiting(QDate(2026, 11, 23));
    QCOMPARE(rows.size(), 1);
    const WaitingFamily &row = rows.constFirst();
    QCOMPARE(row.id, added->id);
    QCOMPARE(row.caseCode, added->caseCode);
    QCOMPARE(row.familyName, QStringLiteral("Kaya"));
    QCOMPARE(row.city, QStringLiteral("Utrecht"));
    QCOMPARE(row.district, QStringLiteral("Kanaleneiland"));
    QCOMPARE(row.homeLanguages, (QStringList{QStringLiteral("tr"), QStringLiteral("ku")}));
    QCOMPARE(row.preferredGender, GenderWish::Female);
    QCOMPARE(row.status, FamilyStatus::Intake);
    QCOMPARE(row.daysWaiting, 52);
}

void TestWaitingList::emptyDatabase()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    DC_VERIFY_OK(opened);
    auto rows = WaitingList(*opened.value()).families(QDate(2026, 11, 23));
    DC_VERIFY_OK(rows);
    QVERIFY(rows->isEmpty());
}

QTEST_GUILESS_MAIN(TestWaitingList)
#include "TestWaitingList.moc"
