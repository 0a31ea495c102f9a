#include "AccessLog.h"

#include "AccessLogChain.h"

#include "BatchInserter.h"

#include "ConsentStore.h"
#include "Database.h"
#include "DatabaseFiles.h"
#include "SqlValues.h"
#include "WorkerStore.h"
#include "exchange/ExportSelection.h"
#include "services/CurrentUser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
const QString insertColumns = QStringLiteral(
    "INSERT INTO access_log (at, user_name, user_role, account, action, family_id, case_code, "
    "outcome, detail) ");

const QString selectColumns =
    QStringLiteral("SELECT id, at, user_name, user_role, account, action, family_id, case_code, "
                   "outcome, detail FROM access_log ");

// UTC to the millisecond ("2026-11-23T09:15:02.123Z"): one fixed width, so text order is time
// order, and no daylight-saving hour is ever ambiguous.
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The start of a local day as the log's UTC text.
QString startOf(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

QVariantList actorBinds(const Actor &actor, AccessAction action)
{
    return {now(), actor.name, actor.role, actor.account, AccessLog::code(action)};
}

struct ActionName
{
    AccessAction action;
    const char *code;
};

constexpr ActionName actionNames[] = {
    {AccessAction::Create, "create"},    {AccessAction::Read, "read"},
    {AccessAction::Update, "update"},    {AccessAction::Delete, "delete"},
    {AccessAction::Archive, "archive"},  {AccessAction::Export, "export"},
    {AccessAction::Print, "print"},      {AccessAction::Import, "import"},
    {AccessAction::OpenLog, "open_log"}, {AccessAction::Remove, "remove"},
};

AccessAction actionOf(const QString &code)
{
    for (const auto &name : actionNames)
        if (code == QLatin1String(name.code))
            return name.action;
    return AccessAction::Read;
}
} // namespace

Actor Actor::of(const Database &db, const CurrentUser &user)
{
    Actor actor;
    // On a server the log names the login, as the server's own stamp does
    // (PostgresTeamSchema); in a file, the computer's account that chose the profile.
    actor.account = db.isServer() ? db.loginName() : systemAccount();
    switch (user.kind) {
    case CurrentUser::Kind::Worker: {
        actor.name = user.name;
        actor.role = QStringLiteral("trusted_person");
        // WorkerStore reads only; the const_cast spares every caller a mutable database.
        auto worker = WorkerStore(const_cast<Database &>(db)).get(user.workerId);
        if (worker && worker->role == WorkerRole::Professional)
            actor.role = QStringLiteral("professional");
        if (worker)
            actor.name = worker->name;
        break;
    }
    case CurrentUser::Kind::Coordinator:
        actor.name = actor.account;
        actor.role = QStringLiteral("coordinator");
        break;
    case CurrentUser::Kind::Supervisor:
        actor.name = actor.account;
        actor.role = QStringLiteral("supervisor");
        break;
    }
    if (actor.name.trimmed().isEmpty())
        actor.name = actor.account;
    return actor;
}

Actor Actor::commandLine()
{
    Actor actor;
    actor.account = systemAccount();
    actor.name = actor.account;
    actor.role = QStringLiteral("cli");
    return actor;
}

QString Actor::systemAccount()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // A shell started without a login (a service, a container) sets none of them.
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    // The log needs a name; an account without one is still this program, on this file.
    return QStringLiteral("unknown");
}

QString AccessLog::code(AccessAction action)
{
    for (const auto &name : actionNames)
        if (name.action == action)
            return QLatin1String(name.code);
    return {};
}

QString AccessLog::code(AccessOutcome outcome)
{
    return outcome == AccessOutcome::Success ? QStringLiteral("success")
                                             : QStringLiteral("refused");
}

QString AccessLog::display(AccessAction action)
{
    switch (action) {
    case AccessAction::Create:
        return tr("Created");
    case AccessAction::Read:
        return tr("Opened");
    case AccessAction::Update:
        return tr("Changed");
    case AccessAction::Delete:
        return tr("Deleted");
    case AccessAction::Archive:
        return tr("File closed");
    case AccessAction::Export:
        return tr("Exported");
    case AccessAction::Print:
        return tr("Printed");
    case AccessAction::Import:
        return tr("Imported");
    case AccessAction::OpenLog:
        return tr("Access log viewed");
    case AccessAction::Remove:
        return tr("Removed (retention)");
    }
    return {};
}

QString AccessLog::display(AccessOutcome outcome)
{
    return outcome == AccessOutcome::Success ? tr("Allowed") : tr("Refused");
}

QString AccessLog::displayRole(const QString &role)
{
    if (role == QLatin1String("coordinator"))
        return tr("Coordinator");
    if (role == QLatin1String("supervisor"))
        return tr("Supervisor");
    if (role == QLatin1String("trusted_person"))
        return tr("Trusted person");
    if (role == QLatin1String("professional"))
        return tr("Professional");
    if (role == QLatin1String("cli"))
        return tr("Command line");
    return role;
}

QString AccessLog::describeDetail(const QString &detail)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("family"), QT_TR_NOOP("family details")},
        {QStringLiteral("household_member"), QT_TR_NOOP("household member")},
        {QStringLiteral("duo_assignment"), QT_TR_NOOP("duo assignment")},
        {QStringLiteral("visit"), QT_TR_NOOP("home visit")},
        {QStringLiteral("visit_report"), QT_TR_NOOP("visit report")},
        {QStringLiteral("goal"), QT_TR_NOOP("goal")},
        {QStringLiteral("evaluation"), QT_TR_NOOP("interim evaluation")},
        {QStringLiteral("safety_concern"), QT_TR_NOOP("safety concern")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("follow-up action")},
        {QStringLiteral("confidential_note"), QT_TR_NOOP("note for the trusted person only")},
        {QStringLiteral("consent"), QT_TR_NOOP("consent")},
        {QStringLiteral("support"), QT_TR_NOOP("support deployed")},
        {QStringLiteral("referral"), QT_TR_NOOP("referral")},
        {QStringLiteral("consultation"), QT_TR_NOOP("case consultation")},
        {QStringLiteral("network_map"), QT_TR_NOOP("network map")},
        {QStringLiteral("debrief"), QT_TR_NOOP("debrief request")},
        {QStringLiteral("csv"), QT_TR_NOOP("CSV file")},
        {QStringLiteral("supervision_package"), QT_TR_NOOP("supervision package")},
        {QStringLiteral("csv_visit_log"), QT_TR_NOOP("visit log (CSV)")},
        {QStringLiteral("calendar"), QT_TR_NOOP("calendar (iCalendar)")},
        {QStringLiteral("calendar_with_address"),
         QT_TR_NOOP("calendar (iCalendar) with the families' addresses")},
        {QStringLiteral("pdf_report"), QT_TR_NOOP("PDF report")},
        {QStringLiteral("supervision_feedback"), QT_TR_NOOP("the supervisor's feedback")},
        {QStringLiteral("database_copy"), QT_TR_NOOP("copy of the whole database")},
        {QStringLiteral("no_consent"), QT_TR_NOOP("no consent for supervision export")},
        {QStringLiteral("not_trusted_person"),
         QT_TR_NOOP("only the family's trusted person may do this")},
        {QStringLiteral("coordinator_only"), QT_TR_NOOP("only the coordinator may do this")},
        {QStringLiteral("user"), QT_TR_NOOP("log of one user")},
        {QStringLiteral("all"), QT_TR_NOOP("log of everyone")},
        {QStringLiteral("retention_period_ended"), QT_TR_NOOP("retention period ended")},
        // Written by the server (PostgresTeamSchema); upper case, so it stands out in a list.
        {QStringLiteral("emergency_access"), QT_TR_NOOP("EMERGENCY ACCESS")},
        {QStringLiteral("undo"), QT_TR_NOOP("undone")},
        {QStringLiteral("redo"), QT_TR_NOOP("redone")},
    };
    QStringList parts;
    for (const QString &part : detail.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const char *name = names.value(part);
        parts << (name ? tr(name) : part);
    }
    return parts.join(QStringLiteral(" · "));
}

Result<QHash<qint64, QString>> AccessLog::caseCodes(const QList<qint64> &familyIds) const
{
    QHash<qint64, QString> codes;
    QStringList numbers;
    for (qint64 id : familyIds)
        if (id > 0)
            numbers << QString::number(id);
    if (numbers.isEmpty())
        return codes;
    // One statement however many families (an import logs thousands), not one a family.
    auto q = m_db.exec(
        QStringLiteral("SELECT id, case_code FROM families WHERE id %1").arg(m_db.inIdList()),
        {QStringLiteral("[%1]").arg(numbers.join(QLatin1Char(',')))});
    if (!q)
        return q.error();
    while (q->next())
        codes.insert(q->value(0).toLongLong(), q->value(1).toString());
    return codes;
}

Status AccessLog::record(const Actor &actor, AccessAction action, const QList<qint64> &familyIds,
                         AccessOutcome outcome, const QString &detail,
                         const QHash<qint64, QString> &knownCodes)
{
    auto codes = caseCodes(familyIds);
    if (!codes)
        return codes.error();
    // Few statements however many families (an import logs thousands): the entries go in as
    // multi-row INSERTs, in order, each family once, all or none.
    const QVariantList actorValues = actorBinds(actor, action);
    BatchInserter rows(
        m_db, QStringLiteral("access_log"),
        {QStringLiteral("at"), QStringLiteral("user_name"), QStringLiteral("user_role"),
         QStringLiteral("account"), QStringLiteral("action"), QStringLiteral("family_id"),
         QStringLiteral("case_code"), QStringLiteral("outcome"), QStringLiteral("detail")});
    return m_db.transaction([&]() -> Status {
        QSet<qint64> done;
        for (qint64 id : familyIds) {
            if (done.contains(id))
                continue;
            done.insert(id);
            if (Status added =
                    rows.add(actorValues + QVariantList{id > 0 ? QVariant(id) : QVariant(),
                                                        codes->value(id, knownCodes.value(id)),
                                                        code(outcome), detail});
                !added)
                return added;
        }
        if (Status flushed = rows.flush(); !flushed)
            return flushed;
        return AccessLogChain(m_db).extend();
    });
}

Status AccessLog::record(const Actor &actor, AccessAction action, qint64 familyId,
                         AccessOutcome outcome, const QString &detail)
{
    return record(actor, action, QList<qint64>{familyId}, outcome, detail);
}

Status AccessLog::recordExport(const Actor &actor, const ExportSelection &selection,
                               const QString &what, AccessAction action)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(insertColumns +
                               QStringLiteral("SELECT ?, ?, ?, ?, ?, f.id, f.case_code, 'success', "
                                              "? FROM families f WHERE f.id IN (%1) ORDER BY f.id")
                                   .arg(selection.familyIds()),
                           actorBinds(actor, action) + QVariantList{what} + selection.binds());
        if (!q)
            return q.error();
        return AccessLogChain(m_db).extend();
    });
}

Status AccessLog::recordedExport(const Actor &actor, const ExportSelection &selection,
                                 const QString &what, const QString &path,
                                 const ExportWriter &write, AccessAction action)
{
    if (Status allowed = DatabaseFiles::refuseOverwrite(path, m_db.filePath()); !allowed)
        return allowed;
    // NEN 7513: the log knows at least as much as the disk. The entries and a record saying
    // "started" are committed just before the file is renamed into place (the writer calls
    // `record` then); the record is marked completed or failed after. A write that fails
    // before that point, or is cancelled, leaves nothing.
    qint64 recordId = 0;
    const PrivateFile::BeforePublish record = [&]() -> Status {
        return m_db.transaction([&]() -> Status {
            if (Status logged = recordExport(actor, selection, what, action); !logged)
                return logged;
            auto added = m_db.insert(
                QStringLiteral("INSERT INTO export_files (started_at, what, file_name, status) "
                               "VALUES (?, ?, ?, 'started')"),
                {SqlValues::dateTime(QDateTime::currentDateTime()), what,
                 QFileInfo(path).fileName()});
            if (!added)
                return added.error();
            recordId = added.value();
            return {};
        });
    };
    const Status wrote = write(record);
    if (recordId) {
        // Should this fail, the record keeps saying "started": still no file unknown to it.
        auto marked = m_db.exec(
            QStringLiteral("UPDATE export_files SET status = ?, finished_at = ? WHERE id = ?"),
            {wrote ? QStringLiteral("completed") : QStringLiteral("failed"),
             SqlValues::dateTime(QDateTime::currentDateTime()), recordId});
        Q_UNUSED(marked);
    }
    return wrote;
}

Status AccessLog::recordSupervisionExport(const Actor &actor, const QList<qint64> &exported,
                                          const QList<qint64> &refused)
{
    // One statement, in family order, however many families.
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(
            insertColumns + QStringLiteral("SELECT ?, ?, ?, ?, ?, f.id, f.case_code, "
                                           "CASE WHEN f.id %1 THEN 'success' ELSE 'refused' END, "
                                           "CASE WHEN f.id %1 THEN 'supervision_package' "
                                           "ELSE 'supervision_package;no_consent' END "
                                           "FROM families f WHERE f.id %1 OR f.id %1 ORDER BY f.id")
                                .arg(m_db.inIdList()),
            actorBinds(actor, AccessAction::Export) +
                QVariantList{SqlValues::jsonArray(exported), SqlValues::jsonArray(exported),
                             SqlValues::jsonArray(exported), SqlValues::jsonArray(refused)});
        if (!q)
            return q.error();
        return AccessLogChain(m_db).extend();
    });
}

Status AccessLog::recordOpened(const Actor &actor, const AccessQuery &query, AccessOutcome outcome)
{
    if (query.familyId > 0)
        return record(actor, AccessAction::OpenLog, query.familyId, outcome);
    // Whose log was opened is part of the record; a user's name is no family's data.
    const QString detail =
        query.userName.isEmpty() ? QStringLiteral("all") : QStringLiteral("user;") + query.userName;
    return record(actor, AccessAction::OpenLog, QList<qint64>{0}, outcome, detail);
}

Result<QList<AccessEntry>> AccessLog::entries(const AccessQuery &query) const
{
    // One condition per index: the filter chosen comes first, so SQLite walks that index in
    // time order and stops after `limit` rows.
    QStringList where;
    QVariantList binds;
    if (query.familyId > 0) {
        where << QStringLiteral("family_id = ?");
        binds << query.familyId;
    } else if (!query.userName.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        binds << query.userName;
    }
    if (query.from.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << startOf(query.from);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("at < ?");
        binds << startOf(query.to.addDays(1));
    }
    if (query.afterId > 0) {
        // Keyset paging on (at, id): the index order, so no page re-reads the ones before.
        where << QStringLiteral("(at, id) > (SELECT at, id FROM access_log WHERE id = ?)");
        binds << query.afterId;
    }
    const QString sql =
        selectColumns +
        (where.isEmpty() ? QString()
                         : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(" ORDER BY at, id LIMIT ?");
    binds << qMax(1, query.limit);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QList<AccessEntry> result;
    while (q->next()) {
        AccessEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        e.userName = q->value(2).toString();
        e.userRole = q->value(3).toString();
        e.account = q->value(4).toString();
        e.action = actionOf(q->value(5).toString());
        e.familyId = q->value(6).toLongLong();
        e.caseCode = q->value(7).toString();
        e.outcome = q->value(8).toString() == QLatin1String("refused") ? AccessOutcome::Refused
                                                                       : AccessOutcome::Success;
        e.detail = q->value(9).toString();
        result << e;
    }
    return result;
}

Result<QStringList> AccessLog::userNames() const
{
    // A loose index scan: each step jumps to the next name in access_log_by_user, so a log of
    // millions of rows by a few dozen people costs a few dozen index look-ups.
    auto q = m_db.exec(QStringLiteral(
        "WITH RECURSIVE names(name) AS ("
        " SELECT min(user_name) FROM access_log"
        " UNION ALL"
        " SELECT (SELECT min(user_name) FROM access_log WHERE user_name > names.name)"
        " FROM names WHERE names.name IS NOT NULL) "
        "SELECT name FROM names WHERE name IS NOT NULL"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}
