#include "DemoNetworkWork.h"

#include "DemoMeetings.h"
#include "domain/DomainText.h"
#include "domain/Network.h"
#include "domain/NetworkMap.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace {
QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

// Forms of support by who gives them; {district} is the family's district.
struct SupportForm
{
    SupportKind kind;
    const char *provider; // empty: the partner organisation of the kind
    const char *what;
    int weight;
};

const QList<SupportForm> &supportForms()
{
    static const QList<SupportForm> forms = {
        {SupportKind::Community, "", "Taalcafé en inloopochtend voor ouders", 18},
        {SupportKind::Community, "", "Huiswerkklas in het buurthuis", 10},
        {SupportKind::NeighbourhoodHelp, "Buurvrouw", "Past twee middagen per week op de kinderen",
         8},
        {SupportKind::Relatives, "Grootouders", "Koken en oppassen in het weekend", 10},
        {SupportKind::Relatives, "Tante", "Gaat mee naar gesprekken op school", 6},
        {SupportKind::SocialDistrictTeam, "Wijkteam {district}", "Schuldhulpverlening", 16},
        {SupportKind::SocialDistrictTeam, "Wijkteam {district}", "Aanvraag bijzondere bijstand", 8},
        {SupportKind::YouthCare, "", "Opvoedondersteuning aan huis", 10},
        {SupportKind::SchoolSupport, "Schoolmaatschappelijk werk", "Gesprekken over verzuim", 8},
        {SupportKind::MentalHealth, "Praktijkondersteuner GGZ bij de huisarts",
         "Gesprekken over somberheid", 5},
        {SupportKind::SpecialistYouthCare, "Specialistische jeugdhulp", "Traumabehandeling", 2},
    };
    return forms;
}

const QStringList reviewReasons[3] = {
    lines("Het helpt: afspraken worden nagekomen.|Het gezin is er blij mee; zo doorgaan."),
    lines("Deels: de tijden worden aangepast aan het gezin.|Helpt wat; vaker contact "
          "afgesproken."),
    lines("Helpt niet: het gezin komt niet meer.|Sluit niet aan bij de vraag; gestopt in "
          "overleg."),
};

struct ReferralForm
{
    SupportKind kind;
    const char *reason;
    int weight;
};

const QList<ReferralForm> &referralForms()
{
    static const QList<ReferralForm> forms = {
        {SupportKind::SocialDistrictTeam, "Hulp bij schulden en post", 30},
        {SupportKind::YouthCare, "Vragen over opvoeding en grenzen stellen", 22},
        {SupportKind::MentalHealth, "Somberheid van een ouder", 12},
        {SupportKind::SpecialistYouthCare, "Ernstige gedragsproblemen van een kind", 8},
        {SupportKind::Community, "Contact met andere ouders in de buurt", 20},
        {SupportKind::SchoolSupport, "Verzuim en aansluiting bij school", 8},
    };
    return forms;
}

const QStringList referralOutcomes =
    lines("Ouder volgt een cursus en voelt zich sterker.|Betalingsregeling getroffen.|"
          "Kind heeft een vaste begeleider op school.|Het gezin gaat zelf naar de inloop.");
const QStringList declineReasons =
    lines("Wachtlijst te lang; elders aangemeld.|Valt buiten de doelgroep.");

template <typename Form> int pickWeighted(const QList<Form> &forms, int roll)
{
    int total = 0;
    for (const Form &form : forms)
        total += form.weight;
    roll %= total;
    for (int i = 0; i < forms.size(); ++i) {
        roll -= forms.at(i).weight;
        if (roll < 0)
            return i;
    }
    return 0;
}
} // namespace

DemoNetworkWork::DemoNetworkWork(Database &db, quint32 seed, Counts &counts)
    : m_seed(seed), m_counts(counts),
      m_supportRows(db, QStringLiteral("support"),
                    {QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("kind"),
                     QStringLiteral("provider"), QStringLiteral("organisation_id"),
                     QStringLiteral("what"), QStringLiteral("from_date"),
                     QStringLiteral("until_date"), QStringLiteral("end_reason")}),
      m_reviewRows(db, QStringLiteral("support_reviews"),
                   {QStringLiteral("support_id"), QStringLiteral("family_id"),
                    QStringLiteral("held_on"), QStringLiteral("helps"), QStringLiteral("decision"),
                    QStringLiteral("reason"), QStringLiteral("ended_support"),
                    QStringLiteral("meeting_id")}),
      m_referralRows(
          db, QStringLiteral("referrals"),
          {QStringLiteral("family_id"), QStringLiteral("duo_id"), QStringLiteral("sent_by"),
           QStringLiteral("organisation_id"), QStringLiteral("contact_name"),
           QStringLiteral("care_kind"), QStringLiteral("reason"), QStringLiteral("consent_id"),
           QStringLiteral("status"), QStringLiteral("sent_on"), QStringLiteral("answered_on"),
           QStringLiteral("started_on"), QStringLiteral("ended_on"), QStringLiteral("outcome")}),
      m_mapRows(db, QStringLiteral("network_map"),
                {QStringLiteral("family_id"), QStringLiteral("kind"), QStringLiteral("role"),
                 QStringLiteral("name"), QStringLiteral("closeness"), QStringLiteral("tie"),
                 QStringLiteral("supportive"), QStringLiteral("angle")})
{
    m_reviewRows.writeAfter(&m_supportRows);
}

void DemoNetworkWork::writeAfter(const QList<BatchInserter *> &parents)
{
    for (BatchInserter *parent : parents) {
        m_supportRows.writeAfter(parent);
        m_referralRows.writeAfter(parent);
        m_mapRows.writeAfter(parent);
    }
}

void DemoNetworkWork::setMeetings(DemoMeetings *meetings)
{
    m_meetings = meetings;
    m_reviewRows.writeAfter(meetings->meetingRows());
}

Status DemoNetworkWork::startIds()
{
    auto next = m_supportRows.nextId();
    if (!next)
        return next.error();
    m_nextSupport = next.value();
    return {};
}

Status DemoNetworkWork::family(const Family &family)
{
    if (!family.from.isValid() || family.from > family.until || !m_cities.contains(family.city))
        return {};
    m_rng.seed(m_seed ^ quint32(quint64(family.id) * 2246822519u));
    if (Status s = support(family); !s)
        return s;
    if (Status s = referrals(family); !s)
        return s;
    return networkMap(family);
}

Status DemoNetworkWork::support(const Family &family)
{
    const CityPartners &partners = m_cities.value(family.city);
    const int forms = below(4); // none to three forms of support, each a different one
    QList<int> chosen;
    for (int n = 0; n < forms; ++n) {
        const int pick = pickWeighted(supportForms(), below(1000));
        if (chosen.contains(pick))
            continue;
        chosen << pick;
        const SupportForm &form = supportForms().at(pick);
        const QDate from = family.from.addDays(below(90));
        if (from > family.until || from > m_today)
            continue;
        QString provider = QString::fromUtf8(form.provider);
        qint64 organisationId = 0;
        if (form.kind == SupportKind::Community && !partners.community.isEmpty()) {
            const Partner &p = partners.community.at(below(int(partners.community.size())));
            provider = p.name;
            organisationId = p.id;
        } else if (form.kind == SupportKind::YouthCare) {
            provider = partners.careProvider.name;
            organisationId = partners.careProvider.id;
        }
        provider.replace(QLatin1String("{district}"), family.district);
        const qint64 id = m_nextSupport++;
        // Reviewed every three months while it runs; what does not help is stopped.
        QDate until;
        QString endReason;
        QList<QVariantList> reviews;
        for (QDate held = from.addDays(91); held <= family.until && held < m_today;
             held = held.addDays(91)) {
            const int roll = below(100);
            const Helps helps = roll < 55 ? Helps::Yes : roll < 80 ? Helps::Partly : Helps::No;
            const Decision decision = helps == Helps::Yes      ? Decision::Continue
                                      : helps == Helps::Partly ? Decision::Adjust
                                                               : Decision::Stop;
            const QStringList &texts = reviewReasons[int(helps)];
            const QString reason = texts.at(below(int(texts.size())));
            const bool stops = decision == Decision::Stop;
            // A third of the reviews, and most stops, are made at the case consultation.
            qint64 meetingId = 0;
            if (m_meetings && chance(stops ? 0.7 : 0.3)) {
                const QDate last = std::min(family.until, m_today.addDays(-1));
                if (auto meeting = m_meetings->consultation(family.city, held, last)) {
                    held = meeting->day;
                    meetingId = meeting->id;
                    if (Status s = m_meetings->discuss(*meeting, family, stops); !s)
                        return s;
                }
            }
            reviews.append({id, family.id, SqlValues::date(held), DomainText::code(helps),
                            DomainText::code(decision), reason, stops ? 1 : 0,
                            SqlValues::id(meetingId)});
            if (stops) {
                until = held;
                endReason = reason;
                ++m_counts.supportStopped;
                break;
            }
        }
        if (!until.isValid() && family.until < m_today)
            until = family.until; // coaching ended, and the support with it
        if (Status s =
                m_supportRows.add({id, family.id, NetworkText::code(form.kind), provider,
                                   SqlValues::id(organisationId), QString::fromUtf8(form.what),
                                   SqlValues::date(from), SqlValues::date(until), endReason});
            !s)
            return s;
        ++m_counts.support;
        for (const QVariantList &review : std::as_const(reviews))
            if (Status s = m_reviewRows.add(review); !s)
                return s;
    }
    return {};
}

Status DemoNetworkWork::referrals(const Family &family)
{
    if (family.shareConsentId <= 0 || !chance(0.45))
        return {};
    const CityPartners &partners = m_cities.value(family.city);
    const ReferralForm &form = referralForms().at(pickWeighted(referralForms(), below(1000)));
    const QDate sentOn = family.from.addDays(14 + below(120));
    if (sentOn > family.until || sentOn > m_today)
        return {};
    Partner to = partners.careProvider;
    if (form.kind == SupportKind::SocialDistrictTeam || form.kind == SupportKind::SchoolSupport)
        to = partners.municipality;
    else if (form.kind == SupportKind::Community && !partners.community.isEmpty())
        to = partners.community.at(below(int(partners.community.size())));
    // The trusted person refers to informal partners, the professional to formal care.
    const qint64 sender =
        NetworkText::isFormal(form.kind) ? family.professionalId : family.trustedPersonId;
    // Answered within days to weeks; a few stay unanswered, more of them the recent ones.
    ReferralStatus status = ReferralStatus::Sent;
    QDate answered, started, ended;
    QString outcome;
    const QDate answer = sentOn.addDays(3 + below(25));
    if (answer <= m_today && answer <= family.until && !chance(0.06)) {
        answered = answer;
        if (chance(0.15)) {
            status = ReferralStatus::Declined;
            outcome = declineReasons.at(below(int(declineReasons.size())));
            ++m_counts.referralsDeclined;
        } else {
            status = ReferralStatus::Accepted;
            const QDate start = answered.addDays(7 + below(30));
            if (start <= m_today && start <= family.until) {
                status = ReferralStatus::Started;
                started = start;
                const QDate end = started.addDays(60 + below(120));
                if (end <= m_today && end <= family.until) {
                    status = ReferralStatus::Ended;
                    ended = end;
                    outcome = referralOutcomes.at(below(int(referralOutcomes.size())));
                }
            }
        }
    }
    if (status == ReferralStatus::Sent)
        ++m_counts.referralsUnanswered;
    if (form.kind == SupportKind::SpecialistYouthCare)
        ++m_counts.referralsSpecialist;
    ++m_counts.referrals;
    return m_referralRows.add({family.id, family.duoId, sender, to.id, to.contactName,
                               NetworkText::code(form.kind), QString::fromUtf8(form.reason),
                               family.shareConsentId, NetworkText::code(status),
                               SqlValues::date(sentOn), SqlValues::date(answered),
                               SqlValues::date(started), SqlValues::date(ended), outcome});
}

Status DemoNetworkWork::networkMap(const Family &family)
{
    // Drawn for seven families in ten: grandparents, an aunt, a neighbour or a friend, and the
    // school, the GP and others around them; a relation with a relative now and then strained.
    if (!chance(0.7))
        return {};
    struct Around
    {
        MapKind kind;
        const char *role;
        const char *name; // of an organisation, {district} the family's
        double share;
    };
    static const Around around[] = {
        {MapKind::Relative, "oma", "", 0.6},
        {MapKind::Relative, "opa", "", 0.3},
        {MapKind::Relative, "tante", "", 0.5},
        {MapKind::Relative, "oom", "", 0.3},
        {MapKind::Neighbour, "buurvrouw", "", 0.4},
        {MapKind::Friend, "vriendin van moeder", "", 0.35},
        {MapKind::School, "", "Basisschool {district}", 0.85},
        {MapKind::GeneralPractitioner, "", "Huisartsenpraktijk {district}", 0.6},
        {MapKind::SocialDistrictTeam, "", "Wijkteam {district}", 0.5},
        {MapKind::Faith, "", "Moskee {district}", 0.3},
        {MapKind::SportsClub, "", "Voetbalclub {district}", 0.3},
    };
    static const QStringList firstNames =
        lines("Fatma|Hasan|Leyla|Yusuf|Khadija|Mustafa|Emine|Ahmed|Selin|Ineke|Kees|Amal");
    QList<const Around *> chosen;
    for (const Around &a : around)
        if (chance(a.share))
            chosen << &a;
    // Spread around the household, as a coach would draw them, so that no two overlap.
    const double step = chosen.isEmpty() ? 0 : 360.0 / double(chosen.size());
    const int turn = below(360);
    for (int i = 0; i < chosen.size(); ++i) {
        const Around &a = *chosen.at(i);
        const bool person = NetworkMapText::isPerson(a.kind);
        QString name =
            person ? firstNames.at(below(int(firstNames.size()))) : QString::fromUtf8(a.name);
        name.replace(QLatin1String("{district}"), family.district);
        const int roll = below(100);
        const Tie tie = roll < 55   ? Tie::Strong
                        : roll < 85 ? Tie::Weak
                        : roll < 96 ? Tie::Strained
                                    : Tie::Broken;
        const int closeness = person ? 1 + below(2) : 2 + below(2);
        const bool supportive = tie == Tie::Strong || (tie == Tie::Weak && chance(0.6));
        if (Status s =
                m_mapRows.add({family.id, NetworkMapText::code(a.kind), QString::fromUtf8(a.role),
                               name, closeness, NetworkMapText::code(tie), supportive ? 1 : 0,
                               int(turn + i * step) % 360});
            !s)
            return s;
        ++m_counts.networkMapEntries;
    }
    return {};
}

Status DemoNetworkWork::flush()
{
    for (BatchInserter *rows : {&m_supportRows, &m_reviewRows, &m_referralRows, &m_mapRows})
        if (Status s = rows->flush(); !s)
            return s;
    return {};
}
