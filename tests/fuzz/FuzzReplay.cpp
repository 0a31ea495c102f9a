// The normal test build's main for a fuzz target: feeds every file of the folders given (the
// target's seed corpus and the crashes found so far, see tests/fuzz/regressions) through the
// same entry point libFuzzer calls, so every test run, with gcc too, replays them all. A file
// that breaks a promise aborts, and the test fails naming it.

#include "FuzzTarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    FuzzTarget::ensureApplication();
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo folder(QFile::decodeName(argv[i]));
        if (!folder.isDir()) {
            std::fprintf(stderr, "not a folder: %s\n", argv[i]);
            return 1;
        }
        const QFileInfoList entries =
            QDir(folder.absoluteFilePath()).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.fileName() == QLatin1String("README.md"))
                continue;
            QFile file(entry.absoluteFilePath());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(entry.absoluteFilePath()));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            // Named before it runs: if it crashes, the log says which file did it.
            std::printf("%s\n", qPrintable(QDir(folder.absolutePath()).dirName() +
                                           QLatin1Char('/') + entry.fileName()));
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                   std::size_t(bytes.size()));
            ++files;
        }
    }
    std::printf("replayed %d files\n", files);
    return files > 0 ? 0 : 1;
}
