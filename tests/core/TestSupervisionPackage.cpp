// The supervision package (issue 5): export, verify and read back; every changed value and
// every flipped byte is caught; a pseudonymised package holds no identifying byte; encryption
// refuses a wrong passphrase, a cut-off file and a changed byte, and leaves no plaintext on disk;
// the export is recorded in the source, and only when the package was written.

#include "SupervisionWorld.h"
#include "TestSupport.h"

#include "exchange/InMemorySqlite.h"
#include "exchange/PackageCrypto.h"
#include "exchange/PackageFormat.h"
#include "exchange/SupervisionPackage.h"
#include "exchange/SupervisionPackageWriter.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"
#include "storage/SupervisionExportStore.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace TestSupport;

namespace {
const QString Passphrase = QStringLiteral("lange zin voor de supervisor");
// Who exports in these tests, as the access log records them.
const Actor Exporter{QStringLiteral("Supervisie-test"), QStringLiteral("coordinator"),
                     QStringLiteral("tester")};
// Argon2id at its minimum, for the tests that open an encrypted package many times; the
// default cost is used by the round trip.
const PackageCrypto::KdfCost Cheap{1, 8 * 1024 * 1024};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything SQLite holds in a package image, as text: the oracle for "did the content change"
// that does not use the code under test. Empty with *readable false when SQLite cannot read it.
QString contentDump(const QByteArray &bytes, bool *readable)
{
    *readable = false;
    auto memory = InMemorySqlite::open(SecureBytes::copyOf(bytes), QStringLiteral("dump"));
    if (!memory)
        return {};
    QSqlQuery q(memory.value()->connection());
    QStringList out;
    for (const char *pragma : {"PRAGMA application_id", "PRAGMA user_version"}) {
        if (!q.exec(QLatin1String(pragma)) || !q.next())
            return {};
        out << q.value(0).toString();
    }
    // quote(): the type of a value counts too. The schema as a set: its order is no content.
    if (!q.exec(QStringLiteral("SELECT type, name, quote(type) || quote(name) || "
                               "quote(tbl_name) || quote(sql) FROM sqlite_master")))
        return {};
    QStringList tables;
    QStringList schema;
    while (q.next()) {
        schema << q.value(2).toString();
        if (q.value(0).toString() == QLatin1String("table"))
            tables << q.value(1).toString();
    }
    if (q.lastError().isValid())
        return {};
    schema.sort();
    out << schema;
    for (const QString &table : tables) {
        if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
            return {};
        QStringList quoted;
        while (q.next())
            quoted << QStringLiteral("quote(\"%1\")").arg(q.value(0).toString());
        if (quoted.isEmpty())
            return {};
        // The rows as a sorted list: a hidden rowid (of a table keyed by two columns) is no
        // content, so neither is the order it gives.
        if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\"")
                        .arg(quoted.join(QLatin1String(" || ',' || ")), table)))
            return {};
        QStringList rows;
        while (q.next())
            rows << table + QLatin1Char(':') + q.value(0).toString();
        if (q.lastError().isValid())
            return {};
        rows.sort();
        out << rows;
    }
    *readable = true;
    return out.join(QLatin1Char('\n'));
}

// The offsets of an SQLite image that hold something: the file header, and of every b-tree
// page its header, cell pointers and cells (not the unused gap between them); other pages
// (overflow, freelist) whole. Flipping a byte in the gap changes nothing anyone can read.
QList<qsizetype> usedOffsets(const QByteArray &image)
{
    auto u16 = [&](qsizetype at) {
        return (int(uchar(image.at(at))) << 8) | int(uchar(image.at(at + 1)));
    };
    int pageSize = u16(16);
    if (pageSize == 1)
        pageSize = 65536;
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < 100; ++i)
        offsets << i;
    for (qsizetype start = 0; start + pageSize <= image.size(); start += pageSize) {
        const qsizetype header = start == 0 ? 100 : start;
        const int type = uchar(image.at(header));
        if (type != 2 && type != 5 && type != 10 && type != 13) {
            for (qsizetype i = header; i < start + pageSize; ++i)
                offsets << i;
            continue;
        }
        const int headerSize = (type == 2 || type == 5) ? 12 : 8;
        const int cells = u16(header + 3);
        const int contentStart = u16(header + 5) == 0 ? 65536 : u16(header + 5);
        for (qsizetype i = header; i < header + headerSize + 2 * cells; ++i)
            offsets << i;
        for (qsizetype i = start + contentStart; i < start + pageSize; ++i)
            offsets << i;
    }
    return offsets;
}
// Every manifest value but those that say where the package was made (the database's name: a
// file's, a server's; the seal of its access log, which a file chains and a server does not)
// and the hashes over them: two packages with the same rows, the same period and the same
// source database give the same map.
QMap<QString, QString> signedContent(const QString &path)
{
    auto package = SupervisionPackage::open(path);
    if (!package)
        return {{QStringLiteral("error"), package.message()}};
    QMap<QString, QString> values = package.value()->manifest().values;
    for (const QString &key : {QStringLiteral("signer_name"), QStringLiteral("access_log_seal"),
                               PackageFormat::contentHashKey(), PackageFormat::signatureKey()})
        values.remove(key);
    return values;
}
} // namespace

class TestSupervisionPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void sameWhicheverEngine_data();
    void sameWhicheverEngine();
    void textCrossesTheServerExactly_data();
    void textCrossesTheServerExactly();
    void cancelledExportLeavesTheDatabaseUsable();
    void figuresMatchTheSource();
    void readerApi();
    void networkTravelsByKindAndRole_data();
    void networkTravelsByKindAndRole();
    void formatTwoPackageStillOpens();
    void exportIsRecorded();
    void failedExportIsNotRecorded();
    void fullDiskLeavesNoPackageAndNoRecord();
    void requestIsChecked_data();
    void requestIsChecked();
    void familyWithoutConsentIsLeftOut_data();
    void familyWithoutConsentIsLeftOut();
    void exportNeedsSomeoneWhoMakesIt();

    void pseudonymisedPackageHoldsNoIdentifyingBytes();
    void plainPackageKeepsNamesButNoSecrets();
    void pseudonymisedPackageMasksEverySpellingOfEveryFamily();

    void everyChangedValueIsDetected();
    void flippedBytesNeverPassAsIntact();
    void notAPackageIsRefused_data();
    void notAPackageIsRefused();

    void wrongOrMissingPassphraseIsRefused();
    void cutOffEncryptedPackageFails_data();
    void cutOffEncryptedPackageFails();
    void changedEncryptedByteFails_data();
    void changedEncryptedByteFails();
    void encryptionLeavesNoPlaintextOnDisk();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Gives `file` the identity of the test's database, as DatabaseCopy does.
    Status adoptServerIdentity(Database &file)
    {
        auto identity = m_db->scalar(QStringLiteral("SELECT identity FROM database_identity"));
        if (!identity)
            return identity.error();
        return file.transaction([&] { return file.adoptIdentity(identity->toString()); });
    }
    Result<SupervisionExportSummary> exportTo(const QString &file, bool pseudonymize,
                                              const QString &passphrase = {},
                                              const PackageCrypto::KdfCost &cost = {},
                                              qint64 duoId = 0, qint64 workerId = 0);
    // Counts computed on the source, per duo: visits per status, both present, families.
    QMap<qint64, QList<int>> sourceFigures(qint64 duoId, qint64 workerId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SupervisionWorld::World m_world;
};

void TestSupervisionPackage::initTestCase_data()
{
    TestSupport::engines();
}

void TestSupervisionPackage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSupervisionPackage::init()
{
    failOnWarnings();
    const QString error = SupervisionWorld::makeInFolder(&m_dir, &m_db, &m_world);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSupervisionPackage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<SupervisionExportSummary>
TestSupervisionPackage::exportTo(const QString &file, bool pseudonymize, const QString &passphrase,
                                 const PackageCrypto::KdfCost &cost, qint64 duoId, qint64 workerId)
{
    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    options.request.pseudonymize = pseudonymize;
    options.request.passphrase = passphrase;
    options.request.duoId = duoId;
    options.request.workerId = workerId;
    options.exportedBy = QStringLiteral("Supervisie-test");
    options.actor = Exporter;
    options.exportedAt = QDateTime(QDate(2026, 4, 2), QTime(9, 15), Qt::OffsetFromUTC, 7200);
    options.kdfCost = cost;
    return SupervisionPackageWriter::write(*m_db, file, options);
}

void TestSupervisionPackage::sameWhicheverEngine_data()
{
    QTest::addColumn<bool>("pseudonymize");
    QTest::newRow("plain") << false;
    QTest::newRow("pseudonymised") << true;
}

// Issue 14: the same data on a server and in a file give the same package, table by table
// (the content hash covers every row of every table).
void TestSupervisionPackage::sameWhicheverEngine()
{
    if (!onServer())
        QSKIP("Compares the server with a file: run in the server's row.");
    QFETCH(bool, pseudonymize);
    auto file = Database::open(path(QStringLiteral("same.duocoach")));
    DC_VERIFY_OK(file);
    SupervisionWorld::World world;
    QCOMPARE(SupervisionWorld::make(*file.value(), &world), QString());
    // The same database, as a copy would make it: the package names its source (format 14).
    DC_VERIFY_OK(adoptServerIdentity(*file.value()));
    auto fromServer = exportTo(path(QStringLiteral("server.duosup")), pseudonymize);
    DC_VERIFY_OK(fromServer);
    std::swap(m_db, file.value());
    auto fromFile = exportTo(path(QStringLiteral("file.duosup")), pseudonymize);
    std::swap(m_db, file.value());
    DC_VERIFY_OK(fromFile);
    QVERIFY(fromServer->visits > 0);
    QCOMPARE(fromServer->visits, fromFile->visits);
    QCOMPARE(fromServer->families, fromFile->families);
    QCOMPARE(signedContent(path(QStringLiteral("server.duosup"))),
             signedContent(path(QStringLiteral("file.duosup"))));
}

void TestSupervisionPackage::textCrossesTheServerExactly_data()
{
    QTest::addColumn<QString>("notes");
    QTest::newRow("tabs and line ends") << QStringLiteral("tab\tthen\nnew line\r\nand CR\r");
    QTest::newRow("backslashes") << QStringLiteral("back\\slash \\t \\\\ \\101 \\x41 end\\");
    QTest::newRow("COPY's NULL spelled out") << QStringLiteral("\\N");
    QTest::newRow("control characters")
        << QString::fromUtf8("bell\x07 bs\x08 vt\x0b ff\x0c esc\x1b del\x7f");
    QTest::newRow("letters of every script")
        << QString::fromUtf8("Öztürk-Yılmaz & Dağ — عائلة 🙂 \xe2\x80\x8f");
    QTest::newRow("empty") << QString();
}

// Issue 14: a server hands an export its rows as COPY text (PostgresEngine::textRows), with
// escapes for tabs, line ends and backslashes. Whatever a coach typed reaches the package as
// it was typed, and as a file gives it.
void TestSupervisionPackage::textCrossesTheServerExactly()
{
    if (!onServer())
        QSKIP("Compares the server with a file: run in the server's row.");
    QFETCH(QString, notes);
    auto file = Database::open(path(QStringLiteral("same.duocoach")));
    DC_VERIFY_OK(file);
    SupervisionWorld::World world;
    QCOMPARE(SupervisionWorld::make(*file.value(), &world), QString());
    DC_VERIFY_OK(adoptServerIdentity(*file.value()));
    const QString report = QStringLiteral("UPDATE visit_reports SET notes = ? WHERE notes LIKE "
                                          "'NORA en rayan%'");
    DC_VERIFY_OK(m_db->exec(report, {notes.isNull() ? QStringLiteral("") : notes}));
    DC_VERIFY_OK(file.value()->exec(report, {notes.isNull() ? QStringLiteral("") : notes}));
    const QString serverPackage = path(QStringLiteral("server.duosup"));
    auto fromServer = exportTo(serverPackage, false);
    DC_VERIFY_OK(fromServer);
    std::swap(m_db, file.value());
    auto fromFile = exportTo(path(QStringLiteral("file.duosup")), false);
    std::swap(m_db, file.value());
    DC_VERIFY_OK(fromFile);
    QCOMPARE(signedContent(serverPackage), signedContent(path(QStringLiteral("file.duosup"))));
    {
        QSqlDatabase package =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hostile"));
        package.setDatabaseName(serverPackage);
        package.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(package.open());
        QSqlQuery q(package);
        QVERIFY(q.exec(QStringLiteral("SELECT notes, typeof(notes) FROM visit_reports WHERE "
                                      "trusted_person_tasks = 'Gesprek met Nora over school'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("text"));
        QCOMPARE(q.value(0).toString(), notes.isNull() ? QStringLiteral("") : notes);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hostile"));
}

// A cancel while a server streams the rows stops the stream (the server is asked to stop and
// what it sent is let go): nothing is written, and the next export on the same connection
// works.
void TestSupervisionPackage::cancelledExportLeavesTheDatabaseUsable()
{
    Progress progress;
    progress.cancel();
    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    options.exportedBy = QStringLiteral("Supervisie-test");
    options.actor = Exporter;
    options.progress = &progress;
    const QString file = path(QStringLiteral("cancelled.duosup"));
    auto cancelled = SupervisionPackageWriter::write(*m_db, file, options);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
    QVERIFY(!QFile::exists(file));
    auto visits = m_db->scalar(QStringLiteral("SELECT count(*) FROM visits"));
    DC_VERIFY_OK(visits);
    QVERIFY(visits->toInt() > 0);
    auto written = exportTo(file, true);
    DC_VERIFY_OK(written);
    QVERIFY(written->visits > 0);
}

QMap<qint64, QList<int>> TestSupervisionPackage::sourceFigures(qint64 duoId, qint64 workerId)
{
    QMap<qint64, QList<int>> figures;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT v.duo_id, count(*), count(CASE WHEN v.status = 'planned' THEN 1 END), "
        "count(CASE WHEN v.status = 'done' THEN 1 END), "
        "count(CASE WHEN v.status = 'cancelled' THEN 1 END), "
        "count(CASE WHEN v.status = 'no_show' THEN 1 END), count(CASE WHEN v.status = 'done' "
        "AND v.trusted_person_present = 1 AND v.professional_present = 1 THEN 1 END), "
        "count(DISTINCT v.family_id) "
        "FROM visits v JOIN duos d ON d.id = v.duo_id WHERE v.starts_at >= '2026-02-01' "
        "AND v.starts_at < '2026-04-01' AND (? = 0 OR v.duo_id = ?) AND (? = 0 OR "
        "d.trusted_person_id = ? OR d.professional_id = ?) GROUP BY v.duo_id"));
    for (const QVariant &v : {QVariant(duoId), QVariant(duoId), QVariant(workerId),
                              QVariant(workerId), QVariant(workerId)})
        q.addBindValue(v);
    if (!q.exec())
        return {};
    while (q.next()) {
        QList<int> row;
        for (int i = 1; i < 8; ++i)
            row << q.value(i).toInt();
        figures.insert(q.value(0).toLongLong(), row);
    }
    return figures;
}

void TestSupervisionPackage::roundTrip_data()
{
    QTest::addColumn<bool>("pseudonymize");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("byDuo");
    QTest::addColumn<bool>("byWorker");
    QTest::newRow("plain") << false << QString() << false << false;
    QTest::newRow("pseudonymised") << true << QString() << false << false;
    QTest::newRow("encrypted, default Argon2id cost") << true << Passphrase << false << false;
    QTest::newRow("one duo") << true << QString() << true << false;
    QTest::newRow("one worker's duos") << false << QString() << false << true;
}

void TestSupervisionPackage::roundTrip()
{
    QFETCH(bool, pseudonymize);
    QFETCH(QString, passphrase);
    QFETCH(bool, byDuo);
    QFETCH(bool, byWorker);
    const qint64 duo = byDuo ? m_world.fixture.duoB : 0;
    const qint64 worker = byWorker ? m_world.fixture.professionalA : 0;
    const QString file = path(QStringLiteral("round.duosup"));
    auto written = exportTo(file, pseudonymize, passphrase, {}, duo, worker);
    DC_VERIFY_OK(written);
    QCOMPARE(written->encrypted, !passphrase.isEmpty());
    QCOMPARE(written->pseudonymized, pseudonymize);
    QCOMPARE(SupervisionPackage::probe(file), passphrase.isEmpty()
                                                  ? SupervisionPackage::Kind::Plaintext
                                                  : SupervisionPackage::Kind::Encrypted);
    QCOMPARE(permissions(file), OwnerOnly);

    auto package = SupervisionPackage::open(file, passphrase);
    DC_VERIFY_OK(package);
    const PackageCheck check = package.value()->verify();
    QVERIFY2(check.intact(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    const PackageManifest &m = package.value()->manifest();
    QCOMPARE(m.formatVersion, PackageFormat::Version);
    QCOMPARE(m.appVersion, QStringLiteral(DUOCOACH_VERSION));
    QCOMPARE(m.exportedBy, QStringLiteral("Supervisie-test"));
    QCOMPARE(m.exportedAt, QDateTime(QDate(2026, 4, 2), QTime(9, 15), Qt::OffsetFromUTC, 7200));
    QCOMPARE(m.values.value(QStringLiteral("exported_at")),
             QStringLiteral("2026-04-02T09:15:00+02:00"));
    QCOMPARE(m.from, SupervisionWorld::from());
    QCOMPARE(m.to, SupervisionWorld::to());
    QCOMPARE(m.duoId, duo);
    QCOMPARE(m.workerId, worker);
    QCOMPARE(m.pseudonymized, pseudonymize);
    QCOMPARE(QString::fromLatin1(m.contentSha256), QString::fromLatin1(written->contentSha256));
    QCOMPARE(package.value()->isEncrypted(), !passphrase.isEmpty());
    QCOMPARE(package.value()->referenceDay(), SupervisionWorld::to());

    // The same figures as the source gives for the same selection.
    const QMap<qint64, QList<int>> expected = sourceFigures(duo, worker);
    QVERIFY(!expected.isEmpty());
    auto figures = package.value()->duoFigures();
    DC_VERIFY_OK(figures);
    int visits = 0;
    for (const DuoFigures &f : figures.value()) {
        const QList<int> actual{f.visits, f.planned,     f.done,    f.cancelled,
                                f.noShow, f.bothPresent, f.families};
        QCOMPARE(actual, expected.value(f.duo.id, QList<int>(7, 0)));
        visits += f.visits;
    }
    QCOMPARE(qint64(visits), written->visits);
    QCOMPARE(m.rows.value(QStringLiteral("visits")), written->visits);
    auto list = package.value()->visits();
    DC_VERIFY_OK(list);
    QCOMPARE(qint64(list->size()), written->visits);
}

void TestSupervisionPackage::figuresMatchTheSource()
{
    // The known world, worked out by hand (period 2026-02-01 .. 2026-03-31).
    const QString file = path(QStringLiteral("figures.duosup"));
    DC_VERIFY_OK(exportTo(file, true));
    auto package = SupervisionPackage::open(file);
    DC_VERIFY_OK(package);
    auto figures = package.value()->duoFigures();
    DC_VERIFY_OK(figures);
    QCOMPARE(figures->size(), 2);
    const DuoFigures &a = figures->at(0);
    const DuoFigures &b = figures->at(1);
    QCOMPARE(a.duo.id, m_world.fixture.duoA);
    QCOMPARE(a.duo.trustedPersonName, QStringLiteral("Fatima El Amrani"));
    QCOMPARE(a.duo.professionalName, QStringLiteral("Marieke van Dijk"));
    QCOMPARE(a.trustedPersonOrganisation, QStringLiteral("Stichting Brug Overvecht"));
    QCOMPARE(a.visits, 5);
    QCOMPARE(a.done, 2);
    QCOMPARE(a.planned, 1);
    QCOMPARE(a.cancelled, 1);
    QCOMPARE(a.noShow, 1);
    QCOMPARE(a.bothPresent, 1);
    QCOMPARE(a.reports, 2);
    QCOMPARE(a.families, 1);
    QCOMPARE(a.overdueFollowUps, 1); // due 2026-02-20, still open
    QCOMPARE(a.adjustOrStopEvaluations, 1);
    QCOMPARE(a.safetyConcerns, 1);
    QCOMPARE(a.cancellationRate(), 0.25);
    QCOMPARE(a.noShowRate(), 0.25);
    QCOMPARE(a.bothPresentShare(), 0.5);
    QCOMPARE(b.duo.id, m_world.fixture.duoB);
    QCOMPARE(b.visits, 3);
    QCOMPARE(b.done, 2);
    QCOMPARE(b.cancelled, 1);
    QCOMPARE(b.bothPresent, 1);
    QCOMPARE(b.overdueFollowUps, 0); // done before it was due
    QCOMPARE(b.adjustOrStopEvaluations, 0);
    QCOMPARE(b.safetyConcerns, 0);
    QVERIFY(std::isnan(DuoFigures().cancellationRate()));

    // The network (issue 16): duo A's referral to specialist care was declined after six days,
    // its family's homework class stopped because it did not help, one debrief is still open;
    // duo B's referral to the district team waits for an answer.
    QCOMPARE(a.referrals.total(), 1);
    QCOMPARE(a.referrals.toSpecialistCare, 1);
    QCOMPARE(a.referrals.declined, 1);
    QCOMPARE(a.referrals.medianDaysToAnswer, 6.0);
    QCOMPARE(a.supportStoppedNotHelping, 1);
    QCOMPARE(a.openDebriefs, 1);
    QCOMPARE(b.referrals.total(), 1);
    QCOMPARE(b.referrals.toOtherFormalCare, 1);
    QCOMPARE(b.referrals.unanswered, 1);
    QCOMPARE(b.supportStoppedNotHelping, 0);
    QCOMPARE(b.openDebriefs, 0);
}

void TestSupervisionPackage::networkTravelsByKindAndRole_data()
{
    QTest::addColumn<bool>("pseudonymize");
    QTest::newRow("plain") << false;
    QTest::newRow("pseudonymised") << true;
}

void TestSupervisionPackage::networkTravelsByKindAndRole()
{
    QFETCH(bool, pseudonymize);
    const QString file = path(QStringLiteral("network.duosup"));
    auto written = exportTo(file, pseudonymize);
    DC_VERIFY_OK(written);
    auto opened = SupervisionPackage::open(file);
    DC_VERIFY_OK(opened);
    QVERIFY(opened.value()->hasNetwork());
    QVERIFY(opened.value()->verify().intact());
    const QMap<QString, qint64> expected{
        {QStringLiteral("support"), 2},          {QStringLiteral("support_reviews"), 1},
        {QStringLiteral("referrals"), 2},        {QStringLiteral("meetings"), 1},
        {QStringLiteral("meeting_workers"), 2},  {QStringLiteral("meeting_partners"), 1},
        {QStringLiteral("meeting_families"), 1}, {QStringLiteral("meeting_decisions"), 1},
        {QStringLiteral("network_map"), 2},      {QStringLiteral("debriefs"), 2}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(written->rows.value(it.key()) == it.value(), qPrintable(it.key()));

    // Read with SQLite itself, not the reader: organisations by kind, people by role, names
    // only in a plain package.
    auto memory = InMemorySqlite::open(SecureBytes::copyOf(readAll(file)), QStringLiteral("n"));
    DC_VERIFY_OK(memory);
    QSqlQuery q(memory.value()->connection());
    auto one = [&](const char *sql) {
        if (!q.exec(QLatin1String(sql)) || !q.next())
            return QStringLiteral("<%1>").arg(q.lastError().text());
        return q.value(0).isNull() ? QStringLiteral("NULL") : q.value(0).toString();
    };
    const QString null = QStringLiteral("NULL");
    QCOMPARE(one("SELECT organisation_kind FROM referrals ORDER BY id LIMIT 1"),
             QStringLiteral("municipality"));
    QCOMPARE(one("SELECT organisation FROM referrals ORDER BY id LIMIT 1"),
             pseudonymize ? null : QStringLiteral("Wijkteam Overvecht-Noord"));
    QCOMPARE(one("SELECT contact_name FROM referrals ORDER BY id LIMIT 1"),
             pseudonymize ? null : QStringLiteral("Mevrouw Jansen-Smit"));
    QCOMPARE(one("SELECT reason FROM referrals ORDER BY id LIMIT 1"),
             pseudonymize ? QStringLiteral("[name] heeft meer nodig")
                          : QStringLiteral("Rayan heeft meer nodig"));
    QCOMPARE(one("SELECT provider FROM support WHERE kind = 'community'"),
             pseudonymize ? null : QStringLiteral("Buurthuis De Kameleon"));
    QCOMPARE(one("SELECT role || '/' || coalesce(name, '-') FROM network_map WHERE "
                 "kind = 'relative'"),
             pseudonymize ? QStringLiteral("oma/-") : QStringLiteral("oma/Zohra"));
    QCOMPARE(one("SELECT contact_name FROM meeting_partners"),
             pseudonymize ? null : QStringLiteral("Dokter Verhoeven"));
    QCOMPARE(one("SELECT role FROM meeting_workers ORDER BY worker_id LIMIT 1"),
             QStringLiteral("trusted_person"));
    QCOMPARE(one("SELECT count(*) FROM meeting_workers WHERE name IS NULL"),
             pseudonymize ? QStringLiteral("2") : QStringLiteral("0"));
    QCOMPARE(one("SELECT question FROM meeting_families"),
             pseudonymize ? QStringLiteral("Helpt de huiswerkklas [name]?")
                          : QStringLiteral("Helpt de huiswerkklas Rayan?"));
    QCOMPARE(one("SELECT held_by FROM debriefs WHERE held_on IS NOT NULL"),
             pseudonymize ? null : QStringLiteral("Karin Coördinator"));
    QCOMPARE(one("SELECT title FROM meetings"),
             pseudonymize ? null : QStringLiteral("Casuïstiek Lombok"));
}

void TestSupervisionPackage::formatTwoPackageStillOpens()
{
    // Made by DuoCoach before issue 16 (a demo's spring, pseudonymised): it opens, is intact,
    // and simply has no network figures.
    const QString file = QStringLiteral(DUOCOACH_TEST_DATA "/format2.duosup");
    QCOMPARE(SupervisionPackage::probe(file), SupervisionPackage::Kind::Plaintext);
    auto opened = SupervisionPackage::open(file);
    DC_VERIFY_OK(opened);
    const SupervisionPackage &package = *opened.value();
    QCOMPARE(package.manifest().formatVersion, 2);
    QVERIFY(!package.hasNetwork());
    const PackageCheck check = package.verify();
    QVERIFY2(check.intact(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    auto figures = package.duoFigures();
    DC_VERIFY_OK(figures);
    int visits = 0;
    for (const DuoFigures &f : figures.value()) {
        visits += f.visits;
        QCOMPARE(f.referrals.total(), 0);
        QCOMPARE(f.openDebriefs, 0);
    }
    QCOMPARE(visits, 84);
    auto concerns = package.safetyConcerns();
    DC_VERIFY_OK(concerns);
    QCOMPARE(concerns->size(), 2);

    // A format-2 package given format 3's number (file and manifest) is not intact: the
    // tables of format 3 are missing.
    const QString copy = path(QStringLiteral("renumbered.duosup"));
    QVERIFY(writeFile(copy, readAll(file)));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("renumber"));
        db.setDatabaseName(copy);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        QVERIFY(q.exec(QStringLiteral("UPDATE manifest SET value = '3' WHERE key = "
                                      "'format_version'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("renumber"));
    auto renumbered = SupervisionPackage::open(copy);
    DC_VERIFY_OK(renumbered);
    const PackageCheck changed = renumbered.value()->verify();
    QVERIFY(!changed.intact());
    QVERIFY2(changed.problems.join(QLatin1Char(' '))
                 .contains(QLatin1String("\"support\" is "
                                         "missing")),
             qPrintable(changed.problems.join(QLatin1Char('\n'))));
}

void TestSupervisionPackage::readerApi()
{
    const QString file = path(QStringLiteral("api.duosup"));
    DC_VERIFY_OK(exportTo(file, true));
    auto opened = SupervisionPackage::open(file);
    DC_VERIFY_OK(opened);
    const SupervisionPackage &package = *opened.value();

    PackageVisitFilter filter;
    filter.duoId = m_world.fixture.duoA;
    filter.status = VisitStatus::Cancelled;
    auto cancelled = package.visits(filter);
    DC_VERIFY_OK(cancelled);
    QCOMPARE(cancelled->size(), 1);
    QCOMPARE(cancelled->first().caseCode, m_world.fixture.family.caseCode);
    QCOMPARE(cancelled->first().statusReason, QStringLiteral("[name] was ziek"));
    QCOMPARE(cancelled->first().duoName, QStringLiteral("Fatima El Amrani & Marieke van Dijk"));

    PackageVisitFilter concerns;
    concerns.onlyWithSafetyConcerns = true;
    auto flagged = package.visits(concerns);
    DC_VERIFY_OK(flagged);
    QCOMPARE(flagged->size(), 1);
    QCOMPARE(flagged->first().safetyConcerns, 1);
    QVERIFY(flagged->first().hasReport);

    PackageVisitFilter february;
    february.from = QDate(2026, 2, 1);
    february.to = QDate(2026, 2, 28);
    auto inFebruary = package.visits(february);
    DC_VERIFY_OK(inFebruary);
    QCOMPARE(inFebruary->size(), 5);
    QVERIFY(std::is_sorted(
        inFebruary->cbegin(), inFebruary->cend(),
        [](const PackageVisit &x, const PackageVisit &y) { return x.start < y.start; }));

    auto report = package.report(flagged->first().id);
    DC_VERIFY_OK(report);
    QVERIFY(report->has_value());
    QCOMPARE(report->value().topics, QList<LifeDomain>{LifeDomain::Finances});
    QCOMPARE(report->value().notes, QStringLiteral("Adres [address], de [address]; gezin [name] "
                                                   "redt zich."));

    auto months = package.visitsPerMonth();
    DC_VERIFY_OK(months);
    int total = 0;
    for (const MonthCount &m : months.value())
        total += m.planned + m.done + m.cancelled + m.noShow;
    QCOMPARE(total, m_world.visitsInPeriod);

    auto last = package.lastVisits();
    DC_VERIFY_OK(last);
    QCOMPARE(last->size(), 2);
    QCOMPARE(last->first().lastVisit, QDate(2026, 3, 3));
    QCOMPARE(last->first().daysSince, 28);

    auto goals = package.goals(m_world.fixture.family.id);
    DC_VERIFY_OK(goals);
    QCOMPARE(goals->size(), 1); // the goal set after the period stays out
    QCOMPARE(goals->first().description, QStringLiteral("Rust in huis voor [name]"));
    auto evaluations = package.evaluations();
    DC_VERIFY_OK(evaluations);
    QCOMPARE(evaluations->size(), 2);
    QCOMPARE(evaluations->first().decision, Decision::Adjust);
    QCOMPARE(evaluations->first().scores.size(), 1);
    QCOMPARE(evaluations->first().reason,
             QStringLiteral("[name] heeft meer nodig dan de [name] dachten"));
    auto followUps = package.followUps();
    DC_VERIFY_OK(followUps);
    QCOMPARE(followUps->size(), 2);
    QCOMPARE(followUps->first().ownerName, QStringLiteral("Joost Hendriks"));
    auto safety = package.safetyConcerns();
    DC_VERIFY_OK(safety);
    QCOMPARE(safety->size(), 1);
    QCOMPARE(safety->first().description,
             QStringLiteral("[name] had blauwe plekken; [name] schrok"));
    QVERIFY(safety->first().isOpen());
}

void TestSupervisionPackage::exportIsRecorded()
{
    SupervisionExportStore store(*m_db);
    auto before = store.list();
    DC_VERIFY_OK(before);
    QVERIFY(before->isEmpty());
    auto written = exportTo(path(QStringLiteral("recorded.duosup")), true, Passphrase, Cheap,
                            m_world.fixture.duoA);
    DC_VERIFY_OK(written);
    auto after = store.list();
    DC_VERIFY_OK(after);
    QCOMPARE(after->size(), 1);
    const SupervisionExportRecord &r = after->first();
    QCOMPARE(r.id, written->recordId);
    QCOMPARE(r.exportedBy, QStringLiteral("Supervisie-test"));
    QCOMPARE(r.from, SupervisionWorld::from());
    QCOMPARE(r.to, SupervisionWorld::to());
    QCOMPARE(r.duoId, m_world.fixture.duoA);
    QCOMPARE(r.workerId, 0);
    QVERIFY(r.pseudonymized);
    QVERIFY(r.encrypted);
    QCOMPARE(r.visits, 5);
    QCOMPARE(r.families, 1);
    QCOMPARE(r.fileName, QStringLiteral("recorded.duosup"));
    QCOMPARE(r.contentSha256, written->contentSha256);
    QVERIFY(r.exportedAt.isValid());
}

void TestSupervisionPackage::fullDiskLeavesNoPackageAndNoRecord()
{
#ifdef Q_OS_LINUX
    // A write failure injected without root: a limit on the size of any file this process
    // writes (RLIMIT_FSIZE), with SIGXFSZ ignored so a write past it fails with EFBIG, as a
    // full disk fails it with ENOSPC. The package (dozens of pages) cannot be written whole.
    const QByteArray before = contentHash(*m_db);
    const int logged = rowCount(*m_db, QStringLiteral("access_log"));
    const QString file = path(QStringLiteral("vol.duosup"));
    rlimit old{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 16 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    auto written = exportTo(file, false);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Error::Kind::Storage);
    QVERIFY2(written.message().contains(QStringLiteral("vol.duosup")),
             qPrintable(written.message()));
    // No package, no half file or temporary file beside it, no record, no log entry.
    QVERIFY(!QFileInfo::exists(file));
    QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    left.removeAll(QStringLiteral("source.duocoach"));
    left.removeAll(QStringLiteral("source.duocoach-wal"));
    left.removeAll(QStringLiteral("source.duocoach-shm"));
    QCOMPARE(left, QStringList());
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(rowCount(*m_db, QStringLiteral("access_log")), logged);
    QCOMPARE(m_db->integrityProblems().value(), QStringList());

    // With room again, the same export goes through and is recorded once.
    DC_VERIFY_OK(exportTo(file, false));
    QCOMPARE(rowCount(*m_db, QStringLiteral("supervision_exports")), 1);
    QVERIFY(rowCount(*m_db, QStringLiteral("access_log")) > logged);
#else
    QSKIP("RLIMIT_FSIZE is used on Linux only.");
#endif
}

void TestSupervisionPackage::failedExportIsNotRecorded()
{
    const QByteArray before = contentHash(*m_db);
    const int logged = rowCount(*m_db, QStringLiteral("access_log"));
    // A folder that does not exist, the database itself, a folder as the target.
    QStringList targets{path(QStringLiteral("missing/p.duosup")), m_dir->path()};
    if (!onServer())
        targets << path(QStringLiteral("source.duocoach"));
    for (const QString &target : std::as_const(targets)) {
        auto written = exportTo(target, true);
        QVERIFY2(!written.ok(), qPrintable(target));
        QCOMPARE(written.error().kind, Error::Kind::Refused);
    }
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(rowCount(*m_db, QStringLiteral("access_log")), logged);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));

    // A read-only source cannot keep the record, so nothing is exported.
    m_db.reset();
    auto readOnly = Database::open(newDatabase(*m_dir, QStringLiteral("source.duocoach")),
                                   Database::Access::ReadOnly);
    DC_VERIFY_OK(readOnly);
    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    auto refused = SupervisionPackageWriter::write(*readOnly.value(),
                                                   path(QStringLiteral("ro.duosup")), options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("ro.duosup"))));
}

void TestSupervisionPackage::requestIsChecked_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("duo");
    QTest::addColumn<qint64>("worker");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("message");
    const QDate f = SupervisionWorld::from();
    const QDate t = SupervisionWorld::to();
    QTest::newRow("no period") << QDate() << t << qint64(0) << qint64(0) << QString()
                               << QStringLiteral("first and a last day");
    QTest::newRow("reversed") << t << f << qint64(0) << qint64(0) << QString()
                              << QStringLiteral("before its first day");
    QTest::newRow("unknown duo") << f << t << qint64(999) << qint64(0) << QString()
                                 << QStringLiteral("no duo with number 999");
    QTest::newRow("unknown worker") << f << t << qint64(0) << qint64(999) << QString()
                                    << QStringLiteral("no worker with number 999");
    QTest::newRow("duo and worker")
        << f << t << qint64(1) << qint64(1) << QString() << QStringLiteral("not both");
    QTest::newRow("short passphrase") << f << t << qint64(0) << qint64(0) << QStringLiteral("kort")
                                      << QStringLiteral("8 characters");
}

void TestSupervisionPackage::requestIsChecked()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, duo);
    QFETCH(qint64, worker);
    QFETCH(QString, passphrase);
    QFETCH(QString, message);
    SupervisionPackageWriter::Options options;
    options.request.from = from;
    options.request.to = to;
    options.request.duoId = duo;
    options.request.workerId = worker;
    options.request.passphrase = passphrase;
    options.actor = Exporter;
    const QString file = path(QStringLiteral("checked.duosup"));
    auto written = SupervisionPackageWriter::write(*m_db, file, options);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Error::Kind::Invalid);
    QVERIFY2(written.message().contains(message), qPrintable(written.message()));
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(rowCount(*m_db, QStringLiteral("supervision_exports")), 0);
}

void TestSupervisionPackage::familyWithoutConsentIsLeftOut_data()
{
    QTest::addColumn<bool>("pseudonymize");
    QTest::addColumn<QDate>("exportedOn");
    QTest::addColumn<bool>("leftOut");
    // The family withdrew its consent on 2026-03-25: left out from that day on, in plain and
    // pseudonymised packages alike; an export before that day takes it (so the checks below
    // would see it).
    QTest::newRow("plain, after withdrawal") << false << QDate(2026, 4, 2) << true;
    QTest::newRow("pseudonymised, after withdrawal") << true << QDate(2026, 4, 2) << true;
    QTest::newRow("on the day of withdrawal") << false << QDate(2026, 3, 25) << true;
    QTest::newRow("before withdrawal") << false << QDate(2026, 3, 24) << false;
}

void TestSupervisionPackage::familyWithoutConsentIsLeftOut()
{
    QFETCH(bool, pseudonymize);
    QFETCH(QDate, exportedOn);
    QFETCH(bool, leftOut);
    QString error;
    const qint64 family = SupervisionWorld::addFamilyWithoutConsent(*m_db, m_world, &error);
    QVERIFY2(family > 0, qPrintable(error));

    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    options.request.pseudonymize = pseudonymize;
    options.exportedBy = QStringLiteral("Supervisie-test");
    options.actor = Exporter;
    options.exportedAt = QDateTime(exportedOn, QTime(9, 15));
    const QString file = path(QStringLiteral("consent.duosup"));
    auto written = SupervisionPackageWriter::write(*m_db, file, options);
    DC_VERIFY_OK(written);
    QCOMPARE(written->familiesWithoutConsent, leftOut ? 1 : 0);
    QCOMPARE(written->families, leftOut ? 2 : 3);
    QCOMPARE(written->visits, m_world.visitsInPeriod + (leftOut ? 0 : 2));

    // The bytes, every table and page: neither the case code nor any word only its rows hold
    // (report, goal, evaluation, follow-up, concern, reason, names, street).
    const QString haystack = QString::fromUtf8(readAll(file)).toCaseFolded();
    QVERIFY(haystack.contains(QStringLiteral("g-2026-0001")));
    QStringList words = SupervisionWorld::unconsentedWords();
    if (pseudonymize) // the names are masked anyway; what stays is the text around them
        words = QStringList{QStringLiteral("Piekarnia-afspraak"),
                            QStringLiteral("Voetbalclub-Bartosz")};
    words << SupervisionWorld::unconsentedCaseCode();
    for (const QString &word : std::as_const(words))
        QVERIFY2(
            haystack.contains(word.toCaseFolded()) != leftOut,
            qPrintable(QStringLiteral("\"%1\" %2 in the package")
                           .arg(word, leftOut ? QStringLiteral("is") : QStringLiteral("is not"))));

    // The access log: an export entry for each family exported, a refused one for the family
    // left out, both written with the export's record.
    AccessLog log(*m_db);
    for (qint64 id : {m_world.fixture.family.id, m_world.secondFamily, family}) {
        AccessQuery query;
        query.familyId = id;
        auto entries = log.entries(query);
        DC_VERIFY_OK(entries);
        QList<AccessEntry> exports;
        for (const AccessEntry &e : entries.value())
            if (e.action == AccessAction::Export)
                exports << e;
        QCOMPARE(exports.size(), 1);
        const AccessEntry &e = exports.first();
        QCOMPARE(e.userName, Exporter.name);
        QCOMPARE(e.userRole, Exporter.role);
        const bool refused = leftOut && id == family;
        QCOMPARE(e.outcome, refused ? AccessOutcome::Refused : AccessOutcome::Success);
        QCOMPARE(e.detail, refused ? QStringLiteral("supervision_package;no_consent")
                                   : QStringLiteral("supervision_package"));
        if (id == family)
            QCOMPARE(e.caseCode, SupervisionWorld::unconsentedCaseCode());
    }
}

void TestSupervisionPackage::exportNeedsSomeoneWhoMakesIt()
{
    // NEN 7513: an export nobody made cannot be logged, so it is not made.
    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    const QByteArray before = contentHash(*m_db);
    const QString file = path(QStringLiteral("anonymous.duosup"));
    auto written = SupervisionPackageWriter::write(*m_db, file, options);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, Error::Kind::Invalid);
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(rowCount(*m_db, QStringLiteral("access_log")), 0);
}

void TestSupervisionPackage::pseudonymisedPackageHoldsNoIdentifyingBytes()
{
    const QString file = path(QStringLiteral("pseudo.duosup"));
    DC_VERIFY_OK(exportTo(file, true));
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.size() > 0);
    // The bytes, not the columns: any table, any page, any leftover. Compared case-folded, so
    // "NORA" or "bouzid" written anywhere count as well.
    const QString haystack = QString::fromUtf8(bytes).toCaseFolded();
    // The database with its write-ahead log, where recent rows still are.
    const QByteArray source = readAll(path(QStringLiteral("source.duocoach"))) +
                              readAll(path(QStringLiteral("source.duocoach-wal")));
    QStringList checked = m_world.identifying;
    // Every member first name of the exported families, straight from the source.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT first_name FROM household_members")));
    while (q.next())
        checked << q.value(0).toString();
    checked << SupervisionWorld::confidentialText() << SupervisionWorld::workerPhone()
            << SupervisionWorld::workerEmail();
    for (const QString &term : std::as_const(checked))
        QVERIFY2(!haystack.contains(term.toCaseFolded()),
                 qPrintable(QStringLiteral("\"%1\" is in the pseudonymised package").arg(term)));
    // The same check finds them in the source, so it would have found a leak. (Text from
    // before the export is in the database file: the notes that name them.)
    if (!onServer()) // a server's files are its own
        QVERIFY(QString::fromUtf8(source).contains(QStringLiteral("Noraatje")));
    // The notes are there, masked; worker names and case codes stay.
    QVERIFY(haystack.contains(QStringLiteral("[name] en [name] waren er")));
    QVERIFY(haystack.contains(QStringLiteral("[name] speelde buiten")));
    QVERIFY(haystack.contains(QStringLiteral("familie [name], [address]")));
    QVERIFY(haystack.contains(QStringLiteral("fatima el amrani")));
    QVERIFY(haystack.contains(m_world.fixture.family.caseCode.toCaseFolded()));
    QVERIFY(haystack.contains(QStringLiteral("g-2026-0002")));
}

void TestSupervisionPackage::pseudonymisedPackageMasksEverySpellingOfEveryFamily()
{
    // Issue 13, point 8: a report of the Bouzid family names its neighbours (a family with no
    // visits in the export, and the other family of the package) and spells its own names with
    // invisible characters, decomposed letters, another apostrophe and a line-break hyphen.
    DC_VERIFY_OK(m_db->exec(
        QStringLiteral("INSERT INTO families (case_code, family_name, street, postcode, city, "
                       "district, home_languages, referral_source, referred_on, status) VALUES "
                       "('G-2026-0009', 'D''Souza', 'Vechtstraat 3', '8031 AB', 'Zwolle', "
                       "'Holtenbroek', 'en', 'School', '2026-01-12', 'active')")));
    auto visit = m_db->scalar(
        QStringLiteral("SELECT id FROM visits WHERE starts_at = '2026-02-03T10:00:00'"));
    DC_VERIFY_OK(visit);
    const QString notes = QStringLiteral(
        "Buren D’Souza (Vechtstraat 3, 8031-AB) en O\u0308ztu\u0308rk-\nDemir hielpen; "
        "Bou\u00ADzid en No\u200Bra blij, Ray-\r\nan ook. Amazone-\ndreef 12, 3563\u00A0AB.");
    DC_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE visit_reports SET notes = ? WHERE visit_id = ?"),
                            {notes, visit.value()}));

    const QString file = path(QStringLiteral("spellings.duosup"));
    DC_VERIFY_OK(exportTo(file, true));
    auto opened = SupervisionPackage::open(file);
    DC_VERIFY_OK(opened);
    auto report = opened.value()->report(visit->toLongLong());
    DC_VERIFY_OK(report);
    QVERIFY(report->has_value());
    QCOMPARE(report->value().notes,
             QStringLiteral("Buren [name] ([address], [address]) en [name] hielpen; [name] en "
                            "[name] blij, [name] ook. [address], [address]."));

    // Nothing of them in the file's bytes, however it is read: decomposed, without marks and
    // invisible characters, case folded.
    auto plain = [](const QString &text) {
        QString result;
        for (const QChar c : text.normalized(QString::NormalizationForm_KD))
            if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Other_Format)
                result += c;
        return result.toCaseFolded();
    };
    const QString haystack = plain(QString::fromUtf8(readAll(file)));
    for (const QString &term :
         {QStringLiteral("Souza"), QStringLiteral("Vechtstraat"), QStringLiteral("8031-AB"),
          QStringLiteral("Ozturk"), QStringLiteral("Bouzid"), QStringLiteral("Nora"),
          QStringLiteral("Amazone"), QStringLiteral("dreef 12"), QStringLiteral("3563 AB")})
        QVERIFY2(!haystack.contains(plain(term)),
                 qPrintable(QStringLiteral("\"%1\" is in the pseudonymised package").arg(term)));
}

void TestSupervisionPackage::plainPackageKeepsNamesButNoSecrets()
{
    const QString file = path(QStringLiteral("plain.duosup"));
    DC_VERIFY_OK(exportTo(file, false));
    const QString haystack = QString::fromUtf8(readAll(file));
    QVERIFY(haystack.contains(QStringLiteral("Bouzid")));
    QVERIFY(haystack.contains(QStringLiteral("Amazonedreef 12")));
    QVERIFY(haystack.contains(QStringLiteral("Noraatje")));
    for (const QString &name : SupervisionWorld::networkNames())
        QVERIFY2(haystack.contains(name), qPrintable(name));
    // Never in any package: what was said in confidence, and workers' contact details.
    QVERIFY(!haystack.contains(SupervisionWorld::confidentialText()));
    QVERIFY(!haystack.contains(SupervisionWorld::workerPhone()));
    QVERIFY(!haystack.contains(SupervisionWorld::workerEmail()));
    QVERIFY(!haystack.contains(QStringLiteral("confidential_notes")));
}

void TestSupervisionPackage::everyChangedValueIsDetected()
{
    if (onServer())
        QSKIP("A package's bytes are the same whichever engine it came from "
              "(sameWhicheverEngine): checked once, on the file's row.");
    const QString original = path(QStringLiteral("original.duosup"));
    DC_VERIFY_OK(exportTo(original, false));
    const QString copy = path(QStringLiteral("copy.duosup"));

    // Every cell of every table, the manifest's included, changed on its own in a fresh copy:
    // one character at the start, one at the end, its type, NULL for a value, a value for NULL;
    // and every row deleted, and every row duplicated under a new key.
    struct Change
    {
        QString description;
        QString sql;
        QVariantList binds;
    };
    QList<Change> changes;
    QMap<QString, QString> tableOfChange;
    {
        QStringList tables{QStringLiteral("manifest")};
        for (const PackageFormat::Table &t : PackageFormat::tables())
            tables << t.name;
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cells"));
        raw.setDatabaseName(original);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            for (const QString &table : std::as_const(tables)) {
                QVERIFY(
                    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
                QStringList columns;
                while (q.next())
                    columns << q.value(0).toString();
                // Tables keyed by several columns are WITHOUT ROWID: a row is found by its key.
                const PackageFormat::Table *format = PackageFormat::table(table);
                const QStringList key = format && format->primaryKey.size() > 1
                                            ? format->primaryKey
                                            : QStringList{QStringLiteral("rowid")};
                QVERIFY(q.exec(QStringLiteral("SELECT %1, * FROM %2")
                                   .arg(key.join(QLatin1String(", ")), table)));
                int rowsSeen = 0;
                while (q.next()) {
                    ++rowsSeen;
                    QStringList terms;
                    for (int k = 0; k < key.size(); ++k)
                        terms << QStringLiteral("%1 = %2").arg(key.at(k)).arg(
                            q.value(k).toLongLong());
                    const QString rowid = terms.join(QLatin1String(" AND "));
                    const QString where = QStringLiteral(" WHERE ") + rowid;
                    auto add = [&](const QString &what, const QString &sql,
                                   const QVariantList &binds = {}) {
                        const QString d =
                            QStringLiteral("%1 row %2: %3").arg(table).arg(rowid).arg(what);
                        changes.append({d, sql, binds});
                        tableOfChange.insert(d, table);
                    };
                    for (int c = 0; c < columns.size(); ++c) {
                        const QString &column = columns.at(c);
                        const QVariant value = q.value(c + int(key.size()));
                        const QString set =
                            QStringLiteral("UPDATE %1 SET %2 = ?").arg(table, column) + where;
                        if (value.isNull()) {
                            add(column + QStringLiteral(" NULL -> 0"), set, {0});
                            add(column + QStringLiteral(" NULL -> ''"), set, {QStringLiteral("")});
                            continue;
                        }
                        add(column + QStringLiteral(" -> NULL"), set, {QVariant()});
                        if (value.typeId() == QMetaType::QString) {
                            const QString text = value.toString();
                            if (text.isEmpty()) {
                                add(column + QStringLiteral(" '' -> ' '"), set,
                                    {QStringLiteral(" ")});
                                continue;
                            }
                            auto other = [](QChar c) {
                                return c == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
                            };
                            QString first = text;
                            first[0] = other(text.at(0));
                            QString last = text;
                            last[last.size() - 1] = other(text.back());
                            add(column + QStringLiteral(" first character"), set, {first});
                            add(column + QStringLiteral(" last character"), set, {last});
                            // The same bytes as a blob: only the type differs.
                            add(column + QStringLiteral(" as blob"), set, {text.toUtf8()});
                        } else {
                            const qint64 number = value.toLongLong();
                            // + 1 may meet the next key (then it cannot be made: skipped);
                            // + 100003 never does.
                            add(column + QStringLiteral(" + 1"), set, {number + 1});
                            add(column + QStringLiteral(" + 100003"), set, {number + 100003});
                            add(column + QStringLiteral(" as blob"), set,
                                {QByteArray::number(number)});
                        }
                    }
                    add(QStringLiteral("deleted"),
                        QStringLiteral("DELETE FROM %1").arg(table) + where);
                    // A copy of the row under a new key (the first key column changed).
                    QStringList values = columns;
                    values[0] = QStringLiteral("%1 || 'copy'").arg(columns.first());
                    if (table != QLatin1String("manifest"))
                        values[0] = QStringLiteral("(SELECT max(%1) + 1000 FROM %2)")
                                        .arg(columns.first(), table);
                    add(QStringLiteral("duplicated"),
                        QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1")
                                .arg(table, columns.join(QLatin1String(", ")),
                                     values.join(QLatin1String(", "))) +
                            where);
                }
                QVERIFY2(rowsSeen > 0, qPrintable(table + QStringLiteral(" is empty; the test "
                                                                         "would miss it")));
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cells"));
    QVERIFY(changes.size() > 500);

    const QByteArray originalBytes = readAll(original);
    bool readable = false;
    const QString originalDump = contentDump(originalBytes, &readable);
    QVERIFY(readable);
    int checkedChanges = 0;
    int refused = 0;
    for (const Change &change : std::as_const(changes)) {
        QVERIFY(writeFile(copy, originalBytes));
        QString error;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(copy);
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                // No journal file and no sync: a copy in a test folder, changed once.
                q.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
                q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
                q.prepare(change.sql);
                for (const QVariant &bind : change.binds)
                    q.addBindValue(bind);
                if (!q.exec())
                    error = q.lastError().text();
                else if (q.numRowsAffected() != 1)
                    error = QStringLiteral("changed %1 rows").arg(q.numRowsAffected());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        if (!error.isEmpty()) {
            // A change SQLite itself refuses (a duplicate key, NULL for a rowid or for a key
            // column of a WITHOUT ROWID table) cannot be made to a package either; nothing
            // else may fail.
            QVERIFY2(error.contains(QStringLiteral("UNIQUE")) ||
                         error.contains(QStringLiteral("datatype mismatch")) ||
                         error.contains(QStringLiteral("NOT NULL constraint failed")),
                     qPrintable(change.description + QStringLiteral(": ") + error));
            ++refused;
            continue;
        }
        const QByteArray changed = readAll(copy);
        const QString dump = contentDump(changed, &readable);
        QVERIFY2(readable && dump != originalDump,
                 qPrintable(change.description + QStringLiteral(": the change changed nothing")));
        auto package = SupervisionPackage::fromBytes(changed, QStringLiteral("copy.duosup"));
        DC_VERIFY_OK(package);
        const PackageCheck check = package.value()->verify();
        QVERIFY2(!check.intact(),
                 qPrintable(change.description + QStringLiteral(": verify says intact")));
        const QString table = tableOfChange.value(change.description);
        if (table != QLatin1String("manifest")) {
            const QString named = QStringLiteral("\"%1\"").arg(table);
            QVERIFY2(check.problems.join(QLatin1Char(' ')).contains(named),
                     qPrintable(change.description + QStringLiteral(": not named in ") +
                                check.problems.join(QStringLiteral(" | "))));
        }
        ++checkedChanges;
    }
    QCOMPARE(checkedChanges + refused, changes.size());
    QVERIFY2(
        refused * 10 < changes.size(),
        qPrintable(QStringLiteral("%1 of %2 changes refused").arg(refused).arg(changes.size())));
}

void TestSupervisionPackage::flippedBytesNeverPassAsIntact()
{
    if (onServer())
        QSKIP("A package's bytes are the same whichever engine it came from "
              "(sameWhicheverEngine): checked once, on the file's row.");
    const QString file = path(QStringLiteral("flip.duosup"));
    DC_VERIFY_OK(exportTo(file, false));
    const QByteArray original = readAll(file);
    bool readable = false;
    const QString originalDump = contentDump(original, &readable);
    QVERIFY(readable);

    // Every byte that holds something, flipped in its lowest bit (the file header's bytes
    // in their highest bit too).
    int detected = 0;
    int unreadable = 0;
    const QList<qsizetype> offsets = usedOffsets(original);
    QVERIFY(offsets.size() > 1000);
    for (const qsizetype offset : offsets) {
        for (char mask : {char(0x01), char(0x80)}) {
            if (mask == char(0x80) && offset >= 100)
                continue;
            QByteArray bytes = original;
            bytes[offset] = char(bytes.at(offset) ^ mask);
            auto package = SupervisionPackage::fromBytes(bytes, QStringLiteral("flip.duosup"));
            if (!package) {
                // Refused or unreadable: fine, as long as it says so in one sentence.
                QVERIFY(!package.message().isEmpty());
                QVERIFY(!package.message().contains(QLatin1Char('\n')));
                ++unreadable;
                continue;
            }
            if (!package.value()->verify().intact()) {
                ++detected;
                continue;
            }
            // Said intact: then SQLite must read exactly the content it read before.
            const QString dump = contentDump(bytes, &readable);
            QVERIFY2(readable && dump == originalDump,
                     qPrintable(QStringLiteral("byte %1 ^ %2 changed the content but verify says "
                                               "intact")
                                    .arg(offset)
                                    .arg(int(uchar(mask)))));
        }
    }
    // The loop did meet changes verify caught, and files SQLite could not read.
    QVERIFY2(detected > 200, qPrintable(QString::number(detected)));
    QVERIFY(unreadable > 0);
}

void TestSupervisionPackage::notAPackageIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a supervision package");
    QTest::newRow("text") << QByteArray("date;visit\n")
                          << QStringLiteral("not a supervision package");
    QTest::newRow("DuoCoach database") << QByteArray() // filled in below
                                       << QStringLiteral("is a DuoCoach database");
}

void TestSupervisionPackage::notAPackageIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    if (QByteArray(QTest::currentDataTag()) == "DuoCoach database") {
        if (onServer())
            QSKIP("A database file; the server's are its own.");
        bytes = readAll(path(QStringLiteral("source.duocoach")));
    }
    const QString file = path(QStringLiteral("other.duosup"));
    QVERIFY(writeFile(file, bytes));
    const FileState before = fileState(file);
    QCOMPARE(SupervisionPackage::probe(file), SupervisionPackage::Kind::NotAPackage);
    auto package = SupervisionPackage::open(file);
    QVERIFY(!package.ok());
    QCOMPARE(package.error().kind, Error::Kind::Refused);
    QVERIFY2(package.message().contains(message), qPrintable(package.message()));
    QVERIFY(fileState(file) == before);
    auto missing = SupervisionPackage::open(path(QStringLiteral("missing.duosup")));
    QCOMPARE(missing.error().kind, Error::Kind::Refused);
}

void TestSupervisionPackage::wrongOrMissingPassphraseIsRefused()
{
    const QString file = path(QStringLiteral("secret.duosup"));
    DC_VERIFY_OK(exportTo(file, true, Passphrase, Cheap));
    const FileState before = fileState(file);
    auto wrong = SupervisionPackage::open(file, QStringLiteral("lange zin voor de supervisoR"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, Error::Kind::Refused);
    QVERIFY2(wrong.message().contains(QStringLiteral("passphrase")), qPrintable(wrong.message()));
    auto none = SupervisionPackage::open(file);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Error::Kind::Refused);
    QVERIFY2(none.message().contains(QStringLiteral("encrypted")), qPrintable(none.message()));
    // The passphrase is taken in Unicode form C: "é" typed as e + combining accent opens too.
    const QString composed = QStringLiteral("caf\u00e9 voor de supervisie");
    const QString decomposed = QStringLiteral("cafe\u0301 voor de supervisie");
    const QString accented = path(QStringLiteral("accent.duosup"));
    DC_VERIFY_OK(exportTo(accented, true, composed, Cheap));
    DC_VERIFY_OK(SupervisionPackage::open(accented, decomposed));
    QVERIFY(fileState(file) == before);
}

void TestSupervisionPackage::cutOffEncryptedPackageFails_data()
{
    QTest::addColumn<int>("keep"); // bytes kept; negative: bytes dropped from the end
    QTest::addColumn<int>("kind");
    QTest::newRow("magic only") << 7 << int(Error::Kind::Integrity);
    QTest::newRow("half the header") << 50 << int(Error::Kind::Integrity);
    QTest::newRow("header only") << PackageCrypto::HeaderSize << int(Error::Kind::Integrity);
    QTest::newRow("into the first chunk")
        << PackageCrypto::HeaderSize + 1000 << int(Error::Kind::Integrity);
    QTest::newRow("a whole chunk")
        << PackageCrypto::HeaderSize + PackageCrypto::ChunkSize + 17 << int(Error::Kind::Integrity);
    QTest::newRow("last byte") << -1 << int(Error::Kind::Integrity);
    QTest::newRow("last tag") << -17 << int(Error::Kind::Integrity);
}

void TestSupervisionPackage::cutOffEncryptedPackageFails()
{
    QFETCH(int, keep);
    QFETCH(int, kind);
    const QString file = path(QStringLiteral("cut.duosup"));
    DC_VERIFY_OK(exportTo(file, true, Passphrase, Cheap));
    QByteArray bytes = readAll(file);
    QVERIFY(bytes.size() > PackageCrypto::HeaderSize + PackageCrypto::ChunkSize + 17);
    bytes = keep >= 0 ? bytes.left(keep) : bytes.chopped(-keep);
    auto package = SupervisionPackage::fromBytes(bytes, QStringLiteral("cut.duosup"), Passphrase);
    QVERIFY(!package.ok());
    QCOMPARE(int(package.error().kind), kind);
    QVERIFY2(package.message().contains(QStringLiteral("cut.duosup")),
             qPrintable(package.message()));
    // Bytes added are caught as well.
    auto longer = SupervisionPackage::fromBytes(readAll(file) + QByteArray(3, 'x'),
                                                QStringLiteral("cut.duosup"), Passphrase);
    QVERIFY(!longer.ok());
    QCOMPARE(longer.error().kind, Error::Kind::Integrity);
}

void TestSupervisionPackage::changedEncryptedByteFails_data()
{
    QTest::addColumn<int>("offset"); // negative: from the end
    QTest::addColumn<int>("kind");   // -1: refused or integrity, as long as it fails
    QTest::newRow("magic") << 0 << int(Error::Kind::Refused);
    QTest::newRow("container version") << 7 << int(Error::Kind::Refused);
    QTest::newRow("kdf") << 8 << int(Error::Kind::Refused);
    QTest::newRow("reserved") << 10 << int(Error::Kind::Refused);
    QTest::newRow("opslimit") << 19 << int(Error::Kind::Refused);
    QTest::newRow("memlimit") << 25 << -1;
    QTest::newRow("salt") << 30 << int(Error::Kind::Refused);
    QTest::newRow("chunk size") << 47 << -1;
    QTest::newRow("plaintext size") << 55 << int(Error::Kind::Refused);
    QTest::newRow("stream header") << 60 << int(Error::Kind::Refused);
    QTest::newRow("key check") << 90 << int(Error::Kind::Refused);
    QTest::newRow("first content byte") << PackageCrypto::HeaderSize << int(Error::Kind::Integrity);
    QTest::newRow("second chunk") << PackageCrypto::HeaderSize + PackageCrypto::ChunkSize + 100
                                  << int(Error::Kind::Integrity);
    QTest::newRow("last MAC byte") << -1 << int(Error::Kind::Integrity);
}

void TestSupervisionPackage::changedEncryptedByteFails()
{
    QFETCH(int, offset);
    QFETCH(int, kind);
    const QString file = path(QStringLiteral("changed.duosup"));
    DC_VERIFY_OK(exportTo(file, true, Passphrase, Cheap));
    QByteArray bytes = readAll(file);
    const qsizetype at = offset >= 0 ? offset : bytes.size() + offset;
    bytes[at] = char(bytes.at(at) ^ 0x04);
    auto package =
        SupervisionPackage::fromBytes(bytes, QStringLiteral("changed.duosup"), Passphrase);
    QVERIFY(!package.ok());
    if (kind >= 0)
        QCOMPARE(int(package.error().kind), kind);
    QVERIFY(!package.message().isEmpty());
    QVERIFY(!package.message().contains(QLatin1Char('\n')));
}

void TestSupervisionPackage::encryptionLeavesNoPlaintextOnDisk()
{
    // SQLite and Qt put temporary files under TMPDIR: point it at an empty folder of ours.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    const QString out = path(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const QString file = out + QStringLiteral("/enc.duosup");
    auto written = exportTo(file, false, Passphrase, Cheap);
    qputenv("TMPDIR", oldTmp);
    DC_VERIFY_OK(written);

    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("enc.duosup")});
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    const QByteArray bytes = readAll(file);
    QVERIFY(bytes.startsWith("DUOSUP1"));
    for (const char *plain : {"SQLite format 3", "Bouzid", "G-2026-", "manifest", "Fatima"})
        QVERIFY2(!bytes.contains(plain), plain);
    // And it opens to the same content as the plaintext export of the same data.
    auto package = SupervisionPackage::open(file, Passphrase);
    DC_VERIFY_OK(package);
    QVERIFY(package.value()->verify().intact());
    QCOMPARE(package.value()->manifest().rows.value(QStringLiteral("visits")), written->visits);
}

QTEST_GUILESS_MAIN(TestSupervisionPackage)
#include "TestSupervisionPackage.moc"
