#pragma once
// The duo coach's work in the demo data: goals per life domain, visit reports with the task
// split, follow-up actions, interim evaluations, now and then a safety concern and a note for
// the trusted person only. Part of DemoGenerator, which drives it family by family and visit
// by visit with its one random generator, so the same seed gives the same data. All text is
// fictitious; report notes mention the family's first names on purpose, as real notes do
// (the supervision export must mask them).

#include "Result.h"
#include "Statistics.h"
#include "domain/Domain.h"
#include "storage/BatchInserter.h"

#include <QHash>
#include <QRandomGenerator>

class Database;

class DemoCoachWork
{
public:
    struct Family
    {
        qint64 id = 0;
        QStringList parents; // first names
        QStringList children;
        QDate from;  // first day with a duo
        QDate until; // last day of coaching, or the reference day while it goes on
        bool current = false;
    };
    struct DuoPair
    {
        qint64 duoId = 0;
        qint64 trustedPersonId = 0;
        qint64 professionalId = 0;
    };

    DemoCoachWork(Database &db, QRandomGenerator &rng, Counts &counts);
    // Rows here refer to these tables' rows, which must be written first.
    void writeAfter(BatchInserter *families, BatchInserter *workers, BatchInserter *visits);
    void setToday(const QDate &today) { m_today = today; }
    void setWorkerName(qint64 id, const QString &name) { m_workerNames.insert(id, name); }
    Status startIds();

    // Goals of the family, set a fortnight after its duo started.
    Status beginFamily(const Family &family);
    // Why a visit did not take place; empty for planned and done visits.
    QString reasonFor(VisitStatus status);
    // The report of a done visit, the goals worked on, follow-ups and perhaps a concern.
    Status doneVisit(qint64 visitId, const QDate &day, const DuoPair &duo);
    // Evaluations over the coaching and a confidential note; `duo` is the last duo.
    Status endFamily(const DuoPair &duo);
    Status flush();

private:
    int below(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    // A template with {parent} and {child} filled in from the current family.
    QString fill(const QString &text);
    QDateTime at(const QDate &day, int hour) const { return QDateTime(day, QTime(hour, 0)); }

    Database &m_db;
    QRandomGenerator &m_rng;
    Counts &m_counts;
    QDate m_today;
    QHash<qint64, QString> m_workerNames;

    Family m_family;
    struct GoalState
    {
        qint64 id = 0;
        LifeDomain domain = LifeDomain::Finances;
        QDate setOn;
        int score = 1;
    };
    QList<GoalState> m_goals;

    qint64 m_nextGoal = 1;
    qint64 m_nextFollowUp = 1;
    qint64 m_nextConcern = 1;
    qint64 m_nextNote = 1;
    qint64 m_nextEvaluation = 1;

    BatchInserter m_goalRows;
    BatchInserter m_reportRows;
    BatchInserter m_visitGoalRows;
    BatchInserter m_followUpRows;
    BatchInserter m_concernRows;
    BatchInserter m_noteRows;
    BatchInserter m_evaluationRows;
    BatchInserter m_scoreRows;
};
