#include "NetworkSchema.h"

#include "RowVersions.h"
#include "domain/Meeting.h"
#include "domain/Network.h"
#include "domain/NetworkMap.h"

namespace {
// `%ID` is a table's own id, `%REF` a column that holds one: SQLite's rowid and a 64-bit
// identity on a server (PostgresSchema's translation rules).
QStringList format11()
{
    const QString kinds = NetworkText::sqlKinds();
    return {
        // Support deployed: who gives it (an organisation in DuoCoach, or a person or body
        // named), what, from and until when. Ended support stays, with why it ended.
        QStringLiteral(R"(CREATE TABLE support (
    id %ID,
    family_id %REF NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN (%1)),
    provider TEXT NOT NULL CHECK (provider <> ''),
    organisation_id %REF REFERENCES organisations(id),
    what TEXT NOT NULL CHECK (what <> ''),
    from_date TEXT NOT NULL,
    until_date TEXT CHECK (until_date IS NULL OR until_date >= from_date),
    end_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (id, family_id)))")
            .arg(kinds),
        QStringLiteral("CREATE INDEX support_by_family ON support(family_id, from_date)"),
        QStringLiteral("CREATE INDEX support_by_organisation ON support(organisation_id)"),
        // Whether a form of support helps, judged on a day; one judgement a day. The family is
        // repeated from the support (and must be its family: the pair is the reference), so
        // need-to-know and removal need no join.
        QStringLiteral(R"(CREATE TABLE support_reviews (
    id %ID,
    support_id %REF NOT NULL,
    family_id %REF NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    helps TEXT NOT NULL CHECK (helps IN ('yes', 'partly', 'no')),
    decision TEXT NOT NULL CHECK (decision IN ('continue', 'adjust', 'stop')),
    reason TEXT NOT NULL CHECK (reason <> ''),
    evaluation_id %REF REFERENCES evaluations(id) ON DELETE CASCADE,
    ended_support INTEGER NOT NULL DEFAULT 0 CHECK (ended_support IN (0, 1)),
    CHECK (ended_support = 0 OR decision = 'stop'),
    UNIQUE (support_id, held_on),
    FOREIGN KEY (support_id, family_id) REFERENCES support(id, family_id) ON DELETE CASCADE))"),
        QStringLiteral("CREATE INDEX support_reviews_by_family ON support_reviews(family_id, "
                       "held_on)"),
        QStringLiteral("CREATE INDEX support_reviews_by_evaluation ON support_reviews("
                       "evaluation_id)"),
        // The count of support stopped because it did not help (Statistics), without a scan.
        QStringLiteral("CREATE INDEX support_reviews_stops ON support_reviews(ended_support)"),
        // A referral: to which organisation and its contact person, why, under which consent
        // to share; its status follows its dates, each step after the one before.
        QStringLiteral(R"(CREATE TABLE referrals (
    id %ID,
    family_id %REF NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    visit_id %REF REFERENCES visits(id) ON DELETE SET NULL,
    duo_id %REF NOT NULL REFERENCES duos(id),
    sent_by %REF NOT NULL REFERENCES workers(id),
    organisation_id %REF NOT NULL REFERENCES organisations(id),
    contact_name TEXT NOT NULL CHECK (contact_name <> ''),
    care_kind TEXT NOT NULL CHECK (care_kind IN (%1)),
    reason TEXT NOT NULL CHECK (reason <> ''),
    consent_id %REF NOT NULL REFERENCES consents(id),
    status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN (%2)),
    sent_on TEXT NOT NULL,
    answered_on TEXT CHECK (answered_on IS NULL OR answered_on >= sent_on),
    started_on TEXT CHECK (started_on IS NULL OR started_on >= answered_on),
    ended_on TEXT CHECK (ended_on IS NULL OR ended_on >= started_on),
    outcome TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'sent') = (answered_on IS NULL)),
    CHECK ((status IN ('started', 'ended')) = (started_on IS NOT NULL)),
    CHECK ((status = 'ended') = (ended_on IS NOT NULL))))")
            .arg(kinds, NetworkText::sqlStatuses()),
        QStringLiteral("CREATE INDEX referrals_by_family ON referrals(family_id, sent_on)"),
        // Today's "no answer yet" of one sender, and the coordinator's of everyone.
        QStringLiteral("CREATE INDEX referrals_by_sender ON referrals(sent_by, status, sent_on)"),
        QStringLiteral("CREATE INDEX referrals_by_status ON referrals(status, sent_on)"),
        QStringLiteral("CREATE INDEX referrals_by_duo ON referrals(duo_id, sent_on)"),
        // The figures of a period, and of one kind of care (specialist youth care above all).
        QStringLiteral("CREATE INDEX referrals_by_day ON referrals(sent_on)"),
        QStringLiteral("CREATE INDEX referrals_by_kind ON referrals(care_kind, sent_on)"),
        QStringLiteral("CREATE INDEX referrals_by_visit ON referrals(visit_id)"),
        QStringLiteral("CREATE INDEX referrals_by_consent ON referrals(consent_id)"),
        QStringLiteral("CREATE INDEX referrals_by_organisation ON referrals(organisation_id)"),
    };
}

QStringList format12()
{
    return {
        // Meetings: a case consultation, the organisations' interim meeting on their
        // collaboration, a network meeting of trusted persons. No family data of their own.
        QStringLiteral(R"(CREATE TABLE meetings (
    id %ID,
    kind TEXT NOT NULL CHECK (kind IN (%1)),
    held_on TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organiser_id %REF REFERENCES organisations(id),
    notes TEXT NOT NULL DEFAULT ''))")
            .arg(MeetingText::sqlKinds()),
        QStringLiteral("CREATE INDEX meetings_by_day ON meetings(held_on)"),
        QStringLiteral("CREATE INDEX meetings_by_organiser ON meetings(organiser_id)"),
        QStringLiteral(R"(CREATE TABLE meeting_workers (
    meeting_id %REF NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    worker_id %REF NOT NULL REFERENCES workers(id),
    PRIMARY KEY (meeting_id, worker_id)))"),
        // A worker's meetings (the caseload page's "network meeting attended").
        QStringLiteral("CREATE INDEX meeting_workers_by_worker ON meeting_workers(worker_id)"),
        QStringLiteral(R"(CREATE TABLE meeting_partners (
    meeting_id %REF NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    organisation_id %REF NOT NULL REFERENCES organisations(id),
    contact_name TEXT NOT NULL CHECK (contact_name <> ''),
    PRIMARY KEY (meeting_id, organisation_id)))"),
        QStringLiteral("CREATE INDEX meeting_partners_by_organisation ON "
                       "meeting_partners(organisation_id)"),
        // A family discussed at a consultation, by its case code in the minutes.
        QStringLiteral(R"(CREATE TABLE meeting_families (
    id %ID,
    meeting_id %REF NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    family_id %REF NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    question TEXT NOT NULL CHECK (question <> ''),
    advice TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, family_id)))"),
        QStringLiteral("CREATE INDEX meeting_families_by_family ON meeting_families(family_id)"),
        // Decisions besides support (a review with the meeting's id): a new referral or goal
        // for the duo to carry out, or another; tied to the family's place in the meeting.
        QStringLiteral(R"(CREATE TABLE meeting_decisions (
    id %ID,
    meeting_id %REF NOT NULL,
    family_id %REF NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN (%1)),
    what TEXT NOT NULL CHECK (what <> ''),
    FOREIGN KEY (meeting_id, family_id) REFERENCES meeting_families(meeting_id, family_id)
        ON DELETE CASCADE))")
            .arg(MeetingText::sqlDecisionKinds()),
        QStringLiteral("CREATE INDEX meeting_decisions_by_meeting ON meeting_decisions("
                       "meeting_id, family_id)"),
        QStringLiteral("CREATE INDEX meeting_decisions_by_family ON meeting_decisions(family_id)"),
        // A review or a follow-up decided at a consultation says so; the meeting's undo takes
        // them with it (MeetingStore), so a plain DELETE of the meeting is refused meanwhile.
        QStringLiteral("ALTER TABLE support_reviews ADD COLUMN meeting_id %REF REFERENCES "
                       "meetings(id)"),
        QStringLiteral("CREATE INDEX support_reviews_by_meeting ON support_reviews(meeting_id)"),
        QStringLiteral("ALTER TABLE follow_ups ADD COLUMN meeting_id %REF REFERENCES "
                       "meetings(id)"),
        QStringLiteral("CREATE INDEX follow_ups_by_meeting ON follow_ups(meeting_id)"),
        // The family's surroundings, drawn on three rings around the household.
        QStringLiteral(R"(CREATE TABLE network_map (
    id %ID,
    family_id %REF NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN (%1)),
    role TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (name <> ''),
    closeness INTEGER NOT NULL CHECK (closeness BETWEEN 1 AND 3),
    tie TEXT NOT NULL CHECK (tie IN (%2)),
    supportive INTEGER NOT NULL DEFAULT 1 CHECK (supportive IN (0, 1)),
    angle INTEGER NOT NULL DEFAULT 0 CHECK (angle BETWEEN 0 AND 359)))")
            .arg(NetworkMapText::sqlKinds(), NetworkMapText::sqlTies()),
        QStringLiteral("CREATE INDEX network_map_by_family ON network_map(family_id)"),
        // Training a worker followed.
        QStringLiteral(R"(CREATE TABLE trainings (
    id %ID,
    worker_id %REF NOT NULL REFERENCES workers(id) ON DELETE CASCADE,
    course TEXT NOT NULL CHECK (course <> ''),
    started_on TEXT NOT NULL,
    ended_on TEXT CHECK (ended_on IS NULL OR ended_on >= started_on),
    completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
    certificate_on TEXT CHECK (certificate_on IS NULL OR (completed = 1
        AND certificate_on >= started_on))))"),
        QStringLiteral("CREATE INDEX trainings_by_worker ON trainings(worker_id, started_on)"),
        // A debrief asked for after a heavy visit, and when and by whom it was held (a
        // coordinator, who has no worker's row: by name); never what was said.
        QStringLiteral(R"(CREATE TABLE debriefs (
    id %ID,
    visit_id %REF NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    family_id %REF NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    worker_id %REF NOT NULL REFERENCES workers(id),
    asked_on TEXT NOT NULL,
    held_on TEXT CHECK (held_on IS NULL OR held_on >= asked_on),
    held_by TEXT CHECK (held_by <> ''),
    CHECK ((held_on IS NULL) = (held_by IS NULL)),
    UNIQUE (visit_id, worker_id)))"),
        // The coordinator's open requests; a worker's last debrief; removal by family.
        QStringLiteral("CREATE INDEX debriefs_open ON debriefs(held_on, asked_on)"),
        QStringLiteral("CREATE INDEX debriefs_by_worker ON debriefs(worker_id, held_on)"),
        QStringLiteral("CREATE INDEX debriefs_by_family ON debriefs(family_id)"),
    };
}

QStringList tableStatements(int format, bool server)
{
    QStringList statements = format == 11 ? format11() : format12();
    const QString id = server
                           ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                           : QStringLiteral("INTEGER PRIMARY KEY");
    const QString ref = server ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    for (QString &statement : statements)
        statement.replace(QLatin1String("%ID"), id).replace(QLatin1String("%REF"), ref);
    return statements;
}

// The rows edited in forms are versioned like every such row (format 9).
QStringList versioned(int format)
{
    if (format == 11)
        return {QStringLiteral("support"), QStringLiteral("referrals")};
    return {QStringLiteral("meetings"), QStringLiteral("network_map"),
            QStringLiteral("trainings")};
}

// The tables of a format that have an id of their own.
QStringList withId(int format)
{
    QStringList tables = NetworkSchema::tables(format);
    tables.removeAll(QStringLiteral("meeting_workers"));
    tables.removeAll(QStringLiteral("meeting_partners"));
    return tables;
}
} // namespace

QStringList NetworkSchema::tables(int format)
{
    QStringList eleven = {QStringLiteral("support"), QStringLiteral("support_reviews"),
                          QStringLiteral("referrals")};
    QStringList twelve = {QStringLiteral("meetings"),         QStringLiteral("meeting_workers"),
                          QStringLiteral("meeting_partners"), QStringLiteral("meeting_families"),
                          QStringLiteral("meeting_decisions"), QStringLiteral("network_map"),
                          QStringLiteral("trainings"),        QStringLiteral("debriefs")};
    if (format == 11)
        return eleven;
    if (format == 12)
        return twelve;
    return eleven + twelve;
}

QStringList NetworkSchema::teamTables()
{
    return {QStringLiteral("meetings"), QStringLiteral("meeting_workers"),
            QStringLiteral("meeting_partners"), QStringLiteral("trainings")};
}

QStringList NetworkSchema::fileStatements(int format)
{
    QStringList statements = tableStatements(format, false);
    for (const QString &table : versioned(format))
        statements << RowVersions::fileStatements(table);
    return statements;
}

QStringList NetworkSchema::serverStatements(int format)
{
    QStringList statements = tableStatements(format, true);
    for (const QString &table : versioned(format))
        statements << RowVersions::serverStatements(table);
    // A NULL id is the next one, as on every table with an id (PostgresSchema).
    for (const QString &table : withId(format))
        statements << QStringLiteral("CREATE TRIGGER %1_next_id BEFORE INSERT ON %1 FOR EACH ROW "
                                     "WHEN (NEW.id IS NULL) EXECUTE FUNCTION "
                                     "duocoach_next_id_for_null()")
                          .arg(table);
    return statements;
}
