#pragma once
// Fictitious but realistic data for trying DuoCoach and for benchmarks: organisations,
// workers, duos, families with households, assignments and a year of visits in Amsterdam,
// Utrecht and Zwolle. The same seed and reference date always give the same data. Rows are
// written with reused prepared statements in one transaction, so a large set is quick.

#include "Result.h"
#include "Statistics.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

class Database;

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    static constexpr int MaxFamilies = 100000;

    struct Options
    {
        int families = 120;
        quint32 seed = 2026;
        QDate today = QDate::currentDate(); // visits run up to here, planned ones after
    };

    // Refuses a database that already holds families or workers: fictitious people must
    // never mix with real ones. Returns what was created.
    static Result<Counts> generate(Database &db, const Options &options,
                                   const std::function<void(int percent)> &progress = {});
};
