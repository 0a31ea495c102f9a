#include "SupervisionPackageWriter.h"

#include "SigningKey.h"
#include "services/Settings.h"

#include "AttachedPackage.h"
#include "ExportSelection.h"
#include "NameMasker.h"
#include "PackageFormat.h"
#include "PackageHasher.h"
#include "ServerSnapshot.h"
#include "SqliteStatement.h"
#include "storage/AccessLogChain.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"
#include "storage/DatabaseFiles.h"
#include "storage/PrivateFile.h"
#include "storage/SqlValues.h"
#include "storage/SupervisionExportStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <future>
#include <optional>

#include <sqlite3.h>

namespace {
// One column of a package table: an expression over the source, and what pseudonymising does
// to it.
struct Column
{
    enum class Rule { Keep, LeaveOut, Mask };
    QString expression;
    Rule rule = Rule::Keep;
    QString family; // Mask: the expression giving the row's family id

    QString select(bool pseudonymize) const
    {
        if (!pseudonymize || rule == Rule::Keep)
            return expression;
        if (rule == Rule::LeaveOut)
            return QStringLiteral("NULL");
        return QStringLiteral("duosup_mask(%1, %2)").arg(family, expression);
    }
};

Column kept(const char *expression)
{
    return {QLatin1String(expression), Column::Rule::Keep, {}};
}

Column leftOut(const char *expression)
{
    return {QLatin1String(expression), Column::Rule::LeaveOut, {}};
}

Column masked(const char *expression, const char *family)
{
    return {QLatin1String(expression), Column::Rule::Mask, QLatin1String(family)};
}

// What one package table takes from the source: its columns in PackageFormat's order, and
// the rest of the SELECT (FROM, joins, WHERE) with its binds.
struct TableCopy
{
    QString table;
    QList<Column> columns;
    QString from;
    QVariantList binds = {};
    int weight = 2; // its share of the work, for the progress shown
};

// The table's rows in the primary key's order, so every row is appended to its b-tree.
QString selectStatement(const TableCopy &copy, bool pseudonymize)
{
    const PackageFormat::Table *table = PackageFormat::table(copy.table);
    Q_ASSERT(table && table->columns.size() == copy.columns.size());
    QStringList expressions;
    for (const Column &column : copy.columns)
        expressions << column.select(pseudonymize);
    QStringList order;
    for (const QString &key : table->primaryKey)
        order << QString::number(table->columns.indexOf(key) + 1);
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(expressions.join(QLatin1String(", ")), copy.from, order.join(QLatin1String(", ")));
}

QString copyStatement(const TableCopy &copy, bool pseudonymize)
{
    const PackageFormat::Table *table = PackageFormat::table(copy.table);
    return QStringLiteral("INSERT INTO %1.%2 (%3) %4")
        .arg(AttachedPackage::schema(), table->name, table->columns.join(QLatin1String(", ")),
             selectStatement(copy, pseudonymize));
}

// Everything else is selected through temporary tables of the export's visits, families and
// duos, so the source's visits are searched once.
constexpr const char *TemporaryTables[] = {"duosup_selected", "duosup_visits", "duosup_families",
                                           "duosup_duos"};

struct Statement
{
    QString sql;
    QVariantList binds = {};
};

// The visits of the period, each with whether its family consents to a supervision export on
// the export day: those without are left out of every table, as if they had no visits, and
// are logged as refused.
QList<Statement> selectionStatements(const ExportRequest &request, const QDate &consentOn)
{
    const ExportSelection selection(request);
    QList<Statement> statements{
        {QStringLiteral("CREATE TEMP TABLE duosup_selected (id INTEGER PRIMARY KEY, "
                        "family_id INTEGER, duo_id INTEGER, consented INTEGER)")},
        {QStringLiteral("INSERT INTO temp.duosup_selected SELECT v.id, v.family_id, v.duo_id, "
                        "v.family_id IN (%1) FROM visits v WHERE %2")
             .arg(ConsentStore::consentedFamilies(), selection.condition()),
         ConsentStore::consentedBinds(ConsentPurpose::SupervisionExport, consentOn) +
             selection.binds()},
    };
    for (const auto &[table, column] : {std::pair{"duosup_visits", "id"},
                                        {"duosup_families", "family_id"},
                                        {"duosup_duos", "duo_id"}}) {
        statements.append({QStringLiteral("CREATE TEMP TABLE %1 (id INTEGER PRIMARY KEY)")
                               .arg(QLatin1String(table))});
        statements.append({QStringLiteral("INSERT OR IGNORE INTO temp.%1 SELECT %2 FROM "
                                          "temp.duosup_selected WHERE consented ORDER BY 1")
                               .arg(QLatin1String(table), QLatin1String(column))});
    }
    return statements;
}

// What each package table takes, in PackageFormat's order.
QList<TableCopy> tableCopies(const ExportRequest &request)
{
    const QVariant from = SqlValues::date(request.from);
    const QVariant to = SqlValues::date(request.to);
    const QVariant end = SqlValues::date(request.to.addDays(1));
    const QString visits = QStringLiteral("(SELECT id FROM temp.duosup_visits)");
    const QString ofFamilies = QStringLiteral("(SELECT id FROM temp.duosup_families)");
    // Support running at some time in the period: binds the period's end, then its start.
    const QString running =
        QStringLiteral("su.from_date <= ? AND (su.until_date IS NULL OR su.until_date >= ?)");
    // The consultations of the period that discussed an exported family: binds from, to.
    const QString meetings =
        QStringLiteral("(SELECT mf.meeting_id FROM meeting_families mf JOIN meetings mm ON "
                       "mm.id = mf.meeting_id WHERE mf.family_id IN %1 AND mm.held_on >= ? AND "
                       "mm.held_on <= ?)")
            .arg(ofFamilies);
    // Confidential notes, workers' phone numbers and e-mail addresses are in no table.
    return {
        {QStringLiteral("duos"),
         {kept("d.id"), kept("d.trusted_person_id"), kept("t.name"), kept("ot.name"),
          kept("d.professional_id"), kept("p.name"), kept("op.name"), kept("d.from_date"),
          kept("d.to_date")},
         // The duos visiting, and the duo or worker's duos asked for even without visits.
         QStringLiteral("duos d JOIN workers t ON t.id = d.trusted_person_id "
                        "JOIN organisations ot ON ot.id = t.organisation_id "
                        "JOIN workers p ON p.id = d.professional_id "
                        "JOIN organisations op ON op.id = p.organisation_id "
                        "WHERE d.id IN (SELECT id FROM temp.duosup_duos) OR d.id = ? OR "
                        "((d.trusted_person_id = ? OR d.professional_id = ?) AND d.from_date <= ? "
                        "AND (d.to_date IS NULL OR d.to_date >= ?))"),
         {request.duoId, request.workerId, request.workerId, to, from}},
        {QStringLiteral("families"),
         // Family name, street, postcode and city out; the closing reason masked.
         {kept("f.id"), kept("f.case_code"), leftOut("f.family_name"), leftOut("f.street"),
          leftOut("f.postcode"), leftOut("f.city"), kept("f.district"), kept("f.home_languages"),
          kept("f.status"), kept("f.referred_on"), kept("f.closed_on"),
          masked("f.closing_reason", "f.id")},
         QStringLiteral("temp.duosup_families s JOIN families f ON f.id = s.id")},
        {QStringLiteral("household_members"),
         {kept("m.id"), kept("m.family_id"), leftOut("m.first_name"), kept("m.role"),
          kept("m.birth_year")},
         QStringLiteral("temp.duosup_families s JOIN household_members m ON m.family_id = s.id")},
        {QStringLiteral("visits"),
         {kept("v.id"), kept("v.family_id"), kept("v.duo_id"), kept("v.starts_at"),
          kept("v.duration_minutes"), kept("v.status"), masked("v.status_reason", "v.family_id"),
          kept("v.trusted_person_present"), kept("v.professional_present"), kept("v.series_id")},
         QStringLiteral("temp.duosup_visits s JOIN visits v ON v.id = s.id"),
         {},
         14},
        {QStringLiteral("visit_attendees"),
         {kept("a.visit_id"), kept("a.member_id")},
         QStringLiteral("temp.duosup_visits s JOIN visit_attendees a ON a.visit_id = s.id"),
         {},
         12},
        {QStringLiteral("visit_reports"),
         {kept("r.visit_id"), masked("r.trusted_person_tasks", "s.family_id"),
          masked("r.professional_tasks", "s.family_id"), kept("r.topics"),
          masked("r.notes", "s.family_id"), kept("r.written_by"), kept("r.written_at")},
         QStringLiteral("temp.duosup_selected s JOIN visit_reports r ON r.visit_id = s.id "
                        "WHERE s.consented"),
         {},
         30},
        {QStringLiteral("goals"),
         {kept("g.id"), kept("g.family_id"), kept("g.life_domain"),
          masked("g.description", "g.family_id"), kept("g.start_score"), kept("g.set_on"),
          kept("g.ended_on")},
         // Goals set by the period's end, and any a visit or evaluation of the period names.
         QStringLiteral("goals g WHERE g.family_id IN %1 AND (g.set_on <= ? "
                        "OR g.id IN (SELECT vg.goal_id FROM visit_goals vg WHERE vg.visit_id IN "
                        "%2) OR g.id IN (SELECT es.goal_id FROM evaluation_scores es JOIN "
                        "evaluations e ON e.id = es.evaluation_id WHERE e.family_id IN %1 AND "
                        "e.held_on >= ? AND e.held_on <= ?))")
             .arg(ofFamilies, visits),
         {to, from, to}},
        {QStringLiteral("visit_goals"),
         {kept("vg.visit_id"), kept("vg.goal_id")},
         QStringLiteral("temp.duosup_visits s JOIN visit_goals vg ON vg.visit_id = s.id")},
        {QStringLiteral("evaluations"),
         {kept("e.id"), kept("e.family_id"), kept("e.held_on"), kept("e.helps"), kept("e.decision"),
          masked("e.reason", "e.family_id")},
         QStringLiteral("evaluations e WHERE e.family_id IN %1 AND e.held_on >= ? "
                        "AND e.held_on <= ?")
             .arg(ofFamilies),
         {from, to}},
        {QStringLiteral("evaluation_scores"),
         {kept("es.evaluation_id"), kept("es.goal_id"), kept("es.score")},
         QStringLiteral("evaluation_scores es JOIN evaluations e ON e.id = es.evaluation_id "
                        "WHERE e.family_id IN %1 AND e.held_on >= ? AND e.held_on <= ?")
             .arg(ofFamilies),
         {from, to}},
        {QStringLiteral("follow_ups"),
         {kept("fu.id"), kept("fu.family_id"), kept("fu.visit_id"),
          masked("fu.description", "fu.family_id"), kept("fu.owner_id"), kept("w.name"),
          kept("fu.due_on"), kept("fu.done_on")},
         // Those of the period's visits, and those open during the period.
         QStringLiteral("follow_ups fu JOIN workers w ON w.id = fu.owner_id "
                        "WHERE fu.family_id IN %1 AND (fu.visit_id IN %2 OR (fu.due_on <= ? "
                        "AND (fu.done_on IS NULL OR fu.done_on >= ?)))")
             .arg(ofFamilies, visits),
         {to, from}},
        {QStringLiteral("safety_concerns"),
         {kept("c.id"), kept("c.family_id"), kept("c.visit_id"),
          masked("c.description", "c.family_id"), kept("c.raised_by"), kept("c.raised_at"),
          kept("c.closed_by"), kept("c.closed_at"), masked("c.closing_note", "c.family_id")},
         // Those raised at the period's visits, and those open during the period.
         QStringLiteral("safety_concerns c WHERE c.family_id IN %1 AND (c.visit_id IN %2 "
                        "OR (c.raised_at < ? AND (c.closed_at IS NULL OR c.closed_at >= ?)))")
             .arg(ofFamilies, visits),
         {end, from}},
        // Format 3: the network around the family. Organisations by kind: in a pseudonymised
        // package their names and contact persons are left out, and so are the people on the
        // network map (their role stays, masked as free text is).
        {QStringLiteral("support"),
         {kept("su.id"), kept("su.family_id"), kept("su.kind"), leftOut("su.provider"),
          masked("su.what", "su.family_id"), kept("su.from_date"), kept("su.until_date"),
          masked("su.end_reason", "su.family_id")},
         // The support running at some time in the period.
         QStringLiteral("support su WHERE su.family_id IN %1 AND %2").arg(ofFamilies, running),
         {to, from}},
        {QStringLiteral("support_reviews"),
         {kept("sr.id"), kept("sr.support_id"), kept("sr.family_id"), kept("sr.held_on"),
          kept("sr.helps"), kept("sr.decision"), masked("sr.reason", "sr.family_id"),
          kept("sr.meeting_id"), kept("sr.ended_support")},
         QStringLiteral("support_reviews sr JOIN support su ON su.id = sr.support_id "
                        "WHERE sr.family_id IN %1 AND sr.held_on >= ? AND sr.held_on <= ? AND %2")
             .arg(ofFamilies, running),
         {from, to, to, from}},
        {QStringLiteral("referrals"),
         {kept("r.id"), kept("r.family_id"), kept("r.visit_id"), kept("r.duo_id"),
          kept("r.sent_by"), kept("o.kind"), leftOut("o.name"), leftOut("r.contact_name"),
          kept("r.care_kind"), masked("r.reason", "r.family_id"), kept("r.status"),
          kept("r.sent_on"), kept("r.answered_on"), kept("r.started_on"), kept("r.ended_on"),
          masked("r.outcome", "r.family_id")},
         // Those sent by the period's end and not ended before it began.
         QStringLiteral("referrals r JOIN organisations o ON o.id = r.organisation_id "
                        "WHERE r.family_id IN %1 AND r.sent_on <= ? AND (r.ended_on IS NULL "
                        "OR r.ended_on >= ?)")
             .arg(ofFamilies),
         {to, from}},
        {QStringLiteral("meetings"),
         {kept("m.id"), kept("m.kind"), kept("m.held_on"), leftOut("m.title"), kept("o.kind"),
          leftOut("o.name")},
         QStringLiteral("meetings m LEFT JOIN organisations o ON o.id = m.organiser_id "
                        "WHERE m.id IN %1")
             .arg(meetings),
         {from, to}},
        {QStringLiteral("meeting_workers"),
         {kept("mw.meeting_id"), kept("mw.worker_id"), kept("w.role"), leftOut("w.name")},
         QStringLiteral("meeting_workers mw JOIN workers w ON w.id = mw.worker_id "
                        "WHERE mw.meeting_id IN %1")
             .arg(meetings),
         {from, to}},
        {QStringLiteral("meeting_partners"),
         {kept("mp.meeting_id"), kept("mp.organisation_id"), kept("o.kind"), leftOut("o.name"),
          leftOut("mp.contact_name")},
         QStringLiteral("meeting_partners mp JOIN organisations o ON o.id = mp.organisation_id "
                        "WHERE mp.meeting_id IN %1")
             .arg(meetings),
         {from, to}},
        // Of the families discussed, only the exported ones.
        {QStringLiteral("meeting_families"),
         {kept("mf.id"), kept("mf.meeting_id"), kept("mf.family_id"),
          masked("mf.question", "mf.family_id"), masked("mf.advice", "mf.family_id")},
         QStringLiteral("meeting_families mf WHERE mf.family_id IN %1 AND mf.meeting_id IN %2")
             .arg(ofFamilies, meetings),
         {from, to}},
        {QStringLiteral("meeting_decisions"),
         {kept("md.id"), kept("md.meeting_id"), kept("md.family_id"), kept("md.kind"),
          masked("md.what", "md.family_id")},
         QStringLiteral("meeting_decisions md WHERE md.family_id IN %1 AND md.meeting_id IN %2")
             .arg(ofFamilies, meetings),
         {from, to}},
        {QStringLiteral("network_map"),
         {kept("nm.id"), kept("nm.family_id"), kept("nm.kind"), masked("nm.role", "nm.family_id"),
          leftOut("nm.name"), kept("nm.closeness"), kept("nm.tie"), kept("nm.supportive"),
          kept("nm.angle")},
         QStringLiteral("temp.duosup_families s JOIN network_map nm ON nm.family_id = s.id")},
        // Asked after the period's visits; who held one is a name, left out when pseudonymised.
        {QStringLiteral("debriefs"),
         {kept("db.id"), kept("db.visit_id"), kept("db.family_id"), kept("db.worker_id"),
          kept("db.asked_on"), kept("db.held_on"), leftOut("db.held_by")},
         QStringLiteral("temp.duosup_visits s JOIN debriefs db ON db.visit_id = s.id")},
    };
}

QString manifestDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString SupervisionPackageWriter::referenceScript(const ExportRequest &request,
                                                  const QDate &consentOn)
{
    auto written = [](const QString &sql, const QVariantList &binds) {
        return SqlValues::writtenIn(sql, binds) + QLatin1Char(';');
    };
    QStringList script{QStringLiteral("PRAGMA temp_store = MEMORY;")};
    for (const Statement &statement : selectionStatements(request, consentOn))
        script << written(statement.sql, statement.binds);
    for (const TableCopy &copy : tableCopies(request))
        script << written(selectStatement(copy, false), copy.binds);
    return script.join(QLatin1Char('\n'));
}

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

Result<SecureBytes> SupervisionPackageWriter::build(const Database &database,
                                                    const Options &options,
                                                    SupervisionExportSummary *summary)
{
    const ExportRequest &request = options.request;
    if (Status checked = check(database, request); !checked)
        return checked.error();
    const Progress *progress = options.progress;
    // From a server, the period's rows are read into memory first and built from there.
    std::unique_ptr<Database> snapshot;
    if (database.isServer()) {
        auto taken = ServerSnapshot::take(database, request, progress);
        if (!taken)
            return taken.error().kind == Error::Kind::Cancelled
                       ? Error::cancelled(tr("The export was cancelled; nothing was written."))
                       : taken.error();
        snapshot = std::move(taken).value();
    }
    const Database &source = snapshot ? *snapshot : database;
    auto attached =
        AttachedPackage::attach(SqliteStatement::handleOf(source.connection()), progress);
    if (!attached)
        return attached.error();
    AttachedPackage &package = *attached.value();
    const QString in = AttachedPackage::schema();
    for (const QString &statement : PackageFormat::tableStatements(in))
        if (Status made = package.exec(statement); !made)
            return made.error();

    const QDate consentOn =
        (options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTime()).date();
    for (const Statement &statement : selectionStatements(request, consentOn))
        if (Status done = package.exec(statement.sql, statement.binds); !done)
            return done.error();
    for (const char *table : TemporaryTables)
        package.dropWhenDone(QLatin1String(table));
    auto families = package.ids(QStringLiteral("SELECT id FROM temp.duosup_families"));
    if (!families)
        return families.error();
    auto refused = package.ids(QStringLiteral("SELECT DISTINCT family_id FROM "
                                              "temp.duosup_selected WHERE NOT consented "
                                              "ORDER BY 1"));
    if (!refused)
        return refused.error();

    const bool pseudonymize = request.pseudonymize;
    QHash<qint64, NameMasker> maskers;
    if (pseudonymize) {
        // Every family's names are masked, not only the exported ones': read from the database
        // itself, as a server's snapshot holds only the period's families.
        auto loaded = NameMasker::forFamilies(
            database,
            QStringLiteral("SELECT id FROM families WHERE id %1").arg(database.inIdList()),
            {SqlValues::jsonArray(families.value())});
        if (!loaded)
            return loaded.error();
        maskers = std::move(loaded).value();
        if (Status set = package.setMaskers(&maskers); !set)
            return set.error();
    }

    const QList<TableCopy> copies = tableCopies(request);
    // Every table of the format is filled, in the format's order.
    Q_ASSERT(copies.size() == PackageFormat::tables().size());
    for (qsizetype i = 0; i < copies.size(); ++i)
        Q_ASSERT(copies.at(i).table == PackageFormat::tables().at(i).name);

    // Progress in shares of the work as measured on a large data set: selecting, each table
    // by its weight, the indices, hashing.
    constexpr int Selecting = 6, Indexing = 8, Hashing = 10;
    int total = Selecting + Indexing + Hashing;
    for (const TableCopy &copy : copies)
        total += copy.weight;
    int done = Selecting;
    Progress::step(progress, done, total);

    SupervisionExportSummary counts;
    for (const TableCopy &copy : copies) {
        qint64 rows = 0;
        if (Status copied = package.exec(copyStatement(copy, pseudonymize), copy.binds, &rows);
            !copied)
            return copied.error();
        counts.rows.insert(copy.table, rows);
        Progress::step(progress, done += copy.weight, total);
    }
    // Made after the rows, from them at once: quicker than keeping them up row by row.
    for (const QString &statement : PackageFormat::indexStatements(in))
        if (Status made = package.exec(statement); !made)
            return made.error();
    Progress::step(progress, done += Indexing, total);

    PackageHasher hasher;
    if (Status hashed = hasher.hashTables(package.handle(), in); !hashed)
        return hashed.error();
    auto identity = database.scalar(QStringLiteral("SELECT identity FROM database_identity"));
    if (!identity)
        return identity.error();
    std::optional<SigningKey> ownKey;
    if (!options.signingKey) {
        auto key = SigningKey::forDatabase(identity->toString());
        if (!key)
            return key.error();
        ownKey.emplace(std::move(key).value());
    }
    const SigningKey &signingKey = options.signingKey ? *options.signingKey : *ownKey;
    auto logSeal = AccessLogChain::head(database);
    if (!logSeal)
        return logSeal.error();
    const QString organisation = options.organisation.isEmpty()
                                     ? Settings::value(Settings::Key::Organisation).toString()
                                     : options.organisation;

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
        // Which database the package came from, so feedback on it goes back there alone.
        {QStringLiteral("source_database"), identity->toString()},
        // Who signs, covered by the content hash and so by the signature.
        {QStringLiteral("signer_public_key"),
         QString::fromLatin1(signingKey.publicKey().toBase64())},
        {QStringLiteral("signer_name"), database.displayName()},
        {QStringLiteral("signer_organisation"), organisation.simplified()},
        // The head of the source's access-log chain as the export began (AccessLogChain):
        // signed here, so a later rewrite of the log up to it is found against the package.
        {QStringLiteral("access_log_seal"), logSeal->text()},
    };
    for (auto it = hasher.tables().cbegin(); it != hasher.tables().cend(); ++it) {
        manifest.append({PackageFormat::rowsKey(it.key()), QString::number(it->rows)});
        manifest.append({PackageFormat::hashKey(it.key()), QString::fromLatin1(it->sha256)});
    }
    const QString insert =
        QStringLiteral("INSERT INTO %1.manifest (key, value) VALUES (?, ?)").arg(in);
    for (const auto &[key, value] : manifest)
        if (Status put = package.exec(insert, {key, value.isNull() ? QStringLiteral("") : value});
            !put)
            return put.error();
    if (Status hashed = hasher.hashManifest(package.handle(), in); !hashed)
        return hashed.error();
    if (Status put = package.exec(
            insert, {PackageFormat::contentHashKey(), QString::fromLatin1(hasher.contentSha256())});
        !put)
        return put.error();
    const QByteArray signature =
        signingKey.sign(PackageFormat::signedMessage(hasher.contentSha256()));
    if (Status put = package.exec(
            insert, {PackageFormat::signatureKey(), QString::fromLatin1(signature.toBase64())});
        !put)
        return put.error();

    auto image = package.finish();
    if (!image)
        return image.error();
    Progress::step(progress, total, total);
    if (summary) {
        counts.visits = counts.rows.value(QStringLiteral("visits"));
        counts.families = counts.rows.value(QStringLiteral("families"));
        counts.familyIds = families.value();
        counts.refusedFamilyIds = refused.value();
        counts.familiesWithoutConsent = refused->size();
        counts.pseudonymized = pseudonymize;
        counts.encrypted = !request.passphrase.isEmpty();
        counts.contentSha256 = hasher.contentSha256();
        counts.signerFingerprint = signingKey.fingerprint();
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
    if (Status allowed = DatabaseFiles::refuseOverwrite(path, source.filePath()); !allowed)
        return allowed.error();
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

    if (Status checked = check(source, options.request); !checked)
        return checked.error();
    // The key is derived (Argon2id: deliberately slow, and needing no plaintext) on a second
    // thread while the package is built. Should the build fail, the future waits for the
    // thread as it goes.
    std::future<Result<PackageCrypto::SealingKey>> sealingKey;
    if (!options.request.passphrase.isEmpty())
        sealingKey = std::async(std::launch::async,
                                [passphrase = options.request.passphrase, cost = options.kdfCost] {
                                    return PackageCrypto::deriveSealingKey(passphrase, cost);
                                });
    // build() reads in one snapshot of its own, so every table agrees with the visits; reading
    // takes no write lock, so the app can go on saving while a year is exported.
    auto image = build(source, timed, &summary);
    if (!image)
        return image.error();
    QByteArray encrypted;
    if (summary.encrypted) {
        auto key = sealingKey.get();
        if (!key)
            return key.error();
        auto sealed = PackageCrypto::encrypt(image.value(), key.value());
        if (!sealed)
            return sealed.error();
        encrypted = std::move(sealed).value();
        image.value().clear();
    }
    // The last moment a cancel is heard: from here on the package is written and recorded.
    if (Progress::cancelled(options.progress))
        return Error::cancelled(tr("The export was cancelled; nothing was written."));

    // Written beside the target and renamed into place (PrivateFile, owner-only): the
    // package is there whole or not at all, and an older file of that name stays until then.
    // NEN 7513: the record and the access-log entries are committed just before the rename,
    // with the status "started", and marked completed (or failed) after; a kill in between
    // leaves a record without its package, never a package without its record.
    PrivateFile file(path, source.filePath());
    const QByteArrayView bytes =
        summary.encrypted ? QByteArrayView(encrypted) : image.value().view();
    if (Status opened = file.openForWriting(); !opened)
        return opened.error().kind == Error::Kind::Refused
                   ? opened.error()
                   : Error::storage(tr("Could not write the package \"%1\": %2")
                                        .arg(target.fileName(), file.errorString()));
    if (file.write(bytes.data(), bytes.size()) != bytes.size())
        return Error::storage(tr("Could not write the package \"%1\": %2")
                                  .arg(target.fileName(), file.errorString()));
    const Status published = file.publish([&]() -> Status {
        return source.transaction([&]() -> Status {
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
            record.status = SupervisionExportRecord::Status::Started;
            auto id = SupervisionExportStore(source).add(record);
            if (!id)
                return id.error();
            summary.recordId = id.value();
            return AccessLog(source).recordSupervisionExport(options.actor, summary.familyIds,
                                                             summary.refusedFamilyIds);
        });
    });
    if (summary.recordId) {
        // Should this fail, the record keeps saying "started": still no package unknown to it.
        Status marked = SupervisionExportStore(source).setStatus(
            summary.recordId, published ? SupervisionExportRecord::Status::Completed
                                        : SupervisionExportRecord::Status::Failed);
        Q_UNUSED(marked);
    }
    if (!published)
        return published.error();
    summary.path = target.absoluteFilePath();
    return summary;
}
