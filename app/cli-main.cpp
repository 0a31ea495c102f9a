// duocoach-cli: the headless interface. Thin: everything is in cli/ and core.
#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "cli/ExportCommand.h"
#include "services/ProgramArguments.h"
#include "services/Settings.h"
#include "services/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Decoded so that every file name encodes back into the bytes it came as (see
    // ProgramArguments); an argument that cannot is refused below, once messages are translated.
    const Result<QStringList> decoded = ProgramArguments::decode(argc, argv);
    const QStringList arguments = decoded ? decoded.value() : QStringList();
    // A PDF report needs fonts, so a QGuiApplication; on the offscreen platform unless another
    // is asked for, so the CLI needs no display. Every other command stays a core application.
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
    if (!decoded) {
        // Decoded again now that the sentence can be in the user's language.
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(ProgramArguments::decode(argc, argv).message()));
        return Command::BadInput;
    }
    return CommandLine::run(arguments);
}
