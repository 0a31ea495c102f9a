// Signed supervision packages (issue 18): a package's manifest is signed with its database's
// Ed25519 key, so someone with the file who changes a visit, deletes a safety concern or moves
// the period and then recomputes every hash is caught; so are bytes appended to the file, a
// signature taken from another package, a signature or key removed, and a package re-signed
// with a stranger's key (intact, but not a known sender's). The secret key stays owner-only
// beside the user's data and never enters a package.
#include "SupervisionWorld.h"
#include "TestSupport.h"
#include "exchange/KnownSenders.h"
#include "exchange/PackageFormat.h"
#include "exchange/PackageHasher.h"
#include "exchange/SigningKey.h"
#include "exchange/SqliteStatement.h"
#include "exchange/SupervisionPackage.h"
#include "exchange/SupervisionPackageWriter.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const Actor Exporter{QStringLiteral("Ondertekening-test"), QStringLiteral("coordinator"),
                     QStringLiteral("tester")};

// Readable and writable by its owner alone (group and others have no bit at all).
bool ownerOnly(const QString &path)
{
    const auto p = QFile::permissions(path);
    return (p & (QFileDevice::ReadOwner | QFileDevice::WriteOwner)) ==
               (QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           !(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                  QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a forger does with the sqlite3 shell: runs `statements` on the package file, and with
// `rehash` recomputes every row count and hash of the manifest and its content hash, as
// PackageHasher documents them. With `key`, signs again with it, its public key put in the
// manifest first. Returns the first error, empty when done.
QString forge(const QString &path, const QStringList &statements, bool rehash,
              const SigningKey *key = nullptr)
{
    QString error;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forger"));
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        const auto run = [&](const QString &sql, const QVariantList &values = {}) {
            if (!error.isEmpty())
                return;
            q.prepare(sql);
            for (const QVariant &value : values)
                q.addBindValue(value);
            if (!q.exec())
                error = sql + QStringLiteral(": ") + q.lastError().text();
        };
        for (const QString &statement : statements)
            run(statement);
        const QString update = QStringLiteral("UPDATE manifest SET value = ? WHERE key = ?");
        if (rehash && error.isEmpty()) {
            q.exec(QStringLiteral("PRAGMA user_version"));
            const int version = q.next() ? q.value(0).toInt() : 0;
            q.finish();
            PackageHasher hasher;
            if (Status hashed = hasher.hashTables(SqliteStatement::handleOf(db),
                                                  QStringLiteral("main"), version);
                !hashed)
                error = hashed.message();
            for (auto it = hasher.tables().cbegin(); it != hasher.tables().cend(); ++it) {
                run(update, {QString::number(it->rows), PackageFormat::rowsKey(it.key())});
                run(update, {QString::fromLatin1(it->sha256), PackageFormat::hashKey(it.key())});
            }
            if (key)
                run(update, {QString::fromLatin1(key->publicKey().toBase64()),
                             QStringLiteral("signer_public_key")});
            if (error.isEmpty())
                if (Status hashed = hasher.hashManifest(SqliteStatement::handleOf(db)); !hashed)
                    error = hashed.message();
            run(update,
                {QString::fromLatin1(hasher.contentSha256()), PackageFormat::contentHashKey()});
            if (key)
                run(update, {QString::fromLatin1(
                                 key->sign(PackageFormat::signedMessage(hasher.contentSha256()))
                                     .toBase64()),
                             PackageFormat::signatureKey()});
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forger"));
    return error;
}
} // namespace

class TestPackageSigning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void packageIsSignedByItsDatabase();
    void forgeriesAreTold_data();
    void forgeriesAreTold();
    void signatureOfAnotherPackageIsRefused();
    void encryptedPackageIsSignedInside();
    void damagedKeyRefusesTheExport();
    void knownSendersList();

private:
    Result<SupervisionExportSummary> exportTo(const QString &file, const QDate &from,
                                              const QString &passphrase = {});
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString identity() const
    {
        auto id = m_db->scalar(QStringLiteral("SELECT identity FROM database_identity"));
        return id ? id->toString() : QString();
    }

    QTemporaryDir m_home; // the user's data: keys and the list of known senders
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SupervisionWorld::World m_world;
};

void TestPackageSigning::initTestCase_data()
{
    TestSupport::engines();
}

void TestPackageSigning::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("share"))));
}

void TestPackageSigning::init()
{
    failOnWarnings();
    const QString error = SupervisionWorld::makeInFolder(&m_dir, &m_db, &m_world);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPackageSigning::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<SupervisionExportSummary>
TestPackageSigning::exportTo(const QString &file, const QDate &from, const QString &passphrase)
{
    SupervisionPackageWriter::Options options;
    options.request.from = from;
    options.request.to = SupervisionWorld::to();
    options.request.passphrase = passphrase;
    options.exportedBy = QStringLiteral("Ondertekening-test");
    options.actor = Exporter;
    options.organisation = QStringLiteral("Stichting Öztürk-Yılmaz & Dağ");
    options.exportedAt = QDateTime(QDate(2026, 4, 2), QTime(9, 15), Qt::OffsetFromUTC, 7200);
    options.kdfCost = {1, 8 * 1024 * 1024};
    return SupervisionPackageWriter::write(*m_db, file, options);
}

void TestPackageSigning::packageIsSignedByItsDatabase()
{
    const QString file = path(QStringLiteral("signed.duosup"));
    auto written = exportTo(file, SupervisionWorld::from());
    QVERIFY2(written, qPrintable(written.message()));

    auto own = SigningKey::forDatabase(identity());
    QVERIFY2(own, qPrintable(own.message()));
    QCOMPARE(written->signerFingerprint, own->fingerprint());
    auto package = SupervisionPackage::open(file);
    QVERIFY2(package, qPrintable(package.message()));
    const PackageCheck check = package.value()->verify();
    QVERIFY2(check.intact(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QVERIFY(check.signatureGood);
    const PackageManifest &m = package.value()->manifest();
    QCOMPARE(m.formatVersion, PackageFormat::Version);
    QVERIFY(m.isSigned());
    QCOMPARE(m.signer.publicKey, own->publicKey());
    QCOMPARE(m.signer.fingerprint, own->fingerprint());
    QCOMPARE(m.signer.database, identity());
    QCOMPARE(m.signer.organisation, QStringLiteral("Stichting Öztürk-Yılmaz & Dağ"));
    QCOMPARE(m.signer.databaseName, m_db->displayName());
    QVERIFY(SupervisionPackage::signerText(m.signer).contains(own->fingerprint()));
    // This computer's own databases are known senders.
    QVERIFY(KnownSenders::load().contains(own->fingerprint()));

    // The secret key: owner-only, in an owner-only folder, and in no package.
    const QString keyFile =
        QDir(SigningKey::folder()).filePath(identity() + QStringLiteral(".key"));
    QVERIFY(keyFile.startsWith(m_home.path()));
    QVERIFY(ownerOnly(keyFile));
    QVERIFY(ownerOnly(SigningKey::folder()));
    const QByteArray keyLine = readAll(keyFile).trimmed();
    const QByteArray secret = QByteArray::fromBase64(keyLine.mid(keyLine.indexOf(' ') + 1));
    QCOMPARE(secret.size(), 64);
    const QByteArray bytes = readAll(file);
    QVERIFY(!bytes.contains(secret.first(32)));
    QVERIFY(!bytes.contains(secret.first(32).toBase64().first(40)));
    QVERIFY(!bytes.contains(keyLine.mid(keyLine.indexOf(' ') + 1, 40)));

    // A second export signs with the same key.
    auto again = exportTo(path(QStringLiteral("again.duosup")), SupervisionWorld::from());
    QVERIFY2(again, qPrintable(again.message()));
    QCOMPARE(again->signerFingerprint, own->fingerprint());
}

void TestPackageSigning::forgeriesAreTold_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<bool>("rehash");
    QTest::addColumn<bool>("stranger"); // re-signed with a key of the forger's own
    QTest::addColumn<QByteArray>("appended");
    QTest::addColumn<QString>("outcome"); // refused, stranger or unsigned
    QTest::addColumn<QString>("problem"); // part of the sentence for a refused one

    const QString mismatch = QStringLiteral("signature does not match");
    QTest::newRow("visit changed, hashes recomputed")
        << QStringList{QStringLiteral("UPDATE visits SET status = 'done', status_reason = NULL")}
        << true << false << QByteArray() << QStringLiteral("refused") << mismatch;
    QTest::newRow("safety concern deleted, hashes recomputed")
        << QStringList{QStringLiteral("DELETE FROM safety_concerns")} << true << false
        << QByteArray() << QStringLiteral("refused") << mismatch;
    QTest::newRow("period moved, hashes recomputed")
        << QStringList{QStringLiteral(
               "UPDATE manifest SET value = '2026-01-01' WHERE key = 'period_from'")}
        << true << false << QByteArray() << QStringLiteral("refused") << mismatch;
    QTest::newRow("organisation renamed, hashes recomputed")
        << QStringList{QStringLiteral(
               "UPDATE manifest SET value = 'Anders' WHERE key = 'signer_organisation'")}
        << true << false << QByteArray() << QStringLiteral("refused") << mismatch;
    QTest::newRow("bytes appended")
        << QStringList() << false << false << QByteArray("-- nog een regel\n")
        << QStringLiteral("refused") << QStringLiteral("added after the end");
    QTest::newRow("a whole page appended")
        << QStringList() << false << false << QByteArray(4096, '\0') << QStringLiteral("refused")
        << QStringLiteral("4096 byte");
    QTest::newRow("signature removed")
        << QStringList{QStringLiteral("DELETE FROM manifest WHERE key = 'signature'")} << false
        << false << QByteArray() << QStringLiteral("refused")
        << QStringLiteral("signature was removed");
    QTest::newRow("public key removed, hashes recomputed")
        << QStringList{QStringLiteral("DELETE FROM manifest WHERE key = 'signer_public_key'")}
        << true << false << QByteArray() << QStringLiteral("refused")
        << QStringLiteral("signing key was removed");
    QTest::newRow("visit changed, re-signed by a stranger")
        << QStringList{QStringLiteral("UPDATE visits SET status = 'done', status_reason = NULL")}
        << true << true << QByteArray() << QStringLiteral("stranger") << QString();
    QTest::newRow("made older: unsigned, hashes recomputed")
        << QStringList{QStringLiteral("PRAGMA user_version = 3"),
                       QStringLiteral("UPDATE manifest SET value = '3' WHERE key = "
                                      "'format_version'"),
                       QStringLiteral("DELETE FROM manifest WHERE key IN ('signature', "
                                      "'signer_public_key', 'signer_name', "
                                      "'signer_organisation')"),
                       QStringLiteral("DELETE FROM safety_concerns")}
        << true << false << QByteArray() << QStringLiteral("unsigned") << QString();
}

void TestPackageSigning::forgeriesAreTold()
{
    QFETCH(QStringList, statements);
    QFETCH(bool, rehash);
    QFETCH(bool, stranger);
    QFETCH(QByteArray, appended);
    QFETCH(QString, outcome);
    QFETCH(QString, problem);

    const QString file = path(QStringLiteral("forged.duosup"));
    auto written = exportTo(file, SupervisionWorld::from());
    QVERIFY2(written, qPrintable(written.message()));
    auto strangerKey = SigningKey::generate();
    QVERIFY(strangerKey);
    const QString forged =
        forge(file, statements, rehash, stranger ? &strangerKey.value() : nullptr);
    QVERIFY2(forged.isEmpty(), qPrintable(forged));
    if (!appended.isEmpty()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::Append));
        QCOMPARE(out.write(appended), appended.size());
    }

    auto package = SupervisionPackage::open(file);
    QVERIFY2(package, qPrintable(package.message()));
    const PackageCheck check = package.value()->verify();
    const PackageManifest &m = package.value()->manifest();
    const QString problems = check.problems.join(QLatin1Char('\n'));
    if (outcome == QLatin1String("refused")) {
        QVERIFY2(!check.intact(), "a forged package passed as intact");
        QVERIFY(!check.signatureGood);
        QVERIFY2(problems.contains(problem), qPrintable(problems));
    } else if (outcome == QLatin1String("stranger")) {
        // The forger's own signature is good, but his key is nobody's this computer knows.
        QVERIFY2(check.intact(), qPrintable(problems));
        QVERIFY(check.signatureGood);
        QCOMPARE(m.signer.fingerprint, strangerKey->fingerprint());
        QVERIFY(m.signer.fingerprint != written->signerFingerprint);
        QVERIFY(!KnownSenders::load().contains(m.signer.fingerprint));
    } else {
        // A package made to look older opens, but says it is unsigned.
        QVERIFY2(check.intact(), qPrintable(problems));
        QVERIFY(!m.isSigned());
        QVERIFY(!check.signatureGood);
    }
}

void TestPackageSigning::signatureOfAnotherPackageIsRefused()
{
    // Two packages of the same database, one signature swapped into the other: each signature
    // is good only for its own content hash.
    const QString first = path(QStringLiteral("first.duosup"));
    const QString second = path(QStringLiteral("second.duosup"));
    QVERIFY(exportTo(first, SupervisionWorld::from()));
    QVERIFY(exportTo(second, SupervisionWorld::from().addDays(14)));
    auto other = SupervisionPackage::open(second);
    QVERIFY(other);
    const QString signature = other.value()->manifest().values.value(PackageFormat::signatureKey());
    QVERIFY(!signature.isEmpty());
    const QString swapped = forge(
        first,
        {QStringLiteral("UPDATE manifest SET value = '%1' WHERE key = 'signature'").arg(signature)},
        false);
    QVERIFY2(swapped.isEmpty(), qPrintable(swapped));
    auto package = SupervisionPackage::open(first);
    QVERIFY(package);
    const PackageCheck check = package.value()->verify();
    QVERIFY(!check.intact());
    QVERIFY2(check.problems.join(QLatin1Char(' ')).contains(QLatin1String("another package's")),
             qPrintable(check.problems.join(QLatin1Char(' '))));
}

void TestPackageSigning::encryptedPackageIsSignedInside()
{
    const QString file = path(QStringLiteral("sealed.duosup"));
    const QString passphrase = QStringLiteral("lange zin voor de supervisor");
    auto written = exportTo(file, SupervisionWorld::from(), passphrase);
    QVERIFY2(written, qPrintable(written.message()));
    auto package = SupervisionPackage::open(file, passphrase);
    QVERIFY2(package, qPrintable(package.message()));
    const PackageCheck check = package.value()->verify();
    QVERIFY(check.intact());
    QVERIFY(check.signatureGood);
    QCOMPARE(package.value()->manifest().signer.fingerprint, written->signerFingerprint);
}

void TestPackageSigning::damagedKeyRefusesTheExport()
{
    // A damaged key is never replaced quietly (every package signed so far would look like a
    // stranger's): the export is refused with one sentence, and nothing is written or recorded.
    QVERIFY(exportTo(path(QStringLiteral("first.duosup")), SupervisionWorld::from()));
    const QString keyFile =
        QDir(SigningKey::folder()).filePath(identity() + QStringLiteral(".key"));
    const QByteArray good = readAll(keyFile);
    auto records = m_db->scalar(QStringLiteral("SELECT count(*) FROM supervision_exports"));
    QVERIFY(records);
    for (const QByteArray &damage :
         {QByteArray("DUOCOACH-ED25519-1 kapot\n"), good.left(good.size() / 2),
          QByteArray("DUOCOACH-ED25519-1 ") + QByteArray(64, 'A').toBase64() + '\n'}) {
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(damage);
        key.close();
        const QString file = path(QStringLiteral("second.duosup"));
        auto refused = exportTo(file, SupervisionWorld::from());
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QLatin1String("is damaged")),
                 qPrintable(refused.message()));
        QVERIFY(!refused.message().contains(QLatin1Char('\n')));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM supervision_exports"))->toInt(),
                 records->toInt());
        QCOMPARE(readAll(keyFile), damage);
    }
}

void TestPackageSigning::knownSendersList()
{
    auto key = SigningKey::generate();
    QVERIFY(key);
    const QString fingerprint = key->fingerprint();
    QCOMPARE(fingerprint.size(), 39); // 8 groups of 4 hex digits
    QVERIFY(!KnownSenders::load().contains(fingerprint));

    // As typed: upper case, colons, no spaces.
    KnownSenders once = KnownSenders::load();
    QVERIFY(once.add(fingerprint.toUpper().replace(QLatin1Char(' '), QLatin1Char(':'))));
    QVERIFY(once.contains(fingerprint));
    QVERIFY(!once.add(QStringLiteral("1234")));
    QVERIFY(!once.add(fingerprint + QStringLiteral("00")));

    // A list file: comments, a fingerprint with a name; a line that is no fingerprint is
    // refused, naming the file and the line, and adds nothing.
    const QString list = path(QStringLiteral("afzenders.txt"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((QStringLiteral("# bekende afzenders\n\n") + fingerprint +
                QStringLiteral(" Coördinator Öztürk-Yılmaz & Dağ\n"))
                   .toUtf8());
    file.close();
    KnownSenders fromFile;
    QVERIFY(fromFile.addFile(list));
    QVERIFY(fromFile.contains(fingerprint));
    QCOMPARE(fromFile.who(fingerprint), QStringLiteral("Coördinator Öztürk-Yılmaz & Dağ"));
    QVERIFY(file.open(QIODevice::Append));
    file.write("geen vingerafdruk\n");
    file.close();
    KnownSenders bad;
    const Status refused = bad.addFile(list);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QLatin1String("Line 4 of \"afzenders.txt\"")),
             qPrintable(refused.message()));
    QVERIFY(!bad.contains(fingerprint));

    // Remembered for good, owner-only.
    QVERIFY(KnownSenders::remember(fingerprint, QStringLiteral("Coördinator")));
    QVERIFY(KnownSenders::load().contains(fingerprint));
    QCOMPARE(KnownSenders::load().who(fingerprint), QStringLiteral("Coördinator"));
    QVERIFY(ownerOnly(KnownSenders::userListPath()));
}

QTEST_GUILESS_MAIN(TestPackageSigning)
#include "TestPackageSigning.moc"
