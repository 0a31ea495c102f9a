// `duocoach --smoke` as packaging and CI run it: a separate process that opens the database,
// paints the main window and exits 0 silently, or exits 2 with the refusal on stderr.

#include "UiTestSupport.h"

#include <QProcess>
#include <QTest>

class TestSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        UiTestSupport::quietPlatformNotes();
        UiTestSupport::isolateSettings();
    }
    void init();

    void opensAndPaints_data();
    void opensAndPaints();
    void refusedDatabase_data();
    void refusedDatabase();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run smoke(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSmoke::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestSmoke::Run TestSmoke::smoke(const QStringList &arguments)
{
    QProcess process;
    // A home of its own: the run must not read or write the developer's settings or files.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DUOCOACH_GUI), QStringList{QStringLiteral("--smoke")} + arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestSmoke::opensAndPaints_data()
{
    QTest::addColumn<bool>("withDemoData");
    QTest::newRow("demo database") << true;
    QTest::newRow("new, empty database: no demo question in a smoke run") << false;
}

void TestSmoke::opensAndPaints()
{
    QFETCH(bool, withDemoData);
    const QString path = m_dir->filePath(QStringLiteral("smoke.sqlite"));
    if (withDemoData)
        DC_VERIFY_OK(UiTestSupport::demoDatabase(path, 30));
    const Run run = smoke({QStringLiteral("--database"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err, QByteArray());
    QVERIFY(QFileInfo::exists(path));
}

void TestSmoke::refusedDatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("a text file") << QByteArray("not a database\n");
    QTest::newRow("another program's SQLite file") << QByteArray();
}

void TestSmoke::refusedDatabase()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir->filePath(QStringLiteral("refused.sqlite"));
    if (content.isEmpty()) {
        const QString problem = TestSupport::rawExec(
            path, {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY(TestSupport::writeFile(path, content));
    }
    const TestSupport::FileState before = TestSupport::fileState(path);
    auto expected = Database::open(path);
    QVERIFY(!expected);

    const Run run = smoke({QStringLiteral("--database"), path});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QString::fromUtf8(run.err), expected.message() + QLatin1Char('\n'));
    QCOMPARE(run.out, QByteArray());
    QVERIFY(TestSupport::fileState(path) == before);
}

QTEST_MAIN(TestSmoke)
#include "TestSmoke.moc"
