#include "NetworkSchema.h"

#include "RowVersions.h"
#include "domain/Network.h"

namespace {
// `%ID` is a table's own id, `%REF` a column that holds one: SQLite's rowid and a 64-bit
// identity on a server (PostgresSchema's translation rules).
QStringList tableStatements(bool server)
{
    const QString kinds = NetworkText::sqlKinds();
    QStringList statements = {
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
    const QString id = server
                           ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                           : QStringLiteral("INTEGER PRIMARY KEY");
    const QString ref = server ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    for (QString &statement : statements)
        statement.replace(QLatin1String("%ID"), id).replace(QLatin1String("%REF"), ref);
    return statements;
}

// Support and referrals are edited in forms: versioned like every such row (format 9).
const char *const Versioned[] = {"support", "referrals"};
} // namespace

QStringList NetworkSchema::tables()
{
    return {QStringLiteral("support"), QStringLiteral("support_reviews"),
            QStringLiteral("referrals")};
}

QStringList NetworkSchema::fileStatements()
{
    QStringList statements = tableStatements(false);
    for (const char *table : Versioned)
        statements << RowVersions::fileStatements(QLatin1String(table));
    return statements;
}

QStringList NetworkSchema::serverStatements()
{
    QStringList statements = tableStatements(true);
    for (const char *table : Versioned)
        statements << RowVersions::serverStatements(QLatin1String(table));
    // A NULL id is the next one, as on every table with an id (PostgresSchema).
    for (const QString &table : tables())
        statements << QStringLiteral("CREATE TRIGGER %1_next_id BEFORE INSERT ON %1 FOR EACH ROW "
                                     "WHEN (NEW.id IS NULL) EXECUTE FUNCTION "
                                     "duocoach_next_id_for_null()")
                          .arg(table);
    return statements;
}
