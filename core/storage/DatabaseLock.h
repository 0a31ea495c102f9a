#pragma once
// Tells a DuoCoach window that another one already has the same database open: a lock file
// FILE.lock beside the database (QLockFile), held for as long as a window shows the file.
// SQLite's own locking keeps the data sound whatever happens; this lock is there so that two
// people do not edit the same families side by side without knowing. A lock left behind by a
// DuoCoach that crashed or was killed is recognised as stale (its process is gone) and taken
// over.

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <optional>

class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)
public:
    enum class Outcome {
        Locked,        // this object holds the lock now
        HeldElsewhere, // another DuoCoach (or another window of this one) has the file open
        Unavailable,   // no lock file can be made there (a read-only folder, say)
    };

    struct Holder
    {
        qint64 pid = 0;
        QString hostName;
        QString appName;
    };

    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock() = default;
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    static QString lockPathFor(const QString &databasePath);

    Outcome tryLock();
    bool isLocked() const { return m_lock.isLocked(); }
    void unlock() { m_lock.unlock(); }
    // Who holds the lock, as written in the lock file; nothing when nobody does.
    std::optional<Holder> holder() const;
    // One sentence for the user about who has the file open.
    QString heldMessage(const QString &databaseName) const;

private:
    QLockFile m_lock;
};
