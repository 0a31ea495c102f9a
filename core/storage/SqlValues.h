#pragma once
// How domain values are written to and read from SQL: ISO dates as text, NULL for "none".

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QVariant>

namespace SqlValues {

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

inline QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// A reference to another row; 0 is none (NULL). An id of 0 for a row's own id lets the engine
// choose the next one.
inline QVariant id(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Visit starts are wall-clock time in the Netherlands, stored without offset.
inline QVariant dateTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                       : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime toDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

// A list (of ids, of case codes) for "IN (SELECT value FROM json_each(?))": one statement and
// one bound value however long the list.
template <typename T> QString jsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// LIKE pattern that matches text anywhere, with %, _ and \ in the text taken literally.
inline QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// A statement with its bound values written in as SQL literals, for a script an engine's own
// shell runs (the benchmarks' references): the same query and the same rows as the program
// asks for. Only for statements whose question marks are all parameters.
inline QString writtenIn(QString sql, const QVariantList &binds)
{
    qsizetype at = 0;
    for (const QVariant &value : binds) {
        QString text;
        if (value.isNull()) {
            text = QStringLiteral("NULL");
        } else if (value.typeId() == QMetaType::QString) {
            text = value.toString();
            text = QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) +
                   QLatin1Char('\'');
        } else {
            text = QString::number(value.toLongLong());
        }
        at = sql.indexOf(QLatin1Char('?'), at);
        sql.replace(at, 1, text);
        at += text.size();
    }
    return sql;
}

} // namespace SqlValues
