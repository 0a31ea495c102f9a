// The real duocoach-cli killed with SIGKILL in the middle of a long import, a demo generation
// and a supervision export: afterwards the database opens, passes PRAGMA integrity_check, and
// holds all or none of the operation; an export leaves its package whole or not at all, and
// no temporary file beside it.
//
// The kill lands at a moment chosen by time (after 50, 200 or 800 ms) or by what the child
// has done to the files: the write-ahead log appeared (the database is open), or it holds
// data (SQLite spilled part of the open transaction into it). Only the latter proves the kill
// landed inside the transaction, so those rows also check that the log really had data and
// that nothing of the operation survived.
//
// On a server database the same moments are read from the server: the child's session
// appears (it has the database open), its transaction has written (it holds a transaction
// id) and the cluster's write-ahead log grew by so many bytes since. The server rolls back
// what a dropped connection left open; the test waits until the server has let the session
// go before it looks.

#include "CliRun.h"
#include "FaultSupport.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace TestSupport;

namespace {
const QString Today = QStringLiteral("2026-11-23");
// 60,000 families with wide rows: a long transaction that spills into the log early. (The
// import writes some 40,000 families a second: fewer would end before the later kills.)
constexpr int ImportFamilies = 60000;
constexpr int ImportPadding = 300;
constexpr int DemoFamilies = 3000;
// The export's source: big enough that building the package takes a while.
constexpr int ExportSourceFamilies = 300;

enum class Operation { Import, Demo, Export, EncryptedExport };
enum class Trigger {
    Elapsed,    // value: milliseconds since the child started
    LogAppears, // the -wal file exists: the child has the database open; value: ms more
    LogHolds,   // the -wal file holds at least `value` bytes
};

// What became of the operation.
enum class Outcome { None, All };

// The child's session on a server database, watched through a connection of the test's own
// to the same database (so the cluster's other databases, of suites running beside this one,
// are not counted as the child).
class ServerWatch
{
public:
    explicit ServerWatch(const QString &address)
    {
        const auto parsed = DatabaseAddress::parse(address);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name());
        db.setHostName(parsed->hostName());
        db.setUserName(parsed->userName());
        db.setDatabaseName(parsed->databaseName());
        m_open = db.open();
    }
    ~ServerWatch() { QSqlDatabase::removeDatabase(name()); }
    bool isOpen() const { return m_open; }

    struct Seen
    {
        bool session = false; // the child is connected
        bool written = false; // its open transaction has written
        qint64 wal = 0;       // the cluster's write-ahead log position, in bytes
    };
    Seen look() const
    {
        QSqlQuery query(QSqlDatabase::database(name(), false));
        query.exec(QStringLiteral(
            "SELECT count(*) > 0, coalesce(bool_or(backend_xid IS NOT NULL), false), "
            "pg_current_wal_lsn() - '0/0' FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_type = 'client backend'"));
        Seen seen;
        if (query.next())
            seen = {query.value(0).toBool(), query.value(1).toBool(), query.value(2).toLongLong()};
        return seen;
    }

private:
    static QString name() { return QStringLiteral("kill-safety-watch"); }
    bool m_open = false;
};
} // namespace

Q_DECLARE_METATYPE(Operation)
Q_DECLARE_METATYPE(Trigger)

class TestKillSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    void killMidway_data();
    void killMidway();

private:
    CliRun cli(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    QTemporaryDir m_shared; // the import file and the export's source, made once
    QString m_importFile;
    QString m_exportSource;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKillSafety::initTestCase_data()
{
    engines();
}

void TestKillSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(DUOCOACH_CLI)).isExecutable(), DUOCOACH_CLI);
    QVERIFY(m_shared.isValid());
    m_importFile = m_shared.filePath(QStringLiteral("gezinnen.csv"));
    QVERIFY(writeFile(m_importFile, FaultSupport::familiesCsv(ImportFamilies, 1, ImportPadding)));

    m_exportSource = m_shared.filePath(QStringLiteral("bron.duocoach"));
    const CliRun demo =
        runCli(QStringLiteral(DUOCOACH_CLI),
               {QStringLiteral("demo"), m_exportSource, QStringLiteral("--families"),
                QString::number(ExportSourceFamilies), QStringLiteral("--seed"),
                QStringLiteral("5"), QStringLiteral("--today"), Today},
               m_shared.path());
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QVERIFY(writeFile(m_shared.filePath(QStringLiteral("wachtwoord.txt")),
                      "lange zin als wachtwoord\n"));
}

void TestKillSafety::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TestKillSafety::cli(const QStringList &arguments)
{
    return runCli(QStringLiteral(DUOCOACH_CLI), arguments, m_dir->path());
}

void TestKillSafety::killMidway_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<int>("value");

    const QList<QPair<Operation, const char *>> operations = {
        {Operation::Import, "import"},
        {Operation::Demo, "demo"},
        {Operation::Export, "export"},
        {Operation::EncryptedExport, "encrypted export"}};
    for (const auto &[operation, name] : operations) {
        // An export of the small source takes about a second; the others take far longer.
        const bool quick =
            operation == Operation::Export || operation == Operation::EncryptedExport;
        // A list that owns its values: the array behind a std::initializer_list chosen by ?:
        // dies with the temporary list, before the loop reads it.
        const QList<int> delays = quick ? QList<int>{50, 150, 400} : QList<int>{50, 200, 800};
        for (int ms : delays)
            QTest::addRow("%s, after %d ms", name, ms) << operation << Trigger::Elapsed << ms;
    }
    QTest::addRow("import, when the database opens")
        << Operation::Import << Trigger::LogAppears << 0;
    QTest::addRow("import, 500 ms after it opens")
        << Operation::Import << Trigger::LogAppears << 500;
    // More than the log's 32-byte header: pages of the open transaction are in it.
    QTest::addRow("import, when the log holds pages")
        << Operation::Import << Trigger::LogHolds << 8192;
    QTest::addRow("import, when the log holds 512 KiB")
        << Operation::Import << Trigger::LogHolds << 512 * 1024;
    QTest::addRow("demo, 1500 ms after it opens") << Operation::Demo << Trigger::LogAppears << 1500;
    QTest::addRow("demo, when the log holds 4 MiB")
        << Operation::Demo << Trigger::LogHolds << 4 * 1024 * 1024;
    QTest::addRow("export, when the database opens")
        << Operation::Export << Trigger::LogAppears << 0;
    // The export's only writes are its record, committed just before the package is put in
    // place, and the record's status after.
    QTest::addRow("export, when the record is written")
        << Operation::Export << Trigger::LogHolds << 1;
    QTest::addRow("encrypted export, when the record is written")
        << Operation::EncryptedExport << Trigger::LogHolds << 1;
}

void TestKillSafety::killMidway()
{
    QFETCH(Operation, operation);
    QFETCH(Trigger, trigger);
    QFETCH(int, value);

    const bool exporting =
        operation == Operation::Export || operation == Operation::EncryptedExport;
    const QString database = newDatabase(*m_dir, QStringLiteral("gezinnen.duocoach"));
    const QString package = path(QStringLiteral("supervisie.duosup"));
    const QString wal = database + QStringLiteral("-wal");
    QStringList arguments;
    switch (operation) {
    case Operation::Import:
    case Operation::Demo: {
        const CliRun init = cli({QStringLiteral("init"), database});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        if (operation == Operation::Import)
            arguments = {QStringLiteral("import"), database, QStringLiteral("--families"),
                         m_importFile};
        else
            arguments = {QStringLiteral("demo"),       database,
                         QStringLiteral("--families"), QString::number(DemoFamilies),
                         QStringLiteral("--seed"),     QStringLiteral("3"),
                         QStringLiteral("--today"),    Today};
        break;
    }
    case Operation::Export:
    case Operation::EncryptedExport:
        if (onServer()) {
            const CliRun copied = cli({QStringLiteral("copy"), m_exportSource, database});
            QVERIFY2(copied.exitCode == 0, copied.err.constData());
        } else {
            QVERIFY(QFile::copy(m_exportSource, database));
        }
        arguments = {QStringLiteral("export"),
                     database,
                     package,
                     QStringLiteral("--from"),
                     QStringLiteral("2025-11-24"),
                     QStringLiteral("--to"),
                     Today};
        if (operation == Operation::EncryptedExport)
            arguments << QStringLiteral("--passphrase-file")
                      << m_shared.filePath(QStringLiteral("wachtwoord.txt"));
        break;
    }
    QVERIFY(!QFileInfo::exists(wal));

    QByteArray before;
    qint64 exportsBefore = 0;
    // Export entries the source holds already: a server copy brings the log of its file and
    // adds an entry for the copy itself.
    qint64 exportLogBefore = 0;
    {
        auto db = Database::open(database, Database::Access::ReadOnly);
        DC_VERIFY_OK(db);
        before = contentHash(*db.value());
        exportsBefore = rowCount(*db.value(), QStringLiteral("supervision_exports"));
        exportLogBefore =
            db.value()
                ->scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'export'"))
                ->toLongLong();
    }

    std::unique_ptr<ServerWatch> server;
    if (onServer()) {
        server = std::make_unique<ServerWatch>(database);
        QVERIFY(server->isOpen());
    }
    qint64 walAtStart = -1; // on a server: where its log stood when the transaction first wrote

    // Start, wait for the moment, kill.
    QProcess child;
    child.setProcessEnvironment(cliEnvironment(m_dir->path()));
    child.setWorkingDirectory(m_dir->path());
    child.start(QStringLiteral(DUOCOACH_CLI), arguments);
    QVERIFY(child.waitForStarted(10000));
    QElapsedTimer clock;
    clock.start();
    qint64 triggeredAt = -1;
    qint64 killedAt = -1;
    qint64 logAtKill = -1;
    // The log as the trigger sees it: the -wal file, or the server's log since the child's
    // transaction first wrote (-1: not open, 0: open but nothing written).
    auto logNow = [&]() -> qint64 {
        if (!server) {
            const QFileInfo log(wal);
            return log.exists() ? log.size() : -1;
        }
        const ServerWatch::Seen seen = server->look();
        if (!seen.session)
            return -1;
        if (!seen.written)
            return 0;
        if (walAtStart < 0)
            walAtStart = seen.wal;
        // At least 1 once written, as a -wal file holds its header before any page.
        return qMax<qint64>(1, seen.wal - walAtStart);
    };
    for (;;) {
        if (triggeredAt < 0) {
            const qint64 log = trigger == Trigger::Elapsed ? -1 : logNow();
            const bool reached = trigger == Trigger::Elapsed      ? clock.elapsed() >= value
                                 : trigger == Trigger::LogAppears ? log >= 0
                                                                  : log >= value;
            if (reached)
                triggeredAt = clock.elapsed();
        }
        const bool due = triggeredAt >= 0 &&
                         (trigger != Trigger::LogAppears || clock.elapsed() >= triggeredAt + value);
        if (due) {
            // Read before the kill: what the log held while the child still had it open.
            logAtKill = trigger == Trigger::Elapsed && server ? -1 : logNow();
            killedAt = clock.elapsed();
            ::kill(pid_t(child.processId()), SIGKILL);
            break;
        }
        // Also the pause between two looks: the log is watched every millisecond.
        if (child.waitForFinished(1))
            break;
        QVERIFY2(clock.elapsed() < 600000, "the moment to kill never came");
    }
    if (child.state() != QProcess::NotRunning)
        QVERIFY(child.waitForFinished(30000));
    if (server) {
        // The server notices the dropped connection at its next read or write, and rolls
        // back; only then is "nothing of it stayed" a statement about the server's work.
        QElapsedTimer gone;
        gone.start();
        while (server->look().session)
            QVERIFY2(gone.elapsed() < 30000, "the server kept the killed child's session");
        server.reset();
    }
    // The kill may come too late: the child ended first (a fast machine and a time trigger, or
    // an export whose last step is the commit the kill waited for). Then it succeeded, and
    // the checks below expect all of it.
    const bool ranToEnd = child.exitStatus() == QProcess::NormalExit;
    if (ranToEnd) {
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
        QVERIFY2(trigger == Trigger::Elapsed || exporting,
                 "the operation ended before the log showed what the kill waited for");
    }

    // The user's next step: duocoach-cli check, which opens the file (recovering the log).
    const CliRun check = cli({QStringLiteral("check"), database});
    QVERIFY2(check.exitCode == 0, check.err.constData() + check.out);

    Outcome outcome = Outcome::None;
    {
        auto db = Database::open(database);
        DC_VERIFY_OK(db);
        auto problems = db.value()->integrityProblems();
        DC_VERIFY_OK(problems);
        QCOMPARE(problems.value(), QStringList());
        const int families = rowCount(*db.value(), QStringLiteral("families"));
        const qint64 exports = rowCount(*db.value(), QStringLiteral("supervision_exports"));
        switch (operation) {
        case Operation::Import:
        case Operation::Demo: {
            const int expected = operation == Operation::Import ? ImportFamilies : DemoFamilies;
            QVERIFY2(
                families == 0 || families == expected,
                qPrintable(
                    QStringLiteral("%1 families: a part of the operation stayed").arg(families)));
            outcome = families == expected ? Outcome::All : Outcome::None;
            break;
        }
        case Operation::Export:
        case Operation::EncryptedExport:
            QVERIFY(exports == exportsBefore || exports == exportsBefore + 1);
            // The record is committed ("started") just before the package is put in place and
            // marked completed after (issue 13): a package always has its record, and a
            // completed record its package; a kill in between leaves a started record alone.
            if (QFileInfo::exists(package))
                QVERIFY2(exports > exportsBefore, "a package was put in place unrecorded");
            if (exports > exportsBefore &&
                db.value()
                        ->scalar(QStringLiteral(
                            "SELECT status FROM supervision_exports ORDER BY id DESC LIMIT 1"))
                        .value()
                        .toString() == QLatin1String("completed"))
                QVERIFY2(QFileInfo::exists(package), "an export completed without its package");
            outcome = QFileInfo::exists(package) ? Outcome::All : Outcome::None;
            break;
        }
        if (outcome == Outcome::None && !(exporting && exports > exportsBefore))
            QCOMPARE(contentHash(*db.value()), before);
        // The access log belongs to the operation too (contentHash leaves it out): an import's
        // entries, one a family, and an export's, are saved with it or not at all.
        auto logged = [&](const char *action) {
            return db.value()
                ->scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = ?"),
                         {QString::fromLatin1(action)})
                .value()
                .toInt();
        };
        if (operation == Operation::Import)
            QCOMPARE(logged("import"), families);
        if (exporting)
            QCOMPARE(logged("export") > exportLogBefore, exports > exportsBefore);
    }
    if (exporting && outcome == Outcome::All) {
        // Whole: it verifies (hashes and counts match its manifest).
        QStringList verify{QStringLiteral("verify"), package};
        if (operation == Operation::EncryptedExport)
            verify << QStringLiteral("--passphrase-file")
                   << m_shared.filePath(QStringLiteral("wachtwoord.txt"));
        const CliRun verified = cli(verify);
        QVERIFY2(verified.exitCode == 0, verified.err.constData() + verified.out);
    }
    // Nothing was left beside the database: no half package, no temporary file, and the log
    // and its index went when the file was closed.
    QStringList expected;
    if (!onServer())
        expected << QStringLiteral("gezinnen.duocoach");
    if (exporting && outcome == Outcome::All)
        expected << QStringLiteral("supervisie.duosup");
    QStringList found = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    // The access log's seal (AccessLogChain) is written just after the commit: there or not,
    // depending on whether the kill came before it. It is never a temporary file.
    found.removeAll(QStringLiteral("gezinnen.duocoach.seal"));
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);

    // An export's last step is the commit the kill waited for: the child may have committed
    // and closed its session between the look that triggered and the kill (-1 then).
    const bool exportEnded = exporting && (ranToEnd || logAtKill < 0);
    if (trigger == Trigger::LogHolds && !exportEnded) {
        // Proof that the kill landed inside the transaction: the log held what was waited for
        // when the child died, and (but for an export's record) none of it survived.
        QVERIFY2(logAtKill >= value, qPrintable(QString::number(logAtKill)));
        if (!exporting)
            QCOMPARE(outcome, Outcome::None);
    }
    qInfo("moment after %lld ms, killed after %lld ms (%s), log %lld bytes; kept %s of it",
          triggeredAt, killedAt, ranToEnd ? "had already ended" : "mid-way", logAtKill,
          outcome == Outcome::All ? "all" : "none");
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "TestKillSafety.moc"
