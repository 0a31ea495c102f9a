#include "DebriefStore.h"

#include "Database.h"
#include "PutBack.h"
#include "SqlValues.h"
#include "domain/Validation.h"

#include <QLocale>
#include <QSqlQuery>

namespace {
const QString selectSql = QStringLiteral(
    "SELECT d.id, d.visit_id, d.family_id, d.worker_id, d.asked_on, d.held_on, d.held_by, "
    "w.name, f.case_code, substr(v.starts_at, 1, 10) FROM debriefs d "
    "JOIN workers w ON w.id = d.worker_id JOIN families f ON f.id = d.family_id "
    "JOIN visits v ON v.id = d.visit_id ");
} // namespace

Result<Debrief> DebriefStore::insert(qint64 id, qint64 visitId, qint64 workerId,
                                     const QDate &askedOn)
{
    auto q = m_db.exec(QStringLiteral("SELECT v.family_id, v.status, substr(v.starts_at, 1, 10), "
                                      "d.trusted_person_id, d.professional_id FROM visits v "
                                      "JOIN duos d ON d.id = v.duo_id WHERE v.id = ?"),
                       {visitId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error::invalid(tr("There is no visit with number %1.").arg(visitId));
    const qint64 familyId = q.value()->value(0).toLongLong();
    const bool done = q.value()->value(1).toString() == QLatin1String("done");
    const QDate day = SqlValues::toDate(q.value()->value(2));
    const bool ofDuo = workerId == q.value()->value(3).toLongLong() ||
                       workerId == q.value()->value(4).toLongLong();
    q.value()->finish();
    const QString visitDay = QLocale().toString(day, QLocale::ShortFormat);
    if (!done)
        return Error::invalid(
            tr("The visit of %1 did not take place: a debrief is asked for after a visit that "
               "did.")
                .arg(visitDay));
    if (!ofDuo)
        return Error::invalid(
            tr("Only the duo of the visit of %1 can ask for a debrief after it.").arg(visitDay));
    if (askedOn < day)
        return Error::invalid(
            tr("A debrief after the visit of %1 cannot be asked for before it.").arg(visitDay));
    auto twice = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM debriefs WHERE visit_id = ? AND worker_id = ?"),
        {visitId, workerId});
    if (!twice)
        return twice.error();
    if (twice->toInt() > 0)
        return Error::invalid(
            tr("A debrief after the visit of %1 was already asked for.").arg(visitDay));
    auto inserted =
        m_db.insert(QStringLiteral("INSERT INTO debriefs (id, visit_id, family_id, "
                                   "worker_id, asked_on) VALUES (?, ?, ?, ?, ?)"),
                    {SqlValues::id(id), visitId, familyId, workerId, SqlValues::date(askedOn)});
    if (!inserted)
        return inserted.error();
    Debrief d;
    d.id = inserted.value();
    d.visitId = visitId;
    d.familyId = familyId;
    d.workerId = workerId;
    d.askedOn = askedOn;
    d.visitDay = day;
    return d;
}

Result<Debrief> DebriefStore::ask(qint64 visitId, qint64 workerId, const QDate &today)
{
    Result<Debrief> written = Error::invalid(QString());
    Status done = m_db.transaction([&]() -> Status {
        written = insert(0, visitId, workerId, today);
        return written ? Status() : Status(written.error());
    });
    if (!done)
        return done.error();
    return written;
}

Status DebriefStore::withdraw(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        auto stored = get(id);
        if (!stored)
            return stored.error();
        if (stored->heldOn.isValid())
            return Error::invalid(
                tr("The debrief after the visit of %1 was held on %2; it stays recorded.")
                    .arg(QLocale().toString(stored->visitDay, QLocale::ShortFormat),
                         QLocale().toString(stored->heldOn, QLocale::ShortFormat)));
        auto q = m_db.exec(QStringLiteral("DELETE FROM debriefs WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return {};
    });
}

Status DebriefStore::putBack(const Debrief &debrief)
{
    return m_db.transaction([&]() -> Status {
        if (Status free = PutBack::idIsFree(m_db, QStringLiteral("debriefs"), debrief.id,
                                            tr("The debrief request cannot be put back: another "
                                               "program changed the database in the meantime."));
            !free)
            return free;
        auto written = insert(debrief.id, debrief.visitId, debrief.workerId, debrief.askedOn);
        if (!written)
            return written.error();
        return {};
    });
}

Status DebriefStore::setHeld(qint64 id, const QDate &day, const QString &heldBy, const QDate &today)
{
    return m_db.transaction([&]() -> Status {
        auto stored = get(id);
        if (!stored)
            return stored.error();
        if (day.isValid()) {
            if (QString problem = Validation::checkControlCharacters(heldBy); !problem.isEmpty())
                return Error::invalid(problem);
            if (heldBy.trimmed().isEmpty())
                return Error::invalid(tr("Say who held the debrief."));
            if (day < stored->askedOn || day > today)
                return Error::invalid(
                    tr("The debrief is dated %1: give a day from its request on %2 until today.")
                        .arg(QLocale().toString(day, QLocale::ShortFormat),
                             QLocale().toString(stored->askedOn, QLocale::ShortFormat)));
        }
        auto q = m_db.exec(
            QStringLiteral("UPDATE debriefs SET held_on = ?, held_by = ? WHERE id = ?"),
            {SqlValues::date(day),
             day.isValid() ? QVariant(heldBy.trimmed()) : QVariant(QMetaType(QMetaType::QString)),
             id});
        if (!q)
            return q.error();
        return {};
    });
}

Result<Debrief> DebriefStore::get(qint64 id) const
{
    auto rows = list(QStringLiteral("d.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::invalid(tr("There is no debrief request with number %1.").arg(id));
    return rows->constFirst();
}

Result<QList<Debrief>> DebriefStore::open() const
{
    // Served by debriefs_open.
    return list(QStringLiteral("d.held_on IS NULL ORDER BY d.asked_on, d.id"), {});
}

Result<QList<Debrief>> DebriefStore::forVisit(qint64 visitId) const
{
    return list(QStringLiteral("d.visit_id = ? ORDER BY d.id"), {visitId});
}

Result<QList<Debrief>> DebriefStore::list(const QString &where, const QVariantList &binds) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE ") + where, binds);
    if (!q)
        return q.error();
    QList<Debrief> result;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        Debrief d;
        d.id = r.value(0).toLongLong();
        d.visitId = r.value(1).toLongLong();
        d.familyId = r.value(2).toLongLong();
        d.workerId = r.value(3).toLongLong();
        d.askedOn = SqlValues::toDate(r.value(4));
        d.heldOn = SqlValues::toDate(r.value(5));
        d.heldBy = r.value(6).toString();
        d.workerName = r.value(7).toString();
        d.caseCode = r.value(8).toString();
        d.visitDay = SqlValues::toDate(r.value(9));
        result << d;
    }
    return result;
}
