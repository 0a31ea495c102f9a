#include "InputFile.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number((bytes + (1 << 20) - 1) >> 20);
}
} // namespace

Status InputFile::check(const QString &path, qint64 maxBytes)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return Error::refused(tr("The file \"%1\" does not exist.").arg(name));
    if (S_ISDIR(info.st_mode))
        return Error::refused(tr("\"%1\" is a folder, not a file.").arg(name));
    if (!S_ISREG(info.st_mode))
        // A device (/dev/zero never ends), a pipe or a socket (either may never answer).
        return Error::refused(
            tr("\"%1\" is not an ordinary file (a device, pipe or socket); it is not read.")
                .arg(path));
    if (info.st_size > maxBytes)
        return Error::refused(tr("The file \"%1\" is larger than %2 MB, more than DuoCoach reads.")
                                  .arg(name, megabytes(maxBytes)));
    return {};
}

Result<QByteArray> InputFile::readAll(const QString &path, qint64 maxBytes)
{
    if (Status ok = check(path, maxBytes); !ok)
        return ok.error();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::refused(
            tr("The file \"%1\" cannot be read: %2").arg(name, file.errorString()));
    // One byte more than allowed tells a file that grew since it was looked at.
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::refused(
            tr("The file \"%1\" cannot be read: %2").arg(name, file.errorString()));
    if (bytes.size() > maxBytes)
        return Error::refused(tr("The file \"%1\" is larger than %2 MB, more than DuoCoach reads.")
                                  .arg(name, megabytes(maxBytes)));
    return bytes;
}
