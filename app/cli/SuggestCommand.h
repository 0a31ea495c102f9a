#pragma once
// duocoach-cli suggest DB --family CASECODE [--json] [--limit N]: the ranked duos for a family
// with the reasons for each score, the same ranking the assign dialog shows.

#include "Command.h"

class SuggestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SuggestCommand)
public:
    QString name() const override { return QStringLiteral("suggest"); }
    QString summary() const override
    {
        return tr("Rank the duos that could take on a family, with the reasons.");
    }
    QString usage() const override
    {
        return QStringLiteral("DB --family CASECODE [--json] [--limit N] [--today DATE]");
    }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
