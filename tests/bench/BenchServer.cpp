#include "BenchServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

BenchServer::~BenchServer()
{
    if (!m_state.isEmpty())
        QProcess::execute(QStringLiteral(DUOCOACH_PG_CLUSTER), {QStringLiteral("stop"), m_state});
}

bool BenchServer::start(QString *error)
{
    const QString state = m_folder + QStringLiteral("/pg-cluster.state");
    QProcess process;
    process.start(
        QStringLiteral(DUOCOACH_PG_CLUSTER),
        {QStringLiteral("start"), state, QString::number(QCoreApplication::applicationPid())});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    m_state = state;
    QFile file(state);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("uri="))
            m_uri = QString::fromUtf8(line.mid(4));
    return !m_uri.isEmpty();
}

QString BenchServer::address(const QString &database) const
{
    return QString(m_uri).replace(QStringLiteral("/postgres?"),
                                  QStringLiteral("/%1?").arg(database));
}

bool BenchServer::create(const QString &database, QString *error)
{
    return run(QStringLiteral("psql"),
               {QStringLiteral("-q"), QStringLiteral("-d"), m_uri, QStringLiteral("-c"),
                QStringLiteral("CREATE DATABASE %1").arg(database)},
               error) >= 0;
}

double BenchServer::run(const QString &program, const QStringList &arguments, QString *error,
                        const QString &in, const QString &out) const
{
    QProcess process;
    if (!in.isEmpty())
        process.setStandardInputFile(in);
    process.setStandardOutputFile(out.isEmpty() ? QProcess::nullDevice() : out);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = program + QStringLiteral(": ") +
                 QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}
