#pragma once
// Live views on a server: what another user commits reaches this window's ChangeNotifier
// within moments, as if it had been done here. The server announces every change itself
// (PostgresTeamSchema: "table:id,id,…" on the channel "duocoach", ids only); this listens on
// the connection's QSqlDriver and turns each notice into the signal the views already follow.
// Own changes are announced here already and are skipped. A window left idle asks the server
// a trivial question now and then, so a connection that was lost (a server restarted) is made
// again without waiting for the user's next step; after a reconnect, what was announced
// meanwhile is lost, so every view reads again (databaseReset). A file has no notices:
// nothing happens.

#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <QVariant>

class ChangeNotifier;
class Database;

class ServerChanges : public QObject
{
    Q_OBJECT
public:
    ServerChanges(Database &db, ChangeNotifier *notifier, QObject *parent = nullptr);

    // The notice's channel, and how one notice becomes signals; public for the tests.
    static constexpr const char *Channel = "duocoach";
    static void announce(ChangeNotifier *notifier, const QString &notice);

private:
    void subscribe();
    void received(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);

    Database &m_db;
    ChangeNotifier *m_notifier;
    QTimer m_keepAlive;
};
