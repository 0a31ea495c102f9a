// The caseload table model: each worker's active families against the maximum, with free
// places as a number, "Full" or "n too many"; over-full rows marked by icon and colour as well;
// numbers sorting as numbers; the organisation filter; archived workers only while carrying;
// trusted persons without recent training, network meeting or debrief named in words.

#include "CaseloadModel.h"
#include "UiTestSupport.h"
#include "domain/DomainText.h"
#include "storage/DebriefStore.h"
#include "storage/TrainingStore.h"
#include "storage/VisitStore.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QTest>

class TestCaseloadModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void freePlaces_data();
    void freePlaces();
    void columnsAndSortValues();
    void organisationFilter();
    void archivedWorkerStillCarrying();
    void demoMatchesTheReport();
    void emptyDatabase();
    void careForTrustedPersons();

private:
    // A trusted person of the fixture's community with `maximum` places and `families` families.
    qint64 addLoadedWorker(int maximum, int families);
    int rowOf(const CaseloadModel &model, qint64 workerId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    TestSupport::Fixture m_fixture;
};

void TestCaseloadModel::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestCaseloadModel::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("caseload.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_fixture = TestSupport::Fixture();
    const QString problem = TestSupport::makeFixture(*m_db, &m_fixture);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCaseloadModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestCaseloadModel::addLoadedWorker(int maximum, int families)
{
    Worker worker = TestSupport::worker(QStringLiteral("Samira Haddou"), WorkerRole::TrustedPerson,
                                        m_fixture.community);
    worker.maxCaseload = maximum;
    auto workerId = WorkerStore(*m_db).add(worker);
    if (!workerId)
        return 0;
    Duo duo;
    duo.trustedPersonId = workerId.value();
    duo.professionalId = m_fixture.professionalB;
    duo.from = m_fixture.duosFrom;
    auto duoId = DuoStore(*m_db).add(duo);
    if (!duoId)
        return 0;
    for (int i = 0; i < families; ++i) {
        auto family = FamilyStore(*m_db).add(
            TestSupport::family(QStringLiteral("Family %1").arg(i), QDate(2026, 1, 10)));
        if (!family || !AssignmentStore(*m_db).assign(family->id, duoId.value(), QDate(2026, 2, 1)))
            return 0;
    }
    return workerId.value();
}

int TestCaseloadModel::rowOf(const CaseloadModel &model, qint64 workerId) const
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.row(row).workerId == workerId)
            return row;
    return -1;
}

void TestCaseloadModel::freePlaces_data()
{
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("families");
    QTest::addColumn<QString>("text");
    QTest::addColumn<CaseloadModel::State>("state");

    QTest::newRow("room") << 3 << 1 << QStringLiteral("2") << CaseloadModel::Room;
    QTest::newRow("exactly at the maximum")
        << 2 << 2 << QStringLiteral("Full") << CaseloadModel::Full;
    QTest::newRow("one above") << 1 << 2 << QStringLiteral("1 too many") << CaseloadModel::OverFull;
    QTest::newRow("three above") << 1 << 4 << QStringLiteral("3 too many")
                                 << CaseloadModel::OverFull;
}

void TestCaseloadModel::freePlaces()
{
    QFETCH(int, maximum);
    QFETCH(int, families);
    QFETCH(QString, text);
    QFETCH(CaseloadModel::State, state);

    const qint64 id = addLoadedWorker(maximum, families);
    QVERIFY(id > 0);
    CaseloadModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDay(QDate(2026, 3, 1));
    model.reload();
    const int row = rowOf(model, id);
    QVERIFY(row >= 0);
    const QModelIndex name = model.index(row, CaseloadModel::Name);
    const QModelIndex free = model.index(row, CaseloadModel::FreePlaces);
    QCOMPARE(free.data().toString(), text);
    QCOMPARE(free.data(CaseloadModel::SortRole).toInt(), maximum - families);
    QCOMPARE(name.data(CaseloadModel::StateRole).toInt(), int(state));
    // Over-full is said three ways: an icon, the "too many" text and a tinted row.
    const bool over = state == CaseloadModel::OverFull;
    QCOMPARE(!name.data(Qt::DecorationRole).value<QIcon>().isNull(), over);
    QCOMPARE(name.data(Qt::BackgroundRole).isValid(), over);
    QCOMPARE(free.data(Qt::BackgroundRole).isValid(), over);
    QCOMPARE(name.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Over-full")), over);
}

void TestCaseloadModel::columnsAndSortValues()
{
    CaseloadModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDay(QDate(2026, 3, 1));
    model.reload();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(CaseloadModel::ColumnCount));
    const int row = rowOf(model, m_fixture.trustedA);
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(CaseloadModel::Name).toString(), QStringLiteral("Fatima El Amrani"));
    QCOMPARE(cell(CaseloadModel::Role).toString(), DomainText::display(WorkerRole::TrustedPerson));
    QCOMPARE(cell(CaseloadModel::Organisation).toString(),
             QStringLiteral("Stichting Brug Overvecht"));
    QCOMPARE(cell(CaseloadModel::ActiveFamilies).toInt(), 1);
    QCOMPARE(cell(CaseloadModel::Maximum).toInt(), 8);
    QCOMPARE(cell(CaseloadModel::FreePlaces).toString(), QStringLiteral("7"));
    QCOMPARE(cell(CaseloadModel::Name, CaseloadModel::IdRole).toLongLong(), m_fixture.trustedA);
    // Numbers sort as numbers, text as text.
    QCOMPARE(cell(CaseloadModel::ActiveFamilies, CaseloadModel::SortRole).toInt(), 1);
    QCOMPARE(cell(CaseloadModel::Maximum, CaseloadModel::SortRole).toInt(), 8);
    QCOMPARE(cell(CaseloadModel::Name, CaseloadModel::SortRole).toString(),
             QStringLiteral("Fatima El Amrani"));
    QCOMPARE(cell(CaseloadModel::ActiveFamilies, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignCenter));
    QCOMPARE(model.headerData(CaseloadModel::FreePlaces, Qt::Horizontal).toString(),
             QStringLiteral("Free places"));
}

void TestCaseloadModel::organisationFilter()
{
    CaseloadModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDay(QDate(2026, 3, 1));
    model.reload();
    const auto organisations = model.organisations();
    QCOMPARE(organisations.size(), 2);
    // By name: Gezinskracht before Stichting.
    QCOMPARE(organisations.at(0).first, m_fixture.provider);
    QCOMPARE(organisations.at(1).first, m_fixture.community);

    model.setOrganisationFilter(m_fixture.provider);
    QCOMPARE(model.rowCount(), 2);
    for (const WorkerCaseload &row : model.rows())
        QCOMPARE(row.organisationId, m_fixture.provider);
    // A reload keeps the filter, and the choices stay those of everyone.
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.organisations().size(), 2);

    model.setOrganisationFilter(0);
    QCOMPARE(model.rowCount(), 4);
}

void TestCaseloadModel::archivedWorkerStillCarrying()
{
    DC_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE workers SET active = 0 WHERE id = ?"),
                            {m_fixture.trustedA}));
    CaseloadModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDay(QDate(2026, 3, 1));
    model.reload();
    const int row = rowOf(model, m_fixture.trustedA);
    QVERIFY(row >= 0);
    const QModelIndex name = model.index(row, CaseloadModel::Name);
    QCOMPARE(name.data().toString(), QStringLiteral("Fatima El Amrani (archived)"));
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("archived")));
}

void TestCaseloadModel::demoMatchesTheReport()
{
    QTemporaryDir dir;
    auto db = UiTestSupport::demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")));
    DC_VERIFY_OK(db);
    auto report = CaseloadReport(*db.value()).workers(UiTestSupport::today());
    DC_VERIFY_OK(report);

    CaseloadModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDay(UiTestSupport::today());
    model.reload();
    QCOMPARE(model.rowCount(), report->size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const WorkerCaseload &expected = report->at(row);
        QCOMPARE(model.index(row, 0).data(CaseloadModel::IdRole).toLongLong(), expected.workerId);
        QCOMPARE(model.index(row, CaseloadModel::ActiveFamilies).data().toInt(),
                 expected.activeFamilies);
        QCOMPARE(model.index(row, CaseloadModel::Maximum).data().toInt(), expected.maxCaseload);
    }
}

void TestCaseloadModel::emptyDatabase()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    DC_VERIFY_OK(db);
    CaseloadModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.organisations().isEmpty());
    model.setOrganisationFilter(42); // unknown: shows nothing, fails nothing
    model.reload();
    QCOMPARE(model.organisationFilter(), qint64(0));
}

void TestCaseloadModel::careForTrustedPersons()
{
    const QDate day(2026, 3, 1);
    CaseloadModel model(*m_db);
    model.setDay(day);
    model.reload();
    const auto care = [&](qint64 worker) {
        return model.index(rowOf(model, worker), CaseloadModel::Care).data().toString();
    };
    // Nothing recorded: flagged in words; a professional has no such column.
    QCOMPARE(care(m_fixture.trustedA), QStringLiteral("Nothing in 12 months"));
    QCOMPARE(care(m_fixture.professionalA), QString());
    // A course completed this winter is recent.
    Training course;
    course.workerId = m_fixture.trustedA;
    course.course = QStringLiteral("Basistraining vertrouwenspersoon");
    course.startedOn = QDate(2026, 1, 5);
    course.endedOn = QDate(2026, 2, 9);
    course.completed = true;
    DC_VERIFY_OK(TrainingStore(*m_db).add(course, day));
    // A debrief asked for and not held stands out above all.
    Visit heavy;
    heavy.familyId = m_fixture.family.id;
    heavy.duoId = m_fixture.duoA;
    heavy.start = QDateTime(QDate(2026, 2, 20), QTime(10, 0));
    heavy.status = VisitStatus::Done;
    heavy.trustedPersonPresent = true;
    auto visit = VisitStore(*m_db).add(heavy);
    DC_VERIFY_OK(visit);
    DC_VERIFY_OK(DebriefStore(*m_db).ask(visit.value(), m_fixture.professionalA, day));
    DC_VERIFY_OK(DebriefStore(*m_db).ask(visit.value(), m_fixture.trustedA, day));
    model.reload();
    QCOMPARE(care(m_fixture.trustedA), QStringLiteral("Debrief asked for"));
    QVERIFY(model.index(rowOf(model, m_fixture.trustedA), CaseloadModel::Care)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Last course completed: %1.")
                                .arg(QLocale().toString(QDate(2026, 2, 9), QLocale::ShortFormat))));
    auto open = DebriefStore(*m_db).open();
    DC_VERIFY_OK(open);
    for (const Debrief &d : open.value())
        if (d.workerId == m_fixture.trustedA)
            DC_VERIFY_OK(DebriefStore(*m_db).setHeld(d.id, day, QStringLiteral("Petra"), day));
    model.reload();
    QCOMPARE(care(m_fixture.trustedA), QStringLiteral("Recent"));
}

QTEST_MAIN(TestCaseloadModel)
#include "TestCaseloadModel.moc"
