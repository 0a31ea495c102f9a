#include "CommandLine.h"

#include "CheckCommand.h"
#include "CopyCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "FeedbackCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "StatsCommand.h"
#include "SuggestCommand.h"
#include "UserCommand.h"
#include "VerifyCommand.h"

#include <cstdio>
#include <memory>
#include <vector>

int CommandLine::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::vector<std::unique_ptr<Command>> commands;
    commands.emplace_back(new InitCommand);
    commands.emplace_back(new DemoCommand);
    commands.emplace_back(new CheckCommand);
    commands.emplace_back(new ImportCommand);
    commands.emplace_back(new ExportCommand);
    commands.emplace_back(new VerifyCommand);
    commands.emplace_back(new FeedbackCommand);
    commands.emplace_back(new SuggestCommand);
    commands.emplace_back(new StatsCommand);
    commands.emplace_back(new CopyCommand);
    commands.emplace_back(new UserCommand);

    const QString wanted = arguments.value(1);
    if (wanted == QLatin1String("--version")) {
        out << "duocoach-cli " << DUOCOACH_VERSION << Qt::endl;
        return Command::Success;
    }
    for (const auto &command : commands)
        if (command->name() == wanted)
            return command->execute(arguments.mid(2), out, err);

    const bool asked = wanted == QLatin1String("--help") || wanted == QLatin1String("-h");
    QTextStream &stream = asked ? out : err;
    if (!asked && !wanted.isEmpty())
        stream << QCoreApplication::translate("CommandLine", "Unknown command \"%1\".").arg(wanted)
               << '\n';
    stream << QCoreApplication::translate("CommandLine", "Usage: duocoach-cli COMMAND [ARGUMENTS]")
           << "\n\n"
           << QCoreApplication::translate("CommandLine", "Commands:") << '\n';
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(8) << command->summary() << '\n';
    stream << '\n'
           << QCoreApplication::translate("CommandLine",
                                          "\"duocoach-cli COMMAND --help\" tells more.")
           << Qt::endl;
    return asked ? Command::Success : Command::UsageError;
}
