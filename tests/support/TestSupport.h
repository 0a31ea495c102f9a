#pragma once
// Helpers shared by the core and CLI suites: a guard that fails a test on any warning, file
// fingerprints (to prove a refused file was not touched), a small fixture database built
// through the stores, a canonical dump of all tables, and ways to damage a database file.

#include "Result.h"
#include "domain/Domain.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
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
// log records who touched the data (it grows with every step, an undo included), not the data;
// nor does the record of export files (every export adds one before its file appears).
inline QByteArray contentHash(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' AND name <> 'database_identity' "
                               "AND name <> 'access_log' AND name <> 'export_files' "
                               "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        hash.addData(table.toUtf8());
        QSqlQuery rows(db.connection());
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
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
// way another program (or an older DuoCoach) would. Returns the first error, or empty.
inline QString rawExec(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-raw-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
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
