// duocoach-cli export (package and CSV), verify and stats PACKAGE, run as a user runs them:
// exit statuses, messages, the export's record, refusals, and no plaintext on disk while an
// encrypted package is being written.

#include "CliRun.h"
#include "SupervisionWorld.h"
#include "TestSupport.h"

#include "exchange/ReviewFeedback.h"
#include "exchange/SupervisionPackage.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QString Passphrase = QStringLiteral("lange zin voor de supervisor");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestCliSupervision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    void exportVerifyAndStats();
    void tamperedPackageFailsVerifyAndStats();
    void encryptedPackage();
    void noPlaintextOnDiskWhileExporting();
    void csvVisitLog();
    void familyWithoutConsentIsLeftOut_data();
    void familyWithoutConsentIsLeftOut();
    void refusals_data();
    void refusals();
    void feedbackComesBackToItsDatabase();
    void verifyNamesTheSigner();

private:
    CliRun cli(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList exportArgs(const QString &out) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    SupervisionWorld::World m_world;
};

void TestCliSupervision::initTestCase_data()
{
    engines();
}

void TestCliSupervision::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(DUOCOACH_CLI)).isExecutable(), DUOCOACH_CLI);
}

void TestCliSupervision::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("db")));
    m_db = newDatabase(*m_dir, QStringLiteral("db/source.duocoach"));
    auto db = Database::open(m_db);
    DC_VERIFY_OK(db);
    m_world = {};
    const QString error = SupervisionWorld::make(*db.value(), &m_world);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(writeFile(path(QStringLiteral("pass.txt")), Passphrase.toUtf8() + "\n"));
    QVERIFY(writeFile(path(QStringLiteral("wrong.txt")), "lange zin voor de supervisoR\n"));
}

CliRun TestCliSupervision::cli(const QStringList &arguments)
{
    return runCli(QStringLiteral(DUOCOACH_CLI), arguments, m_dir->path());
}

QStringList TestCliSupervision::exportArgs(const QString &out) const
{
    return {QStringLiteral("export"),
            m_db,
            out,
            QStringLiteral("--from"),
            QStringLiteral("2026-02-01"),
            QStringLiteral("--to"),
            QStringLiteral("2026-03-31")};
}

void TestCliSupervision::exportVerifyAndStats()
{
    const QString package = path(QStringLiteral("period.duosup"));
    const CliRun exported = cli(exportArgs(package) << QStringLiteral("--pseudonymize"));
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains("8 visits written to"), exported.out.constData());
    QVERIFY(exported.err.isEmpty());

    const CliRun verified = cli({QStringLiteral("verify"), package});
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.contains("is intact"), verified.out.constData());
    QVERIFY(verified.out.contains("2026-02-01 to 2026-03-31"));

    const CliRun json = cli({QStringLiteral("stats"), package, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject stats = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(stats.value(QStringLiteral("visits")).toInt(), 8);
    QCOMPARE(stats.value(QStringLiteral("families")).toInt(), 2);
    QVERIFY(stats.value(QStringLiteral("pseudonymized")).toBool());
    QCOMPARE(stats.value(QStringLiteral("exported_by")).toString(), QStringLiteral("Coordinator"));
    // Per duo, the same counts as the source gives.
    auto db = Database::open(m_db, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    const QJsonArray duos = stats.value(QStringLiteral("duos")).toArray();
    QCOMPARE(duos.size(), 2);
    for (const QJsonValue &value : duos) {
        const QJsonObject duo = value.toObject();
        for (const char *status : {"done", "cancelled", "no_show", "planned"}) {
            auto count = db.value()->scalar(
                QStringLiteral("SELECT count(*) FROM visits WHERE duo_id = ? AND status = ? AND "
                               "starts_at >= '2026-02-01' AND starts_at < '2026-04-01'"),
                {duo.value(QStringLiteral("duo")).toInt(), QString::fromLatin1(status)});
            DC_VERIFY_OK(count);
            QCOMPARE(duo.value(QString::fromLatin1(status)).toInt(), count->toInt());
        }
    }
    QCOMPARE(duos.at(0).toObject().value(QStringLiteral("overdue_follow_ups")).toInt(), 1);
    QCOMPARE(duos.at(0).toObject().value(QStringLiteral("cancellation_rate")).toDouble(), 0.25);

    const CliRun text = cli({QStringLiteral("stats"), package});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Duo 1: Fatima El Amrani & Marieke van Dijk"), text.out.constData());
    QVERIFY(text.out.contains("Both present:          50% of the done visits"));

    // Recorded in the source: who (the CLI works as the coordinator unless another profile
    // was chosen for this file), which period, how many.
    auto record = db.value()->exec(QStringLiteral(
        "SELECT exported_by, from_date, to_date, visits, families, pseudonymized, encrypted, "
        "file_name FROM supervision_exports"));
    DC_VERIFY_OK(record);
    QVERIFY(record.value()->next());
    QCOMPARE(record.value()->value(0).toString(), QStringLiteral("Coordinator"));
    QCOMPARE(record.value()->value(1).toString(), QStringLiteral("2026-02-01"));
    QCOMPARE(record.value()->value(2).toString(), QStringLiteral("2026-03-31"));
    QCOMPARE(record.value()->value(3).toInt(), 8);
    QCOMPARE(record.value()->value(4).toInt(), 2);
    QCOMPARE(record.value()->value(5).toInt(), 1);
    QCOMPARE(record.value()->value(6).toInt(), 0);
    QCOMPARE(record.value()->value(7).toString(), QStringLiteral("period.duosup"));
    QVERIFY(!record.value()->next());
}

void TestCliSupervision::tamperedPackageFailsVerifyAndStats()
{
    const QString package = path(QStringLiteral("tampered.duosup"));
    QCOMPARE(cli(exportArgs(package)).exitCode, 0);
    const QString error = rawExec(package, {QStringLiteral("UPDATE visits SET status = 'done' "
                                                           "WHERE status = 'no_show'")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const CliRun verified = cli({QStringLiteral("verify"), package});
    QCOMPARE(verified.exitCode, 3);
    QVERIFY(verified.out.isEmpty());
    QVERIFY2(verified.err.contains("is not as it was exported"), verified.err.constData());
    QVERIFY2(verified.err.contains("Table \"visits\""), verified.err.constData());
    const CliRun stats = cli({QStringLiteral("stats"), package});
    QCOMPARE(stats.exitCode, 3);
    QVERIFY(stats.err.contains("Table \"visits\""));

    // The manifest changed instead: the period moved.
    const QString other = path(QStringLiteral("manifest.duosup"));
    QCOMPARE(cli(exportArgs(other)).exitCode, 0);
    QVERIFY(rawExec(other, {QStringLiteral("UPDATE manifest SET value = '2026-01-31' "
                                           "WHERE key = 'period_from'")})
                .isEmpty());
    const CliRun manifest = cli({QStringLiteral("verify"), other});
    QCOMPARE(manifest.exitCode, 3);
    QVERIFY2(manifest.err.contains("manifest was changed"), manifest.err.constData());
}

void TestCliSupervision::encryptedPackage()
{
    const QString package = path(QStringLiteral("secret.duosup"));
    const CliRun exported = cli(exportArgs(package) << QStringLiteral("--pseudonymize")
                                                    << QStringLiteral("--passphrase-file")
                                                    << path(QStringLiteral("pass.txt")));
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains("encrypted: yes"));
    QVERIFY(readAll(package).startsWith("DUOSUP1"));

    const CliRun none = cli({QStringLiteral("verify"), package});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("is encrypted; give its passphrase"), none.err.constData());
    const CliRun wrong =
        cli({QStringLiteral("verify"), package, QStringLiteral("--passphrase-file"),
             path(QStringLiteral("wrong.txt"))});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains("The passphrase does not open"), wrong.err.constData());
    QCOMPARE(wrong.errLines().size(), 1);
    const CliRun right =
        cli({QStringLiteral("verify"), package, QStringLiteral("--passphrase-file"),
             path(QStringLiteral("pass.txt"))});
    QCOMPARE(right.exitCode, 0);
    const CliRun stats = cli({QStringLiteral("stats"), package, QStringLiteral("--passphrase-file"),
                              path(QStringLiteral("pass.txt")), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    QVERIFY(
        QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("encrypted")).toBool());

    const QByteArray bytes = readAll(package);
    const QString cut = path(QStringLiteral("cut.duosup"));
    QVERIFY(writeFile(cut, bytes.left(bytes.size() - 100)));
    const CliRun truncated =
        cli({QStringLiteral("verify"), cut, QStringLiteral("--passphrase-file"),
             path(QStringLiteral("pass.txt"))});
    QCOMPARE(truncated.exitCode, 3);
    QVERIFY2(truncated.err.contains("incomplete"), truncated.err.constData());
    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = char(flipped.at(bytes.size() / 2) ^ 0x20);
    const QString changed = path(QStringLiteral("changed.duosup"));
    QVERIFY(writeFile(changed, flipped));
    const CliRun tampered =
        cli({QStringLiteral("verify"), changed, QStringLiteral("--passphrase-file"),
             path(QStringLiteral("pass.txt"))});
    QCOMPARE(tampered.exitCode, 3);
    QVERIFY2(tampered.err.contains("does not authenticate"), tampered.err.constData());
    QCOMPARE(tampered.errLines().size(), 1);
}

void TestCliSupervision::noPlaintextOnDiskWhileExporting()
{
    // The export runs as its own process with TMPDIR pointing at a folder of ours; while it
    // runs, every file that appears in that folder or in the output folder is read: none may
    // start like an SQLite file (the package's plaintext form).
    const QString out = path(QStringLiteral("out"));
    const QString tmp = path(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QDir().mkpath(tmp));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral(".config")));
    env.insert(QStringLiteral("TMPDIR"), tmp);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DUOCOACH_CLI), exportArgs(out + QStringLiteral("/enc.duosup"))
                                                    << QStringLiteral("--passphrase-file")
                                                    << path(QStringLiteral("pass.txt")));
    QVERIFY(process.waitForStarted());
    int looks = 0;
    QStringList seen;
    do {
        for (const QString &folder : {out, tmp}) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden);
            while (it.hasNext()) {
                const QString file = it.next();
                seen << QFileInfo(file).fileName();
                QFile f(file);
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.read(16).startsWith("SQLite format 3"), qPrintable(file));
            }
        }
        ++looks;
    } while (!process.waitForFinished(2));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(looks > 5);
    // Only the package appeared (perhaps first under a temporary name beside it, holding
    // ciphertext already), and nothing at all in TMPDIR.
    for (const QString &name : std::as_const(seen))
        QVERIFY2(name.startsWith(QLatin1String("enc.duosup")), qPrintable(name));
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("enc.duosup")});
    QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    QCOMPARE(permissions(out + QStringLiteral("/enc.duosup")), OwnerOnly);
}

void TestCliSupervision::csvVisitLog()
{
    const QString csv = path(QStringLiteral("log.csv"));
    const CliRun run = cli(exportArgs(csv) << QStringLiteral("--format") << QStringLiteral("csv"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("8 visits written to"), run.out.constData());
    const QByteArray bytes = readAll(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "Date;Time;"));
    QCOMPARE(bytes.count("\r\n"), 9);
    QCOMPARE(bytes.count("\n"), 9);
    for (const QString &term : m_world.identifying)
        QVERIFY2(!QString::fromUtf8(bytes).contains(term, Qt::CaseInsensitive), qPrintable(term));
    // A CSV export is not recorded: only packages are.
    auto db = Database::open(m_db, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("supervision_exports")), 0);
}

void TestCliSupervision::familyWithoutConsentIsLeftOut_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("what"); // the access log's detail for an exported family
    QTest::newRow("package") << QStringLiteral("package") << QStringLiteral("supervision_package");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("csv_visit_log");
}

void TestCliSupervision::familyWithoutConsentIsLeftOut()
{
    QFETCH(QString, format);
    QFETCH(QString, what);
    qint64 family = 0;
    {
        auto db = Database::open(m_db);
        DC_VERIFY_OK(db);
        QString error;
        family = SupervisionWorld::addFamilyWithoutConsent(*db.value(), m_world, &error);
        QVERIFY2(family > 0, qPrintable(error));
    }
    const QString out = path(QStringLiteral("left-out.") + format);
    const CliRun run = cli(exportArgs(out) << QStringLiteral("--format") << format);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY2(run.out.contains("8 visits written to"), run.out.constData());
    QVERIFY2(run.out.contains("Left out for lack of consent to a supervision export: 1 family.\n"),
             run.out.constData());
    const QByteArray bytes = readAll(out);
    QVERIFY(bytes.contains("G-2026-0001"));
    QVERIFY(!bytes.contains(SupervisionWorld::unconsentedCaseCode().toUtf8()));

    // Logged as the command line: the two families exported, the third not.
    auto db = Database::open(m_db, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    auto entries = db.value()->exec(
        QStringLiteral("SELECT family_id, user_role, outcome, detail FROM access_log "
                       "WHERE action = 'export' ORDER BY family_id"));
    DC_VERIFY_OK(entries);
    QList<qint64> exported;
    while (entries.value()->next()) {
        QSqlQuery &q = *entries.value();
        QCOMPARE(q.value(1).toString(), QStringLiteral("cli"));
        if (q.value(0).toLongLong() == family) {
            // A package records the refusal; a CSV only what it took.
            QCOMPARE(format, QStringLiteral("package"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("refused"));
            continue;
        }
        QCOMPARE(q.value(2).toString(), QStringLiteral("success"));
        QCOMPARE(q.value(3).toString(), what);
        exported << q.value(0).toLongLong();
    }
    QCOMPARE(exported, (QList<qint64>{m_world.fixture.family.id, m_world.secondFamily}));
}

void TestCliSupervision::refusals_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB is replaced by the source database
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("DB");
    QTest::newRow("verify a database") << QStringList{QStringLiteral("verify"), db} << 2
                                       << QStringLiteral("is a DuoCoach database");
    QTest::newRow("verify a missing file")
        << QStringList{QStringLiteral("verify"), QStringLiteral("missing.duosup")} << 2
        << QStringLiteral("does not exist");
    QTest::newRow("verify without a file") << QStringList{QStringLiteral("verify")} << 1
                                           << QStringLiteral("Usage: duocoach-cli verify");
    QTest::newRow("short passphrase")
        << QStringList{QStringLiteral("export"),     db,
                       QStringLiteral("p.duosup"),   QStringLiteral("--from"),
                       QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                       QStringLiteral("2026-03-31"), QStringLiteral("--passphrase-file"),
                       QStringLiteral("short.txt")}
        << 2 << QStringLiteral("at least 8 characters");
    QTest::newRow("unknown duo")
        << QStringList{QStringLiteral("export"),     db,
                       QStringLiteral("p.duosup"),   QStringLiteral("--from"),
                       QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                       QStringLiteral("2026-03-31"), QStringLiteral("--duo"),
                       QStringLiteral("77")}
        << 2 << QStringLiteral("no duo with number 77");
    QTest::newRow("over the database") << QStringList{QStringLiteral("export"),
                                                      db,
                                                      db,
                                                      QStringLiteral("--from"),
                                                      QStringLiteral("2026-02-01"),
                                                      QStringLiteral("--to"),
                                                      QStringLiteral("2026-03-31")}
                                       << 2 << QStringLiteral("over the database");
    QTest::newRow("encrypted CSV")
        << QStringList{QStringLiteral("export"),     db,
                       QStringLiteral("p.csv"),      QStringLiteral("--from"),
                       QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                       QStringLiteral("2026-03-31"), QStringLiteral("--format"),
                       QStringLiteral("csv"),        QStringLiteral("--passphrase-file"),
                       QStringLiteral("pass.txt")}
        << 1 << QStringLiteral("Only a supervision package");
}

void TestCliSupervision::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exit);
    QFETCH(QString, message);
    QVERIFY(writeFile(path(QStringLiteral("short.txt")), "kort\n"));
    if (onServer() && arguments.count(QStringLiteral("DB")) == 2)
        QSKIP("Writing a package over the database is a danger to a file only: a server "
              "database has no path an output could name.");
    if (onServer() && message == QLatin1String("is a DuoCoach database"))
        message = QStringLiteral("is not a supervision package: a package is a file");
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), m_db);
    if (!onServer())
        QVERIFY(backdate(m_db));
    const QByteArray before = stateOf(m_db);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exit);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    if (arguments.at(0) == QLatin1String("verify") && arguments.size() > 1 &&
        arguments.at(1) == m_db)
        QVERIFY2(names(run.err, m_db), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("p.duosup"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("p.csv"))));
    // Nothing exported, nothing recorded.
    auto db = Database::open(m_db, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("supervision_exports")), 0);
    db.value().reset();
    QCOMPARE(stateOf(m_db), before);
}

void TestCliSupervision::feedbackComesBackToItsDatabase()
{
    // The supervisor's feedback on an encrypted package, as the review window saves it.
    const QString package = path(QStringLiteral("secret.duosup"));
    QCOMPARE(cli(exportArgs(package)
                 << QStringLiteral("--pseudonymize") << QStringLiteral("--passphrase-file")
                 << path(QStringLiteral("pass.txt")))
                 .exitCode,
             0);
    auto opened = SupervisionPackage::open(package, Passphrase);
    DC_VERIFY_OK(opened);
    const PackageManifest manifest = opened.value()->manifest();
    auto loaded = ReviewFeedback::load(package, manifest.contentSha256, Passphrase);
    DC_VERIFY_OK(loaded);
    ReviewFeedback feedback = loaded.value();
    feedback.setSourceDatabase(manifest.values.value(QStringLiteral("source_database")));
    feedback.setGeneral(QStringLiteral("Helder verslag."));
    feedback.setForDuo(m_world.fixture.duoB, QStringLiteral("Meer aandacht voor de jongere."));
    DC_VERIFY_OK(feedback.save());
    const QString file = ReviewFeedback::pathFor(package);

    // Without the passphrase, or with a wrong one: one sentence, nothing stored.
    const CliRun none = cli({QStringLiteral("feedback"), QStringLiteral("import"), m_db, file});
    QCOMPARE(none.exitCode, 2);
    QCOMPARE(none.errLines().size(), 1);
    QVERIFY2(none.err.contains("is encrypted: give the passphrase"), none.err.constData());
    const CliRun wrong =
        cli({QStringLiteral("feedback"), QStringLiteral("import"), m_db, file,
             QStringLiteral("--passphrase-file"), path(QStringLiteral("wrong.txt"))});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains("The passphrase does not open"), wrong.err.constData());

    // Another database (the same world, its own identity) refuses it.
    const QString other = newDatabase(*m_dir, QStringLiteral("db/other.duocoach"));
    {
        auto db = Database::open(other);
        DC_VERIFY_OK(db);
        SupervisionWorld::World world;
        QCOMPARE(SupervisionWorld::make(*db.value(), &world), QString());
    }
    const CliRun foreign =
        cli({QStringLiteral("feedback"), QStringLiteral("import"), other, file,
             QStringLiteral("--passphrase-file"), path(QStringLiteral("pass.txt"))});
    QCOMPARE(foreign.exitCode, 2);
    QCOMPARE(foreign.errLines().size(), 1);
    QVERIFY2(foreign.err.contains("is about a package from another database"),
             foreign.err.constData());

    const CliRun imported =
        cli({QStringLiteral("feedback"), QStringLiteral("import"), m_db, file,
             QStringLiteral("--passphrase-file"), path(QStringLiteral("pass.txt"))});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.err.isEmpty());
    QVERIFY2(imported.out.contains("Feedback on secret.duosup (2026-02-01 to 2026-03-31) imported: "
                                   "general remarks: 1, notes for a duo: 1, notes on a visit: 0."),
             imported.out.constData());
    auto db = Database::open(m_db, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    auto rows = db.value()->scalar(
        QStringLiteral("SELECT count(*) FROM supervision_feedback WHERE duo_id = ?"),
        {m_world.fixture.duoB});
    DC_VERIFY_OK(rows);
    QCOMPARE(rows->toInt(), 1);
    auto logged = db.value()->scalar(
        QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'import' AND detail = "
                       "'supervision_feedback' AND user_role = 'cli'"));
    DC_VERIFY_OK(logged);
    QCOMPARE(logged->toInt(), 1);
    const CliRun again =
        cli({QStringLiteral("feedback"), QStringLiteral("import"), m_db, file,
             QStringLiteral("--passphrase-file"), path(QStringLiteral("pass.txt"))});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("It replaces the feedback imported before"));
}


// Issue 18: export prints the key's fingerprint; verify names the signer, accepts this
// computer's own key, refuses on another computer until the key is trusted (--trust, a list
// with --trusted-keys), refuses appended bytes, and an older unsigned package without
// --allow-unsigned.
void TestCliSupervision::verifyNamesTheSigner()
{
    const QString package = path(QStringLiteral("signed.duosup"));
    const QString organisation = QStringLiteral("Stichting Öztürk-Yılmaz & Dağ");
    const CliRun exported =
        cli(exportArgs(package) << QStringLiteral("--organisation") << organisation);
    QCOMPARE(exported.exitCode, 0);
    const QRegularExpressionMatch key =
        QRegularExpression(QStringLiteral("Signed with the key ([0-9a-f ]{39});"))
            .match(QString::fromUtf8(exported.out));
    QVERIFY2(key.hasMatch(), exported.out.constData());
    const QString fingerprint = key.captured(1);

    const CliRun here = cli({QStringLiteral("verify"), package});
    QCOMPARE(here.exitCode, 0);
    QVERIFY2(here.out.contains(QStringLiteral("of %1 (identity ").arg(organisation).toUtf8()),
             here.out.constData());
    QVERIFY(here.out.contains(fingerprint.toUtf8()));
    QVERIFY(here.out.contains("Known sender: this computer."));
    const CliRun stats = cli({QStringLiteral("stats"), package, QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject signer =
        QJsonDocument::fromJson(stats.out).object().value(QStringLiteral("signer")).toObject();
    QCOMPARE(signer.value(QStringLiteral("fingerprint")).toString(), fingerprint);
    QCOMPARE(signer.value(QStringLiteral("organisation")).toString(), organisation);

    // The supervisor's computer: another home, which has never seen the key.
    QTemporaryDir supervisor;
    QVERIFY(supervisor.isValid());
    const auto elsewhere = [&](const QStringList &arguments) {
        return runCli(QStringLiteral(DUOCOACH_CLI), arguments, supervisor.path());
    };
    const CliRun unknown = elsewhere({QStringLiteral("verify"), package});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.out.isEmpty());
    QCOMPARE(unknown.errLines().size(), 1);
    QVERIFY2(unknown.err.contains("signed by an unknown key"), unknown.err.constData());
    QVERIFY(unknown.err.contains(fingerprint.toUtf8()));
    QVERIFY(unknown.err.contains(organisation.toUtf8()));

    const CliRun trusted = elsewhere({QStringLiteral("verify"), package, QStringLiteral("--trust"),
                                      fingerprint.toUpper().remove(QLatin1Char(' '))});
    QCOMPARE(trusted.exitCode, 0);
    QVERIFY(trusted.out.contains("is intact"));

    const QString list = supervisor.filePath(QStringLiteral("coordinatoren.txt"));
    QVERIFY(writeFile(list, "# wie ons pakketten stuurt\n" + fingerprint.toUtf8() +
                                " Coördinator Noord\n"));
    const CliRun listed = elsewhere(
        {QStringLiteral("verify"), package, QStringLiteral("--trusted-keys"), list});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains("Known sender: Coördinator Noord."), listed.out.constData());

    QVERIFY(writeFile(list, "dit is geen sleutel\n"));
    const CliRun badList = elsewhere(
        {QStringLiteral("verify"), package, QStringLiteral("--trusted-keys"), list});
    QCOMPARE(badList.exitCode, 2);
    QCOMPARE(badList.errLines().size(), 1);
    QVERIFY2(badList.err.contains("Line 1 of \"coordinatoren.txt\""), badList.err.constData());
    const CliRun badTrust = elsewhere(
        {QStringLiteral("verify"), package, QStringLiteral("--trust"), QStringLiteral("abc")});
    QCOMPARE(badTrust.exitCode, 1);

    // Bytes appended, which SQLite itself never reads.
    QFile file(package);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n-- toegevoegd\n");
    file.close();
    const CliRun appended = cli({QStringLiteral("verify"), package});
    QCOMPARE(appended.exitCode, 3);
    QVERIFY2(appended.err.contains("added after the end of the package"),
             appended.err.constData());

    // A package made before packages were signed.
    const QString older = QStringLiteral(DUOCOACH_TEST_DATA "/format2.duosup");
    const CliRun unsignedRun = cli({QStringLiteral("verify"), older});
    QCOMPARE(unsignedRun.exitCode, 3);
    QCOMPARE(unsignedRun.errLines().size(), 1);
    QVERIFY2(unsignedRun.err.contains("is unsigned"), unsignedRun.err.constData());
    const CliRun allowed =
        cli({QStringLiteral("verify"), older, QStringLiteral("--allow-unsigned")});
    QCOMPARE(allowed.exitCode, 0);
    QVERIFY(allowed.out.contains("Unsigned: an older package (format 2)."));
}

QTEST_GUILESS_MAIN(TestCliSupervision)
#include "TestCliSupervision.moc"
