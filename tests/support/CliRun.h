#pragma once
// Runs the real duocoach-cli binary the way a user does, with its home, settings and data
// inside the test's own folder and English messages. Shared by the CLI suites.

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

// The environment the CLI runs in: home, settings and data inside `home`, English messages.
inline QProcessEnvironment cliEnvironment(const QString &home)
{
    const QDir dir(home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral(".cache")));
    // A login session has a private runtime folder; without one Qt warns on stderr (PDF
    // fonts look there), which a test reading stderr as the user's sentence would count. It
    // lies outside `home`, whose files some tests list.
    static const QTemporaryDir runtime; // created owner-only
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

// `environment`: cliEnvironment(home) unless a suite needs more (a PGPASSWORD, say).
inline CliRun runCli(const QString &program, const QStringList &arguments, const QString &home,
                     const QProcessEnvironment &environment = QProcessEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment.isEmpty() ? cliEnvironment(home) : environment);
    process.setWorkingDirectory(home);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
