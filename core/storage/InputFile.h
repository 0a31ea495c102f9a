#pragma once
// The one way DuoCoach reads a whole file it was given (a CSV to import, a supervision
// package, feedback, a passphrase): only an ordinary file, and only up to a size that makes
// sense for it. A device such as /dev/zero, a pipe or a socket could be endless or block for
// ever, and a huge file would exhaust the memory; each is refused with one sentence naming it,
// before it is even opened.

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    // Refused unless `path` is an existing ordinary file (symbolic links followed) of at most
    // maxBytes.
    static Status check(const QString &path, qint64 maxBytes);
    // The whole content, at most maxBytes (a file that grows while read is refused too).
    static Result<QByteArray> readAll(const QString &path, qint64 maxBytes);
};
