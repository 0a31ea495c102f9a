// Database: how a new file is set up, which files are refused (and left untouched), foreign
// keys and transactions.

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OrganisationStore.h"
#include "storage/VisitStore.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestDatabase : public QObject
{
    Q_OBJECT

public:
    enum class Damage {
        NewerVersion,
        TextFile,
        RandomBytes,
        OtherApplicationId,
        ForeignTablesWithoutId,
        SchemaPageGarbage,
        Truncated,
        TooShort,
        ReadOnlyFile,
    };
    Q_ENUM(Damage)

private slots:
    void initTestCase();
    void init();

    void newFileIsSetUp();
    void walAndShmAreOwnerOnly();
    void reopenKeepsDataWithoutBackup();
    void refusesFile_data();
    void refusesFile();
    void refusesFolderAndMissingFolder();
    void unusualFileNames_data();
    void unusualFileNames();
    void readOnlyAccessWritesNothing();
    void foreignKeysAreEnforced();
    void transactionRollsBackEverything();
    void transactionCommits();
    void nestedTransactionJoinsOuter_data();
    void nestedTransactionJoinsOuter();
    void databaseStaysUsableAfterRollback();
    void otherConnectionsSeeCommits();
    void busyFileIsReported();
    void integrityOfFreshFile();
    void integrityFindsDamage();
    void integrityFindsBrokenReferences();

private:
    QString makeFixtureFile(const QString &path);
    QString prepare(Damage damage, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabase::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// A closed DuoCoach file with the fixture in it; returns an error or empty.
QString TestDatabase::makeFixtureFile(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.message();
    Fixture fixture;
    return makeFixture(*db.value(), &fixture);
}

QString TestDatabase::prepare(Damage damage, const QString &path)
{
    switch (damage) {
    case Damage::NewerVersion: {
        if (QString e = makeFixtureFile(path); !e.isEmpty())
            return e;
        auto db = Database::open(path);
        if (!db)
            return db.message();
        auto bumped = db.value()->exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
        return bumped ? QString() : bumped.message();
    }
    case Damage::TextFile:
        return writeFile(path, "family;name\nG-2026-0001;Bouzid\n") ? QString()
                                                                    : QStringLiteral("write");
    case Damage::RandomBytes: {
        QRandomGenerator random(42);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return writeFile(path, bytes) ? QString() : QStringLiteral("write");
    }
    case Damage::OtherApplicationId:
        return rawExec(path, {QStringLiteral("PRAGMA application_id = 305419896"),
                              QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text)"),
                              QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")});
    case Damage::ForeignTablesWithoutId:
        return rawExec(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text)"),
                              QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")});
    case Damage::SchemaPageGarbage: {
        if (QString e = makeFixtureFile(path); !e.isEmpty())
            return e;
        // The 100-byte header stays intact; the schema b-tree behind it is garbage.
        return overwrite(path, 100, 4096 - 100, char(0x5a)) ? QString()
                                                            : QStringLiteral("overwrite");
    }
    case Damage::Truncated: {
        if (QString e = makeFixtureFile(path); !e.isEmpty())
            return e;
        QFile file(path);
        return file.resize(file.size() / 2) ? QString() : file.errorString();
    }
    case Damage::TooShort:
        return writeFile(path, QByteArray("SQLite format 3\0\x10\0", 18)) ? QString()
                                                                          : QStringLiteral("write");
    case Damage::ReadOnlyFile: {
        if (QString e = makeFixtureFile(path); !e.isEmpty())
            return e;
        return QFile::setPermissions(path, QFileDevice::ReadOwner) ? QString()
                                                                   : QStringLiteral("chmod");
    }
    }
    return QStringLiteral("unknown damage");
}

void TestDatabase::newFileIsSetUp()
{
    const QString path = m_dir->filePath(QStringLiteral("new.duocoach"));
    auto opened = Database::open(path);
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();

    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QVERIFY(db.backupPath().isEmpty());
    QVERIFY(!db.isReadOnly());
    QCOMPARE(db.displayName(), QStringLiteral("new.duocoach"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
             Migrations::latestVersion());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA application_id"))->toInt(), Database::ApplicationId);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(permissions(path), OwnerOnly);
    for (const char *table : {"organisations", "workers", "duos", "families", "household_members",
                              "assignments", "visits", "visit_attendees"})
        QCOMPARE(rowCount(db, QLatin1String(table)), 0);
}

void TestDatabase::walAndShmAreOwnerOnly()
{
    const QString path = m_dir->filePath(QStringLiteral("wal.duocoach"));
    auto opened = Database::open(path);
    DC_VERIFY_OK(opened);
    // A write makes sure the write-ahead log and its index exist.
    DC_VERIFY_OK(OrganisationStore(*opened.value())
                     .add(organisation(QStringLiteral("Al Amal"), OrganisationKind::Community)));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo::exists(path + suffix), qPrintable(suffix));
        QCOMPARE(permissions(path + suffix), OwnerOnly);
    }
    opened.value().reset();
    // Closing the last connection checkpoints the log and removes both.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    QCOMPARE(permissions(path), OwnerOnly);
}

void TestDatabase::reopenKeepsDataWithoutBackup()
{
    const QString path = m_dir->filePath(QStringLiteral("keep.duocoach"));
    QCOMPARE(makeFixtureFile(path), QString());
    auto opened = Database::open(path);
    DC_VERIFY_OK(opened);
    QVERIFY(opened.value()->backupPath().isEmpty());
    QCOMPARE(rowCount(*opened.value(), QStringLiteral("workers")), 4);
    QCOMPARE(rowCount(*opened.value(), QStringLiteral("families")), 1);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files), QStringList());
}

void TestDatabase::refusesFile_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<bool>("refusedReadOnly"); // also refused when only read
    QTest::addColumn<Error::Kind>("kind");

    QTest::newRow("newer-version") << Damage::NewerVersion << true << Error::Kind::Refused;
    QTest::newRow("text-file") << Damage::TextFile << true << Error::Kind::Refused;
    QTest::newRow("random-bytes") << Damage::RandomBytes << true << Error::Kind::Refused;
    QTest::newRow("other-application-id")
        << Damage::OtherApplicationId << true << Error::Kind::Refused;
    QTest::newRow("other-program-without-id")
        << Damage::ForeignTablesWithoutId << true << Error::Kind::Refused;
    QTest::newRow("schema-page-garbage")
        << Damage::SchemaPageGarbage << true << Error::Kind::Integrity;
    QTest::newRow("truncated") << Damage::Truncated << true << Error::Kind::Integrity;
    QTest::newRow("too-short") << Damage::TooShort << true << Error::Kind::Integrity;
    QTest::newRow("read-only-file") << Damage::ReadOnlyFile << false << Error::Kind::Refused;
}

void TestDatabase::refusesFile()
{
    QFETCH(Damage, damage);
    QFETCH(bool, refusedReadOnly);
    QFETCH(Error::Kind, kind);

    const QString fileName =
        QStringLiteral("refused-%1.duocoach").arg(QLatin1String(QTest::currentDataTag()));
    const QString path = m_dir->filePath(fileName);
    const QString prepared = prepare(damage, path);
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const auto mode = permissions(path);
    QVERIFY(backdate(path));
    const FileState before = fileState(path);
    QVERIFY(before.exists);

    auto check = [&](Database::Access access) {
        auto opened = Database::open(path, access);
        QVERIFY2(!opened.ok(), "the file was accepted");
        const QString message = opened.message();
        QVERIFY2(message.contains(fileName), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message)); // one sentence
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
        QCOMPARE(opened.error().kind, kind);
    };
    check(Database::Access::ReadWrite);
    if (QTest::currentTestFailed())
        return;
    if (refusedReadOnly) {
        check(Database::Access::ReadOnly);
        if (QTest::currentTestFailed())
            return;
    } else {
        auto opened = Database::open(path, Database::Access::ReadOnly);
        DC_VERIFY_OK(opened);
        QVERIFY(opened.value()->isReadOnly());
    }

    QVERIFY(fileState(path) == before);
    QCOMPARE(fileState(path).modified, before.modified);
    QCOMPARE(fileState(path).sha256, before.sha256);
    QCOMPARE(permissions(path), mode);
    // Nothing was left beside it either.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{fileName});
}

void TestDatabase::refusesFolderAndMissingFolder()
{
    auto folder = Database::open(m_dir->path());
    QVERIFY(!folder.ok());
    QVERIFY2(folder.message().contains(QFileInfo(m_dir->path()).fileName()),
             qPrintable(folder.message()));

    auto missing = Database::open(m_dir->filePath(QStringLiteral("nowhere/x.duocoach")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.message().contains(QStringLiteral("x.duocoach")),
             qPrintable(missing.message()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nowhere"))));

    auto absent = Database::open(m_dir->filePath(QStringLiteral("absent.duocoach")),
                                 Database::Access::ReadOnly);
    QVERIFY(!absent.ok());
    QVERIFY(absent.message().contains(QStringLiteral("absent.duocoach")));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("absent.duocoach"))));
}

void TestDatabase::unusualFileNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("spaces") << QStringLiteral("gezinnen Overvecht 2026.duocoach");
    QTest::newRow("uri characters") << QStringLiteral("a?b#c%20d&e=f.duocoach");
    QTest::newRow("non-ascii") << QStringLiteral("Şahin-ë-ملف.duocoach");
    QTest::newRow("no extension") << QStringLiteral("duocoach");
}

void TestDatabase::unusualFileNames()
{
    // Names reach SQLite as a path and, for a read-only look, as a file: URI; both must
    // address the same file, never a new one beside it.
    QFETCH(QString, fileName);
    const QString path = m_dir->filePath(fileName);
    QCOMPARE(makeFixtureFile(path), QString());
    {
        auto reader = Database::open(path, Database::Access::ReadOnly);
        DC_VERIFY_OK(reader);
        QCOMPARE(reader.value()->displayName(), fileName);
        QCOMPARE(rowCount(*reader.value(), QStringLiteral("families")), 1);
    }
    {
        auto writer = Database::open(path);
        DC_VERIFY_OK(writer);
        QCOMPARE(rowCount(*writer.value(), QStringLiteral("workers")), 4);
        DC_VERIFY_OK(
            OrganisationStore(*writer.value())
                .add(organisation(QStringLiteral("Derde"), OrganisationKind::Municipality)));
    }
    auto again = Database::open(path, Database::Access::ReadOnly);
    DC_VERIFY_OK(again);
    QCOMPARE(rowCount(*again.value(), QStringLiteral("organisations")), 3);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{fileName});
}

void TestDatabase::readOnlyAccessWritesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("read.duocoach"));
    QCOMPARE(makeFixtureFile(path), QString());
    QVERIFY(backdate(path));
    const FileState before = fileState(path);
    {
        auto opened = Database::open(path, Database::Access::ReadOnly);
        DC_VERIFY_OK(opened);
        Database &db = *opened.value();
        QVERIFY(db.isReadOnly());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(rowCount(db, QStringLiteral("families")), 1);
        auto problems = db.integrityProblems();
        DC_VERIFY_OK(problems);
        QVERIFY(problems->isEmpty());
        auto written = OrganisationStore(db).add(
            organisation(QStringLiteral("Nieuw"), OrganisationKind::Community));
        QVERIFY(!written.ok());
        QVERIFY2(written.message().contains(QStringLiteral("read.duocoach")),
                 qPrintable(written.message()));
    }
    QVERIFY(fileState(path) == before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("read.duocoach")});
}

void TestDatabase::foreignKeysAreEnforced()
{
    auto opened = Database::open(m_dir->filePath(QStringLiteral("fk.duocoach")));
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    auto inserted = db.exec(QStringLiteral("INSERT INTO workers (name, role, organisation_id, "
                                           "gender, max_caseload) VALUES (?, ?, ?, ?, ?)"),
                            {QStringLiteral("Nadia"), QStringLiteral("professional"), 999,
                             QStringLiteral("female"), 10});
    QVERIFY(!inserted.ok());
    QVERIFY2(inserted.message().contains(QStringLiteral("fk.duocoach")),
             qPrintable(inserted.message()));
    QCOMPARE(rowCount(db, QStringLiteral("workers")), 0);

    // Deleting a family takes its household along (ON DELETE CASCADE) ...
    Fixture fixture;
    QCOMPARE(makeFixture(db, &fixture), QString());
    // ... but a duo still referred to by an assignment cannot go.
    auto duoGone = db.exec(QStringLiteral("DELETE FROM duos WHERE id = ?"), {fixture.duoA});
    QVERIFY(!duoGone.ok());
    auto familyGone =
        db.exec(QStringLiteral("DELETE FROM families WHERE id = ?"), {fixture.family.id});
    DC_VERIFY_OK(familyGone);
    QCOMPARE(rowCount(db, QStringLiteral("household_members")), 0);
    QCOMPARE(rowCount(db, QStringLiteral("assignments")), 0);
}

void TestDatabase::transactionRollsBackEverything()
{
    auto opened = Database::open(m_dir->filePath(QStringLiteral("tx.duocoach")));
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    OrganisationStore store(db);
    const Status done = db.transaction([&]() -> Status {
        for (const char *name : {"Een", "Twee", "Drie"}) {
            auto added = store.add(organisation(QLatin1String(name), OrganisationKind::Community));
            if (!added)
                return added.error();
        }
        return Error::invalid(QStringLiteral("stop here"));
    });
    QVERIFY(!done.ok());
    QCOMPARE(done.message(), QStringLiteral("stop here"));
    QCOMPARE(done.error().kind, Error::Kind::Invalid);
    QCOMPARE(rowCount(db, QStringLiteral("organisations")), 0);

    // A failing statement inside the work rolls back what came before it.
    const Status failed = db.transaction([&]() -> Status {
        auto added = store.add(organisation(QStringLiteral("Vier"), OrganisationKind::Community));
        if (!added)
            return added.error();
        auto broken =
            db.exec(QStringLiteral("INSERT INTO organisations (name, kind) VALUES (?, ?)"),
                    {QStringLiteral("Vijf"), QStringLiteral("no-such-kind")});
        if (!broken)
            return broken.error();
        return {};
    });
    QVERIFY(!failed.ok());
    QVERIFY2(failed.message().contains(QStringLiteral("tx.duocoach")),
             qPrintable(failed.message()));
    QCOMPARE(rowCount(db, QStringLiteral("organisations")), 0);
}

void TestDatabase::transactionCommits()
{
    const QString path = m_dir->filePath(QStringLiteral("commit.duocoach"));
    {
        auto opened = Database::open(path);
        DC_VERIFY_OK(opened);
        Database &db = *opened.value();
        OrganisationStore store(db);
        const Status done = db.transaction([&]() -> Status {
            auto a = store.add(organisation(QStringLiteral("Een"), OrganisationKind::Community));
            if (!a)
                return a.error();
            auto b = store.add(organisation(QStringLiteral("Twee"), OrganisationKind::Community));
            if (!b)
                return b.error();
            return {};
        });
        DC_VERIFY_OK(done);
    }
    auto reopened = Database::open(path, Database::Access::ReadOnly);
    DC_VERIFY_OK(reopened);
    QCOMPARE(rowCount(*reopened.value(), QStringLiteral("organisations")), 2);
}

void TestDatabase::nestedTransactionJoinsOuter_data()
{
    QTest::addColumn<bool>("innerFails");
    QTest::addColumn<bool>("outerFails");
    QTest::addColumn<int>("expectedRows");

    QTest::newRow("both succeed") << false << false << 3;
    QTest::newRow("inner fails") << true << false << 0;
    QTest::newRow("outer fails after inner") << false << true << 0;
}

void TestDatabase::nestedTransactionJoinsOuter()
{
    QFETCH(bool, innerFails);
    QFETCH(bool, outerFails);
    QFETCH(int, expectedRows);

    auto opened = Database::open(m_dir->filePath(QStringLiteral("nested.duocoach")));
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    OrganisationStore store(db);
    auto add = [&](const char *name) -> Status {
        auto added = store.add(organisation(QLatin1String(name), OrganisationKind::Community));
        return added ? Status() : Status(added.error());
    };
    const Status done = db.transaction([&]() -> Status {
        if (Status s = add("Buiten"); !s)
            return s;
        const Status inner = db.transaction([&]() -> Status {
            // Joined: no savepoint, so the outer transaction still holds these rows.
            if (Status s = add("Binnen een"); !s)
                return s;
            if (Status s = add("Binnen twee"); !s)
                return s;
            if (innerFails)
                return Error::invalid(QStringLiteral("inner"));
            return {};
        });
        if (!inner)
            return inner;
        if (outerFails)
            return Error::invalid(QStringLiteral("outer"));
        return {};
    });
    QCOMPARE(done.ok(), !innerFails && !outerFails);
    if (innerFails)
        QCOMPARE(done.message(), QStringLiteral("inner"));
    QCOMPARE(rowCount(db, QStringLiteral("organisations")), expectedRows);
}

void TestDatabase::databaseStaysUsableAfterRollback()
{
    auto opened = Database::open(m_dir->filePath(QStringLiteral("again.duocoach")));
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    OrganisationStore store(db);
    for (int round = 0; round < 3; ++round) {
        const Status failed = db.transaction([&]() -> Status {
            // Leave a cached statement mid-result, as a reader that stops early would.
            auto all = db.exec(QStringLiteral("SELECT id FROM organisations"));
            if (!all)
                return all.error();
            all->next();
            auto added = store.add(
                organisation(QStringLiteral("Ronde %1").arg(round), OrganisationKind::Community));
            if (!added)
                return added.error();
            return Error::invalid(QStringLiteral("no"));
        });
        QVERIFY(!failed.ok());
    }
    QCOMPARE(rowCount(db, QStringLiteral("organisations")), 0);
    const Status committed = db.transaction([&]() -> Status {
        auto added = store.add(organisation(QStringLiteral("Blijft"), OrganisationKind::Community));
        return added ? Status() : Status(added.error());
    });
    DC_VERIFY_OK(committed);
    QCOMPARE(rowCount(db, QStringLiteral("organisations")), 1);
}

void TestDatabase::otherConnectionsSeeCommits()
{
    // The GUI and the CLI may have the same file open. A single-row read (get) must not keep
    // an old snapshot alive, or later reads miss what the other one committed.
    const QString path = m_dir->filePath(QStringLiteral("shared.duocoach"));
    QCOMPARE(makeFixtureFile(path), QString());
    auto first = Database::open(path);
    DC_VERIFY_OK(first);
    auto second = Database::open(path);
    DC_VERIFY_OK(second);

    FamilyStore reader(*first.value());
    auto family = reader.byCaseCode(QStringLiteral("G-2026-0001"));
    DC_VERIFY_OK(family);
    const qint64 fixtureFamilyId = family->id;
    auto worker = WorkerStore(*first.value()).get(1);
    DC_VERIFY_OK(worker);

    auto added = FamilyStore(*second.value())
                     .add(TestSupport::family(QStringLiteral("Kaya"), QDate(2026, 3, 1)));
    DC_VERIFY_OK(added);

    auto count = reader.count();
    DC_VERIFY_OK(count);
    QCOMPARE(count.value(), 2);
    auto page = reader.page(QString(), QString(), 10);
    DC_VERIFY_OK(page);
    QCOMPARE(page->size(), 2);

    // A list read to its end lets go of its snapshot as well.
    auto third = FamilyStore(*second.value())
                     .add(TestSupport::family(QStringLiteral("Demir"), QDate(2026, 3, 2)));
    DC_VERIFY_OK(third);
    QCOMPARE(reader.count().value(), 3);
    auto visits = VisitStore(*first.value()).page(VisitFilter(), std::nullopt, 10);
    DC_VERIFY_OK(visits);
    auto members = reader.members(third->id);
    DC_VERIFY_OK(members);
    HouseholdMember member;
    member.familyId = third->id;
    member.firstName = QStringLiteral("Elif");
    DC_VERIFY_OK(FamilyStore(*second.value()).addMember(member));
    QCOMPARE(reader.members(third->id).value().size(), 1);
    auto current = AssignmentStore(*first.value()).current(fixtureFamilyId, QDate(2026, 6, 1));
    DC_VERIFY_OK(current);
    QVERIFY(current->has_value());
    DC_VERIFY_OK(AssignmentStore(*second.value())
                     .assign(fixtureFamilyId, current.value()->duoId + 1, QDate(2026, 6, 2)));
    auto after = AssignmentStore(*first.value()).history(fixtureFamilyId);
    DC_VERIFY_OK(after);
    QCOMPARE(after->size(), 2);
}

void TestDatabase::busyFileIsReported()
{
    // While one connection writes, another's transaction waits out the busy timeout and then
    // says, in one sentence naming the file, that nothing was saved.
    const QString path = m_dir->filePath(QStringLiteral("busy.duocoach"));
    auto first = Database::open(path);
    DC_VERIFY_OK(first);
    auto second = Database::open(path);
    DC_VERIFY_OK(second);
    Status blocked;
    const Status outer = first.value()->transaction([&]() -> Status {
        auto added = OrganisationStore(*first.value())
                         .add(organisation(QStringLiteral("Eerst"), OrganisationKind::Community));
        if (!added)
            return added.error();
        blocked = second.value()->transaction([&]() -> Status {
            auto other =
                OrganisationStore(*second.value())
                    .add(organisation(QStringLiteral("Tweede"), OrganisationKind::Community));
            return other ? Status() : Status(other.error());
        });
        return {};
    });
    DC_VERIFY_OK(outer);
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.error().kind, Error::Kind::Storage);
    QVERIFY2(blocked.message().contains(QStringLiteral("busy.duocoach")) &&
                 blocked.message().contains(QStringLiteral("nothing was saved")),
             qPrintable(blocked.message()));
    // The second connection works again once the first is done.
    auto later = OrganisationStore(*second.value())
                     .add(organisation(QStringLiteral("Later"), OrganisationKind::Community));
    DC_VERIFY_OK(later);
    QCOMPARE(rowCount(*first.value(), QStringLiteral("organisations")), 2);
}

void TestDatabase::integrityOfFreshFile()
{
    const QString path = m_dir->filePath(QStringLiteral("sound.duocoach"));
    auto opened = Database::open(path);
    DC_VERIFY_OK(opened);
    Fixture fixture;
    QCOMPARE(makeFixture(*opened.value(), &fixture), QString());
    auto problems = opened.value()->integrityProblems();
    DC_VERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

void TestDatabase::integrityFindsDamage()
{
    const QString path = m_dir->filePath(QStringLiteral("damaged.duocoach"));
    QCOMPARE(makeFixtureFile(path), QString());
    QVERIFY(damageTable(path, QStringLiteral("workers")));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);
    {
        // Page 1 is intact, so the file opens; the check finds the damage.
        auto opened = Database::open(path, Database::Access::ReadOnly);
        DC_VERIFY_OK(opened);
        auto problems = opened.value()->integrityProblems();
        DC_VERIFY_OK(problems);
        QVERIFY(!problems->isEmpty());
        for (const QString &problem : problems.value()) {
            QVERIFY(!problem.isEmpty());
            QVERIFY2(!problem.contains(QLatin1Char('\n')), qPrintable(problem));
            QVERIFY2(!problem.startsWith(QLatin1String("***")), qPrintable(problem));
        }
    }
    QVERIFY(fileState(path) == before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("damaged.duocoach")});
}

void TestDatabase::integrityFindsBrokenReferences()
{
    const QString path = m_dir->filePath(QStringLiteral("dangling.duocoach"));
    QCOMPARE(makeFixtureFile(path), QString());
    // Another tool, without foreign keys switched on, deleted a duo still assigned.
    QCOMPARE(rawExec(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                            QStringLiteral("DELETE FROM duos WHERE id = 1")}),
             QString());
    auto opened = Database::open(path, Database::Access::ReadOnly);
    DC_VERIFY_OK(opened);
    auto problems = opened.value()->integrityProblems();
    DC_VERIFY_OK(problems);
    QCOMPARE(problems->size(), 1);
    QVERIFY2(problems->first().contains(QStringLiteral("assignments")) &&
                 problems->first().contains(QStringLiteral("duos")),
             qPrintable(problems->first()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
