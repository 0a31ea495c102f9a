#pragma once
// The supervision package's own schema: which tables it holds, with which
// columns, in which order they are hashed, and what the manifest says. The package is an
// SQLite file (PRAGMA application_id "DuoS", user_version = format version) with these tables
// and a `manifest` table of key/value text. Shared by the writer and the reader.
//
// Manifest keys: format_version, app_version, exported_at (ISO 8601 with offset), exported_by,
// period_from, period_to (ISO dates, inclusive), filter_duo, filter_worker (ids, empty for
// none), pseudonymized (1/0), rows.<table> (row count) and sha256.<table> (see PackageHasher)
// for every table below, and content_sha256, the hash over everything else.
// Format 4 on, the package is signed (SigningKey): signer_public_key (base64), signer_name (the
// database's name), signer_organisation, and signature, the Ed25519 signature (base64) of
// "DUOSUP-SIGNATURE-1" followed by content_sha256 (hex). The content hash covers the signer's
// keys, not the signature. access_log_seal: the head of the source's access-log chain when the
// export began ("ENTRY:SHA256", AccessLogChain; empty from a server or an empty log).

#include <QList>
#include <QString>
#include <QStringList>

class PackageFormat
{
public:
    // 2: the content hash covers the manifest only (which holds every table's hash), and
    // tables keyed by several columns are WITHOUT ROWID. Format 1 was never released.
    // 3: the network around the family (support and its reviews, referrals, consultations,
    // the network map, debriefs); a format-2 package is read as one without them.
    // 4: signed (the manifest's signer_* and signature keys); the tables are format 3's.
    static constexpr int Version = 4;
    static constexpr int FirstSigned = 4;
    static constexpr int OldestReadable = 2;
    // PRAGMA application_id of a supervision package: "DuoS".
    static constexpr int ApplicationId = 0x44756f53;
    static constexpr const char *Extension = "duosup";

    struct Table
    {
        QString name;
        QStringList columns;        // in hash order
        QStringList primaryKey;     // rows are hashed in this order
        QString definition;         // "(columns ...)" as in CREATE TABLE, with any table options
        int since = OldestReadable; // the first format that has it
    };

    // The data tables of a format in hash order; the manifest is not among them.
    static QList<Table> tables(int version = Version);
    static const Table *table(const QString &name);
    // Every statement that makes an empty package of a format: tables, the manifest, indices.
    static QStringList schemaStatements(int version = Version);
    // The same in two parts, for a package filled before its indices are made, in the
    // attached database `schema` (empty: main).
    static QStringList tableStatements(const QString &schema = {}, int version = Version);
    static QStringList indexStatements(const QString &schema = {}, int version = Version);

    static QString rowsKey(const QString &table) { return QStringLiteral("rows.") + table; }
    static QString hashKey(const QString &table) { return QStringLiteral("sha256.") + table; }
    static QString contentHashKey() { return QStringLiteral("content_sha256"); }
    static QString signatureKey() { return QStringLiteral("signature"); }
    // What is signed: the content hash (hex) with a prefix of its own.
    static QByteArray signedMessage(const QByteArray &contentSha256)
    {
        return QByteArrayLiteral("DUOSUP-SIGNATURE-1") + contentSha256;
    }
};
