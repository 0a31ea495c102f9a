#pragma once
// Helpers shared by the core and CLI suites: a guard that fails a test on any warning, file
// fingerprints (to prove a refused file was not touched), a small fixture database built
// through the stores, a canonical dump of all tables, and ways to damage a database file.

#include "Result.h"
#include "domain/Domain.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Fails the current test when a Result is not ok, printing its message. The expression is
// evaluated once (QVERIFY2 would evaluate it twice: once for the check, once for the text).
#define DC_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &dcResult = (expression);                                                       \
        QVERIFY2(dcResult.ok(), qPrintable(dcResult.message()));                                   \
    } while (false)

namespace TestSupport {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The two engines, as global test data: a suite's initTestCase_data() calls this, and every
// test function then runs once on a SQLite file and once on the PostgreSQL cluster that CTest
// starts for the run (scripts/pg-test-cluster, the "postgres" fixture).
inline bool &suiteHasEngines()
{
    static bool has = false;
    return has;
}

inline void engines()
{
    suiteHasEngines() = true;
    QTest::addColumn<QString>("engine");
    // DUOCOACH_TEST_ENGINE=sqlite (or postgresql) runs one of them: to time an engine, or to
    // look at one engine's failure alone.
    const QString only = qEnvironmentVariable("DUOCOACH_TEST_ENGINE");
    for (const char *engine : {"sqlite", "postgresql"})
        if (only.isEmpty() || only == QLatin1String(engine))
            QTest::newRow(engine) << QString::fromLatin1(engine);
}

inline bool onServer()
{
    // A suite without engine rows works on files only.
    if (!suiteHasEngines())
        return false;
    QFETCH_GLOBAL(QString, engine);
    return engine == QLatin1String("postgresql");
}

// The address of the test cluster's "postgres" database, from the state file CTest's fixture
// wrote; empty (and the test failed) when the suite runs without it.
inline QString clusterAddress()
{
    QFile state(qEnvironmentVariable("DUOCOACH_TEST_PG_STATE"));
    if (!state.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : state.readAll().split('\n'))
        if (line.startsWith("uri="))
            return QString::fromUtf8(line.mid(4));
    return {};
}

// A new, empty database on the current engine: a file named `name` in `dir`, or a new
// database on the test cluster (each test its own, so tests never see each other's rows).
inline QString newServerDatabase(const QTemporaryDir &dir, const QString &name);

inline QString newDatabase(const QTemporaryDir &dir, const QString &name)
{
    if (!onServer())
        return dir.filePath(name);
    return newServerDatabase(dir, name);
}

// A new, empty database on the test cluster whatever the engine of the test (a copy between
// the two engines needs both).
inline QString newServerDatabase(const QTemporaryDir &dir, const QString &name)
{
    // The same name in the same folder is the same database, as a file would be; and as a file
    // goes with its folder, a database goes once its test's folder is gone (about 8 MB each:
    // a whole run would otherwise leave gigabytes on the cluster).
    static QHash<QString, QString> made; // folder/name → database
    const QString key = dir.filePath(name);
    if (made.contains(key))
        return clusterAddress().replace(QStringLiteral("/postgres?"),
                                        QStringLiteral("/%1?").arg(made.value(key)));
    const QString cluster = clusterAddress();
    if (cluster.isEmpty()) {
        QTest::qFail(
            "No PostgreSQL test cluster: run the suite through ctest (DUOCOACH_TEST_PG_STATE).",
            __FILE__, __LINE__);
        return {};
    }
    static int counter = 0;
    const QString database =
        QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString admin = QStringLiteral("test-cluster-admin");
    {
        QSqlDatabase db = QSqlDatabase::contains(admin)
                              ? QSqlDatabase::database(admin)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), admin);
        if (!db.isOpen()) {
            const QString host = cluster.section(QStringLiteral("host="), 1);
            db.setHostName(host);
            db.setUserName(QStringLiteral("duocoach_test"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.open()) {
                QTest::qFail(qPrintable(db.lastError().text()), __FILE__, __LINE__);
                return {};
            }
        }
        QSqlQuery create(db);
        for (auto it = made.begin(); it != made.end();) {
            if (QFileInfo::exists(QFileInfo(it.key()).path())) {
                ++it;
                continue;
            }
            create.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(it.value()));
            it = made.erase(it);
        }
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(database))) {
            QTest::qFail(qPrintable(create.lastError().text()), __FILE__, __LINE__);
            return {};
        }
    }
    made.insert(key, database);
    return QString(cluster).replace(QStringLiteral("/postgres?"),
                                    QStringLiteral("/%1?").arg(database));
}

// How a sentence names the database at `address`: the file's name, or as the server's
// displayName() gives it ("t123_4 on this computer"). A refusal must name the database it
// refused, whichever engine holds it.
inline QString shownName(const QString &address)
{
    const auto parsed = DatabaseAddress::parse(address);
    return parsed ? parsed->displayName() : QFileInfo(address).fileName();
}

// Whether a sentence names the database at `address`: a file by its name; a server
// database by its name and its server ("this computer" for a socket folder).
inline bool names(const QByteArray &text, const QString &address)
{
    const QString sentence = QString::fromUtf8(text);
    const auto parsed = DatabaseAddress::parse(address);
    if (!parsed || !parsed->isServer())
        return sentence.contains(QFileInfo(address).fileName());
    return sentence.contains(parsed->databaseName()) && sentence.contains(parsed->serverName());
}

// The address of a database the server of `address` does not have.
inline QString missingServerDatabase(const QString &address)
{
    return QString(address).replace(QStringLiteral("?host="), QStringLiteral("_missing?host="));
}

// The address of `address` as the login `role` reaches it.
inline QString asRole(const QString &address, const QString &role)
{
    return QString(address).replace(QStringLiteral("://duocoach_test@"),
                                    QStringLiteral("://%1@").arg(role));
}

// Subsurface-style guard: any warning (ours, or Qt's about e.g. a connection still in use)
// fails the test that caused it. Call from init(); expected warnings use QTest::ignoreMessage.
inline void failOnWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

// Permission bits as ls shows them, ignoring Qt's duplicated "user" bits.
inline QFileDevice::Permissions permissions(const QString &path)
{
    return QFileInfo(path).permissions() &
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// What must stay the same when a file is refused or only read.
struct FileState
{
    bool exists = false;
    QByteArray sha256;
    QDateTime modified;
    qint64 size = 0;

    bool operator==(const FileState &o) const
    {
        return exists == o.exists && sha256 == o.sha256 && modified == o.modified && size == o.size;
    }
};

inline FileState fileState(const QString &path)
{
    const QFileInfo info(path);
    return {info.exists(), sha256(path), info.lastModified(), info.size()};
}

// Moves the file's modification time into the past, so any later write shows in its mtime.
inline bool backdate(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return file.setFileTime(QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5)),
                            QFileDevice::FileModificationTime);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Overwrites `length` bytes of the file at `offset` with `fill`.
inline bool overwrite(const QString &path, qint64 offset, qint64 length, char fill)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    return file.write(QByteArray(int(length), fill)) == length;
}

// Page size and root page of a table, read through a read-only Database, so a test can damage
// exactly one table b-tree page and leave the header and the schema page intact.
struct TablePage
{
    int pageSize = 0;
    int rootPage = 0;
};

inline TablePage tablePage(const QString &path, const QString &table)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return {};
    auto size = db.value()->scalar(QStringLiteral("PRAGMA page_size"));
    auto root = db.value()->scalar(
        QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?"),
        {table});
    if (!size || !root)
        return {};
    return {size->toInt(), root->toInt()};
}

// Damages the root page of `table` (not the header, not the schema) so integrity_check finds
// it while the file still opens.
inline bool damageTable(const QString &path, const QString &table)
{
    const TablePage page = tablePage(path, table);
    if (page.pageSize <= 0 || page.rootPage <= 1)
        return false;
    const qint64 start = qint64(page.rootPage - 1) * page.pageSize;
    // Keep the page-type byte so the page is still taken for a b-tree page; garble its cells.
    return overwrite(path, start + 12, page.pageSize - 12, char(0xab));
}

// All rows of all tables in a canonical order, as one hash: equal hashes, equal data. The
// database identity (random, one per file) says which file it is, not what it holds; the access
// log records who touched the data (it grows with every step, an undo included), not the data,
// and so does its hash chain; nor does the record of export files (every export adds one
// before its file appears).
inline QByteArray contentHash(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    tables.exec(db.isServer()
                    ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                     "WHERE table_schema = current_schema() "
                                     "AND table_type = 'BASE TABLE' "
                                     "AND table_name NOT IN ('database_identity', 'access_log', "
                                     "'access_log_chain', 'export_files', 'duocoach_schema', "
                                     // A server's own: logins and emergency accesses.
                                     "'team_logins', 'emergency_access') ORDER BY table_name")
                    : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT LIKE 'sqlite_%' AND name <> 'database_identity' "
                                     "AND name <> 'access_log' AND name <> 'access_log_chain' "
                                     "AND name <> 'export_files' "
                                     "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    // Sorted here, not by the engine: a server's collation may ignore the "_" of
    // "meeting_workers" and put it after "meetings".
    names.sort();
    for (const QString &table : names) {
        hash.addData(table.toUtf8());
        QSqlQuery rows(db.connection());
        rows.setForwardOnly(true);
        // In key order, which both engines share: the first columns are the key in every table.
        QSqlQuery shape(db.connection());
        shape.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
        const int columns = shape.record().count();
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                      .arg(table, columns >= 3   ? QStringLiteral("1, 2, 3")
                                  : columns == 2 ? QStringLiteral("1, 2")
                                                 : QStringLiteral("1")));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                // Who changed a row last, when, and how often says who worked, not what the
                // data are: an undo puts the data back and counts one change more.
                const QString column = rows.record().fieldName(i);
                if (column == QLatin1String("row_version") ||
                    column == QLatin1String("changed_at") || column == QLatin1String("changed_by"))
                    continue;
                const QVariant value = rows.value(i);
                hash.addData(value.isNull() ? QByteArray("\x01NULL") : value.toString().toUtf8());
                hash.addData(QByteArray("\x1f", 1));
            }
            hash.addData(QByteArray("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

// Runs statements on a plain QtSql connection of its own, outside Database: for files made the
// way another program (or an older DuoCoach) would, or a server reached as psql would.
// Returns the first error, or empty.
inline QString rawExec(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-raw-%1").arg(++counter);
    QString error;
    {
        const auto address = DatabaseAddress::parse(path);
        QSqlDatabase db;
        if (address && address->isServer()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(address->hostName());
            if (address->port() > 0)
                db.setPort(address->port());
            db.setUserName(address->userName());
            db.setDatabaseName(address->databaseName());
            db.setConnectOptions(address->connectOptions());
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
        }
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    error = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// What must stay the same when a database is refused or only read, on either engine: a
// file's bytes, size and time (backdate() it first, so a write shows); a server database's
// tables and every row of them, the access log included (a refusal logs nothing either).
// Read on a connection of its own, so a database DuoCoach refuses can still be looked at.
inline QByteArray stateOf(const QString &address)
{
    const auto parsed = DatabaseAddress::parse(address);
    if (!parsed || !parsed->isServer()) {
        const FileState state = fileState(address);
        return QByteArray::number(state.exists) + state.sha256 +
               state.modified.toString(Qt::ISODateWithMs).toUtf8() + QByteArray::number(state.size);
    }
    static int counter = 0;
    const QString name = QStringLiteral("test-state-%1").arg(++counter);
    QByteArray state;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed->hostName());
        if (parsed->port() > 0)
            db.setPort(parsed->port());
        db.setUserName(QStringLiteral("duocoach_test")); // the cluster's superuser sees all
        db.setDatabaseName(parsed->databaseName());
        db.setConnectOptions(parsed->connectOptions());
        if (!db.open()) {
            state = "unreachable";
        } else {
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                       "WHERE table_schema = 'public' AND table_type = "
                                       "'BASE TABLE' ORDER BY table_name"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : names) {
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY "
                                         "t::text), '')) FROM %1 t")
                              .arg(table));
                state +=
                    table.toUtf8() + ':' + (rows.next() ? rows.value(0).toByteArray() : "?") + '\n';
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

// Runs one statement as it is, not prepared (PostgreSQL prepares no CREATE): for a test's own
// tables and triggers. Returns the error, or empty.
inline QString execDirect(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) ? QString() : query.lastError().text();
}

// A fault a test injects: every INSERT into `table` whose new row meets `condition` (written
// with NEW.column) fails with "refused by the test", on either engine.
inline QString refuseInserts(const Database &db, const QString &table, const QString &condition)
{
    if (!db.isServer())
        return execDirect(db, QStringLiteral("CREATE TRIGGER refused_by_the_test BEFORE INSERT ON "
                                             "%1 WHEN %2 BEGIN SELECT RAISE(ABORT, 'refused by "
                                             "the test'); END")
                                  .arg(table, condition));
    const QString function = execDirect(
        db, QStringLiteral("CREATE FUNCTION refused_by_the_test() RETURNS trigger LANGUAGE plpgsql "
                           "AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"));
    if (!function.isEmpty())
        return function;
    return execDirect(db, QStringLiteral("CREATE TRIGGER refused_by_the_test BEFORE INSERT ON %1 "
                                         "FOR EACH ROW WHEN (%2) EXECUTE FUNCTION "
                                         "refused_by_the_test()")
                              .arg(table, condition));
}

inline int rowCount(const Database &db, const QString &table)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return n ? n->toInt() : -1;
}

// A small, known world: two organisations, two trusted persons and two professionals, two
// duos (A and B, working since 2025-01-01), one family referred on 2026-01-05 with a parent
// and a child, assigned to duo A from 2026-02-01.
struct Fixture
{
    qint64 community = 0;
    qint64 provider = 0;
    qint64 trustedA = 0;
    qint64 trustedB = 0;
    qint64 professionalA = 0;
    qint64 professionalB = 0;
    qint64 duoA = 0;
    qint64 duoB = 0;
    Family family;
    qint64 parent = 0;
    qint64 child = 0;
    QDate duosFrom{2025, 1, 1};
    QDate assignedOn{2026, 2, 1};
};

inline Organisation organisation(const QString &name, OrganisationKind kind)
{
    Organisation o;
    o.name = name;
    o.kind = kind;
    o.city = QStringLiteral("Utrecht");
    o.contactName = QStringLiteral("Anna de Wit");
    o.contactEmail = QStringLiteral("anna@example.nl");
    return o;
}

inline Worker worker(const QString &name, WorkerRole role, qint64 organisationId)
{
    Worker w;
    w.name = name;
    w.role = role;
    w.organisationId = organisationId;
    w.languages = {QStringLiteral("nl"), QStringLiteral("ar")};
    w.district = QStringLiteral("Overvecht");
    w.gender = Gender::Female;
    return w;
}

inline Family family(const QString &name, const QDate &referredOn,
                     const QString &district = QStringLiteral("Overvecht"))
{
    Family f;
    f.familyName = name;
    f.street = QStringLiteral("Amazonedreef 12");
    f.postcode = QStringLiteral("3563ab");
    f.city = QStringLiteral("Utrecht");
    f.district = district;
    f.homeLanguages = {QStringLiteral("ar"), QStringLiteral("nl")};
    f.referralSource = QStringLiteral("Wijkteam");
    f.referredOn = referredOn;
    return f;
}

// Fills *fixture; returns the first error, or an empty string.
inline QString makeFixture(Database &db, Fixture *fixture)
{
    Fixture &f = *fixture;
#define DC_TAKE(target, expression)                                                                \
    do {                                                                                           \
        auto taken = (expression);                                                                 \
        if (!taken)                                                                                \
            return taken.message();                                                                \
        target = std::move(taken).value();                                                         \
    } while (false)

    OrganisationStore organisations(db);
    DC_TAKE(f.community, organisations.add(organisation(QStringLiteral("Stichting Brug Overvecht"),
                                                        OrganisationKind::Community)));
    DC_TAKE(f.provider, organisations.add(organisation(QStringLiteral("Gezinskracht Utrecht"),
                                                       OrganisationKind::CareProvider)));
    WorkerStore workers(db);
    DC_TAKE(f.trustedA, workers.add(worker(QStringLiteral("Fatima El Amrani"),
                                           WorkerRole::TrustedPerson, f.community)));
    DC_TAKE(f.trustedB, workers.add(worker(QStringLiteral("Ayşe Yılmaz"), WorkerRole::TrustedPerson,
                                           f.community)));
    DC_TAKE(f.professionalA, workers.add(worker(QStringLiteral("Marieke van Dijk"),
                                                WorkerRole::Professional, f.provider)));
    DC_TAKE(f.professionalB, workers.add(worker(QStringLiteral("Joost Hendriks"),
                                                WorkerRole::Professional, f.provider)));
    DuoStore duos(db);
    Duo duo;
    duo.from = f.duosFrom;
    duo.trustedPersonId = f.trustedA;
    duo.professionalId = f.professionalA;
    DC_TAKE(f.duoA, duos.add(duo));
    duo.trustedPersonId = f.trustedB;
    duo.professionalId = f.professionalB;
    DC_TAKE(f.duoB, duos.add(duo));

    FamilyStore families(db);
    DC_TAKE(f.family, families.add(family(QStringLiteral("Bouzid"), QDate(2026, 1, 5))));
    HouseholdMember member;
    member.familyId = f.family.id;
    member.firstName = QStringLiteral("Nora");
    member.role = MemberRole::Parent;
    member.birthYear = 1988;
    DC_TAKE(f.parent, families.addMember(member));
    member.firstName = QStringLiteral("Rayan");
    member.role = MemberRole::Child;
    member.birthYear = 2015;
    DC_TAKE(f.child, families.addMember(member));

    qint64 assignment = 0;
    DC_TAKE(assignment, AssignmentStore(db).assign(f.family.id, f.duoA, f.assignedOn));
    Q_UNUSED(assignment);
#undef DC_TAKE
    return {};
}

} // namespace TestSupport
