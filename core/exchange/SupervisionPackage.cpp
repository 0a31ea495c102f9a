#include "SupervisionPackage.h"

#include "InMemorySqlite.h"
#include "PackageCrypto.h"
#include "PackageFormat.h"
#include "SigningKey.h"
#include "domain/DomainText.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/EvaluationStore.h"
#include "storage/FollowUpStore.h"
#include "storage/GoalStore.h"
#include "storage/SafetyConcernStore.h"
#include "storage/SqlValues.h"

#include "storage/InputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace {
constexpr qint64 MaxPackageBytes = 2ll * 1024 * 1024 * 1024;
const QByteArray SqliteMagic("SQLite format 3\0", 16);

// The size of an SQLite file by its header: page size (bytes 16..17, 1 meaning 65536) times the
// page count (bytes 28..31), valid while the "version valid for" number (bytes 92..95) equals
// the change counter (bytes 24..27), as in every file SQLite wrote itself. Bytes after it are
// invisible to SQLite, so a package must have none. Unknown (the size itself) otherwise.
qint64 sqliteFileSize(QByteArrayView head)
{
    const auto big = [&](qsizetype at, int size) {
        quint64 value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | quint8(head.at(at + i));
        return value;
    };
    quint64 pageSize = big(16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (big(92, 4) != big(24, 4) || pageSize < 512 || big(28, 4) == 0)
        return -1;
    return qint64(pageSize * big(28, 4));
}

double ratio(int part, int whole)
{
    return whole > 0 ? double(part) / whole : std::numeric_limits<double>::quiet_NaN();
}

// What sqlite_master says about a database: one line an entry, sorted.
QStringList schemaOf(QSqlDatabase db, bool *ok)
{
    QSqlQuery query(db);
    QStringList lines;
    // quote(): a value's type counts as well as its text (the same word as a blob is another
    // schema). Entries are compared as a set.
    *ok = query.exec(QStringLiteral("SELECT type, name, tbl_name, quote(type) || quote(name) || "
                                    "quote(tbl_name) || quote(sql) FROM sqlite_master"));
    while (*ok && query.next())
        lines << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                     QLatin1Char(' ') + query.value(2).toString() + QLatin1Char(' ') +
                     query.value(3).toString();
    lines.sort();
    if (query.lastError().isValid())
        *ok = false;
    return lines;
}

// The schema a package of a format has, made in an empty database in memory.
QStringList makeSchema(int version)
{
    auto memory = InMemorySqlite::create();
    if (!memory)
        return QStringList();
    QSqlQuery make(memory.value()->connection());
    for (const QString &statement : PackageFormat::schemaStatements(version))
        if (!make.exec(statement))
            return QStringList();
    bool ok = false;
    QStringList lines = schemaOf(memory.value()->connection(), &ok);
    return ok ? lines : QStringList();
}

// Made once for every format this version reads: verify() runs often (a review window, a test
// flipping every byte), and making the schema costs more than comparing it.
QStringList expectedSchema(int version)
{
    static const QMap<int, QStringList> schemas = [] {
        QMap<int, QStringList> made;
        for (int v = PackageFormat::OldestReadable; v <= PackageFormat::Version; ++v)
            made.insert(v, makeSchema(v));
        return made;
    }();
    return schemas.value(version);
}

QString entryName(const QString &line)
{
    return line.section(QLatin1Char(' '), 1, 1);
}
} // namespace

double DuoFigures::cancellationRate() const
{
    return ratio(cancelled, done + cancelled + noShow);
}

double DuoFigures::noShowRate() const
{
    return ratio(noShow, done + cancelled + noShow);
}

double DuoFigures::bothPresentShare() const
{
    return ratio(bothPresent, done);
}

SupervisionPackage::~SupervisionPackage() = default;

SupervisionPackage::Kind SupervisionPackage::probe(const QString &path)
{
    // Opening a pipe would wait for a writer for ever.
    if (!InputFile::check(path, MaxPackageBytes))
        return Kind::NotAPackage;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::NotAPackage;
    const QByteArray head = file.read(100);
    if (PackageCrypto::isEncrypted(head))
        return Kind::Encrypted;
    // An SQLite file whose application_id (header bytes 68..71) says "DuoS".
    if (head.size() == 100 && head.startsWith(SqliteMagic) && head.mid(68, 4) == QByteArray("DuoS"))
        return Kind::Plaintext;
    return Kind::NotAPackage;
}

Result<std::unique_ptr<SupervisionPackage>> SupervisionPackage::open(const QString &path,
                                                                     const QString &passphrase)
{
    // A server address read as a file name would be refused as a missing "package" named
    // after its socket folder.
    if (DatabaseAddress::isServerAddress(path)) {
        const auto address = DatabaseAddress::parse(path);
        if (!address)
            return address.error();
        return Error::refused(tr("The database \"%1\" on %2 is not a supervision package: a "
                                 "package is a file.")
                                  .arg(address->databaseName(), address->serverName()));
    }
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return Error::refused(tr("The package \"%1\" does not exist.").arg(name));
    if (info.isDir())
        return Error::refused(tr("\"%1\" is a folder, not a supervision package.").arg(name));
    if (info.size() > MaxPackageBytes)
        return Error::refused(tr("\"%1\" is too large to be a supervision package.").arg(name));
    // A device (/dev/zero) or a pipe has no size and may never end: refused before reading.
    if (Status ordinary = InputFile::check(path, MaxPackageBytes); !ordinary)
        return ordinary.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(
            tr("The package \"%1\" cannot be read: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.size() != info.size())
        return Error::refused(
            tr("The package \"%1\" cannot be read: %2").arg(name, file.errorString()));
    return fromBytes(bytes, name, passphrase);
}

Result<std::unique_ptr<SupervisionPackage>>
SupervisionPackage::fromBytes(QByteArrayView bytes, const QString &name, const QString &passphrase)
{
    std::unique_ptr<SupervisionPackage> package(new SupervisionPackage);
    package->m_name = name;
    SecureBytes image;
    if (PackageCrypto::isEncrypted(bytes)) {
        auto plaintext = PackageCrypto::decrypt(bytes, passphrase, name);
        if (!plaintext)
            return plaintext.error();
        image = std::move(plaintext).value();
        package->m_encrypted = true;
        package->m_passphrase = passphrase;
    } else {
        image = SecureBytes::copyOf(bytes);
    }
    // Judged by the SQLite header and its application_id (bytes 68..71) before SQLite reads
    // anything: a DuoCoach database in WAL mode could not even be read from memory.
    const QByteArrayView head = image.view().first(qMin<qsizetype>(100, image.view().size()));
    if (head.size() < 100 || head.first(SqliteMagic.size()) != SqliteMagic)
        return Error::refused(tr("\"%1\" is not a supervision package.").arg(name));
    if (head.sliced(68, 4) == QByteArrayView("DuoC"))
        return Error::refused(
            tr("\"%1\" is a DuoCoach database, not a supervision package.").arg(name));
    if (head.sliced(68, 4) != QByteArrayView("DuoS"))
        return Error::refused(tr("\"%1\" is not a supervision package.").arg(name));
    package->m_extraBytes = image.view().size() - sqliteFileSize(head);
    auto memory = InMemorySqlite::open(std::move(image), name);
    if (!memory)
        return memory.error();
    package->m_db = std::move(memory).value();
    if (Status loaded = package->load(); !loaded)
        return loaded.error();
    return package;
}

Status SupervisionPackage::load()
{
    QSqlQuery query(m_db->connection());
    auto intPragma = [&](const char *pragma, int *out) {
        if (!query.exec(QLatin1String(pragma)) || !query.next())
            return false;
        *out = query.value(0).toInt();
        return true;
    };
    int applicationId = 0;
    int version = 0;
    if (!intPragma("PRAGMA application_id", &applicationId) ||
        !intPragma("PRAGMA user_version", &version))
        return Error::integrity(
            tr("The package \"%1\" is damaged and cannot be read.").arg(m_name));
    if (applicationId == Database::ApplicationId)
        return Error::refused(
            tr("\"%1\" is a DuoCoach database, not a supervision package.").arg(m_name));
    if (applicationId != PackageFormat::ApplicationId)
        return Error::refused(tr("\"%1\" is not a supervision package.").arg(m_name));
    m_userVersion = version;
    if (version < PackageFormat::OldestReadable)
        return Error::refused(tr("The package \"%1\" was made by a test version of DuoCoach "
                                 "(format %2) and can no longer be read; please export it again.")
                                  .arg(m_name)
                                  .arg(version));
    if (version > PackageFormat::Version)
        return Error::refused(tr("The package \"%1\" was made by a newer version of DuoCoach "
                                 "(format %2; this version reads format %3).")
                                  .arg(m_name)
                                  .arg(version)
                                  .arg(PackageFormat::Version));

    // A missing or damaged manifest is reported by verify(); here it only leaves blanks.
    PackageManifest &m = m_manifest;
    if (query.exec(QStringLiteral("SELECT key, value FROM manifest"))) {
        while (query.next())
            m.values.insert(query.value(0).toString(), query.value(1).toString());
    }
    m.formatVersion = m.values.value(QStringLiteral("format_version")).toInt();
    m.appVersion = m.values.value(QStringLiteral("app_version"));
    m.exportedAt =
        QDateTime::fromString(m.values.value(QStringLiteral("exported_at")), Qt::ISODate);
    m.exportedBy = m.values.value(QStringLiteral("exported_by"));
    m.from = QDate::fromString(m.values.value(QStringLiteral("period_from")), Qt::ISODate);
    m.to = QDate::fromString(m.values.value(QStringLiteral("period_to")), Qt::ISODate);
    m.duoId = m.values.value(QStringLiteral("filter_duo")).toLongLong();
    m.workerId = m.values.value(QStringLiteral("filter_worker")).toLongLong();
    m.pseudonymized = m.values.value(QStringLiteral("pseudonymized")) == QLatin1String("1");
    m.contentSha256 = m.values.value(PackageFormat::contentHashKey()).toLatin1();
    if (m.isSigned()) {
        PackageSigner &signer = m.signer;
        // Only the one spelling the writer gives: base64 leaves some bits of its last letters
        // unused, and a changed letter there must not pass as the same signature.
        const auto base64 = [&](const char *key, qsizetype size) {
            const QByteArray text = m.values.value(QLatin1String(key)).toLatin1();
            auto decoded =
                QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
            return decoded && decoded.decoded.size() == size && decoded.decoded.toBase64() == text
                       ? decoded.decoded
                       : QByteArray();
        };
        signer.publicKey = base64("signer_public_key", SigningKey::PublicKeySize);
        signer.signature = base64("signature", SigningKey::SignatureSize);
        signer.fingerprint = SigningKey::fingerprintOf(signer.publicKey);
        signer.database = m.values.value(QStringLiteral("source_database"));
        signer.databaseName = m.values.value(QStringLiteral("signer_name"));
        signer.organisation = m.values.value(QStringLiteral("signer_organisation"));
    }
    for (const PackageFormat::Table &table : PackageFormat::tables(m_userVersion)) {
        const QString rows = m.values.value(PackageFormat::rowsKey(table.name));
        if (!rows.isNull())
            m.rows.insert(table.name, rows.toLongLong());
        const QString hash = m.values.value(PackageFormat::hashKey(table.name));
        if (!hash.isNull())
            m.sha256.insert(table.name, hash.toLatin1());
    }
    return {};
}

QDate SupervisionPackage::referenceDay() const
{
    const QDate exported = m_manifest.exportedAt.date();
    if (exported.isValid() && m_manifest.to.isValid() && exported < m_manifest.to)
        return exported;
    return m_manifest.to.isValid() ? m_manifest.to : exported;
}

PackageCheck SupervisionPackage::verify() const
{
    PackageCheck check;
    QStringList &problems = check.problems;

    QSqlQuery query(m_db->connection());
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok")) {
                problems << tr("The file structure of the package is damaged (%1).")
                                .arg(line.section(QLatin1Char('\n'), 0, 0));
                break;
            }
        }
    } else {
        problems << tr("The file structure of the package is damaged (%1).")
                        .arg(query.lastError().databaseText());
    }
    query.finish();

    // The file header's format number and the manifest's are the format's own.
    if (m_manifest.values.value(QStringLiteral("format_version")) != QString::number(m_userVersion))
        problems << tr("The package's format number was changed (file %1, manifest %2).")
                        .arg(m_userVersion)
                        .arg(m_manifest.values.value(QStringLiteral("format_version")));

    // The structure must be exactly the format's: no table, column, index, view or trigger
    // added, dropped or changed.
    bool ok = false;
    const QStringList actual = schemaOf(m_db->connection(), &ok);
    if (!ok) {
        problems << tr("The package's list of tables cannot be read.");
        return check;
    }
    const QStringList expected = expectedSchema(m_userVersion);
    if (expected.isEmpty()) {
        problems << tr("The format's own tables could not be made for comparison.");
        return check;
    }
    for (const QString &line : expected)
        if (!actual.contains(line)) {
            const bool present = std::any_of(actual.cbegin(), actual.cend(), [&](const QString &a) {
                return entryName(a) == entryName(line);
            });
            problems << (present ? tr("The structure of \"%1\" in the package was changed.")
                                 : tr("\"%1\" is missing from the package."))
                            .arg(entryName(line));
        }
    for (const QString &line : actual)
        if (!expected.contains(line) &&
            std::none_of(expected.cbegin(), expected.cend(),
                         [&](const QString &e) { return entryName(e) == entryName(line); }))
            problems << tr("\"%1\" was added to the package.").arg(entryName(line));

    PackageHasher hasher;
    if (Status hashed = hasher.hashTables(m_db->handle(), QStringLiteral("main"), m_userVersion);
        !hashed) {
        problems << hashed.message();
        return check;
    }
    bool tablesAgree = true;
    for (auto it = hasher.tables().cbegin(); it != hasher.tables().cend(); ++it) {
        const QString &table = it.key();
        const auto rows = m_manifest.values.constFind(PackageFormat::rowsKey(table));
        const auto hash = m_manifest.values.constFind(PackageFormat::hashKey(table));
        if (rows == m_manifest.values.cend() || hash == m_manifest.values.cend()) {
            problems << tr("The manifest says nothing about table \"%1\".").arg(table);
            tablesAgree = false;
            continue;
        }
        if (*rows != QString::number(it->rows)) {
            problems << tr("Table \"%1\": the manifest counts %2 rows, the package holds %3.")
                            .arg(table, *rows)
                            .arg(it->rows);
            tablesAgree = false;
        } else if (hash->toLatin1() != it->sha256) {
            problems << tr("Table \"%1\": rows were changed since the export (its SHA-256 "
                           "differs from the manifest's).")
                            .arg(table);
            tablesAgree = false;
        }
    }
    if (Status hashed = hasher.hashManifest(m_db->handle()); !hashed) {
        problems << hashed.message();
        return check;
    }
    // The content hash is the one value the hash cannot cover: it must at least be the text
    // it was written as, not the same bytes as a blob or a number.
    if (query.exec(QStringLiteral("SELECT typeof(value) FROM manifest WHERE key = '%1'")
                       .arg(PackageFormat::contentHashKey())) &&
        query.next() && query.value(0).toString() != QLatin1String("text"))
        problems << tr("The manifest's content hash was changed (it is no longer text).");
    query.finish();
    if (query.exec(QStringLiteral("SELECT typeof(value) FROM manifest WHERE key = '%1'")
                       .arg(PackageFormat::signatureKey())) &&
        query.next() && query.value(0).toString() != QLatin1String("text"))
        problems << tr("The package's signature was changed (it is no longer text).");
    query.finish();
    if (m_manifest.contentSha256.isEmpty()) {
        problems << tr("The manifest holds no content hash.");
    } else if (m_manifest.contentSha256 != hasher.contentSha256() && tablesAgree) {
        // With every table as the manifest says, what differs is the manifest itself.
        problems << tr("The manifest was changed since the export (the content SHA-256 "
                       "differs).");
    }

    if (m_extraBytes > 0)
        problems << tr("%n byte(s) were added after the end of the package.", nullptr,
                       int(qMin<qint64>(m_extraBytes, INT_MAX)));
    else if (m_extraBytes < 0)
        problems << tr("The package is cut off (%n byte(s) of its last page are missing).", nullptr,
                       int(qMin<qint64>(-m_extraBytes, INT_MAX)));

    if (m_manifest.isSigned()) {
        const PackageSigner &signer = m_manifest.signer;
        if (signer.publicKey.isEmpty())
            problems << tr("The package's signing key was removed or changed (the manifest holds "
                           "no valid public key).");
        else if (signer.signature.isEmpty())
            problems << tr("The package's signature was removed or damaged.");
        else if (!SigningKey::verify(signer.publicKey,
                                     PackageFormat::signedMessage(hasher.contentSha256()),
                                     signer.signature))
            problems << tr("The signature does not match the package: it was changed after it "
                           "was signed, or the signature is another package's.");
        else
            check.signatureGood = problems.isEmpty();
    }
    return check;
}

QString SupervisionPackage::signerText(const PackageSigner &signer)
{
    const QString database = signer.databaseName.isEmpty()
                                 ? tr("a database")
                                 : tr("the database \"%1\"").arg(signer.databaseName);
    const QString organisation =
        signer.organisation.isEmpty() ? tr("an organisation not named") : signer.organisation;
    return tr("%1 of %2 (identity %3), key %4")
        .arg(database, organisation, signer.database, signer.fingerprint);
}

Result<QList<Duo>> SupervisionPackage::duos() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, trusted_person_id, trusted_person_name, "
                               "professional_id, professional_name, from_date, to_date "
                               "FROM duos ORDER BY id")))
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    QList<Duo> duos;
    while (q.next()) {
        Duo d;
        d.id = q.value(0).toLongLong();
        d.trustedPersonId = q.value(1).toLongLong();
        d.trustedPersonName = q.value(2).toString();
        d.professionalId = q.value(3).toLongLong();
        d.professionalName = q.value(4).toString();
        d.from = SqlValues::toDate(q.value(5));
        d.to = SqlValues::toDate(q.value(6));
        duos << d;
    }
    return duos;
}

Result<QList<PackageVisit>> SupervisionPackage::visits(const PackageVisitFilter &filter) const
{
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList binds;
    if (filter.duoId) {
        conditions << QStringLiteral("v.duo_id = ?");
        binds << filter.duoId;
    }
    if (filter.familyId) {
        conditions << QStringLiteral("v.family_id = ?");
        binds << filter.familyId;
    }
    if (filter.status) {
        conditions << QStringLiteral("v.status = ?");
        binds << DomainText::code(*filter.status);
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("v.starts_at >= ?");
        binds << SqlValues::date(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("v.starts_at < ?");
        binds << SqlValues::date(filter.to.addDays(1));
    }
    if (filter.onlyWithSafetyConcerns)
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM safety_concerns c "
                                     "WHERE c.visit_id = v.id)");
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT v.id, v.family_id, v.duo_id, f.case_code, "
                       "d.trusted_person_name || ' & ' || d.professional_name, v.starts_at, "
                       "v.duration_minutes, v.status, v.status_reason, v.trusted_person_present, "
                       "v.professional_present, v.series_id, "
                       "EXISTS (SELECT 1 FROM visit_reports r WHERE r.visit_id = v.id), "
                       "(SELECT count(*) FROM safety_concerns c WHERE c.visit_id = v.id) "
                       "FROM visits v LEFT JOIN families f ON f.id = v.family_id "
                       "LEFT JOIN duos d ON d.id = v.duo_id WHERE %1 ORDER BY v.starts_at, v.id")
            .arg(conditions.join(QLatin1String(" AND "))));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    QList<PackageVisit> visits;
    while (q.next()) {
        PackageVisit v;
        v.id = q.value(0).toLongLong();
        v.familyId = q.value(1).toLongLong();
        v.duoId = q.value(2).toLongLong();
        v.caseCode = q.value(3).toString();
        v.duoName = q.value(4).toString();
        v.start = SqlValues::toDateTime(q.value(5));
        v.durationMinutes = q.value(6).toInt();
        v.status =
            DomainText::parse<VisitStatus>(q.value(7).toString()).value_or(VisitStatus::Planned);
        v.statusReason = q.value(8).toString();
        v.trustedPersonPresent = q.value(9).toBool();
        v.professionalPresent = q.value(10).toBool();
        v.seriesId = q.value(11).toLongLong();
        v.hasReport = q.value(12).toBool();
        v.safetyConcerns = q.value(13).toInt();
        visits << v;
    }
    return visits;
}

Result<QList<DuoFigures>> SupervisionPackage::duoFigures() const
{
    const QString ref = referenceDay().toString(Qt::ISODate);
    QSqlQuery q(m_db->connection());
    auto fail = [&] {
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    };
    QList<DuoFigures> figures;
    QHash<qint64, int> index;
    if (!q.exec(
            QStringLiteral("SELECT id, trusted_person_id, trusted_person_name, "
                           "trusted_person_organisation, professional_id, professional_name, "
                           "professional_organisation, from_date, to_date FROM duos ORDER BY id")))
        return fail();
    while (q.next()) {
        DuoFigures f;
        f.duo.id = q.value(0).toLongLong();
        f.duo.trustedPersonId = q.value(1).toLongLong();
        f.duo.trustedPersonName = q.value(2).toString();
        f.trustedPersonOrganisation = q.value(3).toString();
        f.duo.professionalId = q.value(4).toLongLong();
        f.duo.professionalName = q.value(5).toString();
        f.professionalOrganisation = q.value(6).toString();
        f.duo.from = SqlValues::toDate(q.value(7));
        f.duo.to = SqlValues::toDate(q.value(8));
        index.insert(f.duo.id, int(figures.size()));
        figures << f;
    }
    // Grouped queries, one a figure, each answering for every duo at once.
    auto each = [&](const QString &sql, const QVariantList &binds,
                    const std::function<void(DuoFigures &)> &take) -> Status {
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec())
            return fail();
        while (q.next()) {
            const auto at = index.constFind(q.value(0).toLongLong());
            if (at != index.cend())
                take(figures[*at]);
        }
        return {};
    };
    Status status =
        each(QStringLiteral("SELECT v.duo_id, count(*), sum(v.status = 'planned'), "
                            "sum(v.status = 'done'), sum(v.status = 'cancelled'), "
                            "sum(v.status = 'no_show'), sum(v.status = 'done' AND "
                            "v.trusted_person_present = 1 AND v.professional_present = 1), "
                            "count(DISTINCT v.family_id), sum(v.status = 'done' AND EXISTS "
                            "(SELECT 1 FROM visit_reports r WHERE r.visit_id = v.id)) "
                            "FROM visits v GROUP BY v.duo_id"),
             {}, [&](DuoFigures &f) {
                 f.visits = q.value(1).toInt();
                 f.planned = q.value(2).toInt();
                 f.done = q.value(3).toInt();
                 f.cancelled = q.value(4).toInt();
                 f.noShow = q.value(5).toInt();
                 f.bothPresent = q.value(6).toInt();
                 f.families = q.value(7).toInt();
                 f.reports = q.value(8).toInt();
             });
    if (status)
        status = each(QStringLiteral("SELECT v.duo_id, count(*) FROM safety_concerns c "
                                     "JOIN visits v ON v.id = c.visit_id GROUP BY v.duo_id"),
                      {}, [&](DuoFigures &f) { f.safetyConcerns = q.value(1).toInt(); });
    // Each duo's families once: a follow-up is the duo's when one of the two owns it and the
    // duo visits the family; an evaluation of such a family counts for the duo.
    const QString duoFamilies =
        QStringLiteral("WITH duo_families AS (SELECT DISTINCT duo_id, family_id FROM visits) ");
    if (status)
        status =
            each(duoFamilies + QStringLiteral("SELECT df.duo_id, count(*) FROM duo_families df "
                                              "JOIN duos d ON d.id = df.duo_id "
                                              "JOIN follow_ups fu ON fu.family_id = df.family_id "
                                              "AND fu.owner_id IN (d.trusted_person_id, "
                                              "d.professional_id) WHERE fu.due_on < ? "
                                              "AND (fu.done_on IS NULL OR fu.done_on > ?) "
                                              "GROUP BY df.duo_id"),
                 {ref, ref}, [&](DuoFigures &f) { f.overdueFollowUps = q.value(1).toInt(); });
    if (status)
        status =
            each(duoFamilies + QStringLiteral("SELECT df.duo_id, count(*) FROM duo_families df "
                                              "JOIN evaluations e ON e.family_id = df.family_id "
                                              "WHERE e.decision IN ('adjust', 'stop') "
                                              "GROUP BY df.duo_id"),
                 {}, [&](DuoFigures &f) { f.adjustOrStopEvaluations = q.value(1).toInt(); });
    if (status && hasNetwork()) {
        const QVariantList period{m_manifest.from.toString(Qt::ISODate),
                                  m_manifest.to.toString(Qt::ISODate)};
        status =
            each(QStringLiteral("SELECT duo_id, care_kind, status, sent_on, answered_on "
                                "FROM referrals WHERE sent_on >= ? AND sent_on <= ?"),
                 period, [&](DuoFigures &f) {
                     // As they stood on the reference day: an answer after it is not counted.
                     const QDate answered = SqlValues::toDate(q.value(4));
                     const bool later = answered.isValid() && answered > referenceDay();
                     f.referrals.add(q.value(1).toString(),
                                     later ? QStringLiteral("sent") : q.value(2).toString(),
                                     SqlValues::toDate(q.value(3)), later ? QDate() : answered);
                 });
        for (DuoFigures &f : figures)
            f.referrals.finish();
        if (status)
            status = each(
                duoFamilies + QStringLiteral("SELECT df.duo_id, count(*) FROM duo_families df "
                                             "JOIN support_reviews sr ON sr.family_id = "
                                             "df.family_id WHERE sr.decision = 'stop' AND "
                                             "sr.helps = 'no' AND sr.held_on >= ? AND "
                                             "sr.held_on <= ? GROUP BY df.duo_id"),
                period, [&](DuoFigures &f) { f.supportStoppedNotHelping = q.value(1).toInt(); });
        if (status)
            status = each(QStringLiteral("SELECT v.duo_id, count(*) FROM debriefs d JOIN visits v "
                                         "ON v.id = d.visit_id WHERE d.asked_on <= ? AND "
                                         "(d.held_on IS NULL OR d.held_on > ?) GROUP BY v.duo_id"),
                          {ref, ref}, [&](DuoFigures &f) { f.openDebriefs = q.value(1).toInt(); });
    }
    if (!status)
        return status.error();
    return figures;
}

Result<QList<FamilyLastVisit>> SupervisionPackage::lastVisits() const
{
    const QDate ref = referenceDay();
    QSqlQuery q(m_db->connection());
    if (!q.exec(
            QStringLiteral("SELECT v.duo_id, v.family_id, f.case_code, "
                           "max(CASE WHEN v.status = 'done' THEN substr(v.starts_at, 1, 10) END) "
                           "FROM visits v LEFT JOIN families f ON f.id = v.family_id "
                           "GROUP BY v.duo_id, v.family_id ORDER BY v.duo_id, f.case_code")))
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    QList<FamilyLastVisit> list;
    while (q.next()) {
        FamilyLastVisit l;
        l.duoId = q.value(0).toLongLong();
        l.familyId = q.value(1).toLongLong();
        l.caseCode = q.value(2).toString();
        l.lastVisit = SqlValues::toDate(q.value(3));
        l.daysSince = l.lastVisit.isValid() ? int(l.lastVisit.daysTo(ref)) : -1;
        list << l;
    }
    return list;
}

Result<QList<MonthCount>> SupervisionPackage::visitsPerMonth() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral(
            "SELECT duo_id, substr(starts_at, 1, 7), sum(status = 'planned'), "
            "sum(status = 'done'), sum(status = 'cancelled'), sum(status = 'no_show') "
            "FROM visits GROUP BY duo_id, substr(starts_at, 1, 7) ORDER BY 1, 2")))
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    QList<MonthCount> list;
    while (q.next()) {
        MonthCount m;
        m.duoId = q.value(0).toLongLong();
        m.month = QDate::fromString(q.value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
        m.planned = q.value(2).toInt();
        m.done = q.value(3).toInt();
        m.cancelled = q.value(4).toInt();
        m.noShow = q.value(5).toInt();
        list << m;
    }
    return list;
}

Result<std::optional<VisitReport>> SupervisionPackage::report(qint64 visitId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT trusted_person_tasks, professional_tasks, topics, notes, "
                             "written_by, written_at FROM visit_reports WHERE visit_id = ?"));
    q.addBindValue(visitId);
    if (!q.exec())
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    if (!q.next())
        return std::optional<VisitReport>();
    VisitReport r;
    r.visitId = visitId;
    r.trustedPersonTasks = q.value(0).toString();
    r.professionalTasks = q.value(1).toString();
    for (const QString &code : q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto domain = DomainText::parse<LifeDomain>(code.trimmed()))
            r.topics << *domain;
    r.notes = q.value(3).toString();
    r.writtenBy = q.value(4).toString();
    r.writtenAt = SqlValues::toDateTime(q.value(5));
    q.finish();
    q.prepare(
        QStringLiteral("SELECT goal_id FROM visit_goals WHERE visit_id = ? ORDER BY goal_id"));
    q.addBindValue(visitId);
    if (!q.exec())
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    while (q.next())
        r.goalIds << q.value(0).toLongLong();
    return std::optional<VisitReport>(r);
}

Result<QList<FollowUp>> SupervisionPackage::followUps(qint64 familyId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT fu.id, fu.family_id, fu.visit_id, fu.description, "
                             "fu.owner_id, fu.due_on, fu.done_on, fu.owner_name, f.case_code "
                             "FROM follow_ups fu LEFT JOIN families f ON f.id = fu.family_id "
                             "WHERE ? = 0 OR fu.family_id = ? ORDER BY fu.due_on, fu.id"));
    q.addBindValue(familyId);
    q.addBindValue(familyId);
    if (!q.exec())
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    QList<FollowUp> list;
    while (q.next())
        list << FollowUpStore::fromRow(q);
    return list;
}

Result<QList<Evaluation>> SupervisionPackage::evaluations(qint64 familyId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, family_id, held_on, helps, decision, reason "
                             "FROM evaluations WHERE ? = 0 OR family_id = ? ORDER BY held_on, id"));
    q.addBindValue(familyId);
    q.addBindValue(familyId);
    if (!q.exec())
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    QList<Evaluation> list;
    QHash<qint64, int> index;
    while (q.next()) {
        const Evaluation e = EvaluationStore::fromRow(q);
        index.insert(e.id, int(list.size()));
        list << e;
    }
    if (!q.exec(QStringLiteral("SELECT evaluation_id, goal_id, score FROM evaluation_scores "
                               "ORDER BY evaluation_id, goal_id")))
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toLongLong());
        if (at != index.cend())
            list[*at].scores << GoalScore{q.value(1).toLongLong(), q.value(2).toInt()};
    }
    return list;
}

Result<QList<Goal>> SupervisionPackage::goals(qint64 familyId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, family_id, life_domain, description, start_score, "
                             "set_on, ended_on FROM goals WHERE ? = 0 OR family_id = ? "
                             "ORDER BY family_id, set_on, id"));
    q.addBindValue(familyId);
    q.addBindValue(familyId);
    if (!q.exec())
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    QList<Goal> list;
    while (q.next())
        list << GoalStore::fromRow(q);
    return list;
}

Result<QList<SafetyConcern>> SupervisionPackage::safetyConcerns(qint64 familyId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, family_id, visit_id, description, raised_by, raised_at, "
                             "closed_by, closed_at, closing_note FROM safety_concerns "
                             "WHERE ? = 0 OR family_id = ? ORDER BY raised_at, id"));
    q.addBindValue(familyId);
    q.addBindValue(familyId);
    if (!q.exec())
        return Error::integrity(
            tr("The package \"%1\" cannot be read: %2").arg(m_name, q.lastError().databaseText()));
    QList<SafetyConcern> list;
    while (q.next())
        list << SafetyConcernStore::fromRow(q);
    return list;
}
