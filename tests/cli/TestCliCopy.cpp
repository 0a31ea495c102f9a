// duocoach-cli copy (issue 14): a whole database from a file to an empty server database and
// from a server to a new file, through the real binary. All or nothing; ids, case codes, the
// database identity and the whole access log kept, plus one log entry for the copy itself.

#include "CliRun.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/FamilyStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
using Run = CliRun;

// The rows contentHash leaves out because they say which database it is and who touched it:
// here they must travel too.
QByteArray identityAndLog(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery rows(db.connection());
    rows.exec(QStringLiteral("SELECT identity FROM database_identity"));
    while (rows.next())
        hash.addData(rows.value(0).toString().toUtf8());
    rows.exec(QStringLiteral("SELECT * FROM access_log ORDER BY id"));
    while (rows.next()) {
        for (int i = 0; i < rows.record().count(); ++i)
            hash.addData(rows.value(i).isNull() ? QByteArray("\x01NULL\x1f")
                                                : rows.value(i).toString().toUtf8() + '\x1f');
        hash.addData(QByteArray("\x1e", 1));
    }
    return hash.result().toHex();
}

struct Snapshot
{
    QByteArray content;
    QByteArray identityAndLog;
    qint64 logEntries = 0;
    QString lastLogDetail;
};

Snapshot snapshotOf(const QString &address)
{
    Snapshot snapshot;
    auto db = Database::open(address, Database::Access::ReadOnly);
    if (!db) {
        QTest::qFail(qPrintable(db.message()), __FILE__, __LINE__);
        return snapshot;
    }
    snapshot.content = contentHash(*db.value());
    snapshot.identityAndLog = identityAndLog(*db.value());
    const Database &opened = *db.value();
    snapshot.logEntries =
        opened.scalar(QStringLiteral("SELECT count(*) FROM access_log"))->toLongLong();
    snapshot.lastLogDetail =
        opened.scalar(QStringLiteral("SELECT detail FROM access_log ORDER BY id DESC LIMIT 1"))
            ->toString();
    return snapshot;
}
} // namespace

class TestCliCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void fileToServerAndBack();
    void newRowsAfterACopyGetNewIds();
    void refusesFilledTarget_data();
    void refusesFilledTarget();
    void refusesExistingFile();
    void failedCopyLeavesTargetEmpty();
    void usage();

private:
    Run cli(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString demoFile(const QString &name);
    QString serverCopyOf(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliCopy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(DUOCOACH_CLI)).isExecutable(), DUOCOACH_CLI);
}

void TestCliCopy::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestCliCopy::cli(const QStringList &arguments)
{
    return runCli(QStringLiteral(DUOCOACH_CLI), arguments, m_dir->path());
}

QString TestCliCopy::demoFile(const QString &name)
{
    const QString file = path(name);
    const Run run = cli({QStringLiteral("demo"), file, QStringLiteral("--families"),
                         QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("7"),
                         QStringLiteral("--today"), QStringLiteral("2026-06-30")});
    if (run.exitCode != 0)
        QTest::qFail(run.err.constData(), __FILE__, __LINE__);
    return file;
}

QString TestCliCopy::serverCopyOf(const QString &file)
{
    const QString server = newServerDatabase(*m_dir, QStringLiteral("copy"));
    const Run run = cli({QStringLiteral("copy"), file, server});
    if (run.exitCode != 0)
        QTest::qFail(run.err.constData(), __FILE__, __LINE__);
    return server;
}

void TestCliCopy::fileToServerAndBack()
{
    const QString file = demoFile(QStringLiteral("team.duocoach"));
    {
        // Text as people type it, and as COPY's text format must escape it, crosses both ways.
        auto db = Database::open(file);
        DC_VERIFY_OK(db);
        DC_VERIFY_OK(db.value()->exec(
            QStringLiteral("UPDATE visit_reports SET notes = ? WHERE visit_id = "
                           "(SELECT min(visit_id) FROM visit_reports)"),
            {QString::fromUtf8("tab\there\nnew line\r\nback\\slash \\N \\t end\\")}));
        DC_VERIFY_OK(
            db.value()->exec(QStringLiteral("UPDATE families SET family_name = ? WHERE id = "
                                            "(SELECT min(id) FROM families)"),
                             {QString::fromUtf8("Öztürk-Yılmaz & Dağ \x07 \\N")}));
        DC_VERIFY_OK(db.value()->exec(
            QStringLiteral("UPDATE families SET street = '' WHERE id = (SELECT max(id) FROM "
                           "families)")));
    }
    const Snapshot before = snapshotOf(file);
    const QString server = newServerDatabase(*m_dir, QStringLiteral("team"));

    Run run = cli({QStringLiteral("copy"), file, server});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY2(run.out.startsWith("Copied team.duocoach to "), run.out.constData());
    QVERIFY2(run.out.contains("the access log included"), run.out.constData());
    // The file's identity and log, byte for byte, on the server.
    QCOMPARE(snapshotOf(server).identityAndLog, snapshotOf(file).identityAndLog);

    const QString back = path(QStringLiteral("laptop.duocoach"));
    run = cli({QStringLiteral("copy"), server, back});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(permissions(back), OwnerOnly);

    // Every row the same on all three, ids and case codes included.
    const Snapshot source = snapshotOf(file);
    const Snapshot onServer = snapshotOf(server);
    const Snapshot returned = snapshotOf(back);
    QCOMPARE(source.content, before.content);
    QCOMPARE(onServer.content, source.content);
    QCOMPARE(returned.content, source.content);
    // A copy is logged where it is taken from, before it is read, so the copy holds that
    // entry too: the file logged the first copy, the server that and the second.
    QCOMPARE(source.logEntries, before.logEntries + 1);
    QCOMPARE(source.lastLogDetail, QStringLiteral("database_copy"));
    QCOMPARE(onServer.logEntries, source.logEntries + 1);
    QCOMPARE(onServer.lastLogDetail, QStringLiteral("database_copy"));
    // The identity and the whole log of the server, byte for byte, in the file back.
    QCOMPARE(returned.identityAndLog, onServer.identityAndLog);

    // What a user compares: stats --json of the three sides.
    const QByteArray stats = cli({QStringLiteral("stats"), file, QStringLiteral("--json")}).out;
    QVERIFY(stats.contains("\"families\""));
    QCOMPARE(cli({QStringLiteral("stats"), server, QStringLiteral("--json")}).out, stats);
    QCOMPARE(cli({QStringLiteral("stats"), back, QStringLiteral("--json")}).out, stats);
    QCOMPARE(cli({QStringLiteral("check"), back}).exitCode, 0);
}

void TestCliCopy::newRowsAfterACopyGetNewIds()
{
    // Rows came with their ids; the server's counters must have moved past them.
    const QString server = serverCopyOf(demoFile(QStringLiteral("team.duocoach")));
    auto db = Database::open(server);
    DC_VERIFY_OK(db);
    const qint64 highest =
        db.value()->scalar(QStringLiteral("SELECT max(id) FROM families"))->toLongLong();
    Family family;
    family.familyName = QStringLiteral("Öztürk-Yılmaz & Dağ");
    family.city = QStringLiteral("Utrecht");
    family.referredOn = QDate(2026, 7, 1);
    auto added = FamilyStore(*db.value()).add(family);
    DC_VERIFY_OK(added);
    QVERIFY(added->id > highest);
}

void TestCliCopy::refusesFilledTarget_data()
{
    QTest::addColumn<bool>("toServer");
    QTest::newRow("server database with data") << true;
    QTest::newRow("file") << false;
}

void TestCliCopy::refusesFilledTarget()
{
    QFETCH(bool, toServer);
    const QString file = demoFile(QStringLiteral("team.duocoach"));
    const QString server = serverCopyOf(file);
    // A second copy into the filled server, or from the server over the file.
    const QString source = toServer ? file : server;
    const QString target = toServer ? server : file;
    const Snapshot before = snapshotOf(target);
    const FileState fileBefore = fileState(file);

    const Run run = cli({QStringLiteral("copy"), source, target});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(toServer ? "already holds DuoCoach data"
                                       : "exists; a copy is "
                                         "written to a new file"),
             run.err.constData());
    QVERIFY(run.out.isEmpty());
    const Snapshot after = snapshotOf(target);
    QCOMPARE(after.content, before.content);
    QCOMPARE(after.identityAndLog, before.identityAndLog);
    if (!toServer)
        QCOMPARE(fileState(file), fileBefore);
}

void TestCliCopy::refusesExistingFile()
{
    const QString file = demoFile(QStringLiteral("team.duocoach"));
    const FileState before = fileState(file);
    const Run run = cli({QStringLiteral("copy"), file, file});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(fileState(file), before);
}

void TestCliCopy::failedCopyLeavesTargetEmpty()
{
    // The server refuses a row half-way (a rule this one server has and the file has not):
    // the copy rolls back as a whole, and the database stays empty and usable.
    const QString file = demoFile(QStringLiteral("team.duocoach"));
    const QString server = newServerDatabase(*m_dir, QStringLiteral("strict"));
    QCOMPARE(cli({QStringLiteral("init"), server}).exitCode, 0);
    QCOMPARE(rawExec(server, {QStringLiteral("ALTER TABLE visits ADD CONSTRAINT short_visits "
                                             "CHECK (duration_minutes < 90)")}),
             QString());

    Run run = cli({QStringLiteral("copy"), file, server});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("short_visits"), run.err.constData());
    {
        auto db = Database::open(server, Database::Access::ReadOnly);
        DC_VERIFY_OK(db);
        for (const char *table : {"organisations", "workers", "families", "visits", "access_log"})
            QCOMPARE(rowCount(*db.value(), QString::fromLatin1(table)), 0);
        // Whatever the copy set aside for speed came back with the rollback.
        QVERIFY(db.value()
                    ->scalar(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = "
                                            "'f' AND conrelid = 'visits'::regclass"))
                    ->toInt() > 0);
    }

    // From the server into a file the copy fails on: no file is left behind.
    const QString back = path(QStringLiteral("missing/folder/laptop.duocoach"));
    run = cli({QStringLiteral("copy"), serverCopyOf(file), back});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(!QFileInfo::exists(back));
}

void TestCliCopy::usage()
{
    const Run run = cli({QStringLiteral("copy"), path(QStringLiteral("only-one.duocoach"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("only-one.duocoach"))));
}

QTEST_GUILESS_MAIN(TestCliCopy)
#include "TestCliCopy.moc"
