#pragma once
// The team of a server database: who logs in as whom, and emergency access (NEN 7513's
// noodprocedure). Everything here is the server's to decide (PostgresTeamSchema): a login is
// added or removed through the server's own functions, which check that the caller is a
// coordinator, and the server stamps the access log. A file has no team: every call says so.

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

enum class TeamKind { Coordinator, Coach, Supervisor };

struct TeamLogin
{
    QString login;
    TeamKind kind = TeamKind::Coordinator;
    qint64 workerId = 0; // a coach's worker
    QString workerName;
    QString addedAt; // UTC, ISO
    QString addedBy;
    QString removedAt; // empty while the login works
    bool isActive() const { return removedAt.isEmpty(); }
};

struct EmergencyAccess
{
    qint64 id = 0;
    QString login;
    qint64 familyId = 0;
    QString caseCode;
    QString reason;
    QString grantedAt; // UTC, ISO
    QString expiresAt;
};

class TeamLogins
{
    Q_DECLARE_TR_FUNCTIONS(TeamLogins)
public:
    explicit TeamLogins(Database &db) : m_db(db) {}

    // Who this connection is in the team: its login's row, or a coordinator for the
    // database's owner (who set it up). A login outside the team is refused at open already.
    Result<TeamLogin> me() const;

    // A login for a person. `password` empty: the role exists already or logs in another way
    // (peer, LDAP, Kerberos); otherwise it is sent as libpq's SCRAM verifier only.
    Status add(const QString &login, TeamKind kind, qint64 workerId, const QString &password);
    // Every login the database had, the ended ones too, by name.
    Result<QList<TeamLogin>> list() const;
    // The login ends; the person's records stay.
    Status remove(const QString &login);

    // Emergency access to a family that is not one's own, named by its case code (the coach
    // cannot look it up), for `minutes` (at most a working day), with a reason of at least ten
    // characters. Granted at once, recorded and flagged in the access log. Returns the family's
    // id and when the access ends (UTC, ISO).
    struct Granted
    {
        qint64 familyId = 0;
        QString expiresAt;
    };
    Result<Granted> requestEmergencyAccess(const QString &caseCode, const QString &reason,
                                           int minutes);
    static constexpr int MaxEmergencyMinutes = 480;
    // Emergency accesses granted since `sinceUtc` (ISO), newest first: all of them for a
    // coordinator, one's own for a coach.
    Result<QList<EmergencyAccess>> emergencyAccesses(const QString &sinceUtc) const;

    static QString code(TeamKind kind);
    static std::optional<TeamKind> kindOf(const QString &code);
    static QString display(TeamKind kind);

private:
    Status requireServer() const;

    Database &m_db;
};
