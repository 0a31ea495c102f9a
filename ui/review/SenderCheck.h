#pragma once
// Who signed a supervision package, for the review window: open() asks before showing a package
// signed by a key this computer does not know, and the window says at its top who signed what
// it shows, so an unsigned or a stranger's package is never taken for the coordinator's.

#include "exchange/SupervisionPackage.h"

#include <QCoreApplication>
#include <QFrame>

#include <optional>

class SenderCheck
{
    Q_DECLARE_TR_FUNCTIONS(SenderCheck)
public:
    enum class Trust {
        Known,    // signed by a known sender (KnownSenders)
        Stranger, // signed by a key nobody vouched for; opened once on the user's word
        Unsigned, // an older package: its hashes match, but nobody signed them
    };

    static Trust of(const PackageManifest &manifest);
    // Asks about a package signed by an unknown key: trust the sender from now on (remembered
    // in KnownSenders' list), open it this once, or not at all (nullopt). Known and unsigned
    // packages are not asked about.
    static std::optional<Trust> confirm(QWidget *parent, const QString &name,
                                        const PackageManifest &manifest);
    // The line at the top of the review window: an icon and one sentence, never colour alone.
    static QFrame *banner(const PackageManifest &manifest);
};
