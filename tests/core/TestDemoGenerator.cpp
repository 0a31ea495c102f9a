// DemoGenerator: reproducible, internally consistent fictitious data, and never mixed with
// real data.

#include "TestSupport.h"

#include "domain/ConsentRule.h"
#include "domain/Validation.h"
#include "exchange/ExportRequest.h"
#include "services/DemoGenerator.h"
#include "services/Statistics.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/WorkerStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QDate Today(2026, 11, 23);
}

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    void sameSeedSameData();
    void otherSeedOrDayOtherData_data();
    void otherSeedOrDayOtherData();
    void countsMatchStatistics_data();
    void countsMatchStatistics();
    void refusesNonEmptyDatabase();
    void refusesBadFamilyCount_data();
    void refusesBadFamilyCount();
    void visitsFollowAssignments();
    void nobodyPresentUnlessDone();
    void dataPassesTheRules();
    void consentAsTheRuleAsks();
    void reportsProgress();
    void smallDemoIsTheCurrentYear();
    void largeDemoIsAHistory();

private:
    // A fresh file filled with demo data; the database stays open.
    std::unique_ptr<Database> generated(const QString &name, int families, quint32 seed,
                                        const QDate &today, Counts *counts = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoGenerator::initTestCase_data()
{
    TestSupport::engines();
}

void TestDemoGenerator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDemoGenerator::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Database> TestDemoGenerator::generated(const QString &name, int families,
                                                       quint32 seed, const QDate &today,
                                                       Counts *counts)
{
    auto opened = Database::open(m_dir->filePath(name));
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return {};
    }
    DemoGenerator::Options options;
    options.families = families;
    options.seed = seed;
    options.today = today;
    auto made = DemoGenerator::generate(*opened.value(), options);
    if (!made) {
        qWarning("%s", qPrintable(made.message()));
        return {};
    }
    if (counts)
        *counts = made.value();
    return std::move(opened).value();
}

void TestDemoGenerator::sameSeedSameData()
{
    Counts first, second;
    auto a = generated(QStringLiteral("a.duocoach"), 40, 7, Today, &first);
    auto b = generated(QStringLiteral("b.duocoach"), 40, 7, Today, &second);
    QVERIFY(a && b);
    QVERIFY(first == second);
    QCOMPARE(contentHash(*a), contentHash(*b));
    QCOMPARE(first.families, 40);
    QVERIFY(first.visits > 0);
}

void TestDemoGenerator::otherSeedOrDayOtherData_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QDate>("today");
    QTest::newRow("other seed") << quint32(8) << Today;
    QTest::newRow("other day") << quint32(7) << Today.addDays(1);
}

void TestDemoGenerator::otherSeedOrDayOtherData()
{
    QFETCH(quint32, seed);
    QFETCH(QDate, today);
    auto a = generated(QStringLiteral("a.duocoach"), 40, 7, Today);
    auto b = generated(QStringLiteral("b.duocoach"), 40, seed, today);
    QVERIFY(a && b);
    QVERIFY(contentHash(*a) != contentHash(*b));
}

void TestDemoGenerator::countsMatchStatistics_data()
{
    QTest::addColumn<int>("families");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("one family") << 1 << quint32(1);
    QTest::newRow("ten families") << 10 << quint32(2026);
    QTest::newRow("150 families") << 150 << quint32(99);
}

void TestDemoGenerator::countsMatchStatistics()
{
    QFETCH(int, families);
    QFETCH(quint32, seed);
    Counts made;
    auto db = generated(QStringLiteral("counts.duocoach"), families, seed, Today, &made);
    QVERIFY(db);
    auto counted = Statistics::count(*db);
    DC_VERIFY_OK(counted);
    QCOMPARE(counted->toJson(), made.toJson());
    QVERIFY(counted.value() == made);
    QCOMPARE(made.families, families);
    QCOMPARE(made.familiesReferred + made.familiesIntake + made.familiesActive +
                 made.familiesClosed,
             families);
    QCOMPARE(made.visitsPlanned + made.visitsDone + made.visitsCancelled + made.visitsNoShow,
             made.visits);
    QCOMPARE(made.trustedPersons + made.professionals, made.workers);
    QVERIFY(made.duos >= 2);
    QVERIFY(made.organisations > 0);
}

void TestDemoGenerator::refusesNonEmptyDatabase()
{
    const QString path = TestSupport::newDatabase(*m_dir, QStringLiteral("real.duocoach"));
    auto opened = Database::open(path);
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    Fixture fixture;
    QCOMPARE(makeFixture(db, &fixture), QString());
    const QByteArray before = contentHash(db);

    DemoGenerator::Options options;
    options.families = 5;
    options.today = Today;
    auto refused = DemoGenerator::generate(db, options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QVERIFY2(refused.message().contains(db.displayName()), qPrintable(refused.message()));
    QCOMPARE(contentHash(db), before);

    // Demo data once is enough, too.
    auto demo = generated(QStringLiteral("demo.duocoach"), 5, 1, Today);
    QVERIFY(demo);
    const QByteArray demoBefore = contentHash(*demo);
    QVERIFY(!DemoGenerator::generate(*demo, options).ok());
    QCOMPARE(contentHash(*demo), demoBefore);
}

void TestDemoGenerator::refusesBadFamilyCount_data()
{
    QTest::addColumn<int>("families");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -3;
    QTest::newRow("too many") << 100001;
}

void TestDemoGenerator::refusesBadFamilyCount()
{
    QFETCH(int, families);
    auto opened = Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("bad.duocoach")));
    DC_VERIFY_OK(opened);
    DemoGenerator::Options options;
    options.families = families;
    options.today = Today;
    auto refused = DemoGenerator::generate(*opened.value(), options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QCOMPARE(rowCount(*opened.value(), QStringLiteral("organisations")), 0);
}

void TestDemoGenerator::visitsFollowAssignments()
{
    auto db = generated(QStringLiteral("rules.duocoach"), 80, 3, Today);
    QVERIFY(db);
    // Every visit's duo is assigned to its family on the visit's day.
    auto orphans = db->scalar(QStringLiteral(
        "SELECT count(*) FROM visits v WHERE NOT EXISTS (SELECT 1 FROM assignments a "
        "WHERE a.family_id = v.family_id AND a.duo_id = v.duo_id "
        "AND a.from_date <= substr(v.starts_at, 1, 10) "
        "AND (a.to_date IS NULL OR a.to_date >= substr(v.starts_at, 1, 10)))"));
    DC_VERIFY_OK(orphans);
    QCOMPARE(orphans->toInt(), 0);
    QVERIFY(rowCount(*db, QStringLiteral("visits")) > 100);

    // Duos work together on every day they are assigned.
    auto idle = db->scalar(
        QStringLiteral("SELECT count(*) FROM assignments a JOIN duos d ON d.id = a.duo_id "
                       "WHERE a.from_date < d.from_date OR (d.to_date IS NOT NULL AND "
                       "(a.to_date IS NULL OR a.to_date > d.to_date))"));
    QCOMPARE(idle->toInt(), 0);

    // Done visits lie before today, planned ones from today on.
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM visits WHERE status = 'planned' "
                                       "AND starts_at < ?"),
                        {Today.toString(Qt::ISODate)})
                 ->toInt(),
             0);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM visits WHERE status <> 'planned' "
                                       "AND starts_at >= ?"),
                        {Today.toString(Qt::ISODate)})
                 ->toInt(),
             0);
    // Only families that got a duo have visits; waiting ones none.
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT count(*) FROM visits v JOIN families f ON "
                                  "f.id = v.family_id WHERE f.status IN ('referred', 'intake')"))
            ->toInt(),
        0);
    auto problems = db->integrityProblems();
    DC_VERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

void TestDemoGenerator::nobodyPresentUnlessDone()
{
    auto db = generated(QStringLiteral("present.duocoach"), 80, 4, Today);
    QVERIFY(db);
    QCOMPARE(db->scalar(QStringLiteral(
                            "SELECT count(*) FROM visits v WHERE v.status <> 'done' AND "
                            "(v.trusted_person_present = 1 OR v.professional_present = 1 OR "
                            "EXISTS (SELECT 1 FROM visit_attendees x WHERE x.visit_id = v.id))"))
                 ->toInt(),
             0);
    // A done visit had at least one of the duo and at least one family member.
    QCOMPARE(
        db->scalar(QStringLiteral(
                       "SELECT count(*) FROM visits v WHERE v.status = 'done' AND "
                       "(v.trusted_person_present + v.professional_present = 0 OR "
                       "NOT EXISTS (SELECT 1 FROM visit_attendees x WHERE x.visit_id = v.id))"))
            ->toInt(),
        0);
    // Those present belong to the visited family.
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM visit_attendees x "
                                       "JOIN visits v ON v.id = x.visit_id "
                                       "JOIN household_members m ON m.id = x.member_id "
                                       "WHERE m.family_id <> v.family_id"))
                 ->toInt(),
             0);
    QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM visits WHERE status IN "
                                      "('cancelled', 'no_show')"))
                ->toInt() > 0);
}

void TestDemoGenerator::dataPassesTheRules()
{
    auto db = generated(QStringLiteral("valid.duocoach"), 120, 5, Today);
    QVERIFY(db);

    // Every family, read back through the store, passes the rules a coordinator's entry must.
    FamilyStore families(*db);
    QString after;
    int seen = 0;
    for (;;) {
        auto page = families.page(QString(), after, 50);
        DC_VERIFY_OK(page);
        if (page->isEmpty())
            break;
        for (const FamilySummary &summary : page.value()) {
            auto family = families.get(summary.id);
            DC_VERIFY_OK(family);
            QVERIFY2(Validation::checkPostcode(family->postcode).isEmpty(),
                     qPrintable(family->postcode));
            QCOMPARE(Validation::normalisePostcode(family->postcode), family->postcode);
            QVERIFY2(Validation::checkFamily(family.value()).isEmpty(),
                     qPrintable(Validation::checkFamily(family.value())));
            // The case code's year is the referral year.
            QCOMPARE(family->caseCode.mid(2, 4), QString::number(family->referredOn.year()));
            QVERIFY(family->referredOn <= Today);
            auto members = families.members(summary.id);
            DC_VERIFY_OK(members);
            QVERIFY(!members->isEmpty());
            for (const HouseholdMember &m : members.value())
                QVERIFY2(Validation::checkBirthYear(m.birthYear, Today).isEmpty(),
                         qPrintable(m.firstName));
            ++seen;
        }
        after = page->constLast().caseCode;
    }
    QCOMPARE(seen, 120);

    auto workers = WorkerStore(*db).all();
    DC_VERIFY_OK(workers);
    for (const Worker &w : workers.value())
        QVERIFY2(Validation::checkWorker(w).isEmpty(), qPrintable(Validation::checkWorker(w)));

    // Duos pair a trusted person with a professional.
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT count(*) FROM duos d "
                                  "JOIN workers t ON t.id = d.trusted_person_id "
                                  "JOIN workers p ON p.id = d.professional_id "
                                  "WHERE t.role <> 'trusted_person' OR p.role <> 'professional'"))
            ->toInt(),
        0);
    // Closed families have a closing date and no open assignment.
    QCOMPARE(
        db->scalar(QStringLiteral("SELECT count(*) FROM families f WHERE f.status = 'closed' "
                                  "AND (f.closed_on IS NULL OR EXISTS (SELECT 1 FROM "
                                  "assignments a WHERE a.family_id = f.id AND a.to_date IS NULL))"))
            ->toInt(),
        0);
}

void TestDemoGenerator::consentAsTheRuleAsks()
{
    auto db = generated(QStringLiteral("consent.duocoach"), 120, 2026, Today);
    QVERIFY(db);
    // Every family that got a duo consented to home visits before its first visit, given by
    // whom ConsentRule asks for; families still waiting have not been asked yet.
    QCOMPARE(db->scalar(QStringLiteral(
                            "SELECT count(*) FROM families f WHERE EXISTS (SELECT 1 FROM visits v "
                            "WHERE v.family_id = f.id) AND NOT EXISTS (SELECT 1 FROM consents c "
                            "WHERE c.family_id = f.id AND c.purpose = 'home_visits' AND "
                            "c.given_on <= (SELECT min(starts_at) FROM visits v "
                            "WHERE v.family_id = f.id))"))
                 ->toInt(),
             0);
    FamilyStore families(*db);
    ConsentStore consents(*db);
    auto ids = db->exec(QStringLiteral("SELECT DISTINCT family_id FROM consents"));
    DC_VERIFY_OK(ids);
    int checked = 0;
    while (ids.value()->next()) {
        const qint64 id = ids.value()->value(0).toLongLong();
        auto members = families.members(id);
        DC_VERIFY_OK(members);
        auto given = consents.forFamily(id);
        DC_VERIFY_OK(given);
        for (const Consent &c : given.value())
            QVERIFY2(ConsentRule::check(members.value(), c.givenOn, c.givenBy).isEmpty(),
                     qPrintable(ConsentRule::check(members.value(), c.givenOn, c.givenBy)));
        ++checked;
    }
    QVERIFY(checked > 60);
    // A few families have no consent to a supervision export (declined, or withdrawn since):
    // an export of the last year leaves them out and says so; most are exported.
    ExportRequest year;
    year.from = Today.addYears(-1);
    year.to = Today;
    auto without = consents.familiesWithoutExportConsent(year, Today);
    DC_VERIFY_OK(without);
    auto exported = db->scalar(
        QStringLiteral("SELECT count(DISTINCT family_id) FROM visits WHERE starts_at >= ?"),
        {year.from.toString(Qt::ISODate)});
    DC_VERIFY_OK(exported);
    QVERIFY2(without->size() >= 1 && without->size() * 10 < exported->toInt(),
             qPrintable(QStringLiteral("%1 of %2").arg(without->size()).arg(exported->toInt())));
}

void TestDemoGenerator::reportsProgress()
{
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("progress.duocoach")));
    DC_VERIFY_OK(opened);
    DemoGenerator::Options options;
    options.families = 250;
    options.today = Today;
    QList<int> reported;
    auto made = DemoGenerator::generate(*opened.value(), options,
                                        [&](int percent) { reported << percent; });
    DC_VERIFY_OK(made);
    QVERIFY(!reported.isEmpty());
    QCOMPARE(reported.constLast(), 100);
    QList<int> sorted = reported;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(reported, sorted);
}

void TestDemoGenerator::smallDemoIsTheCurrentYear()
{
    // What the first-start offer makes: a programme of the last year, every stage present, the
    // coming weeks planned.
    Counts made;
    auto db = generated(QStringLiteral("small.duocoach"), 120, 2026, Today, &made);
    QVERIFY(db);
    QCOMPARE(DemoGenerator::historyYears(120), 1.0);
    QVERIFY(made.familiesReferred > 0 && made.familiesIntake > 0 && made.familiesClosed > 0);
    QVERIFY(made.familiesActive > made.families / 2);
    QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM families WHERE referred_on < ?"),
                        {Today.addDays(-366).toString(Qt::ISODate)})
                 ->toInt(),
             0);
    QVERIFY(db->scalar(QStringLiteral("SELECT count(*) FROM visits WHERE status = 'planned' "
                                      "AND starts_at < ?"),
                       {Today.addDays(7).toString(Qt::ISODate)})
                ->toInt() > 0);
    QCOMPARE(made.workers, made.activeWorkers); // a year is too short for anyone to have left
}

void TestDemoGenerator::largeDemoIsAHistory()
{
    // 2,000 families: two years of a large programme. Referrals spread over the years, teams
    // whose members leave and are followed, families handed over to the successors.
    Counts made;
    auto db = generated(QStringLiteral("large.duocoach"), 2000, 12, Today, &made);
    QVERIFY(db);
    QCOMPARE(DemoGenerator::historyYears(2000), 2.0);
    QCOMPARE(DemoGenerator::historyYears(10000), 10.0);
    QCOMPARE(DemoGenerator::historyYears(100000), 10.0);
    auto scalar = [&db](const char *sql) {
        auto value = db->scalar(QString::fromLatin1(sql));
        return value ? value->toInt() : -1;
    };
    auto first = db->scalar(QStringLiteral("SELECT min(referred_on) FROM families"));
    DC_VERIFY_OK(first);
    const QDate firstReferral = QDate::fromString(first->toString(), Qt::ISODate);
    QVERIFY2(firstReferral <= Today.addYears(-2).addDays(30), qPrintable(first->toString()));
    QVERIFY(firstReferral >= Today.addYears(-2).addDays(-2));
    // Ids and case codes follow the referrals, as a coordinator registered them.
    QCOMPARE(scalar("SELECT count(*) FROM families a JOIN families b ON b.id = a.id + 1 "
                    "WHERE b.referred_on < a.referred_on OR (substr(a.case_code, 3, 4) = "
                    "substr(b.case_code, 3, 4) AND CAST(substr(b.case_code, 8) AS INTEGER) <> "
                    "CAST(substr(a.case_code, 8) AS INTEGER) + 1)"),
             0);
    // A team sized to its work: far fewer workers than families, some of them gone by now.
    QVERIFY2(made.workers < made.families / 5, qPrintable(QString::number(made.workers)));
    QVERIFY(made.activeWorkers < made.workers);
    QCOMPARE(made.visits, scalar("SELECT count(*) FROM visits"));
    // Duos still working have members still working; whoever left is in no working duo.
    QCOMPARE(scalar("SELECT count(*) FROM duos d JOIN workers t ON t.id = d.trusted_person_id "
                    "JOIN workers p ON p.id = d.professional_id "
                    "WHERE d.to_date IS NULL AND (t.active = 0 OR p.active = 0)"),
             0);
    QVERIFY(scalar("SELECT count(*) FROM duos WHERE to_date IS NOT NULL") > 0);
    // Handovers: a family's assignments follow one another, each starting the day the one
    // before ended, never overlapping, and the later one with another duo.
    QVERIFY(scalar("SELECT count(*) FROM (SELECT family_id FROM assignments GROUP BY family_id "
                   "HAVING count(*) > 1)") > 0);
    QCOMPARE(scalar("SELECT count(*) FROM assignments a JOIN assignments b "
                    "ON b.family_id = a.family_id AND b.id > a.id "
                    "WHERE a.to_date IS NULL OR b.from_date < a.to_date"),
             0);
    QCOMPARE(scalar("SELECT count(*) FROM assignments a JOIN assignments b "
                    "ON b.family_id = a.family_id AND b.id = a.id + 1 "
                    "WHERE b.from_date <> a.to_date OR b.duo_id = a.duo_id"),
             0);
    // Every visit by the duo assigned that day, and no trusted person far over their caseload.
    QCOMPARE(scalar("SELECT count(*) FROM visits v WHERE NOT EXISTS (SELECT 1 FROM assignments a "
                    "WHERE a.family_id = v.family_id AND a.duo_id = v.duo_id "
                    "AND a.from_date <= substr(v.starts_at, 1, 10) "
                    "AND (a.to_date IS NULL OR a.to_date >= substr(v.starts_at, 1, 10)))"),
             0);
    QCOMPARE(scalar("SELECT count(*) FROM (SELECT d.trusted_person_id AS tp, count(*) AS n "
                    "FROM assignments a JOIN duos d ON d.id = a.duo_id "
                    "WHERE a.to_date IS NULL GROUP BY tp) x "
                    "JOIN workers w ON w.id = x.tp WHERE x.n > w.max_caseload + 1"),
             0);
    auto problems = db->integrityProblems();
    DC_VERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
