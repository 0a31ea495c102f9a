// The files DuoCoach writes and reads, in core (issue 13, points 2, 10 and 16): the one guard
// that keeps every writer off a database and the files beside it, compared as files (device
// and inode); the one way to write family data (owner-only whatever the umask); and the one
// way to read a whole file (an ordinary file of a sane size only).

#include "TestSupport.h"

#include "storage/Backups.h"
#include "storage/DatabaseFiles.h"
#include "storage/InputFile.h"
#include "storage/PrivateFile.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace TestSupport;

class TestFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void databaseFilesAreRefused_data();
    void databaseFilesAreRefused();
    void otherFilesAreAllowed();
    void privateFileIsOwnerOnlyWhateverTheUmask_data();
    void privateFileIsOwnerOnlyWhateverTheUmask();
    void privateFileNeverWritesOverTheDatabase();
    void restoreRefusesTheDatabaseUnderAnotherName();
    void inputFileRefusesSpecialAndHugeFiles_data();
    void inputFileRefusesSpecialAndHugeFiles();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    mode_t m_umask = 022;
};

void TestFileSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFileSafety::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = path(QStringLiteral("gezinnen.duocoach"));
    auto db = Database::open(m_database);
    DC_VERIFY_OK(db);
    Fixture fixture;
    makeFixture(*db.value(), &fixture);
    m_umask = ::umask(022);
    ::umask(m_umask);
}

void TestFileSafety::cleanup()
{
    ::umask(m_umask);
}

void TestFileSafety::databaseFilesAreRefused_data()
{
    QTest::addColumn<QString>("target");
    for (const char *target :
         {"gezinnen.duocoach", "./gezinnen.duocoach", "sub/../gezinnen.duocoach", "link",
          "hardlink", "gezinnen.duocoach-wal", "gezinnen.duocoach-shm", "gezinnen.duocoach-journal",
          "gezinnen.duocoach.lock", "gezinnen.duocoach.v3.bak",
          "gezinnen.duocoach.v3-20260101-101010.bak", "backups/anything.csv", "dangling-wal"})
        QTest::newRow(target) << QString::fromLatin1(target);
}

void TestFileSafety::databaseFilesAreRefused()
{
    QFETCH(QString, target);
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("sub")));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("backups")));
    QVERIFY(QFile::link(m_database, path(QStringLiteral("link"))));
    QVERIFY(::link(QFile::encodeName(m_database).constData(),
                   QFile::encodeName(path(QStringLiteral("hardlink"))).constData()) == 0);
    // A link to a log that is not there yet: writing through it would create the log.
    QVERIFY(QFile::link(m_database + QStringLiteral("-wal"), path(QStringLiteral("dangling-wal"))));
    const Status refused = DatabaseFiles::refuseOverwrite(path(target), m_database);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QVERIFY2(refused.message().contains(QStringLiteral("gezinnen.duocoach")),
             qPrintable(refused.message()));
}

void TestFileSafety::otherFilesAreAllowed()
{
    for (const char *target : {"gezinnen.csv", "gezinnen.duocoach.csv", "other.duocoach-wal"})
        DC_VERIFY_OK(DatabaseFiles::refuseOverwrite(path(QString::fromLatin1(target)), m_database));
    DC_VERIFY_OK(DatabaseFiles::refuseOverwrite(path(QStringLiteral("x")), QString()));
}

void TestFileSafety::privateFileIsOwnerOnlyWhateverTheUmask_data()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<bool>("existing");
    for (int mask : {022, 0})
        for (bool existing : {false, true})
            QTest::addRow("umask %03o, %s", mask, existing ? "over a 0777 file" : "new")
                << mask << existing;
}

void TestFileSafety::privateFileIsOwnerOnlyWhateverTheUmask()
{
    QFETCH(int, mask);
    QFETCH(bool, existing);
    ::umask(mode_t(mask));
    const QString target = path(QStringLiteral("bezoeken.csv"));
    if (existing) {
        QVERIFY(writeFile(target, "old"));
        QVERIFY(QFile::setPermissions(target, QFileDevice::Permissions(0x7777)));
    }
    PrivateFile file(target, m_database);
    DC_VERIFY_OK(file.openForWriting());
    file.write("case code;date\r\n");
    DC_VERIFY_OK(file.publish());
    QCOMPARE(permissions(target), OwnerOnly);
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("case code;date\r\n"));
}

void TestFileSafety::privateFileNeverWritesOverTheDatabase()
{
    const QByteArray before = sha256(m_database);
    PrivateFile file(m_database, m_database);
    QVERIFY(!file.openForWriting());
    QCOMPARE(sha256(m_database), before);
    // A step before publishing that fails: the file does not appear.
    PrivateFile refused(path(QStringLiteral("out.ics")), m_database);
    DC_VERIFY_OK(refused.openForWriting());
    refused.write("BEGIN:VCALENDAR");
    QVERIFY(!refused.publish([] { return Status(Error::storage(QStringLiteral("no record"))); }));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.ics"))));
}

void TestFileSafety::restoreRefusesTheDatabaseUnderAnotherName()
{
    // A hard link has no path of its own to compare: only device and inode tell.
    const QString alias = path(QStringLiteral("copy-of-gezinnen.sqlite"));
    QVERIFY(::link(QFile::encodeName(m_database).constData(),
                   QFile::encodeName(alias).constData()) == 0);
    const QByteArray before = sha256(m_database);
    auto restored = Backups::restore(alias, m_database);
    QVERIFY(!restored);
    QVERIFY2(restored.message().contains(QStringLiteral("database itself")),
             qPrintable(restored.message()));
    QCOMPARE(sha256(m_database), before);
    QVERIFY(Backups::list(m_database).isEmpty());
}

void TestFileSafety::inputFileRefusesSpecialAndHugeFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("device") << QStringLiteral("/dev/zero") << QStringLiteral("ordinary file");
    QTest::newRow("pipe") << QStringLiteral("PIPE") << QStringLiteral("ordinary file");
    QTest::newRow("folder") << QStringLiteral("DIR") << QStringLiteral("folder");
    QTest::newRow("huge") << QStringLiteral("HUGE") << QStringLiteral("larger than 1 MB");
    QTest::newRow("missing") << QStringLiteral("MISSING") << QStringLiteral("does not exist");
}

void TestFileSafety::inputFileRefusesSpecialAndHugeFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("pipe.csv"))).constData(), 0600) == 0);
    {
        QFile huge(path(QStringLiteral("huge.csv")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize((1 << 20) + 1));
    }
    if (file == QLatin1String("PIPE"))
        file = path(QStringLiteral("pipe.csv"));
    else if (file == QLatin1String("DIR"))
        file = m_dir->path();
    else if (file == QLatin1String("HUGE"))
        file = path(QStringLiteral("huge.csv"));
    else if (file == QLatin1String("MISSING"))
        file = path(QStringLiteral("missing.csv"));
    auto read = InputFile::readAll(file, 1 << 20);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::Refused);
    QVERIFY2(read.message().contains(reason), qPrintable(read.message()));
    QVERIFY2(read.message().contains(QFileInfo(file).fileName()), qPrintable(read.message()));
    // The limit itself is allowed.
    QVERIFY(QFile(path(QStringLiteral("huge.csv"))).resize(1 << 20));
    auto whole = InputFile::readAll(path(QStringLiteral("huge.csv")), 1 << 20);
    DC_VERIFY_OK(whole);
    QCOMPARE(whole->size(), 1 << 20);
}

QTEST_GUILESS_MAIN(TestFileSafety)
#include "TestFileSafety.moc"
