#pragma once
// duocoach-cli copy SOURCE DEST: a whole database into a new file or an empty server database
// (DatabaseCopy), all or nothing.

#include "Command.h"

class CopyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)
public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override
    {
        return tr("Copy a whole database to a new file or an empty server database.");
    }
    QString usage() const override { return QStringLiteral("SOURCE DEST"); }

protected:
    int positionalCount() const override { return 2; }
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
