#pragma once
// Who is working with this database: a worker (trusted person or professional), a coordinator
// or a supervisor. In a file it is chosen ("Working As…") and remembered per file; on a server
// the login decides (TeamLogins) and the window cannot change it. Every "my ..." view, every
// record of who did something, and what confidential notes are shown follow it.

#include <QCoreApplication>
#include <QString>

class Database;

struct CurrentUser
{
    Q_DECLARE_TR_FUNCTIONS(CurrentUser)
public:
    enum class Kind { Coordinator, Worker, Supervisor };

    Kind kind = Kind::Coordinator;
    qint64 workerId = 0; // when kind is Worker
    QString name;        // shown and recorded (e.g. "raised by"); a worker's name

    bool isWorker(qint64 id) const { return kind == Kind::Worker && workerId == id; }
    // The name recorded for this user: the worker's name, or the translated profile name.
    QString displayName() const;

    // The user last chosen for this database file; a coordinator when none was chosen or the
    // chosen worker no longer exists or is archived.
    static CurrentUser load(Database &db);
    // Remembers the choice for a file; nothing on a server.
    static void save(const Database &db, const CurrentUser &user);
    // Whether a user was ever chosen for this database file (the app asks once when not);
    // always on a server, where the login says.
    static bool isChosen(const Database &db);
    // Whether the user can be chosen at all: in a file, not on a server.
    static bool isChoosable(const Database &db);

private:
    // The team login of a server connection as a user of the window.
    static CurrentUser ofLogin(Database &db);
};
