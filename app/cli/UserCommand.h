#pragma once
// duocoach-cli user add|list|remove URI [LOGIN] [--worker ID | --coordinator | --supervisor]
// [--password-file F]: the team logins of a server database (TeamLogins). Run by a
// coordinator or the database's owner; the server checks that.

#include "Command.h"

class UserCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override { return tr("Add, list or remove the team's logins."); }
    QString usage() const override
    {
        return QStringLiteral("add|list|remove URI [LOGIN] [--worker ID | --coordinator | "
                              "--supervisor] [--password-file F]");
    }

protected:
    void addOptions(QCommandLineParser &parser) override;
    bool takesPositionals(int count) const override { return count == 2 || count == 3; }
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
