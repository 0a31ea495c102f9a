#pragma once
// The access log's hash chain (issue 18): what makes a change to the log visible even to
// someone who drops its triggers with the sqlite3 shell.
//
// Every entry gets a row in access_log_chain holding
//   sha256_n = SHA-256("DUOCOACH-LOG-1" || sha256_(n-1) || entry_n)
// where sha256_(n-1) is the raw hash of the entry before it (32 zero bytes for the first) and
// entry_n its fields in order — id, at, user_name, user_role, account, action, family_id,
// case_code, outcome, detail — each typed and length-prefixed as PackageHasher encodes values
// ('N'; 'I' and 8 bytes big-endian; 'S', a u32 byte length and the UTF-8), so the encoding is
// injective. The program computes it (OpenSSL's SHA-256), in the transaction that adds the
// entries (extend), so an entry never exists without its place in the chain for long.
//
// A chain anyone can recompute proves nothing on its own: a forger rewrites an entry and every
// hash after it. So its head is sealed outside the log, where the forger would have to change
// it too: in a small owner-only file beside the database (DB.seal, written after each commit
// that added entries), in every supervision package's signed manifest, and inside every backup
// (a copy of the whole file, chain included). verify() walks the chain, names the first entry
// where it breaks, and compares its head with the seal file, so deleting the newest entries
// (and their chain rows) is found as well.
//
// Files only. On a server the log is guarded by the server's roles (no team login may change
// or delete it) and is not chained: entries written by many clients at once, each seeing only
// its own, have no order a client could chain. A server copied to a file is chained from then on.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

class AccessLogChain
{
    Q_DECLARE_TR_FUNCTIONS(AccessLogChain)
public:
    struct Head
    {
        qint64 entryId = 0;   // 0: nothing chained yet
        QByteArray sha256;    // hex
        QString text() const; // "ID:SHA256", empty for none: the seal's form
    };

    struct Verdict
    {
        bool kept = true;      // false on a server: nothing to verify
        qint64 sealedUpTo = 0; // the last entry whose place in the chain is intact
        qint64 entries = 0;    // chained entries read
        qint64 unchained = 0;  // newer entries not chained yet (a read-only file, an upgrade)
        qint64 brokenAt = 0;   // the first entry where the chain breaks, 0 when intact
        QString problem;       // one sentence, empty when intact
        bool intact() const { return problem.isEmpty(); }
    };

    explicit AccessLogChain(Database &db) : m_db(db) {}

    // Chains every entry added since the last one chained. Call inside the transaction that
    // added them; the seal file is written once it commits. Does nothing on a server.
    Status extend();
    // The last chained entry of a database (none on a server).
    static Result<Head> head(const Database &db);
    // Walks the whole chain and compares it with the seal file.
    Result<Verdict> verify() const;

    // The seal file of a database file: FILE.seal.
    static QString sealPath(const QString &databaseFile);
    // The seal as the file holds it ("ID:SHA256"), empty when there is none.
    static QString readSeal(const QString &databaseFile);
    static QByteArray entryHash(const QByteArray &previous, const QVariantList &fields);

private:
    Database &m_db;
};
