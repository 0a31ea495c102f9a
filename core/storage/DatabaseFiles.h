#pragma once
// The files that belong to a database: the file itself, the write-ahead log and its index,
// a rollback journal, the lock file of a window (DatabaseLock), the copies an upgrade keeps
// (FILE.vN.bak) and the backups folder (Backups). No export, report, feedback, backup or
// restore may write over any of them: that would destroy the very data being exported.
//
// Files are compared as the system knows them (device and inode), so "./DB", "sub/../DB", a
// symbolic or a hard link to the database are all recognised; a name that does not exist yet
// is judged by its resolved folder and name, as SQLite and DuoCoach would create it there.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class DatabaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFiles)
public:
    // Refused, with one sentence naming both, when writing `target` would write over
    // `databasePath` or one of the files kept beside it. An empty databasePath protects nothing.
    static Status refuseOverwrite(const QString &target, const QString &databasePath);

    // Whether both paths name the same existing file (device and inode).
    static bool sameFile(const QString &a, const QString &b);
};
