#include "ExportCommand.h"

#include "exchange/CalendarExport.h"
#include "exchange/ExportSelection.h"
#include "exchange/ReviewFeedback.h"
#include "exchange/ReviewReport.h"
#include "exchange/SupervisionPackage.h"
#include "exchange/SupervisionPackageWriter.h"
#include "exchange/VisitLogCsv.h"
#include "services/CurrentUser.h"
#include "storage/AccessLog.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"
#include "storage/DatabaseFiles.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

bool ExportCommand::drawsPdf(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("export"))
        return false;
    for (int i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        for (const QLatin1String option : {QLatin1String("--format"), QLatin1String("-format")}) {
            if (argument == option && arguments.value(i + 1) == QLatin1String("pdf"))
                return true;
            if (argument == option + QLatin1Char('=') + QLatin1String("pdf"))
                return true;
        }
    }
    return false;
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("to"), tr("Last day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("duo"), tr("Only the visits of this duo."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("worker"),
                      tr("Only the visits of the duos this worker is part of."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("pseudonymize"),
                      tr("Leave out names, addresses and contact details; mask names in text.")});
    parser.addOption({QStringLiteral("format"), tr("package (default), csv, ics or pdf."),
                      QStringLiteral("FORMAT"), QStringLiteral("package")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      tr("Encrypt the package with the passphrase in this file (first line)."),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("organisation"),
                      tr("The organisation named in the package's signature (the window's "
                         "setting when not given)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("with-address"),
                      tr("Calendar (ics) only: put the family's address in each visit's location. "
                         "The address then leaves DuoCoach with the file.")});
}

int ExportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    m_organisation = parser.value(QStringLiteral("organisation"));
    ExportRequest request;
    request.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    request.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!request.from.isValid() || !request.to.isValid())
        return usageError(err, tr("--from and --to need dates like 2026-03-01."));
    if (request.to < request.from)
        return usageError(err, tr("--to must not lie before --from."));
    auto idOption = [&](const QString &option, qint64 *id) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *id = parser.value(option).toLongLong(&ok);
        return ok && *id > 0;
    };
    if (!idOption(QStringLiteral("duo"), &request.duoId))
        return usageError(err, tr("--duo needs the number of a duo."));
    if (!idOption(QStringLiteral("worker"), &request.workerId))
        return usageError(err, tr("--worker needs the number of a worker."));
    if (request.duoId && request.workerId)
        return usageError(err, tr("Give --duo or --worker, not both."));
    request.pseudonymize = parser.isSet(QStringLiteral("pseudonymize"));

    const QString format = parser.value(QStringLiteral("format"));
    const QStringList formats{QStringLiteral("package"), QStringLiteral("csv"),
                              QStringLiteral("ics"), QStringLiteral("pdf")};
    if (!formats.contains(format))
        return usageError(err, tr("--format must be one of package, csv, ics or pdf."));
    if (parser.isSet(QStringLiteral("passphrase-file"))) {
        if (format != QLatin1String("package"))
            return usageError(err, tr("Only a supervision package can be encrypted."));
        auto passphrase = readPassphraseFile(parser.value(QStringLiteral("passphrase-file")));
        if (!passphrase)
            return fail(err, passphrase.error());
        request.passphrase = passphrase.value();
    }
    // Refused rather than ignored: an address asked for where it cannot go, or together with
    // leaving addresses out, is a mistake to point out, not one to guess the answer to.
    request.withAddress = parser.isSet(QStringLiteral("with-address"));
    if (request.withAddress && format != QLatin1String("ics"))
        return usageError(err, tr("Only a calendar (--format ics) can carry the address."));
    if (request.withAddress && request.pseudonymize)
        return usageError(err, tr("Give --with-address or --pseudonymize, not both."));

    // Exporting reads: the file is opened read-only (a supervision package opens it once more
    // to record the export).
    const QString dbPath = parser.positionalArguments().at(0);
    const QString outPath = parser.positionalArguments().at(1);
    auto db = Database::open(dbPath, Database::Access::ReadOnly);
    if (!db)
        return fail(err, db.error());
    if (db.value()->schemaVersion() != Migrations::latestVersion())
        return fail(err, Error::refused(tr("The database %1 uses an older format; run "
                                           "\"duocoach-cli init %1\" to upgrade it first.")
                                            .arg(dbPath)));
    Database &source = *db.value();
    if (format == QLatin1String("csv"))
        return exportCsv(source, outPath, request, out, err);
    if (format == QLatin1String("ics"))
        return exportCalendar(source, outPath, request, out, err);
    if (format == QLatin1String("pdf"))
        return exportPdf(source, outPath, request, out, err);
    return exportPackage(source, outPath, request, out, err);
}

// The formats below are filled in by the supervision (issue 5) and calendar (issue 4) work.
int ExportCommand::exportPackage(Database &db, const QString &outPath, const ExportRequest &request,
                                 QTextStream &out, QTextStream &err)
{
    // The export is recorded in the database (who, when, which period, how many visits), so
    // the package needs it open for writing. It was judged current above, read-only, so this
    // second opening upgrades nothing. Who exports is who works with this file, as in the app.
    auto writable = Database::open(db.path(), Database::Access::ReadWrite);
    if (!writable)
        return fail(err, writable.error());
    SupervisionPackageWriter::Options options;
    options.request = request;
    options.exportedBy = CurrentUser::load(*writable.value()).displayName();
    options.actor = Actor::commandLine();
    options.organisation = m_organisation;
    auto written = SupervisionPackageWriter::write(*writable.value(), outPath, options);
    if (!written)
        return fail(err, written.error());
    const SupervisionExportSummary &summary = written.value();
    out << tr("%n visit(s) written to %1.", nullptr, int(summary.visits)).arg(outPath) << '\n'
        << tr("Families: %1; pseudonymised: %2; encrypted: %3.")
               .arg(summary.families)
               .arg(summary.pseudonymized ? tr("yes") : tr("no"),
                    summary.encrypted ? tr("yes") : tr("no"))
        << '\n'
        << tr("Content SHA-256: %1").arg(QString::fromLatin1(summary.contentSha256)) << '\n'
        << tr("Signed with the key %1; the supervisor compares it once.")
               .arg(summary.signerFingerprint)
        << '\n'
        << leftOut(summary.familiesWithoutConsent) << Qt::endl;
    return Success;
}

int ExportCommand::exportCsv(Database &db, const QString &outPath, const ExportRequest &request,
                             QTextStream &out, QTextStream &err)
{
    // Always pseudonymised (see VisitLogCsv): --pseudonymize changes nothing here. Every export
    // is logged (NEN 7513), one entry per family, so the file is opened for writing that.
    auto writable = Database::open(db.path(), Database::Access::ReadWrite);
    if (!writable)
        return fail(err, writable.error());
    // The CSV goes to the same managers and supervisors as a supervision package, so it leaves
    // out the same families: those without consent for a supervision export today.
    const QDate today = QDate::currentDate();
    auto withoutConsent =
        ConsentStore::familiesWithoutExportConsent(*writable.value(), request, today);
    if (!withoutConsent)
        return fail(err, withoutConsent.error());
    qint64 visits = 0;
    Status done = AccessLog(*writable.value())
                      .recordedExport(Actor::commandLine(), ExportSelection(request, today),
                                      QStringLiteral("csv_visit_log"), outPath,
                                      [&](const PrivateFile::BeforePublish &record) -> Status {
                                          auto written = VisitLogCsv::write(
                                              *writable.value(), outPath, request, today, record);
                                          if (!written)
                                              return written.error();
                                          visits = written.value();
                                          return {};
                                      });
    if (!done)
        return fail(err, done.error());
    out << tr("%n visit(s) written to %1.", nullptr, int(visits)).arg(outPath) << '\n'
        << leftOut(withoutConsent->size()) << Qt::endl;
    return Success;
}

QString ExportCommand::leftOut(qint64 families)
{
    return tr("Left out for lack of consent to a supervision export: %n family/families.", nullptr,
              int(families));
}

int ExportCommand::exportCalendar(Database &db, const QString &outPath,
                                  const ExportRequest &request, QTextStream &out, QTextStream &err)
{
    // Only the case code and the times leave, and with --with-address the family's address:
    // --pseudonymize changes nothing here. Logged like every export (see exportCsv).
    auto writable = Database::open(db.path(), Database::Access::ReadWrite);
    if (!writable)
        return fail(err, writable.error());
    int visits = 0;
    Status done =
        AccessLog(*writable.value())
            .recordedExport(
                Actor::commandLine(), ExportSelection(request), CalendarExport::logDetail(request),
                outPath, [&](const PrivateFile::BeforePublish &record) -> Status {
                    auto written =
                        CalendarExport(*writable.value()).write(request, outPath, nullptr, record);
                    if (!written)
                        return written.error();
                    visits = written->visits;
                    return {};
                });
    if (!done)
        return fail(err, done.error());
    out << tr("%n visit(s) written to %1.", nullptr, visits).arg(outPath) << Qt::endl;
    return 0;
}

int ExportCommand::exportPdf(Database &db, const QString &outPath, const ExportRequest &request,
                             QTextStream &out, QTextStream &err)
{
    // The report is drawn from a supervision package built in memory the way a package file
    // is (same selection, consent and pseudonymising), so the PDF shows what a supervisor
    // opening that package would see; no package file is written or recorded. The PDF is
    // logged as printed (NEN 7513), one entry per family in it.
    if (Status checked = SupervisionPackageWriter::check(db, request); !checked)
        return fail(err, checked.error());
    if (Status allowed = DatabaseFiles::refuseOverwrite(outPath, db.filePath()); !allowed)
        return fail(err, allowed.error());
    auto writable = Database::open(db.path(), Database::Access::ReadWrite);
    if (!writable)
        return fail(err, writable.error());
    SupervisionPackageWriter::Options options;
    options.request = request;
    options.exportedBy = CurrentUser::load(*writable.value()).displayName();
    options.actor = Actor::commandLine();
    options.exportedAt = QDateTime::currentDateTime();
    SupervisionExportSummary summary;
    // build() reads in one snapshot, so every table of the package agrees with its visits.
    auto image = SupervisionPackageWriter::build(*writable.value(), options, &summary);
    if (!image)
        return fail(err, image.error());
    auto package = SupervisionPackage::fromBytes(image.value().view(), outPath);
    if (!package)
        return fail(err, package.error());
    const ReviewFeedback none;
    Status done = AccessLog(*writable.value())
                      .recordedExport(
                          options.actor, ExportSelection(request, options.exportedAt.date()),
                          QStringLiteral("pdf_report"), outPath,
                          [&](const PrivateFile::BeforePublish &record) {
                              return ReviewReport::writePdf(*package.value(), none, outPath,
                                                            writable.value()->path(), record);
                          },
                          AccessAction::Print);
    if (!done)
        return fail(err, done.error());
    out << tr("Report on %n visit(s) written to %1.", nullptr, int(summary.visits)).arg(outPath)
        << '\n'
        << leftOut(summary.familiesWithoutConsent) << Qt::endl;
    return Success;
}
