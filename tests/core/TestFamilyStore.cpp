// Families: case codes, updates, the paged and searchable family list, household members.

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/FamilyStore.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestFamilyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void caseCodesCountPerReferralYear();
    void addStoresEverything();
    void addRefusesInvalid();
    void update();
    void pagingGivesEveryFamilyOnce_data();
    void pagingGivesEveryFamilyOnce();
    void search_data();
    void search();
    void searchWithPaging();
    void myFamiliesAreThoseOfMyDuos();
    void members();

private:
    // Twenty-five families over three referral years and three districts, plus a few with
    // LIKE wildcards in their names.
    void addMany();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFamilyStore::initTestCase_data()
{
    TestSupport::engines();
}

void TestFamilyStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFamilyStore::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("families.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
}

void TestFamilyStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestFamilyStore::addMany()
{
    FamilyStore store(*m_db);
    const QStringList names{QStringLiteral("Bouzid"), QStringLiteral("Yılmaz"),
                            QStringLiteral("Pinas"), QStringLiteral("Tesfay"),
                            QStringLiteral("Kowalski")};
    const QStringList districts{QStringLiteral("Overvecht"), QStringLiteral("Kanaleneiland"),
                                QStringLiteral("Zuilen")};
    for (int i = 0; i < 25; ++i) {
        Family f = family(names.at(i % names.size()), QDate(2024 + i % 3, 1 + i % 12, 1 + i),
                          districts.at(i % districts.size()));
        auto added = store.add(f);
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }
    for (const char *name : {"Bakker_Smit", "100% Jansen", "Back\\slash"}) {
        auto added =
            store.add(family(QString::fromUtf8(name), QDate(2026, 6, 1), QStringLiteral("Lombok")));
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }
}

void TestFamilyStore::caseCodesCountPerReferralYear()
{
    FamilyStore store(*m_db);
    auto next = store.nextCaseCode(2026);
    DC_VERIFY_OK(next);
    QCOMPARE(next.value(), QStringLiteral("G-2026-0001"));

    const QList<QPair<QDate, QString>> expected{
        {QDate(2025, 12, 31), QStringLiteral("G-2025-0001")},
        {QDate(2026, 1, 1), QStringLiteral("G-2026-0001")},
        {QDate(2026, 5, 3), QStringLiteral("G-2026-0002")},
        {QDate(2025, 2, 1), QStringLiteral("G-2025-0002")},
        {QDate(2026, 12, 31), QStringLiteral("G-2026-0003")},
    };
    for (const auto &[referred, code] : expected) {
        auto added = store.add(family(QStringLiteral("Haddad"), referred));
        DC_VERIFY_OK(added);
        QCOMPARE(added->caseCode, code);
    }
    QCOMPARE(store.nextCaseCode(2026).value(), QStringLiteral("G-2026-0004"));
    QCOMPARE(store.nextCaseCode(2027).value(), QStringLiteral("G-2027-0001"));

    // Numbers continue after the highest, not after the count.
    DC_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE families SET case_code = 'G-2026-0041' "
                                           "WHERE case_code = 'G-2026-0001'")));
    QCOMPARE(store.nextCaseCode(2026).value(), QStringLiteral("G-2026-0042"));
}

void TestFamilyStore::addStoresEverything()
{
    FamilyStore store(*m_db);
    Family f = family(QStringLiteral("El Idrissi"), QDate(2026, 2, 14));
    f.preferredGender = GenderWish::Female;
    f.status = FamilyStatus::Intake;
    f.phone = QStringLiteral("  +212 612-345678 ");
    auto added = store.add(f);
    DC_VERIFY_OK(added);
    QVERIFY(added->id > 0);

    auto back = store.get(added->id);
    DC_VERIFY_OK(back);
    QCOMPARE(back->caseCode, QStringLiteral("G-2026-0001"));
    QCOMPARE(back->familyName, f.familyName);
    QCOMPARE(back->street, f.street);
    QCOMPARE(back->postcode, QStringLiteral("3563 AB")); // stored normalised
    QCOMPARE(back->city, f.city);
    QCOMPARE(back->district, f.district);
    QCOMPARE(back->homeLanguages, f.homeLanguages);
    QCOMPARE(back->preferredGender, GenderWish::Female);
    QCOMPARE(back->referralSource, f.referralSource);
    QCOMPARE(back->referredOn, f.referredOn);
    QCOMPARE(back->status, FamilyStatus::Intake);
    QVERIFY(back->closedOn.isNull());
    QVERIFY(back->closingReason.isEmpty());
    QCOMPARE(back->phone, QStringLiteral("+212 612-345678")); // trimmed

    // A number that is none is refused, naming it, and nothing is stored.
    Family wrong = back.value();
    wrong.phone = QStringLiteral("06-1234");
    const Status refused = store.update(wrong);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("06-1234")), qPrintable(refused.message()));
    QCOMPARE(store.get(added->id)->phone, QStringLiteral("+212 612-345678"));

    auto byCode = store.byCaseCode(QStringLiteral(" g-2026-0001 "));
    DC_VERIFY_OK(byCode);
    QCOMPARE(byCode->id, added->id);
    auto none = store.byCaseCode(QStringLiteral("G-2026-0002"));
    QVERIFY(!none.ok());
    QVERIFY(none.message().contains(QStringLiteral("G-2026-0002")));
    QVERIFY(!store.get(999).ok());
}

void TestFamilyStore::addRefusesInvalid()
{
    FamilyStore store(*m_db);
    Family f = family(QStringLiteral("Ouali"), QDate(2026, 2, 14));
    f.postcode = QStringLiteral("1234 SA");
    auto refused = store.add(f);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY(refused.message().contains(QStringLiteral("1234 SA")));
    QCOMPARE(rowCount(*m_db, QStringLiteral("families")), 0);
    // A refused family uses up no case code.
    QCOMPARE(store.nextCaseCode(2026).value(), QStringLiteral("G-2026-0001"));
}

void TestFamilyStore::update()
{
    FamilyStore store(*m_db);
    auto added = store.add(family(QStringLiteral("Abdi"), QDate(2026, 2, 14)));
    DC_VERIFY_OK(added);
    Family f = added.value();
    f.familyName = QStringLiteral("Abdi-Warsame");
    f.postcode = QStringLiteral("8031ab");
    f.status = FamilyStatus::Closed;
    f.closedOn = QDate(2026, 10, 1);
    f.closingReason = QStringLiteral("Doelen bereikt");
    DC_VERIFY_OK(store.update(f));
    auto back = store.get(f.id);
    DC_VERIFY_OK(back);
    QCOMPARE(back->familyName, QStringLiteral("Abdi-Warsame"));
    QCOMPARE(back->postcode, QStringLiteral("8031 AB"));
    QCOMPARE(back->status, FamilyStatus::Closed);
    QCOMPARE(back->closedOn, QDate(2026, 10, 1));
    QCOMPARE(back->caseCode, added->caseCode); // the case code never changes

    Family invalid = back.value();
    invalid.closingReason.clear();
    QVERIFY(!store.update(invalid).ok());
    Family missing = back.value();
    missing.id = 999;
    const Status notThere = store.update(missing);
    QVERIFY(!notThere.ok());
    QVERIFY(notThere.message().contains(QStringLiteral("999")));
}

void TestFamilyStore::pagingGivesEveryFamilyOnce_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("1") << 1;
    QTest::newRow("4") << 4;
    QTest::newRow("7") << 7;
    QTest::newRow("28, exactly all") << 28;
    QTest::newRow("100") << 100;
}

void TestFamilyStore::pagingGivesEveryFamilyOnce()
{
    QFETCH(int, pageSize);
    addMany();
    if (QTest::currentTestFailed())
        return;
    FamilyStore store(*m_db);
    QSet<qint64> seen;
    QStringList codes;
    QString after;
    for (int pages = 0; pages < 100; ++pages) {
        auto page = store.page(QString(), after, pageSize);
        DC_VERIFY_OK(page);
        QVERIFY(page->size() <= pageSize);
        if (page->isEmpty())
            break;
        for (const FamilySummary &s : page.value()) {
            QVERIFY2(!seen.contains(s.id), qPrintable(s.caseCode));
            seen.insert(s.id);
            codes << s.caseCode;
            QVERIFY(s.duoName.isEmpty());
        }
        after = page->constLast().caseCode;
    }
    QCOMPARE(seen.size(), 28);
    QCOMPARE(store.count().value(), 28);
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
}

void TestFamilyStore::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    // Names cycle over five, districts over three, years over three (2024, 2025, 2026).
    QTest::newRow("everything") << QString() << 28;
    QTest::newRow("blank is everything") << QStringLiteral("   ") << 28;
    QTest::newRow("name") << QStringLiteral("Bouzid") << 5;
    QTest::newRow("name, any case") << QStringLiteral("bouZID") << 5;
    QTest::newRow("part of a name") << QStringLiteral("owal") << 5;
    QTest::newRow("district") << QStringLiteral("Zuilen") << 8;
    QTest::newRow("case code year") << QStringLiteral("G-2024") << 9;
    QTest::newRow("whole case code") << QStringLiteral("G-2025-0003") << 1;
    QTest::newRow("no match") << QStringLiteral("Amsterdam") << 0;
    QTest::newRow("percent is literal") << QStringLiteral("%") << 1;
    QTest::newRow("underscore is literal") << QStringLiteral("_") << 1;
    QTest::newRow("backslash is literal") << QStringLiteral("\\") << 1;
    QTest::newRow("percent with text") << QStringLiteral("0% J") << 1;
    QTest::newRow("quote") << QStringLiteral("'") << 0;
}

void TestFamilyStore::search()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    addMany();
    if (QTest::currentTestFailed())
        return;
    FamilyStore store(*m_db);
    auto page = store.page(text, QString(), 1000);
    DC_VERIFY_OK(page);
    QCOMPARE(page->size(), expected);
    auto count = store.count(text);
    DC_VERIFY_OK(count);
    QCOMPARE(count.value(), expected);
    const QString wanted = text.trimmed();
    for (const FamilySummary &s : page.value())
        QVERIFY2(s.caseCode.contains(wanted, Qt::CaseInsensitive) ||
                     s.familyName.contains(wanted, Qt::CaseInsensitive) ||
                     s.district.contains(wanted, Qt::CaseInsensitive),
                 qPrintable(s.familyName));
}

void TestFamilyStore::searchWithPaging()
{
    addMany();
    if (QTest::currentTestFailed())
        return;
    FamilyStore store(*m_db);
    QStringList codes;
    QString after;
    for (;;) {
        auto page = store.page(QStringLiteral("overvecht"), after, 2);
        DC_VERIFY_OK(page);
        if (page->isEmpty())
            break;
        for (const FamilySummary &s : page.value()) {
            QCOMPARE(s.district, QStringLiteral("Overvecht"));
            codes << s.caseCode;
        }
        after = page->constLast().caseCode;
    }
    QCOMPARE(codes.size(), 9);
    QCOMPARE(codes.size(), store.count(QStringLiteral("Overvecht")).value());
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
}

void TestFamilyStore::myFamiliesAreThoseOfMyDuos()
{
    // The fixture's family, assigned to duo A; other families without a duo; one that duo A
    // had before and handed over to duo B.
    Fixture f;
    QCOMPARE(makeFixture(*m_db, &f), QString());
    addMany();
    if (QTest::currentTestFailed())
        return;
    FamilyStore store(*m_db);
    auto handedOver = store.add(family(QStringLiteral("Öztürk-Yılmaz & Dağ"), QDate(2026, 1, 5),
                                       QStringLiteral("Overvecht")));
    DC_VERIFY_OK(handedOver);
    AssignmentStore assignments(*m_db);
    DC_VERIFY_OK(assignments.assign(handedOver->id, f.duoA, QDate(2026, 1, 10)));
    DC_VERIFY_OK(assignments.assign(handedOver->id, f.duoB, QDate(2026, 3, 1)));

    const auto codes = [&](qint64 worker, const QString &search) {
        QStringList found;
        auto page = store.page(search, QString(), 100, worker);
        if (page)
            for (const FamilySummary &s : page.value())
                found << s.caseCode;
        return found;
    };
    // Both members of a duo see its families, a worker of another duo theirs; the search
    // works within them, and the count agrees.
    for (qint64 worker : {f.trustedA, f.professionalA}) {
        QCOMPARE(codes(worker, QString()), QStringList{f.family.caseCode});
        QCOMPARE(store.count(QString(), worker).value(), 1);
        QCOMPARE(codes(worker, QStringLiteral("Overvecht")), QStringList{f.family.caseCode});
        QCOMPARE(codes(worker, QStringLiteral("Zuilen")), QStringList());
    }
    QCOMPARE(codes(f.trustedB, QString()), QStringList{handedOver->caseCode});
    QCOMPARE(codes(f.trustedB, QStringLiteral("dağ")).size(), 1);
    QCOMPARE(store.count(QStringLiteral("Overvecht"), f.trustedB).value(), 1);
    // Without a worker: every family.
    QCOMPARE(store.count().value(), 30);
}

void TestFamilyStore::members()
{
    FamilyStore store(*m_db);
    auto added = store.add(family(QStringLiteral("Kovalenko"), QDate(2026, 3, 1)));
    DC_VERIFY_OK(added);
    const qint64 id = added->id;
    auto member = [&](const char *name, MemberRole role, int year) {
        HouseholdMember m;
        m.familyId = id;
        m.firstName = QString::fromUtf8(name);
        m.role = role;
        m.birthYear = year;
        return store.addMember(m);
    };
    DC_VERIFY_OK(member("Maksym", MemberRole::Child, 2016));
    DC_VERIFY_OK(member("Olena", MemberRole::Parent, 1985));
    DC_VERIFY_OK(member("Sofiia", MemberRole::Child, 2012));
    DC_VERIFY_OK(member("Iryna", MemberRole::Other, 0)); // grandmother, birth year unknown
    // A parent's own phone number, stored and changed; a wrong one refused.
    {
        HouseholdMember withPhone;
        withPhone.familyId = id;
        withPhone.firstName = QStringLiteral("Taras");
        withPhone.role = MemberRole::Parent;
        withPhone.birthYear = 1983;
        withPhone.phone = QStringLiteral("06 98765432");
        auto taras = store.addMember(withPhone);
        DC_VERIFY_OK(taras);
        QCOMPARE(store.member(taras.value())->phone, QStringLiteral("06 98765432"));
        withPhone = store.member(taras.value()).value();
        withPhone.phone = QStringLiteral("+380 67 123 4567");
        DC_VERIFY_OK(store.updateMember(withPhone));
        QCOMPARE(store.member(taras.value())->phone, QStringLiteral("+380 67 123 4567"));
        withPhone.phone = QStringLiteral("bel de school");
        QVERIFY(!store.updateMember(withPhone).ok());
        DC_VERIFY_OK(store.removeMember(taras.value()));
    }
    QVERIFY(!member("  ", MemberRole::Child, 2014).ok());
    QVERIFY(!member("Dmytro", MemberRole::Child, 1850).ok());

    auto all = store.members(id);
    DC_VERIFY_OK(all);
    QStringList order;
    for (const HouseholdMember &m : all.value()) {
        QCOMPARE(m.familyId, id);
        order << m.firstName;
    }
    // Parents first, then children from the oldest, then others.
    QCOMPARE(order, (QStringList{QStringLiteral("Olena"), QStringLiteral("Sofiia"),
                                 QStringLiteral("Maksym"), QStringLiteral("Iryna")}));
    QCOMPARE(all->at(3).birthYear, 0);
    QCOMPARE(all->at(3).role, MemberRole::Other);

    // A member of a family that does not exist is refused by the foreign key.
    HouseholdMember orphan;
    orphan.familyId = 999;
    orphan.firstName = QStringLiteral("Anastasiia");
    QVERIFY(!store.addMember(orphan).ok());
    QCOMPARE(store.members(999).value().size(), 0);
}

QTEST_GUILESS_MAIN(TestFamilyStore)
#include "TestFamilyStore.moc"
