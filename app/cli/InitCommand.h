#pragma once
// duocoach-cli init DB: creates an empty database, or brings an older one up to date.

#include "Command.h"

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return tr("Create an empty DuoCoach database, or upgrade an older one.");
    }
    QString usage() const override { return QStringLiteral("DB"); }

protected:
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
