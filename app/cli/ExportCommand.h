#pragma once
// duocoach-cli export DB OUT --from DATE --to DATE [--duo ID | --worker ID] [--pseudonymize]
// [--format package|csv|ics|pdf] [--passphrase-file F] [--with-address]: one period of visits
// out of a database, as a supervision package (default), a CSV visit log, an iCalendar file
// (with the families' addresses only when asked) or a PDF report. The database is only read,
// but for the record of a supervision package's export.

#include "Command.h"
#include "exchange/ExportRequest.h"

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    // Whether these program arguments (as from main) export a PDF report: that draws with
    // QtGui, which needs a QGuiApplication where every other command makes do with a core one.
    static bool drawsPdf(const QStringList &arguments);

    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Export a period of visits: supervision package, CSV, iCalendar or PDF.");
    }
    QString usage() const override
    {
        return QStringLiteral("DB OUT --from DATE --to DATE [--duo ID | --worker ID] "
                              "[--pseudonymize] [--format package|csv|ics|pdf] "
                              "[--passphrase-file F] [--organisation NAME] [--with-address]");
    }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int positionalCount() const override { return 2; }
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    QString m_organisation; // --organisation: who signs the package
    // One function a format; each gets the opened (read-only) database and the request.
    int exportPackage(Database &db, const QString &outPath, const ExportRequest &request,
                      QTextStream &out, QTextStream &err);
    int exportCsv(Database &db, const QString &outPath, const ExportRequest &request,
                  QTextStream &out, QTextStream &err);
    int exportCalendar(Database &db, const QString &outPath, const ExportRequest &request,
                       QTextStream &out, QTextStream &err);
    int exportPdf(Database &db, const QString &outPath, const ExportRequest &request,
                  QTextStream &out, QTextStream &err);
    // The line saying how many families a package or CSV left out for lack of consent.
    static QString leftOut(qint64 families);
};
