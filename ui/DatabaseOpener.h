#pragma once
// Opens a database for a window, the way the GUI does it and the CLI does not: a second
// DuoCoach on the same file is warned (DatabaseLock) and may open it read-only or cancel; a
// file that cannot be written may be opened read-only; a database opened for writing gets its
// automatic backup (Backups, keeping Settings::Key::BackupsKept of them). A server database
// needs none of that, but may ask for a password.

#include "Result.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

class Database;
class DatabaseLock;
class QWidget;

class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
public:
    struct Opened
    {
        std::unique_ptr<Database> db;
        // Held while the window shows the file; none when read-only or no lock file could be
        // made there.
        std::unique_ptr<DatabaseLock> lock;
        // For the status bar: the backup just made, or why none could be made.
        QString notice;

        Opened();
        Opened(Opened &&) noexcept;
        Opened &operator=(Opened &&) noexcept;
        ~Opened();
    };

    // An error is the refusal to show (not shown yet); no value means the user cancelled.
    // `path` is a file or a server address; a server that wants a password gets it from the
    // user (PasswordPrompt).
    static Result<std::optional<Opened>> open(QWidget *parent, const QString &path);

private:
    static Result<std::optional<Opened>> openServer(QWidget *parent, const QString &address);
};
