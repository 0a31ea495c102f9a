#include "Application.h"

#include "MainWindow.h"
#include "services/AppPaths.h"
#include "services/Settings.h"
#include "services/Translations.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int Application::run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("duocoach"));
    QApplication::setApplicationDisplayName(QStringLiteral("DuoCoach"));
    QApplication::setApplicationVersion(QStringLiteral(DUOCOACH_VERSION));
    Translations::install(Settings::effectiveLanguage());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("Application", "Open this database file."),
                                      QStringLiteral("FILE"));
    parser.addOption(database);
    parser.process(app);

    const QString path = parser.isSet(database) ? parser.value(database) : AppPaths::defaultDatabase();
    auto db = Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("Application", "DuoCoach"), db.message());
        return 2;
    }
    MainWindow window(*db.value());
    window.show();
    return app.exec();
}
