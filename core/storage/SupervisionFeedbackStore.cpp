#include "SupervisionFeedbackStore.h"

#include "Database.h"
#include "SqlValues.h"

namespace {
QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

const char *const KindCodes[] = {"general", "duo", "visit"};

QString code(SupervisionNote::Kind kind)
{
    return QLatin1String(KindCodes[int(kind)]);
}

SupervisionNote::Kind kindOf(const QString &code)
{
    if (code == QLatin1String("visit"))
        return SupervisionNote::Kind::Visit;
    return code == QLatin1String("duo") ? SupervisionNote::Kind::Duo
                                        : SupervisionNote::Kind::General;
}
} // namespace

Status SupervisionFeedbackStore::replace(qint64 exportId, const QList<SupervisionNote> &notes)
{
    return m_db.transaction([&]() -> Status {
        if (auto cleared = m_db.exec(
                QStringLiteral("DELETE FROM supervision_feedback WHERE export_id = ?"), {exportId});
            !cleared)
            return cleared.error();
        for (const SupervisionNote &n : notes) {
            auto added = m_db.insert(
                QStringLiteral("INSERT INTO supervision_feedback (export_id, kind, duo_id, "
                               "visit_id, family_id, note, written_at, imported_at, imported_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {exportId, code(n.kind), idOrNull(n.duoId), idOrNull(n.visitId),
                 idOrNull(n.familyId), n.note, SqlValues::dateTime(n.writtenAt),
                 SqlValues::dateTime(n.importedAt), n.importedBy});
            if (!added)
                return added.error();
        }
        return {};
    });
}

Result<QList<SupervisionNote>> SupervisionFeedbackStore::recentFor(const CurrentUser &user,
                                                                   const QDate &since) const
{
    // A worker's: by supervision_feedback_by_duo, one range per duo and one for the team's.
    if (user.kind == CurrentUser::Kind::Worker)
        return list(QStringLiteral("n.imported_at >= ? AND (n.duo_id IS NULL OR n.duo_id IN "
                                   "(SELECT id FROM duos WHERE trusted_person_id = ? OR "
                                   "professional_id = ?))"),
                    {since.toString(Qt::ISODate), user.workerId, user.workerId});
    return list(QStringLiteral("n.imported_at >= ?"), {since.toString(Qt::ISODate)});
}

Result<QList<SupervisionNote>> SupervisionFeedbackStore::forVisit(qint64 visitId) const
{
    return list(QStringLiteral("n.visit_id = ?"), {visitId});
}

Status SupervisionFeedbackStore::recordRead(const Actor &actor, const SupervisionNote &note)
{
    return AccessLog(m_db).record(actor, AccessAction::Read, note.familyId, AccessOutcome::Success,
                                  QStringLiteral("supervision_feedback"));
}

Result<QList<SupervisionNote>> SupervisionFeedbackStore::list(const QString &where,
                                                              const QVariantList &binds) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT n.id, n.export_id, n.duo_id, n.visit_id, n.family_id, n.note, n.written_at, "
            "n.imported_at, n.imported_by, t.name || ' & ' || p.name, f.case_code, v.starts_at, "
            "e.from_date, e.to_date, n.kind FROM supervision_feedback n "
            "JOIN supervision_exports e ON e.id = n.export_id "
            "LEFT JOIN duos d ON d.id = n.duo_id LEFT JOIN workers t ON t.id = "
            "d.trusted_person_id LEFT JOIN workers p ON p.id = d.professional_id "
            "LEFT JOIN visits v ON v.id = n.visit_id LEFT JOIN families f ON f.id = n.family_id "
            "WHERE ") +
            where + QStringLiteral(" ORDER BY n.imported_at DESC, v.starts_at, n.id"),
        binds);
    if (!q)
        return q.error();
    QList<SupervisionNote> notes;
    while (q->next()) {
        SupervisionNote n;
        n.id = q->value(0).toLongLong();
        n.exportId = q->value(1).toLongLong();
        n.duoId = q->value(2).toLongLong();
        n.visitId = q->value(3).toLongLong();
        n.familyId = q->value(4).toLongLong();
        n.note = q->value(5).toString();
        n.writtenAt = SqlValues::toDateTime(q->value(6));
        n.importedAt = SqlValues::toDateTime(q->value(7));
        n.importedBy = q->value(8).toString();
        n.duoName = q->value(9).toString();
        n.caseCode = q->value(10).toString();
        n.visitStart = SqlValues::toDateTime(q->value(11));
        n.periodFrom = SqlValues::toDate(q->value(12));
        n.periodTo = SqlValues::toDate(q->value(13));
        n.kind = kindOf(q->value(14).toString());
        notes << n;
    }
    return notes;
}
