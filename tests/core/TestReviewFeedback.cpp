// The supervisor's feedback beside a supervision package: saved and read back, absent, damaged
// or belonging to another package, and never touching the package itself.

#include "SupervisionWorld.h"
#include "TestSupport.h"
#include "exchange/ReviewFeedback.h"
#include "exchange/SupervisionPackage.h"
#include "exchange/SupervisionPackageWriter.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestReviewFeedback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void noFileGivesEmptyFeedback();
    void roundTrip();
    void blankTextRemovesANote();
    void packageStaysUnchanged();
    void damagedFileIsRefusedAndKept_data();
    void damagedFileIsRefusedAndKept();
    void feedbackOfAnotherPackageIsRefused();
    void failedSaveNamesTheFile();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_package;
    QByteArray m_sha256; // the package's content hash, hex
};

void TestReviewFeedback::initTestCase_data()
{
    TestSupport::engines();
}

void TestReviewFeedback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewFeedback::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("source.duocoach")));
    DC_VERIFY_OK(db);
    SupervisionWorld::World world;
    const QString error = SupervisionWorld::make(*db.value(), &world);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    options.request.pseudonymize = true;
    options.exportedBy = QStringLiteral("Supervisie-test");
    options.actor = Actor{QStringLiteral("Supervisie-test"), QStringLiteral("coordinator"),
                          QStringLiteral("tester")};
    m_package = path(QStringLiteral("period.duosup"));
    auto written = SupervisionPackageWriter::write(*db.value(), m_package, options);
    DC_VERIFY_OK(written);
    m_sha256 = written->contentSha256;
}

void TestReviewFeedback::cleanup()
{
    m_dir.reset();
}

void TestReviewFeedback::noFileGivesEmptyFeedback()
{
    auto loaded = ReviewFeedback::load(m_package, m_sha256);
    DC_VERIFY_OK(loaded);
    QVERIFY(loaded->isEmpty());
    QCOMPARE(loaded->packagePath(), m_package);
    QCOMPARE(loaded->packageSha256(), m_sha256);
    QVERIFY(loaded->general().isEmpty());
    QVERIFY(loaded->forDuo(1).isEmpty());
    QVERIFY(loaded->forVisit(1).isEmpty());
    QVERIFY(!loaded->savedAt().isValid());
    // Reading creates nothing.
    QVERIFY(!QFileInfo::exists(ReviewFeedback::pathFor(m_package)));
}

void TestReviewFeedback::roundTrip()
{
    auto loaded = ReviewFeedback::load(m_package, m_sha256);
    DC_VERIFY_OK(loaded);
    ReviewFeedback feedback = loaded.value();
    const QString general = QStringLiteral("Goed bijgehouden.\nLet op de afzeggingen in maart; "
                                           "bespreek dat met \"duo 2\" — ook de planning.");
    feedback.setGeneral(general);
    feedback.setForDuo(1, QStringLiteral("Bezoek vaker samen."));
    feedback.setForDuo(2, QStringLiteral("Mooi: één op één afspraken nagekomen."));
    feedback.setForVisit(4, QStringLiteral("Waarom niet aangetroffen?"));
    QVERIFY(!feedback.isEmpty());
    DC_VERIFY_OK(feedback.save());
    QVERIFY(feedback.savedAt().isValid());

    const QString file = ReviewFeedback::pathFor(m_package);
    QCOMPARE(file, m_package + QStringLiteral(".feedback.json"));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(permissions(file), OwnerOnly);
    // No temporary file is left beside it.
    // The package and its feedback, and the database with its access log's seal when it is a
    // file.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), onServer() ? 2 : 4);

    auto again = ReviewFeedback::load(m_package, m_sha256);
    DC_VERIFY_OK(again);
    QVERIFY(again.value() == feedback);
    QCOMPARE(again->general(), general);
    QCOMPARE(again->forDuo(1), QStringLiteral("Bezoek vaker samen."));
    QCOMPARE(again->forDuo(2), QStringLiteral("Mooi: één op één afspraken nagekomen."));
    QVERIFY(again->forDuo(3).isEmpty());
    QCOMPARE(again->forVisit(4), QStringLiteral("Waarom niet aangetroffen?"));
    QCOMPARE(again->duoNotes().size(), 2);
    QCOMPARE(again->visitNotes().size(), 1);
    QCOMPARE(again->packageSha256(), m_sha256);
    QVERIFY(again->savedAt().isValid());
    // Loaded without the hash, the one in the file is kept.
    auto unchecked = ReviewFeedback::load(m_package);
    DC_VERIFY_OK(unchecked);
    QCOMPARE(unchecked->packageSha256(), m_sha256);

    // The file says which package it belongs to.
    QFile json(file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("package_sha256")).toString().toLatin1(), m_sha256);
    QCOMPARE(root.value(QStringLiteral("package")).toString(), QStringLiteral("period.duosup"));
}

void TestReviewFeedback::blankTextRemovesANote()
{
    auto loaded = ReviewFeedback::load(m_package, m_sha256);
    DC_VERIFY_OK(loaded);
    ReviewFeedback feedback = loaded.value();
    feedback.setForDuo(1, QStringLiteral("Iets"));
    feedback.setForVisit(2, QStringLiteral("Iets anders"));
    feedback.setGeneral(QStringLiteral("Algemeen"));
    feedback.setForDuo(1, QStringLiteral("  \n "));
    feedback.setForVisit(2, QString());
    feedback.setGeneral(QStringLiteral("\t"));
    QVERIFY(feedback.isEmpty());
    QVERIFY(feedback.duoNotes().isEmpty());
    DC_VERIFY_OK(feedback.save());
    auto again = ReviewFeedback::load(m_package, m_sha256);
    DC_VERIFY_OK(again);
    QVERIFY(again->isEmpty());
}

void TestReviewFeedback::packageStaysUnchanged()
{
    const QByteArray before = sha256(m_package);
    const QDateTime modified = QFileInfo(m_package).lastModified();
    auto loaded = ReviewFeedback::load(m_package, m_sha256);
    DC_VERIFY_OK(loaded);
    ReviewFeedback feedback = loaded.value();
    feedback.setGeneral(QStringLiteral("Een opmerking."));
    feedback.setForVisit(3, QStringLiteral("Goed gedaan."));
    DC_VERIFY_OK(feedback.save());
    DC_VERIFY_OK(feedback.save()); // and once more, over the first
    QCOMPARE(sha256(m_package), before);
    QCOMPARE(QFileInfo(m_package).lastModified(), modified);
    auto package = SupervisionPackage::open(m_package);
    DC_VERIFY_OK(package);
    const PackageCheck check = package.value()->verify();
    QVERIFY2(check.intact(), qPrintable(check.problems.join(QLatin1Char('\n'))));
}

void TestReviewFeedback::damagedFileIsRefusedAndKept_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"format\": \"duocoach-review-feedback\", \"gen")
                              << QStringLiteral("is damaged");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("is damaged");
    QTest::newRow("other JSON") << QByteArray("{\"general\": \"hallo\"}")
                                << QStringLiteral("is not feedback on a supervision package");
    QTest::newRow("a list") << QByteArray("[1, 2]")
                            << QStringLiteral("is not feedback on a supervision package");
    QTest::newRow("note not text")
        << QByteArray("{\"format\": \"duocoach-review-feedback\", \"version\": 1, "
                      "\"duos\": {\"1\": 5}}")
        << QStringLiteral("a note is not text");
    QTest::newRow("note on no number")
        << QByteArray("{\"format\": \"duocoach-review-feedback\", \"version\": 1, "
                      "\"visits\": {\"de tweede\": \"tekst\"}}")
        << QStringLiteral("not tied to a number");
    QTest::newRow("newer version")
        << QByteArray("{\"format\": \"duocoach-review-feedback\", \"version\": 99}")
        << QStringLiteral("newer version of DuoCoach");
}

void TestReviewFeedback::damagedFileIsRefusedAndKept()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString file = ReviewFeedback::pathFor(m_package);
    QVERIFY(writeFile(file, bytes));
    auto loaded = ReviewFeedback::load(m_package, m_sha256);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().kind, Error::Kind::Refused);
    QVERIFY2(loaded.message().contains(QStringLiteral("period.duosup.feedback.json")),
             qPrintable(loaded.message()));
    QVERIFY2(loaded.message().contains(message), qPrintable(loaded.message()));
    // Nothing overwritten: what the supervisor wrote may still be rescued from it.
    QFile kept(file);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes);
}

void TestReviewFeedback::feedbackOfAnotherPackageIsRefused()
{
    auto loaded = ReviewFeedback::load(m_package, m_sha256);
    DC_VERIFY_OK(loaded);
    ReviewFeedback feedback = loaded.value();
    feedback.setGeneral(QStringLiteral("Over de export van februari."));
    DC_VERIFY_OK(feedback.save());
    const QByteArray before = sha256(ReviewFeedback::pathFor(m_package));

    const QByteArray other = QByteArray(64, 'a');
    auto refused = ReviewFeedback::load(m_package, other);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QVERIFY2(refused.message().contains(QStringLiteral("written for another package")),
             qPrintable(refused.message()));
    QVERIFY(refused.message().contains(QStringLiteral("period.duosup.feedback.json")));
    QCOMPARE(sha256(ReviewFeedback::pathFor(m_package)), before);
    // The hash compares case-insensitively, as hex does.
    DC_VERIFY_OK(ReviewFeedback::load(m_package, m_sha256.toUpper()));
}

void TestReviewFeedback::failedSaveNamesTheFile()
{
    // The package's folder is gone (a USB stick pulled out): the save fails, naming the file,
    // and leaves nothing behind.
    auto loaded = ReviewFeedback::load(path(QStringLiteral("stick/x.duosup")));
    DC_VERIFY_OK(loaded);
    ReviewFeedback feedback = loaded.value();
    feedback.setGeneral(QStringLiteral("Tweede versie."));
    const Status failed = feedback.save();
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, Error::Kind::Storage);
    QVERIFY2(failed.message().contains(QStringLiteral("x.duosup.feedback.json")),
             qPrintable(failed.message()));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("stick"))));
    QVERIFY(!feedback.savedAt().isValid());

    // Feedback that belongs to no package cannot be saved at all.
    const Status nowhere = ReviewFeedback().save();
    QVERIFY(!nowhere);
    QCOMPARE(nowhere.error().kind, Error::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestReviewFeedback)
#include "TestReviewFeedback.moc"
