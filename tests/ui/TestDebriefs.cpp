// Debriefs after heavy visits in the window (issue 16): the trusted person asks for one with the
// visit report (one step with the report: undone together), the coordinator's Today lists the
// open request and records, from there, that it took place and who held it; someone not of the
// duo is not offered the question. The coordinator records a worker's training and a network
// meeting from the workers' page.

#include "MessageBox.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "VisitActions.h"
#include "WorkersPage.h"
#include "commands/EditCommands.h"
#include "dialogs/DebriefHeldDialog.h"
#include "dialogs/MeetingDialog.h"
#include "dialogs/TrainingDialog.h"
#include "dialogs/VisitReportDialog.h"
#include "services/ChangeNotifier.h"
#include "storage/DebriefStore.h"
#include "storage/MeetingStore.h"
#include "storage/TrainingStore.h"
#include "storage/VisitStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace TestSupport;

class TestDebriefs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void askedWithTheReportAndHeldFromToday();
    void onlyTheDuoIsAsked();
    void trainingFromTheWorkersPage();
    void networkMeetingFromTheWorkersPage();

private:
    qint64 plannedYesterday();

    UiTestSupport::EditingSetup m_s;
    const QDate m_today = QDate::currentDate();
};

void TestDebriefs::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestDebriefs::init()
{
    UiTestSupport::failOnWarnings();
    QCOMPARE(m_s.open(QStringLiteral("debriefs.sqlite")), QString());
    QVERIFY(m_s.show());
}

void TestDebriefs::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_s.close();
}

qint64 TestDebriefs::plannedYesterday()
{
    Visit visit;
    visit.familyId = m_s.fixture.family.id;
    visit.duoId = m_s.fixture.duoA;
    visit.start = QDateTime(m_today.addDays(-1), QTime(10, 0));
    auto id = VisitStore(*m_s.db).add(visit);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    return id ? id.value() : 0;
}

void TestDebriefs::askedWithTheReportAndHeldFromToday()
{
    const qint64 visit = plannedYesterday();
    const QByteArray before = contentHash(*m_s.db);
    CurrentUser trusted;
    trusted.kind = CurrentUser::Kind::Worker;
    trusted.workerId = m_s.fixture.trustedA;
    trusted.name = QStringLiteral("Fatima El Amrani");
    auto *report = new VisitReportDialog(*m_s.commands, visit, trusted, m_s.window.get());
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->show();
    QVERIFY(QTest::qWaitForWindowExposed(report));
    QVERIFY(report->askDebriefBox()->isVisible());
    for (const char *field : {"trustedPersonTasks", "professionalTasks"})
        QTest::keyClicks(report->findChild<QPlainTextEdit *>(QLatin1String(field)),
                         QStringLiteral("Samen de brieven doorgenomen"));
    report->askDebriefBox()->setFocus();
    QTest::keyClick(report->askDebriefBox(), Qt::Key_Space);
    QVERIFY2(report->okButton()->isEnabled(), qPrintable(report->problemText()));
    QTest::mouseClick(report->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_s.window->findChild<VisitReportDialog *>());
    auto asked = DebriefStore(*m_s.db).forVisit(visit);
    DC_VERIFY_OK(asked);
    QCOMPARE(asked->size(), 1);
    QCOMPARE(asked->constFirst().workerId, m_s.fixture.trustedA);
    const QByteArray reported = contentHash(*m_s.db);

    // The coordinator's Today lists it; Enter on it records that it took place.
    TodayPage today(*m_s.db, m_s.notifier.get());
    today.setUser(CurrentUser());
    today.setDay(m_today);
    VisitActions actions(
        m_s.commands.get(), [] { return CurrentUser(); }, m_s.window.get());
    connect(&today, &TodayPage::debriefActivated, &actions, &VisitActions::recordDebriefHeld);
    today.resize(900, 900);
    today.show();
    QVERIFY(QTest::qWaitForWindowExposed(&today));
    QVERIFY(today.debriefList()->isVisible());
    QCOMPARE(today.debriefList()->topLevelItemCount(), 1);
    QCOMPARE(today.debriefList()->topLevelItem(0)->text(1), QStringLiteral("Fatima El Amrani"));
    today.debriefList()->setFocus();
    today.debriefList()->setCurrentItem(today.debriefList()->topLevelItem(0));
    QTest::keyClick(today.debriefList(), Qt::Key_Return);
    auto *held = UiTestSupport::waitForDialog<DebriefHeldDialog>(m_s.window.get());
    QVERIFY(held);
    held->heldByField()->clear();
    QCOMPARE(held->problemText(), QStringLiteral("Say who held the debrief."));
    QTest::keyClicks(held->heldByField(), QStringLiteral("Petra de Coordinator"));
    QTest::mouseClick(held->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_s.window->findChild<DebriefHeldDialog *>());
    QCOMPARE(DebriefStore(*m_s.db).get(asked->constFirst().id)->heldBy,
             QStringLiteral("Petra de Coordinator"));
    QTRY_VERIFY(!today.debriefList()->isVisible());

    // Undone: open again; then the report and its request go together.
    m_s.commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_s.db), reported);
    QTRY_VERIFY(today.debriefList()->isVisible());
    m_s.commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_s.db), before);
    QCOMPARE(VisitStore(*m_s.db).get(visit)->status, VisitStatus::Planned);
    m_s.commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_s.db), reported);
}

void TestDebriefs::onlyTheDuoIsAsked()
{
    const qint64 visit = plannedYesterday();
    CurrentUser otherCoach;
    otherCoach.kind = CurrentUser::Kind::Worker;
    otherCoach.workerId = m_s.fixture.trustedB;
    otherCoach.name = QStringLiteral("Ayşe Yılmaz");
    for (const CurrentUser &user : {CurrentUser(), otherCoach}) {
        VisitReportDialog report(*m_s.commands, visit, user, m_s.window.get());
        report.show();
        QVERIFY(QTest::qWaitForWindowExposed(&report));
        QVERIFY(!report.askDebriefBox()->isVisible());
    }
}

void TestDebriefs::trainingFromTheWorkersPage()
{
    auto *page = new WorkersPage(*m_s.db, m_s.window.get());
    page->setCommands(m_s.commands.get());
    page->reload();
    page->resize(m_s.window->size());
    page->show();
    auto *action = page->findChild<QAction *>(QStringLiteral("recordTraining"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled()); // no worker chosen yet
    WorkersPage::selectId(page->workerTable(), m_s.fixture.trustedA);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = page->findChild<TrainingDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a course needs its name
    QTest::keyClicks(dialog->courseField(), QStringLiteral("Basiscursus vertrouwenspersoon"));
    dialog->startedField()->setDate(m_today.addDays(-60));
    // By keyboard, as a coordinator tabbing through the form would.
    dialog->endedField()->setFocus();
    QTest::keyClick(dialog->endedField(), Qt::Key_Space);
    QVERIFY(dialog->endedOnField()->isEnabled());
    dialog->endedOnField()->setDate(m_today.addDays(-30));
    dialog->completedField()->setFocus();
    QTest::keyClick(dialog->completedField(), Qt::Key_Space);
    QVERIFY(dialog->completedField()->isChecked());
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    auto trainings = TrainingStore(*m_s.db).forWorker(m_s.fixture.trustedA);
    DC_VERIFY_OK(trainings);
    QCOMPARE(trainings->size(), 1);
    QCOMPARE(trainings->first().course, QStringLiteral("Basiscursus vertrouwenspersoon"));
    QVERIFY(trainings->first().completed);
    QCOMPARE(trainings->first().endedOn, m_today.addDays(-30));
    // One step back and forth.
    m_s.commands->undoStack()->undo();
    QCOMPARE(TrainingStore(*m_s.db).forWorker(m_s.fixture.trustedA)->size(), 0);
    m_s.commands->undoStack()->redo();
    QCOMPARE(TrainingStore(*m_s.db).forWorker(m_s.fixture.trustedA)->size(), 1);
}

void TestDebriefs::networkMeetingFromTheWorkersPage()
{
    auto *page = new WorkersPage(*m_s.db, m_s.window.get());
    page->setCommands(m_s.commands.get());
    page->reload();
    page->show();
    auto *action = page->findChild<QAction *>(QStringLiteral("recordMeeting"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = page->findChild<MeetingDialog *>();
    QVERIFY(dialog);
    // The volunteers' lunch: a network meeting, no families, the trusted persons who came.
    QCOMPARE(dialog->kindField()->currentData().toInt(), int(MeetingKind::Network));
    QTest::keyClicks(dialog->titleField(), QStringLiteral("Vrijwilligerslunch"));
    QListWidget *workers = dialog->workersField();
    int ticked = 0;
    for (int row = 0; row < workers->count(); ++row)
        if (workers->item(row)->data(Qt::UserRole).toLongLong() == m_s.fixture.trustedA) {
            workers->item(row)->setCheckState(Qt::Checked);
            ++ticked;
        }
    QCOMPARE(ticked, 1);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->problemText()));
    QTest::mouseClick(ok, Qt::LeftButton);
    auto held = MeetingStore(*m_s.db).held(m_today.addDays(-1), m_today);
    DC_VERIFY_OK(held);
    QCOMPARE(held->size(), 1);
    QCOMPARE(held->first().kind, MeetingKind::Network);
    auto meeting = MeetingStore(*m_s.db).get(held->first().id);
    DC_VERIFY_OK(meeting);
    QCOMPARE(meeting->workerIds, QList<qint64>{m_s.fixture.trustedA});
    QVERIFY(meeting->families.isEmpty());
}

QTEST_MAIN(TestDebriefs)
#include "TestDebriefs.moc"
