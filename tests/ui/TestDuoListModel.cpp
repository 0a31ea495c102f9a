// The duo list: both names, from and until, read whole from DuoStore.

#include "DisplayText.h"
#include "DuoListModel.h"
#include "UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestDuoListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        UiTestSupport::quietPlatformNotes();
        UiTestSupport::isolateSettings();
    }
    void init() { UiTestSupport::failOnWarnings(); }

    void fixtureDuos();
    void endedDuoShowsUntil();
    void demoDuosMatchTheStore();
    void emptyDatabase();
};

void TestDuoListModel::fixtureDuos()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("duos.sqlite")));
    DC_VERIFY_OK(db);
    TestSupport::Fixture fixture;
    const QString problem = TestSupport::makeFixture(*db.value(), &fixture);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    DuoListModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    // DuoStore orders by the trusted person's name: Ayşe before Fatima.
    auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, DuoListModel::TrustedPerson), QStringLiteral("Ayşe Yılmaz"));
    QCOMPARE(text(0, DuoListModel::Professional), QStringLiteral("Joost Hendriks"));
    QCOMPARE(text(1, DuoListModel::TrustedPerson), QStringLiteral("Fatima El Amrani"));
    QCOMPARE(text(1, DuoListModel::Professional), QStringLiteral("Marieke van Dijk"));
    QCOMPARE(text(1, DuoListModel::From),
             QLocale().toString(fixture.duosFrom, QLocale::ShortFormat));
    QCOMPARE(text(1, DuoListModel::To), QString()); // still working together
    QCOMPARE(model.index(1, 0).data(DuoListModel::IdRole).toLongLong(), fixture.duoA);
    QCOMPARE(model.duo(1).id, fixture.duoA);
    // Dates sort as dates, and a duo that has not ended sorts after every end date.
    QCOMPARE(model.index(1, DuoListModel::From).data(DuoListModel::SortRole).toString(),
             QStringLiteral("2025-01-01"));
    QVERIFY(model.index(1, DuoListModel::To).data(DuoListModel::SortRole).toString() >
            QStringLiteral("2100-01-01"));
}

void TestDuoListModel::endedDuoShowsUntil()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("ended.sqlite")));
    DC_VERIFY_OK(db);
    TestSupport::Fixture fixture;
    const QString problem = TestSupport::makeFixture(*db.value(), &fixture);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Duo ended;
    ended.trustedPersonId = fixture.trustedB;
    ended.professionalId = fixture.professionalA;
    ended.from = QDate(2024, 3, 1);
    ended.to = QDate(2024, 12, 31);
    auto added = DuoStore(*db.value()).add(ended);
    DC_VERIFY_OK(added);

    DuoListModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    const QModelIndexList found =
        model.match(model.index(0, 0), DuoListModel::IdRole, added.value(), 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QCOMPARE(model.index(found.constFirst().row(), DuoListModel::To).data().toString(),
             DisplayText::date(ended.to));
}

void TestDuoListModel::demoDuosMatchTheStore()
{
    QTemporaryDir dir;
    auto db = UiTestSupport::demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")));
    DC_VERIFY_OK(db);
    auto duos = DuoStore(*db.value()).all();
    DC_VERIFY_OK(duos);
    QVERIFY(!duos->isEmpty());

    DuoListModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), duos->size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, DuoListModel::TrustedPerson).data().toString(),
                 duos->at(row).trustedPersonName);
        QCOMPARE(model.index(row, DuoListModel::Professional).data().toString(),
                 duos->at(row).professionalName);
        QCOMPARE(model.index(row, DuoListModel::From).data().toString(),
                 DisplayText::date(duos->at(row).from));
    }
}

void TestDuoListModel::emptyDatabase()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    DC_VERIFY_OK(db);
    DuoListModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestDuoListModel)
#include "TestDuoListModel.moc"
