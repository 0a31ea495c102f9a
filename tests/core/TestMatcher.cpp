// The matching rule: which of two duos that differ in one respect ranks first, and which reason
// says why; who counts as a candidate; and that equal scores always come out in the same order.

#include "TestSupport.h"

#include "domain/DomainText.h"
#include "services/MatchWeights.h"
#include "services/Matcher.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QDate Day(2026, 6, 1);
const QDate DuosFrom(2025, 1, 1);

// How the family under test worked with a candidate duo earlier.
enum class History { None, CurrentDuo, EarlierDuo, TrustedPersonInOtherDuo };

// One candidate duo of a scenario. The defaults share nothing with the family (which speaks
// Arabic and Dutch at home and lives in Overvecht, Utrecht) except Dutch.
struct DuoSpec
{
    QStringList trustedLanguages{QStringLiteral("nl")};
    QString district = QStringLiteral("Centrum");
    QString city = QStringLiteral("Amersfoort"); // of the trusted person's organisation
    QString professionalCity = QStringLiteral("Utrecht");
    QString professionalDistrict = QStringLiteral("Overvecht");
    Gender gender = Gender::Female;
    int trustedMax = 8;
    int activeFamilies = 0; // other families the duo carries on the day
    QStringList professionalLanguages{QStringLiteral("nl")};
    History history = History::None;
};

QStringList codesOf(const MatchCandidate &candidate)
{
    QStringList codes;
    for (const MatchReason &reason : candidate.reasons)
        codes << reason.code;
    return codes;
}
} // namespace

Q_DECLARE_METATYPE(DuoSpec)

class TestMatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void ranking_data();
    void ranking();
    void scoreIsTheSumOfReasons();
    void reasonTexts();
    void tieBreakIsStable();
    void onlyWorkingDuosWithActiveMembers();
    void closedFamilyIsRefused();
    void familyWithoutLanguagesOrWish();
    void localDuoOutranksDuosFromOtherCities();
    void districtNameOfAnotherCity();
    void otherCityReasonTexts();

private:
    qint64 addDuo(const QString &label, const DuoSpec &spec);
    qint64 organisation(const QString &city, OrganisationKind kind);
    Family addFamily(const QString &name, GenderWish wish = GenderWish::None);
    void giveHistory(qint64 duoId, const DuoSpec &spec, const QString &label);
    QList<MatchCandidate> rank(const Family &family);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_organisations;  // kind + city -> id
    QHash<qint64, qint64> m_trustedPersonOf; // duo -> trusted person
    Family m_family;
    int m_fillers = 0;
};

void TestMatcher::initTestCase_data()
{
    TestSupport::engines();
}

void TestMatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMatcher::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("matcher.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_organisations.clear();
    m_trustedPersonOf.clear();
    m_fillers = 0;
}

void TestMatcher::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestMatcher::organisation(const QString &city, OrganisationKind kind)
{
    const QString key = DomainText::code(kind) + city;
    if (m_organisations.contains(key))
        return m_organisations.value(key);
    Organisation o = TestSupport::organisation(key, kind);
    o.city = city;
    auto id = OrganisationStore(*m_db).add(o);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    m_organisations.insert(key, id.ok() ? id.value() : 0);
    return m_organisations.value(key);
}

Family TestMatcher::addFamily(const QString &name, GenderWish wish)
{
    Family f = family(name, QDate(2026, 5, 1));
    f.preferredGender = wish;
    auto added = FamilyStore(*m_db).add(f);
    if (!added)
        qWarning("%s", qPrintable(added.message()));
    return added.ok() ? added.value() : Family();
}

qint64 TestMatcher::addDuo(const QString &label, const DuoSpec &spec)
{
    WorkerStore workers(*m_db);
    Worker trusted = worker(QStringLiteral("Trusted ") + label, WorkerRole::TrustedPerson,
                            organisation(spec.city, OrganisationKind::Community));
    trusted.languages = spec.trustedLanguages;
    trusted.district = spec.district;
    trusted.gender = spec.gender;
    trusted.maxCaseload = spec.trustedMax;
    Worker professional =
        worker(QStringLiteral("Professional ") + label, WorkerRole::Professional,
               organisation(spec.professionalCity, OrganisationKind::CareProvider));
    professional.languages = spec.professionalLanguages;
    professional.district = spec.professionalDistrict;
    professional.maxCaseload = 8;
    auto trustedId = workers.add(trusted);
    auto professionalId = workers.add(professional);
    if (!trustedId || !professionalId)
        return 0;
    Duo duo;
    duo.trustedPersonId = trustedId.value();
    duo.professionalId = professionalId.value();
    duo.from = DuosFrom;
    auto id = DuoStore(*m_db).add(duo);
    if (!id)
        return 0;
    m_trustedPersonOf.insert(id.value(), trustedId.value());
    for (int i = 0; i < spec.activeFamilies; ++i) {
        const Family filler = addFamily(QStringLiteral("Filler %1").arg(++m_fillers));
        if (!AssignmentStore(*m_db).assign(filler.id, id.value(), QDate(2026, 1, 1)))
            return 0;
    }
    return id.value();
}

// Gives m_family the history the spec asks for with the duo just made.
void TestMatcher::giveHistory(qint64 duoId, const DuoSpec &spec, const QString &label)
{
    AssignmentStore assignments(*m_db);
    switch (spec.history) {
    case History::None:
        return;
    case History::CurrentDuo:
        DC_VERIFY_OK(assignments.assign(m_family.id, duoId, QDate(2026, 5, 10)));
        return;
    case History::EarlierDuo:
    case History::TrustedPersonInOtherDuo: {
        // A duo that has since stopped took over (or had) the family; it is no candidate.
        Worker professional =
            worker(QStringLiteral("Former professional ") + label, WorkerRole::Professional,
                   organisation(QStringLiteral("Utrecht"), OrganisationKind::CareProvider));
        auto professionalId = WorkerStore(*m_db).add(professional);
        DC_VERIFY_OK(professionalId);
        Worker former = worker(QStringLiteral("Former trusted ") + label, WorkerRole::TrustedPerson,
                               organisation(spec.city, OrganisationKind::Community));
        auto formerId = WorkerStore(*m_db).add(former);
        DC_VERIFY_OK(formerId);
        Duo stopped;
        stopped.trustedPersonId = spec.history == History::TrustedPersonInOtherDuo
                                      ? m_trustedPersonOf.value(duoId)
                                      : formerId.value();
        stopped.professionalId = professionalId.value();
        stopped.from = DuosFrom;
        stopped.to = QDate(2025, 12, 31);
        auto stoppedId = DuoStore(*m_db).add(stopped);
        DC_VERIFY_OK(stoppedId);
        if (spec.history == History::EarlierDuo) {
            DC_VERIFY_OK(assignments.assign(m_family.id, duoId, QDate(2025, 3, 1)));
            DC_VERIFY_OK(assignments.assign(m_family.id, stoppedId.value(), QDate(2025, 9, 1)));
        } else {
            DC_VERIFY_OK(assignments.assign(m_family.id, stoppedId.value(), QDate(2025, 3, 1)));
        }
        return;
    }
    }
}

QList<MatchCandidate> TestMatcher::rank(const Family &family)
{
    auto ranking = Matcher(*m_db).rank(family, Day);
    if (!ranking) {
        qWarning("%s", qPrintable(ranking.message()));
        return {};
    }
    return ranking.value();
}

void TestMatcher::ranking_data()
{
    QTest::addColumn<int>("wish"); // GenderWish of the family
    QTest::addColumn<DuoSpec>("a");
    QTest::addColumn<DuoSpec>("b");
    QTest::addColumn<QString>("first");     // "A" or "B"
    QTest::addColumn<QString>("firstCode"); // a reason the first has, or empty
    QTest::addColumn<QString>("lastCode");  // a reason the second has, or empty

    const DuoSpec plain;
    DuoSpec arabic;
    arabic.trustedLanguages = {QStringLiteral("ar"), QStringLiteral("nl")};
    DuoSpec turkish;
    turkish.trustedLanguages = {QStringLiteral("tr")};
    DuoSpec arabicProfessional;
    arabicProfessional.professionalLanguages = {QStringLiteral("nl"), QStringLiteral("ar")};
    // The organisation sits in Amersfoort, the worker works in Overvecht: a district of
    // Utrecht (where the family lives), none of Amersfoort's.
    DuoSpec overvecht;
    overvecht.district = QStringLiteral("overvecht "); // compared without case and spaces
    DuoSpec utrecht;
    utrecht.city = QStringLiteral("Utrecht");
    DuoSpec man;
    man.gender = Gender::Male;
    DuoSpec other;
    other.gender = Gender::Other;
    DuoSpec manWithEverything = man;
    manWithEverything.trustedLanguages = {QStringLiteral("ar")};
    manWithEverything.district = QStringLiteral("Overvecht");
    manWithEverything.professionalLanguages = {QStringLiteral("ar")};
    DuoSpec full;
    full.trustedMax = 2;
    full.activeFamilies = 2;
    DuoSpec fullArabic = full;
    fullArabic.trustedLanguages = arabic.trustedLanguages;
    DuoSpec busy;
    busy.activeFamilies = 6;
    DuoSpec lightlyBusy;
    lightlyBusy.activeFamilies = 1;
    DuoSpec current;
    current.history = History::CurrentDuo;
    DuoSpec earlier;
    earlier.history = History::EarlierDuo;
    DuoSpec trustedEarlier;
    trustedEarlier.history = History::TrustedPersonInOtherDuo;
    DuoSpec utrechtWoman = utrecht; // nothing but the city
    // Issue 13, point 12: everything a duo can bring but the place, in Amsterdam; and a local
    // duo that merely fits (no shared language, 7 of 8 places taken, nothing against it).
    DuoSpec amsterdamWithEverything;
    amsterdamWithEverything.city = QStringLiteral("Amsterdam");
    amsterdamWithEverything.professionalCity = QStringLiteral("Amsterdam");
    amsterdamWithEverything.district = amsterdamWithEverything.professionalDistrict =
        QStringLiteral("Nieuw-West");
    amsterdamWithEverything.trustedLanguages = {QStringLiteral("ar"), QStringLiteral("nl")};
    amsterdamWithEverything.professionalLanguages = {QStringLiteral("ar")};
    amsterdamWithEverything.history = History::CurrentDuo;
    DuoSpec utrechtJustFits = utrecht;
    utrechtJustFits.trustedLanguages = {QStringLiteral("tr")};
    utrechtJustFits.activeFamilies = 7;
    DuoSpec professionalElsewhere = utrecht;
    professionalElsewhere.district = QStringLiteral("Overvecht");
    professionalElsewhere.trustedLanguages = {QStringLiteral("ar")};
    professionalElsewhere.professionalCity = QStringLiteral("Amsterdam");
    professionalElsewhere.professionalDistrict = QStringLiteral("Centrum");

    auto row = [&](const char *name, GenderWish wish, const DuoSpec &a, const DuoSpec &b,
                   const char *first, const char *firstCode, const char *lastCode) {
        QTest::newRow(name) << int(wish) << a << b << QString::fromLatin1(first)
                            << QString::fromLatin1(firstCode) << QString::fromLatin1(lastCode);
    };
    row("home language beats Dutch only", GenderWish::None, plain, arabic, "B", "shared_language",
        "shared_dutch_only");
    row("Dutch only beats no shared language", GenderWish::None, turkish, plain, "B",
        "shared_dutch_only", "no_shared_language");
    row("professional's language counts", GenderWish::None, plain, arabicProfessional, "B",
        "professional_language", "");
    row("same district", GenderWish::None, overvecht, plain, "A", "same_district", "");
    row("same city counts less than district", GenderWish::None, utrecht, overvecht, "B",
        "same_district", "same_city");
    row("same city beats elsewhere", GenderWish::None, plain, utrecht, "B", "same_city", "");
    row("wish for a woman met", GenderWish::Female, man, plain, "B", "gender_wish",
        "gender_wish_violated");
    row("wish for a man met", GenderWish::Male, plain, man, "B", "gender_wish",
        "gender_wish_violated");
    row("other gender does not meet a wish", GenderWish::Female, other, plain, "B", "gender_wish",
        "gender_wish_violated");
    row("violated wish outweighs language and district", GenderWish::Female, manWithEverything,
        utrechtWoman, "B", "gender_wish", "gender_wish_violated");
    row("no wish: gender does not count", GenderWish::None, plain, man, "A", "", "");
    row("full caseload ranks below headroom", GenderWish::None, full, plain, "B",
        "caseload_headroom", "caseload_full");
    row("full caseload outweighs a shared language", GenderWish::None, fullArabic, plain, "B",
        "caseload_headroom", "caseload_full");
    row("more headroom ranks higher", GenderWish::None, busy, lightlyBusy, "B", "", "");
    row("duo working with the family now", GenderWish::None, plain, current, "B", "continuity", "");
    row("duo that worked with the family before", GenderWish::None, plain, earlier, "B",
        "continuity", "");
    row("trusted person who worked with the family", GenderWish::None, trustedEarlier, plain, "A",
        "trusted_person_continuity", "");
    row("equal duos: lower duo number first", GenderWish::None, plain, plain, "A", "", "");
    row("local duo that fits beats the best from another city", GenderWish::Female,
        amsterdamWithEverything, utrechtJustFits, "B", "same_city", "other_city");
    row("professional from another city", GenderWish::None, professionalElsewhere, utrecht, "B",
        "same_city", "other_city");
}

void TestMatcher::ranking()
{
    QFETCH(int, wish);
    QFETCH(DuoSpec, a);
    QFETCH(DuoSpec, b);
    QFETCH(QString, first);
    QFETCH(QString, firstCode);
    QFETCH(QString, lastCode);

    m_family = addFamily(QStringLiteral("Bouzid"), GenderWish(wish));
    QVERIFY(m_family.id > 0);
    const qint64 idA = addDuo(QStringLiteral("A"), a);
    const qint64 idB = addDuo(QStringLiteral("B"), b);
    QVERIFY(idA > 0 && idB > 0);
    giveHistory(idA, a, QStringLiteral("A"));
    giveHistory(idB, b, QStringLiteral("B"));

    auto family = FamilyStore(*m_db).get(m_family.id);
    DC_VERIFY_OK(family);
    const QList<MatchCandidate> ranking = rank(family.value());
    QCOMPARE(ranking.size(), 2);
    const qint64 expectedFirst = first == QLatin1String("A") ? idA : idB;
    const MatchCandidate &winner = ranking.at(0);
    const MatchCandidate &loser = ranking.at(1);
    QVERIFY2(winner.duo.id == expectedFirst,
             qPrintable(QStringLiteral("first: %1 (%2) %3, second: %4 (%5) %6")
                            .arg(winner.duo.displayName())
                            .arg(winner.score)
                            .arg(codesOf(winner).join(QLatin1Char(',')))
                            .arg(loser.duo.displayName())
                            .arg(loser.score)
                            .arg(codesOf(loser).join(QLatin1Char(',')))));
    QVERIFY(winner.score >= loser.score);
    if (winner.score == loser.score)
        QVERIFY(winner.duo.id < loser.duo.id);
    if (!firstCode.isEmpty())
        QVERIFY2(codesOf(winner).contains(firstCode), qPrintable(codesOf(winner).join(u',')));
    if (!lastCode.isEmpty())
        QVERIFY2(codesOf(loser).contains(lastCode), qPrintable(codesOf(loser).join(u',')));
}

void TestMatcher::scoreIsTheSumOfReasons()
{
    m_family = addFamily(QStringLiteral("Bouzid"), GenderWish::Female);
    DuoSpec arabic;
    arabic.trustedLanguages = {QStringLiteral("ar")};
    arabic.district = QStringLiteral("Overvecht");
    arabic.activeFamilies = 3;
    arabic.professionalLanguages = {QStringLiteral("ar")};
    QVERIFY(addDuo(QStringLiteral("A"), arabic) > 0);
    const QList<MatchCandidate> ranking = rank(m_family);
    QCOMPARE(ranking.size(), 1);
    const MatchCandidate &c = ranking.first();
    int sum = 0;
    for (const MatchReason &r : c.reasons)
        sum += r.points;
    QCOMPARE(c.score, sum);
    // 3 of 8 places taken by each member: 5/8 of the headroom points each, rounded down.
    const int headroom = MatchWeights::CaseloadHeadroom * 5 / 8;
    QCOMPARE(c.score, MatchWeights::SharedLanguage + MatchWeights::ProfessionalLanguage +
                          MatchWeights::SameDistrict + MatchWeights::GenderWish + 2 * headroom);
}

void TestMatcher::reasonTexts()
{
    m_family = addFamily(QStringLiteral("Bouzid"), GenderWish::Female);
    DuoSpec spec;
    spec.trustedLanguages = {QStringLiteral("ar"), QStringLiteral("nl")};
    spec.district = QStringLiteral("Overvecht");
    spec.trustedMax = 3;
    spec.activeFamilies = 3;
    QVERIFY(addDuo(QStringLiteral("A"), spec) > 0);
    const QList<MatchCandidate> ranking = rank(m_family);
    QCOMPARE(ranking.size(), 1);
    QStringList texts;
    for (const MatchReason &r : ranking.first().reasons)
        texts << r.text;
    QCOMPARE(texts, (QStringList{QStringLiteral("Speaks Arabic with the family"),
                                 QStringLiteral("Works in Overvecht"),
                                 QStringLiteral("Trusted person is a woman, as the family wishes"),
                                 QStringLiteral("Trusted A: caseload full (3 of 3)"),
                                 QStringLiteral("Professional A: 5 of 8 places free")}));
}

void TestMatcher::tieBreakIsStable()
{
    m_family = addFamily(QStringLiteral("Bouzid"));
    // Names in the reverse order of the duo numbers, so the order of the stores' lists (by
    // name) cannot pass for the tie-break.
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids << addDuo(QString(QChar(u'Z' - i)), DuoSpec());
    const QList<MatchCandidate> first = rank(m_family);
    QCOMPARE(first.size(), ids.size());
    QList<qint64> order;
    for (const MatchCandidate &c : first)
        order << c.duo.id;
    QCOMPARE(order, ids); // equal scores: by duo number
    for (int i = 0; i < 3; ++i) {
        QList<qint64> again;
        for (const MatchCandidate &c : rank(m_family))
            again << c.duo.id;
        QCOMPARE(again, order);
    }
}

void TestMatcher::onlyWorkingDuosWithActiveMembers()
{
    m_family = addFamily(QStringLiteral("Bouzid"));
    const qint64 working = addDuo(QStringLiteral("A"), DuoSpec());
    const qint64 withInactiveMember = addDuo(QStringLiteral("B"), DuoSpec());
    QVERIFY(working > 0 && withInactiveMember > 0);
    // Workers leave after their duo was formed; WorkerStore has no archive call yet.
    DC_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE workers SET active = 0 WHERE id = ?"),
                            {m_trustedPersonOf.value(withInactiveMember)}));

    WorkerStore workers(*m_db);
    auto trusted =
        workers.add(worker(QStringLiteral("Trusted C"), WorkerRole::TrustedPerson,
                           organisation(QStringLiteral("Utrecht"), OrganisationKind::Community)));
    auto professional = workers.add(
        worker(QStringLiteral("Professional C"), WorkerRole::Professional,
               organisation(QStringLiteral("Utrecht"), OrganisationKind::CareProvider)));
    DC_VERIFY_OK(trusted);
    DC_VERIFY_OK(professional);
    Duo duo;
    duo.trustedPersonId = trusted.value();
    duo.professionalId = professional.value();
    duo.from = Day.addDays(1); // starts tomorrow
    DC_VERIFY_OK(DuoStore(*m_db).add(duo));
    duo.from = DuosFrom;
    duo.to = Day.addDays(-1); // stopped yesterday
    DC_VERIFY_OK(DuoStore(*m_db).add(duo));
    duo.to = Day; // its last day is today: still a candidate
    auto lastDay = DuoStore(*m_db).add(duo);
    DC_VERIFY_OK(lastDay);

    QList<qint64> ids;
    for (const MatchCandidate &c : rank(m_family))
        ids << c.duo.id;
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64>{working, lastDay.value()}));
}

void TestMatcher::closedFamilyIsRefused()
{
    m_family = addFamily(QStringLiteral("Bouzid"));
    QVERIFY(addDuo(QStringLiteral("A"), DuoSpec()) > 0);
    m_family.status = FamilyStatus::Closed;
    m_family.closedOn = QDate(2026, 5, 20);
    m_family.closingReason = QStringLiteral("Verhuisd");
    auto ranking = Matcher(*m_db).rank(m_family, Day);
    QVERIFY(!ranking.ok());
    QCOMPARE(ranking.error().kind, Error::Kind::Invalid);
    QVERIFY2(ranking.message().contains(m_family.caseCode), qPrintable(ranking.message()));
}

void TestMatcher::familyWithoutLanguagesOrWish()
{
    Family f = family(QStringLiteral("Jansen"), QDate(2026, 5, 1));
    f.homeLanguages.clear();
    auto added = FamilyStore(*m_db).add(f);
    DC_VERIFY_OK(added);
    QVERIFY(addDuo(QStringLiteral("A"), DuoSpec()) > 0);
    const QList<MatchCandidate> ranking = rank(added.value());
    QCOMPARE(ranking.size(), 1);
    // Nothing to say about language or gender; the place (the duo works in Amersfoort) and
    // the caseload are always reported.
    QCOMPARE(codesOf(ranking.first()),
             (QStringList{QStringLiteral("other_city"), QStringLiteral("caseload_headroom"),
                          QStringLiteral("caseload_headroom")}));
    QCOMPARE(ranking.first().score, MatchWeights::OtherCity + 2 * MatchWeights::CaseloadHeadroom);
}

void TestMatcher::localDuoOutranksDuosFromOtherCities()
{
    // Issue 13, point 12: a waiting family in Zwolle (Turkish and Dutch at home, asks for a
    // woman). Four duos in Amsterdam and Utrecht bring the language, the wish and room; one
    // duo in Zwolle brings only room. The Zwolle duo ranks first.
    Family f = family(QStringLiteral("Yılmaz"), QDate(2026, 5, 1), QStringLiteral("Holtenbroek"));
    f.city = QStringLiteral("Zwolle");
    f.homeLanguages = {QStringLiteral("tr"), QStringLiteral("nl")};
    f.preferredGender = GenderWish::Female;
    auto added = FamilyStore(*m_db).add(f);
    DC_VERIFY_OK(added);
    m_family = added.value();
    QList<qint64> elsewhere;
    for (const char *city : {"Amsterdam", "Utrecht", "Amsterdam", "Utrecht"}) {
        DuoSpec spec;
        spec.city = spec.professionalCity = QString::fromLatin1(city);
        spec.district = spec.professionalDistrict = QStringLiteral("Centrum");
        spec.trustedLanguages = {QStringLiteral("tr"), QStringLiteral("nl")};
        spec.professionalLanguages = {QStringLiteral("tr")};
        elsewhere << addDuo(QStringLiteral("E%1").arg(elsewhere.size()), spec);
    }
    DuoSpec zwolle;
    zwolle.city = zwolle.professionalCity = QStringLiteral("Zwolle");
    zwolle.district = zwolle.professionalDistrict = QStringLiteral("Stadshagen");
    zwolle.activeFamilies = 4;
    const qint64 local = addDuo(QStringLiteral("Z"), zwolle);
    QVERIFY(local > 0 && !elsewhere.contains(0));

    const QList<MatchCandidate> ranking = rank(m_family);
    QCOMPARE(ranking.size(), 5);
    QCOMPARE(ranking.first().duo.id, local);
    QVERIFY2(codesOf(ranking.first()).contains(QStringLiteral("same_city")),
             qPrintable(codesOf(ranking.first()).join(u',')));
    for (qsizetype i = 1; i < ranking.size(); ++i)
        QVERIFY2(codesOf(ranking.at(i)).contains(QStringLiteral("other_city")),
                 qPrintable(codesOf(ranking.at(i)).join(u',')));
}

void TestMatcher::districtNameOfAnotherCity()
{
    // Amsterdam and Utrecht both have a "Noord" (families live in both). A worker of an
    // Amsterdam organisation in Noord works in Amsterdam, not in the Utrecht family's Noord.
    Family amsterdam = family(QStringLiteral("Jansen"), QDate(2026, 4, 1), QStringLiteral("Noord"));
    amsterdam.city = QStringLiteral("Amsterdam");
    DC_VERIFY_OK(FamilyStore(*m_db).add(amsterdam));
    auto added = FamilyStore(*m_db).add(
        family(QStringLiteral("Bouzid"), QDate(2026, 5, 1), QStringLiteral("Noord")));
    DC_VERIFY_OK(added);
    m_family = added.value();
    DuoSpec noordAmsterdam;
    noordAmsterdam.city = QStringLiteral("Amsterdam");
    noordAmsterdam.district = QStringLiteral("Noord");
    DuoSpec zuilen;
    zuilen.city = QStringLiteral("Utrecht");
    zuilen.district = QStringLiteral("Zuilen");
    const qint64 a = addDuo(QStringLiteral("A"), noordAmsterdam);
    const qint64 b = addDuo(QStringLiteral("B"), zuilen);
    QVERIFY(a > 0 && b > 0);
    const QList<MatchCandidate> ranking = rank(m_family);
    QCOMPARE(ranking.size(), 2);
    QCOMPARE(ranking.at(0).duo.id, b);
    QVERIFY(codesOf(ranking.at(1)).contains(QStringLiteral("other_city")));
    QVERIFY(!codesOf(ranking.at(1)).contains(QStringLiteral("same_district")));
}

void TestMatcher::otherCityReasonTexts()
{
    m_family = addFamily(QStringLiteral("Bouzid"));
    DuoSpec amsterdam;
    amsterdam.city = QStringLiteral("Amsterdam");
    DuoSpec professionalElsewhere;
    professionalElsewhere.city = QStringLiteral("Utrecht");
    professionalElsewhere.professionalCity = QStringLiteral("Zwolle");
    professionalElsewhere.professionalDistrict = QStringLiteral("Stadshagen");
    QVERIFY(addDuo(QStringLiteral("A"), amsterdam) > 0);
    QVERIFY(addDuo(QStringLiteral("B"), professionalElsewhere) > 0);
    QStringList texts;
    for (const MatchCandidate &c : rank(m_family))
        for (const MatchReason &r : c.reasons)
            if (r.code == QLatin1String("other_city"))
                texts << r.text;
    QCOMPARE(texts, (QStringList{QStringLiteral("Works in another city (Amsterdam)"),
                                 QStringLiteral("Professional B works in another city (Zwolle)")}));
}

QTEST_GUILESS_MAIN(TestMatcher)
#include "TestMatcher.moc"
