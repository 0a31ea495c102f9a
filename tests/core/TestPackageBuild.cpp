// How a supervision package is built (issue 7): inside SQLite, on the source's own connection
// (AttachedPackage). Progress reaches the end; a cancel at any step leaves no file, no record,
// no log entry and every stored byte as it was; the connection is put back as it was after a
// build, finished or not; the benchmark's reference script selects exactly the package's rows;
// a package of the unreleased format 1 is refused with one sentence.

#include "SupervisionWorld.h"
#include "TestSupport.h"
#include "exchange/PackageCrypto.h"
#include "exchange/PackageFormat.h"
#include "exchange/SupervisionPackage.h"
#include "exchange/SupervisionPackageWriter.h"
#include "storage/Database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const Actor Exporter{QStringLiteral("Bouwtest"), QStringLiteral("coordinator"),
                     QStringLiteral("tester")};

// What the build changes on the connection for its duration, read back afterwards.
struct ConnectionState
{
    QStringList databases;
    qint64 cacheSize = 0;
    int temporaryTables = 0;
    bool maskFunction = false;

    bool operator==(const ConnectionState &o) const
    {
        return databases == o.databases && cacheSize == o.cacheSize &&
               temporaryTables == o.temporaryTables && maskFunction == o.maskFunction;
    }
};

ConnectionState stateOf(const Database &db)
{
    ConnectionState state;
    QSqlQuery q(db.connection());
    // "temp" is listed once the connection has used its temporary database at all.
    if (q.exec(QStringLiteral("PRAGMA database_list")))
        while (q.next())
            if (q.value(1).toString() != QLatin1String("temp"))
                state.databases << q.value(1).toString();
    if (q.exec(QStringLiteral("PRAGMA main.cache_size")) && q.next())
        state.cacheSize = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT count(*) FROM temp.sqlite_master")) && q.next())
        state.temporaryTables = q.value(0).toInt();
    state.maskFunction = q.exec(QStringLiteral("SELECT duosup_mask(1, 'x')"));
    return state;
}
} // namespace

class TestPackageBuild : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void progressReachesTheEnd();
    void cancelLeavesEverythingAsItWas_data();
    void cancelLeavesEverythingAsItWas();
    void connectionIsPutBack();
    void buildInsideATransactionIsRefused();
    void referenceScriptSelectsThePackagesRows();
    void formatOneIsRefused();
    void keyDerivedAheadSealsThePackage();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    SupervisionPackageWriter::Options options(Progress *progress = nullptr) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SupervisionWorld::World m_world;
};

void TestPackageBuild::initTestCase_data()
{
    TestSupport::engines();
}

void TestPackageBuild::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPackageBuild::init()
{
    failOnWarnings();
    const QString error = SupervisionWorld::makeInFolder(&m_dir, &m_db, &m_world);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPackageBuild::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

SupervisionPackageWriter::Options TestPackageBuild::options(Progress *progress) const
{
    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    options.request.pseudonymize = true;
    options.exportedBy = QStringLiteral("Bouwtest");
    options.actor = Exporter;
    options.exportedAt = QDateTime(QDate(2026, 4, 2), QTime(9, 15));
    options.progress = progress;
    return options;
}

void TestPackageBuild::progressReachesTheEnd()
{
    QList<std::pair<qint64, qint64>> steps;
    Progress progress([&](qint64 done, qint64 total) { steps.append({done, total}); });
    DC_VERIFY_OK(SupervisionPackageWriter::write(*m_db, path(QStringLiteral("p.duosup")),
                                                 options(&progress)));
    // A step for the selection, each table, the indices and the end; never backwards.
    QVERIFY2(steps.size() >= PackageFormat::tables().size() + 2,
             qPrintable(QString::number(steps.size())));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).second, steps.first().second);
        QVERIFY(steps.at(i).first <= steps.at(i).second);
        if (i > 0)
            QVERIFY(steps.at(i).first >= steps.at(i - 1).first);
    }
    QCOMPARE(steps.last().first, steps.last().second);
}

void TestPackageBuild::cancelLeavesEverythingAsItWas_data()
{
    QTest::addColumn<int>("atStep");
    QTest::newRow("after the selection") << 1;
    QTest::newRow("after the visits") << 2;
    QTest::newRow("while hashing") << PackageFormat::tables().size() + 2;
}

void TestPackageBuild::cancelLeavesEverythingAsItWas()
{
    QFETCH(int, atStep);
    const QByteArray before = contentHash(*m_db);
    const int logged = rowCount(*m_db, QStringLiteral("access_log"));
    const ConnectionState connection = stateOf(*m_db);
    int steps = 0;
    Progress *self = nullptr;
    Progress progress([&](qint64, qint64) {
        if (++steps == atStep)
            self->cancel(); // as the progress dialog's Cancel does, between two steps
    });
    self = &progress;
    const QString file = path(QStringLiteral("cancelled.duosup"));
    auto written = SupervisionPackageWriter::write(*m_db, file, options(&progress));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().isCancelled(), qPrintable(written.message()));
    QVERIFY(!written.message().isEmpty());

    QVERIFY(!QFileInfo::exists(file));
    QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    left.removeAll(QStringLiteral("source.duocoach"));
    left.removeAll(QStringLiteral("source.duocoach-wal"));
    left.removeAll(QStringLiteral("source.duocoach-shm"));
    QCOMPARE(left, QStringList());
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(rowCount(*m_db, QStringLiteral("access_log")), logged);
    QCOMPARE(rowCount(*m_db, QStringLiteral("supervision_exports")), 0);
    QVERIFY(stateOf(*m_db) == connection);

    // The same export, not cancelled, goes through on the same connection.
    DC_VERIFY_OK(SupervisionPackageWriter::write(*m_db, file, options()));
    QCOMPARE(rowCount(*m_db, QStringLiteral("supervision_exports")), 1);
}

void TestPackageBuild::connectionIsPutBack()
{
    if (onServer())
        QSKIP("The package is attached to a SQLite connection; from a server it is built on a "
              "private one, gone with the build.");
    const ConnectionState before = stateOf(*m_db);
    QCOMPARE(before.databases, QStringList({QStringLiteral("main")}));
    QVERIFY(!before.maskFunction);
    DC_VERIFY_OK(
        SupervisionPackageWriter::write(*m_db, path(QStringLiteral("a.duosup")), options()));
    const ConnectionState after = stateOf(*m_db);
    QCOMPARE(after.databases, before.databases);
    QCOMPARE(after.cacheSize, before.cacheSize);
    QCOMPARE(after.temporaryTables, 0);
    QVERIFY(!after.maskFunction);
    // And a refused request (a last day before the first) changes nothing either.
    SupervisionPackageWriter::Options backwards = options();
    std::swap(backwards.request.from, backwards.request.to);
    QVERIFY(!SupervisionPackageWriter::write(*m_db, path(QStringLiteral("b.duosup")), backwards));
    QVERIFY(stateOf(*m_db) == before);
}

void TestPackageBuild::buildInsideATransactionIsRefused()
{
    if (onServer()) {
        // The server's rows are read into a private copy: within a transaction too.
        DC_VERIFY_OK(m_db->transaction([&]() -> Status {
            auto image = SupervisionPackageWriter::build(*m_db, options(), nullptr);
            return image ? Status() : Status(image.error());
        }));
        return;
    }
    // SQLite attaches the package only outside a transaction: one sentence, no crash, and the
    // transaction itself is not disturbed.
    Status done = m_db->transaction([&]() -> Status {
        auto image = SupervisionPackageWriter::build(*m_db, options(), nullptr);
        if (image)
            return Error::invalid(QStringLiteral("built inside a transaction"));
        return image.error();
    });
    QVERIFY(!done.ok());
    QVERIFY2(done.message().contains(QStringLiteral("in the middle of a change")),
             qPrintable(done.message()));
    DC_VERIFY_OK(SupervisionPackageWriter::build(*m_db, options(), nullptr));
}

void TestPackageBuild::referenceScriptSelectsThePackagesRows()
{
    // The benchmark compares the package with the sqlite3 shell running this script: it must
    // select the same rows as the package holds, table by table.
    if (onServer())
        QSKIP("A script for the sqlite3 shell.");
    SupervisionPackageWriter::Options plain = options();
    plain.request.pseudonymize = false;
    SupervisionExportSummary summary;
    DC_VERIFY_OK(SupervisionPackageWriter::build(*m_db, plain, &summary));
    const QString script =
        SupervisionPackageWriter::referenceScript(plain.request, plain.exportedAt.date());
    QStringList statements = script.split(QLatin1String(";\n"));
    QVERIFY(statements.last().endsWith(QLatin1Char(';')));
    statements.last().chop(1);

    QSqlDatabase shell = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sh"));
    shell.setDatabaseName(m_db->path());
    QVERIFY(shell.open());
    {
        QSqlQuery q(shell);
        QList<qint64> counts;
        for (const QString &statement : std::as_const(statements)) {
            QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
            if (!statement.startsWith(QLatin1String("SELECT")))
                continue;

            qint64 rows = 0;
            while (q.next())
                ++rows;
            counts << rows;
        }
        QCOMPARE(counts.size(), PackageFormat::tables().size());
        for (qsizetype i = 0; i < counts.size(); ++i) {
            const QString table = PackageFormat::tables().at(i).name;
            QVERIFY2(counts.at(i) == summary.rows.value(table),
                     qPrintable(QStringLiteral("%1: %2 against %3")
                                    .arg(table)
                                    .arg(counts.at(i))
                                    .arg(summary.rows.value(table))));
        }
        QVERIFY(summary.rows.value(QStringLiteral("visits")) > 0);
    }
    shell.close();
    shell = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("sh"));
}

void TestPackageBuild::formatOneIsRefused()
{
    SupervisionPackageWriter::Options plain = options();
    plain.request.pseudonymize = false;
    const QString file = path(QStringLiteral("old.duosup"));
    DC_VERIFY_OK(SupervisionPackageWriter::write(*m_db, file, plain));
    QFile package(file);
    QVERIFY(package.open(QIODevice::ReadWrite));
    QByteArray bytes = package.readAll();
    // PRAGMA user_version, big-endian
    QCOMPARE(bytes.mid(60, 4), QByteArray("\0\0\0", 3) + char(PackageFormat::Version));
    bytes[63] = 1;
    QVERIFY(package.seek(0));
    QCOMPARE(package.write(bytes), bytes.size());
    package.close();
    auto opened = SupervisionPackage::open(file);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Refused);
    QVERIFY2(opened.message().contains(QStringLiteral("old.duosup")) &&
                 opened.message().contains(QStringLiteral("export it again")),
             qPrintable(opened.message()));
}

void TestPackageBuild::keyDerivedAheadSealsThePackage()
{
    // The writer derives the key while it builds the package (Argon2id needs no plaintext):
    // a package sealed with such a key opens with the passphrase, and no two keys share a
    // salt.
    const QString passphrase = QStringLiteral("lange zin voor de supervisor");
    const PackageCrypto::KdfCost cheap{1, 8 * 1024 * 1024};
    auto first = PackageCrypto::deriveSealingKey(passphrase, cheap);
    auto second = PackageCrypto::deriveSealingKey(passphrase, cheap);
    DC_VERIFY_OK(first);
    DC_VERIFY_OK(second);
    QVERIFY(first->salt != second->salt);
    auto image = SupervisionPackageWriter::build(*m_db, options(), nullptr);
    DC_VERIFY_OK(image);
    auto sealed = PackageCrypto::encrypt(image.value(), first.value());
    DC_VERIFY_OK(sealed);
    auto opened = PackageCrypto::decrypt(sealed.value(), passphrase, QStringLiteral("p"));
    DC_VERIFY_OK(opened);
    QVERIFY(opened->view() == image->view());
    auto wrong = PackageCrypto::decrypt(sealed.value(), QStringLiteral("een andere zin"),
                                        QStringLiteral("p"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, Error::Kind::Refused);
    QVERIFY(!PackageCrypto::deriveSealingKey(QString(), cheap).ok());
}

QTEST_GUILESS_MAIN(TestPackageBuild)
#include "TestPackageBuild.moc"
