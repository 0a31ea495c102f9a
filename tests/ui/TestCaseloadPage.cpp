// The Caseload page as a coordinator sees it: the table says what CaseloadReport says, over-full
// workers are marked and come first, the chart draws one bar per shown worker (the fullest N),
// the organisation filter narrows table and chart, and five hundred workers stay quick.

#include "CaseloadChart.h"
#include "CaseloadModel.h"
#include "CaseloadPage.h"
#include "UiTestSupport.h"
#include "domain/DomainText.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QIcon>
#include <QLabel>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

class TestCaseloadPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { UiTestSupport::failOnWarnings(); }

    void tableEqualsTheReport();
    void overFullIsMarkedAndFirst();
    void chartHasOneValuePerShownWorker_data();
    void chartHasOneValuePerShownWorker();
    void clickingABarSelectsTheWorker();
    void numbersSortAsNumbers();
    void organisationFilterNarrowsTableAndChart();
    void fiveHundredWorkersStayQuick();
    // Issue 13, point 20: with a few workers the axes read whole, also with a 150 % font.
    void fewWorkersKeepTheirAxisLabels_data();
    void fewWorkersKeepTheirAxisLabels();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCaseloadPage::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    // Enough families for forty-odd workers: more than the chart draws by default.
    auto db = UiTestSupport::demoDatabase(m_dir.filePath(QStringLiteral("caseload.sqlite")), 200);
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void TestCaseloadPage::tableEqualsTheReport()
{
    auto report = CaseloadReport(*m_db).workers(UiTestSupport::today());
    DC_VERIFY_OK(report);
    QHash<qint64, WorkerCaseload> expected;
    for (const WorkerCaseload &row : report.value())
        expected.insert(row.workerId, row);

    CaseloadPage page(*m_db, nullptr);
    page.setDay(UiTestSupport::today());
    page.reload();
    QAbstractItemModel *table = page.table()->model();
    QCOMPARE(table->rowCount(), expected.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        auto text = [&](int column) {
            return table->index(row, column).data().toString();
        };
        const qint64 id = table->index(row, 0).data(CaseloadModel::IdRole).toLongLong();
        QVERIFY(expected.contains(id));
        const WorkerCaseload &worker = expected.value(id);
        QCOMPARE(text(CaseloadModel::Name), worker.name);
        QCOMPARE(text(CaseloadModel::Role), DomainText::display(worker.role));
        QCOMPARE(text(CaseloadModel::Organisation), worker.organisationName);
        QCOMPARE(text(CaseloadModel::ActiveFamilies), QString::number(worker.activeFamilies));
        QCOMPARE(text(CaseloadModel::Maximum), QString::number(worker.maxCaseload));
        const QString free = worker.isOverFull()
                                 ? QStringLiteral("%1 too many").arg(-worker.freePlaces())
                             : worker.isFull() ? QStringLiteral("Full")
                                               : QString::number(worker.freePlaces());
        QCOMPARE(text(CaseloadModel::FreePlaces), free);
    }
    // Fewest free places first.
    for (int row = 1; row < table->rowCount(); ++row)
        QVERIFY(table->index(row - 1, CaseloadModel::FreePlaces)
                    .data(CaseloadModel::SortRole)
                    .toInt() <=
                table->index(row, CaseloadModel::FreePlaces).data(CaseloadModel::SortRole).toInt());
}

void TestCaseloadPage::overFullIsMarkedAndFirst()
{
    // A small world of its own, with one trusted person carrying three families for one place.
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("overfull.sqlite")));
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    TestSupport::Fixture fixture;
    QCOMPARE(TestSupport::makeFixture(db, &fixture), QString());
    Worker samira = TestSupport::worker(QStringLiteral("Samira Haddou"), WorkerRole::TrustedPerson,
                                        fixture.community);
    samira.maxCaseload = 1;
    auto samiraId = WorkerStore(db).add(samira);
    DC_VERIFY_OK(samiraId);
    Duo duo;
    duo.trustedPersonId = samiraId.value();
    duo.professionalId = fixture.professionalB;
    duo.from = fixture.duosFrom;
    auto duoId = DuoStore(db).add(duo);
    DC_VERIFY_OK(duoId);
    for (int i = 0; i < 3; ++i) {
        auto family = FamilyStore(db).add(
            TestSupport::family(QStringLiteral("Family %1").arg(i), QDate(2026, 1, 10)));
        DC_VERIFY_OK(family);
        DC_VERIFY_OK(AssignmentStore(db).assign(family->id, duoId.value(), QDate(2026, 2, 1)));
    }

    CaseloadPage page(db, nullptr);
    page.setDay(QDate(2026, 3, 1));
    page.reload();
    QAbstractItemModel *table = page.table()->model();
    const QModelIndex name = table->index(0, CaseloadModel::Name);
    QCOMPARE(name.data(CaseloadModel::IdRole).toLongLong(), samiraId.value());
    QCOMPARE(name.data(CaseloadModel::StateRole).toInt(), int(CaseloadModel::OverFull));
    QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(name.data(Qt::BackgroundRole).isValid());
    QCOMPARE(table->index(0, CaseloadModel::FreePlaces).data().toString(),
             QStringLiteral("2 too many"));
    // Nobody else is marked.
    for (int row = 1; row < table->rowCount(); ++row)
        QVERIFY(table->index(row, CaseloadModel::Name).data(Qt::DecorationRole).isNull());
    QVERIFY2(page.summary()->text().contains(QStringLiteral("over-full: 1")),
             qPrintable(page.summary()->text()));

    // On top of the chart, with two families in the red "above the maximum" part.
    const CaseloadChart *chart = page.chart();
    QCOMPARE(chart->shown().constFirst().workerId, samiraId.value());
    const QList<QBarSet *> sets = chart->series()->barSets();
    QCOMPARE(sets.size(), 3);
    const int top = int(chart->shown().size()) - 1; // bars run bottom to top
    QCOMPARE(sets.at(0)->at(top), 1.0);             // within the maximum
    QCOMPARE(sets.at(1)->at(top), 0.0);             // free
    QCOMPARE(sets.at(2)->at(top), 2.0);             // above the maximum
}

void TestCaseloadPage::chartHasOneValuePerShownWorker_data()
{
    QTest::addColumn<int>("limitIndex");
    QTest::addColumn<int>("limit");
    for (int i = 0; i < int(std::size(CaseloadPage::ChartLimits)); ++i)
        QTest::addRow("the %d fullest", CaseloadPage::ChartLimits[i])
            << i << CaseloadPage::ChartLimits[i];
}

void TestCaseloadPage::chartHasOneValuePerShownWorker()
{
    QFETCH(int, limitIndex);
    QFETCH(int, limit);

    CaseloadPage page(*m_db, nullptr);
    page.setDay(UiTestSupport::today());
    page.reload();
    page.chartLimit()->setCurrentIndex(limitIndex);
    const CaseloadChart *chart = page.chart();
    QVERIFY(chart->chart());
    const int workers = page.model()->rowCount();
    QVERIFY(workers > CaseloadChart::DefaultLimit);
    const int shown = qMin(limit, workers);
    QCOMPARE(chart->limit(), limit);
    QCOMPARE(chart->total(), workers);
    QCOMPARE(int(chart->shown().size()), shown);

    const QList<QBarSet *> sets = chart->series()->barSets();
    QCOMPARE(sets.size(), 3);
    for (const QBarSet *set : sets)
        QCOMPARE(set->count(), shown);
    const auto axes = chart->chart()->axes(Qt::Vertical);
    QCOMPARE(axes.size(), 1);
    const QStringList names = static_cast<QBarCategoryAxis *>(axes.constFirst())->categories();
    QCOMPARE(names.size(), shown);
    for (int bar = 0; bar < shown; ++bar) {
        // Bars run bottom to top; the fullest worker is drawn on top.
        const WorkerCaseload &worker = chart->shown().at(shown - 1 - bar);
        QCOMPARE(names.at(bar), worker.name);
        QCOMPARE(int(sets.at(0)->at(bar) + sets.at(2)->at(bar)), worker.activeFamilies);
        QCOMPARE(int(sets.at(0)->at(bar) + sets.at(1)->at(bar)),
                 qMin(worker.activeFamilies, worker.maxCaseload) + qMax(0, worker.freePlaces()));
    }
    // The fullest first, and nobody left out is fuller than the last one drawn.
    for (int i = 1; i < shown; ++i)
        QVERIFY(chart->shown().at(i - 1).load() >= chart->shown().at(i).load());
    for (const WorkerCaseload &worker : page.model()->rows())
        QVERIFY(worker.load() <= chart->shown().constFirst().load());
    QVERIFY(chart->chart()->title().contains(QString::number(shown)));
}

void TestCaseloadPage::clickingABarSelectsTheWorker()
{
    CaseloadPage page(*m_db, nullptr);
    page.setDay(UiTestSupport::today());
    page.reload();
    const CaseloadChart *chart = page.chart();
    const int shown = int(chart->shown().size());
    QVERIFY(shown > 3);
    const qint64 third = chart->shown().at(2).workerId;
    emit chart->series()->clicked(shown - 1 - 2, chart->series()->barSets().constFirst());
    QCOMPARE(page.table()->currentIndex().data(CaseloadModel::IdRole).toLongLong(), third);
}

void TestCaseloadPage::numbersSortAsNumbers()
{
    CaseloadPage page(*m_db, nullptr);
    page.setDay(UiTestSupport::today());
    page.reload();
    QTableView *table = page.table();
    table->sortByColumn(CaseloadModel::ActiveFamilies, Qt::DescendingOrder);
    QAbstractItemModel *model = table->model();
    QVERIFY(model->index(0, CaseloadModel::ActiveFamilies).data().toInt() >= 10);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, CaseloadModel::ActiveFamilies).data().toInt() >=
                model->index(row, CaseloadModel::ActiveFamilies).data().toInt());
    table->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(QString::localeAwareCompare(model->index(row - 1, 0).data().toString(),
                                            model->index(row, 0).data().toString()) <= 0);
}

void TestCaseloadPage::organisationFilterNarrowsTableAndChart()
{
    CaseloadPage page(*m_db, nullptr);
    page.setDay(UiTestSupport::today());
    page.reload();
    QComboBox *filter = page.organisationFilter();
    const int everyone = page.model()->rowCount();
    QCOMPARE(filter->count(), int(page.model()->organisations().size()) + 1);
    QCOMPARE(filter->currentData().toLongLong(), qint64(0));

    // As a user would: the arrow key picks the first organisation.
    QTest::keyClick(filter, Qt::Key_Down);
    const qint64 organisation = filter->currentData().toLongLong();
    QVERIFY(organisation > 0);
    QCOMPARE(page.model()->organisationFilter(), organisation);
    const int members = page.model()->rowCount();
    QVERIFY(members > 0 && members < everyone);
    QAbstractItemModel *table = page.table()->model();
    QCOMPARE(table->rowCount(), members);
    for (int row = 0; row < members; ++row)
        QCOMPARE(table->index(row, CaseloadModel::Organisation).data().toString(),
                 filter->currentText());
    QCOMPARE(page.chart()->total(), members);
    QCOMPARE(int(page.chart()->shown().size()), qMin(members, page.chart()->limit()));
    QVERIFY(page.summary()->text().startsWith(QStringLiteral("Workers: %1").arg(members)));

    // A reload (after any change) keeps the choice.
    page.reload();
    QCOMPARE(filter->currentData().toLongLong(), organisation);
    QCOMPARE(page.model()->rowCount(), members);
}

void TestCaseloadPage::fiveHundredWorkersStayQuick()
{
    // A large provider's staff, built straight through the stores: 500 workers in 250 duos
    // across ten organisations, each duo with three to eight families.
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("large.sqlite")));
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    const Status built = db.transaction([&]() -> Status {
        QList<qint64> organisations;
        for (int o = 0; o < 10; ++o) {
            auto id = OrganisationStore(db).add(TestSupport::organisation(
                QStringLiteral("Organisation %1").arg(o),
                o % 2 ? OrganisationKind::CareProvider : OrganisationKind::Community));
            if (!id)
                return id.error();
            organisations << id.value();
        }
        for (int d = 0; d < 250; ++d) {
            Worker trusted =
                TestSupport::worker(QStringLiteral("Trusted %1").arg(d), WorkerRole::TrustedPerson,
                                    organisations.at(d % 5 * 2));
            trusted.maxCaseload = 4 + d % 5;
            Worker professional =
                TestSupport::worker(QStringLiteral("Professional %1").arg(d),
                                    WorkerRole::Professional, organisations.at(d % 5 * 2 + 1));
            professional.maxCaseload = 6 + d % 7;
            auto trustedId = WorkerStore(db).add(trusted);
            auto professionalId = WorkerStore(db).add(professional);
            if (!trustedId)
                return trustedId.error();
            if (!professionalId)
                return professionalId.error();
            Duo duo;
            duo.trustedPersonId = trustedId.value();
            duo.professionalId = professionalId.value();
            duo.from = QDate(2025, 1, 1);
            auto duoId = DuoStore(db).add(duo);
            if (!duoId)
                return duoId.error();
            for (int f = 0; f < 3 + d % 6; ++f) {
                auto family = FamilyStore(db).add(TestSupport::family(
                    QStringLiteral("Family %1-%2").arg(d).arg(f), QDate(2026, 1, 10)));
                if (!family)
                    return family.error();
                auto assigned =
                    AssignmentStore(db).assign(family->id, duoId.value(), QDate(2026, 2, 1));
                if (!assigned)
                    return assigned.error();
            }
        }
        return {};
    });
    DC_VERIFY_OK(built);

    CaseloadPage page(db, nullptr);
    page.setDay(UiTestSupport::today());
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QElapsedTimer timer;
    timer.start();
    page.reload();
    page.grab(); // painted once, chart included
    const qint64 elapsed = timer.elapsed();
    qInfo("%d workers read, shown and drawn in %lld ms", page.model()->rowCount(), elapsed);
    QCOMPARE(page.model()->rowCount(), 500);
    QCOMPARE(int(page.chart()->shown().size()), CaseloadChart::DefaultLimit);
    // Generous for a slow CI machine; what matters is that it is not seconds of frozen window.
    QVERIFY2(elapsed < 1500, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void TestCaseloadPage::fewWorkersKeepTheirAxisLabels_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<double>("fontScale");
    for (int workers : {1, 2, 3, 5})
        for (double scale : {1.0, 1.5})
            QTest::addRow("%d worker(s), font x%.1f", workers, scale) << workers << scale;
}

void TestCaseloadPage::fewWorkersKeepTheirAxisLabels()
{
    QFETCH(int, workers);
    QFETCH(double, fontScale);
    const QFont before = QApplication::font();
    QFont font = before;
    font.setPointSizeF(before.pointSizeF() * fontScale);
    QApplication::setFont(font);
    const auto restore = qScopeGuard([&] { QApplication::setFont(before); });

    QList<WorkerCaseload> caseloads;
    for (int i = 0; i < workers; ++i) {
        WorkerCaseload c;
        c.workerId = i + 1;
        c.name = QStringLiteral("Werker %1").arg(QChar(u'A' + i));
        c.activeFamilies = 1 + i;
        c.maxCaseload = 6;
        caseloads << c;
    }
    CaseloadChart chart;
    chart.setCaseloads(caseloads);
    chart.resize(700, chart.height());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCoreApplication::processEvents();

    QStringList texts;
    for (QGraphicsItem *item : chart.scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    const QString all = texts.join(QLatin1String(" | "));
    QVERIFY2(!all.contains(QChar(u'…')) && !all.contains(QLatin1String("...")), qPrintable(all));
    for (const WorkerCaseload &c : std::as_const(caseloads))
        QVERIFY2(texts.contains(c.name), qPrintable(all));
    QVERIFY2(texts.contains(QStringLiteral("Families")), qPrintable(all));
}

QTEST_MAIN(TestCaseloadPage)
#include "TestCaseloadPage.moc"
