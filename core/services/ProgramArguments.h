#pragma once
// A program's arguments as text, without losing a byte. File names on Linux are bytes; Qt
// decodes them as UTF-8, and a name that is not valid UTF-8 (byte 0xFF, say) would come out
// with U+FFFD in it and be encoded back into a different name: "a\xFF" and "a\xFE" would both
// become "a\uFFFD", one file, neither of those the user meant. Such an argument is refused
// with one sentence instead of being used under a name nobody gave.

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class ProgramArguments
{
    Q_DECLARE_TR_FUNCTIONS(ProgramArguments)
public:
    // argv decoded as file names are (QFile::decodeName); refused when one does not encode
    // back into the same bytes.
    static Result<QStringList> decode(int argc, char *argv[]);
};
