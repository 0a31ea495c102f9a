#include "AttachedPackage.h"

#include "SqliteStatement.h"
#include "storage/Database.h"
#include "storage/SqliteEngine.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace {
// The package's page cache is its memory; this is the source's while the package is built.
constexpr qint64 ExportCacheKiB = 64 * 1024;

// How many virtual-machine steps SQLite runs between two looks at Progress::cancel().
constexpr int CancelCheckSteps = 20000;

int interruptWhenCancelled(void *progress)
{
    return Progress::cancelled(static_cast<const Progress *>(progress)) ? 1 : 0;
}

// duosup_mask(family_id, text): the text with that family's names masked; NULL stays NULL,
// and a text of a family without a masker (there is none) is left out rather than let
// through unmasked.
void maskFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *maskers =
        static_cast<const QHash<qint64, NameMasker> *>(sqlite3_user_data(context));
    if (sqlite3_value_type(arguments[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto masker = maskers->constFind(sqlite3_value_int64(arguments[0]));
    if (masker == maskers->cend()) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[1]));
    const int size = sqlite3_value_bytes(arguments[1]);
    const QString original = QString::fromUtf8(text, size);
    const QString masked = masker->mask(original);
    if (masked.constData() == original.constData()) { // nothing to mask: the value as stored
        sqlite3_result_value(context, arguments[1]);
        return;
    }
    const QByteArray utf8 = masked.toUtf8();
    sqlite3_result_text64(context, utf8.constData(), quint64(utf8.size()), SQLITE_TRANSIENT,
                          SQLITE_UTF8);
}

int run(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}
} // namespace

AttachedPackage::AttachedPackage(sqlite3 *db, const Progress *progress)
    : m_db(db), m_progress(progress)
{}

Error AttachedPackage::failure(const QString &reason) const
{
    if (Progress::cancelled(m_progress))
        return Error::cancelled(tr("The export was cancelled; nothing was written."));
    // A damaged source is named as such, not with SQLite's "disk image is malformed".
    if (m_db && SqliteEngine::isDamage(sqlite3_errcode(m_db)))
        return SqliteEngine::damaged(
            QFileInfo(QString::fromUtf8(sqlite3_db_filename(m_db, "main"))).fileName());
    return Error::storage(tr("Could not build the package: %1").arg(reason));
}

Result<std::unique_ptr<AttachedPackage>> AttachedPackage::attach(sqlite3 *source,
                                                                 const Progress *progress)
{
    std::unique_ptr<AttachedPackage> package(new AttachedPackage(source, progress));
    auto message = [source] {
        return QString::fromUtf8(sqlite3_errmsg(source));
    };
    if (!sqlite3_get_autocommit(source))
        return package->failure(tr("the database is in the middle of a change."));
    const QByteArray attachSql = QStringLiteral("ATTACH ':memory:' AS %1").arg(schema()).toUtf8();
    if (run(source, attachSql.constData()) != SQLITE_OK)
        return package->failure(message());
    package->m_attached = true;

    auto cacheSize = SqliteStatement::prepare(source, QStringLiteral("PRAGMA main.cache_size"));
    if (!cacheSize || cacheSize->step() != SQLITE_ROW)
        return package->failure(message());
    package->m_cacheSize = cacheSize->integer(0);
    const QByteArray raise =
        QStringLiteral("PRAGMA main.cache_size = %1").arg(-ExportCacheKiB).toUtf8();
    // A package being built needs no rollback journal: a failure throws it away whole.
    const QByteArray noJournal =
        QStringLiteral("PRAGMA %1.journal_mode = OFF").arg(schema()).toUtf8();
    if (run(source, raise.constData()) != SQLITE_OK ||
        run(source, noJournal.constData()) != SQLITE_OK)
        return package->failure(message());

    if (progress)
        sqlite3_progress_handler(source, CancelCheckSteps, interruptWhenCancelled,
                                 const_cast<Progress *>(progress));
    // A deferred transaction: the source is only read (one snapshot, no write lock), the
    // package written.
    if (run(source, "BEGIN") != SQLITE_OK)
        return package->failure(message());
    package->m_inTransaction = true;
    return package;
}

AttachedPackage::~AttachedPackage()
{
    if (m_inTransaction)
        run(m_db, "ROLLBACK");
    for (const QString &table : std::as_const(m_temporaryTables)) {
        const QByteArray drop = QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(table).toUtf8();
        run(m_db, drop.constData());
    }
    if (m_masking)
        sqlite3_create_function_v2(m_db, "duosup_mask", 2, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                   nullptr, nullptr);
    if (m_progress)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    if (m_attached) {
        const QByteArray restore =
            QStringLiteral("PRAGMA main.cache_size = %1").arg(m_cacheSize).toUtf8();
        run(m_db, restore.constData());
        const QByteArray detach = QStringLiteral("DETACH %1").arg(schema()).toUtf8();
        run(m_db, detach.constData());
    }
}

Status AttachedPackage::setMaskers(const QHash<qint64, NameMasker> *maskers)
{
    // Deterministic, and only for statements written here, never from a schema or a view.
    if (sqlite3_create_function_v2(m_db, "duosup_mask", 2,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                   const_cast<QHash<qint64, NameMasker> *>(maskers), maskFunction,
                                   nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
    m_masking = true;
    return {};
}

Status AttachedPackage::exec(const QString &sql, const QVariantList &binds, qint64 *changes)
{
    if (Progress::cancelled(m_progress))
        return failure(QString());
    auto statement = SqliteStatement::prepare(m_db, sql);
    if (!statement)
        return failure(statement.message());
    if (Status bound = statement->bind(binds); !bound)
        return failure(bound.message());
    int rc = SQLITE_ROW;
    while ((rc = statement->step()) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE)
        return failure(statement->errorMessage());
    if (changes)
        *changes = sqlite3_changes64(m_db);
    return {};
}

Result<QList<qint64>> AttachedPackage::ids(const QString &sql)
{
    auto statement = SqliteStatement::prepare(m_db, sql);
    if (!statement)
        return failure(statement.message());
    QList<qint64> ids;
    int rc = SQLITE_ROW;
    while ((rc = statement->step()) == SQLITE_ROW)
        ids << statement->integer(0);
    if (rc != SQLITE_DONE)
        return failure(statement->errorMessage());
    return ids;
}

Result<SecureBytes> AttachedPackage::finish()
{
    if (Progress::cancelled(m_progress))
        return failure(QString());
    if (run(m_db, "COMMIT") != SQLITE_OK)
        return failure(QString::fromUtf8(sqlite3_errmsg(m_db)));
    m_inTransaction = false;
    sqlite3_int64 size = 0;
    const QByteArray name = schema().toUtf8();
    unsigned char *bytes = sqlite3_serialize(m_db, name.constData(), &size, 0);
    if (!bytes)
        return failure(tr("out of memory."));
    return SecureBytes::adopt(bytes, std::size_t(size), sqlite3_free);
}
