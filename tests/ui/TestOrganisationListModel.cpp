// The organisation list of the Workers & duos page: name, kind, city and the one contact
// person, archived ones greyed and marked, read whole from OrganisationStore.

#include "OrganisationListModel.h"
#include "UiTestSupport.h"
#include "domain/DomainText.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestOrganisationListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { UiTestSupport::failOnWarnings(); }

    void listsEveryOrganisation();
    void archivedAreMarked();
    void emptyDatabase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    TestSupport::Fixture m_fixture;
};

void TestOrganisationListModel::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("organisations.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    QCOMPARE(TestSupport::makeFixture(*m_db, &m_fixture), QString());
}

void TestOrganisationListModel::listsEveryOrganisation()
{
    OrganisationListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(OrganisationListModel::ColumnCount));
    // By name: the care provider (Gezinskracht) before the community organisation (Stichting).
    QCOMPARE(model.index(0, OrganisationListModel::Name).data().toString(),
             QStringLiteral("Gezinskracht Utrecht"));
    QCOMPARE(model.index(0, OrganisationListModel::Kind).data().toString(),
             DomainText::display(OrganisationKind::CareProvider));
    QCOMPARE(model.index(1, OrganisationListModel::Contact).data().toString(),
             QStringLiteral("Anna de Wit"));
    QCOMPARE(model.index(1, OrganisationListModel::Email).data().toString(),
             QStringLiteral("anna@example.nl"));
    QCOMPARE(model.index(1, 0).data(OrganisationListModel::IdRole).toLongLong(),
             m_fixture.community);
    QCOMPARE(model.organisation(1).id, m_fixture.community);
    QCOMPARE(model.headerData(OrganisationListModel::Contact, Qt::Horizontal).toString(),
             QStringLiteral("Contact person"));
}

void TestOrganisationListModel::archivedAreMarked()
{
    auto id = OrganisationStore(*m_db).add(TestSupport::organisation(
        QStringLiteral("Buurtteam Noord"), OrganisationKind::Municipality));
    DC_VERIFY_OK(id);
    DC_VERIFY_OK(OrganisationStore(*m_db).setArchived(id.value(), true));
    OrganisationListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex archived = model.index(0, OrganisationListModel::Name);
    QCOMPARE(archived.data().toString(), QStringLiteral("Buurtteam Noord (archived)"));
    QVERIFY(archived.data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(1, OrganisationListModel::Name).data(Qt::ForegroundRole).isValid());
    QCOMPARE(archived.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Buurtteam Noord is archived."));
}

void TestOrganisationListModel::emptyDatabase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("empty.sqlite")));
    DC_VERIFY_OK(db);
    OrganisationListModel model(*db.value());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestOrganisationListModel)
#include "TestOrganisationListModel.moc"
