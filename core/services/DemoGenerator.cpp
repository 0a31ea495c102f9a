#include "DemoGenerator.h"

#include "DemoCoachWork.h"
#include "DemoMeetings.h"
#include "DemoNetworkWork.h"

#include "domain/ConsentRule.h"
#include "domain/DomainText.h"
#include "domain/Languages.h"
#include "storage/BatchInserter.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <queue>
#include <vector>

namespace {
// A community the families and trusted persons come from: names and home languages.
struct Community
{
    QStringList familyNames;
    QStringList femaleNames;
    QStringList maleNames;
    QStringList languages; // codes, the first is spoken at home most
    int weight;
};

struct District
{
    const char *name;
    int postcodeFrom;
    int postcodeTo;
    QStringList streets;
};

struct City
{
    const char *name;
    int weight;
    QList<District> districts;
    QStringList communityOrganisations;
    QString careProvider;
    QString phonePrefix;
};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(','));
}

const QList<Community> &communities()
{
    static const QList<Community> all = {
        {words("El Amrani,Bouzid,Azzouzi,El Idrissi,Benali,Ouali,Chaara,El Khattabi,Ziani,Amzil"),
         words("Fatima,Yasmina,Nora,Imane,Khadija,Salma"),
         words("Mohamed,Ayoub,Bilal,Rayan,Soufiane,Anouar"),
         {QStringLiteral("ar"), QStringLiteral("zgh"), QStringLiteral("nl")},
         22},
        {words("Yılmaz,Öztürk,Demir,Kaya,Çelik,Şahin,Aydın,Arslan,Doğan,Koç"),
         words("Ayşe,Elif,Zeynep,İrem,Büşra,Hatice"),
         words("Mehmet,Emre,Yusuf,Hüseyin,Kerem,Ömer"),
         {QStringLiteral("tr"), QStringLiteral("nl")},
         18},
        {words("Pinas,Kromodimedjo,Biharie,Sedney,Tjin-A-Fo,Amatdjais,Karsowidjojo,Doelwijt"),
         words("Shanti,Sharmila,Naomi,Roshni,Priya"),
         words("Romano,Dewesh,Jaimy,Quincy,Dion"),
         {QStringLiteral("srn"), QStringLiteral("nl")},
         10},
        {words("Martina,Cijntje,Rosaria,Pieternella,Isenia,Doran"),
         words("Giselle,Chanella,Jearlin,Xiomara"),
         words("Jurgen,Shaquille,Rudsel"),
         {QStringLiteral("pap"), QStringLiteral("nl")},
         6},
        {words("Tesfay,Gebremedhin,Haile,Kidane,Berhane,Tekle,Weldu"),
         words("Senait,Merhawit,Helen,Saba"),
         words("Yonas,Filmon,Daniel,Robel"),
         {QStringLiteral("ti"), QStringLiteral("ar")},
         9},
        {words("Abdi,Warsame,Hassan,Farah,Mohamud,Jama"),
         words("Hodan,Fadumo,Ayaan,Hibo,Yusra"),
         words("Ahmed,Liban,Abdirahman"),
         {QStringLiteral("so"), QStringLiteral("en")},
         6},
        {words("Al-Hassan,Haddad,Khatib,Al-Ahmad,Darwish,Hamdan"),
         words("Rania,Lina,Maya,Nour"),
         words("Omar,Karim,Tarek,Sami"),
         {QStringLiteral("ar"), QStringLiteral("ku")},
         9},
        {words("Kowalski,Nowak,Wiśniewska,Wójcik,Kamińska,Lewandowski"),
         words("Agnieszka,Zuzanna,Magdalena,Julia"),
         words("Piotr,Kacper,Tomasz,Jakub"),
         {QStringLiteral("pl")},
         6},
        {words("Ahmadi,Rahimi,Hakimi,Sultani,Noori"),
         words("Mariam,Nilofar,Zahra,Parwana"),
         words("Farid,Sohrab,Hamid"),
         {QStringLiteral("prs"), QStringLiteral("fa")},
         5},
        {words("Kovalenko,Shevchenko,Bondarenko,Melnyk,Tkachenko"),
         words("Olena,Sofiia,Iryna,Anastasiia"),
         words("Andriy,Maksym,Dmytro"),
         {QStringLiteral("uk"), QStringLiteral("en")},
         4},
        {words("de Vries,Jansen,Bakker,Visser,Smit,de Boer,Mulder,Bos"),
         words("Sanne,Lotte,Femke,Iris,Anouk"),
         words("Daan,Jesse,Thijs,Bram,Ruben"),
         {QStringLiteral("nl")},
         5},
    };
    return all;
}

const QList<City> &cities()
{
    static const QList<City> all = {
        {"Amsterdam",
         50,
         {{"Nieuw-West", 1060, 1069,
           words("Osdorpplein,Slotermeerlaan,Burgemeester Röellstraat,Pieter Calandlaan")},
          {"Zuidoost", 1100, 1108, words("Bijlmerdreef,Ganzenhoef,Kraaiennest,Gaasperdammerweg")},
          {"Noord", 1021, 1035, words("Meeuwenlaan,Waddenweg,Van der Pekstraat,Purmerweg")},
          {"Oost", 1091, 1098, words("Javastraat,Dapperstraat,Molukkenstraat,Linnaeusstraat")},
          {"West", 1051, 1058, words("Kinkerstraat,Jan Evertsenstraat,Admiraal de Ruijterweg")}},
         words("Stichting Vrouwen van Nieuw-West,Buurtmoeders Zuidoost,Samen Sterk Noord"),
         QStringLiteral("Jeugdhulp Amstel Ambulant"),
         QStringLiteral("020")},
        {"Utrecht",
         30,
         {{"Overvecht", 3562, 3564, words("Amazonedreef,Zamenhofdreef,Tigrisdreef,Gambiadreef")},
          {"Kanaleneiland", 3526, 3527,
           words("Marshalllaan,Churchilllaan,Bernadottelaan,Rooseveltlaan")},
          {"Zuilen", 3551, 3555, words("Amsterdamsestraatweg,Prins Bernhardlaan,Julianaweg")},
          {"Lombok", 3531, 3532, words("Kanaalstraat,Damstraat,Vleutenseweg")}},
         words("Stichting Brug Overvecht,Al Amal Utrecht"),
         QStringLiteral("Gezinskracht Utrecht"),
         QStringLiteral("030")},
        {"Zwolle",
         20,
         {{"Holtenbroek", 8031, 8032, words("Pisuissestraat,Nieuwe Veerallee,Vechtstraat")},
          {"Diezerpoort", 8011, 8013,
           words("Hortensiastraat,Diezerstraat,Pieter Stuyvesantstraat")},
          {"Stadshagen", 8043, 8045, words("Werkeren,Frankhuizerallee,Mimosastraat")},
          {"Aa-landen", 8033, 8034, words("Aalanderweg,Rhijnvis Feithlaan,Tesselschadelaan")}},
         words("Vrouwennetwerk Holtenbroek"),
         QStringLiteral("Jeugdteam IJsselland"),
         QStringLiteral("038")},
    };
    return all;
}

const QStringList referralSources = words("Wijkteam,Huisarts,School,Jeugdgezondheidszorg,Moskee,"
                                          "Zelfmelding,Welzijnsorganisatie,Veilig Thuis");
const QStringList closingReasons =
    words("Doelen bereikt,Verhuisd naar andere gemeente,Overgedragen aan specialistische jeugdhulp,"
          "Gezin wilde stoppen");
const QStringList professionalFemaleNames = words("Marieke,Esther,Inge,Nadia,Hanneke,Leila,Kim");
const QStringList professionalMaleNames = words("Joost,Wouter,Sander,Mark,Bas,Jeroen");
const QStringList professionalLastNames =
    words("van Dijk,Hendriks,de Graaf,Vermeulen,Kuiper,Peters,Dekker,van Leeuwen,Brouwer,Postma");

// Families a duo carries at a time: a city forms another duo when its caseload would rise above
// this. Trusted persons take 7 to 9 families (max_caseload), so a full duo still has room.
constexpr int FamiliesPerDuo = 7;
// Visits are planned this far ahead of the reference day.
constexpr int PlannedAheadDays = 21;

// A worker's time in a role; `to` is the day the successor starts, invalid while still working.
struct Tenure
{
    qint64 workerId = 0;
    QDate from;
    QDate to;
};

// One duo of a slot, from the day it formed until the day it parted (invalid: still together).
struct DuoSpan
{
    qint64 id = 0;
    QDate from;
    QDate to;
    qint64 trustedPersonId = 0;
    qint64 professionalId = 0;
};

// A place for a duo in a city's team. When its trusted person or professional leaves, the
// successor forms a new duo in the same slot and takes over its families: that is how families
// get an assignment history.
struct Slot
{
    int city = 0;
    int community = 0;
    QString district;
    QStringList languages; // of its trusted persons: their community's languages and Dutch
    QDate opens;
    QList<DuoSpan> duos;
    QList<int> caseEnds; // Julian days the families it carries leave, for its load in matching
};

// Everything about one family that is decided before anything is written.
struct FamilyPlan
{
    int city = 0;
    int district = 0;
    int community = 0;
    QString familyName;
    QStringList homeLanguages;
    QString street;
    QString postcode;
    QString gender;
    QString referralSource;
    QDate referredOn;
    QDate assignedOn; // invalid: no duo (yet)
    QDate endOn;      // the last day of coaching, possibly after the reference day
    FamilyStatus status = FamilyStatus::Referred;
    QDate closedOn;
    QString closingReason;
    int slot = -1;
    qint64 id = 0;
    QString caseCode;
};

class Generator
{
public:
    Generator(Database &db, const DemoGenerator::Options &options);

    Status run(const std::function<void(int)> &progress);
    Counts counts() const { return m_counts; }

private:
    const QString &firstName(const Community &c, bool male)
    {
        return pick(male ? c.maleNames : c.femaleNames);
    }
    const QString &anyFirstName(const Community &c) { return firstName(c, chance(0.5)); }
    // A name not used yet in `used`; after a few draws a middle initial makes it unique,
    // as people with common names do themselves.
    QString uniqueName(QSet<QString> &used, const std::function<QString()> &draw)
    {
        QString name = draw();
        for (int attempt = 0; used.contains(name) && attempt < 20; ++attempt)
            name = draw();
        while (used.contains(name)) {
            const int space = int(name.indexOf(QLatin1Char(' ')));
            name.insert(space + 1, QString(QChar(u'A' + below(26))) + QLatin1String(". "));
        }
        used.insert(name);
        return name;
    }
    int below(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }
    int weighted(const QList<int> &weights);
    QDate referralDay(int index);

    Status startIds();
    void planFamily(int index);
    void planSlots();
    // The people who hold one role one after the other from `from`; hire(active) adds one.
    QList<Tenure> tenures(const QDate &from, int firstMinDays,
                          const std::function<qint64(bool active)> &hire);
    Status organisationsAndTeams();
    void matchFamilies();
    Status writeFamily(const FamilyPlan &plan);
    Status writeConsent(const FamilyPlan &plan, const QList<HouseholdMember> &household);
    Status writeVisits(const FamilyPlan &plan, const QList<DuoSpan> &assignments,
                       const QList<qint64> &parents, const QList<qint64> &children);

    Database &m_db;
    DemoGenerator::Options m_options;
    QRandomGenerator m_rng;
    QDate m_historyStart;
    int m_historyDays = 0;
    Counts m_counts;
    QList<FamilyPlan> m_families;
    QList<Slot> m_slots;
    QSet<QString> m_workerNames;
    QList<int> m_cityWeights;
    QList<int> m_communityWeights;

    // Ids are given here rather than read back with lastInsertId() after every row: rows go
    // out in batches, and the next id of each table is known from its largest one.
    qint64 m_nextOrganisation = 1;
    qint64 m_nextWorker = 1;
    qint64 m_nextDuo = 1;
    qint64 m_nextFamily = 1;
    qint64 m_nextMember = 1;
    qint64 m_nextAssignment = 1;
    qint64 m_nextVisit = 1;
    qint64 m_nextConsent = 1;
    qint64 m_shareConsent = 0; // the family's consent to share with a partner, 0: none

    BatchInserter m_organisationRows;
    BatchInserter m_workerRows;
    BatchInserter m_duoRows;
    BatchInserter m_familyRows;
    BatchInserter m_memberRows;
    BatchInserter m_assignmentRows;
    BatchInserter m_visitRows;
    BatchInserter m_attendeeRows;
    BatchInserter m_consentRows;
    DemoCoachWork m_coachWork;
    DemoNetworkWork m_network;
    DemoMeetings m_meetings;
};

Generator::Generator(Database &db, const DemoGenerator::Options &options)
    : m_db(db), m_options(options), m_rng(options.seed),
      m_organisationRows(db, QStringLiteral("organisations"),
                         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                          QStringLiteral("city"), QStringLiteral("contact_name"),
                          QStringLiteral("contact_phone"), QStringLiteral("contact_email")}),
      m_workerRows(db, QStringLiteral("workers"),
                   {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"),
                    QStringLiteral("organisation_id"), QStringLiteral("languages"),
                    QStringLiteral("district"), QStringLiteral("gender"),
                    QStringLiteral("max_caseload"), QStringLiteral("phone"),
                    QStringLiteral("email"), QStringLiteral("active")}),
      m_duoRows(db, QStringLiteral("duos"),
                {QStringLiteral("id"), QStringLiteral("trusted_person_id"),
                 QStringLiteral("professional_id"), QStringLiteral("from_date"),
                 QStringLiteral("to_date")}),
      m_familyRows(db, QStringLiteral("families"),
                   {QStringLiteral("id"), QStringLiteral("case_code"),
                    QStringLiteral("family_name"), QStringLiteral("street"),
                    QStringLiteral("postcode"), QStringLiteral("city"), QStringLiteral("district"),
                    QStringLiteral("home_languages"), QStringLiteral("preferred_gender"),
                    QStringLiteral("referral_source"), QStringLiteral("referred_on"),
                    QStringLiteral("status"), QStringLiteral("closed_on"),
                    QStringLiteral("closing_reason")}),
      m_memberRows(db, QStringLiteral("household_members"),
                   {QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("first_name"),
                    QStringLiteral("role"), QStringLiteral("birth_year")}),
      m_assignmentRows(db, QStringLiteral("assignments"),
                       {QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("duo_id"),
                        QStringLiteral("from_date"), QStringLiteral("to_date")}),
      m_visitRows(db, QStringLiteral("visits"),
                  {QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("duo_id"),
                   QStringLiteral("starts_at"), QStringLiteral("duration_minutes"),
                   QStringLiteral("status"), QStringLiteral("trusted_person_present"),
                   QStringLiteral("professional_present"), QStringLiteral("status_reason")}),
      m_attendeeRows(db, QStringLiteral("visit_attendees"),
                     {QStringLiteral("visit_id"), QStringLiteral("member_id")}),
      m_consentRows(db, QStringLiteral("consents"),
                    {QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("purpose"),
                     QStringLiteral("given_by"), QStringLiteral("given_on"),
                     QStringLiteral("withdrawn_on")}),
      m_coachWork(db, m_rng, m_counts), m_network(db, options.seed, m_counts),
      m_meetings(db, options.seed, m_counts)
{
    m_coachWork.setToday(options.today);
    m_network.setToday(options.today);
    m_meetings.setToday(options.today);
    m_meetings.writeAfter({&m_familyRows, &m_organisationRows, &m_workerRows, &m_visitRows});
    m_network.setMeetings(&m_meetings);
    m_network.writeAfter(
        {&m_familyRows, &m_organisationRows, &m_workerRows, &m_duoRows, &m_consentRows});
    m_coachWork.writeAfter(&m_familyRows, &m_workerRows, &m_visitRows);
    // A row's parents go out before it, as foreign keys checked row by row would require.
    m_workerRows.writeAfter(&m_organisationRows);
    m_duoRows.writeAfter(&m_workerRows);
    m_memberRows.writeAfter(&m_familyRows);
    m_assignmentRows.writeAfter(&m_familyRows);
    m_assignmentRows.writeAfter(&m_duoRows);
    m_visitRows.writeAfter(&m_familyRows);
    m_visitRows.writeAfter(&m_duoRows);
    m_attendeeRows.writeAfter(&m_visitRows);
    m_attendeeRows.writeAfter(&m_memberRows);
    m_consentRows.writeAfter(&m_familyRows);

    for (const City &c : cities())
        m_cityWeights << c.weight;
    for (const Community &c : communities())
        m_communityWeights << c.weight;
    m_historyDays = int(std::lround(DemoGenerator::historyYears(options.families) * 365.25));
    m_historyStart = options.today.addDays(-m_historyDays);
}

int Generator::weighted(const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = below(total);
    for (int i = 0; i < weights.size(); ++i) {
        if (r < weights.at(i))
            return i;
        r -= weights.at(i);
    }
    return 0;
}

QDate Generator::referralDay(int index)
{
    // Referrals grow slowly as a programme becomes known: the rate rises linearly from 0.8 to
    // 1.2 times its mean over the history. Drawn by inverting that distribution's CDF,
    // 0.2 x² + 0.8 x = u, with u stratified (the index-th of `families` equal parts): referrals
    // arrive steadily, so even a small demo has families referred in the last weeks, waiting.
    const double u = (index + m_rng.generateDouble()) / m_options.families;
    const double x = (std::sqrt(0.64 + 0.8 * u) - 0.8) / 0.4;
    const int day = std::min(m_historyDays, int(x * (m_historyDays + 1)));
    return m_historyStart.addDays(day);
}

Status Generator::startIds()
{
    // The demo only fills a database without families or workers, but ids still continue after
    // whatever rows the tables hold (organisations may exist, rows may have been deleted).
    const QList<QPair<const char *, qint64 *>> tables = {{"organisations", &m_nextOrganisation},
                                                         {"workers", &m_nextWorker},
                                                         {"duos", &m_nextDuo},
                                                         {"families", &m_nextFamily},
                                                         {"household_members", &m_nextMember},
                                                         {"assignments", &m_nextAssignment},
                                                         {"visits", &m_nextVisit},
                                                         {"consents", &m_nextConsent}};
    for (const auto &[table, next] : tables) {
        auto highest = m_db.scalar(
            QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(table)));
        if (!highest)
            return highest.error();
        *next = highest->toLongLong() + 1;
    }
    return {};
}

void Generator::planFamily(int index)
{
    FamilyPlan f;
    f.city = weighted(m_cityWeights);
    const City &city = cities().at(f.city);
    f.district = below(int(city.districts.size()));
    const District &district = city.districts.at(f.district);
    f.community = weighted(m_communityWeights);
    const Community &community = communities().at(f.community);
    f.familyName = pick(community.familyNames);
    f.homeLanguages = community.languages;
    if (f.homeLanguages.size() > 1 && chance(0.4))
        f.homeLanguages.removeLast();
    // One draw a statement: the operands of + are evaluated in an unspecified order, so
    // "same seed, same data" would otherwise differ between compilers.
    const QString &street = pick(district.streets);
    f.street = QStringLiteral("%1 %2").arg(street).arg(1 + below(180));
    const int postcode =
        district.postcodeFrom + below(district.postcodeTo - district.postcodeFrom + 1);
    QString letters;
    do {
        const QChar second(u'A' + below(26));
        letters = QString(QChar(u'A' + below(26))) + second;
    } while (letters == QLatin1String("SA") || letters == QLatin1String("SD") ||
             letters == QLatin1String("SS"));
    f.postcode = QStringLiteral("%1 %2").arg(postcode).arg(letters);
    f.gender = chance(0.45)  ? QStringLiteral("female")
               : chance(0.1) ? QStringLiteral("male")
                             : QStringLiteral("none");
    f.referralSource = pick(referralSources);

    // The path of a family: referral, an intake conversation some weeks later, a duo some
    // weeks after that, then coaching until the goals are reached, the family is handed on to
    // specialist care, or it stops early. A few families withdraw before a duo is found.
    const QDate today = m_options.today;
    f.referredOn = referralDay(index);
    const QDate intakeOn = f.referredOn.addDays(between(10, 50));
    const QDate assignedOn = intakeOn.addDays(between(10, 40));
    const bool withdraws = chance(0.04);
    const QDate withdrawsOn = f.referredOn.addDays(between(5, int(f.referredOn.daysTo(intakeOn))));
    const int path = below(100);
    int coachingDays = 0;
    if (path < 12) {
        coachingDays = between(30, 150);
        f.closingReason = closingReasons.at(chance(0.7) ? 3 : 1);
    } else if (path < 25) {
        coachingDays = between(90, 360);
        f.closingReason = closingReasons.at(2);
    } else {
        coachingDays = between(270, 870);
        f.closingReason = closingReasons.at(0);
    }
    if (withdraws && withdrawsOn < today) {
        f.status = FamilyStatus::Closed;
        f.closedOn = withdrawsOn;
        f.closingReason = closingReasons.at(3);
    } else if (withdraws || today < intakeOn) {
        // A family that will withdraw has not done so yet: it is still waiting.
        f.status = today < intakeOn ? FamilyStatus::Referred : FamilyStatus::Intake;
    } else if (today < assignedOn) {
        f.status = FamilyStatus::Intake;
    } else {
        f.assignedOn = assignedOn;
        f.endOn = assignedOn.addDays(coachingDays);
        f.status = f.endOn < today ? FamilyStatus::Closed : FamilyStatus::Active;
        if (f.status == FamilyStatus::Closed)
            f.closedOn = f.endOn;
    }
    if (f.status != FamilyStatus::Closed)
        f.closingReason.clear();
    m_families.append(f);
}

QList<Tenure> Generator::tenures(const QDate &from, int firstMinDays,
                                 const std::function<qint64(bool active)> &hire)
{
    // People stay in a role for some years; whoever left is followed by a successor the next
    // day of work. The one working now has no end date: the future is not known.
    QList<Tenure> chain;
    QDate start = from;
    for (bool first = true;; first = false) {
        const QDate end =
            start.addDays(first ? between(firstMinDays, 15 * 365) : between(5 * 365, 15 * 365));
        const bool stays = end >= m_options.today;
        chain.append({hire(stays), start, stays ? QDate() : end});
        if (stays)
            return chain;
        start = end;
    }
}

void Generator::planSlots()
{
    // A city forms a new duo whenever the families it coaches at once would exceed
    // FamiliesPerDuo for every duo it has: a growing programme grows its team. Every city
    // has at least one duo, so even a one-family demo can be matched.
    for (int ci = 0; ci < cities().size(); ++ci) {
        QList<const FamilyPlan *> coached;
        for (const FamilyPlan &f : std::as_const(m_families))
            if (f.city == ci && f.assignedOn.isValid())
                coached.append(&f);
        std::stable_sort(
            coached.begin(), coached.end(),
            [](const FamilyPlan *a, const FamilyPlan *b) { return a->assignedOn < b->assignedOn; });
        QList<QDate> opens{m_historyStart.addDays(-between(30, 90))};
        std::priority_queue<qint64, std::vector<qint64>, std::greater<qint64>> ends;
        for (const FamilyPlan *f : std::as_const(coached)) {
            const qint64 day = f->assignedOn.toJulianDay();
            while (!ends.empty() && ends.top() <= day)
                ends.pop();
            ends.push(f->endOn.toJulianDay());
            if (int(ends.size()) > FamiliesPerDuo * int(opens.size()))
                opens.append(std::max(opens.constFirst(), f->assignedOn.addDays(-between(20, 60))));
        }
        const City &city = cities().at(ci);
        for (const QDate &open : std::as_const(opens)) {
            Slot slot;
            slot.city = ci;
            slot.community = weighted(m_communityWeights);
            slot.district = QString::fromUtf8(pick(city.districts).name);
            slot.languages = communities().at(slot.community).languages;
            if (!slot.languages.contains(QStringLiteral("nl")))
                slot.languages << QStringLiteral("nl");
            slot.opens = open;
            m_slots.append(slot);
        }
    }
}

Status Generator::organisationsAndTeams()
{
    for (int ci = 0; ci < cities().size(); ++ci) {
        const City &city = cities().at(ci);
        const QString cityName = QString::fromLatin1(city.name);
        auto phone = [&]() {
            return QStringLiteral("%1-%2").arg(city.phonePrefix).arg(2000000 + below(7999999));
        };
        DemoNetworkWork::Partner partner; // the organisation made last
        DemoNetworkWork::CityPartners partners;
        auto organisation = [&](const QString &name, OrganisationKind kind) -> Result<qint64> {
            const Community &c = pick(communities());
            const QString &familyName = pick(c.familyNames); // drawn first, see planFamily()
            const QString person = anyFirstName(c) + QLatin1Char(' ') + familyName;
            QString domain = name.toLower();
            domain.remove(QLatin1Char(' '));
            const qint64 id = m_nextOrganisation++;
            ++m_counts.organisations;
            partner = {id, name, person};
            if (Status s = m_organisationRows.add(
                    {id, name, DomainText::code(kind), cityName, person, phone(),
                     QStringLiteral("contact@%1.example").arg(domain.left(24))});
                !s)
                return s.error();
            return id;
        };
        QList<qint64> communityOrganisations;
        for (const QString &name : city.communityOrganisations) {
            auto id = organisation(name, OrganisationKind::Community);
            if (!id)
                return id.error();
            communityOrganisations << id.value();
            partners.community << partner;
        }
        auto provider = organisation(city.careProvider, OrganisationKind::CareProvider);
        if (!provider)
            return provider.error();
        partners.careProvider = partner;
        auto municipality =
            organisation(QStringLiteral("Gemeente ") + cityName, OrganisationKind::Municipality);
        if (!municipality)
            return municipality.error();
        partners.municipality = partner;
        m_network.addCity(ci, partners);
        if (Status s = m_meetings.city(ci, partners, m_historyStart); !s)
            return s;

        // Only a failed batch write can go wrong while hiring; the first failure is kept.
        Status written;
        auto hire = [&](bool trustedPerson, bool active, const QVariantList &values) -> qint64 {
            const qint64 id = m_nextWorker++;
            ++m_counts.workers;
            ++(trustedPerson ? m_counts.trustedPersons : m_counts.professionals);
            if (active)
                ++m_counts.activeWorkers;
            m_coachWork.setWorkerName(id, values.first().toString());
            if (written)
                written =
                    m_workerRows.add(QVariantList{id} + values + QVariantList{active ? 1 : 0});
            return id;
        };
        // The city's slots in pairs: a professional usually works in two duos at once.
        QList<int> citySlots;
        for (int s = 0; s < m_slots.size(); ++s)
            if (m_slots.at(s).city == ci)
                citySlots << s;
        for (int pair = 0; pair < citySlots.size(); pair += 2) {
            Slot &lead = m_slots[citySlots.at(pair)];
            const Community &leadCommunity = communities().at(lead.community);
            const QList<Tenure> professionals = tenures(lead.opens, 2 * 365, [&](bool active) {
                QStringList languages{QStringLiteral("nl"), QStringLiteral("en")};
                if (chance(0.3))
                    languages << leadCommunity.languages.first();
                const bool male = chance(0.3);
                const QString name = uniqueName(m_workerNames, [&] {
                    const QString &first =
                        pick(male ? professionalMaleNames : professionalFemaleNames);
                    return first + QLatin1Char(' ') + pick(professionalLastNames);
                });
                QString mail = name.toLower();
                mail.remove(QLatin1Char('.')).replace(QLatin1Char(' '), QLatin1Char('.'));
                return hire(false, active,
                            {name, QStringLiteral("professional"), provider.value(),
                             Languages::join(languages), lead.district,
                             male ? QStringLiteral("male") : QStringLiteral("female"),
                             12 + below(6), phone(),
                             QStringLiteral("%1@jeugdhulp.example").arg(mail)});
            });
            for (int member = pair; member < std::min(pair + 2, int(citySlots.size())); ++member) {
                Slot &slot = m_slots[citySlots.at(member)];
                const Community &community = communities().at(slot.community);
                // Trusted persons come from the community and speak its languages and Dutch;
                // a leaver is followed by someone from the same community.
                const QList<Tenure> trusted = tenures(slot.opens, 365, [&](bool active) {
                    const bool male = chance(0.25);
                    const QString name = uniqueName(m_workerNames, [&] {
                        const QString &family = pick(community.familyNames); // drawn first
                        return firstName(community, male) + QLatin1Char(' ') + family;
                    });
                    return hire(
                        true, active,
                        {name, QStringLiteral("trusted_person"), pick(communityOrganisations),
                         Languages::join(slot.languages), slot.district,
                         male ? QStringLiteral("male") : QStringLiteral("female"), 7 + below(3),
                         QStringLiteral("06-%1").arg(10000000 + below(89999999)), QString()});
                });
                for (const Tenure &t : trusted)
                    if (Status s = m_meetings.trustedPerson(ci, t.workerId, t.from, t.to); !s)
                        return s;
                // A new duo forms whenever either member changes.
                QList<QDate> changes;
                for (const Tenure &t : trusted)
                    changes << t.from;
                for (const Tenure &p : professionals)
                    if (p.from > slot.opens)
                        changes << p.from;
                std::sort(changes.begin(), changes.end());
                changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
                auto holder = [](const QList<Tenure> &chain, const QDate &day) {
                    for (const Tenure &t : chain)
                        if (t.from <= day && (!t.to.isValid() || day < t.to))
                            return t.workerId;
                    return chain.constLast().workerId;
                };
                for (int c = 0; c < changes.size(); ++c) {
                    DuoSpan duo{m_nextDuo++, changes.at(c),
                                c + 1 < changes.size() ? changes.at(c + 1) : QDate(),
                                holder(trusted, changes.at(c)),
                                holder(professionals, changes.at(c))};
                    ++m_counts.duos;
                    if (Status s =
                            m_duoRows.add({duo.id, duo.trustedPersonId, duo.professionalId,
                                           SqlValues::date(duo.from), SqlValues::date(duo.to)});
                        !s)
                        return s;
                    slot.duos.append(duo);
                }
            }
        }
        if (!written)
            return written;
    }
    return m_duoRows.flush();
}

void Generator::matchFamilies()
{
    // As a coordinator would, in the order families got their duo: a duo of their city that
    // speaks a language of the family and has room, the lightest caseload on that day first.
    QList<int> order;
    for (int i = 0; i < m_families.size(); ++i)
        if (m_families.at(i).assignedOn.isValid())
            order << i;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_families.at(a).assignedOn < m_families.at(b).assignedOn;
    });
    for (int i : std::as_const(order)) {
        FamilyPlan &f = m_families[i];
        const qint64 day = f.assignedOn.toJulianDay();
        int best = -1;
        int bestScore = INT_MIN;
        for (int s = 0; s < m_slots.size(); ++s) {
            Slot &slot = m_slots[s];
            if (slot.city != f.city || slot.opens > f.assignedOn)
                continue;
            slot.caseEnds.removeIf([day](int end) { return end <= day; });
            const bool shared =
                std::any_of(f.homeLanguages.begin(), f.homeLanguages.end(),
                            [&](const QString &l) { return slot.languages.contains(l); });
            // A shared language weighs as much as two families less; a duo with more than
            // FamiliesPerDuo families is full and taken only when every duo is.
            const int load = int(slot.caseEnds.size());
            const int score =
                (shared ? 20 : 0) - 10 * load + below(15) - (load > FamiliesPerDuo ? 1000 : 0);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        f.slot = best;
        m_slots[best].caseEnds.append(int(f.endOn.toJulianDay()));
    }
}

Status Generator::writeFamily(const FamilyPlan &f)
{
    const City &city = cities().at(f.city);
    const Community &community = communities().at(f.community);
    if (Status s = m_familyRows.add({f.id, f.caseCode, f.familyName, f.street, f.postcode,
                                     QString::fromLatin1(city.name),
                                     QString::fromUtf8(city.districts.at(f.district).name),
                                     Languages::join(f.homeLanguages), f.gender, f.referralSource,
                                     SqlValues::date(f.referredOn), DomainText::code(f.status),
                                     SqlValues::date(f.closedOn), f.closingReason});
        !s)
        return s;
    ++m_counts.families;
    switch (f.status) {
    case FamilyStatus::Referred:
        ++m_counts.familiesReferred;
        break;
    case FamilyStatus::Intake:
        ++m_counts.familiesIntake;
        break;
    case FamilyStatus::Active:
        ++m_counts.familiesActive;
        break;
    case FamilyStatus::Closed:
        ++m_counts.familiesClosed;
        break;
    }

    // Birth years as of the referral: a family referred years ago has grown older since.
    const int year = f.referredOn.year();
    QList<qint64> parents, children;
    DemoCoachWork::Family work{f.id, {}, {}, f.assignedOn, {}, f.status != FamilyStatus::Closed};
    QSet<QString> memberNames;        // no two members of a household share a first name
    QList<HouseholdMember> household; // for who must consent (ConsentRule)
    auto addMember = [&](const QString &role, int birthYear) -> Result<qint64> {
        const qint64 id = m_nextMember++;
        HouseholdMember member;
        member.role = role == QLatin1String("parent")  ? MemberRole::Parent
                      : role == QLatin1String("child") ? MemberRole::Child
                                                       : MemberRole::Other;
        member.birthYear = birthYear;
        household << member;
        const QString name = uniqueName(memberNames, [&] { return anyFirstName(community); });
        if (role == QLatin1String("parent"))
            work.parents << name;
        else if (role == QLatin1String("child"))
            work.children << name;
        if (Status s = m_memberRows.add({id, f.id, name, role, birthYear}); !s)
            return s.error();
        ++m_counts.householdMembers;
        return id;
    };
    const int parentCount = chance(0.35) ? 1 : 2;
    for (int p = 0; p < parentCount; ++p) {
        auto id = addMember(QStringLiteral("parent"), year - 28 - below(22));
        if (!id)
            return id.error();
        parents << id.value();
    }
    const int childCount = 1 + below(4);
    for (int c = 0; c < childCount; ++c) {
        auto id = addMember(QStringLiteral("child"), year - below(17));
        if (!id)
            return id.error();
        children << id.value();
    }
    if (chance(0.1)) {
        auto id = addMember(QStringLiteral("other"), year - 60 - below(20));
        if (!id)
            return id.error();
    }
    m_shareConsent = 0;
    if (f.assignedOn.isValid())
        if (Status s = writeConsent(f, household); !s)
            return s;
    if (f.slot < 0)
        return {};

    // One assignment for every duo of the slot during the coaching; a handover ends one
    // assignment on the day the next begins. Only a closed family's last one has an end.
    const bool closed = f.status == FamilyStatus::Closed;
    QList<DuoSpan> assignments;
    for (const DuoSpan &duo : m_slots.at(f.slot).duos) {
        if ((closed && duo.from >= f.closedOn) || (duo.to.isValid() && duo.to <= f.assignedOn))
            continue;
        QDate to = duo.to;
        if (closed && (!to.isValid() || to > f.closedOn))
            to = f.closedOn;
        const DuoSpan assignment{duo.id, std::max(f.assignedOn, duo.from), to, duo.trustedPersonId,
                                 duo.professionalId};
        if (Status s = m_assignmentRows.add({m_nextAssignment++, f.id, assignment.id,
                                             SqlValues::date(assignment.from),
                                             SqlValues::date(assignment.to)});
            !s)
            return s;
        ++m_counts.assignments;
        assignments.append(assignment);
    }
    if (assignments.isEmpty())
        return writeVisits(f, assignments, parents, children);
    work.until = std::min(f.endOn, m_options.today);
    if (f.status == FamilyStatus::Closed)
        work.until = f.closedOn;
    if (Status s = m_coachWork.beginFamily(work); !s)
        return s;
    if (Status s = writeVisits(f, assignments, parents, children); !s)
        return s;
    const DuoSpan &last = assignments.constLast();
    if (Status s = m_coachWork.endFamily({last.id, last.trustedPersonId, last.professionalId}); !s)
        return s;
    // The first duo's network: most support and referrals start in the first months.
    const DuoSpan &first = assignments.constFirst();
    return m_network.family({f.id, f.city, QString::fromUtf8(city.districts.at(f.district).name),
                             f.assignedOn, work.until, first.id, first.trustedPersonId,
                             first.professionalId, m_shareConsent});
}

Status Generator::writeConsent(const FamilyPlan &f, const QList<HouseholdMember> &household)
{
    // Consent is asked before the first home visit, from whoever ConsentRule asks for given
    // the children's ages. Nearly every family consents to everything; a few decline the
    // supervision export or withdraw it later, so exports show families left out. Drawn from
    // a generator of the family's own: the rest of the demo is the same as without consent.
    QRandomGenerator rng(m_options.seed ^ quint32(quint64(f.id) * 2654435761u));
    const QDate givenOn = f.assignedOn;
    const QString givenBy =
        ConsentText::code(ConsentRule::required(household, givenOn).suggested());
    const QDate lastDay = f.status == FamilyStatus::Closed ? f.closedOn : m_options.today;
    const int draw = int(rng.bounded(100));
    const bool declines = draw < 3;
    QDate withdrawnOn;
    if (draw >= 3 && draw < 6 && givenOn.daysTo(lastDay) > 30)
        withdrawnOn = givenOn.addDays(30 + rng.bounded(int(givenOn.daysTo(lastDay)) - 29));
    for (ConsentPurpose purpose : ConsentText::purposes()) {
        const bool export_ = purpose == ConsentPurpose::SupervisionExport;
        if (export_ && declines)
            continue;
        const qint64 id = m_nextConsent++;
        if (purpose == ConsentPurpose::ShareWithPartner)
            m_shareConsent = id;
        if (Status s = m_consentRows.add({id, f.id, ConsentText::code(purpose), givenBy,
                                          SqlValues::date(givenOn),
                                          SqlValues::date(export_ ? withdrawnOn : QDate())});
            !s)
            return s;
    }
    return {};
}

Status Generator::writeVisits(const FamilyPlan &f, const QList<DuoSpan> &assignments,
                              const QList<qint64> &parents, const QList<qint64> &children)
{
    const QDate today = m_options.today;
    const QDate until = f.status == FamilyStatus::Closed
                            ? f.closedOn
                            : std::min(f.endOn, today.addDays(PlannedAheadDays));
    // A family has its own rhythm: a weekday and hour that suit it, weekly or fortnightly.
    const int weekday = 1 + below(5);
    const int hour = chance(0.2) ? 18 : 9 + below(7);
    const int interval = chance(0.85) ? 7 : 14;
    int current = 0;
    QDate day = f.assignedOn.addDays((weekday - f.assignedOn.dayOfWeek() + 7) % 7);
    for (; day <= until; day = day.addDays(interval)) {
        if (chance(0.05))
            continue; // holidays
        // On a handover day the new duo comes.
        while (current + 1 < assignments.size() && day >= assignments.at(current).to)
            ++current;
        const bool past = day < today;
        const int roll = below(100);
        const VisitStatus status = !past       ? VisitStatus::Planned
                                   : roll < 84 ? VisitStatus::Done
                                   : roll < 93 ? VisitStatus::Cancelled
                                               : VisitStatus::NoShow;
        const bool done = status == VisitStatus::Done;
        bool tp = done && chance(0.93);
        const bool prof = done && chance(0.9);
        if (done && !tp && !prof)
            tp = true;
        // Written as text directly: a QDateTime in local time would consult the time zone
        // (a stat() of /etc/localtime) for every visit, which once took a tenth of the time.
        const QString start =
            day.toString(Qt::ISODate) +
            (chance(0.5) ? QStringLiteral("T%1:00:00") : QStringLiteral("T%1:30:00"))
                .arg(hour, 2, 10, QLatin1Char('0'));
        const qint64 id = m_nextVisit++;
        const DuoSpan &duo = assignments.at(current);
        if (Status s = m_visitRows.add({id, f.id, duo.id, start, chance(0.7) ? 60 : 90,
                                        DomainText::code(status), tp ? 1 : 0, prof ? 1 : 0,
                                        m_coachWork.reasonFor(status)});
            !s)
            return s;
        ++m_counts.visits;
        switch (status) {
        case VisitStatus::Planned:
            ++m_counts.visitsPlanned;
            break;
        case VisitStatus::Done:
            ++m_counts.visitsDone;
            break;
        case VisitStatus::Cancelled:
            ++m_counts.visitsCancelled;
            break;
        case VisitStatus::NoShow:
            ++m_counts.visitsNoShow;
            break;
        }
        if (!done)
            continue;
        if (Status s =
                m_coachWork.doneVisit(id, day, {duo.id, duo.trustedPersonId, duo.professionalId});
            !s)
            return s;
        if (Status s = m_meetings.doneVisit(id, f.id, f.city, day, duo.trustedPersonId,
                                            duo.professionalId);
            !s)
            return s;
        if (Status s = m_attendeeRows.add({id, parents.first()}); !s)
            return s;
        if (parents.size() > 1 && chance(0.4))
            if (Status s = m_attendeeRows.add({id, parents.at(1)}); !s)
                return s;
        for (qint64 child : children)
            if (chance(0.3))
                if (Status s = m_attendeeRows.add({id, child}); !s)
                    return s;
    }
    return {};
}

Status Generator::run(const std::function<void(int)> &progress)
{
    if (Status s = startIds(); !s)
        return s;
    if (Status s = m_coachWork.startIds(); !s)
        return s;
    if (Status s = m_network.startIds(); !s)
        return s;
    if (Status s = m_meetings.startIds(); !s)
        return s;
    for (int i = 0; i < m_options.families; ++i)
        planFamily(i);
    // Case codes and ids follow the referrals, as they would have been registered.
    std::stable_sort(
        m_families.begin(), m_families.end(),
        [](const FamilyPlan &a, const FamilyPlan &b) { return a.referredOn < b.referredOn; });
    QHash<int, int> caseCodesByYear;
    for (FamilyPlan &f : m_families) {
        const int year = f.referredOn.year();
        f.id = m_nextFamily++;
        f.caseCode = QStringLiteral("G-%1-%2").arg(year).arg(++caseCodesByYear[year], 4, 10,
                                                             QLatin1Char('0'));
    }
    planSlots();
    if (Status s = organisationsAndTeams(); !s)
        return s;
    matchFamilies();
    for (int i = 0; i < m_families.size(); ++i) {
        if (Status s = writeFamily(m_families.at(i)); !s)
            return s;
        if (progress && (i % 100 == 0 || i + 1 == m_families.size()))
            progress((i + 1) * 100 / int(m_families.size()));
    }
    for (BatchInserter *rows : {&m_familyRows, &m_memberRows, &m_assignmentRows, &m_visitRows,
                                &m_attendeeRows, &m_consentRows})
        if (Status s = rows->flush(); !s)
            return s;
    if (Status s = m_coachWork.flush(); !s)
        return s;
    if (Status s = m_meetings.flush(); !s)
        return s;
    return m_network.flush();
}

} // namespace

double DemoGenerator::historyYears(int families)
{
    return qBound(1.0, families / 1000.0, 10.0);
}

Result<Counts> DemoGenerator::generate(Database &db, const Options &options,
                                       const std::function<void(int)> &progress)
{
    if (options.families < 1 || options.families > MaxFamilies)
        return Error::invalid(
            tr("The number of demo families must be between 1 and %1.").arg(MaxFamilies));
    // Hundreds of thousands of rows must not go into a damaged file (issue 13).
    if (Status sound = db.checkSound(); !sound)
        return sound.error();
    auto existing = db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM families) + "
                                             "(SELECT count(*) FROM workers)"));
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0)
        return Error::refused(tr("The database \"%1\" already holds families or workers; demo data "
                                 "is only added to an empty database.")
                                  .arg(db.displayName()));
    // One transaction; the engine checks the references once before the commit instead of
    // row by row (see SqliteEngine::beforeBulkWrite: a fifth of the run on a file).
    Generator generator(db, options);
    if (Status done = db.bulkWrite([&] { return generator.run(progress); }); !done)
        return done.error();
    return generator.counts();
}
