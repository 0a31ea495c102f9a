#include "Migrations.h"

#include "DailyWorkSchema.h"
#include "Database.h"
#include "DuoStore.h"
#include "FeedbackSchema.h"
#include "LogChainSchema.h"
#include "NetworkSchema.h"
#include "RowVersions.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QList<Migrations::Step> buildSteps()
{
    QList<Migrations::Step> steps;

    // Version 1: the first domain slice (organisations, workers, duos, families, household,
    // assignments, visits). Dates are ISO text (YYYY-MM-DD), visit starts are wall-clock
    // time in the Netherlands (YYYY-MM-DDTHH:MM:SS): sortable and portable to PostgreSQL.
    steps.append({1,
                  "domain: organisations, workers, duos, families, assignments, visits",
                  {
                      QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
                      QStringLiteral(R"(CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('community', 'care_provider', 'municipality')),
    city TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))))"),
                      QStringLiteral(R"(CREATE TABLE workers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('trusted_person', 'professional')),
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    languages TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL CHECK (gender IN ('female', 'male', 'other')),
    max_caseload INTEGER NOT NULL CHECK (max_caseload BETWEEN 1 AND 50),
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))))"),
                      QStringLiteral(R"(CREATE TABLE duos (
    id INTEGER PRIMARY KEY,
    trusted_person_id INTEGER NOT NULL REFERENCES workers(id),
    professional_id INTEGER NOT NULL REFERENCES workers(id),
    from_date TEXT NOT NULL,
    to_date TEXT,
    CHECK (trusted_person_id <> professional_id),
    CHECK (to_date IS NULL OR to_date >= from_date)))"),
                      QStringLiteral(R"(CREATE TABLE families (
    id INTEGER PRIMARY KEY,
    case_code TEXT NOT NULL UNIQUE,
    family_name TEXT NOT NULL,
    street TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    home_languages TEXT NOT NULL DEFAULT '',
    preferred_gender TEXT NOT NULL DEFAULT 'none'
        CHECK (preferred_gender IN ('none', 'female', 'male')),
    referral_source TEXT NOT NULL DEFAULT '',
    referred_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'referred'
        CHECK (status IN ('referred', 'intake', 'active', 'closed')),
    closed_on TEXT,
    closing_reason TEXT NOT NULL DEFAULT '',
    CHECK (status <> 'closed' OR closing_reason <> '')))"),
                      QStringLiteral(R"(CREATE TABLE household_members (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    first_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('parent', 'child', 'other')),
    birth_year INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100)))"),
                      QStringLiteral(R"(CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    duo_id INTEGER NOT NULL REFERENCES duos(id),
    from_date TEXT NOT NULL,
    to_date TEXT,
    CHECK (to_date IS NULL OR to_date >= from_date)))"),
                      QStringLiteral(R"(CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    duo_id INTEGER NOT NULL REFERENCES duos(id),
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'done', 'cancelled', 'no_show')),
    trusted_person_present INTEGER NOT NULL DEFAULT 0 CHECK (trusted_person_present IN (0, 1)),
    professional_present INTEGER NOT NULL DEFAULT 0 CHECK (professional_present IN (0, 1))))"),
                      QStringLiteral(R"(CREATE TABLE visit_attendees (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES household_members(id) ON DELETE CASCADE,
    PRIMARY KEY (visit_id, member_id)))"),
                  }});

    // Version 2: indices for every filter, join and list order the views use, so no view
    // scans all visits (10,000 families and 500,000 visits stay instant).
    steps.append(
        {2,
         "indices for lists, searches and joins",
         {
             QStringLiteral("CREATE INDEX workers_by_organisation ON workers(organisation_id)"),
             QStringLiteral("CREATE INDEX duos_by_trusted_person ON duos(trusted_person_id)"),
             QStringLiteral("CREATE INDEX duos_by_professional ON duos(professional_id)"),
             QStringLiteral("CREATE INDEX families_by_status ON families(status)"),
             QStringLiteral("CREATE INDEX members_by_family ON household_members(family_id)"),
             QStringLiteral(
                 "CREATE INDEX assignments_by_family ON assignments(family_id, from_date)"),
             QStringLiteral("CREATE INDEX assignments_by_duo ON assignments(duo_id, from_date)"),
             QStringLiteral("CREATE INDEX visits_by_family ON visits(family_id, starts_at)"),
             QStringLiteral("CREATE INDEX visits_by_duo ON visits(duo_id, starts_at)"),
             QStringLiteral("CREATE INDEX visits_by_start ON visits(starts_at, id)"),
             QStringLiteral("CREATE INDEX attendees_by_member ON visit_attendees(member_id)"),
         }});

    // Version 3: indices TestQueryPlans found missing. The visit log filtered by status, and
    // the status bar's count of visits per status, read every visit; (status, starts_at) serves
    // both and gives the log its newest-first order within a status. Caseloads (current
    // assignments: no end, or an end from the day on) read ten years of assignments.
    steps.append({3,
                  "indices for visits by status and current assignments",
                  {
                      QStringLiteral("CREATE INDEX visits_by_status ON visits(status, starts_at)"),
                      QStringLiteral("CREATE INDEX assignments_by_end ON assignments(to_date)"),
                  }});

    // Version 4: the duo coach's work (issue 4). Visit series and the reason of a cancelled or
    // no-show visit; the visit report with the task split; follow-up actions; safety concerns
    // (meldcode), which the database itself never lets go; notes for the trusted person only;
    // goals per life domain of the Zelfredzaamheid-Matrix and interim evaluations.
    steps.append(
        {4,
         "the duo coach: series, reports, follow-ups, safety concerns, notes, goals, evaluations",
         {
             QStringLiteral(R"(CREATE TABLE visit_series (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    interval_days INTEGER NOT NULL CHECK (interval_days BETWEEN 1 AND 365),
    occurrences INTEGER NOT NULL CHECK (occurrences BETWEEN 2 AND 104)))"),
             QStringLiteral("ALTER TABLE visits ADD COLUMN series_id INTEGER "
                            "REFERENCES visit_series(id) ON DELETE SET NULL"),
             QStringLiteral("ALTER TABLE visits ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX visits_by_series ON visits(series_id)"),
             QStringLiteral(R"(CREATE TABLE visit_reports (
    visit_id INTEGER PRIMARY KEY REFERENCES visits(id) ON DELETE CASCADE,
    trusted_person_tasks TEXT NOT NULL DEFAULT '',
    professional_tasks TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    written_by TEXT NOT NULL,
    written_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    life_domain TEXT NOT NULL CHECK (life_domain IN ('finances', 'work_education', 'time_use',
        'housing', 'home_relationships', 'mental_health', 'physical_health', 'addiction',
        'daily_living', 'social_network', 'community_participation', 'justice', 'self_care')),
    description TEXT NOT NULL CHECK (description <> ''),
    start_score INTEGER NOT NULL CHECK (start_score BETWEEN 1 AND 5),
    set_on TEXT NOT NULL,
    ended_on TEXT))"),
             QStringLiteral("CREATE INDEX goals_by_family ON goals(family_id)"),
             QStringLiteral(R"(CREATE TABLE visit_goals (
    visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    PRIMARY KEY (visit_id, goal_id)))"),
             QStringLiteral("CREATE INDEX visit_goals_by_goal ON visit_goals(goal_id)"),
             QStringLiteral(R"(CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    visit_id INTEGER REFERENCES visits(id) ON DELETE SET NULL,
    description TEXT NOT NULL CHECK (description <> ''),
    owner_id INTEGER NOT NULL REFERENCES workers(id),
    due_on TEXT NOT NULL,
    done_on TEXT))"),
             QStringLiteral("CREATE INDEX follow_ups_by_family ON follow_ups(family_id, due_on)"),
             QStringLiteral(
                 "CREATE INDEX follow_ups_by_owner ON follow_ups(owner_id, done_on, due_on)"),
             QStringLiteral("CREATE INDEX follow_ups_by_visit ON follow_ups(visit_id)"),
             QStringLiteral("CREATE INDEX follow_ups_open ON follow_ups(done_on, due_on)"),
             // Closed means closed by someone with a note: coalesce(), because a CHECK that
             // comes out NULL (a NULL note) passes.
             QStringLiteral(R"(CREATE TABLE safety_concerns (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    visit_id INTEGER REFERENCES visits(id) ON DELETE SET NULL,
    description TEXT NOT NULL CHECK (description <> ''),
    raised_by TEXT NOT NULL CHECK (raised_by <> ''),
    raised_at TEXT NOT NULL,
    closed_by TEXT,
    closed_at TEXT,
    closing_note TEXT,
    CHECK ((closed_at IS NULL AND closed_by IS NULL AND closing_note IS NULL)
        OR (closed_at IS NOT NULL AND coalesce(closed_by, '') <> ''
            AND coalesce(closing_note, '') <> ''))))"),
             QStringLiteral(
                 "CREATE INDEX safety_concerns_by_family ON safety_concerns(family_id, closed_at)"),
             QStringLiteral("CREATE INDEX safety_concerns_by_visit ON safety_concerns(visit_id)"),
             // Never deleted, and once closed never reopened or rewritten: only the removal of
             // the whole family (retention) takes its concerns with it.
             QStringLiteral(R"(CREATE TRIGGER safety_concerns_never_deleted
    BEFORE DELETE ON safety_concerns
    WHEN EXISTS (SELECT 1 FROM families WHERE id = OLD.family_id)
    BEGIN SELECT RAISE(ABORT, 'a safety concern is never deleted'); END)"),
             QStringLiteral(R"(CREATE TRIGGER safety_concerns_closed_once
    BEFORE UPDATE ON safety_concerns
    WHEN OLD.closed_at IS NOT NULL OR NEW.description <> OLD.description
        OR NEW.raised_by <> OLD.raised_by OR NEW.raised_at <> OLD.raised_at
        OR NEW.family_id <> OLD.family_id
    BEGIN SELECT RAISE(ABORT, 'a safety concern is only ever closed'); END)"),
             QStringLiteral(R"(CREATE TABLE confidential_notes (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    visit_id INTEGER REFERENCES visits(id) ON DELETE SET NULL,
    trusted_person_id INTEGER NOT NULL REFERENCES workers(id),
    written_at TEXT NOT NULL,
    text TEXT NOT NULL CHECK (text <> '')))"),
             QStringLiteral("CREATE INDEX confidential_notes_by_family ON "
                            "confidential_notes(family_id, trusted_person_id)"),
             QStringLiteral(R"(CREATE TABLE evaluations (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    helps TEXT NOT NULL CHECK (helps IN ('yes', 'partly', 'no')),
    decision TEXT NOT NULL CHECK (decision IN ('continue', 'adjust', 'stop')),
    reason TEXT NOT NULL CHECK (reason <> '')))"),
             QStringLiteral(
                 "CREATE INDEX evaluations_by_family ON evaluations(family_id, held_on)"),
             QStringLiteral(R"(CREATE TABLE evaluation_scores (
    evaluation_id INTEGER NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (evaluation_id, goal_id)))"),
             QStringLiteral("CREATE INDEX evaluation_scores_by_goal ON evaluation_scores(goal_id)"),
         }});

    // Version 5: which database this is, as a random value made once with the file and never
    // changed (copies keep it). Files made from this file name their rows by it: the calendar
    // export's UIDs (visit-<id>@<identity>.duocoach) stay the same on every export, so a
    // calendar updates its events instead of adding them twice, and never meet the UIDs of
    // another database. Nothing already in the file could serve: ids and case codes repeat
    // between databases, and names and dates can be edited.
    steps.append({5,
                  "database identity",
                  {
                      QStringLiteral(R"(CREATE TABLE database_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    identity TEXT NOT NULL CHECK (length(identity) = 32)))"),
                      QStringLiteral("INSERT INTO database_identity (id, identity) "
                                     "VALUES (1, lower(hex(randomblob(16))))"),
                      QStringLiteral(R"(CREATE TRIGGER database_identity_fixed
    BEFORE UPDATE ON database_identity
    BEGIN SELECT RAISE(ABORT, 'the database identity never changes'); END)"),
                      QStringLiteral(R"(CREATE TRIGGER database_identity_kept
    BEFORE DELETE ON database_identity
    BEGIN SELECT RAISE(ABORT, 'the database identity never changes'); END)"),
                  }});

    // Version 6: the record of supervision packages made from this database (issue 5): who
    // exported which period of which duo, when, pseudonymised and encrypted or not, how many
    // visits and families, into which file, with the package's content hash.
    steps.append({6,
                  "record of supervision exports",
                  {
                      QStringLiteral(R"(CREATE TABLE supervision_exports (
    id INTEGER PRIMARY KEY,
    exported_at TEXT NOT NULL,
    exported_by TEXT NOT NULL,
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    duo_id INTEGER REFERENCES duos(id),
    worker_id INTEGER REFERENCES workers(id),
    pseudonymized INTEGER NOT NULL CHECK (pseudonymized IN (0, 1)),
    encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    visits INTEGER NOT NULL CHECK (visits >= 0),
    families INTEGER NOT NULL CHECK (families >= 0),
    file_name TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    CHECK (to_date >= from_date)))"),
                  }});
    // Version 7: trust (issue 6). The access log of NEN 7513, append-only by the database's own
    // triggers (an INSERT OR REPLACE would delete without firing a DELETE trigger, so an insert
    // over an existing id is refused as well); it has no foreign key, as it outlives the
    // families it names. Consent per family and purpose. Retention: closing a family sets the
    // day its file is due for removal, by triggers, so every way a family is closed (the app,
    // an import, the demo) sets it alike; the period is the database's, the same for everyone
    // working with the file. What removal keeps: anonymous counts per closing year and duo.
    steps.append(
        {7,
         "access log, consent, retention",
         {
             QStringLiteral(R"(CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL CHECK (length(at) = 24),
    user_name TEXT NOT NULL CHECK (user_name <> ''),
    user_role TEXT NOT NULL CHECK (user_role IN ('coordinator', 'supervisor', 'trusted_person',
        'professional', 'cli')),
    account TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL CHECK (action IN ('create', 'read', 'update', 'delete', 'archive',
        'export', 'print', 'import', 'open_log', 'remove')),
    family_id INTEGER,
    case_code TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'refused')),
    detail TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX access_log_by_family ON access_log(family_id, at)"),
             QStringLiteral("CREATE INDEX access_log_by_user ON access_log(user_name, at)"),
             QStringLiteral("CREATE INDEX access_log_by_time ON access_log(at)"),
             QStringLiteral(R"(CREATE TRIGGER access_log_never_changed
    BEFORE UPDATE ON access_log
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END)"),
             QStringLiteral(R"(CREATE TRIGGER access_log_never_deleted
    BEFORE DELETE ON access_log
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END)"),
             QStringLiteral(R"(CREATE TRIGGER access_log_never_replaced
    BEFORE INSERT ON access_log
    WHEN EXISTS (SELECT 1 FROM access_log WHERE id = NEW.id)
    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END)"),
             QStringLiteral(R"(CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('home_visits', 'share_with_partner',
        'supervision_export')),
    given_by TEXT NOT NULL CHECK (given_by IN ('parents', 'young_person', 'both')),
    given_on TEXT NOT NULL,
    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on),
    note TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX consents_by_family ON consents(family_id, purpose)"),
             QStringLiteral("CREATE INDEX consents_by_purpose ON consents(purpose, family_id)"),
             QStringLiteral("ALTER TABLE families ADD COLUMN retain_until TEXT"),
             QStringLiteral("CREATE INDEX families_by_retention ON families(retain_until)"),
             QStringLiteral(R"(CREATE TABLE retention_policy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    years INTEGER NOT NULL CHECK (years BETWEEN 1 AND 100)))"),
             // 20 years after closing: the Jeugdwet's period for youth-care files.
             QStringLiteral("INSERT INTO retention_policy (id, years) VALUES (1, 20)"),
             QStringLiteral("UPDATE families SET retain_until = date(coalesce(closed_on, "
                            "referred_on), '+20 years') WHERE status = 'closed'"),
             QStringLiteral(R"(CREATE TRIGGER families_retention_on_insert
    AFTER INSERT ON families
    WHEN NEW.status = 'closed' AND NEW.retain_until IS NULL
    BEGIN
        UPDATE families SET retain_until = date(coalesce(NEW.closed_on, date('now')),
            '+' || (SELECT years FROM retention_policy WHERE id = 1) || ' years')
        WHERE id = NEW.id;
    END)"),
             // Reopening clears the date; a closed file keeps the date it got on closing (a
             // later change of the period does not move it) unless its closing day changes.
             QStringLiteral(R"(CREATE TRIGGER families_retention_on_update
    AFTER UPDATE OF status, closed_on ON families
    BEGIN
        UPDATE families SET retain_until = CASE
            WHEN NEW.status <> 'closed' THEN NULL
            WHEN OLD.status = 'closed' AND OLD.closed_on IS NEW.closed_on
                AND OLD.retain_until IS NOT NULL THEN OLD.retain_until
            ELSE date(coalesce(NEW.closed_on, date('now')),
                '+' || (SELECT years FROM retention_policy WHERE id = 1) || ' years')
            END
        WHERE id = NEW.id;
    END)"),
             QStringLiteral(R"(CREATE TABLE removed_family_counts (
    closed_year INTEGER NOT NULL,
    duo_id INTEGER NOT NULL DEFAULT 0,
    families INTEGER NOT NULL DEFAULT 0 CHECK (families >= 0),
    household_members INTEGER NOT NULL DEFAULT 0,
    children INTEGER NOT NULL DEFAULT 0,
    visits_done INTEGER NOT NULL DEFAULT 0,
    visits_not_done INTEGER NOT NULL DEFAULT 0,
    reports INTEGER NOT NULL DEFAULT 0,
    goals INTEGER NOT NULL DEFAULT 0,
    evaluations INTEGER NOT NULL DEFAULT 0,
    follow_ups INTEGER NOT NULL DEFAULT 0,
    safety_concerns INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (closed_year, duo_id)))"),
         }});
    // Version 8: an export is recorded before its file appears and marked completed or failed
    // after (issue 13): a kill in between leaves a record saying "started", never a file that
    // no record knows. The CSV visit log, the calendar and the PDF report get a record of
    // their own; a package's record (supervision_exports) gets the same status. Records
    // made before this version were only ever saved with their file: completed.
    steps.append({8,
                  "export status",
                  {
                      QStringLiteral("ALTER TABLE supervision_exports ADD COLUMN status TEXT NOT "
                                     "NULL DEFAULT 'completed' CHECK (status IN ('started', "
                                     "'completed', 'failed'))"),
                      QStringLiteral(R"(CREATE TABLE export_files (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    what TEXT NOT NULL,
    file_name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('started', 'completed', 'failed'))))"),
                      // Matching learns which city a district lies in from the families'
                      // addresses: read from this index, not from every family row.
                      QStringLiteral("CREATE INDEX families_by_place ON families(city, district)"),
                  }});
    // Version 9: a team (issue 15). Rows people edit in forms carry a version, counted up by
    // the database, so a save over someone else's change is refused (RowVersions). Logins,
    // need-to-know and emergency access are a server's alone (PostgresTeamSchema).
    steps.append({9, "row versions", RowVersions::fileStatements()});
    // Version 10: the names of the duos as one view, read by the family list (on a server
    // past row-level security, whose policies are each scoped to their own group: see
    // PostgresTeamSchema::groupScopedPolicies).
    steps.append({10, "duo names", {DuoStore::namesView(QString())}});
    // Version 11: the network around a family (issue 16): support deployed and whether it
    // helps, referrals.
    steps.append({11, "support and referrals", NetworkSchema::fileStatements(11)});
    // Version 12: the rest of that network: case consultations and the other meetings, the
    // family's surroundings (network map), the workers' training and debriefs.
    steps.append(
        {12, "meetings, network map, training and debriefs", NetworkSchema::fileStatements(12)});
    // Version 13: the daily work of each role (issue 17): who ticked a follow-up action off.
    steps.append({DailyWorkSchema::Format, "daily work", DailyWorkSchema::fileStatements()});
    // Version 14: the supervisor's feedback brought back to the duos (issue 17).
    steps.append(
        {FeedbackSchema::Format, "supervision feedback", FeedbackSchema::fileStatements()});
    // Version 15: the access log's hash chain (issue 18); the entries already there are chained
    // by the first write after the upgrade (AccessLogChain::extend).
    steps.append({LogChainSchema::Format, "access log chain", LogChainSchema::fileStatements()});
    return steps;
}
} // namespace

const QList<Migrations::Step> &Migrations::steps()
{
    static const QList<Step> all = buildSteps();
    return all;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

Status Migrations::migrate(QSqlDatabase db, int fromVersion, int toVersion)
{
    if (toVersion < 0)
        toVersion = latestVersion();
    for (const Step &step : steps()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        // Messages name the file, like every refusal of Database, and stay one sentence.
        const QString name = QFileInfo(db.databaseName()).fileName();
        auto reasonOf = [](const QSqlQuery &failed) {
            const QString text = failed.lastError().databaseText();
            return text.isEmpty() ? failed.lastError().text() : text;
        };
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error::storage(tr("Could not start upgrading the database \"%1\" (%2).")
                                      .arg(name, reasonOf(query)));
        auto fail = [&](const QSqlQuery &failed) -> Status {
            const QString reason = reasonOf(failed);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error::storage(tr("Upgrading the database \"%1\" to format %2 failed; it was "
                                     "left at format %3 (%4).")
                                      .arg(name, QString::number(step.version),
                                           QString::number(step.version - 1), reason));
        };
        for (const QString &statement : step.statements)
            if (!query.exec(statement))
                return fail(query);
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            return fail(query);
        if (!query.exec(QStringLiteral("COMMIT")))
            return fail(query);
    }
    return {};
}
