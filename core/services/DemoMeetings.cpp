#include "DemoMeetings.h"

#include "storage/SqlValues.h"

namespace {
QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

const QStringList questions =
    lines("Helpt de ondersteuning die er is nog?|Welke hulp past bij de schulden van het gezin?|"
          "Hoe krijgen we de ouders weer in gesprek met school?|Is zwaardere hulp nodig, of "
          "volstaat wat het netwerk biedt?|Hoe voorkomen we dat het kind uitvalt op school?");
const QStringList advices =
    lines("Inzetten op het netwerk van het gezin; geen nieuwe verwijzing.|Een gesprek met school "
          "samen met de vertrouwenspersoon.|Stoppen met wat niet helpt en de buurtsteun "
          "versterken.|Over zes weken opnieuw bespreken.");
const QStringList decisions = lines("Nieuw doel: rust in de financiën|Verwijzing naar "
                                    "schuldhulp via het wijkteam|Samen met de ouder naar de "
                                    "inloop van het buurthuis");
const QStringList collaborationNotes =
    lines("Afspraken over de intake: de vertrouwenspersoon belt het gezin eerst.|Verslaglegging "
          "binnen twee dagen na het huisbezoek.|Wachtlijst besproken; twee nieuwe duo's "
          "gevormd.");

struct Course
{
    const char *name;
    int days;       // how long it runs
    double share;   // of trusted persons who follow it
    int afterStart; // days after starting the work, at the earliest
};
const Course courses[] = {
    {"Basistraining vertrouwenspersoon", 42, 0.95, 14},
    {"Signaleren van onveiligheid (meldcode)", 1, 0.6, 90},
    {"Omgaan met schulden en armoede", 28, 0.35, 180},
    {"Gesprekken met tolk en zonder tolk", 1, 0.3, 120},
};

int below(QRandomGenerator &rng, int n)
{
    return n <= 0 ? 0 : int(rng.bounded(quint32(n)));
}
} // namespace

DemoMeetings::DemoMeetings(Database &db, quint32 seed, Counts &counts)
    : m_seed(seed), m_counts(counts),
      m_meetingRows(db, QStringLiteral("meetings"),
                    {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("held_on"),
                     QStringLiteral("title"), QStringLiteral("organiser_id"),
                     QStringLiteral("notes")}),
      m_workerRows(db, QStringLiteral("meeting_workers"),
                   {QStringLiteral("meeting_id"), QStringLiteral("worker_id")}),
      m_partnerRows(db, QStringLiteral("meeting_partners"),
                    {QStringLiteral("meeting_id"), QStringLiteral("organisation_id"),
                     QStringLiteral("contact_name")}),
      m_familyRows(db, QStringLiteral("meeting_families"),
                   {QStringLiteral("meeting_id"), QStringLiteral("family_id"),
                    QStringLiteral("question"), QStringLiteral("advice")}),
      m_decisionRows(db, QStringLiteral("meeting_decisions"),
                     {QStringLiteral("meeting_id"), QStringLiteral("family_id"),
                      QStringLiteral("kind"), QStringLiteral("what")}),
      m_trainingRows(db, QStringLiteral("trainings"),
                     {QStringLiteral("worker_id"), QStringLiteral("course"),
                      QStringLiteral("started_on"), QStringLiteral("ended_on"),
                      QStringLiteral("completed"), QStringLiteral("certificate_on")}),
      m_debriefRows(db, QStringLiteral("debriefs"),
                    {QStringLiteral("visit_id"), QStringLiteral("family_id"),
                     QStringLiteral("worker_id"), QStringLiteral("asked_on"),
                     QStringLiteral("held_on"), QStringLiteral("held_by")})
{
    m_workerRows.writeAfter(&m_meetingRows);
    m_partnerRows.writeAfter(&m_meetingRows);
    m_familyRows.writeAfter(&m_meetingRows);
    m_decisionRows.writeAfter(&m_familyRows);
}

void DemoMeetings::writeAfter(const QList<BatchInserter *> &parents)
{
    for (BatchInserter *parent : parents)
        for (BatchInserter *rows : {&m_meetingRows, &m_workerRows, &m_partnerRows, &m_familyRows,
                                    &m_trainingRows, &m_debriefRows})
            rows->writeAfter(parent);
}

Status DemoMeetings::startIds()
{
    auto next = m_meetingRows.nextId();
    if (!next)
        return next.error();
    m_nextMeeting = next.value();
    return {};
}

Result<qint64> DemoMeetings::meeting(const char *kind, const QDate &day, const QString &title,
                                     qint64 organiserId, const QString &notes)
{
    const qint64 id = m_nextMeeting++;
    if (Status s = m_meetingRows.add({id, QString::fromLatin1(kind), SqlValues::date(day), title,
                                      SqlValues::id(organiserId), notes});
        !s)
        return s.error();
    ++m_counts.meetings;
    return id;
}

Status DemoMeetings::city(int city, const DemoNetworkWork::CityPartners &partners,
                          const QDate &from)
{
    QRandomGenerator rng(m_seed ^ quint32(0x9e3779b9u * quint32(city + 1)));
    const DemoNetworkWork::Partner &community =
        partners.community.isEmpty() ? partners.careProvider : partners.community.first();
    m_debriefsHeldBy.insert(city, community.contactName);
    const auto atTable = [&](qint64 meetingId,
                             const QList<DemoNetworkWork::Partner> &present) -> Status {
        for (const DemoNetworkWork::Partner &p : present)
            if (Status s = m_partnerRows.add({meetingId, p.id, p.contactName}); !s)
                return s;
        return {};
    };
    // The consultation on the second Tuesday of each month, with the municipality's social
    // district team and the care provider at the table.
    for (QDate month(from.year(), from.month(), 1); month < m_today; month = month.addMonths(1)) {
        QDate day = month.addDays(7);
        while (day.dayOfWeek() != Qt::Tuesday)
            day = day.addDays(1);
        if (day < from || day >= m_today)
            continue;
        auto id = meeting("consultation", day, QStringLiteral("Casuïstiekoverleg"), community.id,
                          QString());
        if (!id)
            return id.error();
        if (Status s = atTable(id.value(), {partners.municipality, partners.careProvider}); !s)
            return s;
        m_consultations[city].append({id.value(), day});
        // Each quarter the two organisations look at how they work together.
        if (month.month() % 3 == 1) {
            auto together =
                meeting("collaboration", day.addDays(2),
                        QStringLiteral("Tussenevaluatie samenwerking"), partners.careProvider.id,
                        collaborationNotes.at(below(rng, collaborationNotes.size())));
            if (!together)
                return together.error();
            if (Status s = atTable(together.value(), {community, partners.careProvider}); !s)
                return s;
        }
    }
    // The volunteers' lunch every six weeks, organised by the community organisation.
    for (QDate day = from.addDays(10 + below(rng, 20)); day < m_today; day = day.addDays(42)) {
        auto id =
            meeting("network", day, QStringLiteral("Vrijwilligerslunch"), community.id, QString());
        if (!id)
            return id.error();
        if (Status s = atTable(id.value(), {community}); !s)
            return s;
        m_lunches[city].append({id.value(), day});
    }
    return {};
}

Status DemoMeetings::attend(qint64 meetingId, qint64 workerId)
{
    if (workerId <= 0 || m_attended.contains({meetingId, workerId}))
        return {};
    m_attended.insert({meetingId, workerId});
    return m_workerRows.add({meetingId, workerId});
}

Status DemoMeetings::trustedPerson(int city, qint64 workerId, const QDate &from, const QDate &to)
{
    QRandomGenerator rng(m_seed ^ quint32(quint64(workerId) * 2654435761u));
    const QDate last = to.isValid() ? std::min(to, m_today) : m_today;
    for (const Course &course : courses) {
        if (rng.generateDouble() >= course.share)
            continue;
        const QDate start = from.addDays(course.afterStart + below(rng, 300));
        if (start >= last)
            continue;
        const QDate end = start.addDays(course.days - 1);
        // A course that ends after today, or one a leaver did not finish, is not completed.
        const bool completed = end < m_today && end <= last && rng.generateDouble() < 0.92;
        const QDate certificate = completed ? end.addDays(below(rng, 10)) : QDate();
        if (Status s = m_trainingRows.add(
                {workerId, QString::fromUtf8(course.name), SqlValues::date(start),
                 SqlValues::date(completed || end < last ? end : QDate()), completed ? 1 : 0,
                 SqlValues::date(certificate.isValid() && certificate < m_today ? certificate
                                                                                : QDate())});
            !s)
            return s;
        ++m_counts.trainings;
    }
    // Most come to most lunches.
    const double comes = 0.4 + 0.5 * rng.generateDouble();
    for (const Consultation &lunch : m_lunches.value(city))
        if (lunch.day >= from && lunch.day <= last && rng.generateDouble() < comes)
            if (Status s = attend(lunch.id, workerId); !s)
                return s;
    return {};
}

std::optional<DemoMeetings::Consultation> DemoMeetings::consultation(int city, const QDate &day,
                                                                     const QDate &until) const
{
    for (const Consultation &c : m_consultations.value(city))
        if (c.day >= day)
            return c.day <= until ? std::optional<Consultation>(c) : std::nullopt;
    return std::nullopt;
}

Status DemoMeetings::discuss(const Consultation &meeting, const DemoNetworkWork::Family &family,
                             bool stops)
{
    if (m_discussed.contains({meeting.id, family.id}))
        return {};
    m_discussed.insert({meeting.id, family.id});
    QRandomGenerator rng(m_seed ^ quint32(quint64(family.id) * 40503u + quint64(meeting.id)));
    if (Status s =
            m_familyRows.add({meeting.id, family.id, questions.at(below(rng, questions.size())),
                              advices.at(below(rng, advices.size()))});
        !s)
        return s;
    ++m_counts.familiesDiscussed;
    for (qint64 worker : {family.trustedPersonId, family.professionalId})
        if (Status s = attend(meeting.id, worker); !s)
            return s;
    // Besides the review of its support, now and then another decision.
    if (stops || rng.generateDouble() < 0.3) {
        const int pick = below(rng, decisions.size());
        const char *kind = pick == 0 ? "goal" : pick == 1 ? "referral" : "other";
        if (Status s = m_decisionRows.add(
                {meeting.id, family.id, QString::fromLatin1(kind), decisions.at(pick)});
            !s)
            return s;
    }
    return {};
}

Status DemoMeetings::doneVisit(qint64 visitId, qint64 familyId, int city, const QDate &day,
                               qint64 trustedPersonId, qint64 professionalId)
{
    const QString heldBy = m_debriefsHeldBy.value(city);
    QRandomGenerator rng(m_seed ^ quint32(quint64(visitId) * 2246822519u));
    if (rng.generateDouble() >= 0.012)
        return {};
    // Mostly the trusted person asks, the day after; held within three weeks, by the
    // coordinator; the last fortnight's requests are still open.
    const qint64 worker = rng.generateDouble() < 0.75 ? trustedPersonId : professionalId;
    const QDate asked = day.addDays(below(rng, 2));
    if (asked >= m_today)
        return {};
    const QDate held = asked.addDays(2 + below(rng, 19));
    const bool open = held >= m_today || asked > m_today.addDays(-14);
    if (Status s = m_debriefRows.add({visitId, familyId, worker, SqlValues::date(asked),
                                      open ? QVariant() : SqlValues::date(held),
                                      open ? QVariant() : QVariant(heldBy)});
        !s)
        return s;
    ++m_counts.debriefs;
    if (open)
        ++m_counts.debriefsOpen;
    return {};
}

Status DemoMeetings::flush()
{
    for (BatchInserter *rows : {&m_meetingRows, &m_workerRows, &m_partnerRows, &m_familyRows,
                                &m_decisionRows, &m_trainingRows, &m_debriefRows})
        if (Status s = rows->flush(); !s)
            return s;
    return {};
}
