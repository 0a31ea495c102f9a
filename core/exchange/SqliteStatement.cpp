#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

void SqliteStatement::Finalize::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3 *db, const QString &sql)
{
    if (!db)
        return Error::storage(tr("The SQLite driver does not give access to its database."));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error::storage(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return SqliteStatement(db, statement);
}

Status SqliteStatement::bind(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(get(), i + 1);
        } else {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(get(), i + 1, value.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(get(), i + 1, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob64(get(), i + 1, bytes.constData(), quint64(bytes.size()),
                                         SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray utf8 = value.toString().toUtf8();
                rc = sqlite3_bind_text64(get(), i + 1, utf8.constData(), quint64(utf8.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
            }
            }
        }
        if (rc != SQLITE_OK)
            return Error::storage(errorMessage());
    }
    return {};
}

int SqliteStatement::step()
{
    return sqlite3_step(get());
}

void SqliteStatement::reset()
{
    sqlite3_reset(get());
}

int SqliteStatement::columnType(int column) const
{
    return sqlite3_column_type(get(), column);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(get(), column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(get(), column));
    return {data, data ? sqlite3_column_bytes(get(), column) : 0};
}

QString SqliteStatement::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}
