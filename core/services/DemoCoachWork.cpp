#include "DemoCoachWork.h"

#include "domain/DomainText.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <algorithm>

namespace {
QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

// What a goal in each life domain says; {parent} and {child} become the family's first names.
const QHash<LifeDomain, QStringList> &goalTexts()
{
    static const QHash<LifeDomain, QStringList> texts = {
        {LifeDomain::Finances, lines("Schulden in kaart en een betalingsregeling getroffen|"
                                     "{parent} houdt zelf de post en rekeningen bij")},
        {LifeDomain::WorkEducation, lines("{child} gaat elke dag naar school|"
                                          "{parent} volgt een taalcursus of opleiding")},
        {LifeDomain::TimeUse, lines("{child} heeft een sport of club na school")},
        {LifeDomain::Housing, lines("Geen huurachterstand meer|Een passende woning gevonden")},
        {LifeDomain::HomeRelationships, lines("Minder ruzie thuis, vaste momenten samen|{parent} "
                                              "en {child} praten weer met elkaar")},
        {LifeDomain::MentalHealth, lines("{parent} weet waar hulp te vinden bij somberheid")},
        {LifeDomain::PhysicalHealth, lines("Het gezin is ingeschreven bij huisarts en tandarts")},
        {LifeDomain::DailyLiving, lines("Een vast dag- en slaapritme voor de kinderen")},
        {LifeDomain::SocialNetwork, lines("Het gezin heeft twee mensen om op terug te vallen")},
        {LifeDomain::CommunityParticipation,
         lines("{parent} doet mee aan een taalcafé of buurtactiviteit")},
        {LifeDomain::SelfCare, lines("{parent} neemt tijd voor zichzelf")},
    };
    return texts;
}

const QStringList trustedPersonTasks =
    lines("Tolkte het gesprek en legde uit hoe de school werkt.|"
          "Stelde {parent} gerust en bracht het gesprek op gang.|"
          "Ging mee naar het wijkteam en hielp bij de afspraak.|"
          "Luisterde naar de zorgen van {parent} en vatte ze samen voor de professional.|"
          "Legde een brief van de gemeente uit in de eigen taal.");
const QStringList professionalTasks = lines("Besprak de opvoedvragen en oefende met een dagritme.|"
                                            "Maakte met {parent} een plan voor de rekeningen.|"
                                            "Gaf uitleg over de ontwikkeling van {child}.|"
                                            "Stemde af met school en huisarts over {child}.|"
                                            "Oefende met {parent} hoe grenzen te stellen.");
const QStringList reportNotes =
    lines("{child} gaat beter naar school; {parent} wil meer hulp bij de administratie.|"
          "Goed gesprek. {parent} was open over de spanningen thuis.|"
          "{child} was erbij en vertelde over de nieuwe club.|"
          "Het gezin wacht nog op antwoord van de woningcorporatie.|"
          "{parent} was moe maar betrokken; volgende keer verder met het plan.");
const QStringList followUpTexts = lines("Afspraak maken met de schoolmaatschappelijk werker|"
                                        "Formulier toeslagen samen invullen|"
                                        "Navragen bij het wijkteam over de wachtlijst|"
                                        "Informatie over sportclubs voor {child} meenemen|"
                                        "Huisarts bellen over een verwijzing voor {parent}");
const QStringList cancelReasons =
    lines("Gezin ziek|Afgezegd door het gezin|Professional ziek|Familieomstandigheden|"
          "Vakantie van het gezin");
const QStringList noShowReasons =
    lines("Niemand thuis|Deur niet opengedaan|Gezin was de afspraak vergeten");
const QStringList concernTexts =
    lines("Blauwe plek bij {child}; uitleg van {parent} klopte niet.|"
          "{parent} vertelde over bedreigingen door de ex-partner.|"
          "Zorgen over verwaarlozing: geen eten in huis, {child} niet naar school.");
const QStringList concernClosings =
    lines("Besproken met de aandachtsfunctionaris; Veilig Thuis geraadpleegd, plan gemaakt.|"
          "Na overleg met het wijkteam zijn afspraken over veiligheid gemaakt.");
const QStringList confidentialTexts =
    lines("{parent} vertelde in vertrouwen over spanningen met de schoonfamilie.|"
          "{parent} schaamt zich voor de schulden en wil niet dat de school het weet.");
const QStringList evaluationReasons = {
    QStringLiteral("De aanpak werkt; we gaan zo door."),
    QStringLiteral("Deels vooruitgang; de afspraken worden kleiner gemaakt."),
    QStringLiteral("Geen verbetering; andere aanpak met specialistische hulp."),
    QStringLiteral("Het gezin wil stoppen; de doelen zijn voldoende bereikt of niet haalbaar."),
};
} // namespace

DemoCoachWork::DemoCoachWork(Database &db, QRandomGenerator &rng, Counts &counts)
    : m_db(db), m_rng(rng), m_counts(counts),
      m_goalRows(db, QStringLiteral("goals"),
                 {QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("life_domain"),
                  QStringLiteral("description"), QStringLiteral("start_score"),
                  QStringLiteral("set_on"), QStringLiteral("ended_on")}),
      m_reportRows(db, QStringLiteral("visit_reports"),
                   {QStringLiteral("visit_id"), QStringLiteral("trusted_person_tasks"),
                    QStringLiteral("professional_tasks"), QStringLiteral("topics"),
                    QStringLiteral("notes"), QStringLiteral("written_by"),
                    QStringLiteral("written_at")}),
      m_visitGoalRows(db, QStringLiteral("visit_goals"),
                      {QStringLiteral("visit_id"), QStringLiteral("goal_id")}),
      m_followUpRows(db, QStringLiteral("follow_ups"),
                     {QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("visit_id"),
                      QStringLiteral("description"), QStringLiteral("owner_id"),
                      QStringLiteral("due_on"), QStringLiteral("done_on")}),
      m_concernRows(db, QStringLiteral("safety_concerns"),
                    {QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("visit_id"),
                     QStringLiteral("description"), QStringLiteral("raised_by"),
                     QStringLiteral("raised_at"), QStringLiteral("closed_by"),
                     QStringLiteral("closed_at"), QStringLiteral("closing_note")}),
      m_noteRows(db, QStringLiteral("confidential_notes"),
                 {QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("visit_id"),
                  QStringLiteral("trusted_person_id"), QStringLiteral("written_at"),
                  QStringLiteral("text")}),
      m_evaluationRows(db, QStringLiteral("evaluations"),
                       {QStringLiteral("id"), QStringLiteral("family_id"),
                        QStringLiteral("held_on"), QStringLiteral("helps"),
                        QStringLiteral("decision"), QStringLiteral("reason")}),
      m_scoreRows(
          db, QStringLiteral("evaluation_scores"),
          {QStringLiteral("evaluation_id"), QStringLiteral("goal_id"), QStringLiteral("score")})
{
    m_visitGoalRows.writeAfter(&m_goalRows);
    m_scoreRows.writeAfter(&m_evaluationRows);
    m_scoreRows.writeAfter(&m_goalRows);
}

void DemoCoachWork::writeAfter(BatchInserter *families, BatchInserter *workers,
                               BatchInserter *visits)
{
    for (BatchInserter *rows : {&m_goalRows, &m_evaluationRows})
        rows->writeAfter(families);
    for (BatchInserter *rows : {&m_reportRows, &m_visitGoalRows})
        rows->writeAfter(visits);
    for (BatchInserter *rows : {&m_followUpRows, &m_concernRows, &m_noteRows}) {
        rows->writeAfter(families);
        rows->writeAfter(workers);
        rows->writeAfter(visits);
    }
}

Status DemoCoachWork::startIds()
{
    const QList<QPair<const char *, qint64 *>> tables = {{"goals", &m_nextGoal},
                                                         {"follow_ups", &m_nextFollowUp},
                                                         {"safety_concerns", &m_nextConcern},
                                                         {"confidential_notes", &m_nextNote},
                                                         {"evaluations", &m_nextEvaluation}};
    for (const auto &[table, next] : tables) {
        auto highest = m_db.scalar(
            QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(table)));
        if (!highest)
            return highest.error();
        *next = highest->toLongLong() + 1;
    }
    return {};
}

QString DemoCoachWork::fill(const QString &text)
{
    QString result = text;
    if (!m_family.parents.isEmpty())
        result.replace(QLatin1String("{parent}"), pick(m_family.parents));
    if (!m_family.children.isEmpty())
        result.replace(QLatin1String("{child}"), pick(m_family.children));
    return result;
}

Status DemoCoachWork::beginFamily(const Family &family)
{
    m_family = family;
    m_goals.clear();
    const QDate setOn = family.from.addDays(14);
    if (setOn > family.until)
        return {};
    QList<LifeDomain> domains = goalTexts().keys();
    std::sort(domains.begin(), domains.end()); // QHash order is not stable across runs
    const int count = 2 + below(2);
    for (int g = 0; g < count && !domains.isEmpty(); ++g) {
        const LifeDomain domain = domains.takeAt(below(int(domains.size())));
        const GoalState goal{m_nextGoal++, domain, setOn, 1 + below(3)};
        if (Status s = m_goalRows.add({goal.id, family.id, DomainText::code(domain),
                                       fill(pick(goalTexts().value(domain))), goal.score,
                                       SqlValues::date(setOn), QVariant()});
            !s)
            return s;
        ++m_counts.goals;
        m_goals << goal;
    }
    return {};
}

QString DemoCoachWork::reasonFor(VisitStatus status)
{
    if (status == VisitStatus::Cancelled)
        return pick(cancelReasons);
    if (status == VisitStatus::NoShow)
        return pick(noShowReasons);
    return {};
}

Status DemoCoachWork::doneVisit(qint64 visitId, const QDate &day, const DuoPair &duo)
{
    const QString writer =
        m_workerNames.value(chance(0.5) ? duo.trustedPersonId : duo.professionalId);
    QStringList topics;
    QList<qint64> worked;
    for (const GoalState &goal : std::as_const(m_goals))
        if (goal.setOn <= day && chance(0.6)) {
            topics << DomainText::code(goal.domain);
            worked << goal.id;
        }
    if (Status s =
            m_reportRows.add({visitId, fill(pick(trustedPersonTasks)),
                              fill(pick(professionalTasks)), topics.join(QLatin1Char(',')),
                              fill(pick(reportNotes)), writer, SqlValues::dateTime(at(day, 21))});
        !s)
        return s;
    ++m_counts.reports;
    for (qint64 goal : worked)
        if (Status s = m_visitGoalRows.add({visitId, goal}); !s)
            return s;

    if (chance(0.3)) {
        const QDate due = day.addDays(7 + below(8));
        // Follow-ups are done around their due day; of the last month's a few are overdue.
        QDate doneOn = due.addDays(below(6) - 3);
        if (doneOn >= m_today || (due > m_today.addDays(-30) && chance(0.15)))
            doneOn = QDate();
        if (Status s = m_followUpRows.add({m_nextFollowUp++, m_family.id, visitId,
                                           fill(pick(followUpTexts)),
                                           chance(0.5) ? duo.trustedPersonId : duo.professionalId,
                                           SqlValues::date(due), SqlValues::date(doneOn)});
            !s)
            return s;
        ++m_counts.followUps;
        if (doneOn.isNull())
            ++m_counts.followUpsOpen;
    }

    if (chance(0.006)) {
        // Concerns are closed within weeks, after consultation; a recent one may still be open.
        const QDate closed = day.addDays(20 + below(40));
        const bool open = closed >= m_today;
        const QString raisedBy = m_workerNames.value(duo.professionalId);
        if (Status s = m_concernRows.add(
                {m_nextConcern++, m_family.id, visitId, fill(pick(concernTexts)), raisedBy,
                 SqlValues::dateTime(at(day, 20)), open ? QVariant() : QVariant(raisedBy),
                 open ? QVariant() : SqlValues::dateTime(at(closed, 16)),
                 open ? QVariant() : QVariant(pick(concernClosings))});
            !s)
            return s;
        ++m_counts.safetyConcerns;
        if (open)
            ++m_counts.safetyConcernsOpen;
    }
    return {};
}

Status DemoCoachWork::endFamily(const DuoPair &duo)
{
    if (m_goals.isEmpty())
        return {};
    // An interim evaluation every three months of coaching.
    for (QDate held = m_family.from.addDays(91); held <= m_family.until && held < m_today;
         held = held.addDays(91)) {
        bool improved = false;
        bool worse = false;
        for (GoalState &goal : m_goals) {
            const int roll = below(100);
            const int before = goal.score;
            if (roll < 45)
                goal.score = std::min(5, goal.score + 1);
            else if (roll < 55)
                goal.score = std::max(1, goal.score - 1);
            improved = improved || goal.score > before;
            worse = worse || goal.score < before;
        }
        const Helps helps = improved && !worse ? Helps::Yes : improved ? Helps::Partly : Helps::No;
        const Decision decision = helps == Helps::Yes      ? Decision::Continue
                                  : helps == Helps::Partly ? Decision::Adjust
                                  : chance(0.7)            ? Decision::Adjust
                                                           : Decision::Stop;
        const int reason = decision == Decision::Continue ? 0
                           : decision == Decision::Stop   ? 3
                           : helps == Helps::Partly       ? 1
                                                          : 2;
        const qint64 id = m_nextEvaluation++;
        if (Status s = m_evaluationRows.add({id, m_family.id, SqlValues::date(held),
                                             DomainText::code(helps), DomainText::code(decision),
                                             evaluationReasons.at(reason)});
            !s)
            return s;
        ++m_counts.evaluations;
        for (const GoalState &goal : std::as_const(m_goals))
            if (Status s = m_scoreRows.add({id, goal.id, goal.score}); !s)
                return s;
        if (decision == Decision::Stop)
            break;
    }
    if (m_family.current && chance(0.3)) {
        if (Status s = m_noteRows.add(
                {m_nextNote++, m_family.id, QVariant(), duo.trustedPersonId,
                 SqlValues::dateTime(at(std::max(m_family.from, m_today.addDays(-below(60))), 19)),
                 fill(pick(confidentialTexts))});
            !s)
            return s;
    }
    return {};
}

Status DemoCoachWork::flush()
{
    for (BatchInserter *rows : {&m_goalRows, &m_reportRows, &m_visitGoalRows, &m_followUpRows,
                                &m_concernRows, &m_noteRows, &m_evaluationRows, &m_scoreRows})
        if (Status s = rows->flush(); !s)
            return s;
    return {};
}
