#include "VerifyCommand.h"

#include "exchange/SupervisionPackage.h"

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    addOpeningPassphraseOption(
        parser, tr("Open an encrypted package with the passphrase in this file (first "
                   "line)."));
}

int VerifyCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().at(0);
    auto read = passphraseOption(parser);
    if (!read)
        return fail(err, read.error());
    const QString passphrase = read.value();
    auto package = SupervisionPackage::open(path, passphrase);
    if (!package)
        return fail(err, package.error());
    const PackageCheck check = package.value()->verify();
    const PackageManifest &m = package.value()->manifest();
    if (!check.intact()) {
        err << tr("The package %1 is not as it was exported:").arg(path) << '\n';
        for (const QString &problem : check.problems)
            err << "  " << problem << '\n';
        err.flush();
        return IntegrityFailure;
    }
    out << tr("The package %1 is intact.").arg(path) << '\n'
        << tr("%n visit(s) from %1 to %2, exported on %3 by %4 with DuoCoach %5.", nullptr,
              int(m.rows.value(QStringLiteral("visits"))))
               .arg(m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate),
                    m.exportedAt.toString(Qt::ISODate), m.exportedBy, m.appVersion)
        << '\n'
        << tr("Content SHA-256: %1").arg(QString::fromLatin1(m.contentSha256)) << Qt::endl;
    return Success;
}
