// duocoach-cli suggest and import as a user runs them: exit statuses (0 ok, 1 usage, 2 bad
// input), one sentence on stderr, JSON that scripts can rely on, the same ranking as core's
// Matcher, and files left as they were when something is refused.

#include "CliRun.h"
#include "TestSupport.h"

#include "domain/DomainText.h"
#include "services/Matcher.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <climits>

using namespace TestSupport;

namespace {
const QString Today = QStringLiteral("2026-11-01");

using Run = CliRun;

const QByteArray FamilyHeader = "family_name,street,postcode,city,district,home_languages,"
                                "trusted_person_gender,referral_source,referred_on\n";
const QByteArray WorkerHeader =
    "name,role,organisation,languages,district,gender,max_caseload,phone,email\n";
} // namespace

class TestCliSuggestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    void suggestJson();
    void suggestAgreesWithMatcher();
    void suggestText();
    void suggestRefuses_data();
    void suggestRefuses();
    void suggestPrefersLocalDuos();

    void importFamiliesAndWorkers();
    void importRefusesBadFile_data();
    void importRefusesBadFile();
    void importTwoFilesIsAllOrNothing();
    void importUsage();

private:
    Run cli(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A database on the engine of the row: a file in the test's folder or one on the server.
    QString database(const QString &name) const { return newDatabase(*m_dir, name); }
    QString demoDatabase();
    QString firstCaseCode(const QString &database, FamilyStatus status);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliSuggestImport::initTestCase_data()
{
    engines();
}

void TestCliSuggestImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(DUOCOACH_CLI)).isExecutable(), DUOCOACH_CLI);
}

void TestCliSuggestImport::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Run TestCliSuggestImport::cli(const QStringList &arguments)
{
    return runCli(QStringLiteral(DUOCOACH_CLI), arguments, m_dir->path());
}

QString TestCliSuggestImport::demoDatabase()
{
    const QString file = database(QStringLiteral("demo.duocoach"));
    const Run run =
        cli({QStringLiteral("demo"), file, QStringLiteral("--families"), QStringLiteral("40"),
             QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"), Today});
    if (run.exitCode != 0) {
        qWarning("demo failed: %s", run.err.constData());
        return {};
    }
    return file;
}

QString TestCliSuggestImport::firstCaseCode(const QString &database, FamilyStatus status)
{
    auto db = Database::open(database, Database::Access::ReadOnly);
    if (!db)
        return {};
    auto code = db.value()->scalar(
        QStringLiteral("SELECT case_code FROM families WHERE status = ? ORDER BY case_code"),
        {DomainText::code(status)});
    return code ? code->toString() : QString();
}

void TestCliSuggestImport::suggestJson()
{
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QString caseCode = firstCaseCode(database, FamilyStatus::Referred);
    QVERIFY(!caseCode.isEmpty());
    const QByteArray before = stateOf(database);

    const Run run = cli({QStringLiteral("suggest"), database, QStringLiteral("--family"), caseCode,
                         QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3"),
                         QStringLiteral("--today"), Today});
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("caseCode")).toString(), caseCode);
    QCOMPARE(root.value(QStringLiteral("date")).toString(), Today);
    const QJsonArray candidates = root.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), 3);
    int previousScore = INT_MAX;
    qint64 previousId = 0;
    for (int i = 0; i < candidates.size(); ++i) {
        const QJsonObject c = candidates.at(i).toObject();
        QCOMPARE(c.value(QStringLiteral("rank")).toInt(), i + 1);
        QVERIFY(c.value(QStringLiteral("duoId")).toInteger() > 0);
        QVERIFY(!c.value(QStringLiteral("trustedPerson")).toString().isEmpty());
        QVERIFY(!c.value(QStringLiteral("professional")).toString().isEmpty());
        const int score = c.value(QStringLiteral("score")).toInt();
        const qint64 id = c.value(QStringLiteral("duoId")).toInteger();
        QVERIFY(score < previousScore || (score == previousScore && id > previousId));
        previousScore = score;
        previousId = id;
        const QJsonArray reasons = c.value(QStringLiteral("reasons")).toArray();
        QVERIFY(!reasons.isEmpty());
        int sum = 0;
        for (const QJsonValue &value : reasons) {
            const QJsonObject reason = value.toObject();
            QVERIFY(!reason.value(QStringLiteral("code")).toString().isEmpty());
            QVERIFY(!reason.value(QStringLiteral("text")).toString().isEmpty());
            QVERIFY(reason.contains(QStringLiteral("points")));
            sum += reason.value(QStringLiteral("points")).toInt();
        }
        QCOMPARE(score, sum);
    }
    QCOMPARE(stateOf(database), before); // suggesting only reads
}

void TestCliSuggestImport::suggestAgreesWithMatcher()
{
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QString caseCode = firstCaseCode(database, FamilyStatus::Intake);
    QVERIFY(!caseCode.isEmpty());
    const Run run = cli({QStringLiteral("suggest"), database, QStringLiteral("--family"), caseCode,
                         QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0"),
                         QStringLiteral("--today"), Today});
    QCOMPARE(run.exitCode, 0);
    QList<qint64> fromCli;
    QList<int> scoresFromCli;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(run.out).object().value(QStringLiteral("candidates")).toArray()) {
        fromCli << value.toObject().value(QStringLiteral("duoId")).toInteger();
        scoresFromCli << value.toObject().value(QStringLiteral("score")).toInt();
    }

    auto db = Database::open(database, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    auto family = FamilyStore(*db.value()).byCaseCode(caseCode);
    DC_VERIFY_OK(family);
    auto ranking = Matcher(*db.value()).rank(family.value(), QDate::fromString(Today, Qt::ISODate));
    DC_VERIFY_OK(ranking);
    QList<qint64> fromCore;
    QList<int> scoresFromCore;
    for (const MatchCandidate &c : ranking.value()) {
        fromCore << c.duo.id;
        scoresFromCore << c.score;
    }
    QVERIFY(!fromCore.isEmpty());
    QCOMPARE(fromCli, fromCore);
    QCOMPARE(scoresFromCli, scoresFromCore);
}

void TestCliSuggestImport::suggestText()
{
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QString caseCode = firstCaseCode(database, FamilyStatus::Referred);
    const Run run =
        cli({QStringLiteral("suggest"), database, QStringLiteral("--family"), caseCode.toLower(),
             QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--today"), Today});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(caseCode), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("  1. ")) && text.contains(QLatin1String("  2. ")),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("  3. ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("score ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(" places free")) || text.contains(QLatin1String("full")),
             qPrintable(text));
}

void TestCliSuggestImport::suggestPrefersLocalDuos()
{
    // Issue 13, point 12: for every open family of the demo (in Amsterdam, Utrecht and
    // Zwolle), no duo from another city ranks above a duo of the family's city that fits
    // (nothing counts against it), and each duo from elsewhere says so, in Dutch too.
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    QHash<qint64, QString> cityOfDuo;            // of its trusted person's organisation
    QList<std::pair<QString, QString>> families; // case code, city
    {
        auto db = Database::open(database, Database::Access::ReadOnly);
        DC_VERIFY_OK(db);
        auto duos = db.value()->exec(QStringLiteral(
            "SELECT d.id, o.city FROM duos d JOIN workers t ON t.id = d.trusted_person_id "
            "JOIN organisations o ON o.id = t.organisation_id"));
        DC_VERIFY_OK(duos);
        while (duos.value()->next())
            cityOfDuo.insert(duos.value()->value(0).toLongLong(),
                             duos.value()->value(1).toString());
        auto open = db.value()->exec(QStringLiteral(
            "SELECT case_code, city FROM families WHERE status <> 'closed' ORDER BY case_code"));
        DC_VERIFY_OK(open);
        while (open.value()->next())
            families.append({open.value()->value(0).toString(), open.value()->value(1).toString()});
    }
    QVERIFY(!families.isEmpty());
    int elsewhere = 0;
    QString exampleCaseCode;
    for (const auto &[caseCode, city] : std::as_const(families)) {
        const Run run = cli({QStringLiteral("suggest"), database, QStringLiteral("--family"),
                             caseCode, QStringLiteral("--json"), QStringLiteral("--limit"),
                             QStringLiteral("0"), QStringLiteral("--today"), Today});
        QCOMPARE(run.exitCode, 0);
        QString firstElsewhere;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out)
                                           .object()
                                           .value(QStringLiteral("candidates"))
                                           .toArray()) {
            const QJsonObject candidate = value.toObject();
            const qint64 duo = candidate.value(QStringLiteral("duoId")).toInteger();
            bool against = false;
            QStringList texts;
            for (const QJsonValue &reason : candidate.value(QStringLiteral("reasons")).toArray()) {
                against = against || reason.toObject().value(QStringLiteral("points")).toInt() < 0;
                texts << reason.toObject().value(QStringLiteral("text")).toString();
            }
            if (cityOfDuo.value(duo) == city) {
                QVERIFY2(against || firstElsewhere.isEmpty(),
                         qPrintable(QStringLiteral("%1 in %2: duo %3 (local, fits) ranks below "
                                                   "duo %4 from elsewhere")
                                        .arg(caseCode, city)
                                        .arg(duo)
                                        .arg(firstElsewhere)));
            } else {
                ++elsewhere;
                if (firstElsewhere.isEmpty())
                    firstElsewhere = QString::number(duo);
                exampleCaseCode = caseCode;
                const QString said =
                    QStringLiteral("Works in another city (%1)").arg(cityOfDuo.value(duo));
                QVERIFY2(texts.contains(said), qPrintable(texts.join(QLatin1String(" | "))));
            }
        }
    }
    QVERIFY(elsewhere > 0);

    // The same in Dutch, as a coordinator reads it.
    QProcess process;
    QProcessEnvironment env = cliEnvironment(m_dir->path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("nl_NL.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("nl_NL.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DUOCOACH_CLI),
                  {QStringLiteral("suggest"), database, QStringLiteral("--family"), exampleCaseCode,
                   QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--today"),
                   Today});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString dutch = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(dutch.contains(QLatin1String("Werkt in een andere stad (")), qPrintable(dutch));
}

void TestCliSuggestImport::suggestRefuses_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB stands for the demo database
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // a piece of the one line on stderr

    QTest::newRow("unknown case code")
        << QStringList{QStringLiteral("DB"), QStringLiteral("--family"),
                       QStringLiteral("G-1999-0001")}
        << 2 << QStringLiteral("G-1999-0001");
    QTest::newRow("missing database")
        << QStringList{QStringLiteral("nothing.duocoach"), QStringLiteral("--family"),
                       QStringLiteral("G-2026-0001")}
        << 2 << QStringLiteral("nothing.duocoach");
    QTest::newRow("no --family") << QStringList{QStringLiteral("DB")} << 1
                                 << QStringLiteral("Usage");
    QTest::newRow("bad --limit") << QStringList{QStringLiteral("DB"), QStringLiteral("--family"),
                                                QStringLiteral("G-2026-0001"),
                                                QStringLiteral("--limit"), QStringLiteral("many")}
                                 << 1 << QStringLiteral("--limit");
    QTest::newRow("bad --today") << QStringList{QStringLiteral("DB"), QStringLiteral("--family"),
                                                QStringLiteral("G-2026-0001"),
                                                QStringLiteral("--today"),
                                                QStringLiteral("tomorrow")}
                                 << 1 << QStringLiteral("--today");
}

void TestCliSuggestImport::suggestRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    arguments.replaceInStrings(QStringLiteral("DB"), database);
    const QString missing =
        onServer() ? missingServerDatabase(database) : path(QStringLiteral("nothing.duocoach"));
    arguments.replaceInStrings(QStringLiteral("nothing.duocoach"), missing);
    const Run run = cli(QStringList{QStringLiteral("suggest")} + arguments);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    if (exitCode == 2)
        QCOMPARE(run.errLines().size(), 1);
    if (message == QLatin1String("nothing.duocoach"))
        QVERIFY2(names(run.err, missing), run.err.constData());
    else
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("nothing.duocoach"))));
    if (onServer())
        QCOMPARE(stateOf(missing), QByteArray("unreachable")); // no database was created
}

void TestCliSuggestImport::importFamiliesAndWorkers()
{
    const QString database = this->database(QStringLiteral("register.duocoach"));
    QCOMPARE(cli({QStringLiteral("init"), database}).exitCode, 0);
    QVERIFY(writeFile(path(QStringLiteral("workers.csv")),
                      "\xEF\xBB\xBF" + WorkerHeader +
                          "Hatice Doğan,trusted_person,Al Amal,tr|nl,Overvecht,female,6,,\n"
                          "Marieke de Graaf,professional,Gezinskracht,nl,Overvecht,female,,,\n"));
    QVERIFY(writeFile(path(QStringLiteral("families.csv")),
                      FamilyHeader +
                          "Öztürk,,3563 AB,Utrecht,Overvecht,Turks,vrouw,Wijkteam,01-03-2026\n"
                          "الحسن,,,Utrecht,Overvecht,ar,,,2026-03-02\n"));

    Run run = cli({QStringLiteral("import"), database, QStringLiteral("--workers"),
                   path(QStringLiteral("workers.csv"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY2(run.out.contains("workers.csv: 2 (trusted persons: 1, professionals: 1)"),
             run.out.constData());
    QVERIFY2(run.out.contains("Al Amal, Gezinskracht"), run.out.constData());

    run = cli({QStringLiteral("import"), database, QStringLiteral("--families"),
               path(QStringLiteral("families.csv"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("families.csv: 2."), run.out.constData());
    QVERIFY2(run.out.contains("G-2026-0001 to G-2026-0002"), run.out.constData());

    auto db = Database::open(database, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("workers")), 2);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("organisations")), 2);
    auto family = FamilyStore(*db.value()).byCaseCode(QStringLiteral("G-2026-0002"));
    DC_VERIFY_OK(family);
    QCOMPARE(family->familyName, QStringLiteral("الحسن"));
    db.value().reset();

    // The same file again would double the register: refused, nothing written.
    const QByteArray before = stateOf(database);
    run = cli({QStringLiteral("import"), database, QStringLiteral("--families"),
               path(QStringLiteral("families.csv"))});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith("families.csv, row 2, column family_name:"), run.err.constData());
    QCOMPARE(stateOf(database), before);
}

void TestCliSuggestImport::importRefusesBadFile_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("bytes"); // empty: the file does not exist
    QTest::addColumn<QString>("message");  // how the one line on stderr starts

    QTest::newRow("bad postcode") << QStringLiteral("--families")
                                  << QByteArray(
                                         FamilyHeader +
                                         "Bouzid,,3563 AB,Utrecht,Overvecht,ar,,,2026-03-01\n" +
                                         "Haddad,,35631,Utrecht,Overvecht,ar,,,2026-03-01\n")
                                  << QStringLiteral("bad.csv, row 3, column postcode: ");
    QTest::newRow("missing column")
        << QStringLiteral("--families") << QByteArray("family_name\nBouzid\n")
        << QStringLiteral("bad.csv, row 1: ");
    QTest::newRow("unknown role") << QStringLiteral("--workers")
                                  << QByteArray(WorkerHeader + "Jan,chef,Zorg,nl,,male,,,\n")
                                  << QStringLiteral("bad.csv, row 2, column role: ");
    QTest::newRow("unterminated quote")
        << QStringLiteral("--workers")
        << QByteArray(WorkerHeader + "Jan,professional,\"Zorg,nl,,male,,,\n")
        << QStringLiteral("bad.csv, row 2, column organisation: ");
    QTest::newRow("missing file") << QStringLiteral("--families") << QByteArray()
                                  << QStringLiteral("The file ");
}

void TestCliSuggestImport::importRefusesBadFile()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QByteArray before = stateOf(database);
    const QString file = path(QStringLiteral("bad.csv"));
    if (!bytes.isEmpty())
        QVERIFY(writeFile(file, bytes));

    const Run run = cli({QStringLiteral("import"), database, option, file});
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(QString::fromUtf8(run.err).startsWith(message), run.err.constData());
    QCOMPARE(stateOf(database), before);
}

void TestCliSuggestImport::importTwoFilesIsAllOrNothing()
{
    const QString database = demoDatabase();
    QVERIFY(!database.isEmpty());
    const QByteArray before = stateOf(database);
    QVERIFY(
        writeFile(path(QStringLiteral("workers.csv")),
                  WorkerHeader + "Nieuw Persoon,trusted_person,Nieuwe Stichting,nl,,female,,,\n"));
    // Already in the demo data: the families file fails only when written, after the workers.
    auto db = Database::open(database, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    auto existing =
        FamilyStore(*db.value()).byCaseCode(firstCaseCode(database, FamilyStatus::Active));
    DC_VERIFY_OK(existing);
    db.value().reset();
    QVERIFY(writeFile(path(QStringLiteral("families.csv")),
                      FamilyHeader + existing->familyName.toUtf8() + ",," +
                          existing->postcode.toUtf8() + ",,,,,," +
                          existing->referredOn.toString(Qt::ISODate).toUtf8() + '\n'));

    const Run run = cli({QStringLiteral("import"), database, QStringLiteral("--workers"),
                         path(QStringLiteral("workers.csv")), QStringLiteral("--families"),
                         path(QStringLiteral("families.csv"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("families.csv, row 2, column family_name:"), run.err.constData());
    QCOMPARE(stateOf(database), before); // the workers (and their organisation) were not kept
}

void TestCliSuggestImport::importUsage()
{
    // On a server the database is there but empty, as createdb leaves it.
    const QString database = this->database(QStringLiteral("none.duocoach"));
    const QByteArray before = stateOf(database);
    Run run = cli({QStringLiteral("import"), database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("Usage"));

    // An import adds to a register: it does not create one under a mistyped name.
    QVERIFY(writeFile(path(QStringLiteral("families.csv")),
                      FamilyHeader + "Bouzid,,,,,,,,2026-03-01\n"));
    run = cli({QStringLiteral("import"), database, QStringLiteral("--families"),
               path(QStringLiteral("families.csv"))});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(names(run.err, database), run.err.constData());
    QCOMPARE(stateOf(database), before);
    QVERIFY(!QFileInfo::exists(database));
}

QTEST_GUILESS_MAIN(TestCliSuggestImport)
#include "TestCliSuggestImport.moc"
