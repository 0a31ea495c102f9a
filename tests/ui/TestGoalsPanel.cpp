// The Goals section of the family page as a coach uses it: adding a goal and evaluating through
// the real forms (checked as they are filled in, the two questions never answered for the
// coach), each goal's chart following every step with the right points, a decision to stop
// ending the goals, ending and reopening a goal, and every step taken back and redone with the
// database exactly as before and after.

#include "FamilyDetailPane.h"
#include "FamilyPage.h"
#include "GoalChart.h"
#include "GoalsPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/EvaluationDialog.h"
#include "dialogs/GoalDialog.h"
#include "dialogs/ScoreBox.h"
#include "services/ChangeNotifier.h"
#include "storage/EvaluationStore.h"
#include "storage/GoalStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QUndoStack>

using namespace TestSupport;

class TestGoalsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addGoalThroughTheForm();
    void evaluateThroughTheForm();
    void evaluationListsTheGoalsOfItsDay();
    void stopEndsTheGoals();
    void secondEvaluationOnADayIsRefusedAsYouType();
    void endReopenAndCorrectAGoal();
    void familyPageShowsTheGoals();

private:
    // A goal added through the façade, set `daysAgo` days before today.
    qint64 addGoal(const QString &description, LifeDomain domain, int score, int daysAgo);
    // The scores of a goal's chart, left to right.
    QList<int> chartScores(qint64 goalId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<EditCommands> m_commands;
    std::unique_ptr<GoalsPanel> m_panel;
    qint64 m_family = 0;
    const QDate m_today = QDate::currentDate();
};

void TestGoalsPanel::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestGoalsPanel::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("goals.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    // Referred well over a year ago, whatever day the suite runs on.
    auto family = FamilyStore(*m_db).add(
        TestSupport::family(QStringLiteral("Bouzid"), m_today.addDays(-400)));
    DC_VERIFY_OK(family);
    m_family = family->id;
    m_notifier = std::make_unique<ChangeNotifier>();
    m_commands = std::make_unique<EditCommands>(*m_db, m_notifier.get());
    m_panel = std::make_unique<GoalsPanel>(*m_db);
    m_panel->setCommands(m_commands.get());
    QVERIFY(m_panel->showFamily(m_family, QStringLiteral("Bouzid")));
    m_panel->resize(600, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestGoalsPanel::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_panel.reset();
    m_commands.reset();
    m_notifier.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestGoalsPanel::addGoal(const QString &description, LifeDomain domain, int score,
                               int daysAgo)
{
    Goal goal;
    goal.familyId = m_family;
    goal.description = description;
    goal.domain = domain;
    goal.startScore = score;
    goal.setOn = m_today.addDays(-daysAgo);
    auto id = m_commands->addGoal(goal);
    return id ? id.value() : 0;
}

QList<int> TestGoalsPanel::chartScores(qint64 goalId) const
{
    QList<int> scores;
    GoalChart *chart = m_panel->chartOf(goalId);
    if (!chart)
        return scores;
    for (const QPointF &point : chart->series()->points())
        scores << qRound(point.y());
    return scores;
}

void TestGoalsPanel::addGoalThroughTheForm()
{
    QVERIFY(m_panel->goalIds().isEmpty());
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("noGoals"))->isVisible());
    QVERIFY(!m_panel->evaluateButton()->isEnabled()); // nothing to score yet
    const QByteArray before = contentHash(*m_db);

    QTest::mouseClick(m_panel->addGoalButton(), Qt::LeftButton);
    auto *dialog = UiTestSupport::waitForDialog<GoalDialog>(m_panel.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(), QStringLiteral("A goal needs a description."));
    dialog->domainField()->setCurrentIndex(
        dialog->domainField()->findData(int(LifeDomain::Housing)));
    QTest::keyClicks(dialog->descriptionField(), QStringLiteral("Has a home of their own"));
    // The score is chosen, never assumed.
    QCOMPARE(dialog->problemText(),
             QStringLiteral("Choose the score the family starts from on this goal."));
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->scoreField()->currentText(), QString());
    dialog->scoreField()->setScore(2);
    QCOMPARE(dialog->scoreField()->currentText(), QStringLiteral("2 – not self-reliant"));
    dialog->setOnField()->setDate(m_today.addDays(-30));
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(), QString());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<GoalDialog *>());

    // The panel followed through the notifier: one goal, its chart one point, the start.
    QCOMPARE(m_panel->goalIds().size(), 1);
    const qint64 goalId = m_panel->goalIds().constFirst();
    auto stored = GoalStore(*m_db).get(goalId);
    DC_VERIFY_OK(stored);
    QCOMPARE(stored->description, QStringLiteral("Has a home of their own"));
    QCOMPARE(stored->domain, LifeDomain::Housing);
    QCOMPARE(stored->setOn, m_today.addDays(-30));
    QCOMPARE(chartScores(goalId), QList<int>{2});
    QVERIFY(m_panel->evaluateButton()->isEnabled());
    QVERIFY(!m_panel->findChild<QLabel *>(QStringLiteral("noGoals"))->isVisible());
    const QByteArray after = contentHash(*m_db);

    QCOMPARE(m_commands->undoStack()->count(), 1);
    m_commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_db), before);
    QVERIFY(m_panel->goalIds().isEmpty());
    QVERIFY(!m_panel->evaluateButton()->isEnabled());
    m_commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_db), after);
    QCOMPARE(m_panel->goalIds(), QList<qint64>{goalId}); // back with its own id
}

void TestGoalsPanel::evaluateThroughTheForm()
{
    const qint64 rent =
        addGoal(QStringLiteral("Pays the rent on time"), LifeDomain::Finances, 2, 90);
    const qint64 school =
        addGoal(QStringLiteral("Rayan goes to school daily"), LifeDomain::WorkEducation, 3, 60);
    QVERIFY(rent > 0 && school > 0);
    QCOMPARE(m_panel->goalIds(), (QList<qint64>{rent, school}));
    auto *latest = m_panel->latestEvaluation();
    QVERIFY(latest->text().contains(QStringLiteral("No interim evaluation yet")));
    const QByteArray before = contentHash(*m_db);

    QTest::mouseClick(m_panel->evaluateButton(), Qt::LeftButton);
    auto *dialog = UiTestSupport::waitForDialog<EvaluationDialog>(m_panel.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->dateField()->date(), m_today);
    QCOMPARE(dialog->goals().size(), 2);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(), QStringLiteral("The goal \"Pays the rent on time\" needs a "
                                                   "score."));
    dialog->scoreField(rent)->setScore(4);
    QCOMPARE(dialog->problemText(), QStringLiteral("The goal \"Rayan goes to school daily\" needs "
                                                   "a score."));
    dialog->scoreField(school)->setScore(2);
    // Neither question is answered for the coach.
    QCOMPARE(dialog->problemText(),
             QStringLiteral("Choose whether the support helps: yes, partly or no."));
    QTest::mouseClick(dialog->helpsButton(Helps::Partly), Qt::LeftButton);
    QCOMPARE(dialog->problemText(),
             QStringLiteral("Choose the decision: continue, adjust or stop."));
    QTest::mouseClick(dialog->decisionButton(Decision::Adjust), Qt::LeftButton);
    QCOMPARE(dialog->problemText(),
             QStringLiteral("An evaluation needs a reason for its decision."));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("stopNote"))->isVisible());
    QTest::keyClicks(dialog->reasonField(),
                     QStringLiteral("Rent is paid; school needs a new plan."));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<EvaluationDialog *>());

    // Each chart gained its evaluation point; the latest evaluation says what was decided.
    QCOMPARE(chartScores(rent), (QList<int>{2, 4}));
    QCOMPARE(chartScores(school), (QList<int>{3, 2}));
    QCOMPARE(m_panel->chartOf(rent)->points().constLast().on, m_today);
    QVERIFY(latest->text().contains(QStringLiteral("Partly")));
    QVERIFY(latest->text().contains(QStringLiteral("Adjust")));
    QVERIFY(latest->text().contains(QStringLiteral("Rent is paid; school needs a new plan.")));
    auto evaluations = EvaluationStore(*m_db).forFamily(m_family);
    DC_VERIFY_OK(evaluations);
    QCOMPARE(evaluations->size(), 1);
    QCOMPARE(evaluations->constFirst().helps, Helps::Partly);
    QCOMPARE(evaluations->constFirst().decision, Decision::Adjust);
    const QByteArray after = contentHash(*m_db);

    m_commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(chartScores(rent), QList<int>{2});
    QVERIFY(latest->text().contains(QStringLiteral("No interim evaluation yet")));
    m_commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_db), after);
    QCOMPARE(chartScores(school), (QList<int>{3, 2}));
}

void TestGoalsPanel::evaluationListsTheGoalsOfItsDay()
{
    const qint64 rent =
        addGoal(QStringLiteral("Pays the rent on time"), LifeDomain::Finances, 2, 90);
    const qint64 school =
        addGoal(QStringLiteral("Rayan goes to school daily"), LifeDomain::WorkEducation, 3, 20);
    m_panel->evaluate();
    auto *dialog = UiTestSupport::waitForDialog<EvaluationDialog>(m_panel.get());
    QVERIFY(dialog);
    dialog->scoreField(rent)->setScore(3);
    // A month ago the school goal had not been set: only the rent goal is scored then.
    dialog->dateField()->setDate(m_today.addDays(-30));
    QCOMPARE(dialog->goals().size(), 1);
    QVERIFY(!dialog->scoreField(school));
    QCOMPARE(dialog->scoreField(rent)->score(), 3); // what was chosen stays
    // Before any goal there is nothing to evaluate.
    dialog->dateField()->setDate(m_today.addDays(-100));
    QVERIFY(dialog->goals().isEmpty());
    QVERIFY(dialog->problemText().startsWith(QStringLiteral("The family had no goals on ")));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->dateField()->setDate(m_today);
    QCOMPARE(dialog->goals().size(), 2);
    QCOMPARE(dialog->scoreField(rent)->score(), 3);
    QCOMPARE(dialog->scoreField(school)->score(), 0);
    // Changed and closed: "Discard changes?" is answered (issue 13.4).
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    QCOMPARE(m_commands->undoStack()->count(), 2); // the two goals, no evaluation
}

void TestGoalsPanel::stopEndsTheGoals()
{
    const qint64 rent =
        addGoal(QStringLiteral("Pays the rent on time"), LifeDomain::Finances, 2, 90);
    const qint64 school =
        addGoal(QStringLiteral("Rayan goes to school daily"), LifeDomain::WorkEducation, 3, 60);
    const QByteArray before = contentHash(*m_db);
    m_panel->evaluate();
    auto *dialog = UiTestSupport::waitForDialog<EvaluationDialog>(m_panel.get());
    QVERIFY(dialog);
    dialog->scoreField(rent)->setScore(2);
    dialog->scoreField(school)->setScore(3);
    QTest::mouseClick(dialog->helpsButton(Helps::No), Qt::LeftButton);
    QTest::mouseClick(dialog->decisionButton(Decision::Stop), Qt::LeftButton);
    // Before saving, the form says what stopping does and does not do.
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("stopNote"))->isVisible());
    QTest::keyClicks(dialog->reasonField(),
                     QStringLiteral("The family is referred to specialised care."));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<EvaluationDialog *>());

    GoalStore goals(*m_db);
    QCOMPARE(goals.get(rent)->endedOn, m_today);
    QCOMPARE(goals.get(school)->endedOn, m_today);
    // Ended, not gone: both still shown with their whole line.
    QCOMPARE(m_panel->goalIds().size(), 2);
    QCOMPARE(chartScores(rent), (QList<int>{2, 2}));
    QVERIFY(m_panel->title().contains(QStringLiteral("2 ended")));
    QVERIFY(m_panel->latestEvaluation()->text().contains(QStringLiteral("Stop")));

    m_commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_db), before);
    QVERIFY(goals.get(rent)->endedOn.isNull());
    QCOMPARE(m_panel->title(), QStringLiteral("Goals (2)"));
}

void TestGoalsPanel::secondEvaluationOnADayIsRefusedAsYouType()
{
    const qint64 rent =
        addGoal(QStringLiteral("Pays the rent on time"), LifeDomain::Finances, 2, 90);
    Evaluation e;
    e.familyId = m_family;
    e.heldOn = m_today;
    e.scores = {{rent, 3}};
    e.reason = QStringLiteral("Going well.");
    DC_VERIFY_OK(m_commands->addEvaluation(e));
    m_panel->evaluate();
    auto *dialog = UiTestSupport::waitForDialog<EvaluationDialog>(m_panel.get());
    QVERIFY(dialog);
    QVERIFY(dialog->problemText().startsWith(QStringLiteral("The family already has an "
                                                            "evaluation on ")));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->dateField()->setDate(m_today.addDays(-1));
    QCOMPARE(dialog->problemText(), QStringLiteral("The goal \"Pays the rent on time\" needs a "
                                                   "score."));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
}

void TestGoalsPanel::endReopenAndCorrectAGoal()
{
    const qint64 rent =
        addGoal(QStringLiteral("Pays the rent on time"), LifeDomain::Finances, 2, 90);
    const QByteArray before = contentHash(*m_db);

    // Ending: the same form, only the last day can be chosen.
    m_panel->endGoal(rent);
    auto *ending = UiTestSupport::waitForDialog<GoalDialog>(m_panel.get());
    QVERIFY(ending);
    QVERIFY(!ending->descriptionField()->isEnabled());
    QVERIFY(ending->endedOnField()->isVisible());
    ending->endedOnField()->setDate(m_today.addDays(-5));
    QTest::mouseClick(ending->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<GoalDialog *>());
    QCOMPARE(GoalStore(*m_db).get(rent)->endedOn, m_today.addDays(-5));
    QVERIFY(!m_panel->evaluateButton()->isEnabled()); // no goal is worked on now
    const QByteArray ended = contentHash(*m_db);

    m_panel->reopenGoal(rent);
    QVERIFY(GoalStore(*m_db).get(rent)->endedOn.isNull());
    QVERIFY(m_panel->evaluateButton()->isEnabled());

    // Correcting: a double click on the goal opens it filled in.
    QWidget *row = m_panel->rowOf(rent);
    QVERIFY(row);
    QTest::mouseDClick(row, Qt::LeftButton, {}, QPoint(10, 10));
    auto *editing = UiTestSupport::waitForDialog<GoalDialog>(m_panel.get());
    QVERIFY(editing);
    QCOMPARE(editing->descriptionField()->text(), QStringLiteral("Pays the rent on time"));
    QCOMPARE(editing->scoreField()->score(), 2);
    editing->descriptionField()->selectAll();
    QTest::keyClicks(editing->descriptionField(), QStringLiteral("Pays rent and energy on time"));
    QTest::mouseClick(editing->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_panel->findChild<GoalDialog *>());
    QCOMPARE(GoalStore(*m_db).get(rent)->description,
             QStringLiteral("Pays rent and energy on time"));
    QVERIFY(row->findChild<QLabel *>()->text().contains(QStringLiteral("Pays rent and energy")));

    // Three steps back: corrected, reopened, ended.
    QUndoStack *stack = m_commands->undoStack();
    stack->undo();
    stack->undo();
    QCOMPARE(contentHash(*m_db), ended);
    stack->undo();
    QCOMPARE(contentHash(*m_db), before);
    stack->redo();
    stack->redo();
    stack->redo();
    QCOMPARE(GoalStore(*m_db).get(rent)->description,
             QStringLiteral("Pays rent and energy on time"));
    QVERIFY(GoalStore(*m_db).get(rent)->endedOn.isNull());
}

void TestGoalsPanel::familyPageShowsTheGoals()
{
    // The section inside the real window: the family page's pane embeds it and keeps it current.
    const qint64 rent =
        addGoal(QStringLiteral("Pays the rent on time"), LifeDomain::Finances, 2, 90);
    QVERIFY(rent > 0);
    m_panel.reset();
    m_commands.reset();
    m_notifier.reset();
    MainWindow window(std::move(m_db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Workspace *workspace = window.workspace();
    workspace->showFamily(m_family);
    GoalsPanel *panel = workspace->familyPage()->detailPane()->goalsPanel();
    QCOMPARE(panel->familyId(), m_family);
    QCOMPARE(panel->goalIds(), QList<qint64>{rent});
    QVERIFY(panel->addGoalButton()->isVisible());
    QVERIFY(panel->isVisibleTo(workspace->familyPage()));

    Goal second;
    second.familyId = m_family;
    second.description = QStringLiteral("Knows the neighbourhood team");
    second.domain = LifeDomain::SocialNetwork;
    second.startScore = 1;
    second.setOn = m_today;
    auto added = workspace->commands()->addGoal(second);
    DC_VERIFY_OK(added);
    QCOMPARE(panel->goalIds(), (QList<qint64>{rent, added.value()}));
    workspace->commands()->undoStack()->undo();
    QCOMPARE(panel->goalIds(), QList<qint64>{rent});
}

QTEST_MAIN(TestGoalsPanel)
#include "TestGoalsPanel.moc"
