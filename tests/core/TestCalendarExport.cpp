// The iCalendar export, checked over the bytes a calendar program reads: lines of at most 75
// octets that never split a character, CRLF everywhere, escaped text, Europe/Amsterdam times
// around both changes of summer time, UIDs that stay the same between exports and differ between
// databases, cancelled visits, nothing about the family but its case code (and its address as
// the location, only when asked), and a file libical parses back and validates.

#include "TestSupport.h"

#include "Progress.h"
#include "exchange/CalendarExport.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>
#include <QtTest>

#include <libical/ical.h>

#include <memory>

using namespace TestSupport;

namespace {

const QDateTime ExportedAt(QDate(2026, 11, 23), QTime(9, 15, 0), Qt::UTC);

// Physical lines without their CRLF; the bytes after the last CRLF (none) are not a line.
QList<QByteArray> physicalLines(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // the CR, checked separately
    return lines;
}

// Content lines as RFC 5545 3.1 unfolds them: a CRLF followed by one space or tab goes.
QList<QByteArray> contentLines(const QByteArray &bytes)
{
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "");
    QList<QByteArray> lines = unfolded.split('\n');
    for (QByteArray &line : lines)
        if (line.endsWith('\r'))
            line.chop(1);
    lines.removeAll(QByteArray());
    return lines;
}

bool isWholeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError() && text.toUtf8() == bytes;
}

// The events of a calendar, each as its content lines.
QList<QList<QByteArray>> events(const QByteArray &bytes)
{
    QList<QList<QByteArray>> result;
    QList<QByteArray> *current = nullptr;
    for (const QByteArray &line : contentLines(bytes)) {
        if (line == "BEGIN:VEVENT") {
            result.append(QList<QByteArray>());
            current = &result.last();
        } else if (line == "END:VEVENT") {
            current = nullptr;
        } else if (current) {
            current->append(line);
        }
    }
    return result;
}

// The first content line of an event with this property name (up to ':' or ';').
QByteArray propertyLine(const QList<QByteArray> &event, const QByteArray &name)
{
    for (const QByteArray &line : event)
        if (line.startsWith(name + ':') || line.startsWith(name + ';'))
            return line;
    return {};
}

QByteArray value(const QList<QByteArray> &event, const QByteArray &name)
{
    const QByteArray line = propertyLine(event, name);
    return line.mid(line.indexOf(':') + 1);
}

struct CalendarDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Parsed = std::unique_ptr<icalcomponent, CalendarDeleter>;

Parsed parse(const QByteArray &bytes)
{
    return Parsed(icalparser_parse_string(bytes.constData()));
}

// The messages libical attached to a parsed calendar (X-LIC-ERROR properties), anywhere in it.
QStringList libicalErrors(icalcomponent *component)
{
    QStringList errors;
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY))
        errors << QString::fromUtf8(icalproperty_get_xlicerror(p));
    for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        errors << libicalErrors(c);
    return errors;
}

// A translator for one test: the export must translate its event title when it runs.
class OneStringTranslator : public QTranslator
{
public:
    explicit OneStringTranslator(QString translation) : m_translation(std::move(translation)) {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "CalendarExport") == 0 && qstrcmp(source, "%1 – Home visit") == 0)
            return m_translation;
        return {};
    }

private:
    QString m_translation;
};

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestSupport::engines(); }
    void init();
    void cleanup();

    void folding_data();
    void folding();
    void escaping_data();
    void escaping();
    void escapingInTheFile();
    void addressLine_data();
    void addressLine();
    void addressAsLocation_data();
    void addressAsLocation();
    void summaryIsTranslatedAtExport();
    void crlfEverywhere();
    void calendarProperties();
    void timeZoneHasBothRules();
    void timeZoneAgreesWithTzDatabase();
    void summerTimeChanges_data();
    void summerTimeChanges();
    void uidsStayAndSequenceGrows();
    void otherDatabaseOtherUids();
    void copyKeepsUids();
    void identityNeverChanges();
    void statuses_data();
    void statuses();
    void selection_data();
    void selection();
    void privacyOverTheBytes_data();
    void privacyOverTheBytes();
    void parsesAndValidates();
    void emptyPeriodIsAValidCalendar();
    void refusals_data();
    void refusals();
    void writeIsWholeOrNothing();
    void reportsProgress();
    void cancelLeavesTheFileAsItWas_data();
    void cancelLeavesTheFileAsItWas();

private:
    qint64 addVisit(const QString &startsAt, int minutes = 60,
                    const QString &status = QStringLiteral("planned"), qint64 duoId = 0);
    CalendarExport::Calendar render(const ExportRequest &request);
    CalendarExport::Calendar renderAll();
    ExportRequest year() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
};

void TestCalendarExport::init()
{
    failOnWarnings();
    // The text tests need no database; making one for each of their rows takes seconds.
    for (const char *textOnly : {"folding", "escaping", "addressLine"})
        if (qstrcmp(QTest::currentTestFunction(), textOnly) == 0)
            return;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("calendar.duocoach")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_fixture = {};
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
}

void TestCalendarExport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

// Straight into the table: the planner's rules (no night visits, no clashes) are not what is
// tested here, and times around 02:00 on a change of summer time are.
qint64 TestCalendarExport::addVisit(const QString &startsAt, int minutes, const QString &status,
                                    qint64 duoId)
{
    auto q = m_db->exec(
        QStringLiteral("INSERT INTO visits (family_id, duo_id, starts_at, "
                       "duration_minutes, status, status_reason) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {m_fixture.family.id, duoId ? duoId : m_fixture.duoA, startsAt, minutes, status,
         status == QLatin1String("planned") ? QString() : QStringLiteral("Nora was ill")});
    if (!q)
        qWarning("%s", qPrintable(q.message()));
    return q ? q.value()->lastInsertId().toLongLong() : 0;
}

ExportRequest TestCalendarExport::year() const
{
    ExportRequest request;
    request.from = QDate(2026, 1, 1);
    request.to = QDate(2027, 12, 31);
    return request;
}

CalendarExport::Calendar TestCalendarExport::render(const ExportRequest &request)
{
    CalendarExport exporter(*m_db);
    exporter.setExportedAt(ExportedAt);
    auto calendar = exporter.render(request);
    if (!calendar) {
        qWarning("%s", qPrintable(calendar.message()));
        return {};
    }
    return calendar.value();
}

CalendarExport::Calendar TestCalendarExport::renderAll()
{
    return render(year());
}

void TestCalendarExport::folding_data()
{
    QTest::addColumn<QString>("text");
    // Every character width (1 to 4 octets) at every position around the fold, so some
    // character always straddles octet 75.
    const QList<QPair<const char *, QString>> kinds = {
        {"ascii", QStringLiteral("x")},
        {"2-octet é", QStringLiteral("é")},
        {"3-octet –", QStringLiteral("–")},
        {"4-octet emoji", QString::fromUtf8("\xf0\x9f\x8f\xa0")},
    };
    for (const auto &[kind, character] : kinds) {
        for (int prefix = 55; prefix <= 70; ++prefix)
            QTest::addRow("%s after %d", kind, prefix)
                << QString(prefix, QLatin1Char('a')) + character.repeated(40);
        QTest::addRow("%s only", kind) << character.repeated(200);
    }
    QTest::newRow("spaces and separators")
        << QStringLiteral("G-2026-0042 – Huisbezoek; met, een: lange tekst ").repeated(5);
    QTest::newRow("escapes at the fold")
        << QString(72, QLatin1Char('a')) + QStringLiteral("\\,;\n").repeated(20);
}

void TestCalendarExport::folding()
{
    QFETCH(QString, text);
    const QByteArray bytes = CalendarExport::summaryProperty(text);
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
    QCOMPARE(bytes.count('\r'), bytes.count("\r\n"));
    const QList<QByteArray> lines = physicalLines(bytes);
    QVERIFY(lines.size() > 1); // every row is long enough to be folded
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        QVERIFY2(line.size() <= 75, line.constData());
        // A fold never splits a character: every physical line is whole UTF-8 on its own.
        QVERIFY2(isWholeUtf8(line), line.toHex().constData());
        if (i > 0)
            QVERIFY(line.startsWith(' '));
    }
    // Unfolded, it is the one property with the text as escaped.
    const QList<QByteArray> unfolded = contentLines(bytes);
    QCOMPARE(unfolded.size(), 1);
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char(','), QLatin1String("\\,"))
        .replace(QLatin1Char(';'), QLatin1String("\\;"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    QCOMPARE(QString::fromUtf8(unfolded.first()), QStringLiteral("SUMMARY:") + escaped);
}

void TestCalendarExport::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected"); // the content line, unfolded
    QTest::newRow("comma") << QStringLiteral("G-2026,0042") << QByteArray("SUMMARY:G-2026\\,0042");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QByteArray("SUMMARY:a\\;b");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("SUMMARY:a\\\\b");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("SUMMARY:a\\nb");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QByteArray("SUMMARY:a\\nb");
    QTest::newRow("lone CR") << QStringLiteral("a\rb") << QByteArray("SUMMARY:a\\nb");
    QTest::newRow("backslash before n") << QStringLiteral("a\\nb") << QByteArray("SUMMARY:a\\\\nb");
    QTest::newRow("colon stays") << QStringLiteral("a:b") << QByteArray("SUMMARY:a:b");
    QTest::newRow("quote stays") << QStringLiteral("a\"b") << QByteArray("SUMMARY:a\"b");
    QTest::newRow("control character") << QStringLiteral("a\x01\x7f"
                                                         "b")
                                       << QByteArray("SUMMARY:a  b");
    QTest::newRow("tab stays") << QStringLiteral("a\tb") << QByteArray("SUMMARY:a\tb");
    QTest::newRow("all at once") << QStringLiteral("x,;\\\ny")
                                 << QByteArray("SUMMARY:x\\,\\;\\\\\\ny");
    QTest::newRow("non-ASCII") << QStringLiteral("G-2026-0042 – Huisbezoek")
                               << QByteArray("SUMMARY:G-2026-0042 \xe2\x80\x93 Huisbezoek");
}

void TestCalendarExport::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const QByteArray bytes = CalendarExport::summaryProperty(text);
    QCOMPARE(contentLines(bytes), QList<QByteArray>{expected});
    // And libical reads back what was meant (a lone CR and control characters were replaced).
    auto parsed = std::unique_ptr<icalproperty, void (*)(icalproperty *)>(
        icalproperty_new_from_string(expected.constData()), icalproperty_free);
    QVERIFY(parsed);
    QString meant = text;
    meant.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    meant.replace(QLatin1Char('\x01'), QLatin1Char(' '))
        .replace(QLatin1Char('\x7f'), QLatin1Char(' '));
    QCOMPARE(QString::fromUtf8(icalproperty_get_summary(parsed.get())), meant);
}

void TestCalendarExport::escapingInTheFile()
{
    // A case code with every character iCalendar escapes, through the whole export.
    DC_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE families SET case_code = ? WHERE id = ?"),
                            {QStringLiteral("G-2026,0042;x\\y"), m_fixture.family.id}));
    addVisit(QStringLiteral("2026-11-24T10:00:00"));
    const auto calendar = renderAll();
    QCOMPARE(calendar.visits, 1);
    const auto all = events(calendar.bytes);
    QCOMPARE(all.size(), 1);
    QCOMPARE(propertyLine(all.first(), "SUMMARY"),
             QByteArray("SUMMARY:G-2026\\,0042\\;x\\\\y \xe2\x80\x93 Home visit"));
}

void TestCalendarExport::addressLine_data()
{
    QTest::addColumn<QString>("street"); // as stored: street and house number in one
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("line");
    QTest::newRow("whole") << QStringLiteral("Dorpsstraat 12") << QStringLiteral("1234 AB")
                           << QStringLiteral("Utrecht")
                           << QStringLiteral("Dorpsstraat 12, 1234 AB Utrecht");
    QTest::newRow("postcode as once typed")
        << QStringLiteral("Amazonedreef 12") << QStringLiteral("3563ab")
        << QStringLiteral("Utrecht") << QStringLiteral("Amazonedreef 12, 3563 AB Utrecht");
    QTest::newRow("postcode that is none stays as it is")
        << QStringLiteral("Kade 3") << QStringLiteral("B-1000") << QStringLiteral("Brussel")
        << QStringLiteral("Kade 3, B-1000 Brussel");
    QTest::newRow("spaces around")
        << QStringLiteral(" Kade 3 ") << QStringLiteral(" 1012 AB ")
        << QStringLiteral(" Amsterdam ") << QStringLiteral("Kade 3, 1012 AB Amsterdam");
    QTest::newRow("no street") << QString() << QStringLiteral("1234 AB")
                               << QStringLiteral("Utrecht") << QStringLiteral("1234 AB Utrecht");
    QTest::newRow("no postcode") << QStringLiteral("Dorpsstraat 12") << QString()
                                 << QStringLiteral("Utrecht")
                                 << QStringLiteral("Dorpsstraat 12, Utrecht");
    QTest::newRow("street only") << QStringLiteral("Dorpsstraat 12") << QString() << QString()
                                 << QStringLiteral("Dorpsstraat 12");
    QTest::newRow("nothing") << QString() << QString() << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral("  ") << QStringLiteral(" ")
                                 << QStringLiteral(" ") << QString();
}

void TestCalendarExport::addressLine()
{
    QFETCH(QString, street);
    QFETCH(QString, postcode);
    QFETCH(QString, city);
    QFETCH(QString, line);
    QCOMPARE(CalendarExport::addressLine(street, postcode, city), line);
}

void TestCalendarExport::addressAsLocation_data()
{
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("location"); // the content line, unfolded; empty: no LOCATION
    QTest::newRow("a Dutch address line")
        << QStringLiteral("Dorpsstraat 12") << QStringLiteral("1234 AB")
        << QStringLiteral("Utrecht")
        << QStringLiteral("LOCATION:Dorpsstraat 12\\, 1234 AB Utrecht");
    QTest::newRow("semicolon and comma in the street")
        << QStringLiteral("Kade; hoek Dam, 2-hoog") << QStringLiteral("1012 AB")
        << QStringLiteral("Amsterdam")
        << QStringLiteral("LOCATION:Kade\\; hoek Dam\\, 2-hoog\\, 1012 AB Amsterdam");
    QTest::newRow("backslash") << QStringLiteral("Laan 1\\A") << QStringLiteral("3531 AB")
                               << QStringLiteral("Zwolle")
                               << QStringLiteral("LOCATION:Laan 1\\\\A\\, 3531 AB Zwolle");
    QTest::newRow("non-ASCII") << QStringLiteral("Coöperatiestraat 5") << QStringLiteral("8011 AB")
                               << QStringLiteral("Zwolle")
                               << QStringLiteral("LOCATION:Coöperatiestraat 5\\, 8011 AB Zwolle");
    QTest::newRow("long enough to be folded")
        << QStringLiteral("Burgemeester van Walsum-Nieuwenhuijzenlaan 1234, achterom, 3-hoog")
        << QStringLiteral("3563 AB") << QStringLiteral("Utrecht")
        << QStringLiteral("LOCATION:Burgemeester van Walsum-Nieuwenhuijzenlaan 1234\\, achterom\\, "
                          "3-hoog\\, 3563 AB Utrecht");
    QTest::newRow("no street") << QString() << QStringLiteral("1234 AB")
                               << QStringLiteral("Utrecht")
                               << QStringLiteral("LOCATION:1234 AB Utrecht");
    QTest::newRow("no address at all") << QString() << QString() << QString() << QString();
}

void TestCalendarExport::addressAsLocation()
{
    QFETCH(QString, street);
    QFETCH(QString, postcode);
    QFETCH(QString, city);
    QFETCH(QString, location);
    DC_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE families SET street = ?, postcode = ?, "
                                           "city = ? WHERE id = ?"),
                            {street, postcode, city, m_fixture.family.id}));
    addVisit(QStringLiteral("2026-11-24T10:00:00"));
    addVisit(QStringLiteral("2026-11-26T10:00:00"), 60, QStringLiteral("cancelled"));
    ExportRequest request = year();
    request.withAddress = true;
    const QByteArray bytes = render(request).bytes;
    const auto all = events(bytes);
    QCOMPARE(all.size(), 2);
    for (const auto &event : all) {
        QCOMPARE(propertyLine(event, "LOCATION"), location.toUtf8());
        QCOMPARE(value(event, "SUMMARY"),
                 (m_fixture.family.caseCode + QStringLiteral(" – Home visit")).toUtf8());
    }
    for (const QByteArray &line : physicalLines(bytes))
        QVERIFY2(line.size() <= 75, line.constData());

    // A calendar reads back the address as it was written, and finds nothing amiss.
    auto parsed = parse(bytes);
    QVERIFY(parsed);
    QCOMPARE(libicalErrors(parsed.get()), QStringList());
    icalcomponent *event = icalcomponent_get_first_component(parsed.get(), ICAL_VEVENT_COMPONENT);
    QVERIFY(event);
    icalproperty *property = icalcomponent_get_first_property(event, ICAL_LOCATION_PROPERTY);
    QCOMPARE(property != nullptr, !location.isEmpty());
    if (property)
        QCOMPARE(QString::fromUtf8(icalproperty_get_location(property)),
                 CalendarExport::addressLine(street, postcode, city));

    // Still never the family's name, however the bytes are folded.
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "");
    const QByteArray name = m_fixture.family.familyName.toLower().toUtf8();
    QVERIFY(!name.isEmpty());
    QVERIFY(!bytes.toLower().contains(name));
    QVERIFY(!unfolded.toLower().contains(name));

    // Without the option, the same visits say nothing of where the family lives.
    const QByteArray plain = renderAll().bytes;
    QCOMPARE(events(plain).size(), 2);
    QVERIFY(!plain.contains("LOCATION"));
    QByteArray plainUnfolded = plain;
    plainUnfolded.replace("\r\n ", "");
    // (Not the city: "Amsterdam" is in every file, in the time zone's name.)
    for (const QString &part : {street, postcode})
        if (!part.isEmpty())
            QVERIFY2(!plainUnfolded.contains(part.toUtf8()), qPrintable(part));
}

void TestCalendarExport::summaryIsTranslatedAtExport()
{
    addVisit(QStringLiteral("2026-11-24T10:00:00"));
    const QString code = m_fixture.family.caseCode;
    QCOMPARE(value(events(renderAll().bytes).first(), "SUMMARY"),
             (code + QStringLiteral(" – Home visit")).toUtf8());
    {
        OneStringTranslator dutch(QStringLiteral("%1 – Huisbezoek"));
        QVERIFY(QCoreApplication::installTranslator(&dutch));
        QCOMPARE(value(events(renderAll().bytes).first(), "SUMMARY"),
                 (code + QStringLiteral(" – Huisbezoek")).toUtf8());
        QCoreApplication::removeTranslator(&dutch);
    }
    {
        // A translation with characters to escape is escaped like any text.
        OneStringTranslator odd(QStringLiteral("%1; huis, bezoek\\"));
        QVERIFY(QCoreApplication::installTranslator(&odd));
        QCOMPARE(value(events(renderAll().bytes).first(), "SUMMARY"),
                 (code + QStringLiteral("\\; huis\\, bezoek\\\\")).toUtf8());
        QCoreApplication::removeTranslator(&odd);
    }
}

void TestCalendarExport::crlfEverywhere()
{
    for (int day = 1; day <= 20; ++day)
        addVisit(QStringLiteral("2026-11-%1T10:00:00").arg(day, 2, 10, QLatin1Char('0')), 90,
                 day % 5 ? QStringLiteral("planned") : QStringLiteral("cancelled"));
    const QByteArray bytes = renderAll().bytes;
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
    QCOMPARE(bytes.count('\r'), bytes.count("\r\n"));
    QVERIFY(isWholeUtf8(bytes));
    QVERIFY(!bytes.startsWith("\xef\xbb\xbf")); // no byte order mark
    for (const QByteArray &line : physicalLines(bytes)) {
        QVERIFY2(line.size() <= 75, line.constData());
        QVERIFY2(isWholeUtf8(line), line.constData());
    }
}

void TestCalendarExport::calendarProperties()
{
    addVisit(QStringLiteral("2026-11-24T10:00:00"));
    const QList<QByteArray> lines = contentLines(renderAll().bytes);
    QCOMPARE(lines.first(), QByteArray("BEGIN:VCALENDAR"));
    QVERIFY(lines.contains("VERSION:2.0"));
    QVERIFY(lines.contains("METHOD:PUBLISH"));
    QVERIFY(lines.contains("CALSCALE:GREGORIAN"));
    QVERIFY(lines.contains(QByteArray("PRODID:-//DuoCoach//DuoCoach " DUOCOACH_VERSION "//EN")));
    const auto event = events(renderAll().bytes).first();
    QCOMPARE(value(event, "DTSTAMP"), QByteArray("20261123T091500Z"));
    QCOMPARE(value(event, "LAST-MODIFIED"), QByteArray("20261123T091500Z"));
    QCOMPARE(value(event, "SEQUENCE").toInt(), CalendarExport::sequence(ExportedAt));
    QCOMPARE(value(event, "CLASS"), QByteArray("PRIVATE"));
    QCOMPARE(propertyLine(event, "DTSTART"),
             QByteArray("DTSTART;TZID=Europe/Amsterdam:20261124T100000"));
    QCOMPARE(propertyLine(event, "DTEND"),
             QByteArray("DTEND;TZID=Europe/Amsterdam:20261124T110000"));
}

void TestCalendarExport::timeZoneHasBothRules()
{
    addVisit(QStringLiteral("2026-11-24T10:00:00"));
    const QList<QByteArray> lines = contentLines(renderAll().bytes);
    const int begin = lines.indexOf("BEGIN:VTIMEZONE");
    const int end = lines.indexOf("END:VTIMEZONE");
    QVERIFY(begin > 0 && end > begin);
    QCOMPARE(lines.count("BEGIN:VTIMEZONE"), 1);
    const QList<QByteArray> zone = lines.mid(begin + 1, end - begin - 1);
    QCOMPARE(zone.first(), QByteArray("TZID:Europe/Amsterdam"));
    const int standard = zone.indexOf("BEGIN:STANDARD");
    const int daylight = zone.indexOf("BEGIN:DAYLIGHT");
    QVERIFY(standard > 0 && daylight > 0);
    QCOMPARE(zone.count("BEGIN:STANDARD"), 1);
    QCOMPARE(zone.count("BEGIN:DAYLIGHT"), 1);
    auto part = [&](int at) {
        return zone.mid(at + 1,
                        zone.indexOf(at == standard ? "END:STANDARD" : "END:DAYLIGHT") - at - 1);
    };
    const QList<QByteArray> winter = part(standard);
    QVERIFY(winter.contains("TZOFFSETFROM:+0200"));
    QVERIFY(winter.contains("TZOFFSETTO:+0100"));
    QVERIFY(winter.contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"));
    const QList<QByteArray> summer = part(daylight);
    QVERIFY(summer.contains("TZOFFSETFROM:+0100"));
    QVERIFY(summer.contains("TZOFFSETTO:+0200"));
    QVERIFY(summer.contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"));
    // Every TZID an event names is defined in the file.
    for (const QByteArray &line : lines)
        if (line.contains(";TZID="))
            QVERIFY2(line.contains(";TZID=Europe/Amsterdam:"), line.constData());
}

void TestCalendarExport::timeZoneAgreesWithTzDatabase()
{
    // The VTIMEZONE the file carries, as libical (and so a calendar) reads it, gives the same
    // offset as the system's tz database on both sides of every change from 1997 on.
    const QByteArray zoneId = "Europe/Amsterdam";
    if (!QTimeZone::isTimeZoneIdAvailable(zoneId))
        QSKIP("This system has no tz database entry for Europe/Amsterdam (package tzdata).");
    const QTimeZone amsterdam(zoneId);
    auto parsed = parse(renderAll().bytes);
    QVERIFY(parsed);
    icalcomponent *vtimezone =
        icalcomponent_get_first_component(parsed.get(), ICAL_VTIMEZONE_COMPONENT);
    QVERIFY(vtimezone);
    icaltimezone *zone = icaltimezone_new();
    QVERIFY(icaltimezone_set_component(zone, icalcomponent_new_clone(vtimezone)));
    auto offsetAt = [&](qint64 utc) {
        icaltimetype t =
            icaltime_from_timet_with_zone(time_t(utc), 0, icaltimezone_get_utc_timezone());
        return icaltimezone_get_utc_offset_of_utc_time(zone, &t, nullptr);
    };
    const auto transitions =
        amsterdam.transitions(QDateTime(QDate(1997, 1, 1), QTime(0, 0), Qt::UTC),
                              QDateTime(QDate(2040, 12, 31), QTime(0, 0), Qt::UTC));
    // Two a year; Qt may list them only as far as the tz file spells them out (2037).
    QVERIFY(transitions.size() >= 2 * 41);
    for (const auto &transition : transitions) {
        const qint64 at = transition.atUtc.toSecsSinceEpoch();
        QCOMPARE(offsetAt(at), transition.offsetFromUtc);
        QCOMPARE(offsetAt(at - 1), amsterdam.offsetFromUtc(transition.atUtc.addSecs(-1)));
    }
    icaltimezone_free(zone, 1);
}

void TestCalendarExport::summerTimeChanges_data()
{
    QTest::addColumn<QString>("startsAt"); // as stored: Dutch wall-clock time, no offset
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QByteArray>("dtstart");
    QTest::addColumn<QByteArray>("dtend");
    QTest::addColumn<QDateTime>("utcStart"); // the instant meant
    const auto utc = [](int y, int m, int d, int h, int min) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };
    const QByteArray tz = "TZID=Europe/Amsterdam:";
    // Last Sunday of March 2026 (29th): at 02:00 the clock jumps to 03:00.
    QTest::newRow("spring, before the change")
        << QStringLiteral("2026-03-29T01:30:00") << 60 << tz + "20260329T013000"
        << tz + "20260329T033000" << utc(2026, 3, 29, 0, 30);
    QTest::newRow("spring, in the skipped hour reads as summer time")
        << QStringLiteral("2026-03-29T02:30:00") << 60 << tz + "20260329T033000"
        << tz + "20260329T043000" << utc(2026, 3, 29, 1, 30);
    QTest::newRow("spring, right after")
        << QStringLiteral("2026-03-29T03:00:00") << 45 << tz + "20260329T030000"
        << tz + "20260329T034500" << utc(2026, 3, 29, 1, 0);
    QTest::newRow("spring, the day before")
        << QStringLiteral("2026-03-28T10:00:00") << 60 << tz + "20260328T100000"
        << tz + "20260328T110000" << utc(2026, 3, 28, 9, 0);
    QTest::newRow("spring, in the afternoon")
        << QStringLiteral("2026-03-29T14:00:00") << 60 << tz + "20260329T140000"
        << tz + "20260329T150000" << utc(2026, 3, 29, 12, 0);
    // Last Sunday of October 2026 (25th): at 03:00 the clock goes back to 02:00, so 02:00 to
    // 03:00 happens twice. A time in that hour is written in UTC: RFC 5545 reads it as the first
    // occurrence, libical as the second.
    QTest::newRow("autumn, before the change")
        << QStringLiteral("2026-10-25T01:00:00") << 45 << tz + "20261025T010000"
        << tz + "20261025T014500" << utc(2026, 10, 24, 23, 0);
    QTest::newRow("autumn, ending in the repeated hour, first time")
        << QStringLiteral("2026-10-25T01:30:00") << 60 << tz + "20261025T013000"
        << QByteArray("20261025T003000Z") << utc(2026, 10, 24, 23, 30);
    QTest::newRow("autumn, ending in the repeated hour, second time")
        << QStringLiteral("2026-10-25T01:30:00") << 120 << tz + "20261025T013000"
        << QByteArray("20261025T013000Z") << utc(2026, 10, 24, 23, 30);
    // A stored start in that hour says no more than the wall clock: taken as the first time.
    QTest::newRow("autumn, starting in the repeated hour")
        << QStringLiteral("2026-10-25T02:30:00") << 60 << QByteArray("20261025T003000Z")
        << QByteArray("20261025T013000Z") << utc(2026, 10, 25, 0, 30);
    QTest::newRow("autumn, starting in the repeated hour, ending after it")
        << QStringLiteral("2026-10-25T02:30:00") << 90 << QByteArray("20261025T003000Z")
        << tz + "20261025T030000" << utc(2026, 10, 25, 0, 30);
    QTest::newRow("autumn, after the change")
        << QStringLiteral("2026-10-25T03:00:00") << 60 << tz + "20261025T030000"
        << tz + "20261025T040000" << utc(2026, 10, 25, 2, 0);
    QTest::newRow("autumn, the day after")
        << QStringLiteral("2026-10-26T09:00:00") << 90 << tz + "20261026T090000"
        << tz + "20261026T103000" << utc(2026, 10, 26, 8, 0);
    QTest::newRow("autumn, the day before")
        << QStringLiteral("2026-10-24T09:00:00") << 90 << tz + "20261024T090000"
        << tz + "20261024T103000" << utc(2026, 10, 24, 7, 0);
    // Another year: the last Sundays are 28 March and 31 October 2027.
    QTest::newRow("2027 spring") << QStringLiteral("2027-03-28T10:00:00") << 60
                                 << tz + "20270328T100000" << tz + "20270328T110000"
                                 << utc(2027, 3, 28, 8, 0);
    QTest::newRow("2027 autumn") << QStringLiteral("2027-10-31T10:00:00") << 60
                                 << tz + "20271031T100000" << tz + "20271031T110000"
                                 << utc(2027, 10, 31, 9, 0);
    QTest::newRow("2027 a week before autumn")
        << QStringLiteral("2027-10-24T10:00:00") << 60 << tz + "20271024T100000"
        << tz + "20271024T110000" << utc(2027, 10, 24, 8, 0);
}

void TestCalendarExport::summerTimeChanges()
{
    QFETCH(QString, startsAt);
    QFETCH(int, minutes);
    QFETCH(QByteArray, dtstart);
    QFETCH(QByteArray, dtend);
    QFETCH(QDateTime, utcStart);
    addVisit(startsAt, minutes);
    const QByteArray bytes = renderAll().bytes;
    const auto all = events(bytes);
    QCOMPARE(all.size(), 1);
    QCOMPARE(propertyLine(all.first(), "DTSTART"),
             dtstart.endsWith('Z') ? "DTSTART:" + dtstart : "DTSTART;" + dtstart);
    QCOMPARE(propertyLine(all.first(), "DTEND"),
             dtend.endsWith('Z') ? "DTEND:" + dtend : "DTEND;" + dtend);

    // A calendar reading the file with its own VTIMEZONE gets the instant meant, and the
    // visit's length.
    auto parsed = parse(bytes);
    QVERIFY(parsed);
    icalcomponent *event = icalcomponent_get_first_component(parsed.get(), ICAL_VEVENT_COMPONENT);
    QVERIFY(event);
    const icaltimetype start = icalcomponent_get_dtstart(event);
    const icaltimetype end = icalcomponent_get_dtend(event);
    QVERIFY(start.zone || dtstart.endsWith('Z'));
    const qint64 startUtc = icaltime_as_timet_with_zone(
        start, start.zone ? start.zone : icaltimezone_get_utc_timezone());
    const qint64 endUtc =
        icaltime_as_timet_with_zone(end, end.zone ? end.zone : icaltimezone_get_utc_timezone());
    QCOMPARE(QDateTime::fromSecsSinceEpoch(startUtc, Qt::UTC), utcStart);
    QCOMPARE(endUtc - startUtc, qint64(minutes) * 60);
}

void TestCalendarExport::uidsStayAndSequenceGrows()
{
    for (int day = 2; day <= 6; ++day)
        addVisit(QStringLiteral("2026-11-0%1T10:00:00").arg(day));
    CalendarExport exporter(*m_db);
    exporter.setExportedAt(ExportedAt);
    auto first = exporter.render(year());
    DC_VERIFY_OK(first);
    // The visit moves and is cancelled in between: the same event, a later revision.
    const qint64 moved = addVisit(QStringLiteral("2026-11-09T10:00:00"));
    auto before = exporter.render(year());
    DC_VERIFY_OK(before);
    DC_VERIFY_OK(
        m_db->exec(QStringLiteral("UPDATE visits SET starts_at = ?, status = ? "
                                  "WHERE id = ?"),
                   {QStringLiteral("2026-11-10T14:00:00"), QStringLiteral("cancelled"), moved}));
    exporter.setExportedAt(ExportedAt.addSecs(3600));
    auto second = exporter.render(year());
    DC_VERIFY_OK(second);

    auto uids = [](const QByteArray &bytes) {
        QList<QByteArray> result;
        for (const auto &event : events(bytes))
            result << value(event, "UID");
        return result;
    };
    const QList<QByteArray> firstUids = uids(first->bytes);
    QCOMPARE(firstUids.size(), 5);
    QCOMPARE(QSet<QByteArray>(firstUids.begin(), firstUids.end()).size(), 5);
    const QRegularExpression shape(QStringLiteral("^visit-\\d+@[0-9a-f]{32}\\.duocoach$"));
    for (const QByteArray &uid : firstUids)
        QVERIFY2(shape.match(QString::fromLatin1(uid)).hasMatch(), uid.constData());
    QCOMPARE(uids(second->bytes).mid(0, 5), firstUids);
    QCOMPARE(uids(second->bytes), uids(before->bytes));

    const auto movedBefore = events(before->bytes).last();
    const auto movedAfter = events(second->bytes).last();
    QCOMPARE(value(movedAfter, "UID"), value(movedBefore, "UID"));
    QCOMPARE(value(movedAfter, "STATUS"), QByteArray("CANCELLED"));
    QCOMPARE(propertyLine(movedAfter, "DTSTART"),
             QByteArray("DTSTART;TZID=Europe/Amsterdam:20261110T140000"));
    // Outlook and Google apply an event over the one they hold only with a higher SEQUENCE.
    QVERIFY(value(movedAfter, "SEQUENCE").toInt() > value(movedBefore, "SEQUENCE").toInt());
    QVERIFY(value(movedAfter, "DTSTAMP") > value(movedBefore, "DTSTAMP"));
    QCOMPARE(CalendarExport::sequence(ExportedAt.addSecs(1)),
             CalendarExport::sequence(ExportedAt) + 1);
}

void TestCalendarExport::otherDatabaseOtherUids()
{
    addVisit(QStringLiteral("2026-11-24T10:00:00"));
    const QByteArray mine = value(events(renderAll().bytes).first(), "UID");

    // Another database made the same way: same visit id, same case code, other UID.
    auto other = Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("other.duocoach")));
    DC_VERIFY_OK(other);
    Fixture fixture;
    QCOMPARE(makeFixture(*other.value(), &fixture), QString());
    QCOMPARE(fixture.family.caseCode, m_fixture.family.caseCode);
    DC_VERIFY_OK(other.value()->exec(
        QStringLiteral("INSERT INTO visits (family_id, duo_id, starts_at, duration_minutes) "
                       "VALUES (?, ?, '2026-11-24T10:00:00', 60)"),
        {fixture.family.id, fixture.duoA}));
    CalendarExport exporter(*other.value());
    auto theirs = exporter.render(year());
    DC_VERIFY_OK(theirs);
    const QByteArray theirUid = value(events(theirs->bytes).first(), "UID");
    QCOMPARE(theirUid.left(theirUid.indexOf('@')), mine.left(mine.indexOf('@')));
    QVERIFY(theirUid != mine);
}

void TestCalendarExport::copyKeepsUids()
{
    if (TestSupport::onServer())
        QSKIP("A copy of the file; a server's copy is duocoach-cli copy's (TestCliCopy).");
    addVisit(QStringLiteral("2026-11-24T10:00:00"));
    const QByteArray before = renderAll().bytes;
    const QString path = m_db->path();
    m_db.reset(); // closes, so the copy is whole
    const QString copy = m_dir->filePath(QStringLiteral("copy.duocoach"));
    QVERIFY(QFile::copy(path, copy));
    auto opened = Database::open(copy, Database::Access::ReadOnly);
    DC_VERIFY_OK(opened);
    CalendarExport exporter(*opened.value());
    exporter.setExportedAt(ExportedAt);
    auto after = exporter.render(year());
    DC_VERIFY_OK(after);
    QCOMPARE(after->bytes, before);
}

void TestCalendarExport::identityNeverChanges()
{
    const QVariant identity =
        m_db->scalar(QStringLiteral("SELECT identity FROM database_identity")).value();
    QCOMPARE(identity.toString().size(), 32);
    QVERIFY(!m_db->exec(QStringLiteral("UPDATE database_identity SET identity = ?"),
                        {QString(32, QLatin1Char('0'))}));
    QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM database_identity")));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT identity FROM database_identity")).value(),
             identity);
}

void TestCalendarExport::statuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QByteArray>("calendarStatus");
    QTest::addColumn<QByteArray>("transparency");
    QTest::newRow("planned") << QStringLiteral("planned") << QByteArray("CONFIRMED")
                             << QByteArray("OPAQUE");
    QTest::newRow("done") << QStringLiteral("done") << QByteArray("CONFIRMED")
                          << QByteArray("OPAQUE");
    // The duo went to the door: the time was spent, so the event stays.
    QTest::newRow("no-show") << QStringLiteral("no_show") << QByteArray("CONFIRMED")
                             << QByteArray("OPAQUE");
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << QByteArray("CANCELLED")
                               << QByteArray("TRANSPARENT");
}

void TestCalendarExport::statuses()
{
    QFETCH(QString, status);
    QFETCH(QByteArray, calendarStatus);
    QFETCH(QByteArray, transparency);
    addVisit(QStringLiteral("2026-11-24T10:00:00"), 60, status);
    const auto calendar = renderAll();
    QCOMPARE(calendar.visits, 1);
    QCOMPARE(calendar.cancelled, status == QLatin1String("cancelled") ? 1 : 0);
    const auto event = events(calendar.bytes).first();
    QCOMPARE(value(event, "STATUS"), calendarStatus);
    QCOMPARE(value(event, "TRANSP"), transparency);
}

void TestCalendarExport::selection_data()
{
    QTest::addColumn<QString>("who"); // duoA, duoB, trustedA, professionalB, all
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("starts"); // the visits exported, in order
    const auto list = [](std::initializer_list<const char *> texts) {
        QStringList result;
        for (const char *text : texts)
            result << QString::fromLatin1(text);
        return result;
    };
    const QDate first(2026, 11, 2);
    const QDate last(2026, 11, 8);
    QTest::newRow("duo A") << QStringLiteral("duoA") << first << last
                           << list({"2026-11-02T00:00:00", "2026-11-05T10:00:00",
                                    "2026-11-08T23:30:00"});
    QTest::newRow("duo B") << QStringLiteral("duoB") << first << last
                           << list({"2026-11-04T09:00:00"});
    // A worker in two duos: the visits of both.
    QTest::newRow("trusted person of A and C")
        << QStringLiteral("trustedA") << first << last
        << list({"2026-11-02T00:00:00", "2026-11-03T15:00:00", "2026-11-05T10:00:00",
                 "2026-11-08T23:30:00"});
    QTest::newRow("professional of B and C")
        << QStringLiteral("professionalB") << first << last
        << list({"2026-11-03T15:00:00", "2026-11-04T09:00:00"});
    QTest::newRow("everyone") << QStringLiteral("all") << first << last
                              << list({"2026-11-02T00:00:00", "2026-11-03T15:00:00",
                                       "2026-11-04T09:00:00", "2026-11-05T10:00:00",
                                       "2026-11-08T23:30:00"});
    QTest::newRow("one day") << QStringLiteral("all") << QDate(2026, 11, 5) << QDate(2026, 11, 5)
                             << list({"2026-11-05T10:00:00"});
}

void TestCalendarExport::selection()
{
    QFETCH(QString, who);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, starts);
    // Duo C: trusted person A with professional B.
    auto duoC = m_db->exec(QStringLiteral("INSERT INTO duos (trusted_person_id, professional_id, "
                                          "from_date) VALUES (?, ?, '2025-01-01')"),
                           {m_fixture.trustedA, m_fixture.professionalB});
    DC_VERIFY_OK(duoC);
    const qint64 c = duoC.value()->lastInsertId().toLongLong();
    addVisit(QStringLiteral("2026-11-01T23:59:00")); // the day before: out
    addVisit(QStringLiteral("2026-11-02T00:00:00")); // first minute: in
    addVisit(QStringLiteral("2026-11-03T15:00:00"), 60, QStringLiteral("planned"), c);
    addVisit(QStringLiteral("2026-11-04T09:00:00"), 60, QStringLiteral("planned"), m_fixture.duoB);
    addVisit(QStringLiteral("2026-11-05T10:00:00"));
    addVisit(QStringLiteral("2026-11-08T23:30:00")); // last day: in
    addVisit(QStringLiteral("2026-11-09T00:00:00")); // the day after: out

    ExportRequest request;
    request.from = from;
    request.to = to;
    if (who == QLatin1String("duoA"))
        request.duoId = m_fixture.duoA;
    else if (who == QLatin1String("duoB"))
        request.duoId = m_fixture.duoB;
    else if (who == QLatin1String("trustedA"))
        request.workerId = m_fixture.trustedA;
    else if (who == QLatin1String("professionalB"))
        request.workerId = m_fixture.professionalB;
    const auto calendar = render(request);
    QCOMPARE(calendar.visits, starts.size());
    QStringList exported;
    for (const auto &event : events(calendar.bytes)) {
        const QByteArray start = value(event, "DTSTART");
        exported << QDateTime::fromString(QString::fromLatin1(start),
                                          QStringLiteral("yyyyMMdd'T'HHmmss"))
                        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    QCOMPARE(exported, starts);
}

void TestCalendarExport::privacyOverTheBytes_data()
{
    QTest::addColumn<bool>("withAddress");
    QTest::newRow("case code only") << false;
    // The address asked for, and nothing else with it.
    QTest::newRow("with the address") << true;
}

void TestCalendarExport::privacyOverTheBytes()
{
    QFETCH(bool, withAddress);
    // Everything the database knows about the family, and about the people around it.
    const qint64 done = addVisit(QStringLiteral("2026-11-10T10:00:00"), 60, QStringLiteral("done"));
    addVisit(QStringLiteral("2026-11-12T10:00:00"), 60, QStringLiteral("cancelled"));
    addVisit(QStringLiteral("2026-11-13T10:00:00"), 60, QStringLiteral("no_show"));
    addVisit(QStringLiteral("2026-11-17T10:00:00"));
    DC_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE families SET family_name = ?, street = ?, "
                                           "postcode = ?, city = ?, district = ? WHERE id = ?"),
                            {QStringLiteral("Bouzid-Özdemir"), QStringLiteral("Kanaalstraat 40"),
                             QStringLiteral("3531 AB"), QStringLiteral("Zwolle"),
                             QStringLiteral("Lombok"), m_fixture.family.id}));
    DC_VERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO visit_attendees (visit_id, member_id) "
                                           "VALUES (?, ?), (?, ?)"),
                            {done, m_fixture.parent, done, m_fixture.child}));
    DC_VERIFY_OK(m_db->exec(
        QStringLiteral("INSERT INTO visit_reports (visit_id, trusted_person_tasks, "
                       "professional_tasks, topics, notes, written_by, written_at) "
                       "VALUES (?, 'Translated the school letter', 'Budget plan with Nora', "
                       "'finances', 'Rayan sleeps badly since the move', 'Fatima El Amrani', "
                       "'2026-11-10T12:00:00')"),
        {done}));
    DC_VERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO follow_ups (family_id, visit_id, "
                                           "description, owner_id, due_on) VALUES (?, ?, "
                                           "'Call the debt counsellor', ?, '2026-11-20')"),
                            {m_fixture.family.id, done, m_fixture.professionalA}));
    DC_VERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO safety_concerns (family_id, visit_id, "
                                           "description, raised_by, raised_at) VALUES (?, ?, "
                                           "'Bruises on the youngest', 'Marieke van Dijk', "
                                           "'2026-11-10T12:00:00')"),
                            {m_fixture.family.id, done}));
    DC_VERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO confidential_notes (family_id, visit_id, "
                                           "trusted_person_id, written_at, text) VALUES (?, ?, "
                                           "?, '2026-11-10T12:00:00', 'Father is back in town')"),
                            {m_fixture.family.id, done, m_fixture.trustedA}));

    ExportRequest request = year();
    request.withAddress = withAddress;
    const QByteArray bytes = render(request).bytes;
    QCOMPARE(events(bytes).size(), 4);
    // Over the bytes as written and as unfolded (a fold could split a name), any case.
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "");
    QStringList secrets = {
        QStringLiteral("Bouzid"),        QStringLiteral("Özdemir"), QStringLiteral("Kanaalstraat"),
        QStringLiteral("3531"),          QStringLiteral("Zwolle"),  QStringLiteral("Lombok"),
        QStringLiteral("Amazonedreef"),  QStringLiteral("3563"),    QStringLiteral("Utrecht"),
        QStringLiteral("Overvecht"),     QStringLiteral("Nora"),    QStringLiteral("Rayan"),
        QStringLiteral("school letter"), QStringLiteral("Budget"),  QStringLiteral("sleeps"),
        QStringLiteral("finances"),      QStringLiteral("debt"),    QStringLiteral("Bruises"),
        QStringLiteral("Father"),        QStringLiteral("ill"),     QStringLiteral("Fatima"),
        QStringLiteral("Marieke"),       QStringLiteral("Amrani"),  QStringLiteral("Wijkteam"),
        QStringLiteral("Gezinskracht"),  QStringLiteral("Brug"),    QStringLiteral("example.nl"),
    };
    if (withAddress)
        for (const QString &address :
             {QStringLiteral("Kanaalstraat"), QStringLiteral("3531"), QStringLiteral("Zwolle")})
            secrets.removeOne(address);
    for (const QString &secret : secrets) {
        QVERIFY2(!bytes.toLower().contains(secret.toLower().toUtf8()), qPrintable(secret));
        QVERIFY2(!unfolded.toLower().contains(secret.toLower().toUtf8()), qPrintable(secret));
    }
    // What an event does say: exactly these properties, no description or people, and a
    // location only when asked.
    QSet<QByteArray> expected{"UID",   "DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "DTSTART",
                              "DTEND", "SUMMARY", "STATUS",        "TRANSP",   "CLASS"};
    if (withAddress)
        expected << "LOCATION";
    for (const auto &event : events(bytes)) {
        QSet<QByteArray> properties;
        for (const QByteArray &line : event) {
            int cut = 0;
            while (cut < line.size() && line.at(cut) != ':' && line.at(cut) != ';')
                ++cut;
            properties << line.left(cut);
        }
        QCOMPARE(properties, expected);
        QCOMPARE(value(event, "SUMMARY"),
                 (m_fixture.family.caseCode + QStringLiteral(" – Home visit")).toUtf8());
        if (withAddress)
            QCOMPARE(value(event, "LOCATION"), QByteArray("Kanaalstraat 40\\, 3531 AB Zwolle"));
    }
}

void TestCalendarExport::parsesAndValidates()
{
    for (int day = 1; day <= 28; ++day)
        addVisit(QStringLiteral("2026-10-%1T%2:15:00")
                     .arg(day, 2, 10, QLatin1Char('0'))
                     .arg(8 + day % 10, 2, 10, QLatin1Char('0')),
                 45 + day, day % 7 ? QStringLiteral("done") : QStringLiteral("cancelled"));
    const QByteArray bytes = renderAll().bytes;

    auto parsed = parse(bytes);
    QVERIFY(parsed);
    QCOMPARE(icalcomponent_isa(parsed.get()), ICAL_VCALENDAR_COMPONENT);
    // The parser found nothing to complain about.
    QCOMPARE(libicalErrors(parsed.get()), QStringList());
    QCOMPARE(icalcomponent_count_errors(parsed.get()), 0);
    QCOMPARE(icalcomponent_count_components(parsed.get(), ICAL_VEVENT_COMPONENT), 28);
    QCOMPARE(icalcomponent_count_components(parsed.get(), ICAL_VTIMEZONE_COMPONENT), 1);
    QCOMPARE(icalcomponent_get_method(parsed.get()), ICAL_METHOD_PUBLISH);

    // libical's iTIP check for METHOD:PUBLISH asks one thing of each event that is left out on
    // purpose: an ORGANIZER. Outlook writes none for an appointment that is not a meeting
    // (MS-OXCICAL 2.1.3.1.1.20.16) and turns an imported event with one into a meeting owned by
    // someone else, and there is no address to put that would not say more than the file
    // should. So the check, run on each event in a calendar of its own (libical stops at the
    // first event it faults), finds exactly that and nothing else...
    icalcomponent *zone = icalcomponent_get_first_component(parsed.get(), ICAL_VTIMEZONE_COMPONENT);
    int checked = 0;
    for (icalcomponent *event =
             icalcomponent_get_first_component(parsed.get(), ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(parsed.get(), ICAL_VEVENT_COMPONENT)) {
        Parsed single(icalcomponent_new_vcalendar());
        for (icalproperty *p = icalcomponent_get_first_property(parsed.get(), ICAL_ANY_PROPERTY); p;
             p = icalcomponent_get_next_property(parsed.get(), ICAL_ANY_PROPERTY))
            icalcomponent_add_property(single.get(), icalproperty_new_clone(p));
        icalcomponent_add_component(single.get(), icalcomponent_new_clone(zone));
        icalcomponent_add_component(single.get(), icalcomponent_new_clone(event));
        QCOMPARE(icalrestriction_check(single.get()), 0);
        const QStringList findings = libicalErrors(single.get());
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.first().contains(QLatin1String("ORGANIZER")),
                 qPrintable(findings.first()));
        ++checked;
    }
    QCOMPARE(checked, 28);

    // ...and with an organizer added, the calendar passes it whole.
    auto again = parse(bytes);
    for (icalcomponent *event =
             icalcomponent_get_first_component(again.get(), ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(again.get(), ICAL_VEVENT_COMPONENT))
        icalcomponent_add_property(event, icalproperty_new_organizer("mailto:coach@example.org"));
    QCOMPARE(icalrestriction_check(again.get()), 1);
    QCOMPARE(libicalErrors(again.get()), QStringList());

    // Written out again by libical, the calendar reads the same.
    auto reparsed = parse(QByteArray(icalcomponent_as_ical_string(parsed.get())));
    QCOMPARE(icalcomponent_count_components(reparsed.get(), ICAL_VEVENT_COMPONENT), 28);
}

void TestCalendarExport::emptyPeriodIsAValidCalendar()
{
    addVisit(QStringLiteral("2026-11-24T10:00:00"));
    ExportRequest request;
    request.from = QDate(2027, 1, 1);
    request.to = QDate(2027, 1, 31);
    const auto calendar = render(request);
    QCOMPARE(calendar.visits, 0);
    QVERIFY(events(calendar.bytes).isEmpty());
    auto parsed = parse(calendar.bytes);
    QVERIFY(parsed);
    QCOMPARE(icalcomponent_count_errors(parsed.get()), 0);
    // RFC 5545 wants at least one component: the time zone is one.
    QCOMPARE(icalcomponent_count_components(parsed.get(), ICAL_VTIMEZONE_COMPONENT), 1);
}

void TestCalendarExport::refusals_data()
{
    QTest::addColumn<qint64>("duo");
    QTest::addColumn<qint64>("worker");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("message");
    const QDate day(2026, 11, 1);
    QTest::newRow("unknown duo") << qint64(999) << qint64(0) << day << day
                                 << QStringLiteral("The database \"calendar.duocoach\" has no "
                                                   "duo with number 999.");
    QTest::newRow("unknown worker") << qint64(0) << qint64(999) << day << day
                                    << QStringLiteral("The database \"calendar.duocoach\" has no "
                                                      "worker with number 999.");
    QTest::newRow("both") << qint64(1) << qint64(1) << day << day
                          << QStringLiteral("A calendar export is for one duo or one worker, not "
                                            "both.");
    QTest::newRow("period backwards") << qint64(0) << qint64(0) << day << day.addDays(-1)
                                      << QStringLiteral("The period of the calendar export needs "
                                                        "a first and a last day, the last not "
                                                        "before the first.");
    QTest::newRow("no period") << qint64(0) << qint64(0) << QDate() << QDate()
                               << QStringLiteral("The period of the calendar export needs a "
                                                 "first and a last day, the last not before the "
                                                 "first.");
}

void TestCalendarExport::refusals()
{
    QFETCH(qint64, duo);
    QFETCH(qint64, worker);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, message);
    ExportRequest request;
    request.duoId = duo;
    request.workerId = worker;
    request.from = from;
    request.to = to;
    const QString path = m_dir->filePath(QStringLiteral("refused.ics"));
    auto written = CalendarExport(*m_db).write(request, path);
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::Invalid);
    QCOMPARE(written.message(),
             QString(message).replace(QStringLiteral("calendar.duocoach"), m_db->displayName()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCalendarExport::writeIsWholeOrNothing()
{
    addVisit(QStringLiteral("2026-11-24T10:00:00"));
    CalendarExport exporter(*m_db);
    exporter.setExportedAt(ExportedAt);
    const QString path = m_dir->filePath(QStringLiteral("visits.ics"));
    auto written = exporter.write(year(), path);
    DC_VERIFY_OK(written);
    QCOMPARE(written->visits, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written->bytes);
    file.close();
    QCOMPARE(permissions(path), OwnerOnly);

    // Writing again replaces the file whole.
    addVisit(QStringLiteral("2026-11-25T10:00:00"));
    auto again = exporter.write(year(), path);
    DC_VERIFY_OK(again);
    QCOMPARE(again->visits, 2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), again->bytes);
    file.close();

    // A file that cannot be written: one sentence naming it, and nothing left behind.
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    QVERIFY(writeFile(blocker, "a file, not a folder"));
    const QString impossible = blocker + QStringLiteral("/visits.ics");
    auto refused = exporter.write(year(), impossible);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QVERIFY2(refused.message().startsWith(
                 QStringLiteral("Could not write the calendar file \"%1\"").arg(impossible)),
             qPrintable(refused.message()));
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files);
    QStringList expected{QStringLiteral("not-a-folder"), QStringLiteral("visits.ics")};
    if (!TestSupport::onServer())
        expected = QStringList{QStringLiteral("calendar.duocoach"),
                               QStringLiteral("calendar.duocoach-shm"),
                               QStringLiteral("calendar.duocoach-wal")} +
                   expected;
    QCOMPARE(left, expected);
}

void TestCalendarExport::reportsProgress()
{
    for (int day = 0; day < 120; ++day)
        QVERIFY(addVisit(QDate(2026, 3, 2).addDays(day).toString(Qt::ISODate) +
                         QStringLiteral("T10:00:00")) > 0);
    QList<std::pair<qint64, qint64>> steps;
    const Progress progress([&steps](qint64 done, qint64 total) { steps.append({done, total}); });
    auto written =
        CalendarExport(*m_db).write(year(), m_dir->filePath(QStringLiteral("v.ics")), &progress);
    DC_VERIFY_OK(written);
    QCOMPARE(written->visits, 120);
    // From none to all, in a few steps that only grow: not one a visit.
    QVERIFY(steps.size() >= 3);
    QVERIFY(steps.size() < 120);
    QCOMPARE(steps.first(), (std::pair<qint64, qint64>(0, 120)));
    QCOMPARE(steps.last(), (std::pair<qint64, qint64>(120, 120)));
    for (int i = 1; i < steps.size(); ++i) {
        QVERIFY(steps.at(i).first >= steps.at(i - 1).first);
        QCOMPARE(steps.at(i).second, qint64(120));
    }
}

void TestCalendarExport::cancelLeavesTheFileAsItWas_data()
{
    QTest::addColumn<qint64>("cancelAt"); // the step (visits done) at which the user cancels
    QTest::addColumn<bool>("earlier");    // a file lies at the path already
    QTest::newRow("at the start, new file") << qint64(0) << false;
    QTest::newRow("half-way, earlier file") << qint64(50) << true;
    // Everything rendered: only the moment before the file goes in place is left.
    QTest::newRow("at the end, earlier file") << qint64(120) << true;
}

void TestCalendarExport::cancelLeavesTheFileAsItWas()
{
    QFETCH(qint64, cancelAt);
    QFETCH(bool, earlier);
    for (int day = 0; day < 120; ++day)
        QVERIFY(addVisit(QDate(2026, 3, 2).addDays(day).toString(Qt::ISODate) +
                         QStringLiteral("T10:00:00")) > 0);
    const QString path = m_dir->filePath(QStringLiteral("visits.ics"));
    if (earlier)
        QVERIFY(writeFile(path, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") && backdate(path));
    const FileState before = fileState(path);
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);

    Progress *user = nullptr;
    Progress progress([&](qint64 done, qint64) {
        if (done >= cancelAt)
            user->cancel();
    });
    user = &progress;
    auto written = CalendarExport(*m_db).write(year(), path, &progress);
    QVERIFY(!written);
    QVERIFY(written.error().isCancelled());
    QCOMPARE(written.message(),
             QStringLiteral("The calendar export was cancelled; nothing was written."));
    QVERIFY(fileState(path) == before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), files);
}

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "TestCalendarExport.moc"
