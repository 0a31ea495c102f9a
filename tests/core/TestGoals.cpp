// Goals and interim evaluations: the rules of each field (data-driven, each refusal one
// sentence naming what is wrong and the database left as it was), an evaluation that must score
// every goal worked on that day and nothing else, written whole or not at all, a decision to stop
// ending the goals it scored (and its undo opening them again), and the scores over time that the
// chart draws, read in one query that uses the indexes.

#include "TestSupport.h"

#include "domain/Validation.h"
#include "storage/Database.h"
#include "storage/EvaluationStore.h"
#include "storage/GoalStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QDate Today(2026, 11, 23);

Goal goal(qint64 familyId, const QString &description, LifeDomain domain, int startScore,
          const QDate &setOn)
{
    Goal g;
    g.familyId = familyId;
    g.description = description;
    g.domain = domain;
    g.startScore = startScore;
    g.setOn = setOn;
    return g;
}
} // namespace

class TestGoals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void addGoal_data();
    void addGoal();
    void goalsActiveFirst();
    void editGoal_data();
    void editGoal();
    void endAndReopen_data();
    void endAndReopen();
    void removeAndRestoreGoal();
    void addEvaluation();
    void evaluationRefused_data();
    void evaluationRefused();
    void evaluationIsOneTransaction();
    void stopEndsTheGoalsItScored();
    void evaluationsNewestFirst();
    void scoreHistory();
    void queriesUseTheIndexes();

private:
    // Two goals of the fixture family: rent (set 2026-03-01, start 2) and school (2026-04-01,
    // start 3); the second family gets one goal of its own. Returns the first error.
    QString addGoals();
    Evaluation evaluation(const QDate &heldOn, const QList<GoalScore> &scores,
                          Decision decision = Decision::Continue) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
    qint64 m_otherFamily = 0;
    Goal m_rent;
    Goal m_school;
    Goal m_otherGoal;
};

void TestGoals::initTestCase_data()
{
    TestSupport::engines();
}

void TestGoals::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The messages write dates as the user's language does; the expected texts are British.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestGoals::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("goals.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    auto other = FamilyStore(*m_db).add(family(QStringLiteral("Kaya"), QDate(2026, 2, 1)));
    DC_VERIFY_OK(other);
    m_otherFamily = other->id;
    QCOMPARE(addGoals(), QString());
}

void TestGoals::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestGoals::addGoals()
{
    GoalStore store(*m_db);
    auto rent = store.add(goal(m_fixture.family.id, QStringLiteral("Pays the rent on time"),
                               LifeDomain::Finances, 2, QDate(2026, 3, 1)),
                          Today);
    if (!rent)
        return rent.message();
    m_rent = rent.value();
    auto school = store.add(goal(m_fixture.family.id, QStringLiteral("Rayan goes to school daily"),
                                 LifeDomain::WorkEducation, 3, QDate(2026, 4, 1)),
                            Today);
    if (!school)
        return school.message();
    m_school = school.value();
    auto other = store.add(goal(m_otherFamily, QStringLiteral("Knows the neighbourhood team"),
                                LifeDomain::SocialNetwork, 1, QDate(2026, 3, 1)),
                           Today);
    if (!other)
        return other.message();
    m_otherGoal = other.value();
    return {};
}

Evaluation TestGoals::evaluation(const QDate &heldOn, const QList<GoalScore> &scores,
                                 Decision decision) const
{
    Evaluation e;
    e.familyId = m_fixture.family.id;
    e.heldOn = heldOn;
    e.scores = scores;
    e.helps = Helps::Partly;
    e.decision = decision;
    e.reason = QStringLiteral("The rent is paid, school attendance is still irregular.");
    return e;
}

void TestGoals::addGoal_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("startScore");
    QTest::addColumn<QDate>("setOn");
    QTest::addColumn<QDate>("endedOn");
    QTest::addColumn<QString>("problem"); // empty: accepted

    const QDate day(2026, 5, 4);
    QTest::newRow("fine") << QStringLiteral("Has a budget plan") << 2 << day << QDate()
                          << QString();
    QTest::newRow("set today") << QStringLiteral("Has a budget plan") << 5 << Today << QDate()
                               << QString();
    QTest::newRow("set on the referral day")
        << QStringLiteral("Has a budget plan") << 1 << QDate(2026, 1, 5) << QDate() << QString();
    QTest::newRow("no description")
        << QString() << 2 << day << QDate() << QStringLiteral("A goal needs a description.");
    QTest::newRow("only spaces") << QStringLiteral("   ") << 2 << day << QDate()
                                 << QStringLiteral("A goal needs a description.");
    QTest::newRow("score 0") << QStringLiteral("Has a budget plan") << 0 << day << QDate()
                             << QStringLiteral("The start score runs from 1 (acute problems) to 5 "
                                               "(fully self-reliant).");
    QTest::newRow("score 6") << QStringLiteral("Has a budget plan") << 6 << day << QDate()
                             << QStringLiteral("The start score runs from 1 (acute problems) to 5 "
                                               "(fully self-reliant).");
    QTest::newRow("no date") << QStringLiteral("Has a budget plan") << 2 << QDate() << QDate()
                             << QStringLiteral("A goal needs the date it was set.");
    QTest::newRow("tomorrow") << QStringLiteral("Has a budget plan") << 2 << Today.addDays(1)
                              << QDate()
                              << QStringLiteral("The date the goal was set lies in the future.");
    QTest::newRow("before the referral")
        << QStringLiteral("Has a budget plan") << 2 << QDate(2026, 1, 4) << QDate()
        << QStringLiteral("The goal cannot be set before the family was referred on 05/01/2026.");
    QTest::newRow("ended already")
        << QStringLiteral("Has a budget plan") << 2 << day << day.addDays(7)
        << QStringLiteral("A new goal is worked on: it cannot have an end date yet.");
}

void TestGoals::addGoal()
{
    QFETCH(QString, description);
    QFETCH(int, startScore);
    QFETCH(QDate, setOn);
    QFETCH(QDate, endedOn);
    QFETCH(QString, problem);

    Goal g = goal(m_fixture.family.id, description, LifeDomain::Housing, startScore, setOn);
    g.endedOn = endedOn;
    const QByteArray before = contentHash(*m_db);
    auto added = GoalStore(*m_db).add(g, Today);
    if (problem.isEmpty()) {
        DC_VERIFY_OK(added);
        QVERIFY(added->id > 0);
        QCOMPARE(added->familyId, m_fixture.family.id);
        QCOMPARE(added->description, description.trimmed());
        QCOMPARE(added->domain, LifeDomain::Housing);
        QCOMPARE(added->startScore, startScore);
        QCOMPARE(added->setOn, setOn);
        QVERIFY(added->endedOn.isNull());
        return;
    }
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, Error::Kind::Invalid);
    QCOMPARE(added.message(), problem);
    QCOMPARE(contentHash(*m_db), before);
}

void TestGoals::goalsActiveFirst()
{
    GoalStore store(*m_db);
    auto early = store.add(goal(m_fixture.family.id, QStringLiteral("Sleeps at regular times"),
                                LifeDomain::TimeUse, 2, QDate(2026, 2, 1)),
                           Today);
    DC_VERIFY_OK(early);
    auto later = store.add(goal(m_fixture.family.id, QStringLiteral("Sees the GP"),
                                LifeDomain::PhysicalHealth, 2, QDate(2026, 2, 15)),
                           Today);
    DC_VERIFY_OK(later);
    DC_VERIFY_OK(store.end(early->id, QDate(2026, 6, 1), Today));
    DC_VERIFY_OK(store.end(later->id, QDate(2026, 7, 1), Today));

    auto goals = store.forFamily(m_fixture.family.id);
    DC_VERIFY_OK(goals);
    QList<qint64> order;
    for (const Goal &g : goals.value())
        order << g.id;
    // Worked on, oldest first; then ended, latest ended first. Never another family's goal.
    QCOMPARE(order, (QList<qint64>{m_rent.id, m_school.id, later->id, early->id}));

    auto active = store.activeOn(m_fixture.family.id, QDate(2026, 3, 15));
    DC_VERIFY_OK(active);
    order.clear();
    for (const Goal &g : active.value())
        order << g.id;
    QCOMPARE(order, (QList<qint64>{early->id, later->id, m_rent.id}));
    // A goal ended on a day is still worked on that day.
    active = store.activeOn(m_fixture.family.id, QDate(2026, 6, 1));
    DC_VERIFY_OK(active);
    QCOMPARE(active->size(), 4);
}

void TestGoals::editGoal_data()
{
    QTest::addColumn<QDate>("setOn");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("problem");

    QTest::newRow("new text, earlier date")
        << QDate(2026, 2, 20) << QStringLiteral("Pays rent and energy on time") << QString();
    QTest::newRow("on the day of its first score")
        << QDate(2026, 6, 1) << QStringLiteral("Pays the rent on time") << QString();
    QTest::newRow("after its first score")
        << QDate(2026, 6, 2) << QStringLiteral("Pays the rent on time")
        << QStringLiteral("The goal was scored in an evaluation on 01/06/2026, so it cannot be "
                          "set after that day.");
    QTest::newRow("no description")
        << QDate(2026, 3, 1) << QString() << QStringLiteral("A goal needs a description.");
    QTest::newRow("before the referral")
        << QDate(2025, 12, 1) << QStringLiteral("Pays the rent on time")
        << QStringLiteral("The goal cannot be set before the family was referred on 05/01/2026.");
}

void TestGoals::editGoal()
{
    QFETCH(QDate, setOn);
    QFETCH(QString, description);
    QFETCH(QString, problem);
    DC_VERIFY_OK(EvaluationStore(*m_db).add(
        evaluation(QDate(2026, 6, 1), {{m_rent.id, 3}, {m_school.id, 3}}), Today));

    GoalStore store(*m_db);
    Goal changed = m_rent;
    changed.setOn = setOn;
    changed.description = description;
    changed.domain = LifeDomain::Housing;
    changed.startScore = 1;
    changed.familyId = m_otherFamily; // a goal stays with its family
    const QByteArray before = contentHash(*m_db);
    const Status updated = store.update(changed, Today);
    if (!problem.isEmpty()) {
        QVERIFY(!updated.ok());
        QCOMPARE(updated.message(), problem);
        QCOMPARE(contentHash(*m_db), before);
        return;
    }
    DC_VERIFY_OK(updated);
    auto stored = store.get(m_rent.id);
    DC_VERIFY_OK(stored);
    QCOMPARE(stored->familyId, m_fixture.family.id);
    QCOMPARE(stored->description, description);
    QCOMPARE(stored->setOn, setOn);
    QCOMPARE(stored->domain, LifeDomain::Housing);
    QCOMPARE(stored->startScore, 1);
}

void TestGoals::endAndReopen_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("problem");

    QTest::newRow("after its last score") << QDate(2026, 7, 1) << QString();
    QTest::newRow("on the day of its last score") << QDate(2026, 6, 1) << QString();
    QTest::newRow("today") << Today << QString();
    QTest::newRow("before its last score")
        << QDate(2026, 5, 31)
        << QStringLiteral("The goal was scored in an evaluation on 01/06/2026, so it cannot end "
                          "before that day.");
    QTest::newRow("before it was set")
        << QDate(2026, 2, 28)
        << QStringLiteral("The goal cannot end before the day it was set, 01/03/2026.");
    QTest::newRow("tomorrow") << Today.addDays(1)
                              << QStringLiteral("The end date of the goal lies in the future.");
    QTest::newRow("no date") << QDate()
                             << QStringLiteral("Ending a goal needs the last day it was worked "
                                               "on.");
}

void TestGoals::endAndReopen()
{
    QFETCH(QDate, day);
    QFETCH(QString, problem);
    DC_VERIFY_OK(EvaluationStore(*m_db).add(
        evaluation(QDate(2026, 6, 1), {{m_rent.id, 3}, {m_school.id, 3}}), Today));

    GoalStore store(*m_db);
    const QByteArray before = contentHash(*m_db);
    const Status ended = store.end(m_rent.id, day, Today);
    if (!problem.isEmpty()) {
        QVERIFY(!ended.ok());
        QCOMPARE(ended.message(), problem);
        QCOMPARE(contentHash(*m_db), before);
        return;
    }
    DC_VERIFY_OK(ended);
    QCOMPARE(store.get(m_rent.id)->endedOn, day);
    const Status again = store.end(m_rent.id, day, Today);
    QVERIFY(!again.ok());
    QCOMPARE(again.message(), QStringLiteral("The goal \"Pays the rent on time\" already ended on "
                                             "%1.")
                                  .arg(QLocale().toString(day, QLocale::ShortFormat)));
    DC_VERIFY_OK(store.reopen(m_rent.id));
    QCOMPARE(contentHash(*m_db), before);
    QVERIFY(!store.reopen(m_rent.id).ok());
}

void TestGoals::removeAndRestoreGoal()
{
    GoalStore store(*m_db);
    const QByteArray withGoals = contentHash(*m_db);
    auto added = store.add(goal(m_fixture.family.id, QStringLiteral("Has a GP"),
                                LifeDomain::PhysicalHealth, 3, QDate(2026, 5, 1)),
                           Today);
    DC_VERIFY_OK(added);
    const QByteArray withNew = contentHash(*m_db);
    DC_VERIFY_OK(store.remove(added->id));
    QCOMPARE(contentHash(*m_db), withGoals);
    DC_VERIFY_OK(store.restore(added.value(), Today));
    QCOMPARE(contentHash(*m_db), withNew);
    QVERIFY(!store.restore(added.value(), Today).ok()); // its number is taken

    // Once scored, a goal is part of the record: only ending it is left.
    DC_VERIFY_OK(EvaluationStore(*m_db).add(
        evaluation(QDate(2026, 6, 1), {{m_rent.id, 3}, {m_school.id, 3}, {added->id, 4}}), Today));
    const Status refused = store.remove(added->id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.message(), QStringLiteral("The goal \"Has a GP\" cannot be removed: an "
                                               "evaluation scored it or a visit report worked on "
                                               "it."));
    QVERIFY(store.get(added->id).ok());
}

void TestGoals::addEvaluation()
{
    EvaluationStore store(*m_db);
    Evaluation e = evaluation(QDate(2026, 6, 1), {{m_school.id, 2}, {m_rent.id, 4}});
    e.reason = QStringLiteral("  The rent is paid.  ");
    auto added = store.add(e, Today);
    DC_VERIFY_OK(added);
    QVERIFY(added->endedGoalIds.isEmpty());
    auto stored = store.get(added->id);
    DC_VERIFY_OK(stored);
    QCOMPARE(stored->familyId, m_fixture.family.id);
    QCOMPARE(stored->heldOn, QDate(2026, 6, 1));
    QCOMPARE(stored->helps, Helps::Partly);
    QCOMPARE(stored->decision, Decision::Continue);
    QCOMPARE(stored->reason, QStringLiteral("The rent is paid."));
    QCOMPARE(stored->scores.size(), 2);
    QCOMPARE(stored->scores.at(0).goalId, m_rent.id); // by goal id
    QCOMPARE(stored->scores.at(0).score, 4);
    QCOMPARE(stored->scores.at(1).goalId, m_school.id);
    QCOMPARE(stored->scores.at(1).score, 2);

    // Before the school goal was set only the rent goal is scored; after it ended neither
    // counts it.
    DC_VERIFY_OK(store.add(evaluation(QDate(2026, 3, 20), {{m_rent.id, 2}}), Today));
    DC_VERIFY_OK(GoalStore(*m_db).end(m_school.id, QDate(2026, 7, 1), Today));
    DC_VERIFY_OK(store.add(evaluation(QDate(2026, 7, 2), {{m_rent.id, 5}}), Today));
    DC_VERIFY_OK(
        store.add(evaluation(QDate(2026, 7, 1), {{m_rent.id, 5}, {m_school.id, 3}}), Today));
    QCOMPARE(rowCount(*m_db, QStringLiteral("evaluations")), 4);
    QCOMPARE(rowCount(*m_db, QStringLiteral("evaluation_scores")), 6);
}

void TestGoals::evaluationRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem");

    QTest::newRow("a goal without a score")
        << QStringLiteral("missing")
        << QStringLiteral("The goal \"Rayan goes to school daily\" "
                          "needs a score.");
    QTest::newRow("no scores at all")
        << QStringLiteral("none")
        << QStringLiteral("The goal \"Pays the rent on time\" needs a "
                          "score.");
    QTest::newRow("another family's goal") << QStringLiteral("other family")
                                           << QStringLiteral("Goal number %1 is not a goal of this "
                                                             "family.");
    QTest::newRow("a goal set later")
        << QStringLiteral("set later")
        << QStringLiteral("The goal \"Rayan goes to school daily\" was set after 20/03/2026 and "
                          "cannot be scored in this evaluation.");
    QTest::newRow("an ended goal")
        << QStringLiteral("ended")
        << QStringLiteral("The goal \"Rayan goes to school daily\" ended "
                          "on 01/05/2026 and cannot be scored in this "
                          "evaluation.");
    QTest::newRow("two scores for one goal")
        << QStringLiteral("twice")
        << QStringLiteral("The goal \"Pays the rent on time\" has two "
                          "scores.");
    QTest::newRow("score 0") << QStringLiteral("score 0")
                             << QStringLiteral("The score of the goal \"Pays the rent on time\" "
                                               "runs from 1 (acute problems) to 5 (fully "
                                               "self-reliant), not 0.");
    QTest::newRow("score 6") << QStringLiteral("score 6")
                             << QStringLiteral("The score of the goal \"Rayan goes to school "
                                               "daily\" runs from 1 (acute problems) to 5 (fully "
                                               "self-reliant), not 6.");
    QTest::newRow("no reason") << QStringLiteral("no reason")
                               << QStringLiteral("An evaluation needs a reason for its decision.");
    QTest::newRow("no date") << QStringLiteral("no date")
                             << QStringLiteral("An evaluation needs the date it was held.");
    QTest::newRow("tomorrow") << QStringLiteral("tomorrow")
                              << QStringLiteral("The date of the evaluation lies in the future.");
    QTest::newRow("before any goal")
        << QStringLiteral("no goals")
        << QStringLiteral("The family had no goals on 15/02/2026: an evaluation scores the goals, "
                          "so add a goal first.");
    QTest::newRow("a second one that day")
        << QStringLiteral("same day")
        << QStringLiteral("The family already has an evaluation on 01/06/2026.");
    QTest::newRow("an unknown family")
        << QStringLiteral("no family") << QStringLiteral("There is no family with number 999.");
}

void TestGoals::evaluationRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    EvaluationStore store(*m_db);
    const QDate day(2026, 6, 1);
    Evaluation e = evaluation(day, {{m_rent.id, 3}, {m_school.id, 3}});
    if (kind == QLatin1String("missing"))
        e.scores = {{m_rent.id, 3}};
    else if (kind == QLatin1String("none"))
        e.scores.clear();
    else if (kind == QLatin1String("other family"))
        e.scores << GoalScore{m_otherGoal.id, 2};
    else if (kind == QLatin1String("set later"))
        e.heldOn = QDate(2026, 3, 20);
    else if (kind == QLatin1String("ended"))
        DC_VERIFY_OK(GoalStore(*m_db).end(m_school.id, QDate(2026, 5, 1), Today));
    else if (kind == QLatin1String("twice"))
        e.scores << GoalScore{m_rent.id, 4};
    else if (kind == QLatin1String("score 0"))
        e.scores[0].score = 0;
    else if (kind == QLatin1String("score 6"))
        e.scores[1].score = 6;
    else if (kind == QLatin1String("no reason"))
        e.reason = QStringLiteral(" ");
    else if (kind == QLatin1String("no date"))
        e.heldOn = QDate();
    else if (kind == QLatin1String("tomorrow"))
        e.heldOn = Today.addDays(1);
    else if (kind == QLatin1String("no goals"))
        e.heldOn = QDate(2026, 2, 15);
    else if (kind == QLatin1String("same day"))
        DC_VERIFY_OK(store.add(e, Today));
    else if (kind == QLatin1String("no family"))
        e.familyId = 999;

    const QByteArray before = contentHash(*m_db);
    auto added = store.add(e, Today);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, Error::Kind::Invalid);
    if (problem.contains(QLatin1String("%1")))
        problem = problem.arg(m_otherGoal.id);
    QCOMPARE(added.message(), problem);
    QCOMPARE(contentHash(*m_db), before);
}

void TestGoals::evaluationIsOneTransaction()
{
    // The database refuses the second score half-way through the writing (as a full disk or a
    // lock would): the evaluation row and the first score, already written, must go too.
    QCOMPARE(refuseInserts(*m_db, QStringLiteral("evaluation_scores"),
                           QStringLiteral("NEW.goal_id = %1").arg(m_school.id)),
             QString());
    const QByteArray before = contentHash(*m_db);
    EvaluationStore store(*m_db);
    auto added = store.add(
        evaluation(QDate(2026, 6, 1), {{m_rent.id, 3}, {m_school.id, 3}}, Decision::Stop), Today);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, Error::Kind::Storage);
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(rowCount(*m_db, QStringLiteral("evaluations")), 0);
    QCOMPARE(rowCount(*m_db, QStringLiteral("evaluation_scores")), 0);
    QVERIFY(GoalStore(*m_db).get(m_rent.id)->endedOn.isNull());
}

void TestGoals::stopEndsTheGoalsItScored()
{
    GoalStore goals(*m_db);
    EvaluationStore store(*m_db);
    // The school goal has an end date of its own, later than the evaluation: it keeps it.
    DC_VERIFY_OK(goals.end(m_school.id, QDate(2026, 8, 1), Today));
    const QByteArray before = contentHash(*m_db);
    const Evaluation e =
        evaluation(QDate(2026, 6, 1), {{m_rent.id, 3}, {m_school.id, 3}}, Decision::Stop);
    auto added = store.add(e, Today);
    DC_VERIFY_OK(added);
    QCOMPARE(added->endedGoalIds, QList<qint64>{m_rent.id});
    QCOMPARE(goals.get(m_rent.id)->endedOn, QDate(2026, 6, 1));
    QCOMPARE(goals.get(m_school.id)->endedOn, QDate(2026, 8, 1));
    QCOMPARE(goals.get(m_otherGoal.id)->endedOn, QDate()); // another family's support goes on
    const QByteArray after = contentHash(*m_db);

    // Undo: the evaluation goes, the goal it ended is worked on again; redo: all as it was.
    DC_VERIFY_OK(store.remove(added->id, added->endedGoalIds));
    QCOMPARE(contentHash(*m_db), before);
    Evaluation again = e;
    again.id = added->id;
    auto restored = store.restore(again, Today);
    DC_VERIFY_OK(restored);
    QCOMPARE(restored->id, added->id);
    QCOMPARE(restored->endedGoalIds, added->endedGoalIds);
    QCOMPARE(contentHash(*m_db), after);

    // The goal was ended again by hand in the meantime: the undo says so and changes nothing.
    DC_VERIFY_OK(goals.reopen(m_rent.id));
    DC_VERIFY_OK(goals.end(m_rent.id, QDate(2026, 9, 1), Today));
    const QByteArray changed = contentHash(*m_db);
    QVERIFY(!store.remove(added->id, added->endedGoalIds).ok());
    QCOMPARE(contentHash(*m_db), changed);
}

void TestGoals::evaluationsNewestFirst()
{
    EvaluationStore store(*m_db);
    auto first =
        store.add(evaluation(QDate(2026, 5, 1), {{m_rent.id, 2}, {m_school.id, 3}}), Today);
    auto second = store.add(
        evaluation(QDate(2026, 8, 1), {{m_rent.id, 4}, {m_school.id, 3}}, Decision::Adjust), Today);
    auto third =
        store.add(evaluation(QDate(2026, 6, 15), {{m_rent.id, 3}, {m_school.id, 2}}), Today);
    DC_VERIFY_OK(first);
    DC_VERIFY_OK(second);
    DC_VERIFY_OK(third);
    Evaluation other;
    other.familyId = m_otherFamily;
    other.heldOn = QDate(2026, 9, 1);
    other.scores = {{m_otherGoal.id, 2}};
    other.reason = QStringLiteral("Still hard to reach.");
    DC_VERIFY_OK(store.add(other, Today));

    auto all = store.forFamily(m_fixture.family.id);
    DC_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, second->id);
    QCOMPARE(all->at(1).id, third->id);
    QCOMPARE(all->at(2).id, first->id);
    QCOMPARE(all->at(0).decision, Decision::Adjust);
    QCOMPARE(all->at(1).scores.size(), 2);
    QCOMPARE(all->at(1).scores.at(1).score, 2);
    QCOMPARE(all->at(2).scores.at(0).score, 2);

    auto latest = store.forFamily(m_fixture.family.id, 1);
    DC_VERIFY_OK(latest);
    QCOMPARE(latest->size(), 1);
    QCOMPARE(latest->at(0).id, second->id);
    QCOMPARE(latest->at(0).scores.size(), 2);
    QCOMPARE(latest->at(0).scores.at(0).score, 4);
}

void TestGoals::scoreHistory()
{
    EvaluationStore store(*m_db);
    DC_VERIFY_OK(store.add(evaluation(QDate(2026, 3, 20), {{m_rent.id, 2}}), Today));
    auto june = store.add(evaluation(QDate(2026, 6, 1), {{m_rent.id, 4}, {m_school.id, 2}}), Today);
    DC_VERIFY_OK(june);
    DC_VERIFY_OK(
        store.add(evaluation(QDate(2026, 4, 1), {{m_rent.id, 3}, {m_school.id, 4}}), Today));
    auto hasGp = GoalStore(*m_db).add(goal(m_fixture.family.id, QStringLiteral("Has a GP"),
                                           LifeDomain::PhysicalHealth, 1, QDate(2026, 10, 1)),
                                      Today);
    DC_VERIFY_OK(hasGp);

    int statements = 0;
    m_db->setStatementObserver(
        [&statements](const QString &, const QVariantList &) { ++statements; });
    auto history = store.history(m_fixture.family.id);
    m_db->setStatementObserver({});
    DC_VERIFY_OK(history);
    QCOMPARE(statements, 1);

    auto dates = [](const QList<ScorePoint> &points) {
        QList<QDate> result;
        for (const ScorePoint &p : points)
            result << p.on;
        return result;
    };
    auto scores = [](const QList<ScorePoint> &points) {
        QList<int> result;
        for (const ScorePoint &p : points)
            result << p.score;
        return result;
    };
    QCOMPARE(history->size(), 3); // the other family's goal is not among them
    const QList<ScorePoint> rent = history->value(m_rent.id);
    QCOMPARE(dates(rent), (QList<QDate>{QDate(2026, 3, 1), QDate(2026, 3, 20), QDate(2026, 4, 1),
                                        QDate(2026, 6, 1)}));
    QCOMPARE(scores(rent), (QList<int>{2, 2, 3, 4}));
    QCOMPARE(rent.first().evaluationId, 0); // the start
    QCOMPARE(rent.last().evaluationId, june->id);
    // Start and first score on one day: the start comes first.
    const QList<ScorePoint> school = history->value(m_school.id);
    QCOMPARE(dates(school),
             (QList<QDate>{QDate(2026, 4, 1), QDate(2026, 4, 1), QDate(2026, 6, 1)}));
    QCOMPARE(scores(school), (QList<int>{3, 4, 2}));
    QCOMPARE(school.at(0).evaluationId, 0);
    QCOMPARE(scores(history->value(hasGp->id)), QList<int>{1});
}

void TestGoals::queriesUseTheIndexes()
{
    if (TestSupport::onServer())
        QSKIP("SQLite's query plans; the server's are core.TestQueryPlans' (issue 19).");
    DC_VERIFY_OK(EvaluationStore(*m_db).add(
        evaluation(QDate(2026, 6, 1), {{m_rent.id, 3}, {m_school.id, 3}}), Today));
    struct Recorded
    {
        QString sql;
        QVariantList binds;
    };
    QList<Recorded> recorded;
    m_db->setStatementObserver([&recorded](const QString &sql, const QVariantList &binds) {
        recorded.append({sql, binds});
    });
    EvaluationStore evaluations(*m_db);
    GoalStore goals(*m_db);
    DC_VERIFY_OK(evaluations.history(m_fixture.family.id));
    DC_VERIFY_OK(evaluations.forFamily(m_fixture.family.id, 1));
    DC_VERIFY_OK(goals.forFamily(m_fixture.family.id));
    DC_VERIFY_OK(goals.activeOn(m_fixture.family.id, Today));
    DC_VERIFY_OK(goals.end(m_rent.id, Today, Today));
    m_db->setStatementObserver({});
    QVERIFY(recorded.size() >= 6);

    // Every table of goals and evaluations grows with the years: each read goes through an
    // index (SEARCH), never a SCAN of a whole table.
    for (const Recorded &statement : std::as_const(recorded)) {
        if (!statement.sql.startsWith(QLatin1String("SELECT")))
            continue;
        QSqlQuery explain(m_db->connection());
        QVERIFY(explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql));
        for (int i = 0; i < statement.binds.size(); ++i)
            explain.bindValue(i, statement.binds.at(i));
        QVERIFY2(explain.exec(), qPrintable(explain.lastError().text()));
        while (explain.next()) {
            const QString detail = explain.value(3).toString();
            QVERIFY2(!detail.startsWith(QLatin1String("SCAN ")),
                     qPrintable(detail + QStringLiteral(" in ") + statement.sql));
        }
    }
}

QTEST_GUILESS_MAIN(TestGoals)
#include "TestGoals.moc"
