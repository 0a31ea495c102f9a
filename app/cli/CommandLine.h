#pragma once
// The duocoach-cli front: finds the subcommand and runs it.

#include <QStringList>

class CommandLine
{
public:
    // arguments as from QCoreApplication::arguments(); returns the exit status.
    static int run(const QStringList &arguments);
};
