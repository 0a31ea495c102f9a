// Organisations, workers and duos: what the stores accept, refuse and give back.

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/DuoStore.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestStores : public QObject
{
    Q_OBJECT

public:
    // Which worker of the fixture goes where in a duo.
    enum class Member { TrustedA, TrustedB, ProfessionalA, ProfessionalB, Inactive, Missing };
    Q_ENUM(Member)

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void organisationRoundTrip();
    void organisationNamesAreUnique();
    void organisationRefusesInvalid();
    void workerRoundTrip();
    void workerNeedsExistingOrganisation();
    void workersAreListedByName();
    void duoRules_data();
    void duoRules();
    void duoDates();
    void caseloadsCountCurrentFamilies();

private:
    qint64 idOf(Member member) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
    qint64 m_inactive = 0;
};

void TestStores::initTestCase_data()
{
    TestSupport::engines();
}

void TestStores::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStores::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("stores.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    Worker retired =
        worker(QStringLiteral("Hanneke Postma"), WorkerRole::Professional, m_fixture.provider);
    retired.active = false;
    auto added = WorkerStore(*m_db).add(retired);
    DC_VERIFY_OK(added);
    m_inactive = added.value();
}

void TestStores::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestStores::idOf(Member member) const
{
    switch (member) {
    case Member::TrustedA:
        return m_fixture.trustedA;
    case Member::TrustedB:
        return m_fixture.trustedB;
    case Member::ProfessionalA:
        return m_fixture.professionalA;
    case Member::ProfessionalB:
        return m_fixture.professionalB;
    case Member::Inactive:
        return m_inactive;
    case Member::Missing:
        return 9999;
    }
    return 0;
}

void TestStores::organisationRoundTrip()
{
    OrganisationStore store(*m_db);
    Organisation o = organisation(QStringLiteral("  Vrouwennetwerk Holtenbroek "),
                                  OrganisationKind::Municipality);
    o.contactPhone = QStringLiteral("038-1234567");
    auto id = store.add(o);
    DC_VERIFY_OK(id);
    auto back = store.get(id.value());
    DC_VERIFY_OK(back);
    QCOMPARE(back->id, id.value());
    QCOMPARE(back->name, QStringLiteral("Vrouwennetwerk Holtenbroek")); // trimmed
    QCOMPARE(back->kind, OrganisationKind::Municipality);
    QCOMPARE(back->city, o.city);
    QCOMPARE(back->contactName, o.contactName);
    QCOMPARE(back->contactPhone, o.contactPhone);
    QCOMPARE(back->contactEmail, o.contactEmail);
    QCOMPARE(back->archived, false);

    auto found = store.findByName(QStringLiteral("vrouwennetwerk holtenbroek"));
    DC_VERIFY_OK(found);
    QCOMPARE(found.value(), id.value());
    auto none = store.findByName(QStringLiteral("Bestaat niet"));
    DC_VERIFY_OK(none);
    QCOMPARE(none.value(), 0);

    auto all = store.all();
    DC_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QStringList names;
    for (const Organisation &each : all.value())
        names << each.name;
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);

    auto missing = store.get(4242);
    QVERIFY(!missing.ok());
    QVERIFY(missing.message().contains(QStringLiteral("4242")));
}

void TestStores::organisationNamesAreUnique()
{
    OrganisationStore store(*m_db);
    auto again = store.add(
        organisation(QStringLiteral("stichting brug overvecht"), OrganisationKind::Community));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Invalid);
    QVERIFY2(again.message().contains(QStringLiteral("stichting brug overvecht")),
             qPrintable(again.message()));
    QCOMPARE(rowCount(*m_db, QStringLiteral("organisations")), 2);
}

void TestStores::organisationRefusesInvalid()
{
    OrganisationStore store(*m_db);
    Organisation o = organisation(QString(), OrganisationKind::Community);
    QVERIFY(!store.add(o).ok());
    o.name = QStringLiteral("Buurtmoeders");
    o.contactEmail = QStringLiteral("buurtmoeders");
    auto refused = store.add(o);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(rowCount(*m_db, QStringLiteral("organisations")), 2);
}

void TestStores::workerRoundTrip()
{
    WorkerStore store(*m_db);
    Worker w =
        worker(QStringLiteral("Senait Tesfay"), WorkerRole::TrustedPerson, m_fixture.community);
    w.languages = {QStringLiteral("ti"), QStringLiteral("ar"), QStringLiteral("nl")};
    w.district = QStringLiteral("Kanaleneiland");
    w.gender = Gender::Other;
    w.maxCaseload = 6;
    w.phone = QStringLiteral("06-12345678");
    w.email = QStringLiteral("senait@example.nl");
    auto id = store.add(w);
    DC_VERIFY_OK(id);
    auto back = store.get(id.value());
    DC_VERIFY_OK(back);
    QCOMPARE(back->name, w.name);
    QCOMPARE(back->role, WorkerRole::TrustedPerson);
    QCOMPARE(back->organisationId, m_fixture.community);
    QCOMPARE(back->organisationName, QStringLiteral("Stichting Brug Overvecht"));
    QCOMPARE(back->languages, w.languages);
    QCOMPARE(back->district, w.district);
    QCOMPARE(back->gender, Gender::Other);
    QCOMPARE(back->maxCaseload, 6);
    QCOMPARE(back->phone, w.phone);
    QCOMPARE(back->email, w.email);
    QCOMPARE(back->active, true);

    auto inactive = store.get(m_inactive);
    DC_VERIFY_OK(inactive);
    QCOMPARE(inactive->active, false);
}

void TestStores::workerNeedsExistingOrganisation()
{
    WorkerStore store(*m_db);
    auto refused = store.add(worker(QStringLiteral("Piotr Nowak"), WorkerRole::Professional, 777));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("Piotr Nowak")),
             qPrintable(refused.message()));
    QCOMPARE(rowCount(*m_db, QStringLiteral("workers")), 5);
}

void TestStores::workersAreListedByName()
{
    auto all = WorkerStore(*m_db).all();
    DC_VERIFY_OK(all);
    QCOMPARE(all->size(), 5);
    QStringList names;
    for (const Worker &w : all.value()) {
        names << w.name;
        QVERIFY(!w.organisationName.isEmpty());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Ayşe Yılmaz"), QStringLiteral("Fatima El Amrani"),
                                 QStringLiteral("Hanneke Postma"), QStringLiteral("Joost Hendriks"),
                                 QStringLiteral("Marieke van Dijk")}));
}

void TestStores::duoRules_data()
{
    QTest::addColumn<Member>("trusted");
    QTest::addColumn<Member>("professional");
    QTest::addColumn<QString>("problem"); // part of the message; empty: accepted

    QTest::newRow("trusted person and professional")
        << Member::TrustedA << Member::ProfessionalA << QString();
    QTest::newRow("a professional in two duos")
        << Member::TrustedB << Member::ProfessionalA << QString();
    QTest::newRow("two trusted persons") << Member::TrustedA << Member::TrustedB
                                         << QStringLiteral("Ayşe Yılmaz is not a professional");
    QTest::newRow("two professionals")
        << Member::ProfessionalA << Member::ProfessionalB
        << QStringLiteral("Marieke van Dijk is not a trusted person");
    QTest::newRow("roles swapped") << Member::ProfessionalA << Member::TrustedA
                                   << QStringLiteral("Marieke van Dijk is not a trusted person");
    QTest::newRow("inactive professional") << Member::TrustedA << Member::Inactive
                                           << QStringLiteral("Hanneke Postma is no longer active");
    QTest::newRow("same person twice") << Member::TrustedA << Member::TrustedA
                                       << QStringLiteral("Fatima El Amrani cannot be both");
    QTest::newRow("no trusted person")
        << Member::Missing << Member::ProfessionalA << QStringLiteral("needs a trusted person");
    QTest::newRow("no professional")
        << Member::TrustedA << Member::Missing << QStringLiteral("needs a professional");
}

void TestStores::duoRules()
{
    QFETCH(Member, trusted);
    QFETCH(Member, professional);
    QFETCH(QString, problem);

    DuoStore store(*m_db);
    const int before = rowCount(*m_db, QStringLiteral("duos"));
    Duo duo;
    duo.trustedPersonId = idOf(trusted);
    duo.professionalId = idOf(professional);
    duo.from = QDate(2026, 3, 1);
    auto added = store.add(duo);
    if (problem.isEmpty()) {
        DC_VERIFY_OK(added);
        auto back = store.get(added.value());
        DC_VERIFY_OK(back);
        QCOMPARE(back->trustedPersonId, duo.trustedPersonId);
        QCOMPARE(back->professionalId, duo.professionalId);
        QCOMPARE(back->from, duo.from);
        QVERIFY(back->to.isNull());
        QVERIFY(back->displayName().contains(QLatin1String(" & ")));
        QCOMPARE(rowCount(*m_db, QStringLiteral("duos")), before + 1);
    } else {
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
        QVERIFY2(added.message().contains(problem), qPrintable(added.message()));
        QVERIFY(added.message().endsWith(QLatin1Char('.')));
        QCOMPARE(rowCount(*m_db, QStringLiteral("duos")), before);
    }
}

void TestStores::duoDates()
{
    DuoStore store(*m_db);
    Duo duo;
    duo.trustedPersonId = m_fixture.trustedB;
    duo.professionalId = m_fixture.professionalA;
    QVERIFY(!store.add(duo).ok()); // no start date
    duo.from = QDate(2026, 3, 1);
    duo.to = QDate(2026, 2, 28);
    auto backwards = store.add(duo);
    QVERIFY(!backwards.ok());
    QVERIFY(backwards.message().contains(QStringLiteral("end before it starts")));
    duo.to = QDate(2026, 3, 1);
    auto oneDay = store.add(duo);
    DC_VERIFY_OK(oneDay);
    auto back = store.get(oneDay.value());
    DC_VERIFY_OK(back);
    QCOMPARE(back->to, QDate(2026, 3, 1));
    QVERIFY(back->isActiveOn(QDate(2026, 3, 1)));
    QVERIFY(!back->isActiveOn(QDate(2026, 3, 2)));
    QVERIFY(!back->isActiveOn(QDate(2026, 2, 28)));

    auto all = store.all();
    DC_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    for (const Duo &d : all.value()) {
        QVERIFY(!d.trustedPersonName.isEmpty());
        QVERIFY(!d.professionalName.isEmpty());
    }
}

void TestStores::caseloadsCountCurrentFamilies()
{
    WorkerStore workers(*m_db);
    auto before = workers.caseloads(QDate(2026, 1, 31));
    DC_VERIFY_OK(before);
    QVERIFY(before->isEmpty());

    auto during = workers.caseloads(QDate(2026, 2, 1));
    DC_VERIFY_OK(during);
    QCOMPARE(during->value(m_fixture.trustedA), 1);
    QCOMPARE(during->value(m_fixture.professionalA), 1);
    QCOMPARE(during->value(m_fixture.trustedB), 0);

    // A second family for duo A, then the first one is closed: only open families count.
    auto second = FamilyStore(*m_db).add(family(QStringLiteral("Kaya"), QDate(2026, 1, 10)));
    DC_VERIFY_OK(second);
    DC_VERIFY_OK(AssignmentStore(*m_db).assign(second->id, m_fixture.duoA, QDate(2026, 2, 10)));
    auto two = workers.caseloads(QDate(2026, 3, 1));
    DC_VERIFY_OK(two);
    QCOMPARE(two->value(m_fixture.professionalA), 2);

    Family closed = m_fixture.family;
    closed.status = FamilyStatus::Closed;
    closed.closedOn = QDate(2026, 2, 20);
    closed.closingReason = QStringLiteral("Doelen bereikt");
    DC_VERIFY_OK(FamilyStore(*m_db).update(closed));
    auto one = workers.caseloads(QDate(2026, 3, 1));
    DC_VERIFY_OK(one);
    QCOMPARE(one->value(m_fixture.professionalA), 1);
    QCOMPARE(one->value(m_fixture.trustedA), 1);
}

QTEST_GUILESS_MAIN(TestStores)
#include "TestStores.moc"
