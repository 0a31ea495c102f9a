#pragma once
// The access log (NEN 7513): who did what with which family's file, when, in which role, and
// whether it was allowed. One row per family per action. Rows are only ever added: the database
// itself refuses to change or delete them (triggers, Migrations version 7), so the log holds
// even against someone with an SQL shell on the file. It outlives the families it names: it
// keeps a family's id and case code (a pseudonym), never a name, and no text a user typed.
//
// A change and its entry are written in one transaction: callers record inside the transaction
// of the change (Database::transaction nests), so neither is ever saved without the other.

#include "PrivateFile.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class Database;
class ExportSelection;
struct CurrentUser;
struct ExportRequest;

// Who acts, as the log records them.
struct Actor
{
    // The worker's name; for the coordinator and supervisor profiles and the command line, who
    // have no name in DuoCoach, the operating-system account.
    QString name;
    // "coordinator", "supervisor", "trusted_person", "professional" or "cli".
    QString role;
    // The operating-system account the program runs under, for every role: the profile is
    // chosen, not proven, so the log also says which login chose it.
    QString account;

    bool isCoordinator() const { return role == QLatin1String("coordinator"); }

    // The user working in the app (a worker's role is read from the database).
    static Actor of(const Database &db, const CurrentUser &user);
    // duocoach-cli, run by whoever is logged in.
    static Actor commandLine();
    static QString systemAccount();
};

enum class AccessAction {
    Create,
    Read,
    Update,
    Delete,
    Archive,
    Export,
    Print,
    Import,
    OpenLog,
    Remove
};
enum class AccessOutcome { Success, Refused };

struct AccessEntry
{
    qint64 id = 0;
    QDateTime at; // UTC, to the millisecond
    QString userName;
    QString userRole;
    QString account;
    AccessAction action = AccessAction::Read;
    qint64 familyId = 0; // 0: no family (opening the log of a user)
    QString caseCode;
    AccessOutcome outcome = AccessOutcome::Success;
    // Codes separated by ';' (see AccessLog::describeDetail): what part of the file, and
    // "undo"/"redo" for a step taken back or again.
    QString detail;
};

// Which entries a view reads: of one family, of one user, or all, within a period; a page at a
// time in time order, after the last entry of the page before.
struct AccessQuery
{
    qint64 familyId = 0; // 0: every family
    QString userName;    // empty: every user
    QDate from;          // local days, inclusive; invalid: open-ended
    QDate to;
    qint64 afterId = 0; // the last entry of the previous page; 0: from the start
    int limit = 500;
};

class AccessLog
{
    Q_DECLARE_TR_FUNCTIONS(AccessLog)
public:
    explicit AccessLog(Database &db) : m_db(db) {}

    // The case codes of these families as they are now; families that do not exist are absent.
    Result<QHash<qint64, QString>> caseCodes(const QList<qint64> &familyIds) const;

    // One entry per family. Case codes are read from the families; `knownCodes` gives them for
    // families already gone (a removal records the code it read before deleting).
    Status record(const Actor &actor, AccessAction action, const QList<qint64> &familyIds,
                  AccessOutcome outcome = AccessOutcome::Success, const QString &detail = {},
                  const QHash<qint64, QString> &knownCodes = {});
    Status record(const Actor &actor, AccessAction action, qint64 familyId,
                  AccessOutcome outcome = AccessOutcome::Success, const QString &detail = {});

    // An export: one entry per family whose visits `selection` takes, as one statement however
    // many families. `what` is the detail code ("csv_visit_log", "calendar", ...); a report
    // written to PDF records AccessAction::Print.
    Status recordExport(const Actor &actor, const ExportSelection &selection, const QString &what,
                        AccessAction action = AccessAction::Export);
    // Writes the file at `path` through a PrivateFile, calling the step it is given just
    // before the file is renamed into place.
    using ExportWriter = std::function<Status(const PrivateFile::BeforePublish &record)>;
    // An export and its entries: `write` writes the file at `path` and calls `record` just
    // before the file appears; that commits the entries and a record (export_files) saying
    // "started", marked completed or failed once `write` returns. So the log always knows at
    // least as much as the disk: a kill in between leaves a started record, never a file no
    // log knows. A write that fails or is cancelled before that point leaves no entry. Never
    // over the database or its files (DatabaseFiles).
    Status recordedExport(const Actor &actor, const ExportSelection &selection, const QString &what,
                          const QString &path, const ExportWriter &write,
                          AccessAction action = AccessAction::Export);
    // A supervision package: the families in it get an export entry, those left out for lack
    // of consent (see ConsentStore) a refused one.
    Status recordSupervisionExport(const Actor &actor, const QList<qint64> &exported,
                                   const QList<qint64> &refused);
    // Opening the log: of one family, of one user, or of everyone.
    Status recordOpened(const Actor &actor, const AccessQuery &query, AccessOutcome outcome);

    // A page of entries, oldest first; served by the indices on (family_id, at), (user_name,
    // at) and (at), so it stays quick with millions of rows.
    Result<QList<AccessEntry>> entries(const AccessQuery &query) const;
    // Everyone who appears in the log, by name (one index step per name, not a scan).
    Result<QStringList> userNames() const;

    static QString code(AccessAction action);
    static QString code(AccessOutcome outcome);
    static QString display(AccessAction action);
    static QString display(AccessOutcome outcome);
    static QString displayRole(const QString &role);
    // The detail codes in the user's language, joined with " · ".
    static QString describeDetail(const QString &detail);

private:
    Database &m_db;
};
