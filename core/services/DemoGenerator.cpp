#include "DemoGenerator.h"

#include "domain/DomainText.h"
#include "domain/Languages.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <climits>
#include <cmath>

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

class Generator
{
public:
    Generator(Database &db, const DemoGenerator::Options &options)
        : m_db(db), m_options(options), m_rng(options.seed)
    {}

    Status run(const std::function<void(int)> &progress);
    Counts counts() const { return m_counts; }

private:
    struct DuoInfo
    {
        qint64 id;
        int city;
        QStringList languages; // of the trusted person
        int families = 0;
    };

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
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }
    int weighted(const QList<int> &weights);

    Result<qint64> insert(const QString &sql, const QVariantList &binds);
    Status organisationsAndWorkers();
    Status family(int index);
    Status visits(qint64 familyId, const DuoInfo &duo, const QDate &from, const QDate &until,
                  const QList<qint64> &parents, const QList<qint64> &children);

    Database &m_db;
    DemoGenerator::Options m_options;
    QRandomGenerator m_rng;
    Counts m_counts;
    QList<DuoInfo> m_duos;
    QHash<int, int> m_caseCodeByYear;
    QSet<QString> m_workerNames;
};

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

Result<qint64> Generator::insert(const QString &sql, const QVariantList &binds)
{
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status Generator::organisationsAndWorkers()
{
    const QString orgSql = QStringLiteral(
        "INSERT INTO organisations (name, kind, city, contact_name, contact_phone, contact_email) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    const QString workerSql = QStringLiteral(
        "INSERT INTO workers (name, role, organisation_id, languages, district, gender, "
        "max_caseload, phone, email, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const QString duoSql = QStringLiteral(
        "INSERT INTO duos (trusted_person_id, professional_id, from_date) VALUES (?, ?, ?)");

    // About six families per duo; those not yet assigned wait for one.
    const int duoCount = std::max(2, int(std::lround(m_options.families * 0.8 / 6.0)));
    QList<int> cityWeights;
    for (const City &c : cities())
        cityWeights << c.weight;
    QList<int> communityWeights;
    for (const Community &c : communities())
        communityWeights << c.weight;

    for (int ci = 0; ci < cities().size(); ++ci) {
        const City &city = cities().at(ci);
        const QString cityName = QString::fromLatin1(city.name);
        auto phone = [&]() {
            return QStringLiteral("%1-%2").arg(city.phonePrefix).arg(2000000 + below(7999999));
        };
        auto contact = [&](const QString &orgName, OrganisationKind kind) -> Result<qint64> {
            const Community &c = pick(communities());
            // One draw a statement: the operands of + are evaluated in an unspecified order,
            // so "same seed, same data" would otherwise differ between compilers. The order
            // (family name first) is the one this code has always had with GCC.
            const QString &familyName = pick(c.familyNames);
            const QString person = anyFirstName(c) + QLatin1Char(' ') + familyName;
            QString domain = orgName.toLower();
            domain.remove(QLatin1Char(' '));
            ++m_counts.organisations;
            return insert(orgSql, {orgName, DomainText::code(kind), cityName, person, phone(),
                                   QStringLiteral("contact@%1.example").arg(domain.left(24))});
        };
        QList<qint64> communityOrgs;
        for (const QString &name : city.communityOrganisations) {
            auto id = contact(name, OrganisationKind::Community);
            if (!id)
                return id.error();
            communityOrgs << id.value();
        }
        auto provider = contact(city.careProvider, OrganisationKind::CareProvider);
        if (!provider)
            return provider.error();
        auto municipality =
            contact(QStringLiteral("Gemeente ") + cityName, OrganisationKind::Municipality);
        if (!municipality)
            return municipality.error();

        int cityDuos = std::max(1, int(std::lround(duoCount * city.weight / 100.0)));
        QList<qint64> professionals;
        for (int d = 0; d < cityDuos; ++d) {
            const District &district = pick(city.districts);
            const QString districtName = QString::fromUtf8(district.name);
            const Community &community = communities().at(weighted(communityWeights));
            // Trusted persons come from the community and speak its languages and Dutch.
            QStringList languages = community.languages;
            if (!languages.contains(QStringLiteral("nl")))
                languages << QStringLiteral("nl");
            const bool male = chance(0.25);
            const QString tpName = uniqueName(m_workerNames, [&] {
                const QString &family = pick(community.familyNames); // drawn first, as before
                return firstName(community, male) + QLatin1Char(' ') + family;
            });
            auto tp = insert(
                workerSql, {tpName, QStringLiteral("trusted_person"), pick(communityOrgs),
                            Languages::join(languages), districtName,
                            male ? QStringLiteral("male") : QStringLiteral("female"), 6 + below(4),
                            QStringLiteral("06-%1").arg(10000000 + below(89999999)), QString(), 1});
            if (!tp)
                return tp.error();
            ++m_counts.workers;
            ++m_counts.trustedPersons;
            ++m_counts.activeWorkers;
            // A professional usually works in two duos.
            if (professionals.isEmpty() || d % 2 == 0) {
                QStringList profLanguages{QStringLiteral("nl"), QStringLiteral("en")};
                if (chance(0.3))
                    profLanguages << community.languages.first();
                const bool profMale = chance(0.3);
                const QString profName = uniqueName(m_workerNames, [&] {
                    const QString &first =
                        pick(profMale ? professionalMaleNames : professionalFemaleNames);
                    return first + QLatin1Char(' ') + pick(professionalLastNames);
                });
                QString mail = profName;
                mail = mail.toLower()
                           .remove(QLatin1Char('.'))
                           .replace(QLatin1Char(' '), QLatin1Char('.'));
                auto prof = insert(
                    workerSql,
                    {profName, QStringLiteral("professional"), provider.value(),
                     Languages::join(profLanguages), districtName,
                     profMale ? QStringLiteral("male") : QStringLiteral("female"), 12 + below(6),
                     phone(),
                     QStringLiteral("%1@%2.example").arg(mail, QStringLiteral("jeugdhulp")), 1});
                if (!prof)
                    return prof.error();
                professionals << prof.value();
                ++m_counts.workers;
                ++m_counts.professionals;
                ++m_counts.activeWorkers;
            }
            const QDate from = m_options.today.addDays(-500 - below(400));
            auto duo =
                insert(duoSql, {tp.value(), professionals.constLast(), SqlValues::date(from)});
            if (!duo)
                return duo.error();
            ++m_counts.duos;
            m_duos.append({duo.value(), ci, languages, 0});
        }
    }
    Q_UNUSED(cityWeights);
    return {};
}

Status Generator::family(int index)
{
    QList<int> cityWeights;
    for (const City &c : cities())
        cityWeights << c.weight;
    QList<int> communityWeights;
    for (const Community &c : communities())
        communityWeights << c.weight;

    const int ci = weighted(cityWeights);
    const City &city = cities().at(ci);
    const District &district = pick(city.districts);
    const Community &community = communities().at(weighted(communityWeights));
    const QString familyName = pick(community.familyNames);
    QStringList homeLanguages = community.languages;
    if (homeLanguages.size() > 1 && chance(0.4))
        homeLanguages.removeLast();

    // Status mix of a running programme: most families active, some waiting, some closed.
    const int roll = below(100);
    const FamilyStatus status = roll < 8    ? FamilyStatus::Referred
                                : roll < 15 ? FamilyStatus::Intake
                                : roll < 85 ? FamilyStatus::Active
                                            : FamilyStatus::Closed;
    const QDate today = m_options.today;
    QDate referredOn = status == FamilyStatus::Referred ? today.addDays(-below(40))
                       : status == FamilyStatus::Intake ? today.addDays(-20 - below(60))
                                                        : today.addDays(-60 - below(420));
    const int year = referredOn.year();
    const int number = ++m_caseCodeByYear[year];
    const QString caseCode =
        QStringLiteral("G-%1-%2").arg(year).arg(number, 4, 10, QLatin1Char('0'));
    const QDate assignedOn = referredOn.addDays(14 + below(30));
    QDate closedOn;
    QString closingReason;
    if (status == FamilyStatus::Closed) {
        closedOn = std::min(today.addDays(-1), assignedOn.addDays(90 + below(240)));
        closingReason = pick(closingReasons);
    }
    const int postcode =
        district.postcodeFrom + below(district.postcodeTo - district.postcodeFrom + 1);
    QString letters;
    do {
        const QChar second(u'A' + below(26)); // drawn first, see contact()
        letters = QString(QChar(u'A' + below(26))) + second;
    } while (letters == QLatin1String("SA") || letters == QLatin1String("SD") ||
             letters == QLatin1String("SS"));
    const QString gender = chance(0.45)  ? QStringLiteral("female")
                           : chance(0.1) ? QStringLiteral("male")
                                         : QStringLiteral("none");

    auto familyId = insert(
        QStringLiteral(
            "INSERT INTO families (case_code, family_name, street, postcode, city, "
            "district, home_languages, preferred_gender, referral_source, referred_on, "
            "status, closed_on, closing_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseCode, familyName,
         QStringLiteral("%1 %2").arg(pick(district.streets)).arg(1 + below(180)),
         QStringLiteral("%1 %2").arg(postcode).arg(letters), QString::fromLatin1(city.name),
         QString::fromUtf8(district.name), Languages::join(homeLanguages), gender,
         pick(referralSources), SqlValues::date(referredOn), DomainText::code(status),
         SqlValues::date(closedOn), closingReason});
    if (!familyId)
        return familyId.error();
    ++m_counts.families;
    switch (status) {
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

    const QString memberSql = QStringLiteral("INSERT INTO household_members (family_id, "
                                             "first_name, role, birth_year) VALUES (?, ?, ?, ?)");
    QList<qint64> parents, children;
    QSet<QString> memberNames; // no two members of a household share a first name
    const auto memberName = [&] {
        return uniqueName(memberNames, [&] { return anyFirstName(community); });
    };
    const int parentCount = chance(0.35) ? 1 : 2;
    for (int p = 0; p < parentCount; ++p) {
        auto id = insert(memberSql, {familyId.value(), memberName(), QStringLiteral("parent"),
                                     today.year() - 28 - below(22)});
        if (!id)
            return id.error();
        parents << id.value();
    }
    const int childCount = 1 + below(4);
    for (int c = 0; c < childCount; ++c) {
        auto id = insert(memberSql, {familyId.value(), memberName(), QStringLiteral("child"),
                                     today.year() - 1 - below(17)});
        if (!id)
            return id.error();
        children << id.value();
    }
    m_counts.householdMembers += parentCount + childCount;
    if (chance(0.1)) {
        auto id = insert(memberSql, {familyId.value(), memberName(), QStringLiteral("other"),
                                     today.year() - 60 - below(20)});
        if (!id)
            return id.error();
        ++m_counts.householdMembers;
    }

    if (status == FamilyStatus::Referred || status == FamilyStatus::Intake)
        return {};

    // Matching as a coordinator would: same city, a shared language, the lightest caseload.
    DuoInfo *best = nullptr;
    for (DuoInfo &duo : m_duos) {
        if (duo.city != ci)
            continue;
        const bool shared =
            std::any_of(homeLanguages.begin(), homeLanguages.end(),
                        [&](const QString &l) { return duo.languages.contains(l); });
        const int score = (shared ? 100 : 0) - duo.families * 10 + below(15);
        const bool bestShared =
            best && std::any_of(homeLanguages.begin(), homeLanguages.end(),
                                [&](const QString &l) { return best->languages.contains(l); });
        const int bestScore = best ? (bestShared ? 100 : 0) - best->families * 10 : INT_MIN;
        if (!best || score > bestScore)
            best = &duo;
    }
    if (!best)
        best = &m_duos.first();
    if (status == FamilyStatus::Active)
        ++best->families;

    auto assignment = insert(
        QStringLiteral(
            "INSERT INTO assignments (family_id, duo_id, from_date, to_date) VALUES (?, ?, ?, ?)"),
        {familyId.value(), best->id, SqlValues::date(assignedOn), SqlValues::date(closedOn)});
    if (!assignment)
        return assignment.error();
    ++m_counts.assignments;

    const QDate until = status == FamilyStatus::Closed ? closedOn : today.addDays(21);
    Q_UNUSED(index);
    return visits(familyId.value(), *best, std::max(assignedOn, today.addDays(-365)), until,
                  parents, children);
}

Status Generator::visits(qint64 familyId, const DuoInfo &duo, const QDate &from, const QDate &until,
                         const QList<qint64> &parents, const QList<qint64> &children)
{
    const QString visitSql = QStringLiteral(
        "INSERT INTO visits (family_id, duo_id, starts_at, duration_minutes, status, "
        "trusted_person_present, professional_present) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const QString attendeeSql =
        QStringLiteral("INSERT INTO visit_attendees (visit_id, member_id) VALUES (?, ?)");
    // A family has its own rhythm: a weekday and hour that suit it, weekly or fortnightly.
    const int weekday = 1 + below(5);
    const int hour = chance(0.2) ? 18 : 9 + below(7);
    const int interval = chance(0.75) ? 7 : 14;
    QDate day = from.addDays((weekday - from.dayOfWeek() + 7) % 7);
    for (; day <= until; day = day.addDays(interval)) {
        if (chance(0.05))
            continue; // holidays
        const bool past = day < m_options.today;
        const int roll = below(100);
        const VisitStatus status = !past       ? VisitStatus::Planned
                                   : roll < 84 ? VisitStatus::Done
                                   : roll < 93 ? VisitStatus::Cancelled
                                               : VisitStatus::NoShow;
        const bool done = status == VisitStatus::Done;
        bool tp = done && chance(0.93);
        bool prof = done && chance(0.9);
        if (done && !tp && !prof)
            tp = true;
        const QDateTime start(day, QTime(hour, chance(0.5) ? 0 : 30));
        auto visit =
            insert(visitSql, {familyId, duo.id, SqlValues::dateTime(start), chance(0.7) ? 60 : 90,
                              DomainText::code(status), tp ? 1 : 0, prof ? 1 : 0});
        if (!visit)
            return visit.error();
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
        QList<qint64> present{parents.first()};
        if (parents.size() > 1 && chance(0.4))
            present << parents.at(1);
        for (qint64 child : children)
            if (chance(0.3))
                present << child;
        for (qint64 member : present) {
            auto a = m_db.exec(attendeeSql, {visit.value(), member});
            if (!a)
                return a.error();
        }
    }
    return {};
}

Status Generator::run(const std::function<void(int)> &progress)
{
    if (Status s = organisationsAndWorkers(); !s)
        return s;
    for (int i = 0; i < m_options.families; ++i) {
        if (Status s = family(i); !s)
            return s;
        if (progress && (i % 100 == 0 || i + 1 == m_options.families))
            progress((i + 1) * 100 / m_options.families);
    }
    return {};
}
} // namespace

Result<Counts> DemoGenerator::generate(Database &db, const Options &options,
                                       const std::function<void(int)> &progress)
{
    if (options.families < 1 || options.families > MaxFamilies)
        return Error::invalid(
            tr("The number of demo families must be between 1 and %1.").arg(MaxFamilies));
    auto existing = db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM families) + "
                                             "(SELECT count(*) FROM workers)"));
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0)
        return Error::refused(tr("The database \"%1\" already holds families or workers; demo data "
                                 "is only added to an empty database.")
                                  .arg(db.displayName()));
    Generator generator(db, options);
    Status done = db.transaction([&] { return generator.run(progress); });
    if (!done)
        return done.error();
    return generator.counts();
}
