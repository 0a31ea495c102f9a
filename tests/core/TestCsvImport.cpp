// CSV import as coordinators will use it: the files Excel and LibreOffice write in the
// Netherlands are read exactly, every kind of bad file is refused with the row and column of
// the problem, and a refused import leaves the database file byte for byte as it was.

#include "TestSupport.h"

#include "Progress.h"
#include "exchange/CsvReader.h"
#include "exchange/FamilyImporter.h"
#include "exchange/WorkerImporter.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace TestSupport;

namespace {
const QByteArray FamilyHeader = "family_name,street,postcode,city,district,home_languages,"
                                "trusted_person_gender,referral_source,referred_on\n";
const QByteArray GoodFamily =
    "Bouzid,Amazonedreef 1,3563 AB,Utrecht,Overvecht,ar|nl,,Wijkteam,2026-03-01\n";
const QByteArray WorkerHeader =
    "name,role,organisation,languages,district,gender,max_caseload,phone,email\n";
const QByteArray GoodWorker = "Fatma Kaya,trusted_person,Stichting Brug,tr|nl,Overvecht,female,"
                              "6,06-12345678,f.kaya@example.nl\n";

// The families every good file below holds, as they must come out of the database.
struct ExpectedFamily
{
    QString name;
    QString street;
    QString postcode;
    QString city;
    QString district;
    QStringList languages;
    GenderWish wish;
    QString source;
    QDate referredOn;
};

QList<ExpectedFamily> expectedFamilies()
{
    return {
        {QStringLiteral("Öztürk-Yılmaz"),
         QStringLiteral("Kanaalstraat 12, 2-hoog"),
         QStringLiteral("3531 AB"),
         QStringLiteral("Utrecht"),
         QStringLiteral("Lombok"),
         {QStringLiteral("tr"), QStringLiteral("nl")},
         GenderWish::Female,
         QStringLiteral("School \"De Brug\"\nvia de intern begeleider"),
         QDate(2026, 3, 1)},
        {QStringLiteral("الحسن"),
         QStringLiteral("Amazonedreef 7; achterom"),
         QString(),
         QStringLiteral("Utrecht"),
         QStringLiteral("Overvecht"),
         {QStringLiteral("ar"), QStringLiteral("zgh")},
         GenderWish::None,
         QStringLiteral("Wijkteam"),
         QDate(2026, 2, 15)},
        {QStringLiteral("İnce Çelik-Lefèvre"),
         QStringLiteral("Javastraat 3"),
         QStringLiteral("1094 HA"),
         QStringLiteral("Amsterdam"),
         QStringLiteral("Oost"),
         {QStringLiteral("fr"), QStringLiteral("nl")},
         GenderWish::Male,
         QStringLiteral("Huisarts"),
         QDate(2026, 3, 5)},
    };
}

// The same families as a coordinator would type them: names of languages, Dutch words and
// dates, a postcode without space. Column order of FamilyHeader.
QList<QStringList> typedFamilies(const QString &lineBreakInCell)
{
    return {
        {QStringLiteral("Öztürk-Yılmaz"), QStringLiteral("Kanaalstraat 12, 2-hoog"),
         QStringLiteral("3531ab"), QStringLiteral("Utrecht"), QStringLiteral("Lombok"),
         QStringLiteral("Turks|nl"), QStringLiteral("vrouw"),
         QStringLiteral("School \"De Brug\"") + lineBreakInCell +
             QStringLiteral("via de intern begeleider"),
         QStringLiteral("01-03-2026")},
        {QStringLiteral("الحسن"), QStringLiteral("Amazonedreef 7; achterom"), QString(),
         QStringLiteral("Utrecht"), QStringLiteral("Overvecht"),
         QStringLiteral("Arabic | Tamazight"), QString(), QStringLiteral("Wijkteam"),
         QStringLiteral("2026-02-15")},
        {QStringLiteral("İnce Çelik-Lefèvre"), QStringLiteral("Javastraat 3"),
         QStringLiteral("1094 HA"), QStringLiteral("Amsterdam"), QStringLiteral("Oost"),
         QStringLiteral("French|Nederlands"), QStringLiteral("male"), QStringLiteral("Huisarts"),
         QStringLiteral("5-3-2026")},
    };
}

// How a spreadsheet program may save a file.
struct Style
{
    char separator = ',';
    QByteArray lineEnd = "\n";
    bool bom = false;
    bool quoteAll = false;
    bool reorderAndCapitalise = false; // header order and case as a user may have them
    bool padding = false;              // blank rows and empty columns after the last one
};

QByteArray field(const QString &text, const Style &style)
{
    QByteArray bytes = text.toUtf8();
    const bool needsQuotes = style.quoteAll || bytes.contains(style.separator) ||
                             bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    if (!needsQuotes)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray write(const QStringList &header, const QList<QStringList> &rows, const Style &style)
{
    QList<int> order;
    for (int i = 0; i < header.size(); ++i)
        order << i;
    if (style.reorderAndCapitalise)
        std::reverse(order.begin(), order.end());
    auto line = [&](const QStringList &cells, bool isHeader) {
        QByteArrayList out;
        for (int i : order) {
            QString text = cells.value(i);
            if (isHeader && style.reorderAndCapitalise)
                text = text.toUpper();
            out << field(text, style);
        }
        if (style.padding)
            out << QByteArray() << QByteArray();
        return out.join(style.separator) + style.lineEnd;
    };
    QByteArray bytes = style.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += line(header, true);
    for (const QStringList &row : rows) {
        bytes += line(row, false);
        if (style.padding)
            bytes +=
                QByteArray(int(header.size()) + 1, style.separator) + style.lineEnd + style.lineEnd;
    }
    return bytes;
}

QStringList familyColumns()
{
    return QString::fromLatin1(FamilyHeader.trimmed()).split(QLatin1Char(','));
}
} // namespace

Q_DECLARE_METATYPE(Style)

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void separatorDetection_data();
    void separatorDetection();
    void rowNumbersAsASpreadsheetShowsThem();
    void emptyFileIsRefused();
    void headerOnlyImportsNothing();

    void goodFamilies_data();
    void goodFamilies();
    void goodWorkers();
    void newOrganisationTakesKindOfFirstRow();

    void badFiles_data();
    void badFiles();
    void failureWhileWritingChangesNothing_data();
    void failureWhileWritingChangesNothing();
    void progressEndsAtTotal_data();
    void progressEndsAtTotal();
    void cancelChangesNothing_data();
    void cancelChangesNothing();
    void readingStepsAndCancels_data();
    void readingStepsAndCancels();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString databaseWithFixture();
    // The CLI's order: read and check the file first, then write in one transaction.
    Status importFile(const QString &kind, const QString &csv, const QString &database,
                      const Progress *progress = nullptr, bool outerTransaction = false);
    // A file of `rows` new families or workers (the workers of seven new organisations).
    QString bigFile(const QString &kind, int rows) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCsvImport::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCsvImport::cleanup()
{
    m_dir.reset();
}

QString TestCsvImport::databaseWithFixture()
{
    const QString file = path(QStringLiteral("import.duocoach"));
    auto db = Database::open(file);
    if (!db)
        return {};
    Fixture fixture;
    if (const QString problem = makeFixture(*db.value(), &fixture); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return {};
    }
    return file;
}

Status TestCsvImport::importFile(const QString &kind, const QString &csv, const QString &database,
                                 const Progress *progress, bool outerTransaction)
{
    FamilyImporter families;
    WorkerImporter workers;
    const bool isFamilies = kind == QLatin1String("families");
    if (Status read = isFamilies ? families.read(csv) : workers.read(csv); !read)
        return read;
    auto db = Database::open(database);
    if (!db)
        return db.error();
    const auto write = [&]() -> Status {
        if (isFamilies) {
            auto written = families.write(*db.value(), progress);
            return written ? Status() : Status(written.error());
        }
        auto written = workers.write(*db.value(), progress);
        return written ? Status() : Status(written.error());
    };
    // As `duocoach-cli import` with two files: the importer joins the caller's transaction.
    return outerTransaction ? db.value()->transaction(write) : write();
}

QString TestCsvImport::bigFile(const QString &kind, int rows) const
{
    const bool isFamilies = kind == QLatin1String("families");
    QByteArray bytes = isFamilies ? FamilyHeader : WorkerHeader;
    for (int i = 1; i <= rows; ++i)
        bytes += isFamilies ? QByteArray("Familie ") + QByteArray::number(i) +
                                  ",Amazonedreef 1,3563 AB,Utrecht,Overvecht,ar|nl,,,2026-03-01\n"
                            : QByteArray("Werker ") + QByteArray::number(i) +
                                  ",trusted_person,Nieuwe Stichting " + QByteArray::number(i % 7) +
                                  ",nl,,female,,,\n";
    const QString file = path(kind + QStringLiteral(".csv"));
    return writeFile(file, bytes) ? file : QString();
}

void TestCsvImport::separatorDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("separator");
    QTest::newRow("commas") << QByteArray("a,b,c\n1;2,3\n") << ',';
    QTest::newRow("semicolons") << QByteArray("a;b;c\n1,2,3\n") << ';';
    QTest::newRow("semicolons with a comma in a name") << QByteArray("a;b,x;c\n") << ';';
    QTest::newRow("tie goes to comma") << QByteArray("a;b,c\n") << ',';
    QTest::newRow("quoted separators do not count") << QByteArray("\"a;b;c;d\",e,f\n") << ',';
    QTest::newRow("only the first row counts") << QByteArray("a,b\r\n;;;;;\r\n") << ',';
    QTest::newRow("single column") << QByteArray("family_name\nX\n") << ',';
}

void TestCsvImport::separatorDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, separator);
    QCOMPARE(CsvReader::detectSeparator(bytes), separator);
}

void TestCsvImport::rowNumbersAsASpreadsheetShowsThem()
{
    // Header 1; row 2; a blank line is row 3; row 4 has a cell over two lines; row 5; a row
    // of empty cells (6) and a last row without line end (7).
    const QByteArray bytes = "a;b\r\n1;2\r\n\r\n\"x\r\ny\";3\r\n4;\"5\"\r\n;\r\n6;7";
    auto table = CsvReader::parse(bytes, QStringLiteral("rows.csv"));
    DC_VERIFY_OK(table);
    QCOMPARE(table->header, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QList<int> numbers;
    for (const CsvRow &row : table->rows)
        numbers << row.number;
    QCOMPARE(numbers, (QList<int>{2, 4, 5, 7}));
    QCOMPARE(table->rows.at(1).cells, (QStringList{QStringLiteral("x\ny"), QStringLiteral("3")}));
}

void TestCsvImport::emptyFileIsRefused()
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\n\n")}) {
        const QString file = path(QStringLiteral("empty.csv"));
        QVERIFY(writeFile(file, bytes));
        FamilyImporter importer;
        const Status read = importer.read(file);
        QVERIFY(!read.ok());
        QVERIFY2(read.message().contains(QLatin1String("empty.csv is empty")),
                 qPrintable(read.message()));
    }
}

void TestCsvImport::headerOnlyImportsNothing()
{
    const QString database = databaseWithFixture();
    QVERIFY(!database.isEmpty());
    const QString file = path(QStringLiteral("header.csv"));
    QVERIFY(writeFile(file, "\xEF\xBB\xBF" + FamilyHeader));
    FamilyImporter importer;
    DC_VERIFY_OK(importer.read(file));
    QVERIFY(importer.families().isEmpty());
    auto db = Database::open(database);
    DC_VERIFY_OK(db);
    auto written = importer.write(*db.value());
    DC_VERIFY_OK(written);
    QVERIFY(written->isEmpty());
    QCOMPARE(rowCount(*db.value(), QStringLiteral("families")), 1);
}

void TestCsvImport::goodFamilies_data()
{
    QTest::addColumn<QByteArray>("bytes");

    auto styled = [](const Style &style) {
        const QString lineBreak =
            style.lineEnd == "\r\n" ? QStringLiteral("\r\n") : QStringLiteral("\n");
        return write(familyColumns(), typedFamilies(lineBreak), style);
    };
    Style style;
    QTest::newRow("comma, LF, no BOM") << styled(style);
    style = Style{';', "\r\n", true, false, false, false};
    QTest::newRow("semicolon, CRLF, BOM (Excel: CSV UTF-8)") << styled(style);
    style = Style{';', "\n", false, true, false, false};
    QTest::newRow("semicolon, every cell quoted (LibreOffice)") << styled(style);
    style = Style{',', "\r\n", true, false, true, false};
    QTest::newRow("columns reordered, header in capitals") << styled(style);
    style = Style{';', "\r\n", false, false, false, true};
    QTest::newRow("blank rows and empty columns after the last") << styled(style);
    style = Style{',', "\r", false, false, false, false};
    QTest::newRow("CR line ends (old Mac)") << styled(style);

    // Written out by hand as Excel in Dutch saves "CSV UTF-8", not by the helper above.
    QTest::newRow("literal Excel NL file")
        << QByteArray("\xEF\xBB\xBF"
                      "Family_name;Street;Postcode;City;District;Home_languages;"
                      "Trusted_person_gender;Referral_source;Referred_on\r\n"
                      "Öztürk-Yılmaz;Kanaalstraat 12, 2-hoog;3531ab;Utrecht;Lombok;Turks|nl;"
                      "vrouw;\"School \"\"De Brug\"\"\nvia de intern begeleider\";01-03-2026\r\n"
                      "الحسن;\"Amazonedreef 7; achterom\";;Utrecht;Overvecht;"
                      "Arabic | Tamazight;;Wijkteam;2026-02-15\r\n"
                      "İnce Çelik-Lefèvre;Javastraat 3;1094 HA;Amsterdam;Oost;French|Nederlands;"
                      "male;Huisarts;5-3-2026\r\n");
}

void TestCsvImport::goodFamilies()
{
    QFETCH(QByteArray, bytes);
    const QString database = databaseWithFixture();
    QVERIFY(!database.isEmpty());
    const QString file = path(QStringLiteral("families.csv"));
    QVERIFY(writeFile(file, bytes));

    FamilyImporter importer;
    DC_VERIFY_OK(importer.read(file));
    const QList<ExpectedFamily> expected = expectedFamilies();
    QCOMPARE(importer.families().size(), expected.size());

    auto db = Database::open(database);
    DC_VERIFY_OK(db);
    auto written = importer.write(*db.value());
    DC_VERIFY_OK(written);
    QCOMPARE(written->size(), expected.size());
    FamilyStore store(*db.value());
    for (int i = 0; i < expected.size(); ++i) {
        const ExpectedFamily &e = expected.at(i);
        auto stored = store.byCaseCode(written->at(i).caseCode);
        DC_VERIFY_OK(stored);
        const Family &f = stored.value();
        // Byte for byte, so a name never comes back in another script (these are in NFC).
        QCOMPARE(f.familyName.toUtf8(), e.name.toUtf8());
        QCOMPARE(f.street, e.street);
        QCOMPARE(f.postcode, e.postcode);
        QCOMPARE(f.city, e.city);
        QCOMPARE(f.district, e.district);
        QCOMPARE(f.homeLanguages, e.languages);
        QCOMPARE(f.preferredGender, e.wish);
        QCOMPARE(f.referralSource, e.source);
        QCOMPARE(f.referredOn, e.referredOn);
        QCOMPARE(f.status, FamilyStatus::Referred);
        QVERIFY(f.caseCode.startsWith(QStringLiteral("G-2026-")));
        // write() returns each family as the database holds it (undo and redo rely on that).
        const Family &returned = written->at(i);
        QCOMPARE(returned.id, f.id);
        QCOMPARE(returned.familyName.toUtf8(), f.familyName.toUtf8());
        QCOMPARE(returned.street, f.street);
        QCOMPARE(returned.postcode, f.postcode);
        QCOMPARE(returned.city, f.city);
        QCOMPARE(returned.district, f.district);
        QCOMPARE(returned.homeLanguages, f.homeLanguages);
        QCOMPARE(returned.preferredGender, f.preferredGender);
        QCOMPARE(returned.referralSource, f.referralSource);
        QCOMPARE(returned.referredOn, f.referredOn);
        QCOMPARE(returned.status, f.status);
        QCOMPARE(returned.closedOn, f.closedOn);
    }
    QCOMPARE(rowCount(*db.value(), QStringLiteral("families")), 1 + int(expected.size()));
}

void TestCsvImport::goodWorkers()
{
    const QString database = databaseWithFixture(); // has "Stichting Brug Overvecht"
    QVERIFY(!database.isEmpty());
    const QString file = path(QStringLiteral("workers.csv"));
    QVERIFY(writeFile(file, "\xEF\xBB\xBF"
                            "Name;Role;Organisation;Languages;District;Gender;Max_caseload;"
                            "Phone;Email\r\n"
                            "Hatice Doğan;trusted_person;STICHTING BRUG OVERVECHT;Turkish|nl;"
                            "Overvecht;vrouw;6;06-12345678;\r\n"
                            "\"El Idrissi, Mohamed\";vertrouwenspersoon;Al Amal Utrecht;"
                            "Arabisch|Tamazight|Dutch;Kanaleneiland;man;;;\r\n"
                            "Marieke de Graaf;professional;Jeugdhulp Vecht;nl|en;Overvecht;female;"
                            "15;030-1234567;m.degraaf@example.nl\r\n"));
    WorkerImporter importer;
    DC_VERIFY_OK(importer.read(file));
    auto db = Database::open(database);
    DC_VERIFY_OK(db);
    auto summary = importer.write(*db.value());
    DC_VERIFY_OK(summary);
    QCOMPARE(summary->workerIds.size(), 3);
    QCOMPARE(summary->trustedPersons, 2);
    QCOMPARE(summary->professionals, 1);
    QCOMPARE(summary->createdOrganisations,
             (QStringList{QStringLiteral("Al Amal Utrecht"), QStringLiteral("Jeugdhulp Vecht")}));

    WorkerStore workers(*db.value());
    auto hatice = workers.get(summary->workerIds.at(0));
    DC_VERIFY_OK(hatice);
    QCOMPARE(hatice->name.toUtf8(), QStringLiteral("Hatice Doğan").toUtf8());
    QCOMPARE(hatice->role, WorkerRole::TrustedPerson);
    QCOMPARE(hatice->organisationName, QStringLiteral("Stichting Brug Overvecht")); // reused
    QCOMPARE(hatice->languages, (QStringList{QStringLiteral("tr"), QStringLiteral("nl")}));
    QCOMPARE(hatice->gender, Gender::Female);
    QCOMPARE(hatice->maxCaseload, 6);
    QCOMPARE(hatice->phone, QStringLiteral("06-12345678"));
    auto mohamed = workers.get(summary->workerIds.at(1));
    DC_VERIFY_OK(mohamed);
    QCOMPARE(mohamed->name, QStringLiteral("El Idrissi, Mohamed"));
    QCOMPARE(mohamed->gender, Gender::Male);
    QCOMPARE(mohamed->maxCaseload, Worker().maxCaseload); // empty cell: the default
    QCOMPARE(mohamed->languages,
             (QStringList{QStringLiteral("ar"), QStringLiteral("zgh"), QStringLiteral("nl")}));
    auto marieke = workers.get(summary->workerIds.at(2));
    DC_VERIFY_OK(marieke);
    QCOMPARE(marieke->role, WorkerRole::Professional);
    QCOMPARE(marieke->maxCaseload, 15);
    QCOMPARE(marieke->email, QStringLiteral("m.degraaf@example.nl"));

    OrganisationStore organisations(*db.value());
    auto amal = organisations.get(mohamed->organisationId);
    DC_VERIFY_OK(amal);
    QCOMPARE(amal->kind, OrganisationKind::Community);
    auto provider = organisations.get(marieke->organisationId);
    DC_VERIFY_OK(provider);
    QCOMPARE(provider->kind, OrganisationKind::CareProvider);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("organisations")), 4);
}

void TestCsvImport::newOrganisationTakesKindOfFirstRow()
{
    const QString database = databaseWithFixture();
    QVERIFY(!database.isEmpty());
    const QString file = path(QStringLiteral("workers.csv"));
    QVERIFY(writeFile(file, WorkerHeader +
                                "Jan Smit,professional,Samen Sterk,nl,,male,,,\n"
                                "Nora Ziani,trusted_person,samen sterk,ar,,female,,,\n"));
    WorkerImporter importer;
    DC_VERIFY_OK(importer.read(file));
    auto db = Database::open(database);
    DC_VERIFY_OK(db);
    auto summary = importer.write(*db.value());
    DC_VERIFY_OK(summary);
    QCOMPARE(summary->createdOrganisations, QStringList{QStringLiteral("Samen Sterk")});
    auto id = OrganisationStore(*db.value()).findByName(QStringLiteral("Samen Sterk"));
    DC_VERIFY_OK(id);
    auto created = OrganisationStore(*db.value()).get(id.value());
    DC_VERIFY_OK(created);
    QCOMPARE(created->kind, OrganisationKind::CareProvider);
}

void TestCsvImport::badFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("row");        // 0: the message names no row
    QTest::addColumn<QString>("column"); // as the message names it; empty: none
    QTest::addColumn<QString>("reason"); // a piece of the reason

    const QString families = QStringLiteral("families");
    const QString workers = QStringLiteral("workers");
    auto row = [](const char *name, const QString &kind, const QByteArray &bytes, int rowNumber,
                  const char *column, const char *reason) {
        QTest::newRow(name) << kind << bytes << rowNumber << QString::fromUtf8(column)
                            << QString::fromUtf8(reason);
    };
    auto familyRow = [](const QByteArray &cells) {
        return cells + '\n';
    };

    // The header.
    row("missing column", families,
        "family_name,street,postcode,city,district,home_languages,trusted_person_gender,"
        "referral_source\n" +
            GoodFamily,
        1, "", "referred_on");
    row("unknown column", families,
        FamilyHeader.trimmed() + ",notes\n" + GoodFamily.trimmed() + ",x\n", 1, "J", "notes");
    row("column twice", families, FamilyHeader.trimmed() + ",Postcode\n" + GoodFamily, 1, "J",
        "twice");
    row("cell beyond the header", families, FamilyHeader + GoodFamily.trimmed() + ",,extra\n", 2,
        "K", "beyond");
    row("missing worker column", workers,
        "name,role,languages,district,gender,max_caseload,phone,email\n", 1, "", "organisation");

    // Family cells.
    row("bad postcode", families,
        FamilyHeader + GoodFamily +
            familyRow("Haddad,Amazonedreef 2,12345,Utrecht,Overvecht,ar,,,2026-03-01"),
        3, "postcode", "12345");
    row("postcode never issued", families,
        FamilyHeader + familyRow("Haddad,,3563 SS,Utrecht,Overvecht,ar,,,2026-03-01"), 2,
        "postcode", "3563 SS");
    row("date that does not exist", families,
        FamilyHeader + familyRow("Haddad,,,Utrecht,Overvecht,ar,,,31-02-2026"), 2, "referred_on",
        "31-02-2026");
    row("not a date", families,
        FamilyHeader + familyRow("Haddad,,,Utrecht,Overvecht,ar,,,1 maart 2026"), 2, "referred_on",
        "1 maart 2026");
    row("empty referral date", families,
        FamilyHeader + familyRow("Haddad,,,Utrecht,Overvecht,ar,,Wijkteam,"), 2, "referred_on",
        "empty");
    row("unknown home language", families,
        FamilyHeader + familyRow("Haddad,,,Utrecht,Overvecht,ar|Klingon,,,2026-03-01"), 2,
        "home_languages", "Klingon");
    row("unknown gender wish", families,
        FamilyHeader + familyRow("Haddad,,,Utrecht,Overvecht,ar,maybe,,2026-03-01"), 2,
        "trusted_person_gender", "maybe");
    row("empty family name", families,
        FamilyHeader + familyRow(" ,,,Utrecht,Overvecht,ar,,,2026-03-01"), 2, "family_name",
        "empty");
    row("same family twice", families, FamilyHeader + GoodFamily + GoodFamily, 3, "family_name",
        "row 2");

    // The file itself.
    row("unterminated quote", families,
        FamilyHeader + GoodFamily +
            familyRow("Haddad,\"Amazonedreef 2,3563 AB,Utrecht,Overvecht,ar,,,2026-03-01"),
        3, "street", "never closed");
    row("stray quote", families,
        FamilyHeader + familyRow("Had\"dad,,,Utrecht,Overvecht,ar,,,2026-03-01"), 2, "family_name",
        "stray quote");
    row("not UTF-8 (Latin-1 name)", families,
        FamilyHeader + familyRow("M\xfcller,,,Utrecht,Overvecht,nl,,,2026-03-01"), 2, "family_name",
        "UTF-8");
    row("not UTF-8 in a later column", families,
        FamilyHeader + GoodFamily +
            familyRow("Haddad,Stra\xdf"
                      "e 1,,Utrecht,Overvecht,nl,,,2026-03-01"),
        3, "street", "UTF-8");
    // Read as the text it is (issue 13, point 18): the column is named without NUL bytes.
    row("UTF-16 file", families,
        QByteArray("\xFF\xFE"
                   "f\0a\0",
                   6),
        1, "A", "\"fa\" is not known");

    // Row numbers and column names as the user sees them.
    row("row after a two-line cell and a blank line", families,
        FamilyHeader +
            familyRow("Bouzid,,,Utrecht,Overvecht,ar,,\"Wijkteam\nOvervecht\",2026-03-01") + "\n" +
            familyRow("Haddad,,99999,Utrecht,Overvecht,ar,,,2026-03-01"),
        4, "postcode", "99999");
    row("column named as in the header", families,
        "\xEF\xBB\xBF"
        "Family_Name;Postcode;Referred_On\r\nHaddad;1234;01-03-2026\r\n",
        2, "Postcode", "1234");
    row("CRLF rows", families,
        "family_name,postcode,referred_on\r\nA,3563 AB,2026-03-01\r\nB,3563 AB,2026-03-01\r\n"
        "C,3563 AB,2026-13-01\r\n",
        4, "referred_on", "2026-13-01");

    // Worker cells.
    row("unknown role", workers, WorkerHeader + GoodWorker + "Jan,boss,Zorg,nl,,male,,,\n", 3,
        "role", "boss");
    row("empty role", workers, WorkerHeader + "Jan,,Zorg,nl,,male,,,\n", 2, "role", "empty");
    row("max_caseload not a number", workers,
        WorkerHeader + "Jan,professional,Zorg,nl,,male,acht,,\n", 2, "max_caseload", "acht");
    row("max_caseload zero", workers, WorkerHeader + "Jan,professional,Zorg,nl,,male,0,,\n", 2,
        "max_caseload", "0");
    row("max_caseload too high", workers, WorkerHeader + "Jan,professional,Zorg,nl,,male,51,,\n", 2,
        "max_caseload", "51");
    row("unknown worker language", workers,
        WorkerHeader + "Jan,professional,Zorg,nl|Elvish,,male,,,\n", 2, "languages", "Elvish");
    row("empty gender", workers, WorkerHeader + "Jan,professional,Zorg,nl,,,,,\n", 2, "gender",
        "empty");
    row("unknown gender", workers, WorkerHeader + "Jan,professional,Zorg,nl,,x,,,\n", 2, "gender",
        "\"x\"");
    row("bad e-mail", workers, WorkerHeader + "Jan,professional,Zorg,nl,,male,,,jan@\n", 2, "email",
        "jan@");
    row("empty name", workers, WorkerHeader + ",professional,Zorg,nl,,male,,,\n", 2, "name",
        "empty");
    row("empty organisation", workers, WorkerHeader + "Jan,professional,,nl,,male,,,\n", 2,
        "organisation", "empty");
    row("same worker twice", workers, WorkerHeader + GoodWorker + GoodWorker, 3, "name", "row 2");
}

void TestCsvImport::badFiles()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(int, row);
    QFETCH(QString, column);
    QFETCH(QString, reason);

    const QString database = databaseWithFixture();
    QVERIFY(!database.isEmpty());
    const QByteArray before = sha256(database);
    QVERIFY(!before.isEmpty());

    const QString file = path(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(file, bytes));
    const Status imported = importFile(kind, file, database);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::Invalid);

    const QString message = imported.message();
    QString where = QStringLiteral("bad.csv, row %1").arg(row);
    if (!column.isEmpty())
        where += QStringLiteral(", column ") + column;
    QVERIFY2(message.startsWith(where + QLatin1Char(':')),
             qPrintable(QStringLiteral("expected \"%1: ...\", got \"%2\"").arg(where, message)));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message)); // one sentence, one line

    QCOMPARE(sha256(database), before);
}

void TestCsvImport::failureWhileWritingChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("trigger"); // make the database refuse the worker "Boom"
    QTest::addColumn<QString>("reason");

    // The fixture already holds the family Bouzid (3563 AB, referred on 2026-01-05) and
    // Fatima El Amrani of Stichting Brug Overvecht.
    QTest::newRow("family already in the database")
        << QStringLiteral("families")
        << QByteArray(FamilyHeader + GoodFamily +
                      "bouzid,,3563AB,Utrecht,Overvecht,ar,,,05-01-2026\n")
        << false << QStringLiteral("bad.csv, row 3, column family_name:");
    QTest::newRow("worker already in the database, after a new organisation")
        << QStringLiteral("workers")
        << QByteArray(WorkerHeader + GoodWorker +
                      "Fatima El Amrani,trusted_person,Stichting Brug Overvecht,ar,,female,,,\n")
        << false << QStringLiteral("bad.csv, row 3, column name:");
    // The database itself fails after a new organisation and a worker have been written:
    // the transaction must take them back.
    QTest::newRow("database refuses a row half-way")
        << QStringLiteral("workers")
        << QByteArray(WorkerHeader + GoodWorker + "Boom,professional,Zorg Nieuw,nl,,male,,,\n")
        << true << QStringLiteral("boom");
}

void TestCsvImport::failureWhileWritingChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, trigger);
    QFETCH(QString, reason);

    const QString database = databaseWithFixture();
    QVERIFY(!database.isEmpty());
    if (trigger)
        QCOMPARE(
            rawExec(database, {QStringLiteral("CREATE TRIGGER refuse_boom BEFORE INSERT ON workers "
                                              "WHEN NEW.name = 'Boom' "
                                              "BEGIN SELECT RAISE(ABORT, 'boom'); END")}),
            QString());
    const QByteArray before = sha256(database);
    const QString file = path(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(file, bytes));

    const Status imported = importFile(kind, file, database);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.message().contains(reason), qPrintable(imported.message()));
    QCOMPARE(sha256(database), before);

    auto db = Database::open(database, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("organisations")), 2);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("workers")), 4);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("families")), 1);
}

void TestCsvImport::progressEndsAtTotal_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("rows");
    QTest::newRow("families, many batches") << QStringLiteral("families") << 300;
    QTest::newRow("families, less than a batch") << QStringLiteral("families") << 5;
    QTest::newRow("workers, many batches") << QStringLiteral("workers") << 300;
    QTest::newRow("workers, one") << QStringLiteral("workers") << 1;
}

void TestCsvImport::progressEndsAtTotal()
{
    QFETCH(QString, kind);
    QFETCH(int, rows);
    const QString database = databaseWithFixture();
    QVERIFY(!database.isEmpty());
    const QString file = bigFile(kind, rows);
    QVERIFY(!file.isEmpty());

    QList<qint64> steps;
    QList<qint64> totals;
    const Progress progress([&](qint64 done, qint64 total) {
        steps << done;
        totals << total;
    });
    DC_VERIFY_OK(importFile(kind, file, database, &progress));

    QVERIFY(steps.size() >= 2);
    QCOMPARE(steps.constFirst(), qint64(0));
    QCOMPARE(steps.constLast(), qint64(rows));
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
    QCOMPARE(QSet<qint64>(totals.cbegin(), totals.cend()), QSet<qint64>{qint64(rows)});
    if (rows > 200)
        QVERIFY2(steps.size() > 3, "a long import steps along the way, not only at its end");
    auto db = Database::open(database, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    const bool isFamilies = kind == QLatin1String("families");
    QCOMPARE(
        rowCount(*db.value(), isFamilies ? QStringLiteral("families") : QStringLiteral("workers")),
        (isFamilies ? 1 : 4) + rows);
}

void TestCsvImport::cancelChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("cancelAt"); // cancel at the first step at or past this many rows
    QTest::addColumn<bool>("outerTransaction");
    QTest::newRow("families, before any row") << QStringLiteral("families") << qint64(0) << false;
    QTest::newRow("families, half-way") << QStringLiteral("families") << qint64(150) << false;
    QTest::newRow("families, after the last row")
        << QStringLiteral("families") << qint64(300) << false;
    QTest::newRow("families, half-way, in the caller's transaction")
        << QStringLiteral("families") << qint64(150) << true;
    QTest::newRow("workers, half-way (new organisations written)")
        << QStringLiteral("workers") << qint64(150) << false;
    QTest::newRow("workers, after the last row, in the caller's transaction")
        << QStringLiteral("workers") << qint64(300) << true;
}

void TestCsvImport::cancelChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(qint64, cancelAt);
    QFETCH(bool, outerTransaction);
    const QString database = databaseWithFixture();
    QVERIFY(!database.isEmpty());
    const QString file = bigFile(kind, 300);
    QVERIFY(!file.isEmpty());
    const QByteArray before = sha256(database);
    QVERIFY(!before.isEmpty());

    // The user presses Cancel while the rows go in: as the progress dialog does, from the
    // observer's call.
    Progress *self = nullptr;
    qint64 cancelledAt = -1;
    Progress progress([&](qint64 done, qint64) {
        if (cancelledAt < 0 && done >= cancelAt) {
            cancelledAt = done;
            self->cancel();
        }
    });
    self = &progress;
    const Status imported = importFile(kind, file, database, &progress, outerTransaction);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().isCancelled(), qPrintable(imported.message()));
    QVERIFY2(imported.message().contains(QLatin1String("cancelled")),
             qPrintable(imported.message()));
    QVERIFY(cancelledAt >= cancelAt);

    QCOMPARE(sha256(database), before);
    auto db = Database::open(database, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("organisations")), 2);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("workers")), 4);
    QCOMPARE(rowCount(*db.value(), QStringLiteral("families")), 1);
}

void TestCsvImport::readingStepsAndCancels_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("families") << QStringLiteral("families");
    QTest::newRow("workers") << QStringLiteral("workers");
}

void TestCsvImport::readingStepsAndCancels()
{
    QFETCH(QString, kind);
    const int rows = 1000;
    const QString file = bigFile(kind, rows);
    QVERIFY(!file.isEmpty());
    const bool isFamilies = kind == QLatin1String("families");
    const auto read = [&](const Progress &progress) {
        FamilyImporter families;
        WorkerImporter workers;
        return isFamilies ? families.read(file, &progress) : workers.read(file, &progress);
    };

    QList<qint64> steps;
    DC_VERIFY_OK(read(Progress([&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(rows));
        steps << done;
    })));
    QVERIFY(steps.size() > 3);
    QCOMPARE(steps.constFirst(), qint64(0));
    QCOMPARE(steps.constLast(), qint64(rows));
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));

    Progress *self = nullptr;
    Progress cancelling([&](qint64 done, qint64) {
        if (done >= rows / 2)
            self->cancel();
    });
    self = &cancelling;
    const Status cancelled = read(cancelling);
    QVERIFY(!cancelled.ok());
    QVERIFY2(cancelled.error().isCancelled(), qPrintable(cancelled.message()));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
