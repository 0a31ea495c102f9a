// A duo coach's week, only through the main window, as a new user would take it: working as the
// trusted person, "My week" from the side bar; last week planned by double-clicking three empty
// slots and a weekly series of four from next week; a visit opened from the planner and marked
// done with its report and a follow-up action; a goal and an interim evaluation on the family
// page; Today listing the follow-up; and the weeks exported through File > Export to Calendar
// into an .ics file that holds every visit, in Amsterdam time, without the family's name.

#include "FamilyDetailPane.h"
#include "FamilyPage.h"
#include "GoalsPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "WeekPlannerPage.h"
#include "WeekView.h"
#include "Workspace.h"
#include "dialogs/CalendarExportDialog.h"
#include "dialogs/EvaluationDialog.h"
#include "dialogs/GoalDialog.h"
#include "dialogs/PlanVisitDialog.h"
#include "dialogs/ScoreBox.h"
#include "dialogs/VisitReportDialog.h"
#include "storage/EvaluationStore.h"
#include "storage/FollowUpStore.h"
#include "storage/VisitStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace TestSupport;

class TestCoachJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aWeekOfACoach();

private:
    template <typename Dialog> Dialog *waitForDialog(QObject *parent);
    // A real double-click where the planner draws `time`; returns the form it opened, if any.
    PlanVisitDialog *planAt(const QDateTime &time);
    void doubleClickPlanner(const QPoint &point);
    QList<Visit> visits() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Fixture m_fixture;
};

void TestCoachJourney::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    UiTestSupport::failOnWarnings();
}

template <typename Dialog> Dialog *TestCoachJourney::waitForDialog(QObject *parent)
{
    Dialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] {
        dialog = parent->findChild<Dialog *>();
        return dialog && dialog->isVisible();
    });
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void TestCoachJourney::doubleClickPlanner(const QPoint &point)
{
    WeekView *view = m_window->workspace()->weekPlannerPage()->view();
    QTest::mouseDClick(m_window->windowHandle(), Qt::LeftButton, Qt::NoModifier,
                       view->viewport()->mapTo(m_window.get(), point));
}

PlanVisitDialog *TestCoachJourney::planAt(const QDateTime &time)
{
    WeekView *view = m_window->workspace()->weekPlannerPage()->view();
    view->scrollToTime(time.time().addSecs(-3600));
    const QPoint point = view->pointAt(time);
    if (point.isNull() || !view->viewport()->rect().contains(point))
        return nullptr;
    doubleClickPlanner(point);
    return waitForDialog<PlanVisitDialog>(m_window->workspace()->weekPlannerPage());
}

QList<Visit> TestCoachJourney::visits() const
{
    auto all = VisitStore(m_window->database()).page(VisitFilter(), std::nullopt, 1000);
    return all ? all.value() : QList<Visit>();
}

void TestCoachJourney::aWeekOfACoach()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("coach.sqlite")));
    DC_VERIFY_OK(db);
    QCOMPARE(makeFixture(*db.value(), &m_fixture), QString());
    CurrentUser me;
    me.kind = CurrentUser::Kind::Worker;
    me.workerId = m_fixture.trustedA;
    me.name = WorkerStore(*db.value()).get(m_fixture.trustedA)->name;
    CurrentUser::save(*db.value(), me); // chosen before: the window does not ask
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    Workspace *workspace = m_window->workspace();
    QCOMPARE(workspace->currentUser().workerId, m_fixture.trustedA);

    // My week, from the side bar: the week of the trusted person who works.
    QListWidget *navigation = workspace->navigation();
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(Workspace::Week)).center());
    QTRY_COMPARE(workspace->currentPage(), Workspace::Week);
    WeekPlannerPage *planner = workspace->weekPlannerPage();
    QCOMPARE(planner->subject(), WeekPlannerPage::Subject::Worker);
    QCOMPARE(planner->subjectId(), m_fixture.trustedA);

    // Last week: Monday, Wednesday and Friday at ten, each by a double-click on the empty slot.
    planner->previousWeek();
    const QDate monday = planner->weekStart();
    for (int day : {0, 2, 4}) {
        const QDateTime slot(monday.addDays(day), QTime(10, 0));
        PlanVisitDialog *dialog = planAt(slot);
        QVERIFY2(dialog, qPrintable(slot.toString(Qt::ISODate)));
        QCOMPARE(dialog->dateField()->date(), slot.date());
        QCOMPARE(dialog->timeField()->time(), QTime(10, 0));
        QCOMPARE(dialog->familyField()->currentData().toLongLong(), m_fixture.family.id);
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!planner->findChild<PlanVisitDialog *>() ||
                    !planner->findChild<PlanVisitDialog *>()->isVisible());
    }
    QTRY_COMPARE(planner->view()->visits().size(), 3);

    // From next week on, every week on Tuesday at two, four times: one series.
    planner->thisWeek();
    planner->nextWeek();
    PlanVisitDialog *series = planAt(QDateTime(planner->weekStart().addDays(1), QTime(14, 0)));
    QVERIFY(series);
    series->repeatField()->setCurrentIndex(
        series->repeatField()->findData(PlanVisitDialog::Weekly));
    series->countField()->setValue(4);
    QTest::mouseClick(series->okButton(), Qt::LeftButton);
    QTRY_COMPARE(visits().size(), 7);

    // Back to last week; Monday's visit opened from the planner is marked done with its report.
    planner->thisWeek();
    planner->previousWeek();
    QTRY_COMPARE(planner->view()->visits().size(), 3);
    const QDateTime first(monday, QTime(10, 0));
    planner->view()->scrollToTime(QTime(9, 0));
    const qint64 visitId = planner->view()->visitAt(planner->view()->pointAt(first));
    QVERIFY(visitId > 0);
    doubleClickPlanner(planner->view()->pointAt(first.addSecs(15 * 60)));
    auto *report = waitForDialog<VisitReportDialog>(m_window.get());
    QVERIFY(report);
    QVERIFY(report->trustedPersonPresent()->isChecked());
    QVERIFY(report->professionalPresent()->isChecked());
    QTest::keyClicks(report->findChild<QPlainTextEdit *>(QStringLiteral("trustedPersonTasks")),
                     QStringLiteral("De brief van school vertaald."));
    QTest::keyClicks(report->findChild<QPlainTextEdit *>(QStringLiteral("notes")),
                     QStringLiteral("Goed gesprek over school."));
    // Due this week, so Today lists it.
    QVERIFY(UiTestSupport::addFollowUp(report, QStringLiteral("Mentor bellen"),
                                       QDate::currentDate().addDays(2)));
    QVERIFY2(report->okButton()->isEnabled(), qPrintable(report->problemText()));
    QTest::mouseClick(report->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<VisitReportDialog *>());
    auto done = VisitStore(m_window->database()).get(visitId);
    DC_VERIFY_OK(done);
    QCOMPARE(done->status, VisitStatus::Done);
    QVERIFY(done->trustedPersonPresent && done->professionalPresent);
    auto followUps = FollowUpStore(m_window->database()).forVisit(visitId);
    DC_VERIFY_OK(followUps);
    QCOMPARE(followUps->size(), 1);
    QCOMPARE(followUps->constFirst().ownerId, m_fixture.trustedA);

    // The family page: a goal, then an interim evaluation that scores it and decides.
    workspace->showFamily(m_fixture.family.id);
    QTRY_COMPARE(workspace->currentPage(), Workspace::Families);
    GoalsPanel *goals = workspace->familyPage()->detailPane()->goalsPanel();
    QTest::mouseClick(goals->addGoalButton(), Qt::LeftButton);
    auto *goal = waitForDialog<GoalDialog>(m_window.get());
    QVERIFY(goal);
    goal->domainField()->setCurrentIndex(
        goal->domainField()->findData(int(LifeDomain::WorkEducation)));
    QTest::keyClicks(goal->descriptionField(), QStringLiteral("Gaat elke dag naar school"));
    goal->scoreField()->setScore(2);
    goal->setOnField()->setDate(monday);
    QVERIFY2(goal->okButton()->isEnabled(), qPrintable(goal->problemText()));
    QTest::mouseClick(goal->okButton(), Qt::LeftButton);
    QTRY_COMPARE(goals->goalIds().size(), 1);
    const qint64 goalId = goals->goalIds().constFirst();

    QTest::mouseClick(goals->evaluateButton(), Qt::LeftButton);
    auto *evaluation = waitForDialog<EvaluationDialog>(m_window.get());
    QVERIFY(evaluation);
    evaluation->scoreField(goalId)->setScore(3);
    QTest::mouseClick(evaluation->helpsButton(Helps::Yes), Qt::LeftButton);
    QTest::mouseClick(evaluation->decisionButton(Decision::Continue), Qt::LeftButton);
    QTest::keyClicks(evaluation->reasonField(), QStringLiteral("Hij gaat weer elke dag."));
    QVERIFY2(evaluation->okButton()->isEnabled(), qPrintable(evaluation->problemText()));
    QTest::mouseClick(evaluation->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<EvaluationDialog *>());
    auto evaluations = EvaluationStore(m_window->database()).forFamily(m_fixture.family.id);
    DC_VERIFY_OK(evaluations);
    QCOMPARE(evaluations->size(), 1);
    QCOMPARE(evaluations->constFirst().decision, Decision::Continue);

    // Today lists the follow-up action of mine that is due this week.
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(Workspace::Today)).center());
    QTRY_COMPARE(workspace->currentPage(), Workspace::Today);
    QTRY_COMPARE(workspace->todayPage()
                     ->findChild<QTreeWidget *>(QStringLiteral("todayFollowUps"))
                     ->topLevelItemCount(),
                 1);

    // File > Export to Calendar: the trusted person's visits from last week on, to a file.
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportCalendarAction"));
    QVERIFY(exportAction);
    exportAction->trigger();
    auto *calendar = waitForDialog<CalendarExportDialog>(m_window.get());
    QVERIFY(calendar);
    calendar->fromField()->setDate(monday);
    calendar->toField()->setDate(monday.addDays(8 * 7));
    const QString ics = m_dir->filePath(QStringLiteral("my-week.ics"));
    calendar->pathField()->clear();
    QTest::keyClicks(calendar->pathField(), ics);
    QTest::mouseClick(calendar->exportButton(), Qt::LeftButton);
    QFile file(ics);
    QTRY_VERIFY(file.exists());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count("BEGIN:VEVENT"), 7);
    QCOMPARE(bytes.count("\r\n"), bytes.count('\n')); // CRLF everywhere
    QVERIFY(bytes.contains("DTSTART;TZID=Europe/Amsterdam:"));
    QVERIFY(bytes.contains(m_fixture.family.caseCode.toUtf8()));
    QVERIFY(!bytes.contains(m_fixture.family.familyName.toUtf8())); // no family name leaves
    QVERIFY(!bytes.contains("Mentor bellen"));                      // nor any report text
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QTEST_MAIN(TestCoachJourney)
#include "TestCoachJourney.moc"
