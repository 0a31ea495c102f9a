// The supervisor's feedback brought back to the duos (issue 17): into the database the package
// came from alone, checked against that database's own exports, replacing an earlier import of
// the same package, read by the duo it is about, and logged. On both engines.
#include "SupervisionWorld.h"
#include "TestSupport.h"
#include "exchange/ReviewFeedback.h"
#include "exchange/SupervisionPackage.h"
#include "exchange/SupervisionPackageWriter.h"
#include "services/SupervisionFeedbackImport.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"
#include "storage/SupervisionFeedbackStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const PackageCrypto::KdfCost Cheap{1, 8 * 1024 * 1024};
const Actor Coordinator{QStringLiteral("Coördinator"), QStringLiteral("coordinator"),
                        QStringLiteral("tester")};
const QString Passphrase = QStringLiteral("zeven-lange-woorden");
} // namespace

class TestSupervisionFeedback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { engines(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(), m_dir.reset(); }
    void packageNamesItsDatabase();
    void notesReachTheirDuoAndAreLogged();
    void importedAgainReplaces();
    void packageOfOneDuoGivesItTheGeneralRemark();
    void encryptedFeedbackNeedsItsPassphrase();
    void notesOnVisitsNoLongerHereAreLeftOut();
    void refusedFeedbackStoresNothing_data();
    void refusedFeedbackStoresNothing();

private:
    // A package of the period (of one duo when given), written by the source database.
    QString exportPackage(const QString &name, qint64 duoId = 0, const QString &passphrase = {});
    // Feedback on `package` as the review window saves it: a general remark, a note for duo A
    // and one on duo A's first visit of the period.
    QString writeFeedback(const QString &package, const QString &passphrase = {});
    qint64 count(Database &db, const QString &sql) const;
    qint64 rowsOf(Database &db) const
    {
        return count(db, QStringLiteral("SELECT count(*) FROM supervision_feedback"));
    }
    qint64 logSize(Database &db) const
    {
        return count(db, QStringLiteral("SELECT count(*) FROM access_log"));
    }
    CurrentUser worker(qint64 id) const
    {
        CurrentUser user;
        user.kind = CurrentUser::Kind::Worker;
        user.workerId = id;
        return user;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SupervisionWorld::World m_world;
    qint64 m_visitA = 0;
    qint64 m_familyOfVisitA = 0;
};

void TestSupervisionFeedback::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(newDatabase(*m_dir, QStringLiteral("source.duocoach")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_world = {};
    const QString error = SupervisionWorld::make(*m_db, &m_world);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto visit = m_db->exec(QStringLiteral("SELECT id, family_id FROM visits WHERE duo_id = ? AND "
                                           "starts_at >= ? ORDER BY starts_at, id"),
                            {m_world.fixture.duoA, SupervisionWorld::from().toString(Qt::ISODate)});
    DC_VERIFY_OK(visit);
    QVERIFY(visit.value()->next());
    m_visitA = visit.value()->value(0).toLongLong();
    m_familyOfVisitA = visit.value()->value(1).toLongLong();
}

QString TestSupervisionFeedback::exportPackage(const QString &name, qint64 duoId,
                                               const QString &passphrase)
{
    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    options.request.pseudonymize = true;
    options.request.duoId = duoId;
    options.request.passphrase = passphrase;
    options.kdfCost = Cheap;
    options.exportedBy = QStringLiteral("Supervisie-test");
    options.actor = Coordinator;
    const QString path = m_dir->filePath(name);
    auto written = SupervisionPackageWriter::write(*m_db, path, options);
    if (!written) {
        qWarning("%s", qPrintable(written.message()));
        return {};
    }
    return path;
}

QString TestSupervisionFeedback::writeFeedback(const QString &package, const QString &passphrase)
{
    auto opened = SupervisionPackage::open(package, passphrase);
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return {};
    }
    const PackageManifest &manifest = opened.value()->manifest();
    auto feedback = ReviewFeedback::load(package, manifest.contentSha256, passphrase);
    if (!feedback) {
        qWarning("%s", qPrintable(feedback.message()));
        return {};
    }
    ReviewFeedback f = feedback.value();
    f.setSourceDatabase(manifest.values.value(QStringLiteral("source_database")));
    f.setGeneral(QStringLiteral("Mooi werk; let op de duur van de bezoeken."));
    f.setForDuo(m_world.fixture.duoA, QStringLiteral("Plan de evaluatie eerder."));
    f.setForVisit(m_visitA, QStringLiteral("Goed dat jullie samen gingen.\nBespreek de zorg."));
    if (Status saved = f.save(); !saved) {
        qWarning("%s", qPrintable(saved.message()));
        return {};
    }
    return ReviewFeedback::pathFor(package);
}

qint64 TestSupervisionFeedback::count(Database &db, const QString &sql) const
{
    auto n = db.scalar(sql);
    return n ? n->toLongLong() : -1;
}

void TestSupervisionFeedback::packageNamesItsDatabase()
{
    const QString package = exportPackage(QStringLiteral("period.duosup"));
    QVERIFY(!package.isEmpty());
    auto opened = SupervisionPackage::open(package);
    DC_VERIFY_OK(opened);
    auto identity = m_db->scalar(QStringLiteral("SELECT identity FROM database_identity"));
    DC_VERIFY_OK(identity);
    QCOMPARE(opened.value()->manifest().values.value(QStringLiteral("source_database")),
             identity->toString());
    QVERIFY(opened.value()->verify().intact());
}

void TestSupervisionFeedback::notesReachTheirDuoAndAreLogged()
{
    const QString feedback = writeFeedback(exportPackage(QStringLiteral("period.duosup")));
    QVERIFY(!feedback.isEmpty());
    const qint64 logBefore = logSize(*m_db);
    auto imported = SupervisionFeedbackImport::run(*m_db, Coordinator, feedback);
    DC_VERIFY_OK(imported);
    QCOMPARE(imported->general, 1);
    QCOMPARE(imported->duos, 1);
    QCOMPARE(imported->visits, 1);
    QCOMPARE(imported->leftOut, 0);
    QVERIFY(!imported->replaced);
    QCOMPARE(imported->packageFile, QStringLiteral("period.duosup"));
    QCOMPARE(imported->from, SupervisionWorld::from());

    // Duo A's trusted person reads all three; duo B's only the remark for the whole team.
    SupervisionFeedbackStore store(*m_db);
    const QDate today = QDate::currentDate();
    auto mine = store.recentFor(worker(m_world.fixture.trustedA), today);
    DC_VERIFY_OK(mine);
    QCOMPARE(mine->size(), 3);
    auto other = store.recentFor(worker(m_world.fixture.trustedB), today);
    DC_VERIFY_OK(other);
    QCOMPARE(other->size(), 1);
    QCOMPARE(other->constFirst().kind, SupervisionNote::Kind::General);
    QCOMPARE(other->constFirst().duoId, 0);
    // Older than the page's four weeks: not on Today any more.
    auto later = store.recentFor(worker(m_world.fixture.trustedA), today.addDays(1));
    DC_VERIFY_OK(later);
    QCOMPARE(later->size(), 0);

    auto onVisit = store.forVisit(m_visitA);
    DC_VERIFY_OK(onVisit);
    QCOMPARE(onVisit->size(), 1);
    const SupervisionNote note = onVisit->constFirst();
    QCOMPARE(note.kind, SupervisionNote::Kind::Visit);
    QCOMPARE(note.duoId, m_world.fixture.duoA);
    QCOMPARE(note.familyId, m_familyOfVisitA);
    QCOMPARE(note.note, QStringLiteral("Goed dat jullie samen gingen.\nBespreek de zorg."));
    QCOMPARE(note.importedBy, Coordinator.name);
    QVERIFY(!note.caseCode.isEmpty());
    QVERIFY(note.writtenAt.isValid());

    // The import is logged for the family the notes are about; reading it too, never its text.
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM access_log WHERE action = "
                                         "'import' AND detail = 'supervision_feedback' AND "
                                         "family_id = %1")
                              .arg(m_familyOfVisitA)),
             1);
    QCOMPARE(logSize(*m_db), logBefore + 1);
    const Actor reader{QStringLiteral("Fatima"), QStringLiteral("trusted_person"),
                       QStringLiteral("tester")};
    DC_VERIFY_OK(store.recordRead(reader, note));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'read' "
                                         "AND detail = 'supervision_feedback' AND family_id = %1 "
                                         "AND user_name = 'Fatima'")
                              .arg(m_familyOfVisitA)),
             1);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM access_log WHERE detail LIKE "
                                         "'%Bespreek%'")),
             0);
}

void TestSupervisionFeedback::importedAgainReplaces()
{
    const QString package = exportPackage(QStringLiteral("period.duosup"));
    const QString feedback = writeFeedback(package);
    QVERIFY(!feedback.isEmpty());
    DC_VERIFY_OK(SupervisionFeedbackImport::run(*m_db, Coordinator, feedback));
    QCOMPARE(rowsOf(*m_db), 3);

    // The supervisor takes the duo's note back and sends the file again.
    auto opened = SupervisionPackage::open(package);
    DC_VERIFY_OK(opened);
    auto revised = ReviewFeedback::load(package, opened.value()->manifest().contentSha256);
    DC_VERIFY_OK(revised);
    ReviewFeedback f = revised.value();
    f.setForDuo(m_world.fixture.duoA, QString());
    DC_VERIFY_OK(f.save());
    auto again = SupervisionFeedbackImport::run(*m_db, Coordinator, feedback);
    DC_VERIFY_OK(again);
    QVERIFY(again->replaced);
    QCOMPARE(again->duos, 0);
    QCOMPARE(rowsOf(*m_db), 2);
}

void TestSupervisionFeedback::packageOfOneDuoGivesItTheGeneralRemark()
{
    const QString feedback =
        writeFeedback(exportPackage(QStringLiteral("duo-a.duosup"), m_world.fixture.duoA));
    QVERIFY(!feedback.isEmpty());
    auto imported = SupervisionFeedbackImport::run(*m_db, Coordinator, feedback);
    DC_VERIFY_OK(imported);
    QCOMPARE(imported->general, 1);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM supervision_feedback WHERE kind = "
                                         "'general' AND duo_id = %1")
                              .arg(m_world.fixture.duoA)),
             1);
    auto other = SupervisionFeedbackStore(*m_db).recentFor(worker(m_world.fixture.trustedB),
                                                           QDate::currentDate());
    DC_VERIFY_OK(other);
    QCOMPARE(other->size(), 0);
}

void TestSupervisionFeedback::encryptedFeedbackNeedsItsPassphrase()
{
    const QString package = exportPackage(QStringLiteral("secret.duosup"), 0, Passphrase);
    const QString feedback = writeFeedback(package, Passphrase);
    QVERIFY(!feedback.isEmpty());
    QVERIFY(SupervisionFeedbackImport::isEncrypted(feedback));
    QFile file(feedback);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Bespreek"));

    auto without = SupervisionFeedbackImport::run(*m_db, Coordinator, feedback);
    QVERIFY(!without);
    QVERIFY2(without.message().contains(QStringLiteral("secret.duosup.feedback.json")),
             qPrintable(without.message()));
    auto wrong = SupervisionFeedbackImport::run(*m_db, Coordinator, feedback,
                                                QStringLiteral("niet-de-goede-zin"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().kind, Error::Kind::Refused);
    QCOMPARE(rowsOf(*m_db), 0);
    auto right = SupervisionFeedbackImport::run(*m_db, Coordinator, feedback, Passphrase);
    DC_VERIFY_OK(right);
    QCOMPARE(right->notes(), 3);
}

void TestSupervisionFeedback::notesOnVisitsNoLongerHereAreLeftOut()
{
    const QString package = exportPackage(QStringLiteral("period.duosup"));
    const QString feedback = writeFeedback(package);
    QVERIFY(!feedback.isEmpty());
    auto loaded = ReviewFeedback::load(package);
    DC_VERIFY_OK(loaded);
    ReviewFeedback f = loaded.value();
    f.setForVisit(987654, QStringLiteral("Over een bezoek dat er niet meer is."));
    f.setForDuo(987655, QStringLiteral("Over een duo dat er niet meer is."));
    DC_VERIFY_OK(f.save());
    auto imported = SupervisionFeedbackImport::run(*m_db, Coordinator, feedback);
    DC_VERIFY_OK(imported);
    QCOMPARE(imported->leftOut, 2);
    QCOMPARE(imported->notes(), 3);
}

void TestSupervisionFeedback::refusedFeedbackStoresNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("says"); // a part of the one sentence
    QTest::newRow("another database") << "other-db"
                                      << "another database";
    QTest::newRow("package not exported here") << "unknown-package"
                                               << "not exported from";
    QTest::newRow("not a feedback file's name") << "renamed"
                                                << "is not a feedback file";
    QTest::newRow("damaged") << "damaged"
                             << "is damaged";
    QTest::newRow("missing") << "missing"
                             << "does not exist";
}

void TestSupervisionFeedback::refusedFeedbackStoresNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, says);
    QString feedback = writeFeedback(exportPackage(QStringLiteral("period.duosup")));
    QVERIFY(!feedback.isEmpty());
    Database *target = m_db.get();
    std::unique_ptr<Database> other;
    if (damage == QLatin1String("other-db")) {
        // The same world in another database: the same rows, another identity.
        auto made = Database::open(newDatabase(*m_dir, QStringLiteral("other.duocoach")));
        DC_VERIFY_OK(made);
        other = std::move(made).value();
        SupervisionWorld::World world;
        QCOMPARE(SupervisionWorld::make(*other, &world), QString());
        target = other.get();
    } else if (damage == QLatin1String("unknown-package")) {
        // A feedback file that says nothing of its database, on a package never exported.
        QFile file(feedback);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        root.insert(QStringLiteral("package_sha256"), QString(64, QLatin1Char('a')));
        root.insert(QStringLiteral("source_database"), QString());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
    } else if (damage == QLatin1String("renamed")) {
        const QString renamed = m_dir->filePath(QStringLiteral("feedback.json"));
        QVERIFY(QFile::rename(feedback, renamed));
        feedback = renamed;
    } else if (damage == QLatin1String("damaged")) {
        QFile file(feedback);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"format\": \"duocoach-review-feedback\", ");
    } else if (damage == QLatin1String("missing")) {
        QVERIFY(QFile::remove(feedback));
    }
    const QByteArray before = contentHash(*target);
    auto imported = SupervisionFeedbackImport::run(*target, Coordinator, feedback);
    QVERIFY(!imported);
    QVERIFY2(imported.message().contains(says), qPrintable(imported.message()));
    QVERIFY2(imported.message().contains(QFileInfo(feedback).fileName()),
             qPrintable(imported.message()));
    QCOMPARE(rowsOf(*target), 0);
    QCOMPARE(contentHash(*target), before);
}

QTEST_GUILESS_MAIN(TestSupervisionFeedback)
#include "TestSupervisionFeedback.moc"
