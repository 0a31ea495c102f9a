#include "SupervisionExportStore.h"

#include "Database.h"
#include "SqlValues.h"

namespace {
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString statusCode(SupervisionExportRecord::Status status)
{
    switch (status) {
    case SupervisionExportRecord::Status::Started:
        return QStringLiteral("started");
    case SupervisionExportRecord::Status::Failed:
        return QStringLiteral("failed");
    case SupervisionExportRecord::Status::Completed:
        break;
    }
    return QStringLiteral("completed");
}

SupervisionExportRecord::Status statusOf(const QString &code)
{
    if (code == QLatin1String("started"))
        return SupervisionExportRecord::Status::Started;
    if (code == QLatin1String("failed"))
        return SupervisionExportRecord::Status::Failed;
    return SupervisionExportRecord::Status::Completed;
}
} // namespace

Result<qint64> SupervisionExportStore::add(const SupervisionExportRecord &record)
{
    auto q = m_db.insert(
        QStringLiteral("INSERT INTO supervision_exports (exported_at, exported_by, from_date, "
                       "to_date, duo_id, worker_id, pseudonymized, encrypted, visits, families, "
                       "file_name, content_sha256, status) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {SqlValues::dateTime(record.exportedAt), record.exportedBy, SqlValues::date(record.from),
         SqlValues::date(record.to), idOrNull(record.duoId), idOrNull(record.workerId),
         record.pseudonymized ? 1 : 0, record.encrypted ? 1 : 0, record.visits, record.families,
         record.fileName, QString::fromLatin1(record.contentSha256), statusCode(record.status)});
    if (!q)
        return q.error();
    return q.value();
}

Status SupervisionExportStore::setStatus(qint64 id, SupervisionExportRecord::Status status)
{
    auto q = m_db.exec(QStringLiteral("UPDATE supervision_exports SET status = ? WHERE id = ?"),
                       {statusCode(status), id});
    if (!q)
        return q.error();
    return {};
}

Result<QList<SupervisionExportRecord>> SupervisionExportStore::list() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, exported_at, exported_by, from_date, to_date, duo_id, worker_id, "
        "pseudonymized, encrypted, visits, families, file_name, content_sha256, status "
        "FROM supervision_exports ORDER BY exported_at DESC, id DESC"));
    if (!q)
        return q.error();
    QList<SupervisionExportRecord> records;
    while (q->next()) {
        SupervisionExportRecord r;
        r.id = q->value(0).toLongLong();
        r.exportedAt = SqlValues::toDateTime(q->value(1));
        r.exportedBy = q->value(2).toString();
        r.from = SqlValues::toDate(q->value(3));
        r.to = SqlValues::toDate(q->value(4));
        r.duoId = q->value(5).toLongLong();
        r.workerId = q->value(6).toLongLong();
        r.pseudonymized = q->value(7).toBool();
        r.encrypted = q->value(8).toBool();
        r.visits = q->value(9).toInt();
        r.families = q->value(10).toInt();
        r.fileName = q->value(11).toString();
        r.contentSha256 = q->value(12).toString().toLatin1();
        r.status = statusOf(q->value(13).toString());
        records << r;
    }
    return records;
}
