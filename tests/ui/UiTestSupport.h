#pragma once
// Helpers of the GUI suites: isolated settings, a demo database per suite, and the warning
// guard that tolerates only the offscreen platform's own chatter.

#include "TestSupport.h"
#include "commands/EditCommands.h"
#include "dialogs/VisitReportDialog.h"
#include "domain/Domain.h"
#include "services/ChangeNotifier.h"
#include "services/CurrentUser.h"
#include "services/DemoGenerator.h"
#include "services/Settings.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace UiTestSupport {

// The dialog of type Dialog that `parent` opened (window-modal, with open(), so nothing
// blocks), once it shows; null when none came within half a second.
template <typename Dialog> Dialog *waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    for (int attempt = 0; attempt < 50 && !dialog; ++attempt) {
        dialog = parent->findChild<Dialog *>();
        if (!dialog)
            QTest::qWait(10);
    }
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

// The reference day of every demo database in these suites: fixed, so the data are the same
// on every run.
// A drag with the left button from `from` to `to` in `widget`, in four steps: QTest::mouseMove
// carries no buttons, so the moves are sent as the window system would send them.
inline void dragWithMouse(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, from);
    for (int step = 1; step <= 4; ++step) {
        const QPointF at = from + (to - from) * step / 4.0;
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, to);
}

inline QDate today()
{
    return QDate(2026, 11, 23);
}

// The offscreen platform's notes about itself ("This plugin does not support ...") say nothing
// about DuoCoach; they are dropped so the log shows only what matters. All else passes on.
inline bool isPlatformNote(const QString &message)
{
    return message.startsWith(QLatin1String("This plugin does not support")) ||
           message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR"));
}

inline void quietPlatformNotes()
{
    static QtMessageHandler next = nullptr;
    static bool installed = false;
    if (installed) // a second install would make the handler call itself
        return;
    installed = true;
    next = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!isPlatformNote(message) && next)
                next(type, context, message);
        });
}

// Fails the running test on any other warning (ours or Qt's, e.g. about a connection still in
// use). Call from init(); an expected warning is declared with QTest::ignoreMessage.
inline void failOnWarnings()
{
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral(".*"), QRegularExpression::DotMatchesEverythingOption));
}

// Settings go to a test location, never to the developer's own, and start from defaults.
inline void isolateSettings()
{
    // A home of this process's own: test mode keeps settings and data under ~/.qttest, which
    // suites running side by side would otherwise share (signing keys, known senders).
    static QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    Settings::setValue(Settings::Key::Language, QStringLiteral("system"));
    Settings::setValue(Settings::Key::LastDatabase, QString());
    Settings::setValue(Settings::Key::DemoOffered, QStringList());
}

// A fresh database at `path` filled by the demo generator with a fixed seed and day.
inline Result<std::unique_ptr<Database>> demoDatabase(const QString &path, int families = 60)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    DemoGenerator::Options options;
    options.families = families;
    options.seed = 7;
    options.today = today();
    auto created = DemoGenerator::generate(*db.value(), options);
    if (!created)
        return created.error();
    return db;
}

// The user a worker is when working as themselves (Werken als…).
inline CurrentUser workingAs(const Worker &worker)
{
    CurrentUser user;
    user.kind = CurrentUser::Kind::Worker;
    user.workerId = worker.id;
    user.name = worker.name;
    return user;
}

// A file with the test fixture (TestSupport::makeFixture), the command façade on it and a shown
// window to put widgets in: what a suite that edits through the window sets up for each test.
struct EditingSetup
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<ChangeNotifier> notifier;
    std::unique_ptr<EditCommands> commands;
    std::unique_ptr<QWidget> window;
    TestSupport::Fixture fixture;

    // Empty, or the first thing that went wrong.
    QString open(const QString &fileName, const QSize &windowSize = QSize(900, 700))
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return QStringLiteral("no temporary folder");
        auto opened = Database::open(dir->filePath(fileName));
        if (!opened)
            return opened.message();
        db = std::move(opened).value();
        fixture = TestSupport::Fixture();
        if (QString problem = TestSupport::makeFixture(*db, &fixture); !problem.isEmpty())
            return problem;
        notifier = std::make_unique<ChangeNotifier>();
        commands = std::make_unique<EditCommands>(*db, notifier.get());
        window = std::make_unique<QWidget>();
        window->resize(windowSize);
        return {};
    }
    // Shows the window once the suite put its widgets in; false when it never showed.
    bool show()
    {
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    // In the order that lets each go while what it refers to still exists.
    void close()
    {
        window.reset();
        commands.reset();
        notifier.reset();
        db.reset();
        dir.reset();
    }
};

// Adds a follow-up action in an open visit report as a user does: "Add", the action typed
// (ASCII: keyClicks), the due date chosen. False when the row did not appear.
inline bool addFollowUp(VisitReportDialog *report, const QString &action, const QDate &due)
{
    QTest::mouseClick(report->findChild<QPushButton *>(QStringLiteral("addFollowUp")),
                      Qt::LeftButton);
    const int row = report->followUpTable()->rowCount() - 1;
    auto *text = qobject_cast<QLineEdit *>(
        report->followUpTable()->cellWidget(row, VisitReportDialog::DescriptionColumn));
    auto *date = qobject_cast<QDateEdit *>(
        report->followUpTable()->cellWidget(row, VisitReportDialog::DueColumn));
    if (row < 0 || !text || !date)
        return false;
    QTest::keyClicks(text, action);
    date->setDate(due);
    return true;
}

} // namespace UiTestSupport
