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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<EditCommands> m_commands;
    std::unique_ptr<QWidget> m_window;
    Fixture m_f;
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
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("debriefs.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
    m_notifier = std::make_unique<ChangeNotifier>();
    m_commands = std::make_unique<EditCommands>(*m_db, m_notifier.get());
    m_window = std::make_unique<QWidget>();
    m_window->resize(900, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDebriefs::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_commands.reset();
    m_notifier.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestDebriefs::plannedYesterday()
{
    Visit visit;
    visit.familyId = m_f.family.id;
    visit.duoId = m_f.duoA;
    visit.start = QDateTime(m_today.addDays(-1), QTime(10, 0));
    auto id = VisitStore(*m_db).add(visit);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    return id ? id.value() : 0;
}

void TestDebriefs::askedWithTheReportAndHeldFromToday()
{
    const qint64 visit = plannedYesterday();
    const QByteArray before = contentHash(*m_db);
    CurrentUser trusted;
    trusted.kind = CurrentUser::Kind::Worker;
    trusted.workerId = m_f.trustedA;
    trusted.name = QStringLiteral("Fatima El Amrani");
    auto *report = new VisitReportDialog(*m_commands, visit, trusted, m_window.get());
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
    QTRY_VERIFY(!m_window->findChild<VisitReportDialog *>());
    auto asked = DebriefStore(*m_db).forVisit(visit);
    DC_VERIFY_OK(asked);
    QCOMPARE(asked->size(), 1);
    QCOMPARE(asked->constFirst().workerId, m_f.trustedA);
    const QByteArray reported = contentHash(*m_db);

    // The coordinator's Today lists it; Enter on it records that it took place.
    TodayPage today(*m_db, m_notifier.get());
    today.setUser(CurrentUser());
    today.setDay(m_today);
    VisitActions actions(
        m_commands.get(), [] { return CurrentUser(); }, m_window.get());
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
    auto *held = UiTestSupport::waitForDialog<DebriefHeldDialog>(m_window.get());
    QVERIFY(held);
    held->heldByField()->clear();
    QCOMPARE(held->problemText(), QStringLiteral("Say who held the debrief."));
    QTest::keyClicks(held->heldByField(), QStringLiteral("Petra de Coordinator"));
    QTest::mouseClick(held->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<DebriefHeldDialog *>());
    QCOMPARE(DebriefStore(*m_db).get(asked->constFirst().id)->heldBy,
             QStringLiteral("Petra de Coordinator"));
    QTRY_VERIFY(!today.debriefList()->isVisible());

    // Undone: open again; then the report and its request go together.
    m_commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_db), reported);
    QTRY_VERIFY(today.debriefList()->isVisible());
    m_commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(VisitStore(*m_db).get(visit)->status, VisitStatus::Planned);
    m_commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_db), reported);
}

void TestDebriefs::onlyTheDuoIsAsked()
{
    const qint64 visit = plannedYesterday();
    CurrentUser otherCoach;
    otherCoach.kind = CurrentUser::Kind::Worker;
    otherCoach.workerId = m_f.trustedB;
    otherCoach.name = QStringLiteral("Ayşe Yılmaz");
    for (const CurrentUser &user : {CurrentUser(), otherCoach}) {
        VisitReportDialog report(*m_commands, visit, user, m_window.get());
        report.show();
        QVERIFY(QTest::qWaitForWindowExposed(&report));
        QVERIFY(!report.askDebriefBox()->isVisible());
    }
}

QTEST_MAIN(TestDebriefs)
#include "TestDebriefs.moc"
