// duocoach-cli and the files around a database (issue 13, points 2, 6, 10, 16, 17 and 18): no
// export writes over the database or the files SQLite and DuoCoach keep beside it, a damaged
// database takes no write, what DuoCoach writes is owner-only whatever the umask, endless and
// special files are refused, a CSV export of a duo that does not exist writes nothing, `check`
// leaves no file behind, and file names that are not UTF-8 are never turned into another name.

#include "CliRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace TestSupport;

namespace {
const QStringList Period{QStringLiteral("--from"), QStringLiteral("2026-09-01"),
                         QStringLiteral("--to"), QStringLiteral("2026-11-22")};

const QByteArray FamiliesCsv =
    "family_name,street,postcode,city,district,home_languages,trusted_person_gender,"
    "referral_source,referred_on\n"
    "Nieuwgezin,,3563 AB,Utrecht,Overvecht,nl,,Wijkteam,2026-03-01\n";

// The raw names in a folder, as the file system holds them (QDir would decode them).
QList<QByteArray> rawNames(const QString &folder)
{
    QList<QByteArray> names;
    DIR *dir = opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return names;
    while (const dirent *entry = readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names << name;
    }
    closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}
} // namespace

class TestCliFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    // Point 2.
    void exportNeverOverwritesTheDatabase_data();
    void exportNeverOverwritesTheDatabase();
    // Point 6.
    void damagedDatabaseTakesNoWrite_data();
    void damagedDatabaseTakesNoWrite();
    // Point 10.
    void writtenFilesAreOwnerOnly_data();
    void writtenFilesAreOwnerOnly();
    // Point 16.
    void specialAndEndlessFilesRefused_data();
    void specialAndEndlessFilesRefused();
    // Point 17.
    void exportOfUnknownDuoWritesNothing_data();
    void exportOfUnknownDuoWritesNothing();
    // Point 18.
    void checkLeavesNoSharedMemoryFile();
    void nonUtf8FileNamesKeepTheirBytes();
    void guiHelpWithoutDisplay();

private:
    CliRun cli(const QStringList &arguments);
    // Runs the CLI through the shell, for arguments QProcess cannot pass (bytes that are no
    // UTF-8) and for a umask of the test's choosing.
    CliRun shell(const QString &script, const QStringList &arguments = {});
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString demoDatabase(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliFileSafety::initTestCase_data()
{
    engines();
}

void TestCliFileSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(DUOCOACH_CLI)).isExecutable(), DUOCOACH_CLI);
}

void TestCliFileSafety::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TestCliFileSafety::cli(const QStringList &arguments)
{
    return runCli(QStringLiteral(DUOCOACH_CLI), arguments, m_dir->path());
}

CliRun TestCliFileSafety::shell(const QString &script, const QStringList &arguments)
{
    // "$0" is the CLI; the script's own arguments follow as $1, $2, ...
    return runCli(QStringLiteral("/bin/sh"),
                  QStringList{QStringLiteral("-c"), script, QStringLiteral(DUOCOACH_CLI)} +
                      arguments,
                  m_dir->path());
}

QString TestCliFileSafety::demoDatabase(const QString &name)
{
    const QString file = newDatabase(*m_dir, name);
    const CliRun run = cli({QStringLiteral("demo"), file, QStringLiteral("--families"),
                            QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("11"),
                            QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    if (run.exitCode != 0)
        qWarning("demo failed: %s", run.err.constData());
    return file;
}

void TestCliFileSafety::exportNeverOverwritesTheDatabase_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("target"); // relative to the test folder; DB is the database
    for (const char *format : {"csv", "ics", "pdf", "package"}) {
        for (const char *target :
             {"db.duocoach", "./db.duocoach", "sub/../db.duocoach", "link.duocoach",
              "db.duocoach-wal", "db.duocoach-shm", "db.duocoach.lock",
              "backups/db.duocoach.backup-1.sqlite", "hardlink.duocoach", "db.duocoach.v7.bak"})
            QTest::addRow("%s %s", format, target)
                << QString::fromLatin1(format) << QString::fromLatin1(target);
    }
}

void TestCliFileSafety::exportNeverOverwritesTheDatabase()
{
    QFETCH(QString, format);
    QFETCH(QString, target);
    if (onServer())
        QSKIP("Links, -wal, -shm, the lock file and backups beside the database are a file's: "
              "a server database has no path an output could meet.");
    const QString database = demoDatabase(QStringLiteral("db.duocoach"));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("sub")));
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("backups")));
    QVERIFY(QFile::link(database, path(QStringLiteral("link.duocoach"))));
    QVERIFY(::link(QFile::encodeName(database).constData(),
                   QFile::encodeName(path(QStringLiteral("hardlink.duocoach"))).constData()) == 0);
    // A backup as the app keeps it, and the copy an upgrade keeps.
    QVERIFY(QFile::copy(database, path(QStringLiteral("backups/db.duocoach.backup-1.sqlite"))));
    QVERIFY(QFile::copy(database, path(QStringLiteral("db.duocoach.v7.bak"))));
    QVERIFY(backdate(database));
    const QString aimed = path(target);
    const FileState before = fileState(database);
    const FileState aimedBefore = fileState(aimed);

    // Given relative to the working folder, as a user types it.
    const CliRun run = cli(QStringList{QStringLiteral("export"), QStringLiteral("db.duocoach"),
                                       target, QStringLiteral("--format"), format} +
                           Period);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("db.duocoach"), run.err.constData());
    QVERIFY(fileState(database) == before);
    QVERIFY(fileState(aimed) == aimedBefore);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("db.duocoach-wal"))));
    QCOMPARE(cli({QStringLiteral("check"), database}).exitCode, 0);
}

void TestCliFileSafety::damagedDatabaseTakesNoWrite_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB stands for the database, OUT for an output
    const QString db = QStringLiteral("DB");
    QTest::newRow("import families") << QStringList{
        QStringLiteral("import"), db, QStringLiteral("--families"), QStringLiteral("families.csv")};
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), db};
    QTest::newRow("init") << QStringList{QStringLiteral("init"), db};
    for (const char *format : {"csv", "ics", "pdf", "package"})
        QTest::addRow("export %s", format)
            << (QStringList{QStringLiteral("export"), db, QStringLiteral("OUT"),
                            QStringLiteral("--format"), QString::fromLatin1(format)} +
                Period);
}

void TestCliFileSafety::damagedDatabaseTakesNoWrite()
{
    QFETCH(QStringList, arguments);
    if (onServer())
        QSKIP("Damaged pages are a file's fault: a server keeps its own pages sound.");
    const QString database = demoDatabase(QStringLiteral("damaged.duocoach"));
    QVERIFY(writeFile(path(QStringLiteral("families.csv")), FamiliesCsv));
    // Pages of the visits and of the access log: the schema still reads, the data does not.
    QVERIFY(damageTable(database, QStringLiteral("visits")));
    QVERIFY(damageTable(database, QStringLiteral("access_log")));
    QVERIFY(backdate(database));
    const FileState before = fileState(database);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), database);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")),
                               path(QStringLiteral("out.file")));

    const CliRun run = cli(arguments);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 3); // an integrity failure, as for every damaged file
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("damaged.duocoach"), run.err.constData());
    QVERIFY2(run.err.contains("damaged"), run.err.constData());
    QVERIFY2(!run.err.contains("malformed"), run.err.constData());
    QVERIFY(fileState(database) == before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.file"))));
}

void TestCliFileSafety::writtenFilesAreOwnerOnly_data()
{
    QTest::addColumn<QString>("umask");
    QTest::addColumn<QString>("format");
    for (const char *umask : {"022", "000"})
        for (const char *format : {"csv", "ics", "pdf", "package"})
            QTest::addRow("umask %s %s", umask, format)
                << QString::fromLatin1(umask) << QString::fromLatin1(format);
}

void TestCliFileSafety::writtenFilesAreOwnerOnly()
{
    QFETCH(QString, umask);
    QFETCH(QString, format);
    const QString database = newDatabase(*m_dir, QStringLiteral("private.duocoach"));
    const QString out = path(QStringLiteral("out.") + format);
    // A file that exists already keeps no looser mode than a new one.
    QVERIFY(writeFile(path(QStringLiteral("old.") + format), "old"));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("old.") + format),
                                  QFileDevice::Permissions(0x7777)));
    const CliRun run =
        shell(QStringLiteral("umask %1 && \"$0\" demo \"$1\" --families 30 --seed 11 --today "
                             "2026-11-23 >/dev/null && \"$0\" export \"$1\" \"$2\" --format %2 "
                             "--from 2026-09-01 --to 2026-11-22 && \"$0\" export \"$1\" \"$3\" "
                             "--format %2 --from 2026-09-01 --to 2026-11-22")
                  .arg(umask, format),
              {database, out, path(QStringLiteral("old.") + format)});
    QVERIFY(!run.crashed);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    if (!onServer())
        QCOMPARE(permissions(database), OwnerOnly);
    for (const QString &file : {out, path(QStringLiteral("old.") + format)})
        QCOMPARE(permissions(file), OwnerOnly);
}

void TestCliFileSafety::specialAndEndlessFilesRefused_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB: a sound database; EMPTY: an empty file
    QTest::addColumn<QString>("named");
    const QString zero = QStringLiteral("/dev/zero");
    const QString db = QStringLiteral("DB");
    QTest::newRow("verify zero") << QStringList{QStringLiteral("verify"), zero} << zero;
    QTest::newRow("stats zero") << QStringList{QStringLiteral("stats"), zero} << zero;
    QTest::newRow("check zero") << QStringList{QStringLiteral("check"), zero} << zero;
    QTest::newRow("check empty") << QStringList{QStringLiteral("check"), QStringLiteral("EMPTY")}
                                 << QStringLiteral("empty.duocoach");
    QTest::newRow("stats empty") << QStringList{QStringLiteral("stats"), QStringLiteral("EMPTY")}
                                 << QStringLiteral("empty.duocoach");
    QTest::newRow("check folder") << QStringList{QStringLiteral("check"), QStringLiteral("/tmp")}
                                  << QStringLiteral("tmp");
    QTest::newRow("init zero") << QStringList{QStringLiteral("init"), zero} << zero;
    QTest::newRow("import families zero")
        << QStringList{QStringLiteral("import"), db, QStringLiteral("--families"), zero} << zero;
    QTest::newRow("import workers zero")
        << QStringList{QStringLiteral("import"), db, QStringLiteral("--workers"), zero} << zero;
    QTest::newRow("import fifo") << QStringList{QStringLiteral("import"), db,
                                                QStringLiteral("--families"),
                                                QStringLiteral("FIFO")}
                                 << QStringLiteral("fifo.csv");
    QTest::newRow("import huge") << QStringList{QStringLiteral("import"), db,
                                                QStringLiteral("--families"),
                                                QStringLiteral("HUGE")}
                                 << QStringLiteral("huge.csv");
    QTest::newRow("verify huge") << QStringList{QStringLiteral("verify"), QStringLiteral("HUGE")}
                                 << QStringLiteral("huge.csv");
    QTest::newRow("verify fifo") << QStringList{QStringLiteral("verify"), QStringLiteral("FIFO")}
                                 << QStringLiteral("fifo.csv");
    QTest::newRow("export passphrase zero")
        << (QStringList{QStringLiteral("export"), db, QStringLiteral("out.duosup"),
                        QStringLiteral("--passphrase-file"), zero} +
            Period)
        << zero;
    QTest::newRow("verify passphrase zero")
        << QStringList{QStringLiteral("verify"), QStringLiteral("DB"),
                       QStringLiteral("--passphrase-file"), zero}
        << zero;
}

void TestCliFileSafety::specialAndEndlessFilesRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    if (onServer() && !arguments.contains(QStringLiteral("DB")))
        QSKIP("Names no database of the engine, only special files: the file row is all of it.");
    const QString database = demoDatabase(QStringLiteral("sound.duocoach"));
    QVERIFY(writeFile(path(QStringLiteral("empty.duocoach")), QByteArray()));
    QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("fifo.csv"))).constData(), 0600) == 0);
    {
        // Sparse: 3 GB that take no room on the disk.
        QFile huge(path(QStringLiteral("huge.csv")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(3) << 30));
    }
    if (!onServer())
        QVERIFY(backdate(database));
    const QByteArray before = stateOf(database);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), database);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^EMPTY$")),
                               path(QStringLiteral("empty.duocoach")));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^FIFO$")),
                               path(QStringLiteral("fifo.csv")));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^HUGE$")),
                               path(QStringLiteral("huge.csv")));

    const CliRun run = cli(arguments);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty() || !run.out.contains("intact"));
    QCOMPARE(stateOf(database), before);
    QCOMPARE(QFileInfo(path(QStringLiteral("empty.duocoach"))).size(), 0);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.duosup"))));
}

void TestCliFileSafety::exportOfUnknownDuoWritesNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("option");
    for (const char *format : {"csv", "ics", "pdf", "package"})
        for (const char *option : {"--duo", "--worker"})
            QTest::addRow("%s %s", format, option)
                << QString::fromLatin1(format) << QString::fromLatin1(option);
}

void TestCliFileSafety::exportOfUnknownDuoWritesNothing()
{
    QFETCH(QString, format);
    QFETCH(QString, option);
    const QString database = demoDatabase(QStringLiteral("db.duocoach"));
    const QString out = path(QStringLiteral("existing.out"));
    QVERIFY(writeFile(out, "what was there before"));
    QVERIFY(backdate(out));
    const FileState before = fileState(out);
    const CliRun run =
        cli(QStringList{QStringLiteral("export"), database, out, QStringLiteral("--format"), format,
                        option, QStringLiteral("9999")} +
            Period);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("9999"), run.err.constData());
    QVERIFY(fileState(out) == before);
    // The database (when a file) and the old file, nothing else.
    QCOMPARE(rawNames(m_dir->path()).size(), onServer() ? 1 : 2);
}

void TestCliFileSafety::checkLeavesNoSharedMemoryFile()
{
    if (onServer())
        QSKIP("-wal and -shm files are a SQLite file's.");
    const QString database = demoDatabase(QStringLiteral("live.duocoach"));
    const QString copy = path(QStringLiteral("copy.duocoach"));
    {
        // A write that stays in the log: the copy gets a -wal and no -shm, as after a crash
        // whose index was lost (or a copy of a file in use).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(query.exec(QStringLiteral("UPDATE families SET district = 'Uit het log' WHERE "
                                          "id = (SELECT min(id) FROM families)")));
        QVERIFY(QFile::copy(database, copy));
        QVERIFY(QFile::copy(database + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    QVERIFY(backdate(copy));
    const FileState before = fileState(copy);
    const FileState walBefore = fileState(copy + QStringLiteral("-wal"));
    const QList<QByteArray> names = rawNames(m_dir->path());

    const CliRun run = cli({QStringLiteral("check"), copy});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("copy.duocoach"), run.out.constData());
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-shm")));
    QVERIFY(fileState(copy) == before);
    QVERIFY(fileState(copy + QStringLiteral("-wal")) == walBefore);
    QCOMPARE(rawNames(m_dir->path()), names);
}

void TestCliFileSafety::nonUtf8FileNamesKeepTheirBytes()
{
    if (onServer())
        QSKIP("About the bytes of a database file's name.");
    // Two names that differ only in a byte that is no UTF-8: decoded carelessly both become
    // "a\uFFFD.duocoach", one file.
    const CliRun first = shell(QStringLiteral("\"$0\" init \"$(printf 'a\\377.duocoach')\""));
    const CliRun second = shell(QStringLiteral("\"$0\" init \"$(printf 'a\\376.duocoach')\""));
    QVERIFY(!first.crashed && !second.crashed);
    const QList<QByteArray> names = rawNames(m_dir->path());
    // Either each name is kept byte for byte, or both are refused with a sentence: never a
    // file under a name nobody gave.
    for (const QByteArray &name : names)
        QVERIFY2(name == "a\xff.duocoach" || name == "a\xfe.duocoach", name.toHex().constData());
    if (first.exitCode == 0) {
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(names, (QList<QByteArray>{"a\xfe.duocoach", "a\xff.duocoach"}));
        const CliRun check = shell(QStringLiteral("\"$0\" check \"$(printf 'a\\377.duocoach')\""));
        QCOMPARE(check.exitCode, 0);
    } else {
        QCOMPARE(first.exitCode, 2);
        QCOMPARE(second.exitCode, 2);
        QCOMPARE(first.errLines().size(), 1);
        QVERIFY(names.isEmpty());
    }
}

void TestCliFileSafety::guiHelpWithoutDisplay()
{
    QProcess process;
    QProcessEnvironment env = cliEnvironment(m_dir->path());
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    for (const char *option : {"--help", "--version"}) {
        process.start(QStringLiteral(DUOCOACH_GUI), {QString::fromLatin1(option)});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.contains("duocoach"), out.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliFileSafety)
#include "TestCliFileSafety.moc"
