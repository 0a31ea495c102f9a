// The Waiting list page in its Workspace: longest waiting first with the days waited; opening a
// family (double-click or Enter) selects it on the Families page, even past the loaded rows or
// behind a search; and the change notifier keeps both coordinator pages current.

#include "CaseloadModel.h"
#include "CaseloadPage.h"
#include "FamilyDetailPane.h"
#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "UiTestSupport.h"
#include "WaitingListModel.h"
#include "WaitingListPage.h"
#include "Workspace.h"
#include "services/ChangeNotifier.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <climits>

class TestWaitingListPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void longestWaitingFirst();
    void openingJumpsToTheFamily_data();
    void openingJumpsToTheFamily();
    void jumpClearsAHidingSearch();
    void showingOnALaterDayCountsAgain();
    void assigningADuoRefreshesBothPages();
    void signalsReachThePagesThatShowThem_data();
    void signalsReachThePagesThatShowThem();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
};

void TestWaitingListPage::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestWaitingListPage::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = UiTestSupport::demoDatabase(m_dir->filePath(QStringLiteral("waiting.sqlite")), 200);
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_workspace->caseloadPage()->setDay(UiTestSupport::today());
    m_workspace->waitingListPage()->setDay(UiTestSupport::today());
    m_workspace->reload();
    m_workspace->resize(1200, 800);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    m_workspace->setCurrentPage(Workspace::WaitingList);
}

void TestWaitingListPage::cleanup()
{
    m_workspace.reset(); // the pages go before their database
    m_db.reset();
    m_dir.reset();
}

void TestWaitingListPage::longestWaitingFirst()
{
    WaitingListPage *page = m_workspace->waitingListPage();
    QAbstractItemModel *table = page->table()->model();
    QVERIFY(table->rowCount() > 5);
    QDate previous;
    int previousDays = INT_MAX;
    for (int row = 0; row < table->rowCount(); ++row) {
        const int days = table->index(row, WaitingListModel::DaysWaiting).data().toInt();
        const QDate referred = QDate::fromJulianDay(table->index(row, WaitingListModel::ReferredOn)
                                                        .data(WaitingListModel::SortRole)
                                                        .toLongLong());
        QCOMPARE(days, int(referred.daysTo(UiTestSupport::today())));
        QVERIFY(days <= previousDays);
        QVERIFY(!previous.isValid() || previous <= referred);
        previous = referred;
        previousDays = days;
    }
    const int longest = table->index(0, WaitingListModel::DaysWaiting).data().toInt();
    QCOMPARE(page->summary()->text(),
             QStringLiteral("Families waiting for a duo: %1 · longest wait: %2 days")
                 .arg(table->rowCount())
                 .arg(longest));
}

void TestWaitingListPage::openingJumpsToTheFamily_data()
{
    QTest::addColumn<bool>("keyboard");
    QTest::addColumn<int>("row");
    QTest::newRow("double-click the longest waiting") << false << 0;
    QTest::newRow("double-click one further down") << false << 5;
    QTest::newRow("Enter on a selected family") << true << 3;
}

void TestWaitingListPage::openingJumpsToTheFamily()
{
    QFETCH(bool, keyboard);
    QFETCH(int, row);

    // Small pages, so most waiting families are not loaded on the Families page yet.
    FamilyPage *families = m_workspace->familyPage();
    families->model()->setPageSize(10);
    families->reload();

    QTableView *table = m_workspace->waitingListPage()->table();
    const QModelIndex index = table->model()->index(row, WaitingListModel::FamilyName);
    const qint64 id = index.data(WaitingListModel::IdRole).toLongLong();
    QVERIFY(id > 0);
    if (keyboard) {
        table->setFocus();
        table->setCurrentIndex(index);
        QTest::keyClick(table, Qt::Key_Return);
    } else {
        table->scrollTo(index);
        // The first click of the pair: QTest::mouseDClick sends only the second one.
        const QPoint centre = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    }
    QCOMPARE(m_workspace->currentPage(), Workspace::Families);
    const QModelIndex current = families->table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(families->model()->familyId(current.row()), id);
    QTRY_COMPARE(families->detailPane()->familyId(), id);
}

void TestWaitingListPage::jumpClearsAHidingSearch()
{
    FamilyPage *families = m_workspace->familyPage();
    m_workspace->setCurrentPage(Workspace::Families);
    families->searchField()->setText(QStringLiteral("no family is called this"));
    QTRY_COMPARE(families->model()->rowCount(), 0);
    m_workspace->setCurrentPage(Workspace::WaitingList);

    const qint64 id = m_workspace->waitingListPage()->model()->row(0).id;
    m_workspace->showFamily(id);
    QVERIFY(families->searchField()->text().isEmpty());
    QCOMPARE(families->model()->familyId(families->table()->currentIndex().row()), id);
}

void TestWaitingListPage::showingOnALaterDayCountsAgain()
{
    // As if the window stayed open overnight: the next time the page is shown, it counts again.
    WaitingListPage *page = m_workspace->waitingListPage();
    const int before = page->model()->row(0).daysWaiting;
    m_workspace->setCurrentPage(Workspace::Families);
    page->setDay(UiTestSupport::today().addDays(1));
    QCOMPARE(page->model()->row(0).daysWaiting, before);
    m_workspace->setCurrentPage(Workspace::WaitingList);
    QCOMPARE(page->model()->row(0).daysWaiting, before + 1);
    QCOMPARE(page->model()->countedOn(), UiTestSupport::today().addDays(1));
}

void TestWaitingListPage::assigningADuoRefreshesBothPages()
{
    WaitingListModel *waiting = m_workspace->waitingListPage()->model();
    CaseloadModel *caseloads = m_workspace->caseloadPage()->model();
    // Both pages seen once (a page is read when first shown).
    m_workspace->setCurrentPage(Workspace::Caseload);
    m_workspace->setCurrentPage(Workspace::WaitingList);
    const WaitingFamily family = waiting->row(0);
    QVERIFY(family.id > 0);
    const int waitingBefore = waiting->rowCount();

    auto duos = DuoStore(*m_db).all();
    DC_VERIFY_OK(duos);
    Duo duo;
    for (const Duo &candidate : duos.value())
        if (candidate.isActiveOn(UiTestSupport::today()))
            duo = candidate;
    QVERIFY(duo.id > 0);
    auto activeOf = [&](qint64 workerId) {
        for (const WorkerCaseload &row : caseloads->rows())
            if (row.workerId == workerId)
                return row.activeFamilies;
        return -1;
    };
    const int trustedBefore = activeOf(duo.trustedPersonId);
    const int professionalBefore = activeOf(duo.professionalId);
    QVERIFY(trustedBefore >= 0 && professionalBefore >= 0);

    QSignalSpy waitingResets(waiting, &QAbstractItemModel::modelReset);
    QSignalSpy caseloadResets(caseloads, &QAbstractItemModel::modelReset);
    DC_VERIFY_OK(AssignmentStore(*m_db).assign(family.id, duo.id, UiTestSupport::today()));
    // Nobody has announced the change yet: the pages still show what they read.
    QCOMPARE(waiting->rowCount(), waitingBefore);

    // A burst of announcements (as an import or a multi-step undo gives) is one reload.
    ChangeNotifier *notifier = m_workspace->notifier();
    emit notifier->assignmentsChanged({family.id});
    emit notifier->familiesChanged({family.id});
    emit notifier->assignmentsChanged({family.id});
    QTRY_COMPARE(waitingResets.count(), 1);
    QTRY_COMPARE(caseloadResets.count(), 1);
    QTest::qWait(20);
    QCOMPARE(waitingResets.count(), 1);
    QCOMPARE(caseloadResets.count(), 1);

    QCOMPARE(waiting->rowCount(), waitingBefore - 1);
    for (const WaitingFamily &row : waiting->rows())
        QVERIFY(row.id != family.id);
    QCOMPARE(activeOf(duo.trustedPersonId), trustedBefore + 1);
    QCOMPARE(activeOf(duo.professionalId), professionalBefore + 1);
}

void TestWaitingListPage::signalsReachThePagesThatShowThem_data()
{
    QTest::addColumn<QString>("signal");
    QTest::addColumn<bool>("caseload");
    QTest::addColumn<bool>("waitingList");
    QTest::newRow("assignments") << QStringLiteral("assignments") << true << true;
    QTest::newRow("families") << QStringLiteral("families") << true << true;
    QTest::newRow("workers") << QStringLiteral("workers") << true << false;
    QTest::newRow("duos") << QStringLiteral("duos") << true << false;
    QTest::newRow("organisations") << QStringLiteral("organisations") << true << false;
    QTest::newRow("database reset") << QStringLiteral("reset") << true << true;
    QTest::newRow("visits") << QStringLiteral("visits") << false << false;
}

void TestWaitingListPage::signalsReachThePagesThatShowThem()
{
    QFETCH(QString, signal);
    QFETCH(bool, caseload);
    QFETCH(bool, waitingList);

    QSignalSpy waitingResets(m_workspace->waitingListPage()->model(),
                             &QAbstractItemModel::modelReset);
    QSignalSpy caseloadResets(m_workspace->caseloadPage()->model(),
                              &QAbstractItemModel::modelReset);
    ChangeNotifier *notifier = m_workspace->notifier();
    if (signal == QLatin1String("assignments"))
        emit notifier->assignmentsChanged({});
    else if (signal == QLatin1String("families"))
        emit notifier->familiesChanged({});
    else if (signal == QLatin1String("workers"))
        emit notifier->workersChanged({});
    else if (signal == QLatin1String("duos"))
        emit notifier->duosChanged({});
    else if (signal == QLatin1String("organisations"))
        emit notifier->organisationsChanged({});
    else if (signal == QLatin1String("reset"))
        emit notifier->databaseReset();
    else if (signal == QLatin1String("visits"))
        emit notifier->visitsChanged({});
    // Reloads are queued to the event loop; give it a few turns.
    QTest::qWait(50);
    QCOMPARE(caseloadResets.count(), caseload ? 1 : 0);
    QCOMPARE(waitingResets.count(), waitingList ? 1 : 0);
}

QTEST_MAIN(TestWaitingListPage)
#include "TestWaitingListPage.moc"
