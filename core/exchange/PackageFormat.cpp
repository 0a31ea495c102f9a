#include "PackageFormat.h"

namespace {
PackageFormat::Table makeTable(const QString &name, const QStringList &typedColumns,
                               const QStringList &primaryKey)
{
    PackageFormat::Table table;
    table.name = name;
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
    };
}
} // namespace

const QList<PackageFormat::Table> &PackageFormat::tables()
{
    static const QList<Table> all = buildTables();
    return all;
}

const PackageFormat::Table *PackageFormat::table(const QString &name)
{
    for (const Table &t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

QStringList PackageFormat::tableStatements(const QString &schema)
{
    const QString prefix = schema.isEmpty() ? QString() : schema + QLatin1Char('.');
    QStringList statements{
        QStringLiteral("PRAGMA %1application_id = %2").arg(prefix).arg(ApplicationId),
        QStringLiteral("PRAGMA %1user_version = %2").arg(prefix).arg(Version),
        QStringLiteral("CREATE TABLE %1manifest (key TEXT PRIMARY KEY, value TEXT)").arg(prefix),
    };
    for (const Table &t : tables())
        statements << QStringLiteral("CREATE TABLE %1%2 %3").arg(prefix, t.name, t.definition);
    return statements;
}

QStringList PackageFormat::indexStatements(const QString &schema)
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
    return statements;
}

QStringList PackageFormat::schemaStatements()
{
    return tableStatements() + indexStatements();
}
