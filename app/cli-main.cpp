// duocoach-cli: the headless interface. Thin: everything is in cli/ and core.
#include "cli/CommandLine.h"
#include "cli/ExportCommand.h"
#include "services/Settings.h"
#include "services/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // A PDF report needs fonts, so a QGuiApplication; on the offscreen platform unless another
    // is asked for, so the CLI needs no display. Every other command stays a core application.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (ExportCommand::drawsPdf(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("duocoach"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUOCOACH_VERSION));
    Translations::install(Settings::effectiveLanguage());
    return CommandLine::run(QCoreApplication::arguments());
}
