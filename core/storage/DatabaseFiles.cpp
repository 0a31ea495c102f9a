#include "DatabaseFiles.h"

#include "Backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

#include <sys/stat.h>

namespace {
struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &o) const { return device == o.device && inode == o.inode; }
};

// stat(), following symbolic links: the file a write would reach.
std::optional<FileId> idOf(const QString &path)
{
    struct stat info;
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileId{info.st_dev, info.st_ino};
}

// Where a write to `path` lands: symbolic links followed even when their target does not
// exist yet (a dangling link to "DB-wal" is still a way to write the log).
QString resolved(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int depth = 0; depth < 40; ++depth) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            break;
        current = QFileInfo(info.symLinkTarget()).absoluteFilePath();
    }
    return current;
}

// Names SQLite and DuoCoach give the files beside a database called `name`.
bool isSideName(const QString &candidate, const QString &name)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock", ".seal"})
        if (candidate == name + QLatin1String(suffix))
            return true;
    static const QString upgradeCopy = QStringLiteral("^%1\\.v\\d+(-[0-9-]+)?\\.bak$");
    return QRegularExpression(upgradeCopy.arg(QRegularExpression::escape(name)))
        .match(candidate)
        .hasMatch();
}
} // namespace

bool DatabaseFiles::sameFile(const QString &a, const QString &b)
{
    const auto first = idOf(a);
    const auto second = idOf(b);
    return first && second && *first == *second;
}

Status DatabaseFiles::refuseOverwrite(const QString &target, const QString &databasePath)
{
    if (databasePath.isEmpty() || target.isEmpty())
        return {};
    const QString databaseName = QFileInfo(databasePath).fileName();
    const Error refused = Error::refused(
        tr("\"%1\" cannot be written over the database \"%2\" or a file kept beside it; "
           "choose another file name.")
            .arg(QFileInfo(target).fileName(), databaseName));

    const QString landing = resolved(target);
    const QFileInfo landingInfo(landing);
    const auto targetId = idOf(landing);
    const auto targetFolder = idOf(landingInfo.absolutePath());

    // The database's own side files may be reached by any name (a hard link, another mount).
    const QFileInfo database(databasePath);
    const QString base = database.absoluteFilePath();
    if (targetId) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock", ".seal"})
            if (const auto id = idOf(base + QLatin1String(suffix)); id && *id == *targetId)
                return refused;
    }
    // A file not there yet, or one of the database's names in its folder (resolved too).
    for (const QString &databaseFile : {base, resolved(base)}) {
        const QFileInfo info(databaseFile);
        const auto databaseFolder = idOf(info.absolutePath());
        if (targetFolder && databaseFolder && *targetFolder == *databaseFolder &&
            isSideName(landingInfo.fileName(), info.fileName()))
            return refused;
        // Anything in the backups folder, and a second name of any backup.
        const QString backups = Backups::folder(databaseFile);
        const auto backupsId = idOf(backups);
        if (backupsId && targetFolder && *backupsId == *targetFolder)
            return refused;
        if (targetId && backupsId) {
            const QFileInfoList copies =
                QDir(backups).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
            for (const QFileInfo &copy : copies)
                if (const auto id = idOf(copy.absoluteFilePath()); id && *id == *targetId)
                    return refused;
        }
    }
    return {};
}
