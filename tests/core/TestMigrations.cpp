// Migrations: ordered steps, one transaction each, and the backup copy made before an older
// file is upgraded.

#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void stepsAreOrdered();
    void migrateStopsAtVersion_data();
    void migrateStopsAtVersion();
    void stepwiseEqualsAtOnce();
    void upgradeKeepsDataAndBackup();
    void upgradeNeverOverwritesABackup();
    void failedStepChangesNothing();
    void damagedOldFileIsNotMigrated();

private:
    // A file as DuoCoach format 1 left it, with one organisation and one worker in it.
    QString makeVersion1(const QString &path);
    QStringList schema(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMigrations::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMigrations::makeVersion1(const QString &path)
{
    const QString name = QStringLiteral("make-v1");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        if (Status migrated = Migrations::migrate(db, 0, 1); !migrated)
            error = migrated.message();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        return error;
    return rawExec(path,
                   {QStringLiteral("PRAGMA foreign_keys = ON"),
                    QStringLiteral("INSERT INTO organisations (id, name, kind) "
                                   "VALUES (7, 'Al Amal Utrecht', 'community')"),
                    QStringLiteral("INSERT INTO workers (name, role, organisation_id, gender, "
                                   "max_caseload) VALUES ('Lina Haddad', 'trusted_person', "
                                   "7, 'female', 8)")});
}

QStringList TestMigrations::schema(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return {db.message()};
    QStringList result;
    QSqlQuery query(db.value()->connection());
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (query.next())
        result << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                      QLatin1Char(' ') + query.value(2).toString();
    result << QStringLiteral("user_version %1")
                  .arg(db.value()->scalar(QStringLiteral("PRAGMA user_version"))->toInt());
    result << QStringLiteral("application_id %1")
                  .arg(db.value()->scalar(QStringLiteral("PRAGMA application_id"))->toInt());
    return result;
}

void TestMigrations::stepsAreOrdered()
{
    const auto &steps = Migrations::steps();
    QVERIFY(!steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i) {
        // Versions 1, 2, 3, ... without gaps: user_version says how many steps ran.
        QCOMPARE(steps.at(i).version, i + 1);
        QVERIFY(qstrlen(steps.at(i).purpose) > 0);
        QVERIFY(!steps.at(i).statements.isEmpty());
    }
    QCOMPARE(Migrations::latestVersion(), steps.constLast().version);
}

void TestMigrations::migrateStopsAtVersion_data()
{
    QTest::addColumn<int>("version");
    for (const auto &step : Migrations::steps())
        QTest::addRow("to %d", step.version) << step.version;
}

void TestMigrations::migrateStopsAtVersion()
{
    QFETCH(int, version);
    const QString path = m_dir->filePath(QStringLiteral("step.duocoach"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("step"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        DC_VERIFY_OK(Migrations::migrate(db, 0, version));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), version);
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::ApplicationId);
        // Running it again is a no-op: steps at or below the file's version are skipped.
        query.finish();
        DC_VERIFY_OK(Migrations::migrate(db, version, version));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("step"));
}

void TestMigrations::stepwiseEqualsAtOnce()
{
    const QString stepwise = m_dir->filePath(QStringLiteral("stepwise.duocoach"));
    const QString atOnce = m_dir->filePath(QStringLiteral("at-once.duocoach"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sw"));
        db.setDatabaseName(stepwise);
        QVERIFY(db.open());
        for (const auto &step : Migrations::steps())
            DC_VERIFY_OK(Migrations::migrate(db, step.version - 1, step.version));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sw"));
    {
        auto db = Database::open(atOnce);
        DC_VERIFY_OK(db);
    }
    QCOMPARE(schema(stepwise), schema(atOnce));
}

void TestMigrations::upgradeKeepsDataAndBackup()
{
    const QString path = m_dir->filePath(QStringLiteral("old.duocoach"));
    QCOMPARE(makeVersion1(path), QString());
    const QByteArray original = sha256(path);
    QVERIFY(Migrations::latestVersion() > 1);

    QString backup;
    {
        auto opened = Database::open(path);
        DC_VERIFY_OK(opened);
        Database &db = *opened.value();
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                 Migrations::latestVersion());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        // Data preserved.
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT name FROM organisations WHERE id = 7"))->toString(),
            QStringLiteral("Al Amal Utrecht"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT w.name FROM workers w JOIN organisations o "
                                          "ON o.id = w.organisation_id"))
                     ->toString(),
                 QStringLiteral("Lina Haddad"));
        // Step 2's indices exist now.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                          "AND name = 'visits_by_start'"))
                     ->toInt(),
                 1);
        backup = db.backupPath();
    }
    QCOMPARE(backup, path + QStringLiteral(".v1.bak"));
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(permissions(backup), OwnerOnly);
    QCOMPARE(permissions(path), OwnerOnly);

    // The backup is the old file as it was: format 1, same data, no step-2 index.
    auto old = Database::open(backup, Database::Access::ReadOnly);
    DC_VERIFY_OK(old);
    QCOMPARE(old.value()->schemaVersion(), 1);
    QCOMPARE(old.value()->scalar(QStringLiteral("SELECT count(*) FROM workers"))->toInt(), 1);
    QCOMPARE(old.value()
                 ->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                         "name = 'visits_by_start'"))
                 ->toInt(),
             0);
    QVERIFY(sha256(path) != original);

    // Opening the upgraded file again needs no second backup.
    old.value().reset();
    auto again = Database::open(path);
    DC_VERIFY_OK(again);
    QVERIFY(again.value()->backupPath().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files),
             QStringList{QStringLiteral("old.duocoach.v1.bak")});
}

void TestMigrations::upgradeNeverOverwritesABackup()
{
    const QString path = m_dir->filePath(QStringLiteral("twice.duocoach"));
    QCOMPARE(makeVersion1(path), QString());
    const QString earlier = path + QStringLiteral(".v1.bak");
    QVERIFY(writeFile(earlier, "an earlier backup"));
    auto opened = Database::open(path);
    DC_VERIFY_OK(opened);
    const QString backup = opened.value()->backupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(backup != earlier);
    QVERIFY2(backup.endsWith(QLatin1String(".bak")), qPrintable(backup));
    QVERIFY(QFileInfo::exists(backup));
    QFile kept(earlier);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("an earlier backup"));
}

void TestMigrations::failedStepChangesNothing()
{
    // A format-1 file in which step 2's last index name is already taken: step 2 fails at its
    // end and must leave none of its earlier indices behind.
    const QString path = m_dir->filePath(QStringLiteral("blocked.duocoach"));
    QCOMPARE(makeVersion1(path), QString());
    QCOMPARE(
        rawExec(path, {QStringLiteral("CREATE INDEX attendees_by_member ON organisations(city)")}),
        QString());
    const QString indexCount =
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                       "AND name IN ('workers_by_organisation', 'visits_by_start')");

    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fail"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const Status migrated = Migrations::migrate(db, 1);
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.message().contains(QLatin1Char('2')), qPrintable(migrated.message()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(indexCount) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // Not left inside an open transaction either.
        QVERIFY2(query.exec(QStringLiteral("BEGIN")), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fail"));

    // Through Database::open: refused with a sentence naming the file, still format 1.
    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.message().contains(QStringLiteral("blocked.duocoach")),
             qPrintable(opened.message()));
    auto check = Database::open(path, Database::Access::ReadOnly);
    DC_VERIFY_OK(check);
    QCOMPARE(check.value()->schemaVersion(), 1);
    QCOMPARE(check.value()->scalar(indexCount)->toInt(), 0);
    QCOMPARE(check.value()->scalar(QStringLiteral("SELECT count(*) FROM workers"))->toInt(), 1);
}

void TestMigrations::damagedOldFileIsNotMigrated()
{
    const QString path = m_dir->filePath(QStringLiteral("damaged-old.duocoach"));
    QCOMPARE(makeVersion1(path), QString());
    QVERIFY(damageTable(path, QStringLiteral("workers")));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);

    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, Error::Kind::Integrity);
    QVERIFY2(opened.message().contains(QStringLiteral("damaged-old.duocoach")),
             qPrintable(opened.message()));
    QVERIFY(fileState(path) == before);
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
