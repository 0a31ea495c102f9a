#include "SqlEngine.h"

#include <QSqlQuery>
#include <QSqlRecord>

Result<qint64> SqlEngine::textRows(const QSqlDatabase &db, const QString &select,
                                   const QVariantList &binds, const TextRow &row) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(select))
        return describe(query.lastError());
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec())
        return describe(query.lastError());
    const int columns = query.record().count();
    std::vector<QByteArray> texts(columns);
    std::vector<QByteArrayView> fields(columns);
    qint64 rows = 0;
    while (query.next()) {
        for (int i = 0; i < columns; ++i) {
            const QVariant value = query.value(i);
            texts[i] = value.isNull() ? QByteArray() : value.toString().toUtf8();
            fields[i] = value.isNull() ? QByteArrayView() : QByteArrayView(texts[i]);
        }
        if (Status taken = row(fields); !taken)
            return taken.error();
        ++rows;
    }
    if (query.lastError().isValid())
        return describe(query.lastError());
    return rows;
}
