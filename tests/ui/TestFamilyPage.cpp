// The Families page as a user drives it: typing into the search filters the list (through core,
// debounced), the view pages in more rows when scrolled, and selecting a family fills the
// detail pane with its household, duo and latest visits.

#include "DisplayText.h"
#include "FamilyDetailPane.h"
#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "UiTestSupport.h"
#include "domain/DomainText.h"
#include "storage/VisitStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class TestFamilyPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { UiTestSupport::failOnWarnings(); }

    void typingFilters_data();
    void typingFilters();
    void clearingTheSearchShowsEveryone();
    void firstFamilyIsShownAtStart();
    void selectingFillsTheDetailPane_data();
    void selectingFillsTheDetailPane();
    void scrollingFetchesMore();

private:
    FamilySummary familyAt(int offset);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFamilyPage::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    auto db = UiTestSupport::demoDatabase(m_dir.filePath(QStringLiteral("page.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
}

FamilySummary TestFamilyPage::familyAt(int offset)
{
    auto page = FamilyStore(*m_db).page(QString(), QString(), offset + 1);
    return page && page->size() > offset ? page->at(offset) : FamilySummary();
}

void TestFamilyPage::typingFilters_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedFirstCaseCode"); // empty: no row expected

    const FamilySummary family = familyAt(7);
    QVERIFY(family.id > 0);
    auto firstMatch = [this](const QString &search) {
        auto page = FamilyStore(*m_db).page(search, QString(), 1);
        return page && !page->isEmpty() ? page->constFirst().caseCode : QString();
    };
    QTest::newRow("case code") << family.caseCode << family.caseCode;
    QTest::newRow("family name") << family.familyName << firstMatch(family.familyName);
    QTest::newRow("district") << family.district << firstMatch(family.district);
    QTest::newRow("district, lower case")
        << family.district.toLower() << firstMatch(family.district);
    QTest::newRow("no match") << QStringLiteral("Nobody here") << QString();
}

void TestFamilyPage::typingFilters()
{
    QFETCH(QString, typed);
    QFETCH(QString, expectedFirstCaseCode);
    auto expected = FamilyStore(*m_db).count(typed);
    DC_VERIFY_OK(expected);

    FamilyPage page(*m_db);
    page.reload();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    FamilyListModel *model = page.model();
    QCOMPARE(model->rowCount(), 60);

    QTest::keyClicks(page.searchField(), typed);
    QTRY_COMPARE(model->search(), typed.trimmed());
    QTRY_COMPARE(model->rowCount(), expected.value());
    QCOMPARE(model->totalCount(), expected.value());
    if (expectedFirstCaseCode.isEmpty()) {
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(page.detailPane()->familyId(), qint64(0));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("familyDetailHint"))->text(),
                 QStringLiteral("No family matches \"%1\".").arg(typed));
        return;
    }
    QVERIFY(model->rowCount() < 60);
    QCOMPARE(model->index(0, FamilyListModel::CaseCode).data().toString(), expectedFirstCaseCode);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString line =
            model->index(row, FamilyListModel::CaseCode).data().toString() + QLatin1Char('|') +
            model->index(row, FamilyListModel::FamilyName).data().toString() + QLatin1Char('|') +
            model->index(row, FamilyListModel::District).data().toString();
        QVERIFY2(line.contains(typed, Qt::CaseInsensitive), qPrintable(line));
    }
    // The first match is shown at once, so a search for one family needs no extra click.
    QTRY_COMPARE(page.detailPane()->familyId(), model->familyId(0));
}

void TestFamilyPage::clearingTheSearchShowsEveryone()
{
    FamilyPage page(*m_db);
    page.reload();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const FamilySummary family = familyAt(3);
    QTest::keyClicks(page.searchField(), family.caseCode);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QTRY_COMPARE(page.detailPane()->familyId(), family.id);

    page.searchField()->clear();
    QTRY_COMPARE(page.model()->rowCount(), 60);
    // The family being read stays selected when the list widens again.
    QCOMPARE(page.detailPane()->familyId(), family.id);
    QCOMPARE(page.table()->currentIndex().row(), page.model()->rowOf(family.id));
}

void TestFamilyPage::firstFamilyIsShownAtStart()
{
    FamilyPage page(*m_db);
    page.reload();
    const FamilySummary first = familyAt(0);
    QCOMPARE(page.table()->currentIndex().row(), 0);
    QCOMPARE(page.detailPane()->familyId(), first.id);
    auto *title = page.findChild<QLabel *>(QStringLiteral("familyTitle"));
    QVERIFY(title);
    QVERIFY(title->text().contains(first.caseCode));
}

void TestFamilyPage::selectingFillsTheDetailPane_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("second row") << 1;
    QTest::newRow("a later row") << 23;
    QTest::newRow("last row") << 59;
}

void TestFamilyPage::selectingFillsTheDetailPane()
{
    QFETCH(int, row);
    FamilyPage page(*m_db);
    page.resize(1200, 700);
    page.reload();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QTableView *table = page.table();
    const QModelIndex index = page.model()->index(row, FamilyListModel::FamilyName);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    const qint64 id = page.model()->familyId(row);
    QTRY_COMPARE(page.detailPane()->familyId(), id);

    auto family = FamilyStore(*m_db).get(id);
    auto members = FamilyStore(*m_db).members(id);
    auto current = AssignmentStore(*m_db).current(id);
    auto history = AssignmentStore(*m_db).history(id);
    VisitFilter filter;
    filter.familyId = id;
    auto visits = VisitStore(*m_db).page(filter, std::nullopt, FamilyDetailPane::RecentVisits);
    DC_VERIFY_OK(family);
    DC_VERIFY_OK(members);
    DC_VERIFY_OK(current);
    DC_VERIFY_OK(history);
    DC_VERIFY_OK(visits);

    auto *details = page.findChild<QStackedWidget *>(QStringLiteral("familyDetailStack"));
    QVERIFY(details);
    QCOMPARE(details->currentIndex(), 1);
    auto *title = page.findChild<QLabel *>(QStringLiteral("familyTitle"));
    QVERIFY(title->text().contains(family->caseCode));
    QVERIFY(title->text().contains(family->familyName));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("familyStatus"))->text(),
             DomainText::display(family->status));

    auto *household = page.findChild<QTableWidget *>(QStringLiteral("householdList"));
    QCOMPARE(household->rowCount(), members->size());
    for (int i = 0; i < members->size(); ++i) {
        QCOMPARE(household->item(i, 0)->text(), members->at(i).firstName);
        QCOMPARE(household->item(i, 1)->text(), DomainText::display(members->at(i).role));
        QCOMPARE(household->item(i, 2)->text(), DisplayText::birthYear(members->at(i).birthYear));
    }

    const QString currentDuo = page.findChild<QLabel *>(QStringLiteral("currentDuo"))->text();
    if (current.value())
        QVERIFY2(currentDuo.contains(current.value()->duoName.toHtmlEscaped()),
                 qPrintable(currentDuo));
    else
        QVERIFY(currentDuo.startsWith(QStringLiteral("No duo")));
    auto *duoHistory = page.findChild<QTableWidget *>(QStringLiteral("duoHistory"));
    QCOMPARE(duoHistory->rowCount(), history->size());
    for (int i = 0; i < history->size(); ++i)
        QCOMPARE(duoHistory->item(i, 0)->text(), history->at(i).duoName);

    auto *recent = page.findChild<QTableWidget *>(QStringLiteral("recentVisits"));
    QCOMPARE(recent->rowCount(), visits->size());
    QVERIFY(recent->rowCount() <= FamilyDetailPane::RecentVisits);
    for (int i = 0; i < visits->size(); ++i)
        QCOMPARE(recent->item(i, 0)->text(),
                 QLocale().toString(visits->at(i).start, QLocale::ShortFormat));
}

void TestFamilyPage::scrollingFetchesMore()
{
    FamilyPage page(*m_db);
    page.model()->setPageSize(10);
    page.resize(1000, 400);
    page.reload();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 10);
    // The view asks for the next page itself when the user reaches the end of the list.
    for (int attempt = 0; attempt < 10 && page.model()->rowCount() < 60; ++attempt) {
        page.table()->scrollToBottom();
        QTest::qWait(20);
    }
    QTRY_COMPARE(page.model()->rowCount(), 60);
    QVERIFY(!page.model()->canFetchMore(QModelIndex()));
}

QTEST_MAIN(TestFamilyPage)
#include "TestFamilyPage.moc"
