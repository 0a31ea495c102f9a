// The worker list: role, organisation, languages by name, district and caseload against the
// maximum, read whole from WorkerStore.

#include "UiTestSupport.h"
#include "WorkerListModel.h"
#include "domain/DomainText.h"
#include "domain/Languages.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestWorkerListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { UiTestSupport::failOnWarnings(); }

    void fixtureWorkers_data();
    void fixtureWorkers();
    void caseloadFollowsTheDay();
    void demoWorkersMatchTheStore();
    void emptyDatabase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    TestSupport::Fixture m_fixture;
};

void TestWorkerListModel::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("workers.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    const QString problem = TestSupport::makeFixture(*m_db, &m_fixture);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestWorkerListModel::fixtureWorkers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("caseload");
    // The fixture's family is assigned to duo A (El Amrani and Van Dijk) from 2026-02-01.
    QTest::newRow("trusted person of duo A")
        << QStringLiteral("Fatima El Amrani") << QStringLiteral("Trusted person")
        << QStringLiteral("Stichting Brug Overvecht") << QStringLiteral("1 / 8");
    QTest::newRow("professional of duo A")
        << QStringLiteral("Marieke van Dijk") << QStringLiteral("Professional")
        << QStringLiteral("Gezinskracht Utrecht") << QStringLiteral("1 / 8");
    QTest::newRow("trusted person of duo B")
        << QStringLiteral("Ayşe Yılmaz") << QStringLiteral("Trusted person")
        << QStringLiteral("Stichting Brug Overvecht") << QStringLiteral("0 / 8");
    QTest::newRow("professional of duo B")
        << QStringLiteral("Joost Hendriks") << QStringLiteral("Professional")
        << QStringLiteral("Gezinskracht Utrecht") << QStringLiteral("0 / 8");
}

void TestWorkerListModel::fixtureWorkers()
{
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(QString, organisation);
    QFETCH(QString, caseload);

    WorkerListModel model(*m_db, QDate(2026, 3, 1));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 4);
    const QModelIndexList found = model.match(model.index(0, WorkerListModel::Name),
                                              Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    const int row = found.constFirst().row();
    auto text = [&](int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(WorkerListModel::Role), role);
    QCOMPARE(text(WorkerListModel::Organisation), organisation);
    QCOMPARE(text(WorkerListModel::Languages), QStringLiteral("Dutch, Arabic"));
    QCOMPARE(text(WorkerListModel::District), QStringLiteral("Overvecht"));
    QCOMPARE(text(WorkerListModel::Caseload), caseload);
    // Sorting by caseload must compare numbers, not the "n / max" text.
    QCOMPARE(model.index(row, WorkerListModel::Caseload).data(WorkerListModel::SortRole).toInt(),
             caseload.section(QLatin1Char(' '), 0, 0).toInt());
}

void TestWorkerListModel::caseloadFollowsTheDay()
{
    // Before the assignment starts, nobody carries the family yet.
    WorkerListModel model(*m_db, m_fixture.assignedOn.addDays(-1));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.caseload(row), 0);
}

void TestWorkerListModel::demoWorkersMatchTheStore()
{
    QTemporaryDir dir;
    auto db = UiTestSupport::demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")));
    DC_VERIFY_OK(db);
    WorkerStore store(*db.value());
    auto workers = store.all();
    auto caseloads = store.caseloads(UiTestSupport::today());
    DC_VERIFY_OK(workers);
    DC_VERIFY_OK(caseloads);

    WorkerListModel model(*db.value(), UiTestSupport::today());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), workers->size());
    int carrying = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Worker &worker = workers->at(row);
        const int load = caseloads->value(worker.id);
        carrying += load > 0;
        QCOMPARE(model.index(row, 0).data(WorkerListModel::IdRole).toLongLong(), worker.id);
        QCOMPARE(model.index(row, WorkerListModel::Name).data().toString(), worker.name);
        QCOMPARE(model.index(row, WorkerListModel::Role).data().toString(),
                 DomainText::display(worker.role));
        QCOMPARE(model.index(row, WorkerListModel::Languages).data().toString(),
                 Languages::names(worker.languages));
        QCOMPARE(model.index(row, WorkerListModel::Caseload).data().toString(),
                 QStringLiteral("%1 / %2").arg(load).arg(worker.maxCaseload));
    }
    QVERIFY(carrying > 0);
}

void TestWorkerListModel::emptyDatabase()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    DC_VERIFY_OK(db);
    WorkerListModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestWorkerListModel)
#include "TestWorkerListModel.moc"
