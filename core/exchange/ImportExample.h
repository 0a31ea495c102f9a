#pragma once
// The example files a coordinator can save and fill in: the Dutch headings and Dutch values a
// spreadsheet in the Netherlands holds, semicolons and a byte order mark as Excel writes
// "CSV UTF-8", and a few fictitious rows that import as they are. One text for the window and
// the command line, so the example and the importers cannot drift apart (a test imports it).

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

class ImportExample
{
    Q_DECLARE_TR_FUNCTIONS(ImportExample)
public:
    enum class Kind { Families, Workers };

    static QByteArray bytes(Kind kind);
    // "voorbeeld-gezinnen.csv": the name the save dialog suggests.
    static QString suggestedFileName(Kind kind);
    // Writes the example to `path` whole or not at all (a save file renamed into place).
    static Status save(Kind kind, const QString &path);
};
