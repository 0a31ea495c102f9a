#pragma once
// The child process of the memory benchmark: the real main window on a database, the visit
// log scrolled from its first row to its last and back, then the process's peak resident
// memory (VmHWM) printed. A process of its own, so nothing the benchmark did before counts.

#include <QString>

class ScrollProbe
{
public:
    // Prints "peak_rss_kb=…", "rows=…", "held_rows=…", "seconds=…" on stdout; 0 when all went
    // well. Needs a QApplication.
    static int run(const QString &database);

    // Peak resident memory of this process in KiB, from /proc/self/status; -1 if unknown.
    static qint64 peakResidentKiB();
};
