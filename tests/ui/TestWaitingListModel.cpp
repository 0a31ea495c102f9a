// The waiting-list model: the families WaitingList finds, in its order (longest waiting first),
// with languages by name, the gender wish, the referral date and the days waited, sorting by
// numbers and dates rather than their text.

#include "DisplayText.h"
#include "UiTestSupport.h"
#include "WaitingListModel.h"
#include "domain/DomainText.h"
#include "domain/Languages.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <climits>

class TestWaitingListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { UiTestSupport::failOnWarnings(); }

    void fixtureFamily();
    void demoMatchesTheList();
    void dayDecidesTheDays_data();
    void dayDecidesTheDays();
    void emptyDatabase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_demo;
    TestSupport::Fixture m_fixture;
    Family m_waiting;
};

void TestWaitingListModel::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("waiting.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    const QString problem = TestSupport::makeFixture(*m_db, &m_fixture);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Family family = TestSupport::family(QStringLiteral("Kaya"), QDate(2026, 10, 2),
                                        QStringLiteral("Kanaleneiland"));
    family.homeLanguages = {QStringLiteral("tr"), QStringLiteral("nl")};
    family.preferredGender = GenderWish::Female;
    family.status = FamilyStatus::Intake;
    auto added = FamilyStore(*m_db).add(family);
    DC_VERIFY_OK(added);
    m_waiting = added.value();

    auto demo = UiTestSupport::demoDatabase(m_dir.filePath(QStringLiteral("demo.sqlite")));
    DC_VERIFY_OK(demo);
    m_demo = std::move(demo).value();
}

void TestWaitingListModel::fixtureFamily()
{
    WaitingListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDay(QDate(2026, 11, 23));
    model.reload();
    // The fixture's own family has a duo; only the new one waits.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(WaitingListModel::ColumnCount));
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(0, WaitingListModel::IdRole).toLongLong(), m_waiting.id);
    QCOMPARE(cell(WaitingListModel::CaseCode).toString(), m_waiting.caseCode);
    QCOMPARE(cell(WaitingListModel::FamilyName).toString(), QStringLiteral("Kaya"));
    QCOMPARE(cell(WaitingListModel::City).toString(), QStringLiteral("Utrecht"));
    QCOMPARE(cell(WaitingListModel::District).toString(), QStringLiteral("Kanaleneiland"));
    QCOMPARE(cell(WaitingListModel::Languages).toString(), QStringLiteral("Turkish, Dutch"));
    QCOMPARE(cell(WaitingListModel::PreferredGender).toString(),
             DomainText::display(GenderWish::Female));
    QCOMPARE(cell(WaitingListModel::Status).toString(), DomainText::display(FamilyStatus::Intake));
    QCOMPARE(cell(WaitingListModel::ReferredOn).toString(), DisplayText::date(QDate(2026, 10, 2)));
    QCOMPARE(cell(WaitingListModel::DaysWaiting).toInt(), 52);
    // Dates and days sort by value: "9 Oct" must not come after "10 Oct".
    QCOMPARE(cell(WaitingListModel::ReferredOn, WaitingListModel::SortRole).toLongLong(),
             QDate(2026, 10, 2).toJulianDay());
    QCOMPARE(cell(WaitingListModel::DaysWaiting, WaitingListModel::SortRole).toInt(), 52);
    QCOMPARE(cell(WaitingListModel::DaysWaiting, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignCenter));
}

void TestWaitingListModel::demoMatchesTheList()
{
    auto expected = WaitingList(*m_demo).families(UiTestSupport::today());
    DC_VERIFY_OK(expected);
    QVERIFY(expected->size() > 1);

    WaitingListModel model(*m_demo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDay(UiTestSupport::today());
    model.reload();
    QCOMPARE(model.rowCount(), expected->size());
    int previousDays = INT_MAX;
    for (int row = 0; row < model.rowCount(); ++row) {
        const WaitingFamily &family = expected->at(row);
        QCOMPARE(model.index(row, 0).data(WaitingListModel::IdRole).toLongLong(), family.id);
        QCOMPARE(model.index(row, WaitingListModel::District).data().toString(), family.district);
        QCOMPARE(model.index(row, WaitingListModel::Languages).data().toString(),
                 Languages::names(family.homeLanguages));
        const int days = model.index(row, WaitingListModel::DaysWaiting).data().toInt();
        QCOMPARE(days, int(family.referredOn.daysTo(UiTestSupport::today())));
        // Longest waiting first.
        QVERIFY(days <= previousDays);
        previousDays = days;
    }
}

void TestWaitingListModel::dayDecidesTheDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("days");
    QTest::newRow("on the referral day") << QDate(2026, 10, 2) << 0;
    QTest::newRow("a week later") << QDate(2026, 10, 9) << 7;
    QTest::newRow("next year") << QDate(2027, 1, 1) << 91;
}

void TestWaitingListModel::dayDecidesTheDays()
{
    QFETCH(QDate, day);
    QFETCH(int, days);
    WaitingListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDay(day);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, WaitingListModel::DaysWaiting).data().toInt(), days);
}

void TestWaitingListModel::emptyDatabase()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    DC_VERIFY_OK(db);
    WaitingListModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestWaitingListModel)
#include "TestWaitingListModel.moc"
