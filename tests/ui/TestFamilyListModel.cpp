// The family list model: paging through FamilyStore with canFetchMore()/fetchMore(), the
// search in core, and what each column shows. Every model runs under QAbstractItemModelTester.

#include "FamilyListModel.h"
#include "UiTestSupport.h"
#include "domain/DomainText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestFamilyListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { UiTestSupport::failOnWarnings(); }

    void pagesThroughAllFamilies_data();
    void pagesThroughAllFamilies();
    void firstPageOnlyUntilAsked();
    void search_data();
    void search();
    void searchIsPagedToo();
    void columnsShowTheSummary();
    void emptyDatabase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFamilyListModel::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    auto db = UiTestSupport::demoDatabase(m_dir.filePath(QStringLiteral("families.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void TestFamilyListModel::pagesThroughAllFamilies_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one row a page") << 1;
    QTest::newRow("7 rows a page") << 7;
    QTest::newRow("page size divides the total") << 20;
    QTest::newRow("one page holds all") << 500;
}

void TestFamilyListModel::pagesThroughAllFamilies()
{
    QFETCH(int, pageSize);
    auto total = FamilyStore(*m_db).count();
    DC_VERIFY_OK(total);
    QCOMPARE(total.value(), 60);

    FamilyListModel model(*m_db);
    model.setPageSize(pageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.reload();
    QCOMPARE(model.totalCount(), total.value());

    int fetches = 0;
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        QVERIFY2(++fetches <= total.value(), "fetchMore() never reaches the end");
    }
    QCOMPARE(model.rowCount(), total.value());
    // The first page comes with the reset, each further one as a single insertion.
    QCOMPARE(inserted.count(), (total.value() + pageSize - 1) / pageSize - 1);

    // Keyset paging must neither skip nor repeat a family at the page boundaries.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.familyId(row));
        if (row > 0)
            QVERIFY(model.index(row - 1, FamilyListModel::CaseCode).data().toString() <
                    model.index(row, FamilyListModel::CaseCode).data().toString());
    }
    QCOMPARE(ids.size(), total.value());
}

void TestFamilyListModel::firstPageOnlyUntilAsked()
{
    FamilyListModel model(*m_db);
    model.setPageSize(25);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nothing is read before reload()
    model.reload();
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 50);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 60);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex()); // harmless at the end
    QCOMPARE(model.rowCount(), 60);
}

void TestFamilyListModel::search_data()
{
    QTest::addColumn<QString>("search");

    auto first = FamilyStore(*m_db).page(QString(), QString(), 1);
    DC_VERIFY_OK(first);
    QVERIFY(!first->isEmpty());
    const FamilySummary family = first->constFirst();

    QTest::newRow("whole case code") << family.caseCode;
    QTest::newRow("case code year") << family.caseCode.left(6);
    QTest::newRow("family name") << family.familyName;
    QTest::newRow("family name, lower case") << family.familyName.toLower();
    QTest::newRow("district") << family.district;
    QTest::newRow("part of a district") << family.district.left(3);
    QTest::newRow("surrounding spaces")
        << QStringLiteral("  ") + family.district + QStringLiteral(" ");
    QTest::newRow("no match") << QStringLiteral("no family is called this");
    QTest::newRow("wildcard taken literally") << QStringLiteral("%");
    QTest::newRow("empty: everyone") << QString();
}

void TestFamilyListModel::search()
{
    QFETCH(QString, search);
    auto expected = FamilyStore(*m_db).count(search);
    DC_VERIFY_OK(expected);

    FamilyListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(search);
    QCOMPARE(model.search(), search.trimmed());
    QCOMPARE(model.totalCount(), expected.value());
    QCOMPARE(model.rowCount(), expected.value());
    const QString needle = search.trimmed();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QStringList fields = {model.index(row, FamilyListModel::CaseCode).data().toString(),
                                    model.index(row, FamilyListModel::FamilyName).data().toString(),
                                    model.index(row, FamilyListModel::District).data().toString()};
        QVERIFY2(fields.join(QLatin1Char('\n')).contains(needle, Qt::CaseInsensitive),
                 qPrintable(fields.join(QLatin1String(", "))));
    }
}

void TestFamilyListModel::searchIsPagedToo()
{
    auto first = FamilyStore(*m_db).page(QString(), QString(), 1);
    DC_VERIFY_OK(first);
    const QString district = first->constFirst().district;
    auto expected = FamilyStore(*m_db).count(QStringLiteral("a"));
    DC_VERIFY_OK(expected);
    QVERIFY(expected.value() > 3);

    FamilyListModel model(*m_db);
    model.setPageSize(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearch(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 3);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), expected.value());

    // A new search starts again from its first page.
    model.setSearch(district);
    QCOMPARE(model.rowCount(), qMin(3, model.totalCount()));
}

void TestFamilyListModel::columnsShowTheSummary()
{
    auto page = FamilyStore(*m_db).page(QString(), QString(), 60);
    DC_VERIFY_OK(page);
    FamilyListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.columnCount(), int(FamilyListModel::ColumnCount));
    QCOMPARE(model.headerData(FamilyListModel::CaseCode, Qt::Horizontal).toString(),
             QStringLiteral("Case code"));
    QCOMPARE(model.headerData(FamilyListModel::Duo, Qt::Horizontal).toString(),
             QStringLiteral("Duo"));

    int withDuo = 0;
    for (int row = 0; row < page->size(); ++row) {
        const FamilySummary &family = page->at(row);
        auto text = [&](int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(model.index(row, 0).data(FamilyListModel::IdRole).toLongLong(), family.id);
        QCOMPARE(text(FamilyListModel::CaseCode), family.caseCode);
        QCOMPARE(text(FamilyListModel::FamilyName), family.familyName);
        QCOMPARE(text(FamilyListModel::City), family.city);
        QCOMPARE(text(FamilyListModel::District), family.district);
        QCOMPARE(text(FamilyListModel::Status), DomainText::display(family.status));
        if (!family.duoName.isEmpty()) {
            QCOMPARE(text(FamilyListModel::Duo), family.duoName);
            ++withDuo;
        } else if (family.status != FamilyStatus::Closed) {
            QCOMPARE(text(FamilyListModel::Duo), QStringLiteral("Waiting for a duo"));
        }
    }
    QVERIFY(withDuo > 0);
    QCOMPARE(model.rowOf(page->at(5).id), 5);
    QCOMPARE(model.rowOf(-1), -1);
}

void TestFamilyListModel::emptyDatabase()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    DC_VERIFY_OK(db);
    FamilyListModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.familyId(0), qint64(0));
}

QTEST_MAIN(TestFamilyListModel)
#include "TestFamilyListModel.moc"
