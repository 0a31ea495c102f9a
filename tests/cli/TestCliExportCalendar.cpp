// duocoach-cli export --format ics as a user runs it: a calendar of the visits asked for and a
// count that matches it (exit 0), the families' addresses in it only with --with-address, usage
// errors (1), and databases or files it cannot use (2), each with one sentence that names the
// file, no calendar file left behind, and the database never touched.

#include "CliRun.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QString From = QStringLiteral("2026-11-23");
const QString To = QStringLiteral("2027-02-22");

// Text as an iCalendar TEXT value carries it (RFC 5545 3.3.11).
QByteArray escaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char(';'), QLatin1String("\\;"))
        .replace(QLatin1Char(','), QLatin1String("\\,"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return out.toUtf8();
}
} // namespace

class TestCliExportCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    void exports_data();
    void exports();
    void usageErrors_data();
    void usageErrors();
    void refusals_data();
    void refusals();

private:
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(DUOCOACH_CLI), arguments, m_dir->path());
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Visits in the period, counted by core's own SQL: of one duo, one worker's duos, or all.
    int visitsOf(const QString &what, qint64 id) const;

    // One demo database an engine, made when its first test runs and shared by the rest.
    struct Demo
    {
        QString address;
        qint64 worker = 0;
        qint64 duo = 0;
    };
    void makeDemo(Demo *demo);

    QTemporaryDir m_demoDir;
    QHash<QString, Demo> m_demos; // by engine
    QString m_demo;
    qint64 m_worker = 0;
    qint64 m_duo = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliExportCalendar::initTestCase_data()
{
    engines();
}

void TestCliExportCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(DUOCOACH_CLI)).isExecutable(), DUOCOACH_CLI);
    QVERIFY(m_demoDir.isValid());
}

void TestCliExportCalendar::makeDemo(Demo *made)
{
    made->address = newDatabase(m_demoDir, QStringLiteral("demo.duocoach"));
    const CliRun demo =
        runCli(QStringLiteral(DUOCOACH_CLI),
               {QStringLiteral("demo"), made->address, QStringLiteral("--seed"),
                QStringLiteral("1"), QStringLiteral("--today"), QStringLiteral("2026-11-23")},
               m_demoDir.path());
    QVERIFY2(demo.exitCode == 0, demo.err.constData());

    // The worker and the duo with the most visits in the period.
    auto db = Database::open(made->address, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    const QVariantList period{From, QStringLiteral("2027-02-23")};
    auto worker = db.value()->scalar(
        QStringLiteral("SELECT d.trusted_person_id FROM visits v JOIN duos d ON d.id = v.duo_id "
                       "WHERE v.starts_at >= ? AND v.starts_at < ? GROUP BY 1 "
                       "ORDER BY count(*) DESC, 1 LIMIT 1"),
        period);
    DC_VERIFY_OK(worker);
    made->worker = worker->toLongLong();
    auto duo = db.value()->scalar(
        QStringLiteral("SELECT duo_id FROM visits WHERE starts_at >= ? AND starts_at < ? "
                       "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"),
        period);
    DC_VERIFY_OK(duo);
    made->duo = duo->toLongLong();
    QVERIFY(made->worker > 0 && made->duo > 0);
}

void TestCliExportCalendar::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString engine = onServer() ? QStringLiteral("server") : QStringLiteral("file");
    if (!m_demos.contains(engine)) {
        Demo demo;
        makeDemo(&demo);
        if (QTest::currentTestFailed())
            return;
        m_demos.insert(engine, demo);
    }
    const Demo &demo = m_demos.value(engine);
    m_demo = demo.address;
    m_worker = demo.worker;
    m_duo = demo.duo;
}

int TestCliExportCalendar::visitsOf(const QString &what, qint64 id) const
{
    auto db = Database::open(m_demo, Database::Access::ReadOnly);
    if (!db)
        return -1;
    QString sql = QStringLiteral("SELECT count(*) FROM visits v WHERE v.starts_at >= ? "
                                 "AND v.starts_at < ?");
    QVariantList binds{From, QStringLiteral("2027-02-23")};
    if (what == QLatin1String("duo")) {
        sql += QStringLiteral(" AND v.duo_id = ?");
        binds << id;
    } else if (what == QLatin1String("worker")) {
        sql += QStringLiteral(" AND v.duo_id IN (SELECT id FROM duos WHERE trusted_person_id = ? "
                              "OR professional_id = ?)");
        binds << id << id;
    }
    auto count = db.value()->scalar(sql, binds);
    return count ? count->toInt() : -1;
}

void TestCliExportCalendar::exports_data()
{
    QTest::addColumn<QString>("what"); // all, duo, worker
    QTest::addColumn<bool>("withAddress");
    QTest::newRow("every visit") << QStringLiteral("all") << false;
    QTest::newRow("one duo") << QStringLiteral("duo") << false;
    QTest::newRow("one worker") << QStringLiteral("worker") << false;
    QTest::newRow("one worker, with the address") << QStringLiteral("worker") << true;
}

void TestCliExportCalendar::exports()
{
    QFETCH(QString, what);
    QFETCH(bool, withAddress);
    const QString out = path(QStringLiteral("visits.ics"));
    QStringList arguments{QStringLiteral("export"),
                          m_demo,
                          out,
                          QStringLiteral("--format"),
                          QStringLiteral("ics"),
                          QStringLiteral("--from"),
                          From,
                          QStringLiteral("--to"),
                          To};
    qint64 id = 0;
    if (what == QLatin1String("duo"))
        id = m_duo;
    else if (what == QLatin1String("worker"))
        id = m_worker;
    if (id)
        arguments << QLatin1String("--") + what << QString::number(id);
    if (withAddress)
        arguments << QStringLiteral("--with-address");
    // Exporting only reads the families' data; it adds one access-log entry per family.
    auto dataAndLog = [this] {
        auto db = Database::open(m_demo, Database::Access::ReadOnly);
        return qMakePair(db ? contentHash(*db.value()) : QByteArray(),
                         db ? rowCount(*db.value(), QStringLiteral("access_log")) : -1);
    };
    const auto before = dataAndLog();

    const CliRun run = cli(arguments);
    QVERIFY(!run.crashed);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    const int expected = visitsOf(what, id);
    QVERIFY(expected > 0);
    QCOMPARE(QString::fromUtf8(run.out).trimmed(),
             QStringLiteral("%1 visits written to %2.").arg(expected).arg(out));

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(bytes.count("\r\nBEGIN:VEVENT\r\n"), expected);
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
    QCOMPARE(permissions(out), OwnerOnly);
    const auto after = dataAndLog();
    QCOMPARE(after.first, before.first);
    QVERIFY(after.second > before.second);
    // Demo families have names and addresses; the calendar names none of them.
    auto db = Database::open(m_demo, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    const int families =
        db.value()
            ->scalar(
                QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'export' AND "
                               "detail = ? AND user_role = 'cli' AND id > ?"),
                {withAddress ? QStringLiteral("calendar_with_address") : QStringLiteral("calendar"),
                 before.second})
            ->toInt();
    QCOMPARE(families, after.second - before.second);
    // The street only with --with-address; the family name never.
    auto names = db.value()->exec(QStringLiteral("SELECT family_name, street FROM families"));
    DC_VERIFY_OK(names);
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "");
    while (names.value()->next())
        for (int column = 0; column < (withAddress ? 1 : 2); ++column) {
            const QByteArray secret = names.value()->value(column).toString().toUtf8();
            QVERIFY2(secret.isEmpty() || !unfolded.contains(secret), secret.constData());
        }
    if (!withAddress) {
        QVERIFY(!unfolded.contains("\r\nLOCATION"));
        return;
    }
    // Each event's location is its family's address as a Dutch address line, escaped. Demo
    // families have a street, a postcode and a city.
    auto addresses = db.value()->exec(
        QStringLiteral("SELECT v.id, f.street, f.postcode, f.city FROM visits v "
                       "JOIN families f ON f.id = v.family_id WHERE v.starts_at >= ? "
                       "AND v.starts_at < ?"),
        {From, QStringLiteral("2027-02-23")});
    DC_VERIFY_OK(addresses);
    QHash<QByteArray, QByteArray> locations; // by UID up to its '@'
    while (addresses.value()->next())
        locations.insert("visit-" + QByteArray::number(addresses.value()->value(0).toLongLong()),
                         "LOCATION:" + escaped(QStringLiteral("%1, %2 %3")
                                                   .arg(addresses.value()->value(1).toString(),
                                                        addresses.value()->value(2).toString(),
                                                        addresses.value()->value(3).toString())));
    int located = 0;
    QByteArray uid;
    for (const QByteArray &line : unfolded.split('\n')) {
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        if (content.startsWith("UID:"))
            uid = content.mid(4, content.indexOf('@') - 4);
        if (content.startsWith("LOCATION")) {
            QVERIFY2(locations.contains(uid), uid.constData());
            QCOMPARE(content, locations.value(uid));
            ++located;
        }
        if (content == "END:VEVENT")
            uid.clear();
    }
    QCOMPARE(located, expected);
}

void TestCliExportCalendar::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const QString ics = QStringLiteral("ics");
    QTest::newRow("no period") << QStringList{QStringLiteral("--format"), ics}
                               << QStringLiteral("--from and --to need dates like 2026-03-01.");
    QTest::newRow("period backwards")
        << QStringList{QStringLiteral("--format"), ics, QStringLiteral("--from"), To,
                       QStringLiteral("--to"),     From}
        << QStringLiteral("--to must not lie before --from.");
    QTest::newRow("duo and worker") << QStringList{QStringLiteral("--format"), ics,
                                                   QStringLiteral("--from"),   From,
                                                   QStringLiteral("--to"),     To,
                                                   QStringLiteral("--duo"),    QStringLiteral("1"),
                                                   QStringLiteral("--worker"), QStringLiteral("1")}
                                    << QStringLiteral("Give --duo or --worker, not both.");
    QTest::newRow("worker not a number")
        << QStringList{QStringLiteral("--format"), ics,
                       QStringLiteral("--from"),   From,
                       QStringLiteral("--to"),     To,
                       QStringLiteral("--worker"), QStringLiteral("Fatima")}
        << QStringLiteral("--worker needs the number of a worker.");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("--format"), QStringLiteral("ical"),
                       QStringLiteral("--from"),   From,
                       QStringLiteral("--to"),     To}
        << QStringLiteral("--format must be one of package, csv, ics or pdf.");
    QTest::newRow("address in a package")
        << QStringList{QStringLiteral("--from"), From, QStringLiteral("--to"), To,
                       QStringLiteral("--with-address")}
        << QStringLiteral("Only a calendar (--format ics) can carry the address.");
    QTest::newRow("address and pseudonymised")
        << QStringList{QStringLiteral("--format"),       ics,
                       QStringLiteral("--from"),         From,
                       QStringLiteral("--to"),           To,
                       QStringLiteral("--with-address"), QStringLiteral("--pseudonymize")}
        << QStringLiteral("Give --with-address or --pseudonymize, not both.");
}

void TestCliExportCalendar::usageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString out = path(QStringLiteral("visits.ics"));
    const CliRun run = cli(QStringList{QStringLiteral("export"), m_demo, out} + options);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().value(0), message);
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliExportCalendar::refusals_data()
{
    QTest::addColumn<QString>("database"); // demo, missing, foreign, older
    QTest::addColumn<QString>("output");   // a file name in the test folder
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("named"); // what the one sentence must name
    // "DB" stands for: the database of the row's engine must be named.
    QTest::newRow("no such database") << QStringLiteral("missing") << QStringLiteral("visits.ics")
                                      << QStringList() << QStringLiteral("DB");
    QTest::newRow("a database of another program")
        << QStringLiteral("foreign") << QStringLiteral("visits.ics") << QStringList()
        << QStringLiteral("DB");
    QTest::newRow("an older database") << QStringLiteral("older") << QStringLiteral("visits.ics")
                                       << QStringList() << QStringLiteral("DB");
    QTest::newRow("unknown duo") << QStringLiteral("demo") << QStringLiteral("visits.ics")
                                 << QStringList{QStringLiteral("--duo"), QStringLiteral("99999")}
                                 << QStringLiteral("DB");
    QTest::newRow("unknown worker")
        << QStringLiteral("demo") << QStringLiteral("visits.ics")
        << QStringList{QStringLiteral("--worker"), QStringLiteral("99999")} << QStringLiteral("DB");
    QTest::newRow("folder that is not there")
        << QStringLiteral("demo") << QStringLiteral("no-such-folder/visits.ics") << QStringList()
        << QStringLiteral("no-such-folder/visits.ics");
}

void TestCliExportCalendar::refusals()
{
    QFETCH(QString, database);
    QFETCH(QString, output);
    QFETCH(QStringList, filter);
    QFETCH(QString, named);
    QString db = m_demo;
    if (database == QLatin1String("missing") && onServer()) {
        db = missingServerDatabase(newDatabase(*m_dir, QStringLiteral("missing.duocoach")));
    } else if (database == QLatin1String("older") && onServer()) {
        // A server database began at the latest format; the one before it it never had.
        db = newDatabase(*m_dir, QStringLiteral("older.duocoach"));
        QCOMPARE(cli({QStringLiteral("init"), db}).exitCode, 0);
        QCOMPARE(rawExec(db, {QStringLiteral("UPDATE duocoach_schema SET version = %1")
                                  .arg(Migrations::latestVersion() - 1)}),
                 QString());
    } else if (database != QLatin1String("demo")) {
        db = newDatabase(*m_dir, database + QStringLiteral(".duocoach"));
        if (database == QLatin1String("foreign")) {
            QCOMPARE(rawExec(db, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, "
                                                 "text TEXT)")}),
                     QString());
        } else if (database == QLatin1String("older")) {
            QSqlDatabase older =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            older.setDatabaseName(db);
            QVERIFY(older.open());
            DC_VERIFY_OK(Migrations::migrate(older, 0, Migrations::latestVersion() - 1));
            older.close();
            older = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("older"));
        }
    }
    const bool existed = QFileInfo::exists(db);
    if (existed)
        QVERIFY(backdate(db));
    const QByteArray before = stateOf(db);
    const QString out = path(output);

    const CliRun run = cli(QStringList{QStringLiteral("export"), db, out,
                                       QStringLiteral("--format"), QStringLiteral("ics"),
                                       QStringLiteral("--from"), From, QStringLiteral("--to"), To} +
                           filter);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    if (named == QLatin1String("DB"))
        QVERIFY2(names(run.errLines().first().toUtf8(), db), run.err.constData());
    else
        QVERIFY2(run.errLines().first().contains(named), run.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(QFileInfo::exists(db), existed);
    QCOMPARE(stateOf(db), before);
    // Nothing half-written beside the calendar either.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.ics*")}, QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestCliExportCalendar)
#include "TestCliExportCalendar.moc"
