// The CSV visit log for Dutch Excel (issue 5): RFC 4180 with semicolons, UTF-8 with a BOM,
// CRLF; quoting of ; " CR LF; a guard against formulas; no family name or address, reasons
// masked; read back by the project's strict CSV reader to the same cells.

#include "SupervisionWorld.h"
#include "TestSupport.h"

#include "exchange/CsvReader.h"
#include "exchange/VisitLogCsv.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestVisitLogCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void field_data();
    void field();
    void writesTheVisitLog();
    void awkwardReasonsSurviveTheRoundTrip_data();
    void awkwardReasonsSurviveTheRoundTrip();
    void unwritableTargetLeavesNothing();
    void familyWithoutConsentIsLeftOut_data();
    void familyWithoutConsentIsLeftOut();

private:
    Result<qint64> write(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SupervisionWorld::World m_world;
};

void TestVisitLogCsv::initTestCase_data()
{
    TestSupport::engines();
}

void TestVisitLogCsv::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVisitLogCsv::init()
{
    failOnWarnings();
    if (qstrcmp(QTest::currentTestFunction(), "field") == 0)
        return; // needs no database
    const QString error = SupervisionWorld::makeInFolder(&m_dir, &m_db, &m_world);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestVisitLogCsv::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<qint64> TestVisitLogCsv::write(const QString &file)
{
    ExportRequest request;
    request.from = SupervisionWorld::from();
    request.to = SupervisionWorld::to();
    return VisitLogCsv::write(*m_db, file, request);
}

void TestVisitLogCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("Niemand thuis") << true
                           << QByteArray("Niemand thuis");
    QTest::newRow("empty") << QString() << true << QByteArray();
    QTest::newRow("semicolon") << QStringLiteral("ziek; belt") << true
                               << QByteArray("\"ziek; belt\"");
    QTest::newRow("comma stays bare")
        << QStringLiteral("ziek, belt") << true << QByteArray("ziek, belt");
    QTest::newRow("quote") << QStringLiteral("zei \"nee\"") << true
                           << QByteArray("\"zei \"\"nee\"\"\"");
    QTest::newRow("LF") << QStringLiteral("regel\nregel") << true << QByteArray("\"regel\nregel\"");
    QTest::newRow("CR") << QStringLiteral("regel\rregel") << true << QByteArray("\"regel\rregel\"");
    QTest::newRow("CRLF") << QStringLiteral("regel\r\nregel") << true
                          << QByteArray("\"regel\r\nregel\"");
    QTest::newRow("non-ASCII") << QStringLiteral("Öztürk ı ë €") << true
                               << QStringLiteral("Öztürk ı ë €").toUtf8();
    // CSV injection: text that Excel would run as a formula gets an apostrophe.
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")") << true
                       << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("+") << QStringLiteral("+31 6 1234") << true << QByteArray("'+31 6 1234");
    QTest::newRow("-") << QStringLiteral("-2 uur te laat") << true << QByteArray("'-2 uur te laat");
    QTest::newRow("@") << QStringLiteral("@SUM(1)") << true << QByteArray("'@SUM(1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << true << QByteArray("'\t=1");
    QTest::newRow("CR first") << QStringLiteral("\r=1") << true << QByteArray("\"'\r=1\"");
    QTest::newRow("= with ;") << QStringLiteral("=1;2") << true << QByteArray("\"'=1;2\"");
    QTest::newRow("= later") << QStringLiteral("a=b") << true << QByteArray("a=b");
    QTest::newRow("no guard for our own text") << QStringLiteral("-") << false << QByteArray("-");
}

void TestVisitLogCsv::field()
{
    QFETCH(QString, text);
    QFETCH(bool, guard);
    QFETCH(QByteArray, expected);
    QByteArray out("x;");
    VisitLogCsv::appendField(out, text, guard);
    QCOMPARE(out, QByteArray("x;") + expected);
}

void TestVisitLogCsv::writesTheVisitLog()
{
    const QString file = m_dir->filePath(QStringLiteral("log.csv"));
    auto written = write(file);
    DC_VERIFY_OK(written);
    QCOMPARE(written.value(), qint64(m_world.visitsInPeriod));
    QCOMPARE(permissions(file) & QFileDevice::WriteOther, QFileDevice::Permissions());

    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    // Every line ends in CRLF (no reason here holds a line break).
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
    QCOMPARE(bytes.count("\r\n"), m_world.visitsInPeriod + 1);
    const QString text = QString::fromUtf8(bytes);
    for (const QString &term : m_world.identifying)
        QVERIFY2(!text.contains(term, Qt::CaseInsensitive), qPrintable(term));

    auto table = CsvReader::parse(bytes, QStringLiteral("log.csv"));
    DC_VERIFY_OK(table);
    QCOMPARE(CsvReader::detectSeparator(bytes), ';');
    QCOMPARE(table->header,
             QStringList({QStringLiteral("Date"), QStringLiteral("Time"),
                          QStringLiteral("Duration (minutes)"), QStringLiteral("Case code"),
                          QStringLiteral("Duo"), QStringLiteral("Trusted person"),
                          QStringLiteral("Professional"), QStringLiteral("Status"),
                          QStringLiteral("Reason"), QStringLiteral("Trusted person present"),
                          QStringLiteral("Professional present"), QStringLiteral("Both present"),
                          QStringLiteral("Report"), QStringLiteral("Safety concerns")}));
    QCOMPARE(table->rows.size(), m_world.visitsInPeriod);
    for (const CsvRow &row : table->rows)
        QCOMPARE(row.cells.size(), table->header.size());
    // Oldest first; the first visit of the period, done by both.
    const QStringList first = table->rows.first().cells;
    QCOMPARE(first,
             QStringList({QStringLiteral("2026-02-03"), QStringLiteral("10:00"),
                          QStringLiteral("60"), m_world.fixture.family.caseCode,
                          QString::number(m_world.fixture.duoA), QStringLiteral("Fatima El Amrani"),
                          QStringLiteral("Marieke van Dijk"), QStringLiteral("Done"), QString(),
                          QStringLiteral("yes"), QStringLiteral("yes"), QStringLiteral("yes"),
                          QStringLiteral("yes"), QStringLiteral("0")}));
    QStringList reasons;
    for (const CsvRow &row : table->rows)
        if (!row.cells.at(8).isEmpty())
            reasons << row.cells.at(7) + QStringLiteral(": ") + row.cells.at(8);
    QCOMPARE(reasons, QStringList({QStringLiteral("Cancelled: [name] was ziek"),
                                   QStringLiteral("No-show: Niemand thuis"),
                                   QStringLiteral("Cancelled: Familie [name] op vakantie; [name] "
                                                  "belt terug")}));
    // The visit with a safety concern says so.
    QVERIFY(text.contains(QStringLiteral("2026-03-03;10:00;60;")));
    QVERIFY(text.contains(QStringLiteral(";Done;;yes;no;no;yes;1\r\n")));
}

void TestVisitLogCsv::awkwardReasonsSurviveTheRoundTrip_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("cell"); // as a spreadsheet reads it back
    QTest::newRow("semicolon and quote")
        << QStringLiteral("ziek; zei \"later\"") << QStringLiteral("ziek; zei \"later\"");
    QTest::newRow("line break") << QStringLiteral("ziek\nbelt morgen")
                                << QStringLiteral("ziek\nbelt morgen");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\";\"klik\")")
                             << QStringLiteral("'=HYPERLINK(\"http://x\";\"klik\")");
    QTest::newRow("minus") << QStringLiteral("-ziek") << QStringLiteral("'-ziek");
    QTest::newRow("name in it") << QStringLiteral("Rayan ziek; Nora belt")
                                << QStringLiteral("[name] ziek; [name] belt");
    // Issue 13, point 8: another family's name and address, other spellings of the own.
    QTest::newRow("neighbours named")
        << QStringLiteral("Bij de buren Öztürk–Demir, Kanaalstraat 40, 2-hoog")
        << QStringLiteral("Bij de buren [name], [address]");
    QTest::newRow("invisible characters and decomposed letters")
        << QStringLiteral("Bou\u200Bzid weg, O\u0308ztu\u0308rk ook")
        << QStringLiteral("[name] weg, [name] ook");
}

void TestVisitLogCsv::awkwardReasonsSurviveTheRoundTrip()
{
    QFETCH(QString, reason);
    QFETCH(QString, cell);
    auto set = m_db->exec(QStringLiteral("UPDATE visits SET status_reason = ? WHERE starts_at = "
                                         "'2026-02-10T10:00:00'"),
                          {reason});
    DC_VERIFY_OK(set);
    const QString file = m_dir->filePath(QStringLiteral("awkward.csv"));
    DC_VERIFY_OK(write(file));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    auto table = CsvReader::parse(in.readAll(), QStringLiteral("awkward.csv"));
    DC_VERIFY_OK(table);
    QCOMPARE(table->rows.size(), m_world.visitsInPeriod);
    bool found = false;
    for (const CsvRow &row : table->rows) {
        QCOMPARE(row.cells.size(), 14);
        if (row.cells.at(0) == QLatin1String("2026-02-10")) {
            QCOMPARE(row.cells.at(8), cell);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestVisitLogCsv::unwritableTargetLeavesNothing()
{
    const QString file = m_dir->filePath(QStringLiteral("missing/log.csv"));
    auto written = write(file);
    QVERIFY(!written.ok());
    QVERIFY2(written.message().contains(QStringLiteral("log.csv")), qPrintable(written.message()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("missing"))));
    ExportRequest reversed;
    reversed.from = SupervisionWorld::to();
    reversed.to = SupervisionWorld::from();
    auto refused = VisitLogCsv::write(*m_db, m_dir->filePath(QStringLiteral("r.csv")), reversed);
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("r.csv"))));
}

void TestVisitLogCsv::familyWithoutConsentIsLeftOut_data()
{
    QTest::addColumn<QDate>("on");
    QTest::addColumn<bool>("leftOut");
    // Its consent to a supervision export was withdrawn on 2026-03-25 (SupervisionWorld).
    QTest::newRow("after withdrawal") << QDate(2026, 4, 2) << true;
    QTest::newRow("before withdrawal") << QDate(2026, 3, 24) << false;
}

void TestVisitLogCsv::familyWithoutConsentIsLeftOut()
{
    // The CSV goes to the managers a supervision package goes to: the same families stay out.
    QFETCH(QDate, on);
    QFETCH(bool, leftOut);
    QString error;
    QVERIFY2(SupervisionWorld::addFamilyWithoutConsent(*m_db, m_world, &error) > 0,
             qPrintable(error));
    ExportRequest request;
    request.from = SupervisionWorld::from();
    request.to = SupervisionWorld::to();
    const QString file = m_dir->filePath(QStringLiteral("consent.csv"));
    auto written = VisitLogCsv::write(*m_db, file, request, on);
    DC_VERIFY_OK(written);
    QCOMPARE(written.value(), qint64(m_world.visitsInPeriod + (leftOut ? 0 : 2)));
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    QVERIFY(bytes.contains("G-2026-0001"));
    QCOMPARE(bytes.contains(SupervisionWorld::unconsentedCaseCode().toUtf8()), !leftOut);
    QCOMPARE(bytes.count("\r\n"), written.value() + 1);
}

QTEST_GUILESS_MAIN(TestVisitLogCsv)
#include "TestVisitLogCsv.moc"
