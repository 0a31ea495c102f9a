// What issue 13 found wrong with the CSV import (points 14, 15 and 18): a file saved as UTF-16
// is read as the text it is; Dutch headings and Dutch values are understood; duplicates of
// families already in the database are known before anything is written, also when a name is
// in another Unicode form; text is stored in NFC and a control character is refused by row
// and column.

#include "TestSupport.h"

#include "domain/Languages.h"
#include "domain/Validation.h"
#include "exchange/CsvReader.h"
#include "exchange/FamilyImporter.h"
#include "exchange/ImportExample.h"
#include "exchange/WorkerImporter.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/WorkerStore.h"

#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QString FamiliesText = QStringLiteral("family_name;postcode;home_languages;referred_on\r\n"
                                            "Öztürk;3531 AB;Turks|nl;01-03-2026\r\n"
                                            "الحسن;;ar;2026-02-15\r\n");

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder(text);
}
} // namespace

class TestImportChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void utf16IsRead_data();
    void utf16IsRead();
    void brokenUtf16IsRefusedInOneSentence();

    void languagesOfIso639_data();
    void languagesOfIso639();
    void storedLanguageValuesKeepWorking();
    void twiImports();

    void dutchHeadings_data();
    void dutchHeadings();
    void examplesImportAsTheyAre_data();
    void examplesImportAsTheyAre();

    void duplicatesAcrossUnicodeForms();
    void duplicatesFoundBeforeWritingAndLeftOut();
    void workerDuplicatesFoundBeforeWritingAndLeftOut();
    void controlCharactersAreRefused_data();
    void controlCharactersAreRefused();
    void storesKeepTextInNfc();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString database();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportChecks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImportChecks::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportChecks::cleanup()
{
    m_dir.reset();
}

void TestImportChecks::utf16IsRead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // Excel's "Unicode text" and Notepad's "UTF-16" write these, with or without a BOM.
    QTest::newRow("UTF-16LE with BOM") << utf16(FamiliesText, QStringConverter::Utf16LE, true);
    QTest::newRow("UTF-16LE without BOM") << utf16(FamiliesText, QStringConverter::Utf16LE, false);
    QTest::newRow("UTF-16BE with BOM") << utf16(FamiliesText, QStringConverter::Utf16BE, true);
    QTest::newRow("UTF-16BE without BOM") << utf16(FamiliesText, QStringConverter::Utf16BE, false);
}

void TestImportChecks::utf16IsRead()
{
    QFETCH(QByteArray, bytes);
    const QString file = path(QStringLiteral("families.csv"));
    QVERIFY(writeFile(file, bytes));
    FamilyImporter importer;
    DC_VERIFY_OK(importer.read(file));
    QCOMPARE(importer.families().size(), 2);
    QCOMPARE(importer.families().at(0).familyName, QStringLiteral("Öztürk"));
    QCOMPARE(importer.families().at(0).homeLanguages,
             (QStringList{QStringLiteral("tr"), QStringLiteral("nl")}));
    QCOMPARE(importer.families().at(1).familyName, QStringLiteral("الحسن"));
    QCOMPARE(importer.families().at(1).referredOn, QDate(2026, 2, 15));

    // A bad cell in such a file is named by the row a spreadsheet shows and a readable column.
    QByteArray bad = bytes;
    const QString badText =
        QString(FamiliesText).replace(QStringLiteral("3531 AB"), QStringLiteral("99999"));
    const bool bigEndian = bytes.at(0) == '\0' || bytes.startsWith("\xFE\xFF");
    bad = utf16(badText, bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"));
    QVERIFY(writeFile(file, bad));
    const Status refused = FamilyImporter().read(file);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().startsWith(QStringLiteral("families.csv, row 2, column postcode:")),
             qPrintable(refused.message()));
    QVERIFY(!refused.message().contains(QChar(0)));
}

void TestImportChecks::brokenUtf16IsRefusedInOneSentence()
{
    // Half a character at the end: not UTF-16 that can be read.
    QByteArray bytes = utf16(FamiliesText, QStringConverter::Utf16LE, true);
    bytes.append('x');
    const QString file = path(QStringLiteral("broken.csv"));
    QVERIFY(writeFile(file, bytes));
    const Status refused = FamilyImporter().read(file);
    QVERIFY(!refused.ok());
    const QString message = refused.message();
    QVERIFY2(message.contains(QStringLiteral("broken.csv")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("UTF-16")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("UTF-8")), qPrintable(message));
    QVERIFY(!message.contains(QChar(0)));
    QVERIFY(!message.contains(QLatin1Char('\n')));
}

QString TestImportChecks::database()
{
    const QString file = path(QStringLiteral("checks.duocoach"));
    auto db = Database::open(file);
    if (!db)
        return {};
    Fixture fixture;
    if (const QString problem = makeFixture(*db.value(), &fixture); !problem.isEmpty())
        return {};
    return file;
}

void TestImportChecks::languagesOfIso639_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<QString>("code");
    QTest::newRow("Twi") << QStringLiteral("Twi") << QStringLiteral("tw");
    QTest::newRow("Akan (Dutch)") << QStringLiteral("Akaans") << QStringLiteral("ak");
    QTest::newRow("639-3 code of Twi") << QStringLiteral("twi") << QStringLiteral("tw");
    QTest::newRow("Tarifit") << QStringLiteral("Tarifit") << QStringLiteral("rif");
    QTest::newRow("German in Dutch") << QStringLiteral("Duits") << QStringLiteral("de");
    QTest::newRow("639-2/B code") << QStringLiteral("ger") << QStringLiteral("de");
    QTest::newRow("639-2/T code") << QStringLiteral("nld") << QStringLiteral("nl");
    QTest::newRow("639-2/B code of Dutch") << QStringLiteral("DUT") << QStringLiteral("nl");
    QTest::newRow("Dutch name, other case") << QStringLiteral("turks") << QStringLiteral("tr");
    QTest::newRow("without its accent") << QStringLiteral("Oekraiens") << QStringLiteral("uk");
    QTest::newRow("decomposed") << QStringLiteral("Oekrai\u0308ens") << QStringLiteral("uk");
    QTest::newRow("macrolanguage") << QStringLiteral("Swahili") << QStringLiteral("sw");
    QTest::newRow("Sarnami") << QStringLiteral("Caribbean Hindustani") << QStringLiteral("hns");
    QTest::newRow("old name Tamazight") << QStringLiteral("Tamazight") << QStringLiteral("zgh");
    QTest::newRow("old name Sranantongo") << QStringLiteral("Sranantongo") << QStringLiteral("srn");
    QTest::newRow("old name Papiaments") << QStringLiteral("Papiaments") << QStringLiteral("pap");
    QTest::newRow("old name Somalisch") << QStringLiteral("Somalisch") << QStringLiteral("so");
    QTest::newRow("unknown") << QStringLiteral("Klingon") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestImportChecks::languagesOfIso639()
{
    QFETCH(QString, spelling);
    QFETCH(QString, code);
    QCOMPARE(Languages::codeFor(spelling), code);
    if (!code.isEmpty())
        QVERIFY(Languages::isKnown(code));
}

void TestImportChecks::storedLanguageValuesKeepWorking()
{
    // Thousands of languages, each with an English and a Dutch name.
    QVERIFY2(Languages::codes().size() > 7000,
             qPrintable(QString::number(Languages::codes().size())));
    QCOMPARE(Languages::englishName(QStringLiteral("tw")), QStringLiteral("Twi"));
    QCOMPARE(Languages::dutchName(QStringLiteral("de")), QStringLiteral("Duits"));
    QCOMPARE(Languages::dutchName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
    QCOMPARE(Languages::englishName(QStringLiteral("sw")), QStringLiteral("Swahili"));
    // What databases written before hold: codes and, from older imports, names.
    QCOMPARE(Languages::split(QStringLiteral("nl|Arabic|Turks|Tamazight|ar")),
             (QStringList{QStringLiteral("nl"), QStringLiteral("ar"), QStringLiteral("tr"),
                          QStringLiteral("zgh")}));
    // Something that is no language is kept as it is, not dropped.
    QCOMPARE(Languages::split(QStringLiteral("nl|Elvish")),
             (QStringList{QStringLiteral("nl"), QStringLiteral("Elvish")}));
    // The common languages come first in pickers and are all known.
    QVERIFY(Languages::commonCodes().contains(QStringLiteral("tw")));
    QCOMPARE(Languages::commonCodes().constFirst(), QStringLiteral("nl"));
    for (const QString &code : Languages::commonCodes())
        QVERIFY2(Languages::isKnown(code), qPrintable(code));
}

void TestImportChecks::twiImports()
{
    const QString db = database();
    QVERIFY(!db.isEmpty());
    const QString families = path(QStringLiteral("families.csv"));
    QVERIFY(writeFile(families, "family_name;home_languages;referred_on\r\n"
                                "Mensah;Twi|Engels;2026-02-15\r\n"));
    FamilyImporter importer;
    DC_VERIFY_OK(importer.read(families));
    auto opened = Database::open(db);
    DC_VERIFY_OK(opened);
    auto written = importer.write(*opened.value());
    DC_VERIFY_OK(written);
    auto stored = FamilyStore(*opened.value()).get(written->constFirst().id);
    DC_VERIFY_OK(stored);
    QCOMPARE(stored->homeLanguages, (QStringList{QStringLiteral("tw"), QStringLiteral("en")}));

    const QString workers = path(QStringLiteral("workers.csv"));
    QVERIFY(writeFile(workers, "name;role;organisation;languages;gender\r\n"
                               "Kwame Boateng;vertrouwenspersoon;Sankofa;twi|nl;man\r\n"));
    WorkerImporter workerImporter;
    DC_VERIFY_OK(workerImporter.read(workers));
    auto summary = workerImporter.write(*opened.value());
    DC_VERIFY_OK(summary);
    auto kwame = WorkerStore(*opened.value()).get(summary->workerIds.constFirst());
    DC_VERIFY_OK(kwame);
    QCOMPARE(kwame->languages, (QStringList{QStringLiteral("tw"), QStringLiteral("nl")}));
}

void TestImportChecks::dutchHeadings_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("families, Dutch headings")
        << QStringLiteral("families")
        << QByteArray("Achternaam;Straat;Postcode;Plaats;Wijk;Thuistalen;"
                      "Voorkeur vertrouwenspersoon;Verwezen door;Verwezen op\r\n"
                      "Öztürk;Kanaalstraat 1;3531ab;Utrecht;Lombok;Turks|Nederlands;vrouw;"
                      "Huisarts;01-03-2026\r\n");
    QTest::newRow("families, other case and spaces, other names")
        << QStringLiteral("families")
        << QByteArray("ACHTERNAAM ; woonplaats;  thuistaal;Verwezen  op\n"
                      "Öztürk;Utrecht;Turks|Nederlands;01-03-2026\n");
    QTest::newRow("workers, Dutch headings and values")
        << QStringLiteral("workers")
        << QByteArray("Naam;Rol;Organisatie;Talen;Wijk;Geslacht;Maximale caseload;Telefoon;"
                      "E-mail\r\n"
                      "Öztürk;vertrouwenspersoon;Stichting Brug;Turks|Nederlands;Lombok;vrouw;6;;"
                      "a@example.nl\r\n");
}

void TestImportChecks::dutchHeadings()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    const QString file = path(QStringLiteral("dutch.csv"));
    QVERIFY(writeFile(file, bytes));
    if (kind == QLatin1String("families")) {
        FamilyImporter importer;
        DC_VERIFY_OK(importer.read(file));
        QCOMPARE(importer.families().size(), 1);
        const Family &f = importer.families().constFirst();
        QCOMPARE(f.familyName, QStringLiteral("Öztürk"));
        QCOMPARE(f.city, QStringLiteral("Utrecht"));
        QCOMPARE(f.homeLanguages, (QStringList{QStringLiteral("tr"), QStringLiteral("nl")}));
        QCOMPARE(f.referredOn, QDate(2026, 3, 1));
    } else {
        WorkerImporter importer;
        DC_VERIFY_OK(importer.read(file));
        QCOMPARE(importer.workers().size(), 1);
        const Worker &w = importer.workers().constFirst();
        QCOMPARE(w.role, WorkerRole::TrustedPerson);
        QCOMPARE(w.maxCaseload, 6);
        QCOMPARE(w.email, QStringLiteral("a@example.nl"));
    }
}

void TestImportChecks::examplesImportAsTheyAre_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("families") << int(ImportExample::Kind::Families);
    QTest::newRow("workers") << int(ImportExample::Kind::Workers);
}

void TestImportChecks::examplesImportAsTheyAre()
{
    QFETCH(int, kind);
    const auto which = ImportExample::Kind(kind);
    const QString file = path(ImportExample::suggestedFileName(which));
    DC_VERIFY_OK(ImportExample::save(which, file));
    const QString db = database();
    QVERIFY(!db.isEmpty());
    auto opened = Database::open(db);
    DC_VERIFY_OK(opened);
    if (which == ImportExample::Kind::Families) {
        FamilyImporter importer;
        DC_VERIFY_OK(importer.read(file));
        QCOMPARE(importer.families().size(), 3);
        DC_VERIFY_OK(importer.write(*opened.value()));
    } else {
        WorkerImporter importer;
        DC_VERIFY_OK(importer.read(file));
        QCOMPARE(importer.workers().size(), 3);
        DC_VERIFY_OK(importer.write(*opened.value()));
    }
    // Dutch headings: what the coordinator's own spreadsheet has.
    QVERIFY(ImportExample::bytes(which).contains(which == ImportExample::Kind::Families
                                                     ? "Achternaam;Straat;Postcode"
                                                     : "Naam;Rol;Organisatie"));
}

void TestImportChecks::duplicatesAcrossUnicodeForms()
{
    const QString db = database();
    QVERIFY(!db.isEmpty());
    auto opened = Database::open(db);
    DC_VERIFY_OK(opened);
    const QString composed = QStringLiteral("Öztürk");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    QVERIFY(composed != decomposed);
    const QByteArray header = "family_name;postcode;referred_on\n";
    const QString first = path(QStringLiteral("first.csv"));
    QVERIFY(writeFile(first, header + composed.toUtf8() + ";3531 AB;2026-03-01\n"));
    FamilyImporter importer;
    DC_VERIFY_OK(importer.read(first));
    DC_VERIFY_OK(importer.write(*opened.value()));

    // The same family, written decomposed (as a Mac saves it) and in capitals.
    const QString second = path(QStringLiteral("second.csv"));
    QVERIFY(writeFile(second, header + decomposed.toUpper().toUtf8() + ";3531ab;01-03-2026\n"));
    FamilyImporter again;
    DC_VERIFY_OK(again.read(second));
    auto duplicates = again.findDuplicates(*opened.value());
    DC_VERIFY_OK(duplicates);
    QCOMPARE(duplicates->size(), 1);
    auto refused = again.write(*opened.value());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().startsWith(QStringLiteral("second.csv, row 2, column family_name")),
             qPrintable(refused.message()));
    QCOMPARE(rowCount(*opened.value(), QStringLiteral("families")), 2); // fixture + Öztürk

    // Twice in one file, once in each form: the second row is named.
    const QString both = path(QStringLiteral("both.csv"));
    QVERIFY(writeFile(both, header + composed.toUtf8() + ";;2026-03-01\n" + decomposed.toUtf8() +
                                ";;2026-03-01\n"));
    const Status twice = FamilyImporter().read(both);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.message().startsWith(QStringLiteral("both.csv, row 3, column family_name")),
             qPrintable(twice.message()));
}

void TestImportChecks::duplicatesFoundBeforeWritingAndLeftOut()
{
    const QString db = database();
    QVERIFY(!db.isEmpty());
    auto opened = Database::open(db);
    DC_VERIFY_OK(opened);
    const QByteArray header = "family_name;postcode;referred_on\n";
    const QString first = path(QStringLiteral("first.csv"));
    QVERIFY(writeFile(first, header + "Bouzid;3563 AB;2026-03-01\n"));
    FamilyImporter importer;
    DC_VERIFY_OK(importer.read(first));
    auto written = importer.write(*opened.value());
    DC_VERIFY_OK(written);
    const QString caseCode = written->constFirst().caseCode;

    const QString next = path(QStringLiteral("next.csv"));
    QVERIFY(writeFile(next, header + "Haddad;;2026-03-02\nbouzid;3563AB;01-03-2026\n"
                                     "Kaya;;2026-03-03\n"));
    FamilyImporter again;
    DC_VERIFY_OK(again.read(next));
    const QByteArray before = sha256(db);
    auto duplicates = again.findDuplicates(*opened.value());
    DC_VERIFY_OK(duplicates);
    QCOMPARE(sha256(db), before); // found without writing
    QCOMPARE(duplicates->size(), 1);
    QCOMPARE(duplicates->constFirst().rowNumber, 3);
    QCOMPARE(duplicates->constFirst().familyName, QStringLiteral("bouzid"));
    QCOMPARE(duplicates->constFirst().caseCode, caseCode);

    again.leaveOut(duplicates.value());
    QCOMPARE(again.leftOut(), 1);
    auto added = again.write(*opened.value());
    DC_VERIFY_OK(added);
    QCOMPARE(added->size(), 2);
    QCOMPARE(added->at(0).familyName, QStringLiteral("Haddad"));
    QCOMPARE(added->at(1).familyName, QStringLiteral("Kaya"));
}

void TestImportChecks::workerDuplicatesFoundBeforeWritingAndLeftOut()
{
    const QString db = database();
    QVERIFY(!db.isEmpty());
    auto opened = Database::open(db);
    DC_VERIFY_OK(opened);
    const QByteArray header = "name;role;organisation;gender\n";
    const QString first = path(QStringLiteral("first.csv"));
    QVERIFY(writeFile(first, header + "Hatice Do\xc4\x9f"
                                      "an;vertrouwenspersoon;Sankofa;vrouw\n"));
    WorkerImporter importer;
    DC_VERIFY_OK(importer.read(first));
    DC_VERIFY_OK(importer.write(*opened.value()));

    // Again, decomposed and in capitals, beside a new colleague.
    const QString decomposed =
        QStringLiteral("HATICE DOĞAN").normalized(QString::NormalizationForm_D);
    const QString next = path(QStringLiteral("next.csv"));
    QVERIFY(writeFile(next, header + decomposed.toUtf8() +
                                ";vertrouwenspersoon;sankofa;vrouw\n"
                                "Kwame Boateng;vertrouwenspersoon;Sankofa;man\n"));
    WorkerImporter again;
    DC_VERIFY_OK(again.read(next));
    auto duplicates = again.findDuplicates(*opened.value());
    DC_VERIFY_OK(duplicates);
    QCOMPARE(duplicates->size(), 1);
    QCOMPARE(duplicates->constFirst().rowNumber, 2);
    QVERIFY(!again.write(*opened.value()).ok()); // without leaving it out: refused
    again.leaveOut(duplicates.value());
    auto summary = again.write(*opened.value());
    DC_VERIFY_OK(summary);
    QCOMPARE(summary->workerIds.size(), 1);
    QCOMPARE(summary->trustedPersons, 1);
    QVERIFY(summary->createdOrganisations.isEmpty());
    auto kwame = WorkerStore(*opened.value()).get(summary->workerIds.constFirst());
    DC_VERIFY_OK(kwame);
    QCOMPARE(kwame->name, QStringLiteral("Kwame Boateng"));
}

void TestImportChecks::controlCharactersAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("character");
    const QByteArray header = "family_name;street;referred_on\n";
    QTest::newRow("NUL in a name")
        << header + QByteArray("Özt\0rk;;2026-03-01\n", 19)
        << QStringLiteral("bad.csv, row 2, column family_name:") << QStringLiteral("U+0000");
    QTest::newRow("escape in a street")
        << header + "Kaya;;2026-03-01\nBouzid;Straat\x1b[31m 1;2026-03-01\n"
        << QStringLiteral("bad.csv, row 3, column street:") << QStringLiteral("U+001B");
    QTest::newRow("C1 control") << header + "Kaya\xc2\x85;;2026-03-01\n"
                                << QStringLiteral("bad.csv, row 2, column family_name:")
                                << QStringLiteral("U+0085");
}

void TestImportChecks::controlCharactersAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, character);
    const QString db = database();
    QVERIFY(!db.isEmpty());
    const QByteArray before = sha256(db);
    const QString file = path(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(file, bytes));
    FamilyImporter importer;
    const Status read = importer.read(file);
    QVERIFY(!read.ok());
    QVERIFY2(read.message().startsWith(where), qPrintable(read.message()));
    QVERIFY2(read.message().contains(character), qPrintable(read.message()));
    QVERIFY(!read.message().contains(QChar(0)));
    QCOMPARE(sha256(db), before);
}

void TestImportChecks::storesKeepTextInNfc()
{
    const QString db = database();
    QVERIFY(!db.isEmpty());
    auto opened = Database::open(db);
    DC_VERIFY_OK(opened);
    // What a form hands the store: a decomposed name is stored composed...
    Family family;
    family.familyName = QStringLiteral("Çelik-Öztürk").normalized(QString::NormalizationForm_D);
    family.referredOn = QDate(2026, 3, 1);
    auto added = FamilyStore(*opened.value()).add(family);
    DC_VERIFY_OK(added);
    auto stored = FamilyStore(*opened.value()).get(added->id);
    DC_VERIFY_OK(stored);
    QCOMPARE(stored->familyName.toUtf8(), QStringLiteral("Çelik-Öztürk").toUtf8());
    // ... and a control character is refused with a sentence, before anything is stored.
    family.familyName = QStringLiteral("Kaya") + QChar(0) + QStringLiteral("x");
    const int families = rowCount(*opened.value(), QStringLiteral("families"));
    auto refused = FamilyStore(*opened.value()).add(family);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("U+0000")), qPrintable(refused.message()));
    QCOMPARE(rowCount(*opened.value(), QStringLiteral("families")), families);
    QVERIFY(Validation::checkControlCharacters(QStringLiteral("two\nlines\tand a tab")).isEmpty());
    Worker worker;
    worker.name = QStringLiteral("Jan\x07");
    worker.organisationId = 1;
    QVERIFY(Validation::checkWorker(worker).contains(QStringLiteral("U+0007")));
}

QTEST_GUILESS_MAIN(TestImportChecks)
#include "TestImportChecks.moc"
