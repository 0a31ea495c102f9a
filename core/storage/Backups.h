#pragma once
// Rotating backups of a DuoCoach database, and putting one back. A backup is a consistent copy
// made with VACUUM INTO (what still sits in the write-ahead log included), kept in a folder
// "backups" beside the database as FILE.backup-YYYYMMDD-HHMMSS.sqlite (local time); the folder
// is 0700 and every file in it 0600, like the database itself. The GUI makes one each time it
// opens a database (makeIfDue) and keeps the newest N; File > Restore Backup puts one back.

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    struct Entry
    {
        QString path;
        QDateTime madeAt; // from the file name: when the copy was started, to the second
        qint64 size = 0;  // bytes
    };

    static constexpr int MinKept = 1;
    static constexpr int MaxKept = 1000;

    // The folder the backups of this database go to.
    static QString folder(const QString &databasePath);
    // The backups of this database, newest first. Other files in the folder (backups of
    // another database with a different name, a copy still being written) are not listed.
    static QList<Entry> list(const QString &databasePath);

    // Makes a backup now.
    static Result<Entry> make(const Database &db,
                              const QDateTime &now = QDateTime::currentDateTime());
    // The automatic backup on opening a database: one is made unless the database is empty, or
    // the newest backup is from the same day and the file has not changed since it was made.
    // Then all but the newest `keep` are removed. Returns the backup made, if one was.
    static Result<std::optional<Entry>>
    makeIfDue(const Database &db, int keep, const QDateTime &now = QDateTime::currentDateTime());
    // Removes all but the newest `keep` backups (clamped to MinKept..MaxKept).
    static Status rotate(const QString &databasePath, int keep);

    // Whether a file is a sound DuoCoach database that this version can open.
    static Status validate(const QString &backupPath);
    // Puts a backup in the place of the database. Nobody may have the database open: the
    // caller closes its own connection first, and another program holding it is refused. The
    // current file is backed up first (the entry returned), so a restore can itself be undone
    // by restoring that copy. The new file is written beside the database and renamed over it,
    // so a crash leaves either the old file or the restored one, never a mix.
    static Result<Entry> restore(const QString &backupPath, const QString &databasePath,
                                 const QDateTime &now = QDateTime::currentDateTime());

private:
    static Status makeFolder(const QString &databasePath);
    static QString freeName(const QString &databasePath, const QDateTime &madeAt,
                            const QString &kind);
};
