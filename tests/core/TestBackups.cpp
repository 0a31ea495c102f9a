// Backups: the rotating copies made when a database is opened, and putting one back. Real
// files in a temporary folder; a restore is checked by comparing every table's content.

#include "TestSupport.h"

#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QDate Day(2026, 11, 23);

QDateTime at(int dayOffset, int hour, int minute = 0, int second = 0)
{
    return QDateTime(Day.addDays(dayOffset), QTime(hour, minute, second));
}

bool setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(when, QFileDevice::FileModificationTime);
}

// Every table's rows, as TestSupport::contentHash sees them, of a closed file.
QByteArray contentOf(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    return db ? contentHash(*db.value()) : QByteArray("unreadable: ") + db.message().toUtf8();
}
} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void makeCopiesEverythingOwnerOnly();
    void listIsNewestFirstAndOnlyThisDatabase();
    void makeIfDue_data();
    void makeIfDue();
    void makeIfDueSeesAWriteInTheLog();
    void emptyDatabaseGetsNoBackup();
    void rotateKeepsNewest_data();
    void rotateKeepsNewest();
    void halfWrittenCopiesAreIgnoredThenRemoved();
    void validateRefuses_data();
    void validateRefuses();
    void restorePutsBackupInPlaceAndCanBeUndone();
    void restoreRefusesWhileOpenElsewhere();
    void restoreRefusesBadBackupAndLeavesDatabase();
    void restoreReplacesDamagedDatabase_data();
    void restoreReplacesDamagedDatabase();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A closed database with the fixture in it.
    QString fixtureDatabase(const QString &name = QStringLiteral("gezinnen.duocoach"));

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackups::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestBackups::fixtureDatabase(const QString &name)
{
    const QString file = path(name);
    auto db = Database::open(file);
    if (!db) {
        qWarning("open: %s", qPrintable(db.message()));
        return {};
    }
    Fixture fixture;
    if (const QString error = makeFixture(*db.value(), &fixture); !error.isEmpty()) {
        qWarning("fixture: %s", qPrintable(error));
        return {};
    }
    return file;
}

void TestBackups::makeCopiesEverythingOwnerOnly()
{
    const QString file = fixtureDatabase();
    QVERIFY(!file.isEmpty());
    auto db = Database::open(file);
    DC_VERIFY_OK(db);
    // A change still in the write-ahead log (the connection is open) belongs in the copy.
    DC_VERIFY_OK(FamilyStore(*db.value()).add(family(QStringLiteral("Kaya"), QDate(2026, 3, 1))));
    QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);

    auto made = Backups::make(*db.value(), at(0, 10, 15, 30));
    DC_VERIFY_OK(made);
    QCOMPARE(made->path,
             path(QStringLiteral("backups/gezinnen.duocoach.backup-20261123-101530.sqlite")));
    QCOMPARE(made->madeAt, at(0, 10, 15, 30));
    QCOMPARE(made->size, QFileInfo(made->path).size());
    QCOMPARE(permissions(made->path), OwnerOnly);
    QCOMPARE(permissions(Backups::folder(file)),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    DC_VERIFY_OK(Backups::validate(made->path));
    QCOMPARE(contentOf(made->path), contentHash(*db.value()));
    // Only the copy itself is there: no half-written file, nothing beside it.
    QCOMPARE(QDir(Backups::folder(file)).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(made->path).fileName()});

    // A second copy in the same second gets a name of its own and sorts as the newer one.
    auto again = Backups::make(*db.value(), at(0, 10, 15, 30));
    DC_VERIFY_OK(again);
    QCOMPARE(QFileInfo(again->path).fileName(),
             QStringLiteral("gezinnen.duocoach.backup-20261123-101530-2.sqlite"));
    const auto listed = Backups::list(file);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).path, again->path);
    QCOMPARE(listed.at(1).path, made->path);
}

void TestBackups::listIsNewestFirstAndOnlyThisDatabase()
{
    const QString file = fixtureDatabase();
    QVERIFY(!file.isEmpty());
    auto db = Database::open(file);
    DC_VERIFY_OK(db);
    for (const QDateTime &when : {at(0, 9), at(-3, 17), at(1, 8), at(0, 9, 0, 1)})
        DC_VERIFY_OK(Backups::make(*db.value(), when));
    const QDir folder(Backups::folder(file));
    // Not backups of this database: another database's, a copy being written, other files.
    for (const char *other : {"ander.duocoach.backup-20261124-120000.sqlite",
                              "gezinnen.duocoach.backup-20261125-120000.sqlite.partial",
                              "gezinnen.duocoach.backup-2026112-120000.sqlite",
                              "gezinnen.duocoach.damaged-20261125-120000.sqlite", "notities.txt"})
        QVERIFY(writeFile(folder.filePath(QLatin1String(other)), "x"));

    const auto listed = Backups::list(file);
    QList<QDateTime> times;
    for (const auto &entry : listed) {
        times << entry.madeAt;
        QVERIFY(entry.size > 0);
    }
    QCOMPARE(times, (QList<QDateTime>{at(1, 8), at(0, 9, 0, 1), at(0, 9), at(-3, 17)}));
}

void TestBackups::makeIfDue_data()
{
    // The newest backup was started at 12:00 on the day (when there is one); the file was last
    // written at `written`; the app opens it at `now`.
    QTest::addColumn<bool>("hasBackup");
    QTest::addColumn<QDateTime>("written");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("expectMade");

    QTest::newRow("first open") << false << at(0, 11) << at(0, 13) << true;
    QTest::newRow("same day, unchanged") << true << at(0, 11) << at(0, 13) << false;
    QTest::newRow("same day, changed after") << true << at(0, 12, 30) << at(0, 13) << true;
    QTest::newRow("same day, changed in the same second") << true << at(0, 12) << at(0, 13) << true;
    QTest::newRow("next day, unchanged") << true << at(0, 11) << at(1, 8) << true;
    QTest::newRow("clock set back a day") << true << at(0, 11) << at(-1, 13) << true;
}

void TestBackups::makeIfDue()
{
    QFETCH(bool, hasBackup);
    QFETCH(QDateTime, written);
    QFETCH(QDateTime, now);
    QFETCH(bool, expectMade);

    const QString file = fixtureDatabase();
    QVERIFY(!file.isEmpty());
    if (hasBackup) {
        auto db = Database::open(file);
        DC_VERIFY_OK(db);
        DC_VERIFY_OK(Backups::make(*db.value(), at(0, 12)));
    }
    QVERIFY(setModified(file, written));
    auto db = Database::open(file);
    DC_VERIFY_OK(db);
    const int before = Backups::list(file).size();
    auto made = Backups::makeIfDue(*db.value(), 10, now);
    DC_VERIFY_OK(made);
    QCOMPARE(made->has_value(), expectMade);
    QCOMPARE(Backups::list(file).size(), before + (expectMade ? 1 : 0));
    if (expectMade) {
        QCOMPARE(made.value()->madeAt, now);
        bool listed = false;
        for (const auto &entry : Backups::list(file))
            listed = listed || entry.path == made.value()->path;
        QVERIFY(listed);
        QCOMPARE(contentOf(made.value()->path), contentHash(*db.value()));
    }
}

void TestBackups::makeIfDueSeesAWriteInTheLog()
{
    // A change made after the newest backup, still in the write-ahead log of a connection that
    // is open, counts as a change even though the file itself has an old date.
    const QString file = fixtureDatabase();
    QVERIFY(!file.isEmpty());
    const QDateTime backupAt = QDateTime::currentDateTime().addSecs(-60);
    {
        auto db = Database::open(file);
        DC_VERIFY_OK(db);
        DC_VERIFY_OK(Backups::make(*db.value(), backupAt));
    }
    QVERIFY(setModified(file, backupAt.addSecs(-3600)));
    auto writer = Database::open(file);
    DC_VERIFY_OK(writer);
    DC_VERIFY_OK(
        FamilyStore(*writer.value()).add(family(QStringLiteral("Kaya"), QDate(2026, 3, 1))));
    QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);
    QVERIFY(QFileInfo(file).lastModified() < backupAt);

    auto opener = Database::open(file);
    DC_VERIFY_OK(opener);
    auto made = Backups::makeIfDue(*opener.value(), 10, backupAt.addSecs(30));
    DC_VERIFY_OK(made);
    QVERIFY(made->has_value());
    QCOMPARE(rowCount(*Database::open(made.value()->path, Database::Access::ReadOnly).value(),
                      QStringLiteral("families")),
             2);
}

void TestBackups::emptyDatabaseGetsNoBackup()
{
    const QString file = path(QStringLiteral("nieuw.duocoach"));
    auto db = Database::open(file);
    DC_VERIFY_OK(db);
    auto made = Backups::makeIfDue(*db.value(), 10, at(0, 9));
    DC_VERIFY_OK(made);
    QVERIFY(!made->has_value());
    QVERIFY(!QFileInfo::exists(Backups::folder(file)));
}

void TestBackups::rotateKeepsNewest_data()
{
    QTest::addColumn<int>("existing");
    QTest::addColumn<int>("keep");
    QTest::addColumn<int>("kept");

    QTest::newRow("keep 3 of 5") << 5 << 3 << 3;
    QTest::newRow("keep 10 of 4") << 4 << 10 << 4;
    QTest::newRow("keep 0 means 1") << 3 << 0 << 1;
    QTest::newRow("negative means 1") << 2 << -5 << 1;
}

void TestBackups::rotateKeepsNewest()
{
    QFETCH(int, existing);
    QFETCH(int, keep);
    QFETCH(int, kept);

    const QString file = fixtureDatabase();
    QVERIFY(!file.isEmpty());
    auto db = Database::open(file);
    DC_VERIFY_OK(db);
    for (int i = 0; i < existing; ++i)
        DC_VERIFY_OK(Backups::make(*db.value(), at(-i, 9)));
    const auto all = Backups::list(file);
    DC_VERIFY_OK(Backups::rotate(file, keep));
    const auto left = Backups::list(file);
    QCOMPARE(left.size(), kept);
    for (int i = 0; i < kept; ++i)
        QCOMPARE(left.at(i).path, all.at(i).path);

    // The automatic backup rotates too: the new one stays, the oldest goes.
    QVERIFY(setModified(file, at(0, 10)));
    auto made = Backups::makeIfDue(*db.value(), kept, at(1, 9));
    DC_VERIFY_OK(made);
    QVERIFY(made->has_value());
    const auto after = Backups::list(file);
    QCOMPARE(after.size(), kept);
    QCOMPARE(after.first().path, made.value()->path);
}

void TestBackups::halfWrittenCopiesAreIgnoredThenRemoved()
{
    const QString file = fixtureDatabase();
    QVERIFY(!file.isEmpty());
    auto db = Database::open(file);
    DC_VERIFY_OK(db);
    DC_VERIFY_OK(Backups::make(*db.value(), at(0, 9)));
    const QDir folder(Backups::folder(file));
    // What a DuoCoach killed in the middle of VACUUM INTO leaves: old, and one being written now.
    const QString stale =
        folder.filePath(QStringLiteral("gezinnen.duocoach.backup-20261120-090000.sqlite.partial"));
    const QString fresh =
        folder.filePath(QStringLiteral("gezinnen.duocoach.backup-20261123-095959.sqlite.partial"));
    QVERIFY(writeFile(stale, QByteArray("SQLite format 3\0", 16)));
    QVERIFY(writeFile(fresh, QByteArray("SQLite format 3\0", 16)));
    QVERIFY(setModified(stale, QDateTime::currentDateTime().addSecs(-3600)));
    QCOMPARE(Backups::list(file).size(), 1);

    DC_VERIFY_OK(Backups::rotate(file, 10));
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(fresh));
    QCOMPARE(Backups::list(file).size(), 1);
}

void TestBackups::validateRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("is not a DuoCoach database");
    QTest::newRow("damaged table")
        << QStringLiteral("damaged") << QStringLiteral("is damaged and cannot be restored");
    QTest::newRow("other program")
        << QStringLiteral("other") << QStringLiteral("of another program");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
}

void TestBackups::validateRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    const QString file = path(QStringLiteral("kopie.sqlite"));
    if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(file, "family_name;city\nBouzid;Utrecht\n"));
    } else if (kind == QLatin1String("damaged")) {
        QVERIFY(!fixtureDatabase(QStringLiteral("kopie.sqlite")).isEmpty());
        QVERIFY(damageTable(file, QStringLiteral("workers")));
    } else if (kind == QLatin1String("other")) {
        QCOMPARE(rawExec(file, {QStringLiteral("CREATE TABLE notes (text)")}), QString());
    }
    const Status valid = Backups::validate(file);
    QVERIFY(!valid.ok());
    QVERIFY2(valid.message().contains(QStringLiteral("kopie.sqlite")), qPrintable(valid.message()));
    QVERIFY2(valid.message().contains(expected), qPrintable(valid.message()));
}

void TestBackups::restorePutsBackupInPlaceAndCanBeUndone()
{
    const QString file = fixtureDatabase();
    QVERIFY(!file.isEmpty());
    QByteArray original;
    QString backup;
    {
        auto db = Database::open(file);
        DC_VERIFY_OK(db);
        original = contentHash(*db.value());
        auto made = Backups::make(*db.value(), at(0, 9));
        DC_VERIFY_OK(made);
        backup = made->path;
        DC_VERIFY_OK(
            FamilyStore(*db.value()).add(family(QStringLiteral("Kaya"), QDate(2026, 3, 1))));
    }
    const QByteArray changed = contentOf(file);
    QVERIFY(changed != original);

    auto restored = Backups::restore(backup, file, at(0, 11));
    DC_VERIFY_OK(restored);
    QCOMPARE(contentOf(file), original);
    QCOMPARE(permissions(file), OwnerOnly);
    {
        auto reopened = Database::open(file);
        DC_VERIFY_OK(reopened);
        QCOMPARE(reopened.value()->integrityProblems().value(), QStringList());
    }
    // The file as it was before the restore is itself a backup now, the newest one.
    QCOMPARE(restored->madeAt, at(0, 11));
    QCOMPARE(Backups::list(file).first().path, restored->path);
    QCOMPARE(contentOf(restored->path), changed);
    QVERIFY(QFileInfo::exists(backup));
    for (const char *suffix : {"-wal", "-shm"})
        QVERIFY(!QFileInfo::exists(file + QLatin1String(suffix)));
    // Nothing else was left beside the database (QSaveFile's temporary file included).
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("gezinnen.duocoach")});

    // Undo: restore the copy made before.
    auto undone = Backups::restore(restored->path, file, at(0, 12));
    DC_VERIFY_OK(undone);
    QCOMPARE(contentOf(file), changed);
}

void TestBackups::restoreRefusesWhileOpenElsewhere()
{
    const QString file = fixtureDatabase();
    QVERIFY(!file.isEmpty());
    QString backup;
    {
        auto db = Database::open(file);
        DC_VERIFY_OK(db);
        backup = Backups::make(*db.value(), at(0, 9)).value().path;
        DC_VERIFY_OK(
            FamilyStore(*db.value()).add(family(QStringLiteral("Kaya"), QDate(2026, 3, 1))));
    }
    auto other = Database::open(file);
    DC_VERIFY_OK(other);
    const QByteArray before = contentHash(*other.value());

    auto restored = Backups::restore(backup, file, at(0, 11));
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().kind, Error::Kind::Refused);
    QVERIFY2(restored.message().contains(QStringLiteral("\"gezinnen.duocoach\" is open in another "
                                                        "program")),
             qPrintable(restored.message()));
    // The other program goes on as if nothing happened.
    QCOMPARE(contentHash(*other.value()), before);
    DC_VERIFY_OK(
        FamilyStore(*other.value()).add(family(QStringLiteral("Demir"), QDate(2026, 3, 2))));
    QCOMPARE(rowCount(*other.value(), QStringLiteral("families")), 3);
}

void TestBackups::restoreRefusesBadBackupAndLeavesDatabase()
{
    const QString file = fixtureDatabase();
    QVERIFY(!file.isEmpty());
    const QString bad = path(QStringLiteral("slecht.sqlite"));
    QVERIFY(!fixtureDatabase(QStringLiteral("slecht.sqlite")).isEmpty());
    QVERIFY(damageTable(bad, QStringLiteral("families")));
    QVERIFY(backdate(file));
    const FileState before = fileState(file);

    auto restored = Backups::restore(bad, file, at(0, 11));
    QVERIFY(!restored.ok());
    QVERIFY2(restored.message().contains(QStringLiteral("slecht.sqlite")),
             qPrintable(restored.message()));
    QVERIFY(fileState(file) == before);
    QVERIFY(Backups::list(file).isEmpty());

    auto itself = Backups::restore(file, file, at(0, 11));
    QVERIFY(!itself.ok());
    QVERIFY(fileState(file) == before);
}

void TestBackups::restoreReplacesDamagedDatabase_data()
{
    QTest::addColumn<bool>("headerIntact");
    QTest::newRow("a damaged table") << true;
    QTest::newRow("a damaged schema page") << false;
}

void TestBackups::restoreReplacesDamagedDatabase()
{
    // What backups are for: the database itself no longer reads.
    QFETCH(bool, headerIntact);
    const QString file = fixtureDatabase();
    QVERIFY(!file.isEmpty());
    QByteArray original;
    QString backup;
    {
        auto db = Database::open(file);
        DC_VERIFY_OK(db);
        original = contentHash(*db.value());
        backup = Backups::make(*db.value(), at(0, 9)).value().path;
    }
    if (headerIntact)
        QVERIFY(damageTable(file, QStringLiteral("families")));
    else
        QVERIFY(overwrite(file, 100, 4096 - 100, char(0x5a)));
    const QByteArray damaged = sha256(file);

    auto restored = Backups::restore(backup, file, at(0, 11));
    DC_VERIFY_OK(restored);
    QCOMPARE(contentOf(file), original);
    // The damaged file was kept, byte for byte, under a name that is not listed as a backup.
    QCOMPARE(sha256(restored->path), damaged);
    QVERIFY2(QFileInfo(restored->path).fileName().contains(QStringLiteral(".damaged-")),
             qPrintable(restored->path));
    QCOMPARE(Backups::list(file).size(), 1);
}

QTEST_GUILESS_MAIN(TestBackups)
#include "TestBackups.moc"
