// The week planner ("My week") in its Workspace, driven as a user would: a real double-click
// on an empty slot opens the form prefilled with that slot, planning shows the block, the
// clash warning lets the user plan anyway, a series lands in later weeks, previous / next /
// Today change the week, dragging a block moves the visit (asking about a series and about
// clashes), and every step undoes through the one undo stack.

#include "MessageBox.h"
#include "UiTestSupport.h"
#include "WeekPlannerPage.h"
#include "WeekView.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/PlanVisitDialog.h"
#include "storage/VisitStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace TestSupport;

namespace {
QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}
} // namespace

class TestWeekPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheDuosWeek();
    void planByDoubleClickingAnEmptySlot();
    void clashWarningLetsTheUserChoose();
    void seriesReachesLaterWeeks();
    void previousNextAndToday();
    void dragMovesAVisit();
    void dragASeriesVisitAsksOnlyThisOrAllFollowing_data();
    void dragASeriesVisitAsksOnlyThisOrAllFollowing();
    void dragIntoAClashAsks_data();
    void dragIntoAClashAsks();
    void editDialogMovesAVisit();
    void openingAVisit();
    void workerWeekShowsAllTheirDuos();
    void defaultsToTheWorkerWhoWorks();

private:
    WeekPlannerPage *page() const { return m_workspace->weekPlannerPage(); }
    WeekView *view() const { return page()->view(); }
    QList<Visit> storedVisits() const;
    qint64 addVisit(qint64 duoId, qint64 familyId, const QDateTime &start, int minutes = 60);
    // A real double-click on the view where `time` is drawn; returns the form it opened.
    PlanVisitDialog *doubleClickSlot(const QDateTime &time);
    // A double-click as the window system delivers it (press, release, press, double-click,
    // release through the window), at a point of the view's viewport.
    void doubleClick(const QPoint &point);
    // Presses on the block of `visitId` where `from` is drawn and drags it to where `to` is.
    void drag(qint64 visitId, const QDateTime &from, const QDateTime &to);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    Fixture m_fixture;
    qint64 m_duoC = 0; // Fatima (trusted person of A) with Joost (professional of B)
    qint64 m_familyC = 0;
};

void TestWeekPlanner::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestWeekPlanner::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("week.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    Duo c;
    c.trustedPersonId = m_fixture.trustedA;
    c.professionalId = m_fixture.professionalB;
    c.from = m_fixture.duosFrom;
    auto duoC = DuoStore(*m_db).add(c);
    DC_VERIFY_OK(duoC);
    m_duoC = duoC.value();
    auto familyC = FamilyStore(*m_db).add(family(QStringLiteral("Kaya"), QDate(2026, 1, 21)));
    DC_VERIFY_OK(familyC);
    m_familyC = familyC->id;
    DC_VERIFY_OK(AssignmentStore(*m_db).assign(m_familyC, m_duoC, m_fixture.assignedOn));

    m_workspace = std::make_unique<Workspace>(*m_db);
    page()->setToday(QDate(2026, 3, 10)); // a Tuesday
    m_workspace->reload();
    page()->thisWeek();
    m_workspace->resize(1280, 800);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    m_workspace->setCurrentPage(Workspace::Week);
    QCOMPARE(m_workspace->navigation()->currentItem()->text(), QStringLiteral("My week"));
    page()->showDuo(m_fixture.duoA);
    view()->scrollToTime(QTime(8, 0));
}

void TestWeekPlanner::cleanup()
{
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

QList<Visit> TestWeekPlanner::storedVisits() const
{
    auto visits = VisitStore(*m_db).page(VisitFilter(), std::nullopt, 1000);
    return visits ? visits.value() : QList<Visit>();
}

qint64 TestWeekPlanner::addVisit(qint64 duoId, qint64 familyId, const QDateTime &start, int minutes)
{
    Visit v;
    v.duoId = duoId;
    v.familyId = familyId;
    v.start = start;
    v.durationMinutes = minutes;
    auto id = VisitStore(*m_db).add(v);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    page()->reload();
    return id ? id.value() : 0;
}

PlanVisitDialog *TestWeekPlanner::doubleClickSlot(const QDateTime &time)
{
    const QPoint point = view()->pointAt(time);
    if (point.isNull() || !view()->viewport()->rect().contains(point))
        return nullptr;
    doubleClick(point);
    PlanVisitDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] {
        dialog = page()->findChild<PlanVisitDialog *>();
        return dialog && dialog->isVisible();
    });
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestWeekPlanner::doubleClick(const QPoint &point)
{
    QWidget *window = m_workspace->window();
    QTest::mouseDClick(window->windowHandle(), Qt::LeftButton, Qt::NoModifier,
                       view()->viewport()->mapTo(window, point));
}

void TestWeekPlanner::drag(qint64 visitId, const QDateTime &from, const QDateTime &to)
{
    QWidget *viewport = view()->viewport();
    const QPoint start = view()->pointAt(from);
    const QPoint end = view()->pointAt(to);
    QVERIFY(view()->blockRect(visitId).contains(start));
    QVERIFY(viewport->rect().contains(end));
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, start);
    // In steps, as a hand moves: past the drag distance first, then on to the target.
    for (int step = 1; step <= 8; ++step)
        QTest::mouseMove(viewport, start + (end - start) * step / 8);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, end);
}

void TestWeekPlanner::opensOnTheDuosWeek()
{
    QCOMPARE(page()->weekStart(), QDate(2026, 3, 9));
    QCOMPARE(page()->subject(), WeekPlannerPage::Subject::Duo);
    QCOMPARE(page()->subjectId(), m_fixture.duoA);
    QVERIFY2(page()->titleLabel()->text().contains(QStringLiteral("9–15 March 2026")),
             qPrintable(page()->titleLabel()->text()));
    QVERIFY(page()->titleLabel()->text().contains(QLatin1String("11")));
    QVERIFY(view()->visits().isEmpty());
}

void TestWeekPlanner::planByDoubleClickingAnEmptySlot()
{
    QUndoStack *undo = m_workspace->commands()->undoStack();
    PlanVisitDialog *dialog = doubleClickSlot(at(3, 11, 10));
    QVERIFY(dialog);
    // Prefilled from the slot: Wednesday at ten, the duo's family.
    QCOMPARE(dialog->dateField()->date(), QDate(2026, 3, 11));
    QCOMPARE(dialog->timeField()->time(), QTime(10, 0));
    QCOMPARE(dialog->familyField()->count(), 1);
    QCOMPARE(dialog->familyField()->currentData().toLongLong(), m_fixture.family.id);
    QVERIFY(!dialog->clashLabel()->isVisibleTo(dialog));
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Plan"));
    // An hour and a half, typed.
    dialog->durationField()->setFocus();
    dialog->durationField()->selectAll();
    QTest::keyClicks(dialog->durationField(), QStringLiteral("90"));
    QCOMPARE(dialog->durationField()->value(), 90);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
    QPointer<PlanVisitDialog> open(dialog);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!open || !open->isVisible());

    // The block is there, where the slot was, as tall as ninety minutes.
    QTRY_COMPARE(view()->visits().size(), 1);
    const Visit planned = view()->visits().first();
    QCOMPARE(planned.start, at(3, 11, 10));
    QCOMPARE(planned.durationMinutes, 90);
    QCOMPARE(planned.status, VisitStatus::Planned);
    QCOMPARE(planned.caseCode, m_fixture.family.caseCode);
    const QRect block = view()->blockRect(planned.id);
    QVERIFY(block.contains(view()->pointAt(at(3, 11, 10))));
    QVERIFY(block.contains(view()->pointAt(at(3, 11, 11))));
    QVERIFY(!block.contains(view()->pointAt(at(3, 11, 11, 30))));
    QCOMPARE(view()->visitAt(view()->pointAt(at(3, 11, 10))), planned.id);
    QCOMPARE(storedVisits().size(), 1);

    // One step on the undo stack: undo takes the block away, redo brings it back, same id.
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QTRY_VERIFY(view()->visits().isEmpty());
    QVERIFY(storedVisits().isEmpty());
    undo->redo();
    QTRY_COMPARE(view()->visits().size(), 1);
    QCOMPARE(view()->visits().first().id, planned.id);
}

void TestWeekPlanner::clashWarningLetsTheUserChoose()
{
    // Fatima has a visit with her other duo at 10:30 on Wednesday.
    const qint64 other = addVisit(m_duoC, m_familyC, at(3, 11, 10, 30));
    QVERIFY(other > 0);
    PlanVisitDialog *dialog = doubleClickSlot(at(3, 11, 10));
    QVERIFY(dialog);
    QCOMPARE(dialog->clashes().size(), 1);
    QCOMPARE(dialog->clashes().first().visit.id, other);
    QVERIFY(dialog->clashLabel()->isVisibleTo(dialog));
    QVERIFY2(dialog->clashLabel()->text().contains(QLatin1String("Fatima El Amrani")),
             qPrintable(dialog->clashLabel()->text()));
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Plan Anyway"));
    // Half an hour earlier it fits: the warning goes, the button is plain again.
    dialog->timeField()->setTime(QTime(9, 30));
    QVERIFY(!dialog->clashLabel()->isVisibleTo(dialog));
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Plan"));
    dialog->timeField()->setTime(QTime(10, 0));
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Plan Anyway"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(storedVisits().size(), 2);
    // The duo's week shows its own visit; Fatima's week shows both, side by side.
    QTRY_COMPARE(view()->visits().size(), 1);
    page()->showWorker(m_fixture.trustedA);
    QCOMPARE(view()->visits().size(), 2);
    const QRect a = view()->blockRect(view()->visits().at(0).id);
    const QRect b = view()->blockRect(view()->visits().at(1).id);
    QVERIFY(!a.intersects(b));
    QVERIFY(a.top() != b.top());
}

void TestWeekPlanner::seriesReachesLaterWeeks()
{
    PlanVisitDialog *dialog = doubleClickSlot(at(3, 12, 14));
    QVERIFY(dialog);
    dialog->repeatField()->setCurrentIndex(
        dialog->repeatField()->findData(PlanVisitDialog::EveryTwoWeeks));
    QVERIFY(dialog->countField()->isVisibleTo(dialog));
    dialog->countField()->setValue(3);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(storedVisits().size(), 3);
    QTRY_COMPARE(view()->visits().size(), 1);
    QToolButton *next = page()->findChild<QToolButton *>(QStringLiteral("nextWeek"));
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(view()->visits().isEmpty());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(view()->visits().size(), 1);
    QCOMPARE(view()->visits().first().start, at(3, 26, 14));
    QVERIFY(view()->visits().first().seriesId > 0);
    // Undo takes the whole series back in one step.
    QCOMPARE(m_workspace->commands()->undoStack()->count(), 1);
    m_workspace->commands()->undoStack()->undo();
    QTRY_VERIFY(view()->visits().isEmpty());
    QVERIFY(storedVisits().isEmpty());
}

void TestWeekPlanner::previousNextAndToday()
{
    auto button = [this](const char *name) {
        return page()->findChild<QToolButton *>(QLatin1String(name));
    };
    QTest::mouseClick(button("nextWeek"), Qt::LeftButton);
    QCOMPARE(page()->weekStart(), QDate(2026, 3, 16));
    QCOMPARE(view()->week(), QDate(2026, 3, 16));
    QVERIFY(page()->titleLabel()->text().contains(QStringLiteral("16–22 March 2026")));
    QTest::mouseClick(button("nextWeek"), Qt::LeftButton);
    QTest::mouseClick(button("nextWeek"), Qt::LeftButton);
    // A week across two months.
    QCOMPARE(page()->weekStart(), QDate(2026, 3, 30));
    QVERIFY2(page()->titleLabel()->text().contains(QStringLiteral("30 March – 5 April 2026")),
             qPrintable(page()->titleLabel()->text()));
    QTest::mouseClick(button("previousWeek"), Qt::LeftButton);
    QCOMPARE(page()->weekStart(), QDate(2026, 3, 23));
    QTest::mouseClick(button("thisWeek"), Qt::LeftButton);
    QCOMPARE(page()->weekStart(), QDate(2026, 3, 9));
    // The visit of a week is read with it.
    const qint64 id = addVisit(m_fixture.duoA, m_fixture.family.id, at(3, 17, 9));
    QVERIFY(view()->visits().isEmpty());
    QTest::mouseClick(button("nextWeek"), Qt::LeftButton);
    QCOMPARE(view()->visits().size(), 1);
    QCOMPARE(view()->visits().first().id, id);
}

void TestWeekPlanner::dragMovesAVisit()
{
    const qint64 id = addVisit(m_fixture.duoA, m_fixture.family.id, at(3, 10, 10));
    QCOMPARE(view()->visits().size(), 1);
    // Grabbed a quarter into the block, dropped on Thursday afternoon: it lands on the
    // quarter-hour where the grab point went.
    drag(id, at(3, 10, 10), at(3, 12, 14));
    QTRY_COMPARE(VisitStore(*m_db).get(id)->start, at(3, 12, 14));
    QTRY_COMPARE(view()->visits().first().start, at(3, 12, 14));
    QCOMPARE(VisitStore(*m_db).get(id)->durationMinutes, 60);
    QUndoStack *undo = m_workspace->commands()->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QTRY_COMPARE(view()->visits().first().start, at(3, 10, 10));
    undo->redo();
    QTRY_COMPARE(view()->visits().first().start, at(3, 12, 14));
    // A small drag within the day snaps to a quarter-hour too.
    drag(id, at(3, 12, 14), at(3, 12, 15, 30));
    QTRY_COMPARE(VisitStore(*m_db).get(id)->start, at(3, 12, 15, 30));
}

void TestWeekPlanner::dragASeriesVisitAsksOnlyThisOrAllFollowing_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("movedVisits");
    QTest::newRow("only this visit") << int(QMessageBox::Yes) << 1;
    QTest::newRow("all following") << int(QMessageBox::YesToAll) << 3;
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << 0;
}

void TestWeekPlanner::dragASeriesVisitAsksOnlyThisOrAllFollowing()
{
    QFETCH(int, answer);
    QFETCH(int, movedVisits);
    SeriesRequest request;
    request.familyId = m_fixture.family.id;
    request.duoId = m_fixture.duoA;
    request.firstStart = at(3, 2, 10); // Mondays: the 2nd, 9th, 16th and 23rd
    request.occurrences = 4;
    auto series = m_workspace->commands()->planSeries(request, ClashPolicy::Refuse);
    DC_VERIFY_OK(series);
    QTRY_COMPARE(view()->visits().size(), 1);
    const qint64 second = view()->visits().first().id;
    MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
    drag(second, at(3, 9, 10), at(3, 10, 11)); // a day and an hour later
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("series")),
             qPrintable(MessageBox::lastText()));
    auto visits = VisitStore(*m_db).ofSeries(series.value());
    DC_VERIFY_OK(visits);
    int moved = 0;
    for (const Visit &v : visits.value())
        if (v.start.time() == QTime(11, 0) && v.start.date().dayOfWeek() == Qt::Tuesday)
            ++moved;
    QCOMPARE(moved, movedVisits);
    QCOMPARE(visits->first().start, at(3, 2, 10)); // the one before never moves
}

void TestWeekPlanner::dragIntoAClashAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::newRow("move anyway") << int(QMessageBox::Yes);
    QTest::newRow("cancel") << int(QMessageBox::Cancel);
}

void TestWeekPlanner::dragIntoAClashAsks()
{
    QFETCH(int, answer);
    const qint64 id = addVisit(m_fixture.duoA, m_fixture.family.id, at(3, 10, 10));
    QVERIFY(addVisit(m_duoC, m_familyC, at(3, 11, 14)) > 0); // not in A's week view
    MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
    drag(id, at(3, 10, 10), at(3, 11, 14));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("Fatima El Amrani")),
             qPrintable(MessageBox::lastText()));
    const QDateTime expected = answer == QMessageBox::Yes ? at(3, 11, 14) : at(3, 10, 10);
    QTRY_COMPARE(VisitStore(*m_db).get(id)->start, expected);
}

void TestWeekPlanner::editDialogMovesAVisit()
{
    const qint64 id = addVisit(m_fixture.duoA, m_fixture.family.id, at(3, 10, 10));
    page()->editVisit(id);
    PlanVisitDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<PlanVisitDialog *>()) != nullptr);
    QVERIFY(dialog->isMove());
    QVERIFY(!dialog->okButton()->isEnabled()); // nothing changed yet
    dialog->dateField()->setDate(QDate(2026, 3, 13));
    dialog->durationField()->setValue(45);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(VisitStore(*m_db).get(id)->start, at(3, 13, 10));
    QCOMPARE(VisitStore(*m_db).get(id)->durationMinutes, 45);
}

void TestWeekPlanner::openingAVisit()
{
    const qint64 id = addVisit(m_fixture.duoA, m_fixture.family.id, at(3, 10, 10));
    QSignalSpy opened(page(), &WeekPlannerPage::visitActivated);
    doubleClick(view()->pointAt(at(3, 10, 10)));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), id);
    QVERIFY(!page()->findChild<PlanVisitDialog *>()); // a block is no empty slot
    // The keyboard: the clicked block is current, Enter opens it.
    QCOMPARE(view()->currentVisit(), id);
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
}

void TestWeekPlanner::workerWeekShowsAllTheirDuos()
{
    addVisit(m_fixture.duoA, m_fixture.family.id, at(3, 10, 10));
    addVisit(m_duoC, m_familyC, at(3, 12, 14));
    QComboBox *subject = page()->subjectField();
    const int row = [&] {
        for (int r = 0; r < subject->count(); ++r)
            if (subject->itemData(r).toLongLong() == m_fixture.trustedA &&
                subject->itemData(r, WeekPlannerPage::SubjectKindRole).toInt() ==
                    int(WeekPlannerPage::Subject::Worker))
                return r;
        return -1;
    }();
    QVERIFY(row > 0);
    page()->showWorker(m_fixture.trustedA);
    QCOMPARE(subject->currentIndex(), row);
    QCOMPARE(view()->visits().size(), 2);
    page()->showWorker(m_fixture.professionalB);
    QCOMPARE(view()->visits().size(), 1); // only duo C's: B has no visit
    // Planning from a worker's week offers the duos the worker works in.
    page()->showWorker(m_fixture.trustedA);
    PlanVisitDialog *dialog = doubleClickSlot(at(3, 11, 9));
    QVERIFY(dialog);
    QCOMPARE(dialog->duoField()->count(), 2);
    dialog->reject();
}

void TestWeekPlanner::defaultsToTheWorkerWhoWorks()
{
    CurrentUser worker;
    worker.kind = CurrentUser::Kind::Worker;
    worker.workerId = m_fixture.professionalB;
    worker.name = QStringLiteral("Joost Hendriks");
    m_workspace->setCurrentUser(worker);
    QCOMPARE(page()->subject(), WeekPlannerPage::Subject::Worker);
    QCOMPARE(page()->subjectId(), m_fixture.professionalB);
    m_workspace->setCurrentUser(CurrentUser());
    QCOMPARE(page()->subject(), WeekPlannerPage::Subject::Duo);
    QVERIFY(page()->subjectId() > 0);
}

QTEST_MAIN(TestWeekPlanner)
#include "TestWeekPlanner.moc"
