#include "PrivateFile.h"

#include "DatabaseFiles.h"

#include <QFileInfo>

PrivateFile::PrivateFile(const QString &path, const QString &database)
    : QSaveFile(path), m_database(database)
{}

Status PrivateFile::openForWriting()
{
    const QFileInfo target(fileName());
    if (Status allowed = DatabaseFiles::refuseOverwrite(fileName(), m_database); !allowed)
        return allowed;
    if (target.isDir())
        return Error::refused(
            tr("\"%1\" is a folder; give the file a name.").arg(target.fileName()));
    // QSaveFile gives its temporary file the mode of the file it replaces, or 0666 less the
    // umask: both may let others read. Narrowed before a single byte is written.
    if (!open(QIODevice::WriteOnly))
        return writeError();
    if (!setPermissions(OwnerOnly)) {
        const Error failed = writeError();
        cancelWriting();
        return failed;
    }
    return {};
}

Status PrivateFile::publish(const BeforePublish &beforePublish)
{
    if (error() != QFileDevice::NoError) {
        const Error failed = writeError();
        cancelWriting();
        return failed;
    }
    if (beforePublish) {
        if (Status ready = beforePublish(); !ready) {
            cancelWriting();
            return ready;
        }
    }
    if (!commit())
        return writeError();
    return {};
}

Error PrivateFile::writeError() const
{
    return Error::storage(
        tr("Could not write \"%1\": %2").arg(QFileInfo(fileName()).fileName(), errorString()));
}
