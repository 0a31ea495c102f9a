#include "AppPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

QString AppPaths::defaultDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir(folder).exists()) {
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    return QDir(folder).filePath(QStringLiteral("duocoach.sqlite"));
}
