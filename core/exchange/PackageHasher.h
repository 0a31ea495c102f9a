#pragma once
// The SHA-256 hashes of a supervision package's rows, computed the same way by the writer
// (stored in the manifest) and by the reader (compared with it). Read straight through the
// SQLite C API, so every value is hashed as stored, byte for byte and with its type: QtSql
// would turn text into UTF-16 and back, and two different invalid UTF-8 sequences could come
// out the same.
//
// Canonical encoding, format version 2. Integers are big-endian; str(s) is a u32 byte length
// followed by the UTF-8 bytes.
//
//   value      NULL     'N'
//              INTEGER  'I' followed by the 64-bit two's complement value (8 bytes)
//              REAL     'F' followed by the IEEE 754 binary64 bits (8 bytes)
//              TEXT     'S' str(bytes as stored)
//              BLOB     'B' u32 length, bytes
//   table      'T' str(name) u32(column count) str(column)...  then for each row, in
//              ascending order of the primary key (PackageFormat::Table::primaryKey):
//              'R' value... (one a column, in PackageFormat's column order)
//              and at the end 'E' u64(row count)
//   manifest   'M' then, for every manifest row but content_sha256 and signature, in ascending byte
//              order of the key: value(key) value(value); at the end 'E' u64(row count)
//
//   sha256.<table>   = SHA-256("DUOSUP-TABLE-1" table)
//   content_sha256   = SHA-256("DUOSUP-CONTENT-2" manifest)
//
// Every field is typed and length-prefixed, so the encoding is injective: two packages whose
// rows or manifest values differ anywhere (one byte, a type, a NULL, a row added, dropped or
// moved to another key) encode differently, and SHA-256 tells them apart. The manifest holds
// rows.* and sha256.* of every table, so content_sha256 covers every stored value but itself,
// and every byte is hashed once (format 1 hashed the rows a second time for the content hash).
// A plain hash proves the package unchanged against accident and against anyone who does not
// recompute it; against a deliberate forger, the signature over content_sha256 protects
// (format 4 on, SigningKey).
//
// SHA-256 is OpenSSL's (libcrypto): it uses the processor's SHA instructions where there are
// any, four times as fast here as libsodium's portable one, which took most of the time of
// `verify` and a third of writing a year's package (issue 7, figure 5).

#include "Result.h"

#include "PackageFormat.h"

#include <QCoreApplication>
#include <QMap>

struct sqlite3;

class PackageHasher
{
    Q_DECLARE_TR_FUNCTIONS(PackageHasher)
public:
    struct TableDigest
    {
        qint64 rows = 0;
        QByteArray sha256; // hex
    };

    PackageHasher() = default;

    // Hashes every data table of the format `version` (PackageFormat), in order, from the
    // database `schema` ("main", or the name a package being built is attached under). Call
    // once, before hashManifest.
    Status hashTables(sqlite3 *db, const QString &schema = QStringLiteral("main"),
                      int version = PackageFormat::Version);
    // Hashes the manifest (all but content_sha256 and signature) into content_sha256.
    Status hashManifest(sqlite3 *db, const QString &schema = QStringLiteral("main"));

    const QMap<QString, TableDigest> &tables() const { return m_tables; }
    QByteArray contentSha256() const { return m_content; } // hex, after hashManifest

private:
    QMap<QString, TableDigest> m_tables;
    QByteArray m_content;
};
