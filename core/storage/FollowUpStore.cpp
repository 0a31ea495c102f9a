#include "FollowUpStore.h"

#include "AssignmentStore.h"
#include "Database.h"
#include "DuoStore.h"
#include "PutBack.h"
#include "SqlValues.h"
#include "domain/Validation.h"

#include <QLocale>

namespace {
const QString selectSql = QStringLiteral(
    "SELECT u.id, u.family_id, u.visit_id, u.description, u.owner_id, u.due_on, u.done_on, "
    "w.name, f.case_code, u.row_version, u.meeting_id, u.done_by FROM follow_ups u JOIN workers w "
    "ON w.id = "
    "u.owner_id "
    "JOIN families f ON f.id = u.family_id ");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Who ticked an action off is kept only with the day it was done.
QVariant doneByOrNull(const QDate &doneOn, const QString &by)
{
    return doneOn.isValid() && !by.trimmed().isEmpty() ? QVariant(by.trimmed())
                                                       : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

FollowUp FollowUpStore::fromRow(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.familyId = q.value(1).toLongLong();
    f.visitId = q.value(2).toLongLong();
    f.description = q.value(3).toString();
    f.ownerId = q.value(4).toLongLong();
    f.dueOn = SqlValues::toDate(q.value(5));
    f.doneOn = SqlValues::toDate(q.value(6));
    f.ownerName = q.value(7).toString();
    f.caseCode = q.value(8).toString();
    return f;
}

Status FollowUpStore::check(FollowUp *followUp) const
{
    FollowUp &f = *followUp;
    if (const QString problem = Validation::checkFollowUp(f); !problem.isEmpty())
        return Error::invalid(problem);
    const QString what = f.description.trimmed();
    qint64 duoId = 0;
    if (f.visitId > 0) {
        auto q = m_db.exec(QStringLiteral("SELECT family_id, duo_id, substr(starts_at, 1, 10) "
                                          "FROM visits WHERE id = ?"),
                           {f.visitId});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::invalid(tr("There is no visit with number %1.").arg(f.visitId));
        const qint64 familyId = q->value(0).toLongLong();
        duoId = q->value(1).toLongLong();
        const QDate visitDay = SqlValues::toDate(q->value(2));
        q->finish();
        if (f.familyId == 0)
            f.familyId = familyId;
        if (f.familyId != familyId)
            return Error::invalid(
                tr("The follow-up action \"%1\" belongs to another family than its visit.")
                    .arg(what));
        // Agreed at the visit, so due from then on; an earlier date is a typing error.
        if (f.dueOn < visitDay)
            return Error::invalid(
                tr("The follow-up action \"%1\" is due on %2, before the visit of %3.")
                    .arg(what, QLocale().toString(f.dueOn, QLocale::ShortFormat),
                         QLocale().toString(visitDay, QLocale::ShortFormat)));
    } else {
        auto current = AssignmentStore(m_db).current(f.familyId);
        if (!current)
            return current.error();
        if (!current.value())
            return Error::invalid(
                tr("The follow-up action \"%1\" needs an owner from the family's duo, but the "
                   "family has no duo.")
                    .arg(what));
        duoId = current.value()->duoId;
    }
    auto duo = DuoStore(m_db).get(duoId);
    if (!duo)
        return duo.error();
    // The duo carries the family together: an action is theirs, not someone else's.
    if (f.ownerId != duo->trustedPersonId && f.ownerId != duo->professionalId)
        return Error::invalid(tr("The follow-up action \"%1\" belongs to %2 or %3, the duo of "
                                 "the family.")
                                  .arg(what, duo->trustedPersonName, duo->professionalName));
    return {};
}

Result<qint64> FollowUpStore::insert(const FollowUp &followUp, qint64 id)
{
    // A null id lets SQLite choose the next number.
    auto q =
        m_db.insert(QStringLiteral("INSERT INTO follow_ups (id, family_id, visit_id, "
                                   "description, owner_id, due_on, done_on, meeting_id, "
                                   "done_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {idOrNull(id), followUp.familyId, idOrNull(followUp.visitId),
                     followUp.description.trimmed(), followUp.ownerId,
                     SqlValues::date(followUp.dueOn), SqlValues::date(followUp.doneOn),
                     idOrNull(followUp.meetingId), doneByOrNull(followUp.doneOn, followUp.doneBy)});
    if (!q)
        return q.error();
    return q.value();
}

Result<qint64> FollowUpStore::add(const FollowUp &followUp)
{
    FollowUp f = followUp;
    f.doneOn = QDate();
    f.doneBy.clear();
    qint64 id = 0;
    Status done = m_db.transaction([&]() -> Status {
        if (Status checked = check(&f); !checked)
            return checked;
        auto inserted = insert(f, 0);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Status FollowUpStore::update(const FollowUp &followUp)
{
    return m_db.transaction([&]() -> Status {
        auto stored = get(followUp.id);
        if (!stored)
            return stored.error();
        FollowUp f = stored.value();
        f.description = followUp.description;
        f.ownerId = followUp.ownerId;
        f.dueOn = followUp.dueOn;
        if (Status checked = check(&f); !checked)
            return checked;
        auto q = m_db.exec(QStringLiteral("UPDATE follow_ups SET description = ?, owner_id = ?, "
                                          "due_on = ? WHERE id = ?"),
                           {f.description.trimmed(), f.ownerId, SqlValues::date(f.dueOn), f.id});
        if (!q)
            return q.error();
        return {};
    });
}

Status FollowUpStore::setDone(qint64 id, const QDate &day, const QString &by)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE follow_ups SET done_on = ?, done_by = ? WHERE id = ?"),
                  {SqlValues::date(day), doneByOrNull(day, by), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("There is no follow-up action with number %1.").arg(id));
    return {};
}

Status FollowUpStore::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM follow_ups WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("There is no follow-up action with number %1.").arg(id));
    return {};
}

Status FollowUpStore::restore(const FollowUp &followUp)
{
    return m_db.transaction([&]() -> Status {
        if (Status free = PutBack::idIsFree(
                m_db, QStringLiteral("follow_ups"), followUp.id,
                tr("The follow-up action \"%1\" cannot be put back: another program changed the "
                   "database in the meantime.")
                    .arg(followUp.description.trimmed()));
            !free)
            return free;
        FollowUp f = followUp;
        if (Status checked = check(&f); !checked)
            return checked;
        auto inserted = insert(f, f.id);
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Result<FollowUp> FollowUpStore::get(qint64 id) const
{
    auto rows = list(QStringLiteral("u.id = ?"), QStringLiteral("u.id"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::invalid(tr("There is no follow-up action with number %1.").arg(id));
    return rows->constFirst();
}

Result<QList<FollowUp>> FollowUpStore::forFamily(qint64 familyId) const
{
    return list(QStringLiteral("u.family_id = ?"),
                QStringLiteral("u.done_on IS NOT NULL, CASE WHEN u.done_on IS NULL THEN u.due_on "
                               "END, u.done_on DESC, u.id"),
                {familyId});
}

Result<QList<FollowUp>> FollowUpStore::forVisit(qint64 visitId) const
{
    return list(QStringLiteral("u.visit_id = ?"), QStringLiteral("u.id"), {visitId});
}

Result<QList<FollowUp>> FollowUpStore::forMeeting(qint64 meetingId) const
{
    return list(QStringLiteral("u.meeting_id = ?"), QStringLiteral("u.id"), {meetingId});
}

Result<QList<FollowUp>> FollowUpStore::dueFor(qint64 ownerId, const QDate &until) const
{
    // Served by follow_ups_by_owner (owner_id, done_on, due_on): a range, never a scan.
    return list(QStringLiteral("u.owner_id = ? AND u.done_on IS NULL AND u.due_on <= ?"),
                QStringLiteral("u.due_on, u.id"), {ownerId, SqlValues::date(until)});
}

Result<QList<FollowUp>> FollowUpStore::list(const QString &where, const QString &order,
                                            const QVariantList &binds) const
{
    auto q = m_db.exec(
        selectSql + QStringLiteral("WHERE ") + where + QStringLiteral(" ORDER BY ") + order, binds);
    if (!q)
        return q.error();
    QList<FollowUp> result;
    while (q->next()) {
        FollowUp followUp = fromRow(*q.value());
        followUp.version = q.value()->value(9).toLongLong(); // not in a package's rows
        followUp.meetingId = q.value()->value(10).toLongLong();
        followUp.doneBy = q.value()->value(11).toString();
        result << followUp;
    }
    return result;
}
