// duocoach-bench: the performance benchmark (see Benchmarks). Its own options come first and the
// rest goes to Qt Test:
//   duocoach-bench [--families N] [Qt Test options, e.g. -median 7 or a function name]
// With no -median, every figure is the median of 5 runs. `--scroll-probe FILE` is the memory
// benchmark's child (ScrollProbe), not for use by hand.

#include "Benchmarks.h"
#include "ScrollProbe.h"

#include <QApplication>
#include <QTest>

#include <cstdio>

int main(int argc, char *argv[])
{
    int families = 10000;
    QString probe;
    QStringList testArguments{QString::fromLocal8Bit(argv[0])};
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument = argv[i];
        if (argument == "--families" && i + 1 < argc) {
            bool ok = false;
            families = QByteArray(argv[++i]).toInt(&ok);
            if (!ok || families < 1) {
                std::fprintf(stderr, "--families needs a whole number of at least 1.\n");
                return 1;
            }
        } else if (argument == "--scroll-probe" && i + 1 < argc) {
            probe = QString::fromLocal8Bit(argv[++i]);
        } else {
            testArguments << QString::fromLocal8Bit(argument);
        }
    }
    // Offscreen unless asked otherwise: the same rendering on every machine, with or without a
    // screen, and no window popping up during a benchmark.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt Test stops a function after five minutes; the memory benchmark scrolls half a million
    // visits five times over, on each engine, on a machine that may be busy.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1800000");
    QApplication app(argc, argv);
    if (!probe.isEmpty())
        return ScrollProbe::run(probe);
    if (!testArguments.contains(QStringLiteral("-median")))
        testArguments << QStringLiteral("-median") << QStringLiteral("5");
    Benchmarks benchmarks(families, QCoreApplication::applicationFilePath());
    return QTest::qExec(&benchmarks, testArguments);
}
