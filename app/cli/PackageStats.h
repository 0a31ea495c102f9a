#pragma once
// `duocoach-cli stats PACKAGE`: the figures of a supervision package, per duo, as the review
// window shows them (SupervisionPackage). A package is verified first: figures of a changed
// package would mislead, so a changed one gets its differences instead (an Integrity error).

#include "Result.h"

#include <QCoreApplication>
#include <QTextStream>

class PackageStats
{
    Q_DECLARE_TR_FUNCTIONS(PackageStats)
public:
    static Status print(const QString &path, const QString &passphrase, bool json,
                        QTextStream &out);
};
