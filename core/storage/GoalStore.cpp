#include "GoalStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"

#include <QLocale>

namespace {
const QString selectSql = QStringLiteral(
    "SELECT id, family_id, life_domain, description, start_score, set_on, ended_on, row_version "
    "FROM goals ");

// fromRow and the row's version, which a package's goals do not have.
Goal versioned(const QSqlQuery &q)
{
    Goal goal = GoalStore::fromRow(q);
    goal.version = q.value(7).toLongLong();
    return goal;
}

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

Result<QList<Goal>> readAll(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QList<Goal> goals;
    while (q->next())
        goals << versioned(*q.value());
    return goals;
}
} // namespace

Goal GoalStore::fromRow(const QSqlQuery &q)
{
    Goal g;
    g.id = q.value(0).toLongLong();
    g.familyId = q.value(1).toLongLong();
    g.domain = DomainText::parse<LifeDomain>(q.value(2).toString()).value_or(LifeDomain::Finances);
    g.description = q.value(3).toString();
    g.startScore = q.value(4).toInt();
    g.setOn = SqlValues::toDate(q.value(5));
    g.endedOn = SqlValues::toDate(q.value(6));
    return g;
}

QString GoalStore::shortDescription(const Goal &goal)
{
    // Long enough to recognise the goal, short enough for a sentence in a message box.
    constexpr int Longest = 50;
    QString text = goal.description.simplified();
    if (text.size() > Longest)
        text = text.left(Longest - 1).trimmed() + QChar(0x2026);
    return text;
}

Status GoalStore::checkHistory(const Goal &goal) const
{
    auto referred = m_db.scalar(QStringLiteral("SELECT referred_on FROM families WHERE id = ?"),
                                {goal.familyId});
    if (!referred)
        return referred.error();
    if (!referred->isValid())
        return Error::invalid(tr("There is no family with number %1.").arg(goal.familyId));
    const QDate referredOn = SqlValues::toDate(referred.value());
    if (referredOn.isValid() && goal.setOn < referredOn)
        return Error::invalid(tr("The goal cannot be set before the family was referred on %1.")
                                  .arg(shortDate(referredOn)));
    if (goal.id <= 0)
        return {};
    auto firstScore = m_db.scalar(QStringLiteral("SELECT min(e.held_on) FROM evaluation_scores s "
                                                 "JOIN evaluations e ON e.id = s.evaluation_id "
                                                 "WHERE s.goal_id = ?"),
                                  {goal.id});
    if (!firstScore)
        return firstScore.error();
    const QDate scoredOn = SqlValues::toDate(firstScore.value());
    if (scoredOn.isValid() && goal.setOn > scoredOn)
        return Error::invalid(
            tr("The goal was scored in an evaluation on %1, so it cannot be set after that day.")
                .arg(shortDate(scoredOn)));
    return {};
}

Result<Goal> GoalStore::add(const Goal &goal, const QDate &today)
{
    if (goal.endedOn.isValid())
        return Error::invalid(tr("A new goal is worked on: it cannot have an end date yet."));
    auto id = insert(goal, 0, today);
    if (!id)
        return id.error();
    return get(id.value());
}

Result<qint64> GoalStore::insert(const Goal &goal, qint64 id, const QDate &today)
{
    if (const QString problem = Validation::checkGoal(goal, today); !problem.isEmpty())
        return Error::invalid(problem);
    Goal checked = goal;
    checked.id = 0; // not stored yet: no evaluation can have scored it
    if (Status fits = checkHistory(checked); !fits)
        return fits.error();
    // A null id lets SQLite choose the next number.
    auto q =
        m_db.insert(QStringLiteral("INSERT INTO goals (id, family_id, life_domain, description, "
                                   "start_score, set_on, ended_on) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)),
                     goal.familyId, DomainText::code(goal.domain), goal.description.trimmed(),
                     goal.startScore, SqlValues::date(goal.setOn), SqlValues::date(goal.endedOn)});
    if (!q)
        return q.error();
    return q.value();
}

Status GoalStore::update(const Goal &goal, const QDate &today)
{
    return m_db.transaction([&]() -> Status {
        auto stored = get(goal.id);
        if (!stored)
            return stored.error();
        Goal changed = goal;
        changed.familyId = stored->familyId;
        changed.endedOn = stored->endedOn;
        // An ended goal was set in the past already; only its own end bounds it.
        if (const QString problem = Validation::checkGoal(changed, today); !problem.isEmpty())
            return Error::invalid(problem);
        if (Status fits = checkHistory(changed); !fits)
            return fits;
        auto q = m_db.exec(QStringLiteral("UPDATE goals SET life_domain = ?, description = ?, "
                                          "start_score = ?, set_on = ? WHERE id = ?"),
                           {DomainText::code(changed.domain), changed.description.trimmed(),
                            changed.startScore, SqlValues::date(changed.setOn), changed.id});
        if (!q)
            return q.error();
        return {};
    });
}

Status GoalStore::end(qint64 goalId, const QDate &day, const QDate &today)
{
    return m_db.transaction([&]() -> Status {
        auto goal = get(goalId);
        if (!goal)
            return goal.error();
        if (goal->endedOn.isValid())
            return Error::invalid(
                tr("The goal \"%1\" already ended on %2.")
                    .arg(shortDescription(goal.value()), shortDate(goal->endedOn)));
        if (!day.isValid())
            return Error::invalid(tr("Ending a goal needs the last day it was worked on."));
        if (day < goal->setOn)
            return Error::invalid(tr("The goal cannot end before the day it was set, %1.")
                                      .arg(shortDate(goal->setOn)));
        if (day > today)
            return Error::invalid(tr("The end date of the goal lies in the future."));
        auto lastScore =
            m_db.scalar(QStringLiteral("SELECT max(e.held_on) FROM evaluation_scores s "
                                       "JOIN evaluations e ON e.id = s.evaluation_id "
                                       "WHERE s.goal_id = ?"),
                        {goalId});
        if (!lastScore)
            return lastScore.error();
        const QDate scoredOn = SqlValues::toDate(lastScore.value());
        if (scoredOn.isValid() && day < scoredOn)
            return Error::invalid(
                tr("The goal was scored in an evaluation on %1, so it cannot end before that day.")
                    .arg(shortDate(scoredOn)));
        auto q = m_db.exec(QStringLiteral("UPDATE goals SET ended_on = ? WHERE id = ?"),
                           {SqlValues::date(day), goalId});
        if (!q)
            return q.error();
        return {};
    });
}

Status GoalStore::reopen(qint64 goalId)
{
    auto goal = get(goalId);
    if (!goal)
        return goal.error();
    if (!goal->endedOn.isValid())
        return Error::invalid(
            tr("The goal \"%1\" is still worked on.").arg(shortDescription(goal.value())));
    auto q = m_db.exec(QStringLiteral("UPDATE goals SET ended_on = NULL WHERE id = ?"), {goalId});
    if (!q)
        return q.error();
    return {};
}

Status GoalStore::remove(qint64 goalId)
{
    auto goal = get(goalId);
    if (!goal)
        return goal.error();
    auto used = m_db.scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM evaluation_scores WHERE goal_id = ?) "
                       "+ (SELECT count(*) FROM visit_goals WHERE goal_id = ?)"),
        {goalId, goalId});
    if (!used)
        return used.error();
    if (used->toInt() > 0)
        return Error::invalid(tr("The goal \"%1\" cannot be removed: an evaluation scored it or a "
                                 "visit report worked on it.")
                                  .arg(shortDescription(goal.value())));
    auto q = m_db.exec(QStringLiteral("DELETE FROM goals WHERE id = ?"), {goalId});
    if (!q)
        return q.error();
    return {};
}

Status GoalStore::restore(const Goal &goal, const QDate &today)
{
    auto taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM goals WHERE id = ?"), {goal.id});
    if (!taken)
        return taken.error();
    if (goal.id <= 0 || taken->toInt() > 0)
        return Error::invalid(tr("The goal \"%1\" cannot be put back: another program changed the "
                                 "database in the meantime.")
                                  .arg(shortDescription(goal)));
    auto id = insert(goal, goal.id, today);
    if (!id)
        return id.error();
    return {};
}

Result<Goal> GoalStore::get(qint64 id) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no goal with number %1.").arg(id));
    const Goal goal = versioned(*q.value());
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    return goal;
}

Result<QList<Goal>> GoalStore::forFamily(qint64 familyId) const
{
    return readAll(
        m_db.exec(selectSql + QStringLiteral("WHERE family_id = ? "
                                             "ORDER BY ended_on IS NOT NULL, "
                                             "CASE WHEN ended_on IS NULL THEN set_on END, "
                                             "ended_on DESC, id"),
                  {familyId}));
}

Result<QList<Goal>> GoalStore::activeOn(qint64 familyId, const QDate &day) const
{
    const QVariant d = SqlValues::date(day);
    return readAll(m_db.exec(selectSql + QStringLiteral("WHERE family_id = ? AND set_on <= ? "
                                                        "AND (ended_on IS NULL OR ended_on >= ?) "
                                                        "ORDER BY set_on, id"),
                             {familyId, d, d}));
}
