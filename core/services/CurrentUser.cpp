#include "CurrentUser.h"

#include "Settings.h"
#include "storage/Database.h"
#include "storage/TeamLogins.h"
#include "storage/WorkerStore.h"

#include <QFileInfo>
#include <QVariantMap>

namespace {
QString keyOf(const Database &db)
{
    // A file by its absolute path; a server by its address.
    return db.isServer() ? db.path() : QFileInfo(db.filePath()).absoluteFilePath();
}
} // namespace

QString CurrentUser::displayName() const
{
    switch (kind) {
    case Kind::Worker:
        return name;
    case Kind::Coordinator:
        return tr("Coordinator");
    case Kind::Supervisor:
        return tr("Supervisor");
    }
    return {};
}

CurrentUser CurrentUser::load(Database &db)
{
    if (db.isServer())
        return ofLogin(db);
    const QString stored =
        Settings::value(Settings::Key::WorkingAs).toMap().value(keyOf(db)).toString();
    CurrentUser user;
    if (stored == QLatin1String("supervisor")) {
        user.kind = Kind::Supervisor;
    } else if (stored.startsWith(QLatin1String("worker:"))) {
        const qint64 id = stored.mid(7).toLongLong();
        auto worker = WorkerStore(db).get(id);
        if (worker && worker->active) {
            user.kind = Kind::Worker;
            user.workerId = id;
            user.name = worker->name;
        }
    }
    if (user.kind != Kind::Worker)
        user.name = user.displayName();
    return user;
}

CurrentUser CurrentUser::ofLogin(Database &db)
{
    CurrentUser user;
    // Should the server not say (the connection lost just now), the window shows the least:
    // a supervisor's pages, which change nothing. The server decides what is read anyway.
    user.kind = Kind::Supervisor;
    if (auto me = TeamLogins(db).me()) {
        if (me->kind == TeamKind::Coordinator)
            user.kind = Kind::Coordinator;
        if (me->kind == TeamKind::Coach) {
            user.kind = Kind::Worker;
            user.workerId = me->workerId;
            user.name = me->workerName;
        }
    }
    if (user.kind != Kind::Worker)
        user.name = user.displayName();
    return user;
}

void CurrentUser::save(const Database &db, const CurrentUser &user)
{
    if (!isChoosable(db))
        return;
    QVariantMap map = Settings::value(Settings::Key::WorkingAs).toMap();
    QString value = QStringLiteral("coordinator");
    if (user.kind == Kind::Supervisor)
        value = QStringLiteral("supervisor");
    else if (user.kind == Kind::Worker)
        value = QStringLiteral("worker:%1").arg(user.workerId);
    map.insert(keyOf(db), value);
    Settings::setValue(Settings::Key::WorkingAs, map);
}

bool CurrentUser::isChosen(const Database &db)
{
    if (!isChoosable(db))
        return true;
    return Settings::value(Settings::Key::WorkingAs).toMap().contains(keyOf(db));
}

bool CurrentUser::isChoosable(const Database &db)
{
    return !db.isServer();
}
