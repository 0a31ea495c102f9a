#include "BenchData.h"

#include "services/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

QString BenchData::ensure(int families, QString *error)
{
    const QString folder = QStringLiteral(DUOCOACH_BENCH_DATA);
    QDir().mkpath(folder);
    const QString path = QStringLiteral("%1/demo-g%2-s%3-seed%4-f%5-%6.sqlite")
                             .arg(folder)
                             .arg(DemoGenerator::Version)
                             .arg(Migrations::latestVersion())
                             .arg(Seed)
                             .arg(families)
                             .arg(today().toString(Qt::ISODate));
    if (QFileInfo::exists(path))
        return path;

    // Made under another name and renamed when complete, so an interrupted run never leaves a
    // half-made file that a later run would take for the real one.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    std::fprintf(stderr, "Making the benchmark data set (%d families) in %s ...\n", families,
                 qPrintable(QDir::toNativeSeparators(path)));
    QElapsedTimer timer;
    timer.start();
    {
        auto db = Database::open(partial);
        if (!db) {
            *error = db.message();
            return {};
        }
        DemoGenerator::Options options;
        options.families = families;
        options.seed = Seed;
        options.today = today();
        auto made = DemoGenerator::generate(*db.value(), options, [](int percent) {
            if (percent % 10 == 0)
                std::fprintf(stderr, "\r  %3d %%", percent);
        });
        if (!made) {
            *error = made.message();
            return {};
        }
        std::fprintf(stderr, "\r  %d families, %d workers, %d visits in %.1f s\n", made->families,
                     made->workers, made->visits, timer.elapsed() / 1000.0);
    } // closed here: the WAL is folded into the file and removed
    if (!QFile::rename(partial, path)) {
        *error = QStringLiteral("Could not rename %1 to %2.").arg(partial, path);
        return {};
    }
    return path;
}
