// duocoach-cli: the headless interface. Thin: everything is in cli/ and core.
#include "cli/CommandLine.h"
#include "services/Settings.h"
#include "services/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("duocoach"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUOCOACH_VERSION));
    Translations::install(Settings::effectiveLanguage());
    return CommandLine::run(QCoreApplication::arguments());
}
