#include "CurrentUser.h"

#include "Settings.h"
#include "storage/Database.h"
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

void CurrentUser::save(const Database &db, const CurrentUser &user)
{
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
    return Settings::value(Settings::Key::WorkingAs).toMap().contains(keyOf(db));
}
