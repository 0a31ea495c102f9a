// Faults from outside: a read-only file or folder, a full disk (a size limit on the database,
// and a real small tmpfs where the test may mount one), and a database held by a second
// DuoCoach process. Each gives one clear sentence naming the file, no crash, and the data as
// they were; the database works again once the fault is gone.
//
// The second DuoCoach is this test program started again in "holder" mode (see main below):
// it opens the database through core's Database, starts a write transaction, says so, and
// commits when told ("commit" on stdin) or rolls back when its input closes.

#include "FaultSupport.h"
#include "TestSupport.h"

#include "exchange/CsvReader.h"
#include "exchange/FamilyImporter.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/OrganisationStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <cstring>
#include <functional>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <unistd.h>
#endif

using namespace TestSupport;

namespace {
const char *HolderVariable = "DUOCOACH_TEST_HOLD_WRITE";
const char *ExclusiveVariable = "DUOCOACH_TEST_HOLD_EXCLUSIVE";

// Holder mode, run as a second process.
int holdWriteTransaction(const QString &path, bool exclusive)
{
    auto db = Database::open(path);
    if (!db) {
        std::printf("error: %s\n", qPrintable(db.message()));
        return 1;
    }
    if (exclusive) {
        // What a program that keeps the file to itself does: even readers are shut out.
        auto mode = db.value()->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
        if (!mode)
            return 1;
        mode.value()->finish();
    }
    const Status done = db.value()->transaction([&]() -> Status {
        auto added =
            OrganisationStore(*db.value())
                .add(organisation(QStringLiteral("Tweede DuoCoach"), OrganisationKind::Community));
        if (!added)
            return added.error();
        std::printf("holding\n");
        std::fflush(stdout);
        char line[64] = {};
        if (std::fgets(line, sizeof line, stdin) && std::strncmp(line, "commit", 6) == 0)
            return {};
        return Error::invalid(QStringLiteral("rolled back"));
    });
    std::printf("%s\n", done ? "committed" : "rolled-back");
    return 0;
}

// Imports the families of `csv` into `db` in one transaction.
Status importFamilies(Database &db, const QByteArray &csv)
{
    auto table = CsvReader::parse(csv, QStringLiteral("gezinnen.csv"));
    if (!table)
        return table.error();
    FamilyImporter importer;
    if (Status read = importer.read(std::move(table).value()); !read)
        return read;
    return db.transaction([&]() -> Status {
        auto written = importer.write(db);
        return written ? Status() : Status(written.error());
    });
}

void checkOneSentence(const QString &message, const QString &fileName)
{
    QVERIFY2(message.contains(QLatin1Char('"') + fileName + QLatin1Char('"')), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
}
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void readOnlyFileRefusesEveryEdit_data();
    void readOnlyFileRefusesEveryEdit();
    void readOnlyFolder();
    void fullDatabaseKeepsEverything();
    void fullDiskKeepsEverything();
    void busyDatabaseWaitsThenSaysSo();
    void exclusivelyHeldDatabaseIsRefused();

private:
    QString fixtureDatabase(const QString &path);
    bool startHolder(const QString &path, bool exclusive);
    void stopHolder(bool commit);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_holder;
    QString m_mounted;
};

void TestFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFaults::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFaults::cleanup()
{
    if (m_holder)
        stopHolder(false);
#ifdef Q_OS_LINUX
    if (!m_mounted.isEmpty()) {
        ::umount2(QFile::encodeName(m_mounted).constData(), MNT_DETACH);
        m_mounted.clear();
    }
#endif
    // Folders made read-only by a test must be writable again to be removed.
    for (const QFileInfo &entry :
         QDir(m_dir->path()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        QFile::setPermissions(entry.absoluteFilePath(), QFileDevice::ReadOwner |
                                                            QFileDevice::WriteOwner |
                                                            QFileDevice::ExeOwner);
}

QString TestFaults::fixtureDatabase(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.message();
    Fixture fixture;
    return makeFixture(*db.value(), &fixture);
}

bool TestFaults::startHolder(const QString &path, bool exclusive)
{
    m_holder = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(HolderVariable), path);
    if (exclusive)
        env.insert(QLatin1String(ExclusiveVariable), QStringLiteral("1"));
    m_holder->setProcessEnvironment(env);
    m_holder->start(QCoreApplication::applicationFilePath(), {});
    if (!m_holder->waitForStarted(10000))
        return false;
    while (!m_holder->canReadLine())
        if (!m_holder->waitForReadyRead(30000))
            return false;
    const QByteArray said = m_holder->readLine().trimmed();
    if (said != "holding")
        qWarning("holder: %s", said.constData());
    return said == "holding";
}

void TestFaults::stopHolder(bool commit)
{
    if (commit)
        m_holder->write("commit\n");
    m_holder->closeWriteChannel();
    if (!m_holder->waitForFinished(30000))
        m_holder->kill();
    m_holder->waitForFinished();
    m_holder.reset();
}

void TestFaults::readOnlyFileRefusesEveryEdit_data()
{
    QTest::addColumn<QString>("edit");
    for (const char *edit :
         {"add organisation", "add family", "add member", "assign duo", "import families"})
        QTest::newRow(edit) << QString::fromLatin1(edit);
}

void TestFaults::readOnlyFileRefusesEveryEdit()
{
    QFETCH(QString, edit);
    const QString path = m_dir->filePath(QStringLiteral("alleen-lezen.duocoach"));
    QCOMPARE(fixtureDatabase(path), QString());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);

    // For writing it is refused at once, before anything is touched.
    auto writable = Database::open(path);
    QVERIFY(!writable.ok());
    checkOneSentence(writable.message(), QStringLiteral("alleen-lezen.duocoach"));
    QVERIFY2(writable.message().contains(QStringLiteral("read-only")),
             qPrintable(writable.message()));

    // Opened to look at it, every edit says in one sentence that nothing was saved.
    auto opened = Database::open(path, Database::Access::ReadOnly);
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    const QByteArray content = contentHash(db);
    Status done;
    if (edit == QLatin1String("add organisation")) {
        auto added = OrganisationStore(db).add(
            organisation(QStringLiteral("Nieuw"), OrganisationKind::Community));
        done = added ? Status() : Status(added.error());
    } else if (edit == QLatin1String("add family")) {
        auto added = FamilyStore(db).add(family(QStringLiteral("Kaya"), QDate(2026, 3, 1)));
        done = added ? Status() : Status(added.error());
    } else if (edit == QLatin1String("add member")) {
        HouseholdMember member;
        member.familyId = 1;
        member.firstName = QStringLiteral("Elif");
        auto added = FamilyStore(db).addMember(member);
        done = added ? Status() : Status(added.error());
    } else if (edit == QLatin1String("assign duo")) {
        auto assigned = AssignmentStore(db).assign(1, 2, QDate(2026, 6, 1));
        done = assigned ? Status() : Status(assigned.error());
    } else {
        done = importFamilies(db, FaultSupport::familiesCsv(50));
    }
    QVERIFY(!done.ok());
    QCOMPARE(done.error().kind, Error::Kind::Storage);
    checkOneSentence(done.message(), QStringLiteral("alleen-lezen.duocoach"));
    QVERIFY2(done.message().contains(QStringLiteral("nothing was saved")),
             qPrintable(done.message()));
    QCOMPARE(contentHash(db), content);
    opened.value().reset();
    QVERIFY(fileState(path) == before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("alleen-lezen.duocoach")});
}

void TestFaults::readOnlyFolder()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("archief")));
    const QString folder = m_dir->filePath(QStringLiteral("archief"));
    const QString path = folder + QStringLiteral("/gezinnen.duocoach");
    QCOMPARE(fixtureDatabase(path), QString());
    QVERIFY(backdate(path));
    const FileState before = fileState(path);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    auto writable = Database::open(path);
    QVERIFY(!writable.ok());
    checkOneSentence(writable.message(), QStringLiteral("gezinnen.duocoach"));
    QVERIFY2(writable.message().contains(QStringLiteral("its folder is read-only")),
             qPrintable(writable.message()));
    // A new database cannot be made there either, and no empty file is left.
    auto created = Database::open(folder + QStringLiteral("/nieuw.duocoach"));
    QVERIFY(!created.ok());
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/nieuw.duocoach")));

    {
        auto reader = Database::open(path, Database::Access::ReadOnly);
        DC_VERIFY_OK(reader);
        QCOMPARE(rowCount(*reader.value(), QStringLiteral("families")), 1);
        auto added = OrganisationStore(*reader.value())
                         .add(organisation(QStringLiteral("Nieuw"), OrganisationKind::Community));
        QVERIFY(!added.ok());
        checkOneSentence(added.message(), QStringLiteral("gezinnen.duocoach"));
    }
    QVERIFY(fileState(path) == before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("gezinnen.duocoach")});
}

void TestFaults::fullDatabaseKeepsEverything()
{
    // SQLite's own size limit gives the same SQLITE_FULL as a full disk, through the same path.
    const QString path = m_dir->filePath(QStringLiteral("vol.duocoach"));
    QCOMPARE(fixtureDatabase(path), QString());
    auto opened = Database::open(path);
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    const QByteArray content = contentHash(db);
    const int pages = db.scalar(QStringLiteral("PRAGMA page_count")).value().toInt();
    DC_VERIFY_OK(db.scalar(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)));

    const Status imported = importFamilies(db, FaultSupport::familiesCsv(2000));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::Storage);
    checkOneSentence(imported.message(), QStringLiteral("vol.duocoach"));
    QVERIFY2(imported.message().contains(QStringLiteral("the disk is full")) &&
                 imported.message().contains(QStringLiteral("nothing was saved")),
             qPrintable(imported.message()));
    QCOMPARE(contentHash(db), content);
    QCOMPARE(db.integrityProblems().value(), QStringList());

    // With room again, the same import goes through on the same connection.
    DC_VERIFY_OK(db.scalar(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    DC_VERIFY_OK(importFamilies(db, FaultSupport::familiesCsv(2000)));
    QCOMPARE(rowCount(db, QStringLiteral("families")), 2001);
}

void TestFaults::fullDiskKeepsEverything()
{
#ifdef Q_OS_LINUX
    // A real full disk: a 2 MiB tmpfs, where the test may mount one (as root, as in CI).
    const QString mountPoint = m_dir->filePath(QStringLiteral("schijf"));
    QVERIFY(QDir().mkpath(mountPoint));
    if (::geteuid() != 0 || ::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs",
                                    MS_NOSUID | MS_NODEV, "size=2m,mode=0700") != 0)
        QSKIP("A small tmpfs cannot be mounted here (needs root); fullDatabaseKeepsEverything "
              "covers the same path through SQLite's size limit.");
    m_mounted = mountPoint;
    const QString path = mountPoint + QStringLiteral("/gezinnen.duocoach");
    QCOMPARE(fixtureDatabase(path), QString());
    // The rest of the disk is taken, all but 256 KiB.
    {
        QFile filler(mountPoint + QStringLiteral("/vulling"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (QFileInfo(mountPoint).exists()) {
            QStorageInfo disk(mountPoint);
            if (disk.bytesAvailable() <= 256 * 1024 + block.size())
                break;
            QVERIFY(filler.write(block) == block.size());
            QVERIFY(filler.flush());
        }
    }

    auto opened = Database::open(path);
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    const QByteArray content = contentHash(db);
    // 3,000 families need far more than the 256 KiB there are.
    const Status imported = importFamilies(db, FaultSupport::familiesCsv(3000));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::Storage);
    checkOneSentence(imported.message(), QStringLiteral("gezinnen.duocoach"));
    QVERIFY2(imported.message().contains(QStringLiteral("the disk is full")) &&
                 imported.message().contains(QStringLiteral("nothing was saved")),
             qPrintable(imported.message()));
    QCOMPARE(contentHash(db), content);

    // A small edit that fits still works on the same connection, and survives a reopen.
    DC_VERIFY_OK(OrganisationStore(db).add(
        organisation(QStringLiteral("Na de volle schijf"), OrganisationKind::Community)));
    opened.value().reset();
    auto reopened = Database::open(path);
    DC_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->integrityProblems().value(), QStringList());
    QCOMPARE(rowCount(*reopened.value(), QStringLiteral("families")), 1);
    QCOMPARE(rowCount(*reopened.value(), QStringLiteral("organisations")), 3);
#else
    QSKIP("Mounting a small tmpfs is done on Linux only.");
#endif
}

void TestFaults::busyDatabaseWaitsThenSaysSo()
{
    const QString path = m_dir->filePath(QStringLiteral("bezet.duocoach"));
    QCOMPARE(fixtureDatabase(path), QString());
    QVERIFY(startHolder(path, false));

    // Reading goes on while the other DuoCoach writes (write-ahead log).
    auto opened = Database::open(path);
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    QCOMPARE(rowCount(db, QStringLiteral("organisations")), 2);
    const QByteArray content = contentHash(db);

    // Writing waits out the busy timeout, then says so; it neither hangs nor crashes.
    QElapsedTimer timer;
    timer.start();
    const Status imported = importFamilies(db, FaultSupport::familiesCsv(20));
    const qint64 waited = timer.elapsed();
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::Storage);
    checkOneSentence(imported.message(), QStringLiteral("bezet.duocoach"));
    QVERIFY2(imported.message().contains(QStringLiteral("in use by another program")),
             qPrintable(imported.message()));
    QVERIFY2(waited >= 2500 && waited < 20000, qPrintable(QString::number(waited)));
    QCOMPARE(contentHash(db), content);

    // Once the other one has committed, both its change and ours are there.
    stopHolder(true);
    DC_VERIFY_OK(importFamilies(db, FaultSupport::familiesCsv(20)));
    QCOMPARE(rowCount(db, QStringLiteral("organisations")), 3);
    QCOMPARE(rowCount(db, QStringLiteral("families")), 21);
    QCOMPARE(db.integrityProblems().value(), QStringList());
}

void TestFaults::exclusivelyHeldDatabaseIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("vast.duocoach"));
    QCOMPARE(fixtureDatabase(path), QString());
    QVERIFY(startHolder(path, true));

    for (auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        auto opened = Database::open(path, access);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Refused);
        checkOneSentence(opened.message(), QStringLiteral("vast.duocoach"));
        QVERIFY2(opened.message().contains(QStringLiteral("locked by another program")),
                 qPrintable(opened.message()));
    }

    // Rolled back there: the file is as it was, and opens again.
    stopHolder(false);
    auto opened = Database::open(path);
    DC_VERIFY_OK(opened);
    QCOMPARE(rowCount(*opened.value(), QStringLiteral("organisations")), 2);
    QCOMPARE(opened.value()->integrityProblems().value(), QStringList());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(HolderVariable))
        return holdWriteTransaction(qEnvironmentVariable(HolderVariable),
                                    qEnvironmentVariableIsSet(ExclusiveVariable));
    TestFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestFaults.moc"
