#pragma once
// A whole DuoCoach database copied into another, whichever engine each is: a laptop's file to
// an empty server database when a team moves to a server, a server to a new file (a laptop
// copy, an archive). Every row of every table is copied as it is — ids, case codes, the whole
// access log, the database identity (so calendar UIDs stay the same) and the retention period —
// in one transaction on the target, read from one snapshot of the source: all or nothing.
// The copy itself is one entry in the source's access log, committed before the first row is
// read, so the copy holds it too.

#include "AccessLog.h"
#include "Progress.h"
#include "Result.h"

#include <QCoreApplication>
#include <QMap>

class Database;

class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    // Rows copied per table.
    using Summary = QMap<QString, qint64>;

    // `target` must hold no DuoCoach data yet (a new file, an empty or just initialised server
    // database); anything else is refused with one sentence and left as it was.
    static Result<Summary> copy(Database &source, Database &target, const Actor &actor,
                                const Progress *progress = nullptr);
};
