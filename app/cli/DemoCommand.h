#pragma once
// duocoach-cli demo DB [--families N] [--seed S]: fictitious but realistic data.

#include "Command.h"

class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return tr(
            "Fill an empty database with fictitious families, workers, duos and a year of visits.");
    }
    QString usage() const override
    {
        return QStringLiteral("DB [--families N] [--seed S] [--json]");
    }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
