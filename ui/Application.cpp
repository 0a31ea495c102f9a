#include "Application.h"

#include "DatabaseOpener.h"
#include "FirstPaintWatcher.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "review/ReviewWindow.h"
#include "services/AppPaths.h"
#include "services/ProgramArguments.h"
#include "services/Settings.h"
#include "services/Translations.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/DatabaseLock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {
// Long enough for a slow CI machine, short enough that a hung start-up fails the build.
constexpr int SmokeTimeoutMs = 60000;

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

// A smoke run prints nothing when it succeeds, yet Qt chats on stderr about the platform
// (XDG_RUNTIME_DIR, size hints). Its messages are kept and shown only if the run fails.
QStringList &smokeMessages()
{
    static QStringList messages;
    return messages;
}

void keepSmokeMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    smokeMessages() << message;
}

bool isSmokeRun(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--smoke") == 0)
            return true;
    return false;
}

// --help and --version print and end: they need no window, and a QApplication without a
// display would abort before printing anything.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (qstrcmp(argv[i], option) == 0)
                return true;
    return false;
}

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("duocoach"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUOCOACH_VERSION));
}
} // namespace

Application::Options::Options()
    : database(QStringLiteral("database"),
               tr("Open this database: a file, or a team server as "
                  "postgresql://user@host:port/database."),
               tr("ADDRESS")),
      smoke(QStringLiteral("smoke"),
            tr("Open the database, show the main window until it has been painted, then quit. "
               "Exit status 0 when all went well.")),
      review(QStringLiteral("review"),
             tr("Open this supervision package to review it, without a database."), tr("PACKAGE"))
{}

void Application::Options::addTo(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Duo coaching in Dutch youth and family care."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(database);
    parser.addOption(smoke);
    parser.addOption(review);
    parser.addPositionalArgument(QStringLiteral("package"),
                                 tr("A supervision package (.duosup) to review, as --review."),
                                 QStringLiteral("[package]"));
}

QString Application::startupDatabase()
{
    const QString last = Settings::value(Settings::Key::LastDatabase).toString();
    // A server is connected to again; one that cannot be reached is said so, once (run()).
    if (!last.isEmpty() && (DatabaseAddress::isServerAddress(last) || QFileInfo::exists(last)))
        return last;
    return AppPaths::defaultDatabase();
}

int Application::run(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        Translations::install(Settings::effectiveLanguage());
        QCommandLineParser parser;
        const Options options;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    // A file name that is not UTF-8 would open another file than the one meant (see
    // ProgramArguments): refused before anything is opened.
    if (auto decoded = ProgramArguments::decode(argc, argv); !decoded) {
        printError(decoded.message());
        return 2;
    }
    // Decided before QApplication exists: it picks the platform and may already warn.
    if (isSmokeRun(argc, argv)) {
        qInstallMessageHandler(keepSmokeMessage);
        // A build machine without a screen can still prove the window paints.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("DuoCoach"));
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/duocoach-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // Desktops without an icon theme of their own (a bare X session) still get real icons
    // where the GNOME theme is installed; views fall back to Qt's standard pixmaps otherwise.
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    Translations::install(Settings::effectiveLanguage());

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    const QCommandLineOption &database = options.database;
    const QCommandLineOption &smoke = options.smoke;
    const QCommandLineOption &review = options.review;
    parser.process(app);
    // A supervisor double-clicking a package needs no database of their own: only the review
    // window opens, and the application ends when it closes.
    QString package = parser.value(review);
    if (package.isEmpty() && !parser.positionalArguments().isEmpty())
        package = parser.positionalArguments().constFirst();
    if (!package.isEmpty() && !parser.isSet(smoke)) {
        if (!ReviewWindow::open(package))
            return 1;
        return app.exec();
    }
    const bool smokeTest = parser.isSet(smoke);

    const QString path = parser.isSet(database) ? parser.value(database) : startupDatabase();
    DatabaseOpener::Opened opened;
    if (smokeTest) {
        // The smoke run asks nothing and leaves no lock or backup behind.
        auto plain = Database::open(path);
        if (!plain) {
            // Only the one sentence: the refusal is the expected outcome, not a crash to debug.
            printError(plain.message());
            return 2;
        }
        opened.db = std::move(plain).value();
    } else {
        auto asked = DatabaseOpener::open(nullptr, path);
        if (!asked && !parser.isSet(database) && DatabaseAddress::isServerAddress(path)) {
            // The team server remembered from last time is out of reach (a laptop on the
            // road): the work on this computer is still there. Tried again next time.
            MessageBox::critical(nullptr, tr("DuoCoach"),
                                 asked.message() + QLatin1Char(' ') +
                                     tr("The database on this computer is opened instead."));
            asked = DatabaseOpener::open(nullptr, AppPaths::defaultDatabase());
        }
        if (!asked) {
            // A remembered file that is refused must not block every later start.
            if (!parser.isSet(database) && path != AppPaths::defaultDatabase())
                Settings::setValue(Settings::Key::LastDatabase, QString());
            MessageBox::critical(nullptr, tr("DuoCoach"), asked.message());
            return 2;
        }
        if (!asked->has_value())
            return 0; // the user chose not to open a file that is open elsewhere
        opened = std::move(*asked.value());
    }

    MainWindow window(std::move(opened.db));
    window.setLock(std::move(opened.lock));
    if (smokeTest) {
        auto *watcher = new FirstPaintWatcher(&window);
        QObject::connect(watcher, &FirstPaintWatcher::painted, &app,
                         [] { QCoreApplication::exit(0); });
        QTimer::singleShot(SmokeTimeoutMs, &app, [] {
            for (const QString &message : std::as_const(smokeMessages()))
                printError(message);
            printError(
                tr("The main window was not shown within %1 seconds.").arg(SmokeTimeoutMs / 1000));
            QCoreApplication::exit(1);
        });
        window.show();
        return app.exec();
    }
    window.show();
    // Once the window is laid out: a message shown before would sit on top of the path label.
    if (!opened.notice.isEmpty())
        window.statusBar()->showMessage(opened.notice, 10000);
    // After the window is up, so the question appears over it rather than alone on the screen.
    // Then who is working, once per file: the demo data may have brought the workers to pick.
    QTimer::singleShot(0, &window, [&window] {
        window.offerDemoData();
        window.askWhoIsWorking();
    });
    return app.exec();
}
