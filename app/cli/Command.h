#pragma once
// One duocoach-cli subcommand. Subclasses declare their options and do their work in run();
// parsing, --help and the mapping of errors to exit statuses are shared here.

#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

class Database;

class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    // Exit statuses of DESIGN.md.
    enum ExitCode { Success = 0, UsageError = 1, BadInput = 2, IntegrityFailure = 3 };

    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for the command list
    virtual QString usage() const = 0;   // the arguments after the name

    // arguments: the subcommand's own, without program and command names.
    int execute(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static int exitCodeFor(const Error &error);

protected:
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser); }
    virtual int positionalCount() const { return 1; }
    // Whether `count` positional arguments are right; a command whose count depends on its
    // first word (user add|list|remove) says so here.
    virtual bool takesPositionals(int count) const { return count == positionalCount(); }
    virtual int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;

    // Prints the error as one sentence on err and returns its exit status.
    static int fail(QTextStream &err, const Error &error);
    static int usageError(QTextStream &err, const QString &message);
    // The passphrase in the first line of a file (without its line break), for the commands
    // that write or open encrypted supervision packages.
    static Result<QString> readPassphraseFile(const QString &path);
    // The option --passphrase-file F of the commands that open an encrypted package (or the
    // feedback on one), and the passphrase it gives: empty when the option is not set.
    static void addOpeningPassphraseOption(QCommandLineParser &parser, const QString &description);
    static Result<QString> passphraseOption(const QCommandLineParser &parser);
};
