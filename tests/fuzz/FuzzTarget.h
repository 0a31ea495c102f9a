#pragma once
// What the fuzz targets share: the libFuzzer entry point they each define, a check that stops
// the run (a crash libFuzzer records) when a promise is broken, and the Qt application object
// QtSql needs. The same entry points run under libFuzzer (clang, DUOCOACH_FUZZ=ON) and, with
// FuzzReplay.cpp as main, as a normal test over the corpus and the regressions.

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

// Not assert(): it must hold in release builds too.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, __FILE__, __LINE__);     \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace FuzzTarget {
// One application object for the whole run; QtSql finds its SQLite driver through it.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "duocoach-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // Messages stay English, whatever the machine's language.
    qputenv("LANGUAGE", "C");
}
} // namespace FuzzTarget
