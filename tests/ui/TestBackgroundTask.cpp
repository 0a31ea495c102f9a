// Long work off the window's thread (issue 7): BackgroundTask runs it on a thread of its own
// with a database connection of its own, hands its result back, keeps the window's event loop
// turning meanwhile, and shows a progress dialog whose Cancel (button, Escape or closing it)
// asks the work to stop, says so, and stays up until the work has stopped.
//
// Nothing here waits for a time to pass: the work waits for what the test does in the window
// (with a generous deadline, so a broken dialog fails the test instead of hanging it).

#include "BackgroundTask.h"
#include "UiTestSupport.h"
#include "storage/AccessLog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace {
// How long a work waits for the test to act before it gives up: only a broken dialog gets near.
constexpr qint64 GiveUpMs = 60000;

// Waits on the work's thread until `ready` holds; false when it never did.
template <typename Ready> bool waitFor(Ready ready)
{
    QElapsedTimer clock;
    clock.start();
    while (!ready()) {
        if (clock.elapsed() > GiveUpMs)
            return false;
        QThread::msleep(2);
    }
    return true;
}
} // namespace

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runsOnItsOwnThreadWithItsOwnConnection();
    void whatTheWorkWroteIsReadAfterwards();
    void databaseThatDoesNotOpenIsTheWorksFailure();
    void windowKeepsTurningWhileItRuns();
    void cancelInTheDialog_data();
    void cancelInTheDialog();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QWidget> m_window;
};

void TestBackgroundTask::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestBackgroundTask::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = UiTestSupport::demoDatabase(m_dir->filePath(QStringLiteral("work.sqlite")), 12);
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_window = std::make_unique<QWidget>();
    m_window->setWindowTitle(QStringLiteral("Export for Supervision"));
    m_window->resize(500, 300);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackgroundTask::cleanup()
{
    BackgroundTask::setBeforeWorkForTesting({});
    m_window.reset();
    m_db.reset();
    m_dir.reset();
}

void TestBackgroundTask::runsOnItsOwnThreadWithItsOwnConnection()
{
    QThread *workThread = nullptr;
    QString connection;
    QString path;
    auto families = BackgroundTask::run(m_window.get(), QStringLiteral("Counting…"), m_db->path(),
                                        [&](Database &db, Progress &) -> Result<qint64> {
                                            workThread = QThread::currentThread();
                                            connection = db.connection().connectionName();
                                            path = db.path();
                                            auto count = db.scalar(
                                                QStringLiteral("SELECT count(*) FROM families"));
                                            if (!count)
                                                return count.error();
                                            return count->toLongLong();
                                        });
    DC_VERIFY_OK(families);
    QCOMPARE(families.value(),
             m_db->scalar(QStringLiteral("SELECT count(*) FROM families"))->toLongLong());
    QVERIFY(families.value() > 0);

    QVERIFY(workThread);
    QVERIFY(workThread != QThread::currentThread());
    QCOMPARE(QThread::currentThread(), qApp->thread());
    QCOMPARE(path, m_db->path());
    QVERIFY(!connection.isEmpty());
    QVERIFY(connection != m_db->connection().connectionName());
    // Closed and removed again (in its own thread: a QtSql warning would have failed the test).
    QVERIFY(!QSqlDatabase::connectionNames().contains(connection));
    QVERIFY(QSqlDatabase::connectionNames().contains(m_db->connection().connectionName()));
}

void TestBackgroundTask::whatTheWorkWroteIsReadAfterwards()
{
    const auto logged = [this] {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM access_log"))->toLongLong();
    };
    const qint64 before = logged();
    const qint64 family =
        m_db->scalar(QStringLiteral("SELECT min(id) FROM families"))->toLongLong();
    const Status written = BackgroundTask::run(
        m_window.get(), QStringLiteral("Writing…"), m_db->path(),
        [family](Database &db, Progress &) {
            return AccessLog(db).record(Actor::commandLine(), AccessAction::Read, family);
        });
    DC_VERIFY_OK(written);
    QCOMPARE(logged(), before + 1);
}

void TestBackgroundTask::databaseThatDoesNotOpenIsTheWorksFailure()
{
    bool worked = false;
    const Status done =
        BackgroundTask::run(m_window.get(), QStringLiteral("Writing…"),
                            m_dir->filePath(QStringLiteral("no-such-folder/work.sqlite")),
                            [&worked](Database &, Progress &) -> Status {
                                worked = true;
                                return {};
                            });
    QVERIFY(!done);
    QVERIFY(!worked);
    QVERIFY(!done.error().isCancelled());
    QCOMPARE(done.message(), QStringLiteral("The folder for \"work.sqlite\" does not exist."));
}

void TestBackgroundTask::windowKeepsTurningWhileItRuns()
{
    // The work waits until the window's own timer has fired a few times: it ends only if the
    // event loop of the window's thread turns while it runs.
    std::atomic_int ticks{0};
    QTimer timer;
    timer.setInterval(5);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();
    auto seen = BackgroundTask::run(m_window.get(), QStringLiteral("Waiting…"), m_db->path(),
                                    [&ticks](Database &, Progress &) -> Result<int> {
                                        if (!waitFor([&] { return ticks.load() >= 5; }))
                                            return Error::invalid(
                                                QStringLiteral("The window's timer never fired."));
                                        return ticks.load();
                                    });
    DC_VERIFY_OK(seen);
    QVERIFY(seen.value() >= 5);
}

void TestBackgroundTask::cancelInTheDialog_data()
{
    QTest::addColumn<QString>("how");
    // What the work returns after it saw the cancel: "cancelled" (its own Error::cancelled),
    // "failed" (another error: run() still says cancelled) or "done" (it finished its job:
    // then that is what happened, and run() says so).
    QTest::addColumn<QString>("returns");
    QTest::newRow("Cancel button, work stops")
        << QStringLiteral("button") << QStringLiteral("cancelled");
    QTest::newRow("Escape, work fails on the way out")
        << QStringLiteral("escape") << QStringLiteral("failed");
    QTest::newRow("closing the dialog, work had finished")
        << QStringLiteral("close") << QStringLiteral("done");
}

void TestBackgroundTask::cancelInTheDialog()
{
    QFETCH(QString, how);
    QFETCH(QString, returns);

    std::atomic_bool released{false};
    bool sawCancel = false;

    // What the test saw in the dialog, checked after run() returned.
    QPointer<QProgressDialog> dialog;
    bool pressed = false;
    QString name, labelBefore, labelAfter, title;
    int maximum = 0, value = 0;
    bool modal = false, visibleAfterPress = false, buttonEnabledAfterPress = true;
    bool visibleLater = false;

    QTimer driver;
    driver.setInterval(10);
    connect(&driver, &QTimer::timeout, this, [&] {
        if (!pressed) {
            auto *shown = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
            // Pressed once the dialog shows the work's step (3 of 4).
            if (!shown || !shown->isVisible() || shown->value() != 750)
                return;
            dialog = shown;
            name = shown->objectName();
            labelBefore = shown->labelText();
            title = shown->windowTitle();
            maximum = shown->maximum();
            value = shown->value();
            modal = shown->windowModality() == Qt::WindowModal;
            auto *cancel = shown->findChild<QPushButton *>(QStringLiteral("cancel"));
            if (how == QLatin1String("button"))
                QTest::mouseClick(cancel, Qt::LeftButton);
            else if (how == QLatin1String("escape"))
                QTest::keyClick(shown, Qt::Key_Escape);
            else
                shown->close();
            pressed = true;
            visibleAfterPress = shown->isVisible();
            labelAfter = shown->labelText();
            buttonEnabledAfterPress = cancel->isEnabled();
            return;
        }
        // A later turn of the loop: the work is still held, so the dialog must still be up.
        visibleLater = dialog && dialog->isVisible();
        released = true;
        driver.stop();
    });
    driver.start();

    const Result<int> result = BackgroundTask::run(
        m_window.get(), QStringLiteral("Writing the supervision package…"), m_db->path(),
        [&](Database &, Progress &progress) -> Result<int> {
            progress.step(3, 4);
            if (!waitFor([&] { return progress.isCancelled(); }))
                return Error::invalid(QStringLiteral("Nobody pressed Cancel."));
            sawCancel = true;
            if (!waitFor([&] { return released.load(); }))
                return Error::invalid(QStringLiteral("The test never let the work go."));
            if (returns == QLatin1String("cancelled"))
                return Error::cancelled(QStringLiteral("Stopped; nothing was written."));
            if (returns == QLatin1String("failed"))
                return Error::storage(QStringLiteral("Interrupted."));
            return 42;
        });

    QVERIFY2(sawCancel, qPrintable(result.message()));
    QCOMPARE(name, BackgroundTask::dialogName());
    QCOMPARE(labelBefore, QStringLiteral("Writing the supervision package…"));
    QCOMPARE(title, QStringLiteral("Export for Supervision"));
    QCOMPARE(maximum, 1000);
    QCOMPARE(value, 750);
    QVERIFY(modal);
    // Cancel did not close it: it said so and waited for the work.
    QVERIFY(visibleAfterPress);
    QCOMPARE(labelAfter, QStringLiteral("Cancelling…"));
    QVERIFY(!buttonEnabledAfterPress);
    QVERIFY(visibleLater);

    if (returns == QLatin1String("done")) {
        DC_VERIFY_OK(result);
        QCOMPARE(result.value(), 42);
    } else {
        QVERIFY(!result);
        QVERIFY(result.error().isCancelled());
        QCOMPARE(result.message(), returns == QLatin1String("cancelled")
                                       ? QStringLiteral("Stopped; nothing was written.")
                                       : QStringLiteral("Cancelled; nothing was changed."));
    }
    // Gone with the work; the window is usable again.
    QVERIFY(!dialog);
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestBackgroundTask)
#include "TestBackgroundTask.moc"
