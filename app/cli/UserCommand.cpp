#include "UserCommand.h"

#include "storage/Database.h"
#include "storage/TeamLogins.h"

void UserCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("worker"),
                      tr("The login is this worker's, a duo coach (trusted person or "
                         "professional)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("coordinator"), tr("The login is a coordinator's.")});
    parser.addOption({QStringLiteral("supervisor"), tr("The login is a supervisor's.")});
    parser.addOption({QStringLiteral("password-file"),
                      tr("Give the login this password (the first line of F); without it the "
                         "login keeps its password or logs in as the server's pg_hba.conf says."),
                      QStringLiteral("F")});
}

int UserCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.at(0);
    const bool wantsLogin = action == QLatin1String("add") || action == QLatin1String("remove");
    if ((action != QLatin1String("list") && !wantsLogin) || (args.size() == 3) != wantsLogin)
        return usageError(err, tr("Usage: duocoach-cli %1 %2").arg(name(), usage()));

    auto db = Database::open(args.at(1));
    if (!db)
        return fail(err, db.error());
    TeamLogins team(*db.value());

    if (action == QLatin1String("list")) {
        auto logins = team.list();
        if (!logins)
            return fail(err, logins.error());
        for (const TeamLogin &login : std::as_const(logins.value())) {
            QString who = TeamLogins::display(login.kind);
            if (login.kind == TeamKind::Coach)
                who = tr("%1, worker %2 (%3)").arg(who).arg(login.workerId).arg(login.workerName);
            out << login.login << '\t' << who << '\t'
                << (login.isActive() ? tr("since %1").arg(login.addedAt)
                                     : tr("ended %1").arg(login.removedAt))
                << '\n';
        }
        out << Qt::flush;
        return Success;
    }

    const QString login = args.at(2);
    if (action == QLatin1String("remove")) {
        if (Status removed = team.remove(login); !removed)
            return fail(err, removed.error());
        out << tr("The login \"%1\" has ended; the person's records stay.").arg(login) << Qt::endl;
        return Success;
    }

    const int kinds = int(parser.isSet(QStringLiteral("worker"))) +
                      int(parser.isSet(QStringLiteral("coordinator"))) +
                      int(parser.isSet(QStringLiteral("supervisor")));
    if (kinds != 1)
        return usageError(err, tr("Say who the login is for: --worker ID, --coordinator or "
                                  "--supervisor."));
    TeamKind kind = TeamKind::Coach;
    qint64 workerId = 0;
    if (parser.isSet(QStringLiteral("coordinator"))) {
        kind = TeamKind::Coordinator;
    } else if (parser.isSet(QStringLiteral("supervisor"))) {
        kind = TeamKind::Supervisor;
    } else {
        bool ok = false;
        workerId = parser.value(QStringLiteral("worker")).toLongLong(&ok);
        if (!ok || workerId <= 0)
            return usageError(err, tr("--worker needs the id of a worker, a whole number."));
    }
    QString password;
    if (parser.isSet(QStringLiteral("password-file"))) {
        auto read = readPassphraseFile(parser.value(QStringLiteral("password-file")));
        if (!read)
            return fail(err, read.error());
        password = read.value();
    }
    if (Status added = team.add(login, kind, workerId, password); !added)
        return fail(err, added.error());
    out << tr("The login \"%1\" is now a %2 of %3.")
               .arg(login, TeamLogins::display(kind), db.value()->fullName())
        << Qt::endl;
    return Success;
}
