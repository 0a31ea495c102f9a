#include "DatabaseOpener.h"

#include "MessageBox.h"
#include "dialogs/PasswordPrompt.h"
#include "services/Settings.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/DatabaseLock.h"

#include <QFileInfo>
#include <QLocale>

DatabaseOpener::Opened::Opened() = default;
DatabaseOpener::Opened::Opened(Opened &&) noexcept = default;
DatabaseOpener::Opened &DatabaseOpener::Opened::operator=(Opened &&) noexcept = default;
DatabaseOpener::Opened::~Opened() = default;

namespace {
// Asks whether to look at the file read-only instead; true for yes.
bool offerReadOnly(QWidget *parent, const QString &title, const QString &why)
{
    const QString text =
        why + QLatin1Char(' ') +
        DatabaseOpener::tr("You can open it read-only to look at it; nothing can be changed then.");
    return MessageBox::choose(parent, QMessageBox::Warning, title, text,
                              {{QMessageBox::Open, DatabaseOpener::tr("Open Read-Only")},
                               {QMessageBox::Cancel, DatabaseOpener::tr("Cancel")}},
                              QMessageBox::Cancel) == QMessageBox::Open;
}
} // namespace

Result<std::optional<DatabaseOpener::Opened>> DatabaseOpener::openServer(QWidget *parent,
                                                                         const QString &address)
{
    // A server has no lock file (it keeps many users apart itself) and keeps its own backups.
    // It may want a password libpq did not find: asked for, and each answer tried once.
    QString password;
    auto db = Database::open(address, Database::Access::ReadWrite);
    while (!db && db.error().kind == Error::Kind::Login) {
        auto parsed = DatabaseAddress::parse(address);
        const QString user = parsed ? parsed->userName() : QString();
        const std::optional<QString> answer = PasswordPrompt::ask(parent, db.message(), user);
        if (!answer)
            return std::optional<Opened>();
        password = *answer;
        db = Database::open(address, Database::Access::ReadWrite, password);
    }
    if (!db && db.error().kind == Error::Kind::Refused) {
        // A login that may read but not write still lets the user look.
        auto readOnly = Database::open(address, Database::Access::ReadOnly, password);
        if (readOnly) {
            if (!offerReadOnly(parent, tr("Database Is Read-Only"), db.message()))
                return std::optional<Opened>();
            db = std::move(readOnly);
        }
    }
    if (!db)
        return db.error();
    Opened opened;
    opened.db = std::move(db).value();
    return std::optional<Opened>(std::move(opened));
}

Result<std::optional<DatabaseOpener::Opened>> DatabaseOpener::open(QWidget *parent,
                                                                   const QString &path)
{
    if (DatabaseAddress::isServerAddress(path))
        return openServer(parent, path);
    const QString name = QFileInfo(path).fileName();
    Opened opened;
    auto lock = std::make_unique<DatabaseLock>(path);
    Database::Access access = Database::Access::ReadWrite;
    // Taken before the file is opened, so two windows starting together cannot both miss
    // each other. Released again (the lock file removed) if the file is then refused.
    switch (lock->tryLock()) {
    case DatabaseLock::Outcome::Locked:
        break;
    case DatabaseLock::Outcome::HeldElsewhere:
        if (!offerReadOnly(parent, tr("Database Already Open"),
                           lock->heldMessage(name) + QLatin1Char(' ') +
                               tr("Two windows changing the same families at once can undo "
                                  "each other's work.")))
            return std::optional<Opened>();
        access = Database::Access::ReadOnly;
        lock.reset();
        break;
    case DatabaseLock::Outcome::Unavailable:
        // A folder where no lock file can be made is one where the database cannot be
        // written either: opening it says so.
        lock.reset();
        break;
    }

    auto db = Database::open(path, access);
    if (!db && access == Database::Access::ReadWrite && db.error().kind == Error::Kind::Refused) {
        // A file that can be read but not written (read-only, on a read-only medium) is still
        // worth looking at.
        auto readOnly = Database::open(path, Database::Access::ReadOnly);
        if (readOnly) {
            lock.reset();
            if (!offerReadOnly(parent, tr("Database Is Read-Only"), db.message()))
                return std::optional<Opened>();
            db = std::move(readOnly);
        }
    }
    if (!db)
        return db.error();
    opened.db = std::move(db).value();
    if (opened.db->isReadOnly())
        lock.reset();
    opened.lock = std::move(lock);

    if (!opened.db->isReadOnly()) {
        auto backup =
            Backups::makeIfDue(*opened.db, Settings::value(Settings::Key::BackupsKept).toInt());
        if (!backup)
            opened.notice = backup.message();
        else if (backup->has_value())
            opened.notice = tr("A backup of \"%1\" was made (%2).")
                                .arg(name, QLocale().formattedDataSize(backup.value()->size, 1));
    }
    return std::optional<Opened>(std::move(opened));
}
