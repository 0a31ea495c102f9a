#pragma once
// A small world for the supervision export's tests: the TestSupport fixture (family "Bouzid"
// with Nora and Rayan, duo A) plus a second family ("Öztürk-Demir" with Elif and Deniz, duo B),
// visits in and around February-March 2026, reports whose notes name the families, goals,
// evaluations with scores, follow-ups, a safety concern and a confidential note. Both families
// consented to every purpose (parents and young person together, as ConsentRule asks for their
// ages), so every export takes them. addFamilyWithoutConsent() adds a third family, whose consent
// to a supervision export was withdrawn: exports must leave it out. Rows beyond the fixture go in
// through SQL, so the tests do not depend on the coach's stores.

#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace SupervisionWorld {

// The period the tests export.
inline QDate from()
{
    return {2026, 2, 1};
}
inline QDate to()
{
    return {2026, 3, 31};
}

// Text that must never leave the database, in any package.
inline QString confidentialText()
{
    return QStringLiteral("VERTROUWELIJK-alleen-voor-Fatima");
}
inline QString workerPhone()
{
    return QStringLiteral("06-98765432");
}
inline QString workerEmail()
{
    return QStringLiteral("fatima.prive@example.nl");
}

struct World
{
    TestSupport::Fixture fixture;
    qint64 secondFamily = 0;
    QList<qint64> secondMembers;
    // Every string that identifies a family: pseudonymised packages must not hold any.
    QStringList identifying;
    int visitsInPeriod = 0;
};

// Runs statements one after another, keeping the first errors: the world is set up in SQL, so
// the tests do not depend on the stores they test.
struct Runner
{
    Database &db;
    QStringList errors;

    // The new row's id, 0 on an error.
    qint64 operator()(const QString &sql, const QVariantList &binds = {})
    {
        auto q = db.exec(sql, binds);
        if (!q) {
            errors << sql + QStringLiteral(": ") + q.message();
            return 0;
        }
        return q.value()->lastInsertId().toLongLong();
    }
};

// The names of the network around the families (issue 16): organisations, their contact
// persons, the people on the network map, who held a debrief, a meeting's title. A pseudonymised
// package shows organisations by kind and people by role: none of these.
inline QStringList networkNames()
{
    return {QStringLiteral("Buurthuis De Kameleon"),
            QStringLiteral("Kameleon"),
            QStringLiteral("Overvecht-Noord"),
            QStringLiteral("Jansen-Smit"),
            QStringLiteral("Verhoeven"),
            QStringLiteral("Zohra"),
            QStringLiteral("Regenboog"),
            QStringLiteral("Karin Coördinator"),
            QStringLiteral("Casuïstiek Lombok")};
}

// Support, reviews, referrals, a consultation, network maps and debriefs of both families, in
// the period (`visits`: the world's visits in make()'s order). Returns the first error.
inline QString addNetwork(Database &db, World *world, const QList<qint64> &visits)
{
    const TestSupport::Fixture &f = world->fixture;
    const qint64 a = f.family.id;
    const qint64 b = world->secondFamily;
    Runner run{db, {}};
    QStringList &errors = run.errors;
    const qint64 team = run(QStringLiteral("INSERT INTO organisations (name, kind, city) VALUES "
                                           "('Wijkteam Overvecht-Noord', 'municipality', "
                                           "'Utrecht')"));
    // Homework class for family A, stopped at a consultation because it did not help; debt
    // counselling for family B, running.
    const qint64 homework =
        run(QStringLiteral("INSERT INTO support (family_id, kind, provider, what, from_date, "
                           "until_date, end_reason) VALUES (?, 'community', 'Buurthuis De "
                           "Kameleon', 'Huiswerkklas voor Rayan', '2026-01-10', '2026-03-10', "
                           "'Hielp Rayan niet')"),
            {a});
    run(QStringLiteral("INSERT INTO support (family_id, kind, provider, organisation_id, what, "
                       "from_date) VALUES (?, 'social_district_team', 'Wijkteam Overvecht-Noord', "
                       "?, 'Schuldhulp voor Elif', '2026-02-01')"),
        {b, team});
    const qint64 meeting =
        run(QStringLiteral("INSERT INTO meetings (kind, held_on, title, organiser_id) VALUES "
                           "('consultation', '2026-03-10', 'Casuïstiek Lombok', ?)"),
            {team});
    run(QStringLiteral("INSERT INTO meeting_workers (meeting_id, worker_id) VALUES (?, ?), (?, ?)"),
        {meeting, f.trustedA, meeting, f.professionalB});
    run(QStringLiteral("INSERT INTO meeting_partners (meeting_id, organisation_id, contact_name) "
                       "VALUES (?, ?, 'Dokter Verhoeven')"),
        {meeting, team});
    run(QStringLiteral("INSERT INTO meeting_families (meeting_id, family_id, question, advice) "
                       "VALUES (?, ?, 'Helpt de huiswerkklas Rayan?', 'Stoppen; Nora erbij')"),
        {meeting, a});
    run(QStringLiteral("INSERT INTO meeting_decisions (meeting_id, family_id, kind, what) "
                       "VALUES (?, ?, 'other', 'Bouzid in mei opnieuw bespreken')"),
        {meeting, a});
    run(QStringLiteral("INSERT INTO support_reviews (support_id, family_id, held_on, helps, "
                       "decision, reason, meeting_id, ended_support) VALUES (?, ?, '2026-03-10', "
                       "'no', 'stop', 'Nora zegt dat het niet helpt', ?, 1)"),
        {homework, a, meeting});
    auto consent = [&](qint64 family) {
        auto id = db.scalar(QStringLiteral("SELECT id FROM consents WHERE family_id = ? AND "
                                           "purpose = 'share_with_partner'"),
                            {family});
        return id ? id->toLongLong() : 0;
    };
    // A referral to specialist care declined, and one to the district team without an answer.
    const QString referral = QStringLiteral(
        "INSERT INTO referrals (family_id, visit_id, duo_id, sent_by, organisation_id, "
        "contact_name, care_kind, reason, consent_id, status, sent_on, answered_on, outcome) "
        "VALUES (?, ?, ?, ?, ?, 'Mevrouw Jansen-Smit', ?, ?, ?, ?, ?, NULLIF(?, ''), ?)");
    run(referral,
        {a, visits.at(1), f.duoA, f.trustedA, team, QStringLiteral("specialist_youth_care"),
         QStringLiteral("Rayan heeft meer nodig"), consent(a), QStringLiteral("declined"),
         QStringLiteral("2026-02-04"), QStringLiteral("2026-02-10"),
         QStringLiteral("Wachtlijst; Nora teleurgesteld")});
    run(referral,
        {b, visits.at(7), f.duoB, f.professionalB, team, QStringLiteral("social_district_team"),
         QStringLiteral("Schulden van Elif"), consent(b), QStringLiteral("sent"),
         QStringLiteral("2026-03-20"), QStringLiteral(""), QStringLiteral("")});
    run(QStringLiteral("INSERT INTO network_map (family_id, kind, role, name, closeness, tie, "
                       "supportive, angle) VALUES (?, 'relative', 'oma', 'Zohra', 1, 'strong', 1, "
                       "90), (?, 'school', '', 'Basisschool De Regenboog', 2, 'strained', 0, 200)"),
        {a, a});
    // A debrief held after the first report, one still open after the visit of 3 March.
    run(QStringLiteral("INSERT INTO debriefs (visit_id, family_id, worker_id, asked_on, held_on, "
                       "held_by) VALUES (?, ?, ?, '2026-02-04', '2026-02-06', 'Karin "
                       "Coördinator')"),
        {visits.at(1), a, f.professionalA});
    run(QStringLiteral("INSERT INTO debriefs (visit_id, family_id, worker_id, asked_on) "
                       "VALUES (?, ?, ?, '2026-03-04')"),
        {visits.at(4), a, f.trustedA});
    return errors.join(QLatin1Char('\n'));
}

// Fills *world; returns the first error, or an empty string.
inline QString make(Database &db, World *world)
{
    using namespace TestSupport;
    if (QString error = makeFixture(db, &world->fixture); !error.isEmpty())
        return error;
    const Fixture &f = world->fixture;
    Runner run{db, {}};
    QStringList &errors = run.errors;
    const QString family2 = QStringLiteral("Öztürk-Demir");
    world->secondFamily =
        run(QStringLiteral("INSERT INTO families (case_code, family_name, street, postcode, city, "
                           "district, home_languages, referral_source, referred_on, status) "
                           "VALUES ('G-2026-0002', ?, 'Kanaalstraat 40, 2-hoog', '3531 AB', "
                           "'Utrecht', 'Lombok', 'tr,nl', 'Huisarts', '2026-01-10', 'active')"),
            {family2});
    for (const auto &[name, role, year] :
         {std::tuple<QString, QString, int>{QStringLiteral("Elif"), QStringLiteral("parent"), 1990},
          {QStringLiteral("Deniz"), QStringLiteral("child"), 2016}})
        world->secondMembers << run(QStringLiteral("INSERT INTO household_members (family_id, "
                                                   "first_name, role, birth_year) "
                                                   "VALUES (?, ?, ?, ?)"),
                                    {world->secondFamily, name, role, year});
    run(QStringLiteral("INSERT INTO assignments (family_id, duo_id, from_date) "
                       "VALUES (?, ?, '2026-02-01')"),
        {world->secondFamily, f.duoB});
    run(QStringLiteral("UPDATE workers SET phone = ?, email = ? WHERE id = ?"),
        {workerPhone(), workerEmail(), f.trustedA});

    // Visits: (family, duo, start, status, reason, trusted present, professional present).
    struct V
    {
        qint64 family;
        qint64 duo;
        const char *start;
        const char *status;
        QString reason;
        int tp;
        int pp;
    };
    const qint64 a = f.family.id;
    const qint64 b = world->secondFamily;
    const QList<V> visits{
        {a, f.duoA, "2026-01-20T10:00:00", "done", {}, 1, 1}, // before the period
        {a, f.duoA, "2026-02-03T10:00:00", "done", {}, 1, 1},
        {a, f.duoA, "2026-02-10T10:00:00", "cancelled", QStringLiteral("Nora was ziek"), 0, 0},
        {a, f.duoA, "2026-02-17T10:00:00", "no_show", QStringLiteral("Niemand thuis"), 0, 0},
        {a, f.duoA, "2026-03-03T10:00:00", "done", {}, 1, 0},
        {a, f.duoA, "2026-03-31T16:30:00", "planned", {}, 0, 0},
        {a, f.duoA, "2026-04-01T09:00:00", "planned", {}, 0, 0}, // after the period
        {b, f.duoB, "2026-02-05T14:00:00", "done", {}, 1, 1},
        {b, f.duoB, "2026-02-12T14:00:00", "done", {}, 0, 1},
        {b, f.duoB, "2026-03-01T14:00:00", "cancelled",
         QStringLiteral("Familie OZTURK op vakantie; Elif belt terug"), 0, 0},
    };
    QList<qint64> ids;
    for (const V &v : visits) {
        ids << run(QStringLiteral("INSERT INTO visits (family_id, duo_id, starts_at, "
                                  "duration_minutes, status, status_reason, "
                                  "trusted_person_present, professional_present) "
                                  "VALUES (?, ?, ?, 60, ?, ?, ?, ?)"),
                   {v.family, v.duo, QString::fromLatin1(v.start), QString::fromLatin1(v.status),
                    v.reason.isNull() ? QStringLiteral("") : v.reason, v.tp, v.pp});
        if (QString::fromLatin1(v.start) >= QStringLiteral("2026-02-01") &&
            QString::fromLatin1(v.start) < QStringLiteral("2026-04-01"))
            ++world->visitsInPeriod;
    }
    if (!errors.isEmpty())
        return errors.join(QLatin1Char('\n'));
    run(QStringLiteral("INSERT INTO visit_attendees (visit_id, member_id) VALUES (?, ?), (?, ?)"),
        {ids.at(1), f.parent, ids.at(1), f.child});

    const QString report = QStringLiteral(
        "INSERT INTO visit_reports (visit_id, trusted_person_tasks, professional_tasks, topics, "
        "notes, written_by, written_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    run(report, {ids.at(1), QStringLiteral("Gesprek met Nora over school"),
                 QStringLiteral("Opvoedadvies; Rayan's huiswerk"),
                 QStringLiteral("home_relationships,work_education"),
                 QStringLiteral("NORA en rayan waren er. Familie Bouzid, Amazonedreef 12 "
                                "(3563 AB), wil meer hulp. Noraatje speelde buiten."),
                 QStringLiteral("Fatima El Amrani"), QStringLiteral("2026-02-03T12:00:00")});
    run(report,
        {ids.at(4), QStringLiteral("Boodschappen"), QStringLiteral(""), QStringLiteral("finances"),
         QStringLiteral("Adres 3563ab, de Amazonedreef; gezin bouzid redt zich."),
         QStringLiteral("Fatima El Amrani"), QStringLiteral("2026-03-03T12:00:00")});
    run(report, {ids.at(7), QStringLiteral("Tolken voor Elif"), QStringLiteral("Plan met Deniz"),
                 QStringLiteral("social_network"),
                 QStringLiteral("Fam. Öztürk-Demir (Kanaalstraat 40) maakt het goed; Ozturk en "
                                "Demir tevreden, DENIZ ook."),
                 QStringLiteral("Ayşe Yılmaz"), QStringLiteral("2026-02-05T16:00:00")});

    const qint64 goalA =
        run(QStringLiteral(
                "INSERT INTO goals (family_id, life_domain, description, start_score, set_on) "
                "VALUES (?, 'home_relationships', 'Rust in huis voor Rayan', 2, '2026-02-03')"),
            {a});
    const qint64 goalLate =
        run(QStringLiteral(
                "INSERT INTO goals (family_id, life_domain, description, start_score, set_on) "
                "VALUES (?, 'finances', 'Schulden Nora op orde', 1, '2026-05-01')"),
            {a});
    Q_UNUSED(goalLate);
    const qint64 goalB =
        run(QStringLiteral(
                "INSERT INTO goals (family_id, life_domain, description, start_score, set_on) "
                "VALUES (?, 'social_network', 'Elif bouwt een netwerk op', 2, '2026-02-05')"),
            {b});
    run(QStringLiteral("INSERT INTO visit_goals (visit_id, goal_id) VALUES (?, ?), (?, ?)"),
        {ids.at(1), goalA, ids.at(7), goalB});
    const qint64 evalA =
        run(QStringLiteral(
                "INSERT INTO evaluations (family_id, held_on, helps, decision, reason) VALUES "
                "(?, '2026-03-15', 'partly', 'adjust', 'Rayan heeft meer nodig dan de Bouzids "
                "dachten')"),
            {a});
    run(QStringLiteral("INSERT INTO evaluation_scores (evaluation_id, goal_id, score) "
                       "VALUES (?, ?, 3)"),
        {evalA, goalA});
    run(QStringLiteral("INSERT INTO evaluations (family_id, held_on, helps, decision, reason) "
                       "VALUES (?, '2026-03-20', 'yes', 'continue', 'Gaat goed met Elif')"),
        {b});
    run(QStringLiteral("INSERT INTO follow_ups (family_id, visit_id, description, owner_id, "
                       "due_on) VALUES (?, ?, 'School van Rayan bellen', ?, '2026-02-20')"),
        {a, ids.at(1), f.trustedA});
    run(QStringLiteral("INSERT INTO follow_ups (family_id, visit_id, description, owner_id, "
                       "due_on, done_on) VALUES (?, ?, 'Formulier voor Elif', ?, '2026-02-15', "
                       "'2026-02-14')"),
        {b, ids.at(7), f.professionalB});
    run(QStringLiteral("INSERT INTO safety_concerns (family_id, visit_id, description, "
                       "raised_by, raised_at) VALUES (?, ?, 'Rayan had blauwe plekken; Nora "
                       "schrok', 'Fatima El Amrani', '2026-03-03T11:00:00')"),
        {a, ids.at(4)});
    run(QStringLiteral("INSERT INTO confidential_notes (family_id, visit_id, trusted_person_id, "
                       "written_at, text) VALUES (?, ?, ?, '2026-02-03T12:30:00', ?)"),
        {a, ids.at(1), f.trustedA, confidentialText()});
    // Consent to every purpose, given before the first visit.
    for (qint64 family : {a, b})
        for (const char *purpose : {"home_visits", "share_with_partner", "supervision_export"})
            run(QStringLiteral("INSERT INTO consents (family_id, purpose, given_by, given_on) "
                               "VALUES (?, ?, 'both', '2026-01-05')"),
                {family, QString::fromLatin1(purpose)});
    if (!errors.isEmpty())
        return errors.join(QLatin1Char('\n'));
    if (QString error = addNetwork(db, world, ids); !error.isEmpty())
        return error;

    world->identifying = {QStringLiteral("Bouzid"),
                          QStringLiteral("Nora"),
                          QStringLiteral("Rayan"),
                          QStringLiteral("Amazonedreef"),
                          QStringLiteral("Amazonedreef 12"),
                          QStringLiteral("3563ab"),
                          QStringLiteral("3563 AB"),
                          family2,
                          QStringLiteral("Öztürk"),
                          QStringLiteral("Ozturk"),
                          QStringLiteral("Demir"),
                          QStringLiteral("Elif"),
                          QStringLiteral("Deniz"),
                          QStringLiteral("Kanaalstraat"),
                          QStringLiteral("Kanaalstraat 40, 2-hoog"),
                          QStringLiteral("3531 AB"),
                          QStringLiteral("3531AB")};
    world->identifying << networkNames();
    return {};
}

// The family without consent: the case code, and words that appear only in its rows.
inline QString unconsentedCaseCode()
{
    return QStringLiteral("G-2026-0003");
}
inline QStringList unconsentedWords()
{
    return {QStringLiteral("Kowalski"),
            QStringLiteral("Zofia"),
            QStringLiteral("Bartosz"),
            QStringLiteral("Piekarnia-afspraak"),
            QStringLiteral("Voetbalclub-Bartosz"),
            QStringLiteral("Schoolmaatschappelijk-werk-Zofia")};
}

// A third family ("Kowalski", duo A) with visits, a report, a goal, an evaluation, a follow-up
// and a safety concern in the period. It consented to home visits, and to a supervision export
// until 2026-03-25, when it withdrew that: an export after that day leaves it out entirely.
// Returns the family's id, 0 on an error (in *error).
inline qint64 addFamilyWithoutConsent(Database &db, const World &world, QString *error)
{
    Runner run{db, {}};
    QStringList &errors = run.errors;
    const qint64 duo = world.fixture.duoA;
    const qint64 family =
        run(QStringLiteral("INSERT INTO families (case_code, family_name, street, postcode, city, "
                           "district, home_languages, referral_source, referred_on, status) VALUES "
                           "(?, 'Kowalski', 'Piekarnia-afspraak 3', '3511 ZZ', 'Utrecht', "
                           "'Binnenstad', 'pl,nl', 'School', '2026-01-12', 'active')"),
            {unconsentedCaseCode()});
    run(QStringLiteral("INSERT INTO household_members (family_id, first_name, role, birth_year) "
                       "VALUES (?, 'Zofia', 'parent', 1985), (?, 'Bartosz', 'child', 2012)"),
        {family, family});
    run(QStringLiteral("INSERT INTO assignments (family_id, duo_id, from_date) "
                       "VALUES (?, ?, '2026-02-01')"),
        {family, duo});
    const qint64 visit =
        run(QStringLiteral("INSERT INTO visits (family_id, duo_id, starts_at, duration_minutes, "
                           "status, status_reason, trusted_person_present, professional_present) "
                           "VALUES (?, ?, '2026-02-19T15:00:00', 60, 'done', '', 1, 1)"),
            {family, duo});
    run(QStringLiteral("INSERT INTO visits (family_id, duo_id, starts_at, duration_minutes, "
                       "status, status_reason, trusted_person_present, professional_present) "
                       "VALUES (?, ?, '2026-03-05T15:00:00', 60, 'cancelled', "
                       "'Zofia werkt bij Piekarnia-afspraak', 0, 0)"),
        {family, duo});
    run(QStringLiteral("INSERT INTO visit_reports (visit_id, trusted_person_tasks, "
                       "professional_tasks, topics, notes, written_by, written_at) VALUES "
                       "(?, 'Voetbalclub-Bartosz zoeken', '', 'social_network', "
                       "'Kowalski thuis, Zofia en Bartosz', 'Fatima El Amrani', "
                       "'2026-02-19T17:00:00')"),
        {visit});
    const qint64 goal =
        run(QStringLiteral("INSERT INTO goals (family_id, life_domain, description, start_score, "
                           "set_on) VALUES (?, 'social_network', 'Voetbalclub-Bartosz', 2, "
                           "'2026-02-19')"),
            {family});
    run(QStringLiteral("INSERT INTO visit_goals (visit_id, goal_id) VALUES (?, ?)"), {visit, goal});
    const qint64 evaluation =
        run(QStringLiteral("INSERT INTO evaluations (family_id, held_on, helps, decision, "
                           "reason) VALUES (?, '2026-03-18', 'yes', 'continue', "
                           "'Schoolmaatschappelijk-werk-Zofia helpt')"),
            {family});
    run(QStringLiteral("INSERT INTO evaluation_scores (evaluation_id, goal_id, score) "
                       "VALUES (?, ?, 3)"),
        {evaluation, goal});
    run(QStringLiteral("INSERT INTO follow_ups (family_id, visit_id, description, owner_id, "
                       "due_on) VALUES (?, ?, 'Schoolmaatschappelijk-werk-Zofia bellen', ?, "
                       "'2026-02-26')"),
        {family, visit, world.fixture.trustedA});
    run(QStringLiteral("INSERT INTO safety_concerns (family_id, visit_id, description, "
                       "raised_by, raised_at) VALUES (?, ?, 'Bartosz sliep slecht (Kowalski)', "
                       "'Fatima El Amrani', '2026-02-19T16:00:00')"),
        {family, visit});
    run(QStringLiteral("INSERT INTO consents (family_id, purpose, given_by, given_on) "
                       "VALUES (?, 'home_visits', 'both', '2026-01-20')"),
        {family});
    // Its network: never in a package that leaves the family out.
    run(QStringLiteral("INSERT INTO support (family_id, kind, provider, what, from_date) VALUES "
                       "(?, 'community', 'Voetbalclub-Bartosz', 'Training', '2026-02-01')"),
        {family});
    run(QStringLiteral("INSERT INTO network_map (family_id, kind, role, name, closeness, tie) "
                       "VALUES (?, 'friend', 'buurvrouw', 'Schoolmaatschappelijk-werk-Zofia', 2, "
                       "'weak')"),
        {family});
    run(QStringLiteral("INSERT INTO consents (family_id, purpose, given_by, given_on, "
                       "withdrawn_on) VALUES (?, 'supervision_export', 'both', '2026-01-20', "
                       "'2026-03-25')"),
        {family});
    if (!errors.isEmpty()) {
        *error = errors.join(QLatin1Char('\n'));
        return 0;
    }
    return family;
}

// A new temporary folder with the database `fileName` in it, holding the world: what most
// supervision tests set up before each test. Returns what went wrong, empty when nothing did.
inline QString makeInFolder(std::unique_ptr<QTemporaryDir> *dir, std::unique_ptr<Database> *db,
                            World *world,
                            const QString &fileName = QStringLiteral("source.duocoach"))
{
    *dir = std::make_unique<QTemporaryDir>();
    if (!(*dir)->isValid())
        return QStringLiteral("no temporary folder");
    auto opened = Database::open(TestSupport::newDatabase(**dir, fileName));
    if (!opened)
        return opened.message();
    *db = std::move(opened).value();
    *world = {};
    return make(**db, world);
}

} // namespace SupervisionWorld
