#include "DatabaseLock.h"

#include <QFileInfo>
#include <QSysInfo>

DatabaseLock::DatabaseLock(const QString &databasePath) : m_lock(lockPathFor(databasePath))
{
    // The lock is held for a whole working day: it must never go stale by age, only when its
    // process is gone (QLockFile checks that whatever this is set to).
    m_lock.setStaleLockTime(0);
}

QString DatabaseLock::lockPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

DatabaseLock::Outcome DatabaseLock::tryLock()
{
    if (m_lock.isLocked())
        return Outcome::Locked;
    if (m_lock.tryLock(0))
        return Outcome::Locked;
    return m_lock.error() == QLockFile::LockFailedError ? Outcome::HeldElsewhere
                                                        : Outcome::Unavailable;
}

std::optional<DatabaseLock::Holder> DatabaseLock::holder() const
{
    Holder holder;
    if (!m_lock.getLockInfo(&holder.pid, &holder.hostName, &holder.appName))
        return std::nullopt;
    return holder;
}

QString DatabaseLock::heldMessage(const QString &databaseName) const
{
    const auto who = holder();
    if (!who)
        return tr("\"%1\" is already open in another DuoCoach window.").arg(databaseName);
    if (!who->hostName.isEmpty() && who->hostName != QSysInfo::machineHostName())
        return tr("\"%1\" is already open in DuoCoach on the computer \"%2\".")
            .arg(databaseName, who->hostName);
    return tr("\"%1\" is already open in another DuoCoach window (process %2).")
        .arg(databaseName)
        .arg(who->pid);
}
