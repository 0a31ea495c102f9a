#include "PackageHasher.h"

#include "PackageFormat.h"

#include <sodium.h>
#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace {
void appendBig(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out += char((value >> (8 * i)) & 0xff);
}

void appendString(QByteArray &out, const char *data, int size)
{
    appendBig(out, quint32(size), 4);
    out.append(data, size);
}

void appendString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendString(out, utf8.constData(), int(utf8.size()));
}

// One column of the current row, encoded as the header comment says.
void appendValue(QByteArray &out, sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        out += 'N';
        break;
    case SQLITE_INTEGER:
        out += 'I';
        appendBig(out, quint64(sqlite3_column_int64(statement, column)), 8);
        break;
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(statement, column);
        quint64 bits = 0;
        static_assert(sizeof bits == sizeof value, "binary64");
        std::memcpy(&bits, &value, sizeof bits);
        out += 'F';
        appendBig(out, bits, 8);
        break;
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        out += 'S';
        appendString(out, text, sqlite3_column_bytes(statement, column));
        break;
    }
    default: { // SQLITE_BLOB
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(statement, column));
        out += 'B';
        appendString(out, blob, sqlite3_column_bytes(statement, column));
        break;
    }
    }
}

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

Result<Statement> prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error::integrity(PackageHasher::tr("The package cannot be read: %1")
                                    .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return Statement(statement);
}

void addData(crypto_hash_sha256_state *state, QByteArrayView bytes)
{
    crypto_hash_sha256_update(state, reinterpret_cast<const unsigned char *>(bytes.data()),
                              quint64(bytes.size()));
}

QByteArray hexResult(crypto_hash_sha256_state *state)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(state, digest);
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

Error stepError(sqlite3 *db)
{
    return Error::integrity(PackageHasher::tr("The package cannot be read: %1")
                                .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}
} // namespace

PackageHasher::PackageHasher() : m_hash(std::make_unique<crypto_hash_sha256_state>())
{
    crypto_hash_sha256_init(m_hash.get());
    addData(m_hash.get(), QByteArrayView("DUOSUP-CONTENT-1"));
}

PackageHasher::~PackageHasher() = default;

Status PackageHasher::hashTables(sqlite3 *db)
{
    QByteArray buffer;
    buffer.reserve(1 << 16);
    for (const PackageFormat::Table &table : PackageFormat::tables()) {
        crypto_hash_sha256_state tableHash;
        crypto_hash_sha256_init(&tableHash);
        addData(&tableHash, QByteArrayView("DUOSUP-TABLE-1"));
        auto feed = [&] {
            addData(&tableHash, buffer);
            addData(m_hash.get(), buffer);
            buffer.clear();
        };
        buffer += 'T';
        appendString(buffer, table.name);
        appendBig(buffer, quint32(table.columns.size()), 4);
        for (const QString &column : table.columns)
            appendString(buffer, column);

        auto statement = prepare(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                         .arg(table.columns.join(QLatin1String(", ")), table.name,
                                              table.primaryKey.join(QLatin1String(", "))));
        if (!statement)
            return statement.error();
        sqlite3_stmt *s = statement.value().get();
        const int columns = int(table.columns.size());
        quint64 rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            buffer += 'R';
            for (int c = 0; c < columns; ++c)
                appendValue(buffer, s, c);
            ++rows;
            if (buffer.size() > (1 << 16))
                feed();
        }
        if (rc != SQLITE_DONE)
            return stepError(db);
        buffer += 'E';
        appendBig(buffer, rows, 8);
        feed();
        m_tables.insert(table.name, {qint64(rows), hexResult(&tableHash)});
    }
    return {};
}

Status PackageHasher::hashManifest(sqlite3 *db)
{
    auto statement = prepare(db, QStringLiteral("SELECT key, value FROM manifest WHERE key IS NOT "
                                                "'%1' ORDER BY key")
                                     .arg(PackageFormat::contentHashKey()));
    if (!statement)
        return statement.error();
    sqlite3_stmt *s = statement.value().get();
    QByteArray buffer("M");
    quint64 rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        appendValue(buffer, s, 0);
        appendValue(buffer, s, 1);
        ++rows;
    }
    if (rc != SQLITE_DONE)
        return stepError(db);
    buffer += 'E';
    appendBig(buffer, rows, 8);
    addData(m_hash.get(), buffer);
    m_content = hexResult(m_hash.get());
    return {};
}
