// Feedback that returns to the duo (issue 17), as its three users go through it: the
// coordinator's export, the supervisor's notes written and saved in the review window, the
// coordinator's File → Import Supervision Feedback… in the main window (the file chosen in the
// file dialog), and the duo's trusted person who finds the note on Today, opens it with Enter,
// and sees it again above the visit's report. Reading it is in the access log.

#include "MainWindow.h"
#include "MessageBox.h"
#include "SupervisionFeedbackList.h"
#include "SupervisionWorld.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "dialogs/VisitReportDialog.h"
#include "exchange/ReviewFeedback.h"
#include "exchange/SupervisionPackageWriter.h"
#include "review/FeedbackPanel.h"
#include "review/PackageVisitModel.h"
#include "review/ReviewFilterProxy.h"
#include "review/ReviewWindow.h"
#include "storage/WorkerStore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace TestSupport;

class TestFeedbackLoop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void feedbackReachesTheDuosToday();
};

void TestFeedbackLoop::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    UiTestSupport::failOnWarnings();
}

void TestFeedbackLoop::feedbackReachesTheDuosToday()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open(dir.filePath(QStringLiteral("team.duocoach")));
    DC_VERIFY_OK(db);
    SupervisionWorld::World world;
    QCOMPARE(SupervisionWorld::make(*db.value(), &world), QString());
    CurrentUser coordinator;
    coordinator.kind = CurrentUser::Kind::Coordinator;
    CurrentUser::save(*db.value(), coordinator);

    // The coordinator's export for supervision.
    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    options.request.pseudonymize = true;
    options.exportedBy = QStringLiteral("Coördinator");
    options.actor = Actor::of(*db.value(), coordinator);
    const QString package = dir.filePath(QStringLiteral("voorjaar.duosup"));
    DC_VERIFY_OK(SupervisionPackageWriter::write(*db.value(), package, options));

    // The supervisor writes a general remark and a note on the log's first visit, and saves.
    qint64 visit = 0;
    {
        ReviewWindow *review = ReviewWindow::open(package);
        QVERIFY(review);
        QVERIFY(QTest::qWaitForWindowExposed(review));
        FeedbackPanel *panel = review->feedbackPanel();
        QTest::keyClicks(panel->generalEditor(), QStringLiteral("Goed bijgehouden logboek."));
        review->tabs()->setCurrentIndex(1);
        review->visitTable()->selectRow(0);
        visit = review->proxy()->index(0, 0).data(PackageVisitModel::IdRole).toLongLong();
        QVERIFY(visit > 0);
        QTest::keyClicks(panel->visitEditor(), QStringLiteral("Sterk dat de moeder zelf belde."));
        QAction *save = review->findChild<QAction *>(QStringLiteral("saveFeedbackAction"));
        QVERIFY(save && save->isEnabled());
        save->trigger();
        QVERIFY(!review->isWindowModified());
        review->close();
    }
    const QString feedback = ReviewFeedback::pathFor(package);
    QVERIFY(QFile::exists(feedback));
    // Whose visit it was: that duo's trusted person reads the note.
    auto duo = db.value()->scalar(QStringLiteral("SELECT d.trusted_person_id FROM visits v JOIN "
                                                 "duos d ON d.id = v.duo_id WHERE v.id = ?"),
                                  {visit});
    DC_VERIFY_OK(duo);
    auto trusted = WorkerStore(*db.value()).get(duo->toLongLong());
    DC_VERIFY_OK(trusted);

    MainWindow window(std::move(db).value());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Workspace *workspace = window.workspace();

    // File → Import Supervision Feedback…: the file is chosen in the file dialog, as a user
    // would, from a timer while the dialog runs its own loop.
    QAction *import = window.findChild<QAction *>(QStringLiteral("importFeedbackAction"));
    QVERIFY(import);
    bool chosen = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!files || chosen)
            return;
        poll.stop();
        // The file's path in the dialog's name field, and Return. Set, not typed: typing a
        // path opens the field's completer, which takes the Return for itself in some folders.
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (name) {
            name->setFocus();
            name->setText(feedback);
            chosen = true;
            QTest::keyClick(name, Qt::Key_Return);
        }
        // A dialog that did not take the file is closed, so the test fails instead of hanging.
        if (files->isVisible())
            QMetaObject::invokeMethod(files, "reject", Qt::QueuedConnection);
    });
    poll.start();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    import->trigger();
    poll.stop();
    QVERIFY(chosen);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("voorjaar.duosup")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("is with the duos now")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(workspace->currentPage(), Workspace::Today);

    // The duo's trusted person: the note and the general remark are on Today.
    workspace->setCurrentUser(UiTestSupport::workingAs(trusted.value()));
    QTreeWidget *list = workspace->todayPage()->feedback()->list();
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    QVERIFY(workspace->todayPage()->feedback()->isVisible());
    QTreeWidgetItem *onVisit = nullptr;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        if (list->topLevelItem(row)->text(2).startsWith(QStringLiteral("Sterk dat")))
            onVisit = list->topLevelItem(row);
    QVERIFY(onVisit);
    QVERIFY(onVisit->text(1).contains(QStringLiteral("Visit of")));

    // Opened with Enter: the whole note, and the reading logged.
    list->setFocus();
    list->setCurrentItem(onVisit);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Sterk dat de moeder zelf belde.")),
             qPrintable(MessageBox::lastText()));
    Database &data = workspace->commands()->database();
    auto read = data.scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = "
                                           "'read' AND detail = 'supervision_feedback' AND "
                                           "user_name = ?"),
                            {trusted->name});
    DC_VERIFY_OK(read);
    QCOMPARE(read->toInt(), 1);

    // Above the visit's report, too.
    VisitReportDialog report(*workspace->commands(), visit, workspace->currentUser(), &window);
    auto *notes = report.findChild<QGroupBox *>(QStringLiteral("supervisionNotes"));
    QVERIFY(notes);
    QVERIFY(!notes->isHidden());
    auto *text = notes->findChild<QLabel *>(QStringLiteral("supervisionNotesText"));
    QVERIFY(text && text->text().contains(QStringLiteral("Sterk dat de moeder zelf belde.")));
}

QTEST_MAIN(TestFeedbackLoop)
#include "TestFeedbackLoop.moc"
