#pragma once
// Interim evaluations of a family's support: on a day, a score for every goal worked on then,
// whether the support helps, and the decision (continue, adjust, stop) with its reason. An
// evaluation is written whole or not at all. Also the goals' scores over time for the chart.
//
// A decision to stop is about the support, not about the goals' history: it ends the goals it
// scored on the evaluation day (so no later evaluation asks for scores of support that
// stopped), and their scores stay. Closing the family's file stays the coordinator's own step
// (it ends the duo's assignment and needs a closing reason of its own).

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>
#include <QHash>

class Database;
class QSqlQuery;

// One point of a goal's line in the chart.
struct ScorePoint
{
    QDate on;
    int score = 1;
    qint64 evaluationId = 0; // 0: the start score, on the day the goal was set
};

class EvaluationStore
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationStore)
public:
    // One row of `id, family_id, held_on, helps, decision, reason (scores apart)`, in this order:
    // the store's own queries and the supervision package's reader select the columns so.
    static Evaluation fromRow(const QSqlQuery &q);

    // What add() and restore() wrote: the evaluation's id and the goals a decision to stop
    // ended on its day (remove() opens them again).
    struct Added
    {
        qint64 id = 0;
        QList<qint64> endedGoalIds;
    };

    explicit EvaluationStore(Database &db) : m_db(db) {}

    // Records the evaluation of evaluation.familyId in one transaction. Refused: what
    // Validation::checkEvaluation refuses, an unknown family, a second evaluation on the same
    // day, a day on which no goal was worked on, a goal without a score, a score for a goal
    // of another family or one not worked on that day, two scores for one goal.
    Result<Added> add(const Evaluation &evaluation, const QDate &today = QDate::currentDate());
    // Redo of add() after remove(): the evaluation comes back with its own id, by the same rules.
    Result<Added> restore(const Evaluation &evaluation, const QDate &today = QDate::currentDate());
    // Undo of add(): removes the evaluation with its scores and works on `reopenGoalIds` (what
    // add() ended) again, in one transaction.
    Status remove(qint64 evaluationId, const QList<qint64> &reopenGoalIds = {});

    Result<Evaluation> get(qint64 id) const;
    // The family's evaluations, newest first, each with its scores (by goal id); at most
    // `limit` of them, all when negative.
    Result<QList<Evaluation>> forFamily(qint64 familyId, int limit = -1) const;
    // Each goal of the family (by id) with its points in date order: the start score on the
    // day it was set, then every evaluation score. Goals never scored have their start only.
    Result<QHash<qint64, QList<ScorePoint>>> history(qint64 familyId) const;

private:
    Result<Added> insert(const Evaluation &evaluation, qint64 id, const QDate &today);
    // The rules that need the database; see add().
    Status checkScores(const Evaluation &evaluation) const;

    Database &m_db;
};
