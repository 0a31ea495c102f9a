// The planner as the coach's desk (issue 17), through the main window and by keyboard: the
// trusted person opens "My week", goes to the day with the Today button, and from the week's
// context menu marks the morning visit done (its report, with a follow-up action) and cancels
// the afternoon one with a reason, without opening another page. A visit planned despite a
// clash is marked in the planner until the clash is gone. On Today the follow-up action is
// ticked off with the space bar: done, by whom, still in sight; undo opens it again.

#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "MainWindow.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "VisitListModel.h"
#include "VisitLogFilterBar.h"
#include "VisitLogPage.h"
#include "WeekPlannerPage.h"
#include "WeekView.h"
#include "Workspace.h"
#include "dialogs/MissedVisitDialog.h"
#include "dialogs/VisitReportDialog.h"
#include "services/VisitPlanner.h"
#include "storage/FollowUpStore.h"
#include "storage/VisitStore.h"
#include "storage/WorkerStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace TestSupport;

class TestCoachDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDayFromThePlanner();
    void myFamiliesAndVisitsFirst();

private:
    // Opens the current visit's context menu with the Menu key and chooses `text` in it; false
    // when the menu did not show or had no such enabled entry.
    bool chooseFromMenu(WeekView *view, const QString &text);
    qint64 planVisit(const QDateTime &start, ClashPolicy policy);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Database *m_db = nullptr;
    Fixture m_fixture;
};

void TestCoachDesk::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    UiTestSupport::failOnWarnings();
}

bool TestCoachDesk::chooseFromMenu(WeekView *view, const QString &text)
{
    bool chosen = false;
    QStringList seen;
    // The menu runs its own event loop: it is answered from a timer, as a user would, with the
    // arrow keys to the entry and Return.
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(QApplication::activePopupWidget());
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            seen << action->text();
            if (action->text() == text && action->isEnabled()) {
                menu->setActiveAction(action);
                chosen = true;
            }
        }
        if (chosen)
            QTest::keyClick(menu, Qt::Key_Return);
        else
            menu->close();
    });
    QTest::keyClick(view, Qt::Key_Menu);
    if (!chosen)
        qWarning("No enabled \"%s\" in the menu: %s", qPrintable(text),
                 qPrintable(seen.join(QStringLiteral(" | "))));
    return chosen;
}

qint64 TestCoachDesk::planVisit(const QDateTime &start, ClashPolicy policy)
{
    Visit visit;
    visit.familyId = m_fixture.family.id;
    visit.duoId = m_fixture.duoA;
    visit.start = start;
    visit.durationMinutes = 60;
    auto planned = VisitPlanner(*m_db).plan(visit, policy);
    return planned ? planned->id : 0;
}

void TestCoachDesk::aDayFromThePlanner()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("desk.sqlite")));
    DC_VERIFY_OK(db);
    m_db = db.value().get();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    const QString myName = WorkerStore(*m_db).get(m_fixture.trustedA)->name;
    CurrentUser me;
    me.kind = CurrentUser::Kind::Worker;
    me.workerId = m_fixture.trustedA;
    me.name = myName;
    CurrentUser::save(*m_db, me);
    // The day worked is yesterday, so both visits have started (whatever the clock says) and
    // may be marked done; the planner is told that this is the day to go to.
    const QDate day = QDate::currentDate().addDays(-1);
    const qint64 morning = planVisit(QDateTime(day, QTime(10, 0)), ClashPolicy::Refuse);
    const qint64 afternoon = planVisit(QDateTime(day, QTime(14, 0)), ClashPolicy::Refuse);
    const qint64 clashing = planVisit(QDateTime(day, QTime(14, 30)), ClashPolicy::Allow);
    QVERIFY(morning > 0 && afternoon > 0 && clashing > 0);

    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    Workspace *workspace = m_window->workspace();
    QListWidget *navigation = workspace->navigation();
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(Workspace::Week)).center());
    QTRY_COMPARE(workspace->currentPage(), Workspace::Week);
    WeekPlannerPage *planner = workspace->weekPlannerPage();
    WeekView *view = planner->view();
    planner->setToday(day);
    planner->nextWeek(); // somewhere else first: the Today button brings the day back
    QTest::mouseClick(planner->findChild<QToolButton *>(QStringLiteral("thisWeek")),
                      Qt::LeftButton);
    QTRY_COMPARE(view->visits().size(), 3);
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(view->currentVisit(), morning);
    // The blocks say whose visit it is, and the clash of the afternoon is marked on both.
    for (const Visit &v : view->visits())
        QCOMPARE(v.familyName, m_fixture.family.familyName);
    QVERIFY(!view->isClashing(morning));
    QVERIFY(view->isClashing(afternoon));
    QVERIFY(view->isClashing(clashing));

    // The morning visit: Menu key, "Mark Done…", the report with a follow-up action.
    QVERIFY(chooseFromMenu(view, QStringLiteral("Mark Done…")));
    auto *report = UiTestSupport::waitForDialog<VisitReportDialog>(m_window.get());
    QVERIFY(report);
    QTest::keyClicks(report->findChild<QPlainTextEdit *>(QStringLiteral("notes")),
                     QStringLiteral("Samen de brief van school gelezen."));
    QVERIFY(
        UiTestSupport::addFollowUp(report, QStringLiteral("Mentor bellen"), QDate::currentDate()));
    QVERIFY2(report->okButton()->isEnabled(), qPrintable(report->problemText()));
    QTest::mouseClick(report->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<VisitReportDialog *>());
    QCOMPARE(VisitStore(*m_db).get(morning)->status, VisitStatus::Done);
    QCOMPARE(workspace->currentPage(), Workspace::Week);

    // The afternoon visit, the next one by the arrow key: cancelled with its reason. The visit
    // planned despite the clash no longer clashes.
    QTRY_COMPARE(view->currentVisit(), morning); // kept after the week was read again
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentVisit(), afternoon);
    QVERIFY(chooseFromMenu(view, QStringLiteral("Cancel Visit…")));
    auto *missed = UiTestSupport::waitForDialog<MissedVisitDialog>(m_window.get());
    QVERIFY(missed);
    QTest::keyClicks(missed->reasonField()->lineEdit(),
                     QStringLiteral("Gezin is op familiebezoek"));
    QVERIFY2(missed->okButton()->isEnabled(), qPrintable(missed->problemText()));
    QTest::mouseClick(missed->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<MissedVisitDialog *>());
    auto cancelled = VisitStore(*m_db).get(afternoon);
    DC_VERIFY_OK(cancelled);
    QCOMPARE(cancelled->status, VisitStatus::Cancelled);
    QCOMPARE(cancelled->statusReason, QStringLiteral("Gezin is op familiebezoek"));
    QTRY_VERIFY(!view->isClashing(clashing));
    QCOMPARE(workspace->currentPage(), Workspace::Week);

    // "Open Family" from the same menu goes to the family's page.
    QVERIFY(chooseFromMenu(view, QStringLiteral("Open Family")));
    QTRY_COMPARE(workspace->currentPage(), Workspace::Families);

    // Today: the follow-up action, ticked off with the space bar.
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(Workspace::Today)).center());
    QTRY_COMPARE(workspace->currentPage(), Workspace::Today);
    auto *followUps =
        workspace->todayPage()->findChild<QTreeWidget *>(QStringLiteral("todayFollowUps"));
    QTRY_COMPARE(followUps->topLevelItemCount(), 1);
    QCOMPARE(followUps->topLevelItem(0)->checkState(0), Qt::Unchecked);
    followUps->setFocus();
    followUps->setCurrentItem(followUps->topLevelItem(0), 0);
    QTest::keyClick(followUps, Qt::Key_Space);
    auto mine = FollowUpStore(*m_db).forVisit(morning);
    DC_VERIFY_OK(mine);
    const qint64 followUpId = mine->constFirst().id;
    QTRY_VERIFY(FollowUpStore(*m_db).get(followUpId)->doneOn.isValid());
    auto done = FollowUpStore(*m_db).get(followUpId);
    QCOMPARE(done->doneOn, QDate::currentDate());
    QCOMPARE(done->doneBy, myName);
    // Still in sight, ticked, saying who did it.
    QTRY_COMPARE(followUps->topLevelItemCount(), 1);
    QTRY_COMPARE(followUps->topLevelItem(0)->checkState(0), Qt::Checked);
    QVERIFY2(followUps->topLevelItem(0)->text(3).contains(myName),
             qPrintable(followUps->topLevelItem(0)->text(3)));

    // One step of undo opens it again and forgets who had ticked it.
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    auto reopened = FollowUpStore(*m_db).get(followUpId);
    DC_VERIFY_OK(reopened);
    QVERIFY(!reopened->doneOn.isValid());
    QVERIFY(reopened->doneBy.isEmpty());
    QTRY_COMPARE(followUps->topLevelItem(0)->checkState(0), Qt::Unchecked);
}

void TestCoachDesk::myFamiliesAndVisitsFirst()
{
    // The fixture's family is duo A's; a second family has no duo yet. Duo A visited
    // yesterday and plans a visit for next week.
    m_window.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("mine.sqlite")));
    DC_VERIFY_OK(db);
    m_db = db.value().get();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    auto other = FamilyStore(*m_db).add(
        family(QStringLiteral("Öztürk-Yılmaz & Dağ"), QDate(2026, 3, 1), QStringLiteral("Zuilen")));
    DC_VERIFY_OK(other);
    const qint64 past =
        planVisit(QDateTime(QDate::currentDate().addDays(-1), QTime(10, 0)), ClashPolicy::Refuse);
    const qint64 planned =
        planVisit(QDateTime(QDate::currentDate().addDays(7), QTime(10, 0)), ClashPolicy::Refuse);
    QVERIFY(past > 0 && planned > 0);
    CurrentUser me;
    me.kind = CurrentUser::Kind::Worker;
    me.workerId = m_fixture.trustedA;
    me.name = WorkerStore(*m_db).get(m_fixture.trustedA)->name;
    CurrentUser::save(*m_db, me);

    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    Workspace *workspace = m_window->workspace();
    QListWidget *navigation = workspace->navigation();

    // Families: their own first, everyone's one click away.
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(Workspace::Families)).center());
    QTRY_COMPARE(workspace->currentPage(), Workspace::Families);
    FamilyPage *families = workspace->familyPage();
    QCheckBox *mine = families->mineBox();
    QVERIFY(mine->isVisible());
    QVERIFY(mine->isChecked());
    QTRY_COMPARE(families->model()->rowCount(), 1);
    QCOMPARE(families->model()->familyId(0), m_fixture.family.id);
    QTest::mouseClick(mine, Qt::LeftButton, {}, QPoint(4, mine->height() / 2));
    QVERIFY(!mine->isChecked());
    QTRY_COMPARE(families->model()->rowCount(), 2);
    // The search finds the other family only among everyone's.
    QTest::mouseClick(mine, Qt::LeftButton, {}, QPoint(4, mine->height() / 2));
    QTest::keyClicks(families->searchField(), QStringLiteral("Zuilen"));
    QTRY_COMPARE(families->model()->search(), QStringLiteral("Zuilen"));
    QCOMPARE(families->model()->rowCount(), 0);
    mine->setChecked(false);
    QTRY_COMPARE(families->model()->rowCount(), 1);
    QCOMPARE(families->model()->familyId(0), other->id);

    // The visit log opens at today, with their own visits; a later end shows what is planned.
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(Workspace::Visits)).center());
    QTRY_COMPARE(workspace->currentPage(), Workspace::Visits);
    VisitLogPage *log = workspace->visitLogPage();
    VisitLogFilterBar *filters = log->filters();
    QVERIFY(filters->mineBox()->isVisible() && filters->mineBox()->isChecked());
    QCOMPARE(filters->toField()->date(), QDate::currentDate());
    QTRY_COMPARE(log->model()->rowCount(), 1);
    QCOMPARE(log->model()->visit(0).id, past);
    filters->toField()->setDate(QDate::currentDate().addDays(14));
    QTRY_COMPARE(log->model()->rowCount(), 2);
    QCOMPARE(log->model()->visit(0).id, planned);
    // Duo B's log holds none of theirs.
    filters->duos()->setCurrentIndex(filters->duos()->findData(m_fixture.duoB));
    QTRY_COMPARE(log->model()->rowCount(), 0);
    filters->duos()->setCurrentIndex(0);
    filters->statuses()->setCurrentIndex(filters->statuses()->findData(int(VisitStatus::Planned)));
    QTRY_COMPARE(log->model()->rowCount(), 2);
    m_window.reset();
}

QTEST_MAIN(TestCoachDesk)
#include "TestCoachDesk.moc"
