#pragma once
// duocoach-cli check DB: integrity check that never changes the file.

#include "Command.h"

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return tr("Check a database for damage and broken references, without changing it.");
    }
    QString usage() const override { return QStringLiteral("DB"); }

protected:
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
