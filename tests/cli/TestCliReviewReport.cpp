// duocoach-cli export --format pdf, run as a user runs it: the report is written without a
// display, logged as printed, leaves no package and no record of one, and bad requests are
// refused with one sentence and nothing written.

#include "CliRun.h"
#include "SupervisionWorld.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestCliReviewReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    void pdfReport();
    void refusals_data();
    void refusals();

private:
    CliRun cli(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    SupervisionWorld::World m_world;
};

void TestCliReviewReport::initTestCase_data()
{
    engines();
}

void TestCliReviewReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(DUOCOACH_CLI)).isExecutable(), DUOCOACH_CLI);
}

void TestCliReviewReport::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = newDatabase(*m_dir, QStringLiteral("source.duocoach"));
    auto db = Database::open(m_db);
    DC_VERIFY_OK(db);
    m_world = {};
    const QString error = SupervisionWorld::make(*db.value(), &m_world);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

CliRun TestCliReviewReport::cli(const QStringList &arguments)
{
    return runCli(QStringLiteral(DUOCOACH_CLI), arguments, m_dir->path());
}

void TestCliReviewReport::pdfReport()
{
    const QString pdf = path(QStringLiteral("report.pdf"));
    const CliRun run =
        cli({QStringLiteral("export"), m_db, pdf, QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
             QStringLiteral("2026-03-31"), QStringLiteral("--pseudonymize")});
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Report on 8 visits written to"), run.out.constData());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(bytes.size() > 10000);
    for (const QString &word : std::as_const(m_world.identifying))
        QVERIFY2(!bytes.contains(word.toUtf8()), qPrintable(word));

    // Logged as printed, once per family in it; no package was written, so none is recorded.
    auto db = Database::open(m_db, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    auto logged = db.value()->exec(QStringLiteral(
        "SELECT action, user_role, outcome, detail, count(DISTINCT family_id), count(*) "
        "FROM access_log WHERE detail LIKE '%pdf_report%' GROUP BY 1, 2, 3, 4"));
    DC_VERIFY_OK(logged);
    QVERIFY(logged.value()->next());
    QCOMPARE(logged.value()->value(0).toString(), QStringLiteral("print"));
    QCOMPARE(logged.value()->value(1).toString(), QStringLiteral("cli"));
    QCOMPARE(logged.value()->value(2).toString(), QStringLiteral("success"));
    QCOMPARE(logged.value()->value(3).toString(), QStringLiteral("pdf_report"));
    QCOMPARE(logged.value()->value(4).toInt(), 2);
    QCOMPARE(logged.value()->value(5).toInt(), 2);
    QVERIFY(!logged.value()->next());
    QCOMPARE(rowCount(*db.value(), QStringLiteral("supervision_exports")), 0);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.duosup*")}, QDir::Files).size(), 0);
}

void TestCliReviewReport::refusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("output"); // in the test folder; DB: the database itself
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    const QString pdf = QStringLiteral("report.pdf");
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-03-31")};
    // A period that cannot be one is a usage error, as for every export format.
    QTest::newRow("period backwards")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-31"),
                       QStringLiteral("--to"), QStringLiteral("2026-02-01")}
        << pdf << 1 << QStringLiteral("--to must not lie before --from.");
    QTest::newRow("no period") << QStringList{} << pdf << 1
                               << QStringLiteral("--from and --to need dates like 2026-03-01.");
    QTest::newRow("not a date") << QStringList{QStringLiteral("--from"), QStringLiteral("1-2-2026"),
                                               QStringLiteral("--to"), QStringLiteral("2026-03-31")}
                                << pdf << 1
                                << QStringLiteral("--from and --to need dates like 2026-03-01.");
    QTest::newRow("unknown duo") << (period +
                                     QStringList{QStringLiteral("--duo"), QStringLiteral("77")})
                                 << pdf << 2 << QStringLiteral("There is no duo with number 77.");
    QTest::newRow("over the database") << period << QStringLiteral("DB") << 2
                                       << QStringLiteral("cannot be written over the database");
    QTest::newRow("missing folder") << period << QStringLiteral("gone/report.pdf") << 2
                                    << QStringLiteral("Could not write the report \"report.pdf\"");
    QTest::newRow("encrypted") << (period + QStringList{QStringLiteral("--passphrase-file"),
                                                        QStringLiteral("p.txt")})
                               << pdf << 1
                               << QStringLiteral("Only a supervision package can be encrypted.");
}

void TestCliReviewReport::refusals()
{
    QFETCH(QStringList, options);
    QFETCH(QString, output);
    QFETCH(int, exit);
    QFETCH(QString, message);
    if (onServer() && output == QLatin1String("DB"))
        QSKIP("Writing a report over the database is a danger to a file only: a server "
              "database has no path an output could name.");
    const QString out = output == QLatin1String("DB") ? m_db : path(output);
    if (!onServer())
        QVERIFY(backdate(m_db));
    const QByteArray before = stateOf(m_db);
    const CliRun run = cli(QStringList{QStringLiteral("export"), m_db, out,
                                       QStringLiteral("--format"), QStringLiteral("pdf")} +
                           options);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, exit);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    if (out != m_db)
        QVERIFY(!QFileInfo::exists(out));
    // Nothing written, nothing logged.
    QCOMPARE(stateOf(m_db), before);
}

QTEST_GUILESS_MAIN(TestCliReviewReport)
#include "TestCliReviewReport.moc"
