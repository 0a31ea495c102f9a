#pragma once
// duocoach-cli feedback import DB FILE [--passphrase-file F]: brings a supervisor's feedback
// file back into the database its package was exported from (SupervisionFeedbackImport).

#include "Command.h"

class FeedbackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackCommand)
public:
    QString name() const override { return QStringLiteral("feedback"); }
    QString summary() const override
    {
        return tr("Import a supervisor's feedback for the duos it is about.");
    }
    QString usage() const override
    {
        return QStringLiteral("import DB FILE.feedback.json [--passphrase-file F]");
    }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int positionalCount() const override { return 3; }
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
