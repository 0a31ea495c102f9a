#pragma once
// duocoach-cli stats DB [--json]: counts of everything in a database; given a supervision
// package instead, its figures per duo (PackageStats).

#include "Command.h"

class StatsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override
    {
        return tr("Count organisations, workers, duos, families and visits.");
    }
    QString usage() const override
    {
        return QStringLiteral("DB|PACKAGE [--json] [--passphrase-file F]");
    }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
