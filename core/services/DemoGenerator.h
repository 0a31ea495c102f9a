#pragma once
// Fictitious but realistic data for trying DuoCoach and for benchmarks: organisations,
// workers, duos, families with households, consent, assignments and visits in Amsterdam, Utrecht
// and Zwolle. A small demo is a programme of the last year; a large one is a large provider's
// history (10,000 families: ten years, ~500 workers, ~500,000 visits, most families closed).
// The same seed and reference date always give the same data. Rows are written in batches
// with reused prepared statements in one transaction, so a large set is quick.

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
    // Raised whenever the same options give other data, so cached demo files (the benchmark's)
    // are made again.
    static constexpr int Version = 4;

    struct Options
    {
        int families = 120;
        quint32 seed = 2026;
        QDate today = QDate::currentDate(); // visits run up to here, planned ones after
    };

    // Years of history the families are spread over: one year up to 1,000 families, then a
    // year more per 1,000, at most ten.
    static double historyYears(int families);

    // Refuses a database that already holds families or workers: fictitious people must
    // never mix with real ones. Returns what was created.
    static Result<Counts> generate(Database &db, const Options &options,
                                   const std::function<void(int percent)> &progress = {});
};
