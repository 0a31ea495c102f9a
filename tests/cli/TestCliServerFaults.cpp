// Faults of a server database as duocoach-cli meets them (issue 14): a server that is not
// there or does not answer, a wrong password, a database that is missing, a login without the
// right to create or read, and a server killed in the middle of an import. Each is one
// sentence on stderr naming server and database, exit status 2, and nothing half-written.
//
// The suite runs its own private cluster (scripts/pg-test-cluster), whose pg_hba.conf it
// changes and which it stops and starts: the shared test cluster serves the suites running
// beside this one and is never touched.

#include "CliRun.h"
#include "FaultSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace TestSupport;

namespace {
const QString PgBin = QStringLiteral("/usr/lib/postgresql/15/bin");
// The families of the import that the server's death interrupts: enough for it to run a few
// seconds, so the stop lands inside its transaction.
constexpr int KilledImportFamilies = 60000;

// A port on this computer where connections are taken (the kernel completes them into the
// backlog) and never answered: a server that hangs, whatever the network around the test.
class SilentPort
{
public:
    SilentPort() : m_socket(::socket(AF_INET, SOCK_STREAM, 0))
    {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_socket >= 0 &&
            ::bind(m_socket, reinterpret_cast<sockaddr *>(&address), length) == 0 &&
            ::listen(m_socket, 8) == 0 &&
            ::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~SilentPort()
    {
        if (m_socket >= 0)
            ::close(m_socket);
    }
    int port() const { return m_port; }

private:
    int m_socket = -1;
    int m_port = 0;
};
} // namespace

class TestCliServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void unreachable_data();
    void unreachable();
    void login_data();
    void login();
    void missingDatabase_data();
    void missingDatabase();
    void noPermission_data();
    void noPermission();
    void serverKilledMidway_data();
    void serverKilledMidway();

private:
    CliRun cli(const QStringList &arguments, const QString &password = QString()) const;
    // `command` on `database`, given a file of three families where it takes one (import).
    CliRun runOn(const QString &command, const QString &database) const;
    // The private cluster's address of `database`, as `user` reaches it.
    QString address(const QString &database,
                    const QString &user = QStringLiteral("duocoach_test")) const;
    QString admin(const QStringList &statements,
                  const QString &database = QStringLiteral("postgres")) const;
    // pg_ctl on the private cluster, as the user the cluster runs as.
    bool pgCtl(const QStringList &arguments) const;
    QString newDatabaseName();

    QTemporaryDir m_state; // the private cluster's state file
    QString m_clusterDir;  // its folder: data/, the socket, the log
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_databases = 0;
};

void TestCliServerFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(DUOCOACH_CLI)).isExecutable(), DUOCOACH_CLI);
    QVERIFY(m_state.isValid());
    QProcess start;
    start.start(QStringLiteral(DUOCOACH_SOURCE_DIR "/scripts/pg-test-cluster"),
                {QStringLiteral("start"), m_state.filePath(QStringLiteral("cluster.state")),
                 QString::number(QCoreApplication::applicationPid())});
    QVERIFY(start.waitForFinished(120000));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    QFile state(m_state.filePath(QStringLiteral("cluster.state")));
    QVERIFY(state.open(QIODevice::ReadOnly));
    for (const QByteArray &line : state.readAll().split('\n'))
        if (line.startsWith("dir="))
            m_clusterDir = QString::fromUtf8(line.mid(4));
    QVERIFY(QFileInfo(m_clusterDir + QStringLiteral("/data/pg_hba.conf")).exists());

    // One login with a password, asked for by the server (scram-sha-256) on this cluster only;
    // every other login is trusted as on the shared cluster. pg_hba.conf is read top down.
    QCOMPARE(admin({QStringLiteral("SET password_encryption = 'scram-sha-256'"),
                    // The database's owner, who sets up the team's group roles.
                    QStringLiteral("CREATE ROLE coach LOGIN CREATEROLE PASSWORD 'lange zin als "
                                   "wachtwoord'"),
                    QStringLiteral("CREATE ROLE visitor LOGIN"),
                    QStringLiteral("CREATE ROLE outsider LOGIN")}),
             QString());
    QFile hba(m_clusterDir + QStringLiteral("/data/pg_hba.conf"));
    QVERIFY(hba.open(QIODevice::ReadOnly));
    const QByteArray rules = hba.readAll();
    hba.close();
    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("local all coach scram-sha-256\n" + rules);
    hba.close();
    QCOMPARE(admin({QStringLiteral("SELECT pg_reload_conf()")}), QString());
}

void TestCliServerFaults::cleanupTestCase()
{
    QProcess::execute(QStringLiteral(DUOCOACH_SOURCE_DIR "/scripts/pg-test-cluster"),
                      {QStringLiteral("stop"), m_state.filePath(QStringLiteral("cluster.state"))});
}

void TestCliServerFaults::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TestCliServerFaults::cli(const QStringList &arguments, const QString &password) const
{
    // As every suite runs it, with the password where libpq takes it: never on the command
    // line.
    QProcessEnvironment env = cliEnvironment(m_dir->path());
    env.remove(QStringLiteral("PGPASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    return runCli(QStringLiteral(DUOCOACH_CLI), arguments, m_dir->path(), env);
}

CliRun TestCliServerFaults::runOn(const QString &command, const QString &database) const
{
    QStringList arguments{command, database};
    if (command == QLatin1String("import")) {
        const QString families = m_dir->filePath(QStringLiteral("gezinnen.csv"));
        if (!writeFile(families, FaultSupport::familiesCsv(3)))
            qFatal("Could not write %s", qPrintable(families));
        arguments << QStringLiteral("--families") << families;
    }
    return cli(arguments);
}

QString TestCliServerFaults::address(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, m_clusterDir);
}

QString TestCliServerFaults::admin(const QStringList &statements, const QString &database) const
{
    return rawExec(address(database), statements);
}

bool TestCliServerFaults::pgCtl(const QStringList &arguments) const
{
    // PostgreSQL refuses to run as root: as root the cluster belongs to "nobody" (see
    // scripts/pg-test-cluster), and so must pg_ctl run.
    QStringList command{PgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                        m_clusterDir + QStringLiteral("/data")};
    command += arguments;
    if (::geteuid() == 0)
        command =
            QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} +
            command;
    const QString program = ::geteuid() == 0 ? QStringLiteral("runuser") : command.takeFirst();
    QProcess process;
    process.start(program, command);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

QString TestCliServerFaults::newDatabaseName()
{
    const QString name = QStringLiteral("faults_%1").arg(++m_databases);
    const QString error = admin({QStringLiteral("CREATE DATABASE %1").arg(name)});
    if (!error.isEmpty())
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return name;
}

void TestCliServerFaults::unreachable_data()
{
    QTest::addColumn<QString>("where");  // host and port part of the address, or a query
    QTest::addColumn<QString>("server"); // how the sentence names the server
    QTest::addColumn<QString>("command");
    for (const char *command : {"init", "stats"}) {
        // A folder where no server has its socket: answered at once.
        QTest::addRow("no server in the socket folder, %s", command)
            << QStringLiteral("/duocoach?host=SOCKETS") << QStringLiteral("this computer")
            << QString::fromLatin1(command);
        // Port 1 of this computer: nothing listens, the connection is refused at once.
        QTest::addRow("closed port, %s", command)
            << QStringLiteral("127.0.0.1:1/duocoach") << QStringLiteral("127.0.0.1:1")
            << QString::fromLatin1(command);
        // A server that takes the connection and never answers: the default connect_timeout
        // of 5 s ends the wait, not the system's TCP timeout of minutes.
        QTest::addRow("never answers, %s", command)
            << QStringLiteral("127.0.0.1:SILENT/duocoach") << QStringLiteral("127.0.0.1:SILENT")
            << QString::fromLatin1(command);
        // An address nothing answers from, or no route leads to (or, behind a proxy, that
        // answers in a way no server would).
        QTest::addRow("no answer, %s", command)
            << QStringLiteral("10.255.255.1/duocoach") << QStringLiteral("10.255.255.1")
            << QString::fromLatin1(command);
    }
}

void TestCliServerFaults::unreachable()
{
    QFETCH(QString, where);
    QFETCH(QString, server);
    QFETCH(QString, command);
    where.replace(QStringLiteral("SOCKETS"), m_dir->path());
    const bool hangs = where.contains(QLatin1String("SILENT"));
    const SilentPort silent;
    QVERIFY(silent.port() > 0);
    where.replace(QStringLiteral("SILENT"), QString::number(silent.port()));
    server.replace(QStringLiteral("SILENT"), QString::number(silent.port()));
    const QString database = QStringLiteral("postgresql://duocoach_test@") + where;
    QElapsedTimer clock;
    clock.start();
    const CliRun run = cli({command, database});
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    const QString said = run.errLines().first();
    QVERIFY2(said.contains(QLatin1String("\"duocoach\"")) && said.contains(server),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("cannot be reached")), qPrintable(said));
    // Only to prove it is no hang: the timeout is 5 s, the machine may be busy.
    QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
    if (hangs)
        QVERIFY2(said.contains(QLatin1String("timeout")), qPrintable(said));
    // Nothing was made where the socket would have been.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList());
}

void TestCliServerFaults::login_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exit");
    QTest::newRow("no password") << QString() << 2;
    QTest::newRow("wrong password") << QStringLiteral("lange zin als wachtwoorD") << 2;
    QTest::newRow("right password") << QStringLiteral("lange zin als wachtwoord") << 0;
}

void TestCliServerFaults::login()
{
    QFETCH(QString, password);
    QFETCH(int, exit);
    const QString name = newDatabaseName();
    QCOMPARE(admin({QStringLiteral("ALTER DATABASE %1 OWNER TO coach").arg(name)}), QString());
    const QString database = address(name, QStringLiteral("coach"));
    const QByteArray before = stateOf(address(name));
    const CliRun run = cli({QStringLiteral("init"), database}, password);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, exit);
    if (exit == 0) {
        // The same login with its password gets in: the refusals are about the password.
        QVERIFY2(run.out.contains("Created"), run.out.constData());
        QVERIFY(stateOf(address(name)) != before);
        return;
    }
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(names(run.err, database), run.err.constData());
    QVERIFY2(run.err.contains("login") && run.err.contains("password"), run.err.constData());
    // The password itself is never repeated.
    QVERIFY(password.isEmpty() || !run.err.contains(password.toUtf8()));
    QCOMPARE(stateOf(address(name)), before);
}

void TestCliServerFaults::missingDatabase_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"init", "demo", "stats", "check", "import"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCliServerFaults::missingDatabase()
{
    QFETCH(QString, command);
    const QString database = address(QStringLiteral("niet_hier"));
    const CliRun run = runOn(command, database);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(names(run.err, database), run.err.constData());
    // The database first, then where: "There is no database "niet_hier" on this computer".
    QVERIFY2(run.err.startsWith("There is no database \"niet_hier\" on this computer"),
             run.err.constData());
    // Not created by asking for it.
    QCOMPARE(stateOf(database), QByteArray("unreachable"));
}

void TestCliServerFaults::noPermission_data()
{
    QTest::addColumn<QString>("login");      // visitor: nothing granted; outsider: see below
    QTest::addColumn<bool>("filled");        // the database holds DuoCoach data
    QTest::addColumn<QStringList>("grants"); // given to the login first
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("said"); // a piece of the sentence
    // An empty database, its schema not the login's to create in (PostgreSQL 15's default).
    QTest::newRow("init in an empty database")
        << QStringLiteral("visitor") << false << QStringList() << QStringLiteral("init")
        << QStringLiteral("may not create tables");
    QTest::newRow("demo in an empty database")
        << QStringLiteral("visitor") << false << QStringList() << QStringLiteral("demo")
        << QStringLiteral("may not create tables");
    // A DuoCoach database whose team the login is not one of (issue 15): refused before
    // anything is read, also when someone granted it the tables by hand.
    const QString outside = QStringLiteral("not one of the team");
    QTest::newRow("stats without SELECT") << QStringLiteral("outsider") << true << QStringList()
                                          << QStringLiteral("stats") << outside;
    QTest::newRow("check without SELECT") << QStringLiteral("outsider") << true << QStringList()
                                          << QStringLiteral("check") << outside;
    const QStringList select{QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1")};
    QTest::newRow("import with SELECT only")
        << QStringLiteral("outsider") << true << select << QStringLiteral("import") << outside;
    QTest::newRow("init with SELECT only")
        << QStringLiteral("outsider") << true << select << QStringLiteral("init") << outside;
}

void TestCliServerFaults::noPermission()
{
    QFETCH(QString, login);
    QFETCH(bool, filled);
    QFETCH(QStringList, grants);
    QFETCH(QString, command);
    QFETCH(QString, said);
    const QString name = newDatabaseName();
    if (filled) {
        const CliRun demo = cli({QStringLiteral("demo"), address(name),
                                 QStringLiteral("--families"), QStringLiteral("10")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }
    for (QString &grant : grants)
        grant = grant.arg(login);
    if (!grants.isEmpty())
        QCOMPARE(admin(grants, name), QString());
    const QString database = address(name, login);
    const QByteArray before = stateOf(address(name));
    const CliRun run = runOn(command, database);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(names(run.err, database), run.err.constData());
    QVERIFY2(run.err.contains(said.toUtf8()), run.err.constData());
    QCOMPARE(stateOf(address(name)), before);
}

void TestCliServerFaults::serverKilledMidway_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("import") << QStringLiteral("import");
    QTest::newRow("demo") << QStringLiteral("demo");
    QTest::newRow("export") << QStringLiteral("export");
}

void TestCliServerFaults::serverKilledMidway()
{
    QFETCH(QString, command);
    const QString name = newDatabaseName();
    const QString database = address(name);
    const bool exporting = command == QLatin1String("export");
    const QString package = m_dir->filePath(QStringLiteral("supervisie.duosup"));
    QStringList arguments{command, database};
    // The schema first (for an export, its data): the transaction the stop interrupts is the
    // command's own.
    const CliRun made =
        exporting
            ? cli({QStringLiteral("demo"), database, QStringLiteral("--families"),
                   QStringLiteral("3000"), QStringLiteral("--today"), QStringLiteral("2026-11-23")})
            : cli({QStringLiteral("init"), database});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    qint64 familiesBefore = 0;
    {
        auto db = Database::open(database, Database::Access::ReadOnly);
        DC_VERIFY_OK(db);
        familiesBefore = rowCount(*db.value(), QStringLiteral("families"));
    }
    if (exporting) {
        // A year of 3,000 families: its snapshot takes seconds to read.
        arguments << package << QStringLiteral("--from") << QStringLiteral("2025-11-24")
                  << QStringLiteral("--to") << QStringLiteral("2026-11-23");
    } else if (command == QLatin1String("import")) {
        const QString csv = m_dir->filePath(QStringLiteral("gezinnen.csv"));
        QVERIFY(writeFile(csv, FaultSupport::familiesCsv(KilledImportFamilies)));
        arguments << QStringLiteral("--families") << csv;
    } else {
        arguments << QStringLiteral("--families") << QStringLiteral("3000");
    }
    QProcess child;
    child.setProcessEnvironment(cliEnvironment(m_dir->path()));
    child.setWorkingDirectory(m_dir->path());
    child.start(QStringLiteral(DUOCOACH_CLI), arguments);
    QVERIFY(child.waitForStarted(10000));

    // The moment: the child's transaction has written (it holds a transaction id), or for an
    // export a second into its reading; seen through a connection of the test's own, closed
    // before the server goes.
    bool written = false;
    {
        const auto parsed = DatabaseAddress::parse(database);
        QSqlDatabase watch =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("w"));
        watch.setHostName(parsed->hostName());
        watch.setUserName(parsed->userName());
        watch.setDatabaseName(name);
        QVERIFY(watch.open());
        QSqlQuery query(watch);
        QElapsedTimer clock;
        clock.start();
        qint64 connectedAt = -1;
        while (!written && child.state() == QProcess::Running && clock.elapsed() < 60000) {
            QVERIFY(query.exec(
                QStringLiteral("SELECT count(*), count(backend_xid) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                               "AND backend_type = 'client backend'")));
            QVERIFY(query.next());
            if (connectedAt < 0 && query.value(0).toInt() > 0)
                connectedAt = clock.elapsed();
            written = exporting ? connectedAt >= 0 && clock.elapsed() >= connectedAt + 1000
                                : query.value(1).toInt() > 0;
            if (!written)
                child.waitForFinished(5);
        }
        query.finish();
        watch.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    QVERIFY2(written, "the child ended before its transaction wrote");

    QVERIFY(pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                   QStringLiteral("stop")}));
    QVERIFY(child.waitForFinished(60000));
    // Started again as scripts/pg-test-cluster starts it, whatever the checks below say.
    const bool restarted = pgCtl(
        {QStringLiteral("-l"), m_clusterDir + QStringLiteral("/server.log"), QStringLiteral("-w"),
         QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
         QStringLiteral("-k %1 -c listen_addresses= -c fsync=off").arg(m_clusterDir),
         QStringLiteral("start")});
    QVERIFY(restarted);

    const QByteArray err = child.readAllStandardError();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 2);
    const QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1, err.constData());
    QVERIFY2(names(err, database), err.constData());
    QVERIFY2(err.contains("connection") && err.contains("lost") &&
                 err.contains("nothing was saved"),
             err.constData());

    // The server rolled the transaction back: no family of it is there.
    auto db = Database::open(database, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("families")), familiesBefore);
    // No package, whole or half, and no temporary file beside it; an export's record (kept
    // from before the package is put in place) never says it completed.
    QVERIFY(!QFileInfo::exists(package));
    QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    left.removeAll(QStringLiteral("gezinnen.csv"));
    QCOMPARE(left, QStringList());
    QCOMPARE(db.value()
                 ->scalar(QStringLiteral(
                     "SELECT count(*) FROM supervision_exports WHERE status = 'completed'"))
                 ->toInt(),
             0);
    // Nor its entries in the access log, one a family imported.
    QCOMPARE(db.value()
                 ->scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'import'"))
                 ->toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestCliServerFaults)
#include "TestCliServerFaults.moc"
