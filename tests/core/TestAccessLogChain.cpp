// The access log's hash chain (issue 18): every entry DuoCoach adds is chained in the same
// transaction and the head is sealed beside the file. Someone with the sqlite3 shell who drops
// the log's triggers and rewrites, deletes or inserts an entry is caught at that entry; one who
// deletes the newest entries with their chain rows, or rewrites the whole chain, is caught by
// the seal. On a server the log is the server's to guard, and check says so.

#include "TestSupport.h"

#include "storage/AccessLog.h"
#include "storage/AccessLogChain.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
// Runs statements on the file from a connection of its own, as the sqlite3 shell would.
QString shell(const QString &path, const QStringList &statements)
{
    QString error;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            if (error.isEmpty() && !q.exec(statement))
                error = statement + QStringLiteral(": ") + q.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shell"));
    return error;
}

// The triggers that keep the log append-only, dropped as a forger would.
QStringList dropTriggers()
{
    QStringList list;
    for (const char *table : {"access_log", "access_log_chain"})
        for (const char *what : {"changed", "deleted", "replaced"})
            list << QStringLiteral("DROP TRIGGER %1_never_%2")
                        .arg(QLatin1String(table), QLatin1String(what));
    return list;
}
} // namespace

class TestAccessLogChain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void everyEntryIsChainedAndSealed();
    void forgeriesAreFound_data();
    void forgeriesAreFound();
    void aCopyWithoutSealIsChainedByItsFirstChange();

private:
    AccessLogChain::Verdict verdictOfTheFile();
    void writeEntries(int families);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
    Fixture m_f;
    Actor m_coordinator{QStringLiteral("jdevries"), QStringLiteral("coordinator"),
                        QStringLiteral("jdevries")};
};

void TestAccessLogChain::initTestCase_data()
{
    TestSupport::engines();
}

void TestAccessLogChain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccessLogChain::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = TestSupport::newDatabase(*m_dir, QStringLiteral("log.duocoach"));
    auto opened = Database::open(m_path);
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
}

void TestAccessLogChain::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

// Entries as a day's work writes them: one at a time, and many in one statement.
void TestAccessLogChain::writeEntries(int families)
{
    AccessLog log(*m_db);
    for (int i = 0; i < families; ++i)
        DC_VERIFY_OK(log.record(m_coordinator, AccessAction::Read, m_f.family.id));
    DC_VERIFY_OK(log.record(m_coordinator, AccessAction::Update,
                            QList<qint64>{m_f.family.id, m_f.family.id + 1000}, AccessOutcome::Success,
                            QStringLiteral("visit")));
    DC_VERIFY_OK(log.recordSupervisionExport(m_coordinator, {m_f.family.id}, {}));
}

AccessLogChain::Verdict TestAccessLogChain::verdictOfTheFile()
{
    m_db.reset();
    auto opened = Database::open(m_path, Database::Access::ReadOnly);
    if (!opened)
        return {false, 0, 0, 0, -1, opened.message()};
    auto verdict = AccessLogChain(*opened.value()).verify();
    return verdict ? verdict.value()
                   : AccessLogChain::Verdict{false, 0, 0, 0, -1, verdict.message()};
}

void TestAccessLogChain::everyEntryIsChainedAndSealed()
{
    writeEntries(5);
    auto count = m_db->scalar(QStringLiteral("SELECT count(*) FROM access_log"));
    DC_VERIFY_OK(count);
    auto last = m_db->scalar(QStringLiteral("SELECT max(id) FROM access_log"));
    DC_VERIFY_OK(last);
    QVERIFY(count->toInt() >= 8);
    auto verdict = AccessLogChain(*m_db).verify();
    DC_VERIFY_OK(verdict);
    if (onServer()) {
        // The server's own log: guarded by its roles, not chained by a client.
        QVERIFY(!verdict->kept);
        QVERIFY(verdict->intact());
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM access_log_chain"))->toInt(), 0);
        return;
    }
    QVERIFY2(verdict->intact(), qPrintable(verdict->problem));
    QCOMPARE(verdict->entries, count->toLongLong());
    QCOMPARE(verdict->unchained, 0);
    QCOMPARE(verdict->sealedUpTo, last->toLongLong());

    // The seal: owner-only, naming the newest entry and its hash.
    auto head = AccessLogChain::head(*m_db);
    DC_VERIFY_OK(head);
    QCOMPARE(head->entryId, last->toLongLong());
    QCOMPARE(AccessLogChain::readSeal(m_path), head->text());
    QCOMPARE(QFile::permissions(AccessLogChain::sealPath(m_path)) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // A change that fails takes its entries and their chain rows back, and the seal stays.
    const Status failed = m_db->transaction([&]() -> Status {
        if (Status logged = AccessLog(*m_db).record(m_coordinator, AccessAction::Read, m_f.family.id);
            !logged)
            return logged;
        return Error::invalid(QStringLiteral("afgebroken"));
    });
    QVERIFY(!failed);
    QCOMPARE(AccessLogChain::readSeal(m_path), head->text());
    auto again = AccessLogChain(*m_db).verify();
    DC_VERIFY_OK(again);
    QVERIFY2(again->intact(), qPrintable(again->problem));
}

void TestAccessLogChain::forgeriesAreFound_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("found");    // part of the sentence
    QTest::addColumn<int>("entryFromEnd"); // which entry it names: 0 the newest, 1 the one before
    QTest::addColumn<bool>("withoutSeal"); // the seal file removed as well

    const QString last = QStringLiteral("(SELECT max(id) FROM access_log)");
    const QString middle = QStringLiteral("(SELECT max(id) - 3 FROM access_log)");
    QTest::newRow("an entry rewritten")
        << (dropTriggers() << QStringLiteral("UPDATE access_log SET user_name = 'iemand anders' "
                                             "WHERE id = %1")
                                  .arg(middle))
        << QStringLiteral("breaks at entry") << 3 << false;
    QTest::newRow("an entry's family changed")
        << (dropTriggers() << QStringLiteral(
                                  "UPDATE access_log SET family_id = family_id + 1 WHERE id = %1")
                                  .arg(middle))
        << QStringLiteral("breaks at entry") << 3 << false;
    QTest::newRow("an entry deleted with its chain row")
        << (dropTriggers()
            << QStringLiteral("DELETE FROM access_log_chain WHERE entry_id = %1").arg(middle)
            << QStringLiteral("DELETE FROM access_log WHERE id = %1").arg(middle))
        << QStringLiteral("breaks at entry") << 2 << false;
    QTest::newRow("an entry deleted, its chain row kept")
        << (dropTriggers() << QStringLiteral("DELETE FROM access_log WHERE id = %1").arg(middle))
        << QStringLiteral("was deleted") << 3 << false;
    QTest::newRow("an entry inserted without a place in the chain")
        << (dropTriggers() << QStringLiteral(
                                  "INSERT INTO access_log (id, at, user_name, user_role, action, "
                                  "outcome) VALUES (%1 + 1, '2026-01-01T00:00:00.000Z', 'iemand', "
                                  "'coordinator', 'read', 'success')")
                                  .arg(last))
        << QStringLiteral("added outside DuoCoach") << -1 << false;
    QTest::newRow("the newest entries deleted with their chain rows")
        << (dropTriggers()
            << QStringLiteral("DELETE FROM access_log_chain WHERE entry_id > %1 - 2").arg(last)
            << QStringLiteral("DELETE FROM access_log WHERE id > %1 - 2").arg(last))
        << QStringLiteral("newest entries were removed") << 0 << false;
    // The chain of the rewritten entry and every one after it recomputed: found by the seal.
    QTest::newRow("an entry rewritten and the chain recomputed")
        << (dropTriggers()
            << QStringLiteral("UPDATE access_log SET user_name = 'iemand anders' WHERE id = %1")
                   .arg(middle)
            << QStringLiteral("DELETE FROM access_log_chain WHERE entry_id >= %1").arg(middle))
        << QStringLiteral("log was rewritten") << 0 << false;
}

void TestAccessLogChain::forgeriesAreFound()
{
    if (onServer())
        QSKIP("The sqlite3 shell on a file; a server's log is guarded by its roles "
              "(TestAccessLog::databaseRefusesChanges, TestTeamAccess).");
    QFETCH(QStringList, statements);
    QFETCH(QString, found);
    QFETCH(int, entryFromEnd);
    QFETCH(bool, withoutSeal);
    writeEntries(6);
    auto last = m_db->scalar(QStringLiteral("SELECT max(id) FROM access_log"));
    DC_VERIFY_OK(last);
    const bool recompute = QString::fromLatin1(QTest::currentDataTag()).contains(QLatin1String("recomputed"));
    m_db.reset();
    QFile sealFile(AccessLogChain::sealPath(m_path));
    QVERIFY(sealFile.open(QIODevice::ReadOnly));
    const QByteArray seal = sealFile.readAll();
    sealFile.close();
    QCOMPARE(shell(m_path, statements), QString());
    if (recompute) {
        // What a forger who read AccessLogChain.h does: chain the entries again from the one
        // before the change, with the program's own function.
        auto db = Database::open(m_path);
        DC_VERIFY_OK(db);
        DC_VERIFY_OK(db.value()->transaction([&] { return AccessLogChain(*db.value()).extend(); }));
        db.value().reset();
        // extend() wrote a seal of its own after the commit; this forger did not know of the
        // seal file (one who did is found by the seals in the backups and packages instead).
        QVERIFY(sealFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sealFile.write(seal);
        sealFile.close();
    }
    if (withoutSeal)
        QVERIFY(QFile::remove(AccessLogChain::sealPath(m_path)));

    const AccessLogChain::Verdict verdict = verdictOfTheFile();
    QVERIFY2(!verdict.intact(), "a changed log passed as intact");
    QVERIFY2(verdict.problem.contains(found), qPrintable(verdict.problem));
    if (entryFromEnd >= 0)
        QCOMPARE(verdict.brokenAt, last->toLongLong() - entryFromEnd);
    else
        QCOMPARE(verdict.brokenAt, last->toLongLong() + 1);
}

void TestAccessLogChain::aCopyWithoutSealIsChainedByItsFirstChange()
{
    if (onServer())
        QSKIP("A file's chain.");
    // Entries without a chain, as a copy from a server or an upgraded file has them: reported as
    // not chained yet, not as a forgery, and chained by the next change.
    writeEntries(2);
    m_db.reset();
    QCOMPARE(shell(m_path, dropTriggers() << QStringLiteral("DELETE FROM access_log_chain")),
             QString());
    QVERIFY(QFile::remove(AccessLogChain::sealPath(m_path)));
    const AccessLogChain::Verdict before = verdictOfTheFile();
    QVERIFY2(before.intact(), qPrintable(before.problem));
    QVERIFY(before.unchained > 0);
    QCOMPARE(before.entries, 0);

    auto db = Database::open(m_path);
    DC_VERIFY_OK(db);
    DC_VERIFY_OK(AccessLog(*db.value()).record(m_coordinator, AccessAction::Read, m_f.family.id));
    auto after = AccessLogChain(*db.value()).verify();
    DC_VERIFY_OK(after);
    QVERIFY2(after->intact(), qPrintable(after->problem));
    QCOMPARE(after->unchained, 0);
    QCOMPARE(after->entries, before.unchained + 1);
}

QTEST_GUILESS_MAIN(TestAccessLogChain)
#include "TestAccessLogChain.moc"
