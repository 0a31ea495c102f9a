#include "AssignmentStore.h"

#include "Database.h"
#include "DuoStore.h"
#include "SqlValues.h"

#include <QLocale>

namespace {
const QString selectSql = QStringLiteral(
    "SELECT a.id, a.family_id, a.duo_id, a.from_date, a.to_date, t.name || ' & ' || p.name "
    "FROM assignments a JOIN duos d ON d.id = a.duo_id "
    "JOIN workers t ON t.id = d.trusted_person_id JOIN workers p ON p.id = d.professional_id ");

Assignment fromRow(const QSqlQuery &q)
{
    Assignment a;
    a.id = q.value(0).toLongLong();
    a.familyId = q.value(1).toLongLong();
    a.duoId = q.value(2).toLongLong();
    a.from = SqlValues::toDate(q.value(3));
    a.to = SqlValues::toDate(q.value(4));
    a.duoName = q.value(5).toString();
    return a;
}
} // namespace

Result<qint64> AssignmentStore::assign(qint64 familyId, qint64 duoId, const QDate &from)
{
    if (!from.isValid())
        return Error::invalid(tr("An assignment needs a start date."));
    auto duo = DuoStore(m_db).get(duoId);
    if (!duo)
        return duo.error();
    if (!duo->isActiveOn(from))
        return Error::invalid(
            tr("The duo %1 does not work together on %2.")
                .arg(duo->displayName(), QLocale().toString(from, QLocale::ShortFormat)));
    auto family =
        m_db.scalar(QStringLiteral("SELECT status FROM families WHERE id = ?"), {familyId});
    if (!family)
        return family.error();
    if (family->isNull())
        return Error::invalid(tr("There is no family with number %1.").arg(familyId));
    if (family->toString() == QLatin1String("closed"))
        return Error::invalid(tr("A closed family cannot be assigned a duo."));

    qint64 newId = 0;
    Status done = m_db.transaction([&]() -> Status {
        auto later =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM assignments WHERE family_id = ? "
                                       "AND from_date > ?"),
                        {familyId, SqlValues::date(from)});
        if (!later)
            return later.error();
        if (later->toInt() > 0)
            return Error::invalid(tr("The family already has an assignment starting after %1.")
                                      .arg(QLocale().toString(from, QLocale::ShortFormat)));
        auto ended =
            m_db.exec(QStringLiteral("UPDATE assignments SET to_date = ? WHERE family_id = ? "
                                     "AND (to_date IS NULL OR to_date > ?)"),
                      {SqlValues::date(from), familyId, SqlValues::date(from)});
        if (!ended)
            return ended.error();
        auto inserted = m_db.insert(QStringLiteral("INSERT INTO assignments (family_id, duo_id, "
                                                   "from_date) VALUES (?, ?, ?)"),
                                    {familyId, duoId, SqlValues::date(from)});
        if (!inserted)
            return inserted.error();
        newId = inserted.value();
        return {};
    });
    if (!done)
        return done.error();
    return newId;
}

Result<std::optional<Assignment>> AssignmentStore::current(qint64 familyId, const QDate &day) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE a.family_id = ? AND a.from_date <= ? "
                                                  "AND (a.to_date IS NULL OR a.to_date > ?) "
                                                  "ORDER BY a.from_date DESC LIMIT 1"),
                       {familyId, SqlValues::date(day), SqlValues::date(day)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Assignment>();
    const Assignment assignment = fromRow(*q.value());
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    return std::optional<Assignment>(assignment);
}

Result<QList<Assignment>> AssignmentStore::history(qint64 familyId) const
{
    auto q = m_db.exec(
        selectSql + QStringLiteral("WHERE a.family_id = ? ORDER BY a.from_date DESC, a.id DESC"),
        {familyId});
    if (!q)
        return q.error();
    QList<Assignment> result;
    while (q->next())
        result << fromRow(*q.value());
    return result;
}

Result<bool> AssignmentStore::isAssigned(qint64 familyId, qint64 duoId, const QDate &day) const
{
    // The handover day counts for both duos, so the old duo can still make a farewell visit.
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM assignments WHERE family_id = ? "
                                        "AND duo_id = ? AND from_date <= ? "
                                        "AND (to_date IS NULL OR to_date >= ?)"),
                         {familyId, duoId, SqlValues::date(day), SqlValues::date(day)});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Status AssignmentStore::end(qint64 assignmentId, const QDate &to)
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE a.id = ?"), {assignmentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no assignment with number %1.").arg(assignmentId));
    const Assignment assignment = fromRow(*q.value());
    q->finish();
    if (!to.isValid())
        return Error::invalid(tr("Ending an assignment needs a date."));
    if (to < assignment.from)
        return Error::invalid(tr("The assignment of %1 cannot end before it starts on %2.")
                                  .arg(assignment.duoName,
                                       QLocale().toString(assignment.from, QLocale::ShortFormat)));
    auto ended = m_db.exec(QStringLiteral("UPDATE assignments SET to_date = ? WHERE id = ?"),
                           {SqlValues::date(to), assignmentId});
    if (!ended)
        return ended.error();
    return {};
}

Status AssignmentStore::restoreEnds(const QList<Assignment> &before)
{
    return m_db.transaction([&]() -> Status {
        for (const Assignment &a : before) {
            auto q = m_db.exec(QStringLiteral("UPDATE assignments SET to_date = ? WHERE id = ? "
                                              "AND family_id = ? AND duo_id = ?"),
                               {SqlValues::date(a.to), a.id, a.familyId, a.duoId});
            if (!q)
                return q.error();
            if (q->numRowsAffected() != 1)
                return Error::invalid(
                    tr("The assignment of %1 is no longer there and cannot be restored.")
                        .arg(a.duoName));
        }
        return {};
    });
}

Status AssignmentStore::unassign(qint64 assignmentId, const QList<Assignment> &before)
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE a.id = ?"), {assignmentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no assignment with number %1.").arg(assignmentId));
    const Assignment assignment = fromRow(*q.value());
    q->finish();
    // Visits are stored by date and time; their first ten characters are the day.
    auto visits = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM visits WHERE family_id = ? AND duo_id = ? "
                       "AND substr(starts_at, 1, 10) >= ? "
                       "AND (CAST(? AS TEXT) IS NULL OR substr(starts_at, 1, 10) <= ?)"),
        {assignment.familyId, assignment.duoId, SqlValues::date(assignment.from),
         SqlValues::date(assignment.to), SqlValues::date(assignment.to)});
    if (!visits)
        return visits.error();
    if (visits->toInt() > 0)
        return Error::invalid(tr("The assignment of %1 cannot be undone: the duo already has "
                                 "visits with the family.")
                                  .arg(assignment.duoName));
    return m_db.transaction([&]() -> Status {
        auto removed =
            m_db.exec(QStringLiteral("DELETE FROM assignments WHERE id = ?"), {assignmentId});
        if (!removed)
            return removed.error();
        QList<Assignment> others;
        for (const Assignment &a : before)
            if (a.id != assignmentId)
                others << a;
        return restoreEnds(others);
    });
}
