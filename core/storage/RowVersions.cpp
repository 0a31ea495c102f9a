#include "RowVersions.h"

#include "Database.h"

#include <QDateTime>
#include <QLocale>

namespace {
// The rows people edit in forms. Assignments, attendees and links are replaced, not edited;
// a safety concern is only ever closed, once, and the database refuses any other change to it,
// so no edit of one can be lost (and a version counted up would be such a change).
const char *const Versioned[] = {"organisations",     "workers",     "duos",          "families",
                                 "household_members", "visits",      "visit_reports", "goals",
                                 "follow_ups",        "evaluations", "consents"};

QStringList columns(const QString &table)
{
    return {
        QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
            .arg(table),
        QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''").arg(table),
        QStringLiteral("ALTER TABLE %1 ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''").arg(table)};
}
} // namespace

QStringList RowVersions::tables()
{
    QStringList names;
    for (const char *table : Versioned)
        names << QLatin1String(table);
    return names;
}

QStringList RowVersions::fileStatements()
{
    QStringList statements;
    for (const QString &table : tables())
        statements << fileStatements(table);
    return statements;
}

QStringList RowVersions::fileStatements(const QString &table)
{
    // After the row is written, once: the trigger's own UPDATE changes the version, so its
    // WHEN is false for it (and SQLite does not run triggers recursively anyway).
    return columns(table) << QStringLiteral("CREATE TRIGGER %1_row_version AFTER UPDATE ON %1 "
                                            "WHEN NEW.row_version = OLD.row_version BEGIN "
                                            "UPDATE %1 SET row_version = OLD.row_version + 1, "
                                            "changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                            "WHERE rowid = NEW.rowid; END")
                                 .arg(table);
}

QStringList RowVersions::serverStatements()
{
    QStringList statements = {QStringLiteral(R"(CREATE FUNCTION duocoach_row_changed()
RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    NEW.changed_at := to_char(clock_timestamp() AT TIME ZONE 'UTC',
                              'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    NEW.changed_by := session_user;
    RETURN NEW;
END $$)")};
    for (const QString &table : tables())
        statements << serverStatements(table);
    return statements;
}

QStringList RowVersions::serverStatements(const QString &table)
{
    return columns(table) << QStringLiteral("CREATE TRIGGER %1_row_version BEFORE UPDATE ON %1 "
                                            "FOR EACH ROW EXECUTE FUNCTION duocoach_row_changed()")
                                 .arg(table);
}

QString RowVersions::keyColumn(const QString &table)
{
    // A visit's report is keyed by its visit; every other versioned row by its own id.
    return table == QLatin1String("visit_reports") ? QStringLiteral("visit_id")
                                                   : QStringLiteral("id");
}

Status RowVersions::checkSaved(const Database &db, const QString &table, qint64 id, int affected,
                               const QString &what, const QString &missing)
{
    if (affected == 1)
        return {};
    auto q = db.exec(QStringLiteral("SELECT changed_by, changed_at FROM %1 WHERE %2 = ?")
                         .arg(table, keyColumn(table)),
                     {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(missing);
    const QString by = q->value(0).toString();
    const QString at = q->value(1).toString();
    q->finish();
    return conflict(by, at, what, Moment::Saving);
}

Status RowVersions::checkUnchanged(const Database &db, const QString &table, qint64 id, qint64 seen,
                                   const QString &what, Moment moment)
{
    if (seen <= 0)
        return {};
    // FOR UPDATE: the row is the step's until it commits. A file has one writer at a time.
    auto q = db.exec(QStringLiteral("SELECT row_version, changed_by, changed_at FROM %1 "
                                    "WHERE %2 = ?%3")
                         .arg(table, keyColumn(table),
                              db.isServer() ? QStringLiteral(" FOR UPDATE") : QString()),
                     {id});
    if (!q)
        return q.error();
    if (!q->next())
        return {};
    const qint64 now = q->value(0).toLongLong();
    const QString by = q->value(1).toString();
    const QString at = q->value(2).toString();
    q->finish();
    if (now == seen)
        return {};
    return conflict(by, at, what, moment);
}

Result<qint64> RowVersions::current(const Database &db, const QString &table, qint64 id)
{
    auto q = db.exec(
        QStringLiteral("SELECT row_version FROM %1 WHERE %2 = ?").arg(table, keyColumn(table)),
        {id});
    if (!q)
        return q.error();
    const qint64 version = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return version;
}

Error RowVersions::conflict(const QString &by, const QString &changedAt, const QString &what,
                            Moment moment)
{
    const QDateTime at = QDateTime::fromString(changedAt, Qt::ISODateWithMs);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                      : tr("a moment ago");
    if (moment == Moment::Undoing) {
        if (by.isEmpty())
            return Error::conflict(tr("Someone else changed %1 at %2, after your step; it was "
                                      "left as they wrote it.")
                                       .arg(what, when));
        return Error::conflict(
            tr("%1 changed %2 at %3, after your step; it was left as they wrote it.")
                .arg(by, what, when));
    }
    if (by.isEmpty())
        return Error::conflict(tr("Someone else changed %1 at %2, while your form was open; your "
                                  "changes were not saved. Reload to see theirs, or keep "
                                  "editing.")
                                   .arg(what, when));
    return Error::conflict(tr("%1 changed %2 at %3, while your form was open; your changes were "
                              "not saved. Reload to see theirs, or keep editing.")
                               .arg(by, what, when));
}
