// Debriefs after heavy visits in the window (issue 16): the trusted person asks for one with the
// visit report (one step with the report: undone together), the coordinator's Today lists the
// open request and records, from there, that it took place and who held it; someone not of the
// duo is not offered the question.

#include "MessageBox.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "VisitActions.h"
#include "commands/EditCommands.h"
#include "dialogs/DebriefHeldDialog.h"
#include "dialogs/VisitReportDialog.h"
#include "services/ChangeNotifier.h"
#include "storage/DebriefStore.h"
#include "storage/VisitStore.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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

QTEST_MAIN(TestDebriefs)
#include "TestDebriefs.moc"
