// duocoach-cli as a user runs it: exit statuses (0 ok, 1 usage, 2 bad input or refused file,
// 3 integrity failure), what goes to stdout and stderr, and files left as they were.

#include "CliRun.h"
#include "TestSupport.h"

#include "storage/AccessLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
using Run = CliRun;
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    void initCreatesDatabase();
    void initUpgradesOlderFile();
    void demoAndStatsAgree();
    void statsAsText();
    void demoRefusesFilledDatabase();
    void checkGoodDatabase();
    void checkDamagedDatabase();
    void checkFindsAChangedAccessLog();
    void damagedFileIsAnIntegrityFailure_data();
    void damagedFileIsAnIntegrityFailure();
    void missingFolder();
    void refusedFiles_data();
    void refusedFiles();
    void statsRefusesOlderFormat();
    void usageErrors_data();
    void usageErrors();
    void help_data();
    void help();

private:
    Run cli(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A database on the engine of the row: a file in the test's folder or one on the server.
    QString database(const QString &name) const { return newDatabase(*m_dir, name); }
    QString demoDatabase(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::initTestCase_data()
{
    engines();
}

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(DUOCOACH_CLI)).isExecutable(), DUOCOACH_CLI);
}

void TestCli::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestCli::cli(const QStringList &arguments)
{
    return runCli(QStringLiteral(DUOCOACH_CLI), arguments, m_dir->path());
}

QString TestCli::demoDatabase(const QString &name)
{
    const QString file = database(name);
    const Run run = cli({QStringLiteral("demo"), file, QStringLiteral("--families"),
                         QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("11"),
                         QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    if (run.exitCode != 0)
        qWarning("demo failed: %s", run.err.constData());
    return file;
}

void TestCli::initCreatesDatabase()
{
    const QString file = database(QStringLiteral("new.duocoach"));
    const Run run = cli({QStringLiteral("init"), file});
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY2(run.out.contains(shownName(file).toUtf8()), run.out.constData());
    if (!onServer()) {
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(permissions(file), OwnerOnly);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
    }

    auto db = Database::open(file, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
    if (!onServer())
        QCOMPARE(db.value()->scalar(QStringLiteral("PRAGMA application_id"))->toInt(),
                 Database::ApplicationId);
    db.value().reset();

    // A second init leaves it as it is.
    if (!onServer())
        QVERIFY(backdate(file));
    const QByteArray before = stateOf(file);
    const Run again = cli({QStringLiteral("init"), file});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("up to date"));
    QCOMPARE(stateOf(file), before);
}

void TestCli::initUpgradesOlderFile()
{
    if (onServer())
        QSKIP("A server database never had the SQLite formats before it, and its backup is no "
              "file beside it.");
    const QString file = path(QStringLiteral("old.duocoach"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        DC_VERIFY_OK(Migrations::migrate(db, 0, 1));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    const Run run = cli({QStringLiteral("init"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("old.duocoach.v1.bak"), run.out.constData());
    QVERIFY(QFileInfo::exists(file + QStringLiteral(".v1.bak")));
    QCOMPARE(permissions(file + QStringLiteral(".v1.bak")), OwnerOnly);
    const Run check = cli({QStringLiteral("check"), file});
    QCOMPARE(check.exitCode, 0);
}

void TestCli::demoAndStatsAgree()
{
    const QString file = database(QStringLiteral("demo.duocoach"));
    const Run demo =
        cli({QStringLiteral("demo"), file, QStringLiteral("--families"), QStringLiteral("50"),
             QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"),
             QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    QVERIFY(!demo.crashed);
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.err.isEmpty(), demo.err.constData());
    if (!onServer())
        QCOMPARE(permissions(file), OwnerOnly);

    QJsonParseError error;
    const QJsonDocument created = QJsonDocument::fromJson(demo.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(created.isObject());

    const Run stats = cli({QStringLiteral("stats"), file, QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.err.isEmpty(), stats.err.constData());
    const QJsonDocument counted = QJsonDocument::fromJson(stats.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    QCOMPARE(counted.object(), created.object());
    const QJsonObject families = counted.object().value(QStringLiteral("families")).toObject();
    QCOMPARE(families.value(QStringLiteral("total")).toInt(), 50);
    int byStatus = 0;
    for (const char *status : {"referred", "intake", "active", "closed"})
        byStatus += families.value(QLatin1String(status)).toInt();
    QCOMPARE(byStatus, 50);
    QVERIFY(counted.object()
                .value(QStringLiteral("visits"))
                .toObject()
                .value(QStringLiteral("total"))
                .toInt() > 0);

    // The same seed and day give the same counts in another file.
    const QString other = database(QStringLiteral("again.duocoach"));
    const Run again =
        cli({QStringLiteral("demo"), other, QStringLiteral("--families"), QStringLiteral("50"),
             QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"),
             QStringLiteral("2026-11-23"), QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(again.out).object(), created.object());

    // Reading did not leave files beside the database.
    if (onServer())
        return;
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
}

void TestCli::statsAsText()
{
    const QString file = demoDatabase(QStringLiteral("text.duocoach"));
    const Run run = cli({QStringLiteral("stats"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY2(run.out.contains("Families:") && run.out.contains("30 ("), run.out.constData());
}

void TestCli::demoRefusesFilledDatabase()
{
    const QString file = demoDatabase(QStringLiteral("filled.duocoach"));
    const QByteArray before = stateOf(file);
    const Run run = cli({QStringLiteral("demo"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(names(run.err, file), run.err.constData());
    QCOMPARE(stateOf(file), before);
}

void TestCli::checkGoodDatabase()
{
    const QString file = demoDatabase(QStringLiteral("good.duocoach"));
    if (!onServer())
        QVERIFY(backdate(file));
    const QByteArray before = stateOf(file);
    const Run run = cli({QStringLiteral("check"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(run.out.contains("intact"));
    QCOMPARE(stateOf(file), before);
    if (onServer())
        return;
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
}

// Issue 18: the access log's entries are chained. check says up to which entry the log is
// intact; with an entry changed from the sqlite3 shell (its triggers dropped) it exits 3 with
// one sentence naming that entry, and changes nothing.
void TestCli::checkFindsAChangedAccessLog()
{
    if (onServer())
        QSKIP("A file's log; check on a server says the server keeps it (checkGoodDatabase).");
    const QString file = demoDatabase(QStringLiteral("log.duocoach"));
    {
        auto db = Database::open(file);
        DC_VERIFY_OK(db);
        auto family = db.value()->scalar(QStringLiteral("SELECT min(id) FROM families"));
        DC_VERIFY_OK(family);
        for (int i = 0; i < 4; ++i)
            DC_VERIFY_OK(
                AccessLog(*db.value())
                    .record(Actor::commandLine(), AccessAction::Read, family->toLongLong()));
    }
    const Run intact = cli({QStringLiteral("check"), file});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains("Its access log is intact up to entry"), intact.out.constData());

    qint64 changed = 0;
    {
        QSqlDatabase shell =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
        shell.setDatabaseName(file);
        QVERIFY(shell.open());
        QSqlQuery q(shell);
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) - 1 FROM access_log")) && q.next());
        changed = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER access_log_never_changed")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE access_log SET account = 'iemand' WHERE id = %1").arg(changed)));
        q.finish();
        shell.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shell"));
    QVERIFY(backdate(file));
    const QByteArray before = stateOf(file);
    const Run run = cli({QStringLiteral("check"), file});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(QStringLiteral("breaks at entry %1").arg(changed).toUtf8()),
             run.err.constData());
    QCOMPARE(stateOf(file), before);
}

void TestCli::checkDamagedDatabase()
{
    if (onServer())
        QSKIP("Damaged pages are a file's fault: a server keeps its own pages sound.");
    const QString original = demoDatabase(QStringLiteral("original.duocoach"));
    const QString file = path(QStringLiteral("damaged.duocoach"));
    QVERIFY(QFile::copy(original, file));
    // Inside the visits table's b-tree, not the header: the file still opens.
    QVERIFY(damageTable(file, QStringLiteral("visits")));
    QVERIFY(sha256(file) != sha256(original));
    QVERIFY(backdate(file));
    const FileState before = fileState(file);

    const Run run = cli({QStringLiteral("check"), file});
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errLines().value(0).contains(QStringLiteral("damaged.duocoach")),
             run.err.constData());
    // The first line is a sentence about the file, not SQLite's "*** in database main ***".
    QVERIFY2(!run.err.contains("***"), run.err.constData());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(fileState(file) == before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));

    // The undamaged original still passes.
    QCOMPARE(cli({QStringLiteral("check"), original}).exitCode, 0);
}

void TestCli::damagedFileIsAnIntegrityFailure_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"init", "demo", "stats", "check"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCli::damagedFileIsAnIntegrityFailure()
{
    QFETCH(QString, command);
    if (onServer())
        QSKIP("A garbled schema page is a file's fault: a server keeps its own pages sound.");
    const QString file = demoDatabase(QStringLiteral("schema.duocoach"));
    // The header stays, the schema page behind it is garbage: the file cannot even be read.
    QVERIFY(overwrite(file, 100, 1000, char(0x5a)));
    QVERIFY(backdate(file));
    const FileState before = fileState(file);
    const Run run = cli({command, file});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("schema.duocoach"), run.err.constData());
    QVERIFY(fileState(file) == before);
}

void TestCli::missingFolder()
{
    if (onServer())
        QSKIP("A missing folder is a file's fault; a missing server database is "
              "TestCliServerFaults'.");
    const Run run = cli({QStringLiteral("init"), path(QStringLiteral("nowhere/new.duocoach"))});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("new.duocoach"), run.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere"))));
}

void TestCli::refusedFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("command");

    for (const char *kind : {"newer", "text", "random"})
        for (const char *command : {"init", "demo", "stats", "check"})
            QTest::addRow("%s %s", kind, command)
                << QString::fromLatin1(kind) << QString::fromLatin1(command);
    QTest::newRow("missing stats") << QStringLiteral("missing") << QStringLiteral("stats");
    QTest::newRow("missing check") << QStringLiteral("missing") << QStringLiteral("check");
    QTest::newRow("read-only init") << QStringLiteral("read-only") << QStringLiteral("init");
    QTest::newRow("read-only demo") << QStringLiteral("read-only") << QStringLiteral("demo");
}

void TestCli::refusedFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, command);

    const QString name = QStringLiteral("refused-%1.duocoach").arg(kind);
    QString file = database(name);
    if (onServer()) {
        // The same refusals of a server database: one of a newer DuoCoach, one of another
        // program (two ways), one that is not there, one the login may only read.
        const int newer = Migrations::latestVersion() + 1;
        QStringList statements;
        if (kind == QLatin1String("newer")) {
            QCOMPARE(cli({QStringLiteral("init"), file}).exitCode, 0);
            statements << QStringLiteral("UPDATE duocoach_schema SET version = %1").arg(newer);
        } else if (kind == QLatin1String("text")) {
            statements << QStringLiteral("CREATE TABLE boodschappen (item TEXT)")
                       << QStringLiteral("INSERT INTO boodschappen VALUES ('Brood'), ('Melk')");
        } else if (kind == QLatin1String("random")) {
            statements << QStringLiteral("CREATE TABLE duocoach_schema (id INT, application "
                                         "TEXT, version INT)")
                       << QStringLiteral("INSERT INTO duocoach_schema VALUES (1, 'Other', 1)");
        } else if (kind == QLatin1String("missing")) {
            file = missingServerDatabase(file);
        } else if (kind == QLatin1String("read-only")) {
            QCOMPARE(cli({QStringLiteral("init"), file}).exitCode, 0);
            const QString role =
                DatabaseAddress::parse(file)->databaseName() + QStringLiteral("_r");
            statements
                << QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)
                << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role);
            QCOMPARE(rawExec(file, statements), QString());
            statements.clear();
            file = asRole(file, role);
        }
        if (!statements.isEmpty())
            QCOMPARE(rawExec(file, statements), QString());
    } else if (kind == QLatin1String("newer")) {
        QCOMPARE(cli({QStringLiteral("init"), file}).exitCode, 0);
        auto db = Database::open(file);
        DC_VERIFY_OK(db);
        DC_VERIFY_OK(db.value()->exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(file, "Dit is een boodschappenlijst.\nBrood\nMelk\n"));
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 7919 + 13) % 251));
        QVERIFY(writeFile(file, bytes));
    } else if (kind == QLatin1String("read-only")) {
        QCOMPARE(cli({QStringLiteral("init"), file}).exitCode, 0);
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
    }
    const bool existed = QFileInfo::exists(file);
    if (existed)
        QVERIFY(backdate(file));
    const QByteArray before = stateOf(file);

    const Run run = cli({command, file});
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    // One sentence on one line, naming the database.
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(names(run.err, file), run.err.constData());
    QCOMPARE(stateOf(file), before);
    if (onServer())
        return;
    QCOMPARE(QFileInfo::exists(file), existed);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
}

void TestCli::statsRefusesOlderFormat()
{
    if (onServer())
        QSKIP("Format 1 is a file's: a server database began at a later format (refusedFiles "
              "covers one that never existed).");
    const QString file = path(QStringLiteral("format1.duocoach"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        DC_VERIFY_OK(Migrations::migrate(db, 0, 1));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    const QByteArray hash = sha256(file);
    const Run run = cli({QStringLiteral("stats"), file});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("format1.duocoach") && run.err.contains("init"), run.err.constData());
    QCOMPARE(sha256(file), hash);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral(".v1.bak")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");

    const QString db = QStringLiteral("usage.duocoach");
    QTest::newRow("no arguments") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), db};
    QTest::newRow("init without DB") << QStringList{QStringLiteral("init")};
    QTest::newRow("demo without DB") << QStringList{QStringLiteral("demo")};
    QTest::newRow("stats without DB")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--json")};
    QTest::newRow("check without DB") << QStringList{QStringLiteral("check")};
    QTest::newRow("two DBs") << QStringList{QStringLiteral("check"), db,
                                            QStringLiteral("b.duocoach")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("init"), db, QStringLiteral("--fast")};
    QTest::newRow("families abc") << QStringList{
        QStringLiteral("demo"), db, QStringLiteral("--families"), QStringLiteral("abc")};
    QTest::newRow("families 0") << QStringList{QStringLiteral("demo"), db,
                                               QStringLiteral("--families"), QStringLiteral("0")};
    QTest::newRow("families too many") << QStringList{
        QStringLiteral("demo"), db, QStringLiteral("--families"), QStringLiteral("100001")};
    QTest::newRow("families without value")
        << QStringList{QStringLiteral("demo"), db, QStringLiteral("--families")};
    QTest::newRow("seed abc") << QStringList{QStringLiteral("demo"), db, QStringLiteral("--seed"),
                                             QStringLiteral("abc")};
    QTest::newRow("today not a date") << QStringList{
        QStringLiteral("demo"), db, QStringLiteral("--today"), QStringLiteral("2026-13-01")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY(!run.err.isEmpty());
    // A usage error touches no file.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("usage.duocoach"))));
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("Commands");
    QTest::newRow("init --help") << QStringList{QStringLiteral("init"), QStringLiteral("--help")}
                                 << QStringLiteral("duocoach-cli init");
    QTest::newRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                                 << QStringLiteral("--families");
    QTest::newRow("check -h") << QStringList{QStringLiteral("check"), QStringLiteral("-h")}
                              << QStringLiteral("duocoach-cli check");
    QTest::newRow("export --help")
        << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
        << QStringLiteral("--with-address");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")}
                               << QStringLiteral(DUOCOACH_VERSION);
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY2(QString::fromUtf8(run.out).contains(expected), run.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
