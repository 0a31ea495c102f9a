#include "SupervisionPackageWriter.h"

#include "ExportSelection.h"
#include "InMemorySqlite.h"
#include "NameMasker.h"
#include "PackageFormat.h"
#include "PackageHasher.h"
#include "SqliteStatement.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/SupervisionExportStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

using Maskers = QHash<qint64, NameMasker>;

// What pseudonymising does to one column of a copied row.
struct ColumnRule
{
    enum class Action { LeaveOut, Mask };
    int column = 0;
    Action action = Action::LeaveOut;
    int familyColumn = -1; // Mask: where the row's family id is
};

struct TableCopy
{
    QString table;
    QString select; // package columns in PackageFormat's order, then any helper columns
    QVariantList binds;
    QList<ColumnRule> rules; // applied when pseudonymising; columns not named pass unchanged
};

ColumnRule leaveOut(int column)
{
    return {column, ColumnRule::Action::LeaveOut, -1};
}

ColumnRule maskWith(int column, int familyColumn)
{
    return {column, ColumnRule::Action::Mask, familyColumn};
}

// Copies rows value for value (types kept as stored) from the source into the package,
// through SQLite's C API; only columns with a rule are touched, and only when pseudonymising.
Status copyTable(sqlite3 *source, sqlite3 *package, const TableCopy &copy, const Maskers *maskers,
                 qint64 *rows)
{
    const PackageFormat::Table *table = PackageFormat::table(copy.table);
    Q_ASSERT(table);
    const int columns = int(table->columns.size());
    QStringList marks;
    for (int i = 0; i < columns; ++i)
        marks << QStringLiteral("?");
    auto failed = [&](const QString &reason) {
        return Error::storage(
            SupervisionPackageWriter::tr("Could not build the package: %1").arg(reason));
    };
    auto insert = SqliteStatement::prepare(
        package, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(table->name, table->columns.join(QLatin1String(", ")),
                          marks.join(QLatin1String(", "))));
    if (!insert)
        return failed(insert.message());
    auto select = SqliteStatement::prepare(source, copy.select);
    if (!select)
        return failed(select.message());
    if (Status bound = select->bind(copy.binds); !bound)
        return failed(bound.message());
    sqlite3_stmt *in = select->get();
    sqlite3_stmt *out = insert->get();

    QList<const ColumnRule *> ruleOf(columns, nullptr);
    if (maskers)
        for (const ColumnRule &rule : copy.rules)
            ruleOf[rule.column] = &rule;

    *rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = select->step()) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            const ColumnRule *rule = ruleOf.at(c);
            if (!rule || sqlite3_column_type(in, c) == SQLITE_NULL) {
                sqlite3_bind_value(out, c + 1, sqlite3_column_value(in, c));
            } else if (rule->action == ColumnRule::Action::LeaveOut) {
                sqlite3_bind_null(out, c + 1);
            } else {
                // Every exported row belongs to an exported family, so a masker is always
                // there; were it not, the text is left out rather than let through unmasked.
                const auto masker = maskers->constFind(select->integer(rule->familyColumn));
                if (masker == maskers->cend()) {
                    sqlite3_bind_null(out, c + 1);
                    continue;
                }
                const QByteArray masked = masker->mask(QString::fromUtf8(select->text(c))).toUtf8();
                sqlite3_bind_text64(out, c + 1, masked.constData(), quint64(masked.size()),
                                    SQLITE_TRANSIENT, SQLITE_UTF8);
            }
        }
        if (insert->step() != SQLITE_DONE)
            return failed(insert->errorMessage());
        insert->reset();
        ++*rows;
    }
    if (rc != SQLITE_DONE)
        return failed(select->errorMessage());
    return {};
}

QString manifestDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

Status execAll(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements)
        if (!query.exec(statement))
            return Error::storage(SupervisionPackageWriter::tr("Could not build the package: %1")
                                      .arg(query.lastError().text()));
    return {};
}
} // namespace

Status SupervisionPackageWriter::check(const Database &source, const ExportRequest &request)
{
    if (!request.from.isValid() || !request.to.isValid())
        return Error::invalid(tr("An export needs a first and a last day."));
    if (request.to < request.from)
        return Error::invalid(tr("The last day of the export lies before its first day."));
    if (request.duoId && request.workerId)
        return Error::invalid(tr("An export is of one duo or of one worker's duos, not both."));
    if (request.duoId) {
        auto found = source.scalar(QStringLiteral("SELECT count(*) FROM duos WHERE id = ?"),
                                   {request.duoId});
        if (!found)
            return found.error();
        if (found->toInt() == 0)
            return Error::invalid(tr("There is no duo with number %1.").arg(request.duoId));
    }
    if (request.workerId) {
        auto found = source.scalar(QStringLiteral("SELECT count(*) FROM workers WHERE id = ?"),
                                   {request.workerId});
        if (!found)
            return found.error();
        if (found->toInt() == 0)
            return Error::invalid(tr("There is no worker with number %1.").arg(request.workerId));
    }
    if (!request.passphrase.isEmpty() &&
        request.passphrase.size() < PackageCrypto::MinimumPassphraseLength)
        return Error::invalid(tr("A passphrase needs at least %1 characters.")
                                  .arg(PackageCrypto::MinimumPassphraseLength));
    return {};
}

Result<SecureBytes> SupervisionPackageWriter::build(const Database &source, const Options &options,
                                                    SupervisionExportSummary *summary)
{
    const ExportRequest &request = options.request;
    if (Status checked = check(source, request); !checked)
        return checked.error();
    auto memory = InMemorySqlite::create();
    if (!memory)
        return memory.error();
    QSqlDatabase package = memory.value()->connection();
    if (Status made = execAll(package, PackageFormat::schemaStatements()); !made)
        return made.error();
    if (Status begun = execAll(package, {QStringLiteral("BEGIN")}); !begun)
        return begun.error();

    // Consent is judged on the export day: the visits of families without it are not selected,
    // so nothing of those families (reports, goals, concerns, ...) reaches any table.
    const QDate consentOn =
        (options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTime()).date();
    const ExportSelection selection(request, consentOn);
    const QVariant from = SqlValues::date(request.from);
    const QVariant to = SqlValues::date(request.to);
    const QVariant end = SqlValues::date(request.to.addDays(1));
    const bool pseudonymize = request.pseudonymize;
    sqlite3 *sourceHandle = SqliteStatement::handleOf(source.connection());
    sqlite3 *packageHandle = memory.value()->handle();
    SupervisionExportSummary counts;
    auto copy = [&](const TableCopy &table, const Maskers *maskers) -> Status {
        qint64 rows = 0;
        if (Status copied = copyTable(sourceHandle, packageHandle, table, maskers, &rows); !copied)
            return copied;
        counts.rows.insert(table.table, rows);
        return {};
    };

    // The visits are selected once from the source, as ids. Everything else, the visits
    // themselves included, is then selected by these ids (visits, families, duos), each list
    // bound as one JSON array: the source's visits are not searched again for every table.
    auto selected = SqliteStatement::prepare(
        sourceHandle, QStringLiteral("SELECT v.id, v.family_id, v.duo_id FROM visits v WHERE %1")
                          .arg(selection.condition()));
    if (!selected)
        return Error::storage(tr("Could not build the package: %1").arg(selected.message()));
    if (Status bound = selected->bind(selection.binds()); !bound)
        return Error::storage(tr("Could not build the package: %1").arg(bound.message()));
    QList<qint64> visitIds;
    QSet<qint64> familyIds;
    QSet<qint64> duoIds;
    int rc = SQLITE_ROW;
    while ((rc = selected->step()) == SQLITE_ROW) {
        visitIds << selected->integer(0);
        familyIds << selected->integer(1);
        duoIds << selected->integer(2);
    }
    if (rc != SQLITE_DONE)
        return Error::storage(tr("Could not build the package: %1").arg(selected->errorMessage()));
    auto json = [](const QList<qint64> &ids) {
        QByteArray text("[");
        for (qint64 id : ids) {
            if (text.size() > 1)
                text += ',';
            text += QByteArray::number(id);
        }
        text += ']';
        return QVariant(QString::fromLatin1(text));
    };
    const QString inList = QStringLiteral("SELECT value FROM json_each(?)");
    const QVariant visits = json(visitIds);
    const QVariant families = json(familyIds.values());
    const QVariant duos = json(duoIds.values());

    Maskers maskers;
    if (pseudonymize) {
        auto loaded = NameMasker::forFamilies(source, inList, {families});
        if (!loaded)
            return loaded.error();
        maskers = std::move(loaded).value();
    }

    // No ORDER BY: rows go into the package's b-trees in key order whatever order they come
    // in, and a sort here could spill unmasked text into a temporary file.
    const QList<TableCopy> copies{
        {QStringLiteral("visits"),
         QStringLiteral("SELECT v.id, v.family_id, v.duo_id, v.starts_at, v.duration_minutes, "
                        "v.status, v.status_reason, v.trusted_person_present, "
                        "v.professional_present, v.series_id FROM visits v WHERE v.id IN (%1)")
             .arg(inList),
         {visits},
         {maskWith(6, 1)}},
        {QStringLiteral("duos"),
         QStringLiteral(
             "SELECT d.id, d.trusted_person_id, t.name, ot.name, d.professional_id, p.name, "
             "op.name, d.from_date, d.to_date FROM duos d "
             "JOIN workers t ON t.id = d.trusted_person_id "
             "JOIN organisations ot ON ot.id = t.organisation_id "
             "JOIN workers p ON p.id = d.professional_id "
             "JOIN organisations op ON op.id = p.organisation_id "
             "WHERE d.id IN (%1) OR d.id = ? OR ((d.trusted_person_id = ? OR "
             "d.professional_id = ?) AND d.from_date <= ? AND (d.to_date IS NULL OR "
             "d.to_date >= ?))")
             .arg(inList),
         {duos, request.duoId, request.workerId, request.workerId, to, from},
         {}},
        {QStringLiteral("families"),
         QStringLiteral("SELECT f.id, f.case_code, f.family_name, f.street, f.postcode, f.city, "
                        "f.district, f.home_languages, f.status, f.referred_on, f.closed_on, "
                        "f.closing_reason FROM families f WHERE f.id IN (%1)")
             .arg(inList),
         {families},
         // Family name, street, postcode and city out; the closing reason masked.
         {leaveOut(2), leaveOut(3), leaveOut(4), leaveOut(5), maskWith(11, 0)}},
        {QStringLiteral("household_members"),
         QStringLiteral("SELECT m.id, m.family_id, m.first_name, m.role, m.birth_year "
                        "FROM household_members m WHERE m.family_id IN (%1)")
             .arg(inList),
         {families},
         {leaveOut(2)}}, // first name
        {QStringLiteral("visit_attendees"),
         QStringLiteral("SELECT a.visit_id, a.member_id FROM visit_attendees a "
                        "WHERE a.visit_id IN (%1)")
             .arg(inList),
         {visits},
         {}},
        {QStringLiteral("visit_reports"),
         QStringLiteral("SELECT r.visit_id, r.trusted_person_tasks, r.professional_tasks, "
                        "r.topics, r.notes, r.written_by, r.written_at, v.family_id "
                        "FROM visit_reports r JOIN visits v ON v.id = r.visit_id "
                        "WHERE r.visit_id IN (%1)")
             .arg(inList),
         {visits},
         {maskWith(1, 7), maskWith(2, 7), maskWith(4, 7)}},
        {QStringLiteral("goals"),
         QStringLiteral(
             "SELECT g.id, g.family_id, g.life_domain, g.description, g.start_score, g.set_on, "
             "g.ended_on FROM goals g WHERE g.family_id IN (%1) AND (g.set_on <= ? "
             "OR g.id IN (SELECT vg.goal_id FROM visit_goals vg WHERE vg.visit_id IN (%1)) "
             "OR g.id IN (SELECT es.goal_id FROM evaluation_scores es JOIN evaluations e "
             "ON e.id = es.evaluation_id WHERE e.family_id IN (%1) AND e.held_on >= ? "
             "AND e.held_on <= ?))")
             .arg(inList),
         {families, to, visits, families, from, to},
         {maskWith(3, 1)}},
        {QStringLiteral("visit_goals"),
         QStringLiteral("SELECT vg.visit_id, vg.goal_id FROM visit_goals vg "
                        "WHERE vg.visit_id IN (%1)")
             .arg(inList),
         {visits},
         {}},
        {QStringLiteral("evaluations"),
         QStringLiteral("SELECT e.id, e.family_id, e.held_on, e.helps, e.decision, e.reason "
                        "FROM evaluations e WHERE e.family_id IN (%1) AND e.held_on >= ? "
                        "AND e.held_on <= ?")
             .arg(inList),
         {families, from, to},
         {maskWith(5, 1)}},
        {QStringLiteral("evaluation_scores"),
         QStringLiteral("SELECT es.evaluation_id, es.goal_id, es.score FROM evaluation_scores es "
                        "JOIN evaluations e ON e.id = es.evaluation_id WHERE e.family_id IN (%1) "
                        "AND e.held_on >= ? AND e.held_on <= ?")
             .arg(inList),
         {families, from, to},
         {}},
        {QStringLiteral("follow_ups"),
         QStringLiteral("SELECT fu.id, fu.family_id, fu.visit_id, fu.description, fu.owner_id, "
                        "w.name, fu.due_on, fu.done_on FROM follow_ups fu "
                        "JOIN workers w ON w.id = fu.owner_id WHERE fu.family_id IN (%1) "
                        "AND (fu.visit_id IN (%1) OR (fu.due_on <= ? AND (fu.done_on IS NULL "
                        "OR fu.done_on >= ?)))")
             .arg(inList),
         {families, visits, to, from},
         {maskWith(3, 1)}},
        {QStringLiteral("safety_concerns"),
         QStringLiteral("SELECT c.id, c.family_id, c.visit_id, c.description, c.raised_by, "
                        "c.raised_at, c.closed_by, c.closed_at, c.closing_note "
                        "FROM safety_concerns c WHERE c.family_id IN (%1) "
                        "AND (c.visit_id IN (%1) OR (c.raised_at < ? AND (c.closed_at IS NULL "
                        "OR c.closed_at >= ?)))")
             .arg(inList),
         {families, visits, end, from},
         {maskWith(3, 1), maskWith(8, 1)}},
    };
    // Every table of the format is filled.
    Q_ASSERT(copies.size() == PackageFormat::tables().size());
    for (const TableCopy &table : copies)
        if (Status copied = copy(table, pseudonymize ? &maskers : nullptr); !copied)
            return copied.error();

    auto withoutConsent = ConsentStore::familiesWithoutExportConsent(source, request, consentOn);
    if (!withoutConsent)
        return withoutConsent.error();
    counts.familiesWithoutConsent = withoutConsent->size();

    PackageHasher hasher;
    if (Status hashed = hasher.hashTables(memory.value()->handle()); !hashed)
        return hashed.error();

    QDateTime exportedAt =
        options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTime();
    exportedAt = exportedAt.toOffsetFromUtc(exportedAt.offsetFromUtc());
    exportedAt.setTime(
        QTime(exportedAt.time().hour(), exportedAt.time().minute(), exportedAt.time().second()));
    QList<std::pair<QString, QString>> manifest{
        {QStringLiteral("format_version"), QString::number(PackageFormat::Version)},
        {QStringLiteral("app_version"), QStringLiteral(DUOCOACH_VERSION)},
        {QStringLiteral("exported_at"), exportedAt.toString(Qt::ISODate)},
        {QStringLiteral("exported_by"), options.exportedBy},
        {QStringLiteral("period_from"), manifestDate(request.from)},
        {QStringLiteral("period_to"), manifestDate(request.to)},
        {QStringLiteral("filter_duo"), request.duoId ? QString::number(request.duoId) : QString()},
        {QStringLiteral("filter_worker"),
         request.workerId ? QString::number(request.workerId) : QString()},
        {QStringLiteral("pseudonymized"), pseudonymize ? QStringLiteral("1") : QStringLiteral("0")},
    };
    for (auto it = hasher.tables().cbegin(); it != hasher.tables().cend(); ++it) {
        manifest.append({PackageFormat::rowsKey(it.key()), QString::number(it->rows)});
        manifest.append({PackageFormat::hashKey(it.key()), QString::fromLatin1(it->sha256)});
    }
    QSqlQuery insert(package);
    insert.prepare(QStringLiteral("INSERT INTO manifest (key, value) VALUES (?, ?)"));
    auto put = [&](const QString &key, const QString &value) -> Status {
        insert.bindValue(0, key);
        insert.bindValue(1, value.isNull() ? QStringLiteral("") : value);
        if (!insert.exec())
            return Error::storage(
                tr("Could not build the package: %1").arg(insert.lastError().text()));
        return {};
    };
    for (const auto &[key, value] : manifest)
        if (Status put1 = put(key, value); !put1)
            return put1.error();
    if (Status hashed = hasher.hashManifest(memory.value()->handle()); !hashed)
        return hashed.error();
    if (Status put1 =
            put(PackageFormat::contentHashKey(), QString::fromLatin1(hasher.contentSha256()));
        !put1)
        return put1.error();
    insert.finish();
    if (Status committed = execAll(package, {QStringLiteral("COMMIT")}); !committed)
        return committed.error();

    auto image = memory.value()->serialize();
    if (!image)
        return image.error();
    if (summary) {
        counts.visits = counts.rows.value(QStringLiteral("visits"));
        counts.families = counts.rows.value(QStringLiteral("families"));
        counts.pseudonymized = pseudonymize;
        counts.encrypted = !request.passphrase.isEmpty();
        counts.contentSha256 = hasher.contentSha256();
        *summary = counts;
    }
    return image;
}

Result<SupervisionExportSummary>
SupervisionPackageWriter::write(Database &source, const QString &path, const Options &options)
{
    const QFileInfo target(path);
    if (source.isReadOnly())
        return Error::refused(tr("The export cannot be recorded in \"%1\": it is open read-only.")
                                  .arg(source.displayName()));
    if (target.absoluteFilePath() == QFileInfo(source.path()).absoluteFilePath() ||
        (target.exists() &&
         target.canonicalFilePath() == QFileInfo(source.path()).canonicalFilePath()))
        return Error::refused(tr("The package cannot be written over the database \"%1\" itself.")
                                  .arg(source.displayName()));
    if (target.isDir())
        return Error::refused(
            tr("\"%1\" is a folder; give the package a file name.").arg(target.fileName()));
    if (!target.absoluteDir().exists())
        return Error::refused(tr("The folder for \"%1\" does not exist.").arg(target.fileName()));
    // NEN 7513: no export without an entry naming who made it.
    if (options.actor.role.isEmpty())
        return Error::invalid(tr("An export must say who makes it."));

    SupervisionExportSummary summary;
    const QDateTime exportedAt =
        options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTime();
    Options timed = options;
    timed.exportedAt = exportedAt;

    // Read in one snapshot (a savepoint opens a read transaction, or joins the caller's), so
    // every table agrees with the visits; reading takes no write lock, so the app can go on
    // saving while a year is exported.
    {
        QSqlQuery control(source.connection());
        if (!control.exec(QStringLiteral("SAVEPOINT supervision_export")))
            return source.describe(control.lastError());
    }
    auto image = build(source, timed, &summary);
    {
        QSqlQuery control(source.connection());
        if (!control.exec(QStringLiteral("RELEASE supervision_export")) && image)
            return source.describe(control.lastError());
    }
    if (!image)
        return image.error();
    QByteArray encrypted;
    if (summary.encrypted) {
        auto sealed =
            PackageCrypto::encrypt(image.value(), options.request.passphrase, options.kdfCost);
        if (!sealed)
            return sealed.error();
        encrypted = std::move(sealed).value();
        image.value().clear();
    }

    // QSaveFile writes beside the target (an unnamed file where the system allows) and
    // renames into place on commit(): the package is there whole or not at all, and an older
    // file of that name stays until then. Recorded and put in place in one step: a record
    // that cannot be saved discards the package, and a package that cannot be put in place
    // rolls its record back.
    QSaveFile file(path);
    const QByteArrayView bytes =
        summary.encrypted ? QByteArrayView(encrypted) : image.value().view();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly) ||
        file.write(bytes.data(), bytes.size()) != bytes.size())
        return Error::storage(tr("Could not write the package \"%1\": %2")
                                  .arg(target.fileName(), file.errorString()));
    bool committed = false;
    const Status done = source.transaction([&]() -> Status {
        SupervisionExportRecord record;
        record.exportedAt = exportedAt;
        record.exportedBy = options.exportedBy;
        record.from = options.request.from;
        record.to = options.request.to;
        record.duoId = options.request.duoId;
        record.workerId = options.request.workerId;
        record.pseudonymized = summary.pseudonymized;
        record.encrypted = summary.encrypted;
        record.visits = int(summary.visits);
        record.families = int(summary.families);
        record.fileName = target.fileName();
        record.contentSha256 = summary.contentSha256;
        auto id = SupervisionExportStore(source).add(record);
        if (!id)
            return id.error();
        summary.recordId = id.value();
        if (Status logged = AccessLog(source).recordSupervisionExport(
                options.actor, options.request, exportedAt.date());
            !logged)
            return logged;
        if (!file.commit())
            return Error::storage(tr("Could not write the package \"%1\": %2")
                                      .arg(target.fileName(), file.errorString()));
        committed = true;
        return {};
    });
    if (!done) {
        if (committed)
            QFile::remove(path);
        return done.error();
    }
    summary.path = target.absoluteFilePath();
    return summary;
}
