#include "PostgresEngine.h"

#include "Migrations.h"
#include "PostgresSchema.h"

#include "SqlValues.h"

#include "LibpqConnection.h"

#include <QSqlQuery>

#include <memory>

namespace {
// libpq's sentence without its "FATAL:" or "ERROR:" prefix and trailing line break.
QString driverText(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    text = text.trimmed();
    for (const char *prefix : {"FATAL:", "ERROR:", "could not connect to server:"})
        if (text.startsWith(QLatin1String(prefix)))
            text = text.mid(int(qstrlen(prefix))).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0);
}

Result<QVariant> scalarOf(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return Error::storage(QString());
    }
    return query.next() ? query.value(0) : QVariant();
}
} // namespace

QString PostgresEngine::displayName() const
{
    return m_address.displayName();
}

QString PostgresEngine::inIdList() const
{
    return QStringLiteral("IN (SELECT CAST(value AS BIGINT) FROM json_array_elements_text("
                          "CAST(? AS json)))");
}

QString PostgresEngine::inTextList() const
{
    return QStringLiteral("IN (SELECT value FROM json_array_elements_text(CAST(? AS json)))");
}

Result<int> PostgresEngine::open(const QString &connectionName, Access access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return Error::refused(tr("DuoCoach cannot reach PostgreSQL servers: Qt's PostgreSQL "
                                 "driver (libqt6sql6-psql) is not installed."));
    db.setHostName(m_address.hostName());
    if (m_address.port() > 0)
        db.setPort(m_address.port());
    db.setUserName(m_address.userName());
    db.setDatabaseName(m_address.databaseName());
    db.setConnectOptions(m_address.connectOptions());
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    if (!db.open())
        return connectionFailed(db.lastError());

    QSqlQuery session(db);
    // A write that waits for another user's lock gives up after a few seconds and says so,
    // as a busy SQLite file does. The server's notices and warnings stay in its log: libpq
    // would print them on stderr, beside the one sentence of an error (a server stopped
    // mid-import warns "terminating connection" before it goes).
    for (const char *setting : {"SET lock_timeout = '5s'", "SET client_min_messages = error"})
        if (!session.exec(QLatin1String(setting)))
            return describe(session.lastError());
    QSqlError loginError;
    auto login = scalarOf(db, QStringLiteral("SELECT current_user"), &loginError);
    if (!login)
        return describe(loginError);
    m_login = login->toString();

    bool empty = false;
    auto version = judge(db, &empty);
    if (!version)
        return version.error();
    // The group roles are the whole server's; whether this login is one of this database's
    // team is the database's own to say (team_logins, or its owner).
    if (!empty && version.value() >= PostgresSchema::Version) {
        QSqlError error;
        // Asked apart: a function the login may not run is refused when the statement is
        // planned, whichever branch of a CASE it stands in.
        auto member = scalarOf(
            db, QStringLiteral("SELECT has_function_privilege('duocoach_kind()', 'EXECUTE')"),
            &error);
        if (member && member->toBool())
            member = scalarOf(db, QStringLiteral("SELECT duocoach_kind() IS NOT NULL"), &error);
        if (!member)
            return describe(error);
        if (!member->toBool())
            return notInTeam();
    }
    if (access == Access::ReadOnly) {
        if (empty)
            return Error::refused(tr("The database \"%1\" holds no DuoCoach data yet; create it "
                                     "with \"duocoach-cli init\".")
                                      .arg(displayName()));
        if (version.value() < PostgresSchema::Version)
            return Error::refused(tr("The database \"%1\" has format %2 and is upgraded when its "
                                     "owner opens it; it cannot be read before that.")
                                      .arg(displayName())
                                      .arg(version.value()));
        if (!session.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return describe(session.lastError());
        return version;
    }
    if (empty || version.value() < PostgresSchema::Version)
        return createSchema(db, version.value());
    QSqlError error;
    // Whoever may add to the access log may work here (a supervisor records the packages
    // they make); what each may change beyond that, the server decides row by row.
    auto writable =
        scalarOf(db, QStringLiteral("SELECT has_table_privilege('access_log', 'INSERT')"), &error);
    if (!writable)
        return describe(error);
    if (!writable->toBool())
        return Error::refused(tr("The database \"%1\" cannot be written: your login has no "
                                 "permission to change it.")
                                  .arg(displayName()));
    return version;
}

Result<int> PostgresEngine::judge(const QSqlDatabase &db, bool *empty) const
{
    const QString name = displayName();
    QSqlError error;
    auto tables =
        scalarOf(db,
                 QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c "
                                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                "WHERE n.nspname = current_schema() "
                                "AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"),
                 &error);
    if (!tables)
        return describe(error);
    auto ours =
        scalarOf(db, QStringLiteral("SELECT to_regclass('duocoach_schema') IS NOT NULL"), &error);
    if (!ours)
        return describe(error);
    *empty = tables->toInt() == 0;
    if (*empty)
        return 0;
    if (!ours->toBool())
        return Error::refused(
            tr("\"%1\" is a database of another program, not of DuoCoach.").arg(name));
    auto member = scalarOf(
        db, QStringLiteral("SELECT has_table_privilege('duocoach_schema', 'SELECT')"), &error);
    if (!member)
        return describe(error);
    if (!member->toBool())
        return notInTeam();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT application, version FROM duocoach_schema "
                                   "WHERE id = 1")))
        return describe(query.lastError());
    if (!query.next() || query.value(0).toString() != QLatin1String("DuoCoach"))
        return Error::refused(
            tr("\"%1\" is a database of another program, not of DuoCoach.").arg(name));
    const int version = query.value(1).toInt();
    const int latest = Migrations::latestVersion();
    if (version > latest)
        return Error::refused(tr("The database \"%1\" was written by a newer version of DuoCoach "
                                 "(format %2; this version reads up to format %3).")
                                  .arg(name)
                                  .arg(version)
                                  .arg(latest));
    if (version < PostgresSchema::BaseVersion)
        return Error::refused(tr("The database \"%1\" has format %2, which no DuoCoach server "
                                 "database ever had.")
                                  .arg(name)
                                  .arg(version));
    return version;
}

Error PostgresEngine::notInTeam() const
{
    return Error::refused(tr("Your login \"%1\" is not one of the team of the database \"%2\"; "
                             "ask a coordinator to add it (duocoach-cli user add).")
                              .arg(m_login, displayName()));
}

Result<int> PostgresEngine::createSchema(const QSqlDatabase &db, int fromVersion)
{
    const QString name = displayName();
    const bool upgrading = fromVersion > 0;
    QSqlError error;
    auto allowed =
        scalarOf(db,
                 upgrading ? QStringLiteral("SELECT pg_has_role(relowner, 'USAGE') FROM pg_class "
                                            "WHERE oid = 'families'::regclass")
                           : QStringLiteral("SELECT coalesce(has_schema_privilege("
                                            "current_schema(), 'CREATE'), false)"),
                 &error);
    if (!allowed)
        return describe(error);
    if (!allowed->toBool() && upgrading)
        return Error::refused(tr("The database \"%1\" has format %2 and is upgraded when its "
                                 "owner opens it; it cannot be used before that.")
                                  .arg(name)
                                  .arg(fromVersion));
    if (!allowed->toBool())
        return Error::refused(tr("The database \"%1\" cannot be set up: your login may not create "
                                 "tables in it (ask its owner, or create it with createdb -O).")
                                  .arg(name));
    QSqlQuery query(db);
    auto failed = [&]() -> Error {
        const QString reason = driverText(query.lastError());
        const Error error =
            upgrading
                ? Error::storage(tr("Upgrading the database \"%1\" to format %2 failed; it was "
                                    "left at format %3 (%4).")
                                     .arg(name, QString::number(PostgresSchema::Version),
                                          QString::number(fromVersion), reason))
                : Error::storage(tr("Setting up the database \"%1\" failed; nothing was created "
                                    "(%2).")
                                     .arg(name, reason));
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (!query.exec(QStringLiteral("BEGIN")))
        return failed();
    // Two clients starting on one new database at once: the second waits here, then finds
    // the schema the first one made.
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey)))
        return failed();
    bool empty = false;
    auto version = judge(db, &empty);
    if (!version || (!empty && version.value() >= PostgresSchema::Version)) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return version;
    }
    QStringList statements;
    if (empty)
        statements = PostgresSchema::statements();
    statements << PostgresSchema::upgrade(empty ? PostgresSchema::BaseVersion : version.value());
    for (const QString &statement : std::as_const(statements))
        if (!query.exec(statement))
            return failed();
    if (!query.exec(QStringLiteral("COMMIT")))
        return failed();
    m_createdSchema = empty;
    return PostgresSchema::Version;
}

Error PostgresEngine::connectionFailed(const QSqlError &error) const
{
    const QString text = driverText(error);
    const QString server = m_address.serverName();
    const QString database = m_address.databaseName();
    // libpq says so only in words (a failed connection has no SQLSTATE in QPSQL): "no password
    // supplied" when the server asked for one and libpq had none, "password authentication
    // failed" (28P01) when the one given was wrong. Both are a Login error, so the window asks
    // for a password instead of parsing this sentence.
    if (text.contains(QLatin1String("no password supplied")))
        return Error::login(tr("The database \"%1\" on %2 asks for a password for this login.")
                                .arg(database, server));
    if (text.contains(QLatin1String("password authentication failed")))
        return Error::login(
            tr("The database \"%1\" on %2 did not accept the password of this login.")
                .arg(database, server));
    // The server comes after the database: a socket folder makes it "this computer", which
    // cannot stand first as a subject.
    if (text.contains(QLatin1String("password")))
        return Error::refused(tr("The login to the database \"%1\" on %2 was not accepted: %3")
                                  .arg(database, server, text));
    if (text.contains(QLatin1String("does not exist")))
        return Error::refused(
            tr("There is no database \"%1\" on %2 for this login: %3").arg(database, server, text));
    return Error::refused(
        tr("The database \"%1\" on %2 cannot be reached: %3").arg(database, server, text));
}

Error PostgresEngine::describe(const QSqlError &error) const
{
    const QString name = displayName();
    const QString state = error.nativeErrorCode();
    // SQLSTATE classes: 08 connection, 57P0x the server shutting down, 40 a conflict with
    // another transaction, 55P03 a lock not granted in time, 42501 no privilege.
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        error.type() == QSqlError::ConnectionError ||
        (state.isEmpty() && (error.text().contains(QLatin1String("connection")) ||
                             error.text().contains(QLatin1String("server closed")))))
        return Error::connectionLost(tr("The connection to the database \"%1\" was lost; nothing "
                                        "was saved. Reconnect and try again.")
                                         .arg(name));
    if (state.startsWith(QLatin1String("40")) || state == QLatin1String("55P03"))
        return Error::storage(tr("The database \"%1\" is in use by another user; nothing was "
                                 "saved. Try again in a moment.")
                                  .arg(name));
    if (state == QLatin1String("42501"))
        return Error::storage(tr("Your login may not do this in the database \"%1\"; nothing "
                                 "was saved.")
                                  .arg(name));
    if (state == QLatin1String("25006"))
        return Error::storage(
            tr("The database \"%1\" cannot be written; nothing was saved.").arg(name));
    if (state == QLatin1String("53100"))
        return Error::storage(tr("The database \"%1\" could not be written because the server's "
                                 "disk is full; nothing was saved.")
                                  .arg(name));
    return Error::storage(
        tr("The database \"%1\" reported an error: %2").arg(name, driverText(error)));
}

bool PostgresEngine::isRetryable(const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("40001") || state == QLatin1String("40P01");
}

Result<bool> PostgresEngine::readsEverything(const QSqlDatabase &db) const
{
    QSqlError error;
    auto all = scalarOf(db,
                        QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_roles "
                                       "WHERE rolname = current_user"),
                        &error);
    if (!all)
        return describe(error);
    return all->toBool();
}

Status PostgresEngine::checkSound(const QSqlDatabase &db) const
{
    // The server keeps its own pages sound; what is checked is that it still answers.
    QSqlError error;
    if (auto answered = scalarOf(db, QStringLiteral("SELECT 1"), &error); !answered)
        return describe(error);
    return {};
}

Result<QStringList> PostgresEngine::integrityProblems(const QSqlDatabase &db) const
{
    // References and constraints are enforced by the server on every write, and cannot be
    // switched off by a client as SQLite's can: what remains to check is that the schema is
    // DuoCoach's and answers.
    if (Status sound = checkSound(db); !sound)
        return sound.error();
    return QStringList();
}

Status PostgresEngine::startBulkWrite(const QSqlDatabase &db)
{
    // pg_restore's order: an index built once over all rows, and a reference checked by one
    // join, cost a fraction of keeping them row by row (measured on the copy of 10,000
    // families: visits took 15 s with them, 1 s without). Only the tables' owner may drop
    // them; anyone else writes with them in place. Unique indexes stay: they keep ids unique.
    // Dropped inside the transaction, so a failed write rolls them back into place and no
    // other session ever sees a table without them (the drop locks the table until commit).
    m_rebuildAfterBulk.clear();
    m_forceAfterBulk.clear();
    QSqlError error;
    auto owner = scalarOf(db,
                          QStringLiteral("SELECT bool_and(pg_has_role(relowner, 'USAGE')) "
                                         "FROM pg_class WHERE relkind = 'r' "
                                         "AND relnamespace = current_schema()::regnamespace"),
                          &error);
    if (!owner)
        return describe(error);
    if (!owner->toBool())
        return {};
    QSqlQuery query(db);
    QStringList drops;
    // Each query gives pairs: the statement that puts a thing back (kept in `after`) and the
    // one that takes it away now.
    const auto collect = [&](const QString &select, QStringList &after) -> Status {
        if (!query.exec(select))
            return describe(query.lastError());
        while (query.next()) {
            after << query.value(0).toString();
            drops << query.value(1).toString();
        }
        return {};
    };
    const Status collected = [&]() -> Status {
        if (Status s = collect(QStringLiteral("SELECT pg_get_indexdef(i.indexrelid), "
                                              "format('DROP INDEX %I', c.relname) "
                                              "FROM pg_index i JOIN pg_class c ON c.oid = "
                                              "i.indexrelid WHERE NOT i.indisunique AND "
                                              "c.relnamespace = current_schema()::regnamespace"),
                               m_rebuildAfterBulk);
            !s)
            return s;
        if (Status s = collect(
                QStringLiteral(
                    "SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, "
                    "conname, pg_get_constraintdef(oid)), format('ALTER TABLE %s DROP "
                    "CONSTRAINT %I', conrelid::regclass, conname) FROM pg_constraint WHERE "
                    "contype = 'f' AND connamespace = current_schema()::regnamespace"),
                m_rebuildAfterBulk);
            !s)
            return s;
        // Each change announced to the other windows keeps its rows in a transition table:
        // for millions of rows that is a second copy of them. One "everything changed" at the
        // end serves the windows as well.
        if (Status s = collect(
                QStringLiteral("SELECT format('ALTER TABLE %s ENABLE TRIGGER %I', "
                               "tgrelid::regclass, tgname), format('ALTER TABLE %s DISABLE "
                               "TRIGGER %I', tgrelid::regclass, tgname) FROM pg_trigger t JOIN "
                               "pg_class c ON c.oid = t.tgrelid WHERE tgname LIKE "
                               "'%\\_announced\\_%' AND c.relnamespace = "
                               "current_schema()::regnamespace"),
                m_rebuildAfterBulk);
            !s)
            return s;
        m_rebuildAfterBulk << QStringLiteral("SELECT pg_notify('duocoach', 'everything:')");
        // Row-level security holds for the owner too (FORCE, PostgresTeamSchema), and would
        // keep trusted-person notes out of a copy or demo data; the owner writes them past it
        // here, in this transaction only, and puts it back after the id counters move.
        return collect(QStringLiteral("SELECT format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', "
                                      "oid::regclass), format('ALTER TABLE %s NO FORCE ROW "
                                      "LEVEL SECURITY', oid::regclass) FROM pg_class WHERE "
                                      "relforcerowsecurity AND relnamespace = "
                                      "current_schema()::regnamespace"),
                       m_forceAfterBulk);
    }();
    if (!collected)
        return collected;
    for (const QString &drop : std::as_const(drops))
        if (!query.exec(drop))
            return describe(query.lastError());
    return {};
}

Status PostgresEngine::finishBulkWrite(const QSqlDatabase &db)
{
    QSqlQuery rebuild(db);
    for (const QString &statement : std::as_const(m_rebuildAfterBulk))
        if (!rebuild.exec(statement))
            return describe(rebuild.lastError());
    m_rebuildAfterBulk.clear();
    // The planner's statistics of the new rows, as autovacuum would gather them a while later:
    // without them the first hour on a freshly copied database runs on guesses (start-up of
    // the window took 3 s instead of 1 s on 10,000 families).
    if (!rebuild.exec(QStringLiteral("ANALYZE")))
        return describe(rebuild.lastError());

    // Rows written with their ids leave the identity counters behind: each is moved past the
    // highest id of its table, so the next row added gets a new id.
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT table_name FROM information_schema.columns "
                                    "WHERE table_schema = current_schema() AND column_name = 'id' "
                                    "AND is_identity = 'YES'")))
        return describe(tables.lastError());
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QSqlQuery move(db);
    for (const QString &table : names)
        if (!move.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                      "coalesce(max(id), 0) + 1, false) FROM %1")
                           .arg(table)))
            return describe(move.lastError());
    // Last: the counters above must see every row, trusted-person notes too.
    for (const QString &statement : std::as_const(m_forceAfterBulk))
        if (!move.exec(statement))
            return describe(move.lastError());
    m_forceAfterBulk.clear();
    return {};
}

Status PostgresEngine::adoptIdentity(const QSqlDatabase &db, const QString &identity)
{
    // Switched off and on again inside the transaction: no other session ever sees it off.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "ALTER TABLE database_identity DISABLE TRIGGER database_identity_fixed")))
        return describe(query.lastError());
    query.prepare(QStringLiteral("UPDATE database_identity SET identity = ? WHERE id = 1"));
    query.addBindValue(identity);
    if (!query.exec() || !query.exec(QStringLiteral("ALTER TABLE database_identity ENABLE "
                                                    "TRIGGER database_identity_fixed")))
        return describe(query.lastError());
    return {};
}

namespace {
// A field of COPY's text format decoded in place: a backslash starts \b \f \n \r \t \v, an
// octal \ooo or hex \xhh byte, or stands before the character it escapes (\\). Returns the
// decoded length, never longer than the field.
qsizetype unescapeCopyText(char *field, qsizetype size)
{
    auto digit = [](char c, int base) {
        if (c >= '0' && c <= '7')
            return c - '0';
        if (base == 16 && c >= '8' && c <= '9')
            return c - '0';
        if (base == 16 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))
            return (c | 0x20) - 'a' + 10;
        return -1;
    };
    qsizetype out = 0;
    for (qsizetype in = 0; in < size; ++in) {
        char c = field[in];
        if (c == '\\' && in + 1 < size) {
            c = field[++in];
            switch (c) {
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case 'n':
                c = '\n';
                break;
            case 'r':
                c = '\r';
                break;
            case 't':
                c = '\t';
                break;
            case 'v':
                c = '\v';
                break;
            case 'x':
                if (in + 1 < size && digit(field[in + 1], 16) >= 0) {
                    int value = digit(field[++in], 16);
                    if (in + 1 < size && digit(field[in + 1], 16) >= 0)
                        value = value * 16 + digit(field[++in], 16);
                    c = char(value);
                }
                break;
            default:
                if (digit(c, 8) >= 0) {
                    int value = digit(c, 8);
                    for (int n = 0; n < 2 && in + 1 < size && digit(field[in + 1], 8) >= 0; ++n)
                        value = value * 8 + digit(field[++in], 8);
                    c = char(value);
                }
            }
        }
        field[out++] = c;
    }
    return out;
}

QSqlError copyError(PGconn *connection, const PGresult *result)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection))
            .trimmed();
    return QSqlError(QStringLiteral("Could not read the rows"), message,
                     PQstatus(connection) == CONNECTION_OK ? QSqlError::StatementError
                                                           : QSqlError::ConnectionError,
                     state ? QString::fromLatin1(state) : QString());
}

struct ClearResult
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ClearResult>;
} // namespace

Result<qint64> PostgresEngine::textRows(const QSqlDatabase &db, const QString &select,
                                        const QVariantList &binds, const TextRow &row) const
{
    PGconn *connection = libpqConnectionOf(db);
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return describe(QSqlError(QString(), QString(), QSqlError::ConnectionError));
    const QByteArray copy =
        QStringLiteral("COPY (%1) TO STDOUT").arg(SqlValues::writtenIn(select, binds)).toUtf8();
    if (!PQsendQuery(connection, copy.constData()))
        return describe(copyError(connection, nullptr));
    ResultPtr started(PQgetResult(connection));
    if (PQresultStatus(started.get()) != PGRES_COPY_OUT) {
        const QSqlError error = copyError(connection, started.get());
        started.reset();
        while (PGresult *rest = PQgetResult(connection)) // the connection ready again
            PQclear(rest);
        return describe(error);
    }
    started.reset();

    qint64 rows = 0;
    Status taken; // until `row` returns an error
    std::vector<QByteArrayView> fields;
    char *buffer = nullptr;
    int size = 0;
    while ((size = PQgetCopyData(connection, &buffer, 0)) > 0) {
        const std::unique_ptr<char, void (*)(void *)> owned(buffer, PQfreemem);
        if (taken) {
            // One row a call, ending in a newline; fields apart by tabs, \N for NULL.
            fields.clear();
            const qsizetype end = buffer[size - 1] == '\n' ? size - 1 : size;
            qsizetype start = 0;
            for (qsizetype i = 0; i <= end; ++i) {
                if (i < end && buffer[i] != '\t')
                    continue;
                char *field = buffer + start;
                const qsizetype length = i - start;
                if (length == 2 && field[0] == '\\' && field[1] == 'N')
                    fields.emplace_back();
                else if (memchr(field, '\\', size_t(length)))
                    fields.emplace_back(field, unescapeCopyText(field, length));
                else
                    fields.emplace_back(field, length);
                start = i + 1;
            }
            taken = row(fields);
            if (taken) {
                ++rows;
            } else if (PGcancel *cancel = PQgetCancel(connection)) {
                // The rest is not wanted: the server is asked to stop sending, and what it
                // sent already is read and let go, so the connection can be used again.
                char ignored[256];
                PQcancel(cancel, ignored, sizeof ignored);
                PQfreeCancel(cancel);
            }
        }
    }
    QSqlError failed;
    if (size == -2)
        failed = copyError(connection, nullptr);
    while (PGresult *result = PQgetResult(connection)) {
        const ResultPtr finished(result);
        if (!failed.isValid() && PQresultStatus(result) != PGRES_COMMAND_OK)
            failed = copyError(connection, result);
    }
    if (!taken)
        return taken.error();
    if (failed.isValid())
        return describe(failed);
    return rows;
}
