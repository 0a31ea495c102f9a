#include "PackageFormat.h"

namespace {
PackageFormat::Table makeTable(const QString &name, const QStringList &typedColumns,
                               const QStringList &primaryKey, int since = 2)
{
    PackageFormat::Table table;
    table.name = name;
    table.since = since;
    table.primaryKey = primaryKey;
    QStringList definitions;
    for (const QString &typed : typedColumns) {
        const QString column = typed.section(QLatin1Char(' '), 0, 0);
        table.columns << column;
        // A single integer key is the rowid: rows are stored, and so hashed, in its order.
        if (primaryKey.size() == 1 && primaryKey.first() == column)
            definitions << typed + QStringLiteral(" PRIMARY KEY");
        else
            definitions << typed;
    }
    // A table keyed by several columns is stored as the b-tree of its key (WITHOUT ROWID):
    // one b-tree to fill instead of a table and its key's index.
    QString options;
    if (primaryKey.size() > 1) {
        definitions << QStringLiteral("PRIMARY KEY (%1)").arg(primaryKey.join(QLatin1String(", ")));
        options = QStringLiteral(" WITHOUT ROWID");
    }
    table.definition = QStringLiteral("(%1)%2").arg(definitions.join(QLatin1String(", ")), options);
    return table;
}

QList<PackageFormat::Table> buildTables()
{
    auto list = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1String(", "));
    };
    const QStringList id{QStringLiteral("id")};
    // No CHECK or NOT NULL constraints: the hash, not the schema, guards the content, and a
    // reader must be able to see (and report) any change rather than fail to load it.
    return {
        makeTable(QStringLiteral("duos"),
                  list("id INTEGER, trusted_person_id INTEGER, trusted_person_name TEXT, "
                       "trusted_person_organisation TEXT, professional_id INTEGER, "
                       "professional_name TEXT, professional_organisation TEXT, from_date TEXT, "
                       "to_date TEXT"),
                  id),
        makeTable(QStringLiteral("families"),
                  list("id INTEGER, case_code TEXT, family_name TEXT, street TEXT, postcode TEXT, "
                       "city TEXT, district TEXT, home_languages TEXT, status TEXT, "
                       "referred_on TEXT, closed_on TEXT, closing_reason TEXT"),
                  id),
        makeTable(QStringLiteral("household_members"),
                  list("id INTEGER, family_id INTEGER, first_name TEXT, role TEXT, "
                       "birth_year INTEGER"),
                  id),
        makeTable(QStringLiteral("visits"),
                  list("id INTEGER, family_id INTEGER, duo_id INTEGER, starts_at TEXT, "
                       "duration_minutes INTEGER, status TEXT, status_reason TEXT, "
                       "trusted_person_present INTEGER, professional_present INTEGER, "
                       "series_id INTEGER"),
                  id),
        makeTable(QStringLiteral("visit_attendees"), list("visit_id INTEGER, member_id INTEGER"),
                  list("visit_id, member_id")),
        makeTable(QStringLiteral("visit_reports"),
                  list("visit_id INTEGER, trusted_person_tasks TEXT, professional_tasks TEXT, "
                       "topics TEXT, notes TEXT, written_by TEXT, written_at TEXT"),
                  {QStringLiteral("visit_id")}),
        makeTable(QStringLiteral("goals"),
                  list("id INTEGER, family_id INTEGER, life_domain TEXT, description TEXT, "
                       "start_score INTEGER, set_on TEXT, ended_on TEXT"),
                  id),
        makeTable(QStringLiteral("visit_goals"), list("visit_id INTEGER, goal_id INTEGER"),
                  list("visit_id, goal_id")),
        makeTable(QStringLiteral("evaluations"),
                  list("id INTEGER, family_id INTEGER, held_on TEXT, helps TEXT, decision TEXT, "
                       "reason TEXT"),
                  id),
        makeTable(QStringLiteral("evaluation_scores"),
                  list("evaluation_id INTEGER, goal_id INTEGER, score INTEGER"),
                  list("evaluation_id, goal_id")),
        makeTable(QStringLiteral("follow_ups"),
                  list("id INTEGER, family_id INTEGER, visit_id INTEGER, description TEXT, "
                       "owner_id INTEGER, owner_name TEXT, due_on TEXT, done_on TEXT"),
                  id),
        makeTable(QStringLiteral("safety_concerns"),
                  list("id INTEGER, family_id INTEGER, visit_id INTEGER, description TEXT, "
                       "raised_by TEXT, raised_at TEXT, closed_by TEXT, closed_at TEXT, "
                       "closing_note TEXT"),
                  id),
        // Format 3: the network around the family. Organisations appear by kind; in a
        // pseudonymised package their names, contact persons and the people on the network
        // map are left out (SupervisionPackageWriter).
        makeTable(QStringLiteral("support"),
                  list("id INTEGER, family_id INTEGER, kind TEXT, provider TEXT, what TEXT, "
                       "from_date TEXT, until_date TEXT, end_reason TEXT"),
                  id, 3),
        makeTable(QStringLiteral("support_reviews"),
                  list("id INTEGER, support_id INTEGER, family_id INTEGER, held_on TEXT, "
                       "helps TEXT, decision TEXT, reason TEXT, meeting_id INTEGER, "
                       "ended_support INTEGER"),
                  id, 3),
        makeTable(QStringLiteral("referrals"),
                  list("id INTEGER, family_id INTEGER, visit_id INTEGER, duo_id INTEGER, "
                       "sent_by INTEGER, organisation_kind TEXT, organisation TEXT, "
                       "contact_name TEXT, care_kind TEXT, reason TEXT, status TEXT, "
                       "sent_on TEXT, answered_on TEXT, started_on TEXT, ended_on TEXT, "
                       "outcome TEXT"),
                  id, 3),
        makeTable(QStringLiteral("meetings"),
                  list("id INTEGER, kind TEXT, held_on TEXT, title TEXT, organiser_kind TEXT, "
                       "organiser TEXT"),
                  id, 3),
        makeTable(QStringLiteral("meeting_workers"),
                  list("meeting_id INTEGER, worker_id INTEGER, role TEXT, name TEXT"),
                  list("meeting_id, worker_id"), 3),
        makeTable(QStringLiteral("meeting_partners"),
                  list("meeting_id INTEGER, organisation_id INTEGER, organisation_kind TEXT, "
                       "organisation TEXT, contact_name TEXT"),
                  list("meeting_id, organisation_id"), 3),
        makeTable(QStringLiteral("meeting_families"),
                  list("id INTEGER, meeting_id INTEGER, family_id INTEGER, question TEXT, "
                       "advice TEXT"),
                  id, 3),
        makeTable(QStringLiteral("meeting_decisions"),
                  list("id INTEGER, meeting_id INTEGER, family_id INTEGER, kind TEXT, what TEXT"),
                  id, 3),
        makeTable(QStringLiteral("network_map"),
                  list("id INTEGER, family_id INTEGER, kind TEXT, role TEXT, name TEXT, "
                       "closeness INTEGER, tie TEXT, supportive INTEGER, angle INTEGER"),
                  id, 3),
        makeTable(QStringLiteral("debriefs"),
                  list("id INTEGER, visit_id INTEGER, family_id INTEGER, worker_id INTEGER, "
                       "asked_on TEXT, held_on TEXT, held_by TEXT"),
                  id, 3),
    };
}

const QList<PackageFormat::Table> &allTables()
{
    static const QList<PackageFormat::Table> all = buildTables();
    return all;
}
} // namespace

QList<PackageFormat::Table> PackageFormat::tables(int version)
{
    QList<Table> of;
    for (const Table &t : allTables())
        if (t.since <= version)
            of << t;
    return of;
}

const PackageFormat::Table *PackageFormat::table(const QString &name)
{
    for (const Table &t : allTables())
        if (t.name == name)
            return &t;
    return nullptr;
}

QStringList PackageFormat::tableStatements(const QString &schema, int version)
{
    const QString prefix = schema.isEmpty() ? QString() : schema + QLatin1Char('.');
    QStringList statements{
        QStringLiteral("PRAGMA %1application_id = %2").arg(prefix).arg(ApplicationId),
        QStringLiteral("PRAGMA %1user_version = %2").arg(prefix).arg(version),
        QStringLiteral("CREATE TABLE %1manifest (key TEXT PRIMARY KEY, value TEXT)").arg(prefix),
    };
    for (const Table &t : tables(version))
        statements << QStringLiteral("CREATE TABLE %1%2 %3").arg(prefix, t.name, t.definition);
    return statements;
}

QStringList PackageFormat::indexStatements(const QString &schema, int version)
{
    // For the review window's lists and per-duo figures. SQLite keeps the statement without
    // the schema's name, so a package reads the same however it was made.
    const QString prefix = schema.isEmpty() ? QString() : schema + QLatin1Char('.');
    QStringList statements;
    for (const char *index :
         {"visits_by_duo ON visits(duo_id, starts_at)", "visits_by_start ON visits(starts_at, id)",
          "visits_by_family ON visits(family_id, starts_at)",
          "safety_concerns_by_visit ON safety_concerns(visit_id)",
          "follow_ups_by_family ON follow_ups(family_id)",
          "evaluations_by_family ON evaluations(family_id)"})
        statements << QStringLiteral("CREATE INDEX %1%2").arg(prefix, QLatin1String(index));
    // The per-duo figures of format 3 and the family's network.
    if (version >= 3)
        for (const char *index : {"support_reviews_by_family ON support_reviews(family_id)",
                                  "referrals_by_duo ON referrals(duo_id)",
                                  "meeting_families_by_family ON meeting_families(family_id)",
                                  "debriefs_by_visit ON debriefs(visit_id)"})
            statements << QStringLiteral("CREATE INDEX %1%2").arg(prefix, QLatin1String(index));
    return statements;
}

QStringList PackageFormat::schemaStatements(int version)
{
    return tableStatements({}, version) + indexStatements({}, version);
}
