#include "TeamLogins.h"

#include "Database.h"
#include "LibpqConnection.h"
#include "WorkerStore.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <memory>

namespace {
// A PostgreSQL role name as a person would type it, and as pg_hba.conf and LDAP know it.
bool isUsableLogin(const QString &login)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.@-]{1,63}$"));
    static const QRegularExpression reserved(QStringLiteral("^(pg_|duocoach_)"),
                                             QRegularExpression::CaseInsensitiveOption);
    return allowed.match(login).hasMatch() && !reserved.match(login).hasMatch();
}

// libpq's SCRAM verifier of the password, as the server's password_encryption asks: only it
// crosses the wire and can reach the server's log, never the text itself.
Result<QString> passwordVerifier(const QSqlDatabase &db, const QString &login,
                                 const QString &password)
{
    PGconn *conn = libpqConnectionOf(db);
    if (!conn)
        return Error::storage(QString());
    std::unique_ptr<char, decltype(&PQfreemem)> verifier(
        PQencryptPasswordConn(conn, password.toUtf8().constData(), login.toUtf8().constData(),
                              nullptr),
        &PQfreemem);
    if (!verifier)
        return Error::storage(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    return QString::fromUtf8(verifier.get());
}
} // namespace

QString TeamLogins::code(TeamKind kind)
{
    switch (kind) {
    case TeamKind::Coordinator:
        return QStringLiteral("coordinator");
    case TeamKind::Coach:
        return QStringLiteral("coach");
    case TeamKind::Supervisor:
        return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<TeamKind> TeamLogins::kindOf(const QString &code)
{
    for (TeamKind kind : {TeamKind::Coordinator, TeamKind::Coach, TeamKind::Supervisor})
        if (TeamLogins::code(kind) == code)
            return kind;
    return std::nullopt;
}

QString TeamLogins::display(TeamKind kind)
{
    switch (kind) {
    case TeamKind::Coordinator:
        return tr("coordinator");
    case TeamKind::Coach:
        return tr("duo coach");
    case TeamKind::Supervisor:
        return tr("supervisor");
    }
    return {};
}

Status TeamLogins::requireServer() const
{
    if (m_db.isServer())
        return {};
    return Error::invalid(tr("The database %1 is a file, which has no team logins: those are a "
                             "PostgreSQL server's.")
                              .arg(m_db.fullName()));
}

Result<TeamLogin> TeamLogins::me() const
{
    if (Status server = requireServer(); !server)
        return server.error();
    auto q = m_db.exec(QStringLiteral(
        "SELECT duocoach_kind(), coalesce(w.id, 0), coalesce(w.name, ''), session_user "
        "FROM (SELECT duocoach_my_worker() AS id) me LEFT JOIN workers w ON w.id = me.id"));
    if (!q)
        return q.error();
    TeamLogin me;
    const bool found = q->next();
    const auto kind = found ? kindOf(q->value(0).toString()) : std::nullopt;
    if (!kind)
        return Error::refused(tr("Your login is not one of the team of the database %1; ask a "
                                 "coordinator to add it (duocoach-cli user add).")
                                  .arg(m_db.fullName()));
    me.kind = *kind;
    me.workerId = q->value(1).toLongLong();
    me.workerName = q->value(2).toString();
    me.login = q->value(3).toString();
    q->finish();
    return me;
}

Status TeamLogins::add(const QString &login, TeamKind kind, qint64 workerId,
                       const QString &password)
{
    if (Status server = requireServer(); !server)
        return server;
    if (!isUsableLogin(login))
        return Error::invalid(tr("The login name \"%1\" cannot be used: use at most 63 letters, "
                                 "digits, '.', '-', '_' or '@', not beginning with \"pg_\" or "
                                 "\"duocoach_\".")
                                  .arg(login));
    if (kind == TeamKind::Coach) {
        auto worker = WorkerStore(m_db).get(workerId);
        if (!worker || !worker->active)
            return Error::invalid(
                tr("There is no active worker with id %1 to tie the login \"%2\" to.")
                    .arg(workerId)
                    .arg(login));
    }
    if (kind == TeamKind::Coach) {
        auto taken = m_db.scalar(QStringLiteral("SELECT login FROM team_logins WHERE worker_id = ? "
                                                "AND removed_at IS NULL AND login <> ?"),
                                 {workerId, login});
        if (!taken)
            return taken.error();
        if (taken.value().isValid())
            return Error::invalid(tr("Worker %1 already logs in as \"%2\"; end that login first "
                                     "(duocoach-cli user remove).")
                                      .arg(workerId)
                                      .arg(taken.value().toString()));
    }
    QVariant verifier; // NULL: the password stays as it is
    if (!password.isEmpty()) {
        auto made = passwordVerifier(m_db.connection(), login, password);
        if (!made)
            return Error::storage(tr("The password for \"%1\" could not be prepared (%2).")
                                      .arg(login, made.error().message));
        verifier = made.value();
    }
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT duocoach_add_login(?, ?, ?, ?)"),
                           {login, code(kind),
                            kind == TeamKind::Coach ? QVariant(workerId) : QVariant(), verifier});
        if (!q)
            return q.error();
        q->finish();
        return {};
    });
}

Result<QList<TeamLogin>> TeamLogins::list() const
{
    if (Status server = requireServer(); !server)
        return server.error();
    auto q = m_db.exec(QStringLiteral(
        "SELECT t.login, t.kind, coalesce(t.worker_id, 0), coalesce(w.name, ''), t.added_at, "
        "t.added_by, coalesce(t.removed_at, '') "
        "FROM team_logins t LEFT JOIN workers w ON w.id = t.worker_id ORDER BY t.login"));
    if (!q)
        return q.error();
    QList<TeamLogin> logins;
    while (q->next()) {
        TeamLogin login;
        login.login = q->value(0).toString();
        login.kind = kindOf(q->value(1).toString()).value_or(TeamKind::Coach);
        login.workerId = q->value(2).toLongLong();
        login.workerName = q->value(3).toString();
        login.addedAt = q->value(4).toString();
        login.addedBy = q->value(5).toString();
        login.removedAt = q->value(6).toString();
        logins << login;
    }
    return logins;
}

Status TeamLogins::remove(const QString &login)
{
    if (Status server = requireServer(); !server)
        return server;
    auto known = m_db.scalar(QStringLiteral("SELECT count(*) FROM team_logins "
                                            "WHERE login = ? AND removed_at IS NULL"),
                             {login});
    if (!known)
        return known.error();
    if (known->toInt() == 0)
        return Error::invalid(
            tr("The database %1 has no team login \"%2\".").arg(m_db.fullName(), login));
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT duocoach_remove_login(?)"), {login});
        if (!q)
            return q.error();
        q->finish();
        return {};
    });
}

Result<TeamLogins::Granted> TeamLogins::requestEmergencyAccess(const QString &caseCode,
                                                               const QString &reason, int minutes)
{
    if (Status server = requireServer(); !server)
        return server.error();
    if (reason.trimmed().size() < 10)
        return Error::invalid(tr("Emergency access needs a reason of at least ten characters: "
                                 "why this family, now."));
    Granted granted;
    Status done = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT duocoach_request_emergency_access(?, ?, ?)"),
                           {caseCode.trimmed(), reason.trimmed(), minutes});
        if (!q)
            return q.error();
        if (q->next())
            granted.expiresAt = q->value(0).toString();
        q->finish();
        auto family = m_db.scalar(QStringLiteral("SELECT id FROM families WHERE case_code = ?"),
                                  {caseCode.trimmed()});
        if (!family)
            return family.error();
        granted.familyId = family.value().toLongLong();
        return {};
    });
    if (!done)
        return done.error();
    return granted;
}

Result<QList<EmergencyAccess>> TeamLogins::emergencyAccesses(const QString &sinceUtc) const
{
    if (Status server = requireServer(); !server)
        return server.error();
    auto q = m_db.exec(QStringLiteral("SELECT e.id, e.login, e.family_id, coalesce(f.case_code, "
                                      "''), e.reason, e.granted_at, e.expires_at "
                                      "FROM emergency_access e "
                                      "LEFT JOIN families f ON f.id = e.family_id "
                                      "WHERE e.granted_at >= ? ORDER BY e.granted_at DESC"),
                       {sinceUtc});
    if (!q)
        return q.error();
    QList<EmergencyAccess> accesses;
    while (q->next()) {
        EmergencyAccess access;
        access.id = q->value(0).toLongLong();
        access.login = q->value(1).toString();
        access.familyId = q->value(2).toLongLong();
        access.caseCode = q->value(3).toString();
        access.reason = q->value(4).toString();
        access.grantedAt = q->value(5).toString();
        access.expiresAt = q->value(6).toString();
        accesses << access;
    }
    return accesses;
}
