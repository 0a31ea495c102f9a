#include "EvaluationStore.h"

#include "Database.h"
#include "GoalStore.h"
#include "SqlValues.h"
#include "domain/DomainText.h"
#include "domain/Validation.h"

#include <QLocale>
#include <QSet>

#include <limits>

namespace {
const QString selectSql =
    QStringLiteral("SELECT id, family_id, held_on, helps, decision, reason FROM evaluations ");

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}
} // namespace

Evaluation EvaluationStore::fromRow(const QSqlQuery &q)
{
    Evaluation e;
    e.id = q.value(0).toLongLong();
    e.familyId = q.value(1).toLongLong();
    e.heldOn = SqlValues::toDate(q.value(2));
    e.helps = DomainText::parse<Helps>(q.value(3).toString()).value_or(Helps::Yes);
    e.decision = DomainText::parse<Decision>(q.value(4).toString()).value_or(Decision::Continue);
    e.reason = q.value(5).toString();
    return e;
}

Result<EvaluationStore::Added> EvaluationStore::add(const Evaluation &evaluation,
                                                    const QDate &today)
{
    return insert(evaluation, 0, today);
}

Result<EvaluationStore::Added> EvaluationStore::restore(const Evaluation &evaluation,
                                                        const QDate &today)
{
    auto taken = m_db.scalar(QStringLiteral("SELECT count(*) FROM evaluations WHERE id = ?"),
                             {evaluation.id});
    if (!taken)
        return taken.error();
    if (evaluation.id <= 0 || taken->toInt() > 0)
        return Error::invalid(tr("The evaluation of %1 cannot be put back: another program "
                                 "changed the database in the meantime.")
                                  .arg(shortDate(evaluation.heldOn)));
    return insert(evaluation, evaluation.id, today);
}

Status EvaluationStore::checkScores(const Evaluation &evaluation) const
{
    auto family = m_db.scalar(QStringLiteral("SELECT count(*) FROM families WHERE id = ?"),
                              {evaluation.familyId});
    if (!family)
        return family.error();
    if (family->toInt() == 0)
        return Error::invalid(tr("There is no family with number %1.").arg(evaluation.familyId));
    auto sameDay = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM evaluations WHERE family_id = ? AND held_on = ?"),
        {evaluation.familyId, SqlValues::date(evaluation.heldOn)});
    if (!sameDay)
        return sameDay.error();
    // Two on one day would put two points above one date in the chart; one evaluation a day
    // holds all that was decided.
    if (sameDay->toInt() > 0)
        return Error::invalid(
            tr("The family already has an evaluation on %1.").arg(shortDate(evaluation.heldOn)));

    // All of the family's goals in one query: each score is checked against them in memory.
    auto goals = GoalStore(m_db).forFamily(evaluation.familyId);
    if (!goals)
        return goals.error();
    QHash<qint64, Goal> byId;
    QList<Goal> active;
    for (const Goal &goal : goals.value()) {
        byId.insert(goal.id, goal);
        if (goal.setOn <= evaluation.heldOn &&
            (goal.endedOn.isNull() || goal.endedOn >= evaluation.heldOn))
            active << goal;
    }
    if (active.isEmpty())
        return Error::invalid(tr("The family had no goals on %1: an evaluation scores the goals, "
                                 "so add a goal first.")
                                  .arg(shortDate(evaluation.heldOn)));
    QSet<qint64> scored;
    for (const GoalScore &score : evaluation.scores) {
        const auto goal = byId.constFind(score.goalId);
        if (goal == byId.constEnd())
            return Error::invalid(
                tr("Goal number %1 is not a goal of this family.").arg(score.goalId));
        if (goal->setOn > evaluation.heldOn)
            return Error::invalid(
                tr("The goal \"%1\" was set after %2 and cannot be scored in this evaluation.")
                    .arg(GoalStore::shortDescription(*goal), shortDate(evaluation.heldOn)));
        if (goal->endedOn.isValid() && goal->endedOn < evaluation.heldOn)
            return Error::invalid(
                tr("The goal \"%1\" ended on %2 and cannot be scored in this evaluation.")
                    .arg(GoalStore::shortDescription(*goal), shortDate(goal->endedOn)));
        if (score.score < 1 || score.score > 5)
            return Error::invalid(tr("The score of the goal \"%1\" runs from 1 (acute problems) "
                                     "to 5 (fully self-reliant), not %2.")
                                      .arg(GoalStore::shortDescription(*goal))
                                      .arg(score.score));
        if (scored.contains(score.goalId))
            return Error::invalid(
                tr("The goal \"%1\" has two scores.").arg(GoalStore::shortDescription(*goal)));
        scored.insert(score.goalId);
    }
    for (const Goal &goal : std::as_const(active))
        if (!scored.contains(goal.id))
            return Error::invalid(
                tr("The goal \"%1\" needs a score.").arg(GoalStore::shortDescription(goal)));
    return {};
}

Result<EvaluationStore::Added> EvaluationStore::insert(const Evaluation &evaluation, qint64 id,
                                                       const QDate &today)
{
    if (const QString problem = Validation::checkEvaluation(evaluation, today); !problem.isEmpty())
        return Error::invalid(problem);
    Added added;
    Status done = m_db.transaction([&]() -> Status {
        if (Status fits = checkScores(evaluation); !fits)
            return fits;
        // A null id lets SQLite choose the next number.
        auto q = m_db.insert(
            QStringLiteral("INSERT INTO evaluations (id, family_id, held_on, helps, "
                           "decision, reason) VALUES (?, ?, ?, ?, ?, ?)"),
            {id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)), evaluation.familyId,
             SqlValues::date(evaluation.heldOn), DomainText::code(evaluation.helps),
             DomainText::code(evaluation.decision), evaluation.reason.trimmed()});
        if (!q)
            return q.error();
        added.id = q.value();
        for (const GoalScore &score : evaluation.scores) {
            auto s = m_db.exec(QStringLiteral("INSERT INTO evaluation_scores (evaluation_id, "
                                              "goal_id, score) VALUES (?, ?, ?)"),
                               {added.id, score.goalId, score.score});
            if (!s)
                return s.error();
        }
        if (evaluation.decision != Decision::Stop)
            return {};
        // The support stops: the goals it scored are no longer worked on after today's
        // evaluation. Goals that already have an end date keep it.
        for (const GoalScore &score : evaluation.scores) {
            auto ended = m_db.exec(
                QStringLiteral("UPDATE goals SET ended_on = ? WHERE id = ? AND ended_on IS NULL"),
                {SqlValues::date(evaluation.heldOn), score.goalId});
            if (!ended)
                return ended.error();
            if (ended->numRowsAffected() == 1)
                added.endedGoalIds << score.goalId;
        }
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

Status EvaluationStore::remove(qint64 evaluationId, const QList<qint64> &reopenGoalIds)
{
    return m_db.transaction([&]() -> Status {
        auto evaluation = get(evaluationId);
        if (!evaluation)
            return evaluation.error();
        for (qint64 goalId : reopenGoalIds) {
            // Only what the evaluation itself ended: its own day, its own family.
            auto reopened =
                m_db.exec(QStringLiteral("UPDATE goals SET ended_on = NULL "
                                         "WHERE id = ? AND family_id = ? "
                                         "AND ended_on = ?"),
                          {goalId, evaluation->familyId, SqlValues::date(evaluation->heldOn)});
            if (!reopened)
                return reopened.error();
            if (reopened->numRowsAffected() != 1)
                return Error::invalid(tr("The goals ended by the evaluation of %1 cannot be "
                                         "opened again: another program changed them in the "
                                         "meantime.")
                                          .arg(shortDate(evaluation->heldOn)));
        }
        // The scores go with it (ON DELETE CASCADE).
        auto q = m_db.exec(QStringLiteral("DELETE FROM evaluations WHERE id = ?"), {evaluationId});
        if (!q)
            return q.error();
        return {};
    });
}

Result<Evaluation> EvaluationStore::get(qint64 id) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no evaluation with number %1.").arg(id));
    Evaluation evaluation = fromRow(*q.value());
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    auto scores = m_db.exec(QStringLiteral("SELECT goal_id, score FROM evaluation_scores "
                                           "WHERE evaluation_id = ? ORDER BY goal_id"),
                            {id});
    if (!scores)
        return scores.error();
    while (scores->next())
        evaluation.scores << GoalScore{scores->value(0).toLongLong(), scores->value(1).toInt()};
    return evaluation;
}

Result<QList<Evaluation>> EvaluationStore::forFamily(qint64 familyId, int limit) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE family_id = ? "
                                                  "ORDER BY held_on DESC, id DESC LIMIT ?"),
                       {familyId, limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit)});
    if (!q)
        return q.error();
    QList<Evaluation> evaluations;
    QHash<qint64, qsizetype> rowOf;
    while (q->next()) {
        rowOf.insert(q->value(0).toLongLong(), evaluations.size());
        evaluations << fromRow(*q.value());
    }
    if (evaluations.isEmpty())
        return evaluations;
    // The scores of all of them in one query, not one query per evaluation.
    auto scores = m_db.exec(QStringLiteral("SELECT s.evaluation_id, s.goal_id, s.score "
                                           "FROM evaluations e "
                                           "JOIN evaluation_scores s ON s.evaluation_id = e.id "
                                           "WHERE e.family_id = ? AND e.held_on >= ? "
                                           "ORDER BY s.evaluation_id, s.goal_id"),
                            {familyId, SqlValues::date(evaluations.constLast().heldOn)});
    if (!scores)
        return scores.error();
    while (scores->next()) {
        const auto row = rowOf.constFind(scores->value(0).toLongLong());
        if (row != rowOf.constEnd())
            evaluations[*row].scores
                << GoalScore{scores->value(1).toLongLong(), scores->value(2).toInt()};
    }
    return evaluations;
}

Result<QHash<qint64, QList<ScorePoint>>> EvaluationStore::history(qint64 familyId) const
{
    // One query for every line of the chart: the start of each goal, then its evaluation
    // scores, in goal and date order. A start and a score on one day keep that order too.
    auto q = m_db.exec(QStringLiteral("SELECT id, set_on, start_score, 0 FROM goals "
                                      "WHERE family_id = ? "
                                      "UNION ALL "
                                      "SELECT s.goal_id, e.held_on, s.score, e.id "
                                      "FROM evaluations e "
                                      "JOIN evaluation_scores s ON s.evaluation_id = e.id "
                                      "WHERE e.family_id = ? "
                                      "ORDER BY 1, 2, 4"),
                       {familyId, familyId});
    if (!q)
        return q.error();
    QHash<qint64, QList<ScorePoint>> lines;
    while (q->next()) {
        ScorePoint point;
        point.on = SqlValues::toDate(q->value(1));
        point.score = q->value(2).toInt();
        point.evaluationId = q->value(3).toLongLong();
        lines[q->value(0).toLongLong()] << point;
    }
    return lines;
}
