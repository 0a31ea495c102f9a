#include "VerifyCommand.h"

#include "exchange/KnownSenders.h"
#include "exchange/SupervisionPackage.h"

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    addOpeningPassphraseOption(
        parser, tr("Open an encrypted package with the passphrase in this file (first "
                   "line)."));
    parser.addOption({QStringLiteral("trust"),
                      tr("Accept a package signed by the key with this fingerprint (may be "
                         "given more than once)."),
                      QStringLiteral("FINGERPRINT")});
    parser.addOption({QStringLiteral("trusted-keys"),
                      tr("Accept packages signed by the keys in this file (a fingerprint a "
                         "line)."),
                      QStringLiteral("F")});
    parser.addOption({QStringLiteral("allow-unsigned"),
                      tr("Accept an intact package made before packages were signed.")});
}

int VerifyCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = parser.positionalArguments().at(0);
    KnownSenders known = KnownSenders::load();
    for (const QString &fingerprint : parser.values(QStringLiteral("trust")))
        if (Status added = known.add(fingerprint); !added)
            return usageError(err, added.message());
    if (parser.isSet(QStringLiteral("trusted-keys")))
        if (Status added = known.addFile(parser.value(QStringLiteral("trusted-keys"))); !added)
            return fail(err, added.error());
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
    if (!m.isSigned() && !parser.isSet(QStringLiteral("allow-unsigned"))) {
        err << tr("The package %1 is unsigned (format %2, made before packages were signed): its "
                  "hashes match, but anyone with the file could have changed it and recomputed "
                  "them. Give --allow-unsigned to accept it anyway.")
                   .arg(path)
                   .arg(m.formatVersion)
            << Qt::endl;
        return IntegrityFailure;
    }
    if (m.isSigned() && !known.contains(m.signer.fingerprint)) {
        err << tr("The package %1 is intact, signed by an unknown key: %2. If you know this "
                  "sender (compare the key with them), verify again with --trust \"%3\".")
                   .arg(path, SupervisionPackage::signerText(m.signer), m.signer.fingerprint)
            << Qt::endl;
        return IntegrityFailure;
    }
    out << tr("The package %1 is intact.").arg(path) << '\n';
    if (m.isSigned()) {
        const QString who = known.who(m.signer.fingerprint);
        out << tr("Signed by %1.").arg(SupervisionPackage::signerText(m.signer)) << '\n';
        if (!who.isEmpty())
            out << tr("Known sender: %1.").arg(who) << '\n';
    } else {
        out << tr("Unsigned: an older package (format %1).").arg(m.formatVersion) << '\n';
    }
    out << tr("%n visit(s) from %1 to %2, exported on %3 by %4 with DuoCoach %5.", nullptr,
              int(m.rows.value(QStringLiteral("visits"))))
               .arg(m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate),
                    m.exportedAt.toString(Qt::ISODate), m.exportedBy, m.appVersion)
        << '\n'
        << tr("Content SHA-256: %1").arg(QString::fromLatin1(m.contentSha256)) << Qt::endl;
    return Success;
}
