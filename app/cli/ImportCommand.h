#pragma once
// duocoach-cli import DB --families CSV | --workers CSV: all or nothing. Every file is read and
// checked before the database is opened; then everything is written in one transaction.

#include "Command.h"

class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return tr("Import families or workers from a CSV file, all or nothing.");
    }
    QString usage() const override { return QStringLiteral("DB --families CSV | --workers CSV"); }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
