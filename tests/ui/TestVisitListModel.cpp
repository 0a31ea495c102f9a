// The visit log model: newest first, paged through VisitStore with a keyset cursor, filtered,
// and what each column shows.

#include "DisplayText.h"
#include "UiTestSupport.h"
#include "VisitListModel.h"
#include "domain/DomainText.h"
#include "storage/VisitStore.h"

#include <QAbstractItemModelTester>
#include <QTest>

Q_DECLARE_METATYPE(VisitStatus)

class TestVisitListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { UiTestSupport::failOnWarnings(); }

    void pagesNewestFirst_data();
    void pagesNewestFirst();
    void filterByFamily();
    void pagesLetGoAreReadAgain();
    void columnsShowTheVisit();
    void presence_data();
    void presence();
    void emptyDatabase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestVisitListModel::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    auto db = UiTestSupport::demoDatabase(m_dir.filePath(QStringLiteral("visits.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void TestVisitListModel::pagesNewestFirst_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("small pages") << 50;
    QTest::newRow("odd page size") << 333;
    QTest::newRow("default page size") << 200;
}

void TestVisitListModel::pagesNewestFirst()
{
    QFETCH(int, pageSize);
    auto total = VisitStore(*m_db).count(VisitFilter());
    DC_VERIFY_OK(total);
    QVERIFY2(total.value() > 2 * pageSize, "the demo data should span several pages");

    VisitListModel model(*m_db);
    model.setPageSize(pageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), pageSize);
    QCOMPARE(model.totalCount(), total.value());

    int fetches = 0;
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        ++fetches;
    }
    QCOMPARE(fetches, (total.value() + pageSize - 1) / pageSize - 1);
    QCOMPARE(model.rowCount(), total.value());
    // Scrolled to the end, only the last pages are held, not every visit.
    QVERIFY(model.cachedRows() <= VisitListModel::CachedPages * pageSize);

    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Visit visit = model.visit(row);
        ids.insert(visit.id);
        if (row == 0)
            continue;
        const Visit newer = model.visit(row - 1);
        QVERIFY2(
            newer.start > visit.start || (newer.start == visit.start && newer.id > visit.id),
            qPrintable(QStringLiteral("row %1 is not older than row %2").arg(row).arg(row - 1)));
    }
    QCOMPARE(ids.size(), total.value());
}

void TestVisitListModel::filterByFamily()
{
    auto anyVisit = VisitStore(*m_db).page(VisitFilter(), std::nullopt, 1);
    DC_VERIFY_OK(anyVisit);
    VisitFilter filter;
    filter.familyId = anyVisit->constFirst().familyId;
    auto expected = VisitStore(*m_db).count(filter);
    DC_VERIFY_OK(expected);

    VisitListModel model(*m_db);
    model.setPageSize(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), expected.value());
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), expected.value());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.visit(row).familyId, filter.familyId);
}

void TestVisitListModel::pagesLetGoAreReadAgain()
{
    auto all = VisitStore(*m_db).page(VisitFilter(), std::nullopt, 100000);
    DC_VERIFY_OK(all);
    const int pageSize = 7;
    QVERIFY(all->size() > 3 * VisitListModel::CachedPages * pageSize);

    VisitListModel model(*m_db);
    model.setPageSize(pageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), all->size());
    QVERIFY(model.cachedRows() <= VisitListModel::CachedPages * pageSize);
    // Back to the top, then jumping about as a scroll bar drag does: every row is the visit
    // the store has in that place, read again where its page was let go.
    const QList<int> rows = {0, pageSize - 1,         pageSize,         int(all->size()) / 2,
                             1, int(all->size()) - 1, 3 * pageSize + 2, 0};
    for (int row : rows) {
        QCOMPARE(model.index(row, 0).data(VisitListModel::IdRole).toLongLong(), all->at(row).id);
        QCOMPARE(model.visit(row).start, all->at(row).start);
        QVERIFY(model.cachedRows() <= VisitListModel::CachedPages * pageSize);
    }
}

void TestVisitListModel::columnsShowTheVisit()
{
    auto page = VisitStore(*m_db).page(VisitFilter(), std::nullopt, 200);
    DC_VERIFY_OK(page);
    VisitListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.columnCount(), int(VisitListModel::ColumnCount));
    QCOMPARE(model.headerData(VisitListModel::Present, Qt::Horizontal).toString(),
             QStringLiteral("Present"));
    for (int row = 0; row < page->size(); ++row) {
        const Visit &visit = page->at(row);
        auto text = [&](int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(model.index(row, 0).data(VisitListModel::IdRole).toLongLong(), visit.id);
        QCOMPARE(text(VisitListModel::Start),
                 QLocale().toString(visit.start, QLocale::ShortFormat));
        QCOMPARE(text(VisitListModel::CaseCode), visit.caseCode);
        QCOMPARE(text(VisitListModel::FamilyName), visit.familyName);
        QCOMPARE(text(VisitListModel::Duo), visit.duoName);
        QCOMPARE(text(VisitListModel::Status), DomainText::display(visit.status));
        QCOMPARE(text(VisitListModel::Duration),
                 QStringLiteral("%1 min").arg(visit.durationMinutes));
        QCOMPARE(text(VisitListModel::Present), DisplayText::presence(visit));
    }
}

void TestVisitListModel::presence_data()
{
    QTest::addColumn<VisitStatus>("status");
    QTest::addColumn<bool>("trustedPerson");
    QTest::addColumn<bool>("professional");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both") << VisitStatus::Done << true << true << QStringLiteral("Both");
    QTest::newRow("trusted person")
        << VisitStatus::Done << true << false << QStringLiteral("Trusted person only");
    QTest::newRow("professional") << VisitStatus::Done << false << true
                                  << QStringLiteral("Professional only");
    QTest::newRow("done, nobody") << VisitStatus::Done << false << false
                                  << QStringLiteral("Neither");
    QTest::newRow("planned") << VisitStatus::Planned << false << false << QString();
    QTest::newRow("no-show") << VisitStatus::NoShow << false << false << QString();
}

void TestVisitListModel::presence()
{
    QFETCH(VisitStatus, status);
    QFETCH(bool, trustedPerson);
    QFETCH(bool, professional);
    QFETCH(QString, expected);
    Visit visit;
    visit.status = status;
    visit.trustedPersonPresent = trustedPerson;
    visit.professionalPresent = professional;
    QCOMPARE(DisplayText::presence(visit), expected);
}

void TestVisitListModel::emptyDatabase()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    DC_VERIFY_OK(db);
    VisitListModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

QTEST_MAIN(TestVisitListModel)
#include "TestVisitListModel.moc"
