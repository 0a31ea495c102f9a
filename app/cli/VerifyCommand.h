#pragma once
// duocoach-cli verify PACKAGE [--passphrase-file F] [--trust FINGERPRINT]... [--trusted-keys F]
// [--allow-unsigned]: recomputes a supervision package's row counts and hashes, compares them
// with its manifest and checks its signature, and says who signed it.
//
// Exit status: 0 intact and signed by a known sender (KnownSenders: this computer's own
// databases, the user's list, --trust, --trusted-keys), or intact and unsigned (an older
// package) with --allow-unsigned; 3 changed since the export (what differs is named, one line
// each: rows, manifest, a forged or swapped signature, bytes appended), including an encrypted
// package whose content fails to authenticate or that was cut off, and an intact package
// signed by an unknown key or unsigned without --allow-unsigned, since anyone with the file
// could have made it;
// 2 when the package cannot be judged at all: not a package, unreadable, encrypted without a
// passphrase, or a passphrase that does not open it. Authenticated encryption cannot tell a
// wrong passphrase from a changed salt or cost in the header (both derive another key), so
// that case is a refusal naming both causes; once the key is confirmed (PackageCrypto's key
// check), every failure is a changed package.

#include "Command.h"

class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return tr("Check that a supervision package is exactly as it was exported.");
    }
    QString usage() const override
    {
        return QStringLiteral("PACKAGE [--passphrase-file F] [--trust FINGERPRINT] "
                              "[--trusted-keys F] [--allow-unsigned]");
    }

protected:
    void addOptions(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;
};
