// Issue 6 in the window: opening a family's details writes one read entry in the access log
// (when the user sees them, once per choice, never on a refresh), and the family's access log
// shows it; the log is the coordinator's to read, and opening it is logged; consent is recorded
// and withdrawn through its forms and undone; a family past its retention date is removed from
// the "Due for Removal" list; and who is working is asked once per file.

#include "AccessLogModel.h"
#include "ConsentPanel.h"
#include "FamilyDetailPane.h"
#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/AccessLogDialog.h"
#include "dialogs/ConsentDialog.h"
#include "dialogs/DueForRemovalDialog.h"
#include "dialogs/WithdrawConsentDialog.h"
#include "dialogs/WorkingAsDialog.h"
#include "storage/ConsentStore.h"
#include "storage/RetentionStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace TestSupport;

class TestTrustWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openingAFamilyIsLoggedOnceAndShownInItsLog();
    void onlyTheCoordinatorReadsTheLog();
    void logOfEveryoneFiltersByUser();
    void changedLogIsShown();
    void consentRecordedWithdrawnAndUndone();
    void dueFamilyIsRemoved();
    void whoIsWorkingIsAskedOncePerFile();

private:
    QList<AccessEntry> entries(AccessAction action);
    FamilyPage *showFamiliesPage();
    void clickFamilyRow(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Database *m_db = nullptr;
};

void TestTrustWindow::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    qputenv("USER", "jdevries");
}

void TestTrustWindow::init()
{
    UiTestSupport::failOnWarnings();
    Settings::setValue(Settings::Key::WorkingAs, QVariantMap());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = UiTestSupport::demoDatabase(m_dir->filePath(QStringLiteral("trust.sqlite")), 40);
    DC_VERIFY_OK(db);
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_db = &m_window->database();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTrustWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    // Dialogs opened beside the window go with it.
    m_window.reset();
    m_dir.reset();
}

QList<AccessEntry> TestTrustWindow::entries(AccessAction action)
{
    AccessQuery all;
    all.limit = 10000;
    QList<AccessEntry> found;
    const QList<AccessEntry> every = AccessLog(*m_db).entries(all).value();
    for (const AccessEntry &e : every)
        if (e.action == action)
            found << e;
    return found;
}

FamilyPage *TestTrustWindow::showFamiliesPage()
{
    auto *navigation = m_window->workspace()->navigation();
    const QRect tile = navigation->visualItemRect(navigation->item(Workspace::Families));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, tile.center());
    return m_window->workspace()->familyPage();
}

void TestTrustWindow::clickFamilyRow(int row)
{
    QTableView *table = m_window->workspace()->familyPage()->table();
    const QRect cell = table->visualRect(table->model()->index(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestTrustWindow::openingAFamilyIsLoggedOnceAndShownInItsLog()
{
    // The window starts on Today: the family list has selected its first family, but nobody
    // has seen it, so nothing is read yet.
    QCOMPARE(m_window->workspace()->currentPage(), Workspace::Today);
    QCOMPARE(entries(AccessAction::Read).size(), 0);

    FamilyPage *page = showFamiliesPage();
    QCOMPARE(m_window->workspace()->currentPage(), Workspace::Families);
    // Now it is in view: one read of the family shown.
    QTRY_COMPARE(entries(AccessAction::Read).size(), 1);
    const qint64 first = page->detailPane()->familyId();
    QCOMPARE(entries(AccessAction::Read).first().familyId, first);

    clickFamilyRow(2);
    const qint64 third = page->model()->familyId(2);
    QCOMPARE(page->detailPane()->familyId(), third);
    QList<AccessEntry> reads = entries(AccessAction::Read);
    QCOMPARE(reads.size(), 2);
    const AccessEntry &read = reads.last();
    QCOMPARE(read.familyId, third);
    QCOMPARE(read.caseCode, FamilyStore(*m_db).get(third)->caseCode);
    QCOMPARE(read.userName, QStringLiteral("jdevries"));
    QCOMPARE(read.userRole, QStringLiteral("coordinator"));
    QCOMPARE(read.outcome, AccessOutcome::Success);

    // The same family again, a refresh after an edit, a trip to another page and back: no new
    // reading.
    clickFamilyRow(2);
    Family edited = FamilyStore(*m_db).get(third).value();
    edited.district = QStringLiteral("Kanaleneiland");
    DC_VERIFY_OK(m_window->workspace()->commands()->editFamily(edited));
    m_window->workspace()->setCurrentPage(Workspace::Visits);
    m_window->workspace()->setCurrentPage(Workspace::Families);
    QCOMPARE(entries(AccessAction::Read).size(), 2);

    // Its access log, from the family's own button, shows the reading and the edit, and its
    // own opening.
    ConsentPanel *panel = page->detailPane()->consentPanel();
    QVERIFY(panel->accessLogButton()->isEnabled());
    panel->accessLogButton()->click();
    auto *dialog = m_window->findChild<AccessLogDialog *>();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    AccessLogModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->entry(0).action, AccessAction::Read);
    QCOMPARE(model->entry(1).action, AccessAction::Update);
    QCOMPARE(model->entry(2).action, AccessAction::OpenLog);
    QCOMPARE(model->data(model->index(0, AccessLogModel::Action)).toString(),
             AccessLog::display(AccessAction::Read));
    QCOMPARE(model->data(model->index(0, AccessLogModel::User)).toString(),
             QStringLiteral("jdevries"));
    QVERIFY(dialog->table()->isColumnHidden(AccessLogModel::CaseCode));
    // A period without entries.
    dialog->toField()->setDate(QDate(2020, 1, 1));
    QCOMPARE(model->rowCount(), 0);
    // Changing the period is the same opening: no second entry.
    QCOMPARE(entries(AccessAction::OpenLog).size(), 1);
}

void TestTrustWindow::onlyTheCoordinatorReadsTheLog()
{
    Workspace *workspace = m_window->workspace();
    CurrentUser supervisor;
    supervisor.kind = CurrentUser::Kind::Supervisor;
    workspace->setCurrentUser(supervisor);
    FamilyPage *page = showFamiliesPage();
    QTRY_VERIFY(page->detailPane()->familyId() > 0);
    const qint64 family = page->detailPane()->familyId();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page->detailPane()->consentPanel()->accessLogButton()->click();
    QVERIFY(!m_window->findChild<AccessLogDialog *>());
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("Only the coordinator can read the access log."));
    const QList<AccessEntry> opened = entries(AccessAction::OpenLog);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().outcome, AccessOutcome::Refused);
    QCOMPARE(opened.first().userRole, QStringLiteral("supervisor"));
    QCOMPARE(opened.first().familyId, family);
    // The reading was recorded in the supervisor's name.
    QCOMPARE(entries(AccessAction::Read).last().userRole, QStringLiteral("supervisor"));
}

void TestTrustWindow::logOfEveryoneFiltersByUser()
{
    // Two users read a family each.
    Workspace *workspace = m_window->workspace();
    FamilyPage *page = showFamiliesPage();
    QTRY_COMPARE(entries(AccessAction::Read).size(), 1);
    auto worker = m_db->scalar(QStringLiteral("SELECT id FROM workers WHERE active = 1 LIMIT 1"));
    DC_VERIFY_OK(worker);
    CurrentUser coach;
    coach.kind = CurrentUser::Kind::Worker;
    coach.workerId = worker->toLongLong();
    coach.name = WorkerStore(*m_db).get(coach.workerId)->name;
    workspace->setCurrentUser(coach);
    // The family in view is read anew, by the coach; their own families come first (issue 17),
    // so when it is not one of theirs, the first of theirs is shown and read as well.
    QVERIFY(entries(AccessAction::Read).size() >= 2);
    QCOMPARE(entries(AccessAction::Read).last().userName, coach.name);
    page->mineBox()->setChecked(false);
    const int beforeClick = int(entries(AccessAction::Read).size());
    clickFamilyRow(1);
    QCOMPARE(entries(AccessAction::Read).size(), beforeClick + 1);
    int coachEntries = 0;
    for (const AccessEntry &entry : entries(AccessAction::Read))
        coachEntries += entry.userName == coach.name ? 1 : 0;
    workspace->setCurrentUser(CurrentUser());
    QCOMPARE(page->detailPane()->familyId(), page->model()->familyId(1));

    m_window->findChild<QAction *>(QStringLiteral("accessLogAction"))->trigger();
    auto *dialog = m_window->findChild<AccessLogDialog *>();
    QVERIFY(dialog);
    QComboBox *users = dialog->userFilter();
    QVERIFY(users->findData(coach.name) > 0);
    QVERIFY(users->findData(QStringLiteral("jdevries")) > 0);
    const int all = dialog->model()->rowCount();
    QVERIFY(all >= 5); // four reads and this opening at least
    users->setCurrentIndex(users->findData(coach.name));
    QCOMPARE(dialog->model()->rowCount(), coachEntries);
    for (int row = 0; row < coachEntries; ++row)
        QCOMPARE(dialog->model()->entry(row).userName, coach.name);
    // Every opening is on record: of everyone, and of the coach's entries.
    const QList<AccessEntry> opened = entries(AccessAction::OpenLog);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0).detail, QStringLiteral("all"));
    QCOMPARE(opened.at(1).detail, QStringLiteral("user;") + coach.name);
    QVERIFY2(dialog->chainLabel()->text().contains(QLatin1String("intact up to entry")),
             qPrintable(dialog->chainLabel()->text()));
}

// Issue 18: someone with the sqlite3 shell drops the log's triggers and changes an entry; the
// log's window says so, and where, in words.
void TestTrustWindow::changedLogIsShown()
{
    showFamiliesPage();
    QTRY_VERIFY(!entries(AccessAction::Read).isEmpty());
    auto changed = m_db->scalar(QStringLiteral("SELECT min(id) FROM access_log"));
    DC_VERIFY_OK(changed);
    {
        QSqlDatabase shell =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
        shell.setDatabaseName(m_db->filePath());
        QVERIFY(shell.open());
        QSqlQuery q(shell);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER access_log_never_changed")));
        QVERIFY(q.exec(QStringLiteral("UPDATE access_log SET user_name = 'iemand anders' "
                                      "WHERE id = %1")
                           .arg(changed->toLongLong())));
        q.finish();
        shell.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shell"));
    m_window->findChild<QAction *>(QStringLiteral("accessLogAction"))->trigger();
    auto *dialog = m_window->findChild<AccessLogDialog *>();
    QVERIFY(dialog);
    const QString text = dialog->chainLabel()->text();
    QVERIFY2(text.contains(QLatin1String("changed outside DuoCoach")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("entry %1").arg(changed->toLongLong())),
             qPrintable(text));
}

void TestTrustWindow::consentRecordedWithdrawnAndUndone()
{
    FamilyPage *page = showFamiliesPage();
    QTRY_VERIFY(page->detailPane()->familyId() > 0);
    // A family not asked for consent yet (the demo records it when a duo starts): every
    // purpose can be chosen.
    int unasked = -1;
    for (int r = 0; r < page->model()->rowCount() && unasked < 0; ++r)
        if (ConsentStore(*m_db).forFamily(page->model()->familyId(r))->isEmpty())
            unasked = r;
    QVERIFY(unasked >= 0);
    page->table()->scrollTo(page->table()->model()->index(unasked, 1));
    clickFamilyRow(unasked);
    QTRY_COMPARE(page->detailPane()->familyId(), page->model()->familyId(unasked));
    const qint64 family = page->detailPane()->familyId();
    ConsentPanel *panel = page->detailPane()->consentPanel();
    const int before = panel->table()->rowCount();
    QVERIFY(panel->recordButton()->isEnabled());
    panel->recordButton()->click();
    auto *dialog = panel->findChild<ConsentDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->requirementLabel()->text().isEmpty());
    // The suggested giver is one the rule allows; choosing the purposes enables OK.
    QCheckBox *share = dialog->purposeBox(ConsentPurpose::ShareWithPartner);
    QVERIFY(share->isEnabled());
    const bool enabledBefore = dialog->okButton()->isEnabled();
    share->click();
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!enabledBefore || before > 0);
    QTest::keyClicks(dialog->noteField(), QStringLiteral("Met tolk"));
    dialog->okButton()->click();
    QCOMPARE(panel->table()->rowCount(), before + 1);
    auto stored = ConsentStore(*m_db).forFamily(family);
    DC_VERIFY_OK(stored);
    QCOMPARE(stored->size(), before + 1);

    // Withdraw the record just made (holding records come first, newest first).
    int row = -1;
    for (int r = 0; r < panel->table()->rowCount(); ++r)
        if (panel->table()->item(r, 3)->text() == QLatin1String("Met tolk"))
            row = r;
    QVERIFY(row >= 0);
    panel->table()->selectRow(row);
    QVERIFY(panel->withdrawButton()->isEnabled());
    panel->withdrawButton()->click();
    auto *withdraw = panel->findChild<WithdrawConsentDialog *>();
    QVERIFY(withdraw);
    withdraw->okButton()->click();
    const qint64 id = panel->table()->item(row, 0)->data(Qt::UserRole).toLongLong();
    QVERIFY(ConsentStore(*m_db).get(id)->withdrawnOn.isValid());

    // Both are steps on the undo stack.
    QUndoStack *stack = m_window->workspace()->commands()->undoStack();
    stack->undo();
    QVERIFY(!ConsentStore(*m_db).get(id)->withdrawnOn.isValid());
    stack->undo();
    QCOMPARE(ConsentStore(*m_db).forFamily(family)->size(), before);
    QCOMPARE(panel->table()->rowCount(), before);
    // All four are in the family's log, as changes of consent.
    int consentEntries = 0;
    const QList<AccessEntry> updates = entries(AccessAction::Update);
    for (const AccessEntry &e : updates)
        if (e.familyId == family && e.detail.startsWith(QLatin1String("consent")))
            ++consentEntries;
    QCOMPARE(consentEntries, 4);
}

void TestTrustWindow::dueFamilyIsRemoved()
{
    auto closed = m_db->scalar(QStringLiteral("SELECT count(*) FROM families WHERE status = "
                                              "'closed' AND retain_until IS NOT NULL"));
    DC_VERIFY_OK(closed);
    QVERIFY(closed->toInt() > 0); // the demo has closed files, dated by the database
    EditCommands *commands = m_window->workspace()->commands();
    // Far enough ahead that every closed file is due.
    DueForRemovalDialog dialog(*commands, m_window.get(), QDate(2100, 1, 1));
    QCOMPARE(dialog.table()->rowCount(), closed->toInt());
    QVERIFY(!dialog.removeButton()->isEnabled());
    dialog.table()->selectRow(0);
    QVERIFY(dialog.removeButton()->isEnabled());
    const qint64 id = dialog.table()->item(0, 0)->data(Qt::UserRole).toLongLong();
    const QString code = dialog.table()->item(0, 0)->text();

    // Asked first: "No" keeps it.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!dialog.removeSelected());
    QVERIFY(FamilyStore(*m_db).get(id).ok());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(dialog.removeSelected());
    QVERIFY(!FamilyStore(*m_db).get(id).ok());
    QCOMPARE(dialog.table()->rowCount(), closed->toInt() - 1);
    QVERIFY(dialog.summaryLabel()->text().contains(QLatin1Char('1')));
    const QList<AccessEntry> removed = entries(AccessAction::Remove);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().caseCode, code);
    // The family list let go of it.
    QCOMPARE(m_window->workspace()->familyPage()->model()->rowOf(id), -1);

    // A worker is refused, and that is on record too.
    CurrentUser coach;
    coach.kind = CurrentUser::Kind::Worker;
    coach.workerId =
        m_db->scalar(QStringLiteral("SELECT id FROM workers WHERE active = 1"))->toLongLong();
    m_window->workspace()->setCurrentUser(coach);
    DueForRemovalDialog refused(*commands, m_window.get(), QDate(2100, 1, 1));
    QVERIFY(!refused.yearsField()->isEnabled());
    refused.table()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!refused.removeSelected());
    QCOMPARE(refused.resultLabel()->text(),
             QStringLiteral("Only the coordinator can remove a family's file."));
    QCOMPARE(entries(AccessAction::Remove).size(), 2);
    QCOMPARE(entries(AccessAction::Remove).last().outcome, AccessOutcome::Refused);
}

void TestTrustWindow::whoIsWorkingIsAskedOncePerFile()
{
    QVERIFY(!CurrentUser::isChosen(*m_db));
    auto worker = m_db->scalar(QStringLiteral("SELECT id FROM workers WHERE active = 1 "
                                              "ORDER BY name LIMIT 1"));
    DC_VERIFY_OK(worker);
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<WorkingAsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->workers()->setCurrentIndex(dialog->workers()->findData(worker->toLongLong()));
        dialog->workerChoice()->setChecked(true);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QVERIFY(m_window->askWhoIsWorking());
    QCOMPARE(m_window->workspace()->currentUser().workerId, worker->toLongLong());
    QVERIFY(CurrentUser::isChosen(*m_db));
    const QString role = m_window->workspace()->commands()->actor().role;
    QVERIFY(role == QLatin1String("trusted_person") || role == QLatin1String("professional"));
    // Asked once: not again for this file.
    QVERIFY(!m_window->askWhoIsWorking());
}

QTEST_MAIN(TestTrustWindow)
#include "TestTrustWindow.moc"
