#pragma once
// The data sets the benchmark runs on: demo databases made once and kept in the build folder,
// named by everything that decides their content (generator version, schema version, seed,
// families, reference day), so a changed generator or schema makes a new one.

#include <QDate>
#include <QString>

class BenchData
{
public:
    // The reference day of every benchmark database: fixed, so a kept file stays valid.
    static QDate today() { return QDate(2026, 11, 23); }
    static constexpr quint32 Seed = 2026;

    // The file for `families`, made first when it does not exist yet (progress on stderr).
    // Empty on failure, with the reason in *error.
    static QString ensure(int families, QString *error);
};
