// DatabaseLock: a second DuoCoach on the same file is told who has it open; a lock left by a
// DuoCoach that was killed is taken over. The other DuoCoach is a real second process: this
// test program started again in "holder" mode (see main below), which takes the lock and keeps
// it until its standard input closes.

#include "TestSupport.h"

#include "storage/DatabaseLock.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstdio>

using namespace TestSupport;

namespace {
const char *HolderVariable = "DUOCOACH_TEST_HOLD_LOCK";

// Holder mode: lock the database named in the environment, say so, wait for stdin to close.
int holdLock(const QString &databasePath)
{
    DatabaseLock lock(databasePath);
    const DatabaseLock::Outcome outcome = lock.tryLock();
    std::printf("%s\n", outcome == DatabaseLock::Outcome::Locked ? "locked" : "not-locked");
    std::fflush(stdout);
    char buffer[64];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    return 0;
}
} // namespace

class TestDatabaseLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void secondHolderInThisProcessIsRefused();
    void otherProcessHoldsTheLock();
    void oldLockOfARunningProcessIsNotStolen();
    void lockOfAKilledProcessIsTakenOver_data();
    void lockOfAKilledProcessIsTakenOver();
    void unavailableWhereNoLockFileCanBeMade();

private:
    // Starts a holder process for `databasePath`; true once it reports holding the lock.
    bool startHolder(const QString &databasePath);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_holder;
};

void TestDatabaseLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabaseLock::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabaseLock::cleanup()
{
    if (m_holder) {
        m_holder->closeWriteChannel();
        if (!m_holder->waitForFinished(10000))
            m_holder->kill();
        m_holder->waitForFinished();
        m_holder.reset();
    }
}

bool TestDatabaseLock::startHolder(const QString &databasePath)
{
    m_holder = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(HolderVariable), databasePath);
    m_holder->setProcessEnvironment(env);
    m_holder->start(QCoreApplication::applicationFilePath(), {});
    if (!m_holder->waitForStarted(10000))
        return false;
    while (!m_holder->canReadLine())
        if (!m_holder->waitForReadyRead(10000))
            return false;
    return m_holder->readLine().trimmed() == "locked";
}

void TestDatabaseLock::secondHolderInThisProcessIsRefused()
{
    const QString database = path(QStringLiteral("gezinnen.duocoach"));
    DatabaseLock first(database);
    QCOMPARE(first.tryLock(), DatabaseLock::Outcome::Locked);
    QVERIFY(first.isLocked());
    QVERIFY(QFileInfo::exists(database + QStringLiteral(".lock")));
    QCOMPARE(DatabaseLock::lockPathFor(database), database + QStringLiteral(".lock"));
    // Taking it again is harmless.
    QCOMPARE(first.tryLock(), DatabaseLock::Outcome::Locked);

    DatabaseLock second(database);
    QCOMPARE(second.tryLock(), DatabaseLock::Outcome::HeldElsewhere);
    QVERIFY(!second.isLocked());
    const auto holder = second.holder();
    QVERIFY(holder.has_value());
    QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    const QString message = second.heldMessage(QStringLiteral("gezinnen.duocoach"));
    QVERIFY2(message.contains(QStringLiteral("\"gezinnen.duocoach\" is already open")) &&
                 message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(message));

    first.unlock();
    QVERIFY(!QFileInfo::exists(database + QStringLiteral(".lock")));
    QCOMPARE(second.tryLock(), DatabaseLock::Outcome::Locked);
}

void TestDatabaseLock::otherProcessHoldsTheLock()
{
    const QString database = path(QStringLiteral("gezinnen.duocoach"));
    QVERIFY(startHolder(database));
    DatabaseLock lock(database);
    QCOMPARE(lock.tryLock(), DatabaseLock::Outcome::HeldElsewhere);
    QCOMPARE(lock.holder()->pid, m_holder->processId());
    QVERIFY2(lock.heldMessage(QStringLiteral("gezinnen.duocoach"))
                 .contains(QString::number(m_holder->processId())),
             qPrintable(lock.heldMessage(QStringLiteral("gezinnen.duocoach"))));

    // When the other DuoCoach closes, the file is free.
    m_holder->closeWriteChannel();
    QVERIFY(m_holder->waitForFinished(10000));
    QCOMPARE(m_holder->exitCode(), 0);
    QCOMPARE(lock.tryLock(), DatabaseLock::Outcome::Locked);
}

void TestDatabaseLock::oldLockOfARunningProcessIsNotStolen()
{
    // A window open since yesterday still has the file: the lock never goes stale by age.
    const QString database = path(QStringLiteral("gezinnen.duocoach"));
    QVERIFY(startHolder(database));
    QFile lockFile(DatabaseLock::lockPathFor(database));
    QVERIFY(lockFile.open(QIODevice::ReadWrite));
    QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addDays(-2),
                                 QFileDevice::FileModificationTime));
    lockFile.close();
    DatabaseLock lock(database);
    QCOMPARE(lock.tryLock(), DatabaseLock::Outcome::HeldElsewhere);
}

void TestDatabaseLock::lockOfAKilledProcessIsTakenOver_data()
{
    QTest::addColumn<bool>("old");
    QTest::newRow("just killed") << false;
    QTest::newRow("killed long ago") << true;
}

void TestDatabaseLock::lockOfAKilledProcessIsTakenOver()
{
    QFETCH(bool, old);
    const QString database = path(QStringLiteral("gezinnen.duocoach"));
    QVERIFY(startHolder(database));
    ::kill(pid_t(m_holder->processId()), SIGKILL);
    QVERIFY(m_holder->waitForFinished(10000));
    QCOMPARE(m_holder->exitStatus(), QProcess::CrashExit);
    m_holder.reset();
    // The killed process could not remove its lock file.
    QVERIFY(QFileInfo::exists(DatabaseLock::lockPathFor(database)));
    if (old) {
        QFile lockFile(DatabaseLock::lockPathFor(database));
        QVERIFY(lockFile.open(QIODevice::ReadWrite));
        QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addDays(-30),
                                     QFileDevice::FileModificationTime));
    }

    DatabaseLock lock(database);
    QCOMPARE(lock.tryLock(), DatabaseLock::Outcome::Locked);
    QCOMPARE(lock.holder()->pid, QCoreApplication::applicationPid());
}

void TestDatabaseLock::unavailableWhereNoLockFileCanBeMade()
{
    DatabaseLock lock(path(QStringLiteral("nergens/gezinnen.duocoach")));
    QCOMPARE(lock.tryLock(), DatabaseLock::Outcome::Unavailable);
    QVERIFY(!lock.isLocked());
    QVERIFY(!lock.holder().has_value());
}

int main(int argc, char *argv[])
{
    // The application object names the holder in the lock file (QLockFile tells a live
    // DuoCoach from a reused process id by that name), so holder mode needs one too.
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(HolderVariable))
        return holdLock(qEnvironmentVariable(HolderVariable));
    TestDatabaseLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestDatabaseLock.moc"
