#include "PackageHasher.h"

#include "PackageFormat.h"

#include <openssl/evp.h>
#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace {
struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

struct DigestDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

Error readError(sqlite3 *db)
{
    return Error::integrity(PackageHasher::tr("The package cannot be read: %1")
                                .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

// One SHA-256 fed with the canonical encoding through a buffer of its own: values are
// encoded straight into it (no allocation per value), and long texts pass to the hash as they
// are, without a copy.
class Encoder
{
public:
    explicit Encoder(const char *domain) : m_context(EVP_MD_CTX_new())
    {
        m_ok = m_context && EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) == 1;
        bytes(domain, std::strlen(domain));
    }

    void tag(char t)
    {
        room(1);
        m_buffer[m_used++] = t;
    }
    void big(quint64 value, int size)
    {
        room(size);
        for (int i = size - 1; i >= 0; --i)
            m_buffer[m_used++] = char((value >> (8 * i)) & 0xff);
    }
    void string(const char *data, std::size_t size)
    {
        big(quint32(size), 4);
        bytes(data, size);
    }
    void string(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        string(utf8.constData(), std::size_t(utf8.size()));
    }
    // One column of the current row, encoded as the header comment says.
    void value(sqlite3_stmt *statement, int column)
    {
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_NULL:
            tag('N');
            break;
        case SQLITE_INTEGER:
            tag('I');
            big(quint64(sqlite3_column_int64(statement, column)), 8);
            break;
        case SQLITE_FLOAT: {
            const double number = sqlite3_column_double(statement, column);
            quint64 bits = 0;
            static_assert(sizeof bits == sizeof number, "binary64");
            std::memcpy(&bits, &number, sizeof bits);
            tag('F');
            big(bits, 8);
            break;
        }
        case SQLITE_TEXT: {
            const auto *text =
                reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
            tag('S');
            string(text, std::size_t(sqlite3_column_bytes(statement, column)));
            break;
        }
        default: { // SQLITE_BLOB
            const auto *blob = static_cast<const char *>(sqlite3_column_blob(statement, column));
            tag('B');
            string(blob, std::size_t(sqlite3_column_bytes(statement, column)));
            break;
        }
        }
    }
    // The hash in hex, or empty when OpenSSL failed.
    QByteArray finish()
    {
        flush();
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (!m_ok || EVP_DigestFinal_ex(m_context.get(), digest, &size) != 1 || size != 32)
            return {};
        return QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex();
    }

private:
    static constexpr std::size_t Capacity = 1 << 16;

    void bytes(const char *data, std::size_t size)
    {
        if (size == 0)
            return; // SQLite gives no pointer at all for an empty blob
        if (size > Capacity / 4) {
            flush();
            update(data, size);
            return;
        }
        room(size);
        std::memcpy(m_buffer + m_used, data, size);
        m_used += size;
    }
    void room(std::size_t size)
    {
        if (m_used + size > Capacity)
            flush();
    }
    void flush()
    {
        update(m_buffer, m_used);
        m_used = 0;
    }
    void update(const char *data, std::size_t size)
    {
        if (size > 0 && m_ok)
            m_ok = EVP_DigestUpdate(m_context.get(), data, size) == 1;
    }

    std::unique_ptr<EVP_MD_CTX, DigestDeleter> m_context;
    bool m_ok = false;
    char m_buffer[Capacity];
    std::size_t m_used = 0;
};

Result<Statement> prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(statement);
        return readError(db);
    }
    return Statement(statement);
}

Error hashError()
{
    return Error::storage(PackageHasher::tr("Could not compute a SHA-256 (OpenSSL failed)."));
}
} // namespace

Status PackageHasher::hashTables(sqlite3 *db, const QString &schema, int version)
{
    for (const PackageFormat::Table &table : PackageFormat::tables(version)) {
        auto encoder = std::make_unique<Encoder>("DUOSUP-TABLE-1");
        encoder->tag('T');
        encoder->string(table.name);
        encoder->big(quint32(table.columns.size()), 4);
        for (const QString &column : table.columns)
            encoder->string(column);

        auto statement =
            prepare(db, QStringLiteral("SELECT %1 FROM %2.%3 ORDER BY %4")
                            .arg(table.columns.join(QLatin1String(", ")), schema, table.name,
                                 table.primaryKey.join(QLatin1String(", "))));
        if (!statement)
            return statement.error();
        sqlite3_stmt *s = statement.value().get();
        const int columns = int(table.columns.size());
        quint64 rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            encoder->tag('R');
            for (int c = 0; c < columns; ++c)
                encoder->value(s, c);
            ++rows;
        }
        if (rc != SQLITE_DONE)
            return readError(db);
        encoder->tag('E');
        encoder->big(rows, 8);
        const QByteArray digest = encoder->finish();
        if (digest.isEmpty())
            return hashError();
        m_tables.insert(table.name, {qint64(rows), digest});
    }
    return {};
}

Status PackageHasher::hashManifest(sqlite3 *db, const QString &schema)
{
    auto statement = prepare(
        db, QStringLiteral("SELECT key, value FROM %1.manifest WHERE key IS "
                           "NOT '%2' AND key IS NOT '%3' ORDER BY key")
                .arg(schema, PackageFormat::contentHashKey(), PackageFormat::signatureKey()));
    if (!statement)
        return statement.error();
    sqlite3_stmt *s = statement.value().get();
    auto encoder = std::make_unique<Encoder>("DUOSUP-CONTENT-2");
    encoder->tag('M');
    quint64 rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        encoder->value(s, 0);
        encoder->value(s, 1);
        ++rows;
    }
    if (rc != SQLITE_DONE)
        return readError(db);
    encoder->tag('E');
    encoder->big(rows, 8);
    m_content = encoder->finish();
    if (m_content.isEmpty())
        return hashError();
    return {};
}
