// The PDF report of a review: what it says (checked on its Content, the text inside a PDF being
// compressed), that a pseudonymised one names no family, and that the PDF is written whole,
// paged, or not at all. Runs with a QGuiApplication (offscreen): QPdfWriter needs fonts.

#include "SupervisionWorld.h"
#include "TestSupport.h"
#include "exchange/MeetingMinutes.h"
#include "exchange/ReviewFeedback.h"
#include "exchange/ReviewReport.h"
#include "exchange/SupervisionPackage.h"
#include "exchange/SupervisionPackageWriter.h"
#include "storage/AccessLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace TestSupport;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Page objects are not compressed in Qt's PDFs: "/Type /Page" once a page ("/Pages" is the
// tree above them).
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}
} // namespace

class TestReviewReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void figuresAsThePackageHasThem();
    void chartHasEveryMonthOfThePeriod();
    void longestWaitingFirst();
    void safetyConcernsByCaseCodeOnly();
    void feedbackInTheReport();
    void pseudonymisedReportNamesNoFamily_data();
    void pseudonymisedReportNamesNoFamily();
    void pdfIsWritten();
    void longFeedbackBreaksPages();
    void failedWriteLeavesNothing();
    void minutesNameNoFamily();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<SupervisionPackage> package(bool pseudonymize);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SupervisionWorld::World m_world;
};

void TestReviewReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReviewReport::init()
{
    failOnWarnings();
    const QString error = SupervisionWorld::makeInFolder(&m_dir, &m_db, &m_world);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestReviewReport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<SupervisionPackage> TestReviewReport::package(bool pseudonymize)
{
    SupervisionPackageWriter::Options options;
    options.request.from = SupervisionWorld::from();
    options.request.to = SupervisionWorld::to();
    options.request.pseudonymize = pseudonymize;
    options.exportedBy = QStringLiteral("Supervisie-test");
    options.exportedAt = QDateTime(QDate(2026, 4, 2), QTime(9, 15), Qt::OffsetFromUTC, 7200);
    auto image = SupervisionPackageWriter::build(*m_db, options, nullptr);
    if (!image) {
        qWarning("%s", qPrintable(image.message()));
        return {};
    }
    auto opened = SupervisionPackage::fromBytes(image.value().view(), QStringLiteral("test"));
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return {};
    }
    return std::move(opened).value();
}

void TestReviewReport::figuresAsThePackageHasThem()
{
    auto p = package(true);
    QVERIFY(p);
    auto content = ReviewReport::content(*p, ReviewFeedback());
    DC_VERIFY_OK(content);
    const ReviewReport::Content &c = content.value();
    QCOMPARE(c.title, QStringLiteral("Supervision report"));
    auto fact = [&](const QString &label) {
        for (const ReviewReport::Line &line : c.facts)
            if (line.label == label)
                return line.text;
        return QString();
    };
    QCOMPARE(fact(QStringLiteral("Period")), QStringLiteral("1 February 2026 to 31 March 2026"));
    QVERIFY2(fact(QStringLiteral("Exported")).endsWith(QStringLiteral(" by Supervisie-test")),
             qPrintable(fact(QStringLiteral("Exported"))));
    QCOMPARE(fact(QStringLiteral("Pseudonymised")), QStringLiteral("yes"));
    QCOMPARE(fact(QStringLiteral("Content SHA-256")),
             QString::fromLatin1(p->manifest().contentSha256));
    QVERIFY(fact(QStringLiteral("Verified")).startsWith(QStringLiteral("intact")));
    // Who signed it, with the key's fingerprint to compare.
    QVERIFY(!p->manifest().signer.fingerprint.isEmpty());
    QVERIFY2(fact(QStringLiteral("Signed by")).contains(p->manifest().signer.fingerprint),
             qPrintable(fact(QStringLiteral("Signed by"))));
    QCOMPARE(fact(QStringLiteral("Counted up to")), QStringLiteral("31 March 2026"));

    // A row per duo, the numbers of duoFigures() (checked against the source database in
    // TestSupervisionPackage).
    QCOMPARE(c.figures.headers.size(), 10);
    QCOMPARE(c.figures.rows.size(), 2);
    const QStringList a = c.figures.rows.at(0);
    QCOMPARE(
        a.at(0),
        QStringLiteral("Duo %1: Fatima El Amrani & Marieke van Dijk").arg(m_world.fixture.duoA));
    // families, done, planned, cancelled, no-show, both present, overdue, adjust/stop, safety
    QCOMPARE(a.mid(1),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"),
                          QStringLiteral("25%"), QStringLiteral("25%"), QStringLiteral("50%"),
                          QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")}));
    const QStringList b = c.figures.rows.at(1);
    QCOMPARE(b.mid(1),
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("0"),
                          QStringLiteral("33%"), QStringLiteral("0%"), QStringLiteral("50%"),
                          QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
}

void TestReviewReport::chartHasEveryMonthOfThePeriod()
{
    auto p = package(true);
    QVERIFY(p);
    auto content = ReviewReport::content(*p, ReviewFeedback());
    DC_VERIFY_OK(content);
    const ReviewReport::Content &c = content.value();
    QCOMPARE(c.months, (QList<QDate>{QDate(2026, 2, 1), QDate(2026, 3, 1)}));
    QCOMPARE(c.series.size(), 2);
    const ReviewReport::Series &a = c.series.at(0);
    QCOMPARE(a.duoId, m_world.fixture.duoA);
    QCOMPARE(a.months.size(), 2);
    // February: done, cancelled, no-show; March: done, and one still planned on the 31st.
    QCOMPARE(a.months.at(0).done, 1);
    QCOMPARE(a.months.at(0).cancelled, 1);
    QCOMPARE(a.months.at(0).noShow, 1);
    QCOMPARE(a.months.at(0).planned, 0);
    QCOMPARE(a.months.at(1).done, 1);
    QCOMPARE(a.months.at(1).planned, 1);
    const ReviewReport::Series &b = c.series.at(1);
    QCOMPARE(b.months.at(0).done, 2);
    QCOMPARE(b.months.at(1).cancelled, 1);
    // The chart's months match what the package counts, month by month.
    auto perMonth = p->visitsPerMonth();
    DC_VERIFY_OK(perMonth);
    int inChart = 0;
    int inPackage = 0;
    for (const ReviewReport::Series &s : c.series)
        for (const MonthCount &m : s.months)
            inChart += m.planned + m.done + m.cancelled + m.noShow;
    for (const MonthCount &m : perMonth.value())
        inPackage += m.planned + m.done + m.cancelled + m.noShow;
    QCOMPARE(inChart, inPackage);
    QCOMPARE(inChart, m_world.visitsInPeriod);
}

void TestReviewReport::longestWaitingFirst()
{
    auto p = package(true);
    QVERIFY(p);
    auto content = ReviewReport::content(*p, ReviewFeedback());
    DC_VERIFY_OK(content);
    const ReviewReport::Table &t = content->lastVisits;
    QCOMPARE(t.rows.size(), 2);
    QCOMPARE(content->lastVisitsLeftOut, 0);
    // The second family was last visited on 12 February (47 days before 31 March), the first
    // on 3 March (28 days).
    QCOMPARE(t.rows.at(0).at(0), QStringLiteral("G-2026-0002"));
    QCOMPARE(t.rows.at(0).at(3), QStringLiteral("47"));
    QCOMPARE(t.rows.at(1).at(0), m_world.fixture.family.caseCode);
    QCOMPARE(t.rows.at(1).at(3), QStringLiteral("28"));
}

// The concerns open in the period, as the supervisor needs them (issue 17): the case code, the
// duo, raised, closed and days open; never what was seen, not even in a plain package.
void TestReviewReport::safetyConcernsByCaseCodeOnly()
{
    for (bool pseudonymize : {true, false}) {
        auto p = package(pseudonymize);
        QVERIFY(p);
        auto content = ReviewReport::content(*p, ReviewFeedback());
        DC_VERIFY_OK(content);
        const ReviewReport::Table &t = content->concerns;
        QCOMPARE(t.headers.size(), 5);
        QCOMPARE(t.rows.size(), 1);
        const QStringList row = t.rows.constFirst();
        QCOMPARE(row.at(0), m_world.fixture.family.caseCode);
        QVERIFY2(row.at(1).startsWith(QStringLiteral("Duo %1").arg(m_world.fixture.duoA)),
                 qPrintable(row.at(1)));
        QCOMPARE(row.at(2), QLocale().toString(QDate(2026, 3, 3), QLocale::ShortFormat));
        QCOMPARE(row.at(3), QStringLiteral("still open"));
        QCOMPARE(row.at(4), QStringLiteral("28")); // up to the reference day, 31 March
        const QString all = content->texts().join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QStringLiteral("blauwe plekken")));
        QVERIFY(!all.contains(QStringLiteral("Rayan")));
    }
}

void TestReviewReport::feedbackInTheReport()
{
    auto p = package(true);
    QVERIFY(p);
    auto visits = p->visits();
    DC_VERIFY_OK(visits);
    const PackageVisit noShow = [&] {
        for (const PackageVisit &v : visits.value())
            if (v.status == VisitStatus::NoShow)
                return v;
        return PackageVisit();
    }();
    QVERIFY(noShow.id > 0);
    ReviewFeedback feedback;
    feedback.setGeneral(QStringLiteral("Regelmatig bezocht."));
    feedback.setForDuo(m_world.fixture.duoB, QStringLiteral("Plan de afgezegde afspraak opnieuw."));
    feedback.setForVisit(noShow.id, QStringLiteral("Wat is er daarna gebeurd?"));
    feedback.setForVisit(999999, QStringLiteral("Een huisbezoek uit een ander pakket."));
    auto content = ReviewReport::content(*p, feedback);
    DC_VERIFY_OK(content);
    const ReviewReport::Content &c = content.value();
    QCOMPARE(c.generalFeedback, QStringLiteral("Regelmatig bezocht."));
    QCOMPARE(c.duoFeedback.size(), 1);
    QVERIFY(c.duoFeedback.at(0).label.startsWith(
        QStringLiteral("Duo %1: Ayşe").arg(m_world.fixture.duoB)));
    QCOMPARE(c.duoFeedback.at(0).text, QStringLiteral("Plan de afgezegde afspraak opnieuw."));
    QCOMPARE(c.visitFeedback.size(), 2);
    // The visit not in the package first (it has no date), then the others by date.
    QVERIFY(c.visitFeedback.at(0).label.contains(QStringLiteral("not in this package")));
    const QString label = c.visitFeedback.at(1).label;
    QVERIFY2(label.contains(noShow.caseCode), qPrintable(label));
    QVERIFY2(label.contains(QLocale().toString(noShow.start, QLocale::ShortFormat)),
             qPrintable(label));
    QCOMPARE(c.visitFeedback.at(1).text, QStringLiteral("Wat is er daarna gebeurd?"));
    QVERIFY(c.texts().contains(QStringLiteral("Wat is er daarna gebeurd?")));
}

void TestReviewReport::pseudonymisedReportNamesNoFamily_data()
{
    QTest::addColumn<bool>("pseudonymize");
    QTest::newRow("pseudonymised") << true;
    QTest::newRow("not pseudonymised") << false;
}

void TestReviewReport::pseudonymisedReportNamesNoFamily()
{
    QFETCH(bool, pseudonymize);
    auto p = package(pseudonymize);
    QVERIFY(p);
    auto content = ReviewReport::content(*p, ReviewFeedback());
    DC_VERIFY_OK(content);
    const QString all = content->texts().join(QLatin1Char('\n'));
    // The report shows no household or address data even from a plain package (it has no
    // place for them); what must hold is that a pseudonymised one never does.
    for (const QString &word : std::as_const(m_world.identifying))
        QVERIFY2(!all.contains(word, Qt::CaseInsensitive), qPrintable(word));
    const QString pdf = path(QStringLiteral("report.pdf"));
    DC_VERIFY_OK(ReviewReport::writePdf(content.value(), pdf));
    const QByteArray bytes = readAll(pdf);
    for (const QString &word : std::as_const(m_world.identifying))
        QVERIFY2(!bytes.contains(word.toUtf8()), qPrintable(word));
}

void TestReviewReport::pdfIsWritten()
{
    auto p = package(true);
    QVERIFY(p);
    const QString pdf = path(QStringLiteral("report.pdf"));
    QVERIFY(writeFile(pdf, "an older report"));
    DC_VERIFY_OK(ReviewReport::writePdf(*p, ReviewFeedback(), pdf));
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF-1."));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY2(bytes.size() > 10000, QByteArray::number(bytes.size()).constData());
    QCOMPARE(pageCount(bytes), 1);
    QVERIFY(bytes.contains("/MediaBox [0 0 595.000000 842.000000]")); // A4 in points
    // Written through a temporary file: nothing else is left in the folder (but the
    // database and its journal).
    QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    files.removeIf([](const QString &name) { return name.startsWith(QLatin1String("source.")); });
    QCOMPARE(files, QStringList{QStringLiteral("report.pdf")});
    // Readable by its owner only, as the package is.
    QCOMPARE(QFile::permissions(pdf) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                        QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestReviewReport::longFeedbackBreaksPages()
{
    auto p = package(true);
    QVERIFY(p);
    ReviewFeedback feedback;
    QString paragraph;
    for (int i = 0; i < 40; ++i)
        paragraph += QStringLiteral("De afspraken worden goed nagekomen en het verslag is "
                                    "helder. ");
    feedback.setGeneral(paragraph + QStringLiteral("\n\n") + paragraph);
    feedback.setForDuo(m_world.fixture.duoA, paragraph);
    feedback.setForDuo(m_world.fixture.duoB, paragraph + QStringLiteral("\n") + paragraph);
    auto visits = p->visits();
    DC_VERIFY_OK(visits);
    for (const PackageVisit &v : visits.value())
        feedback.setForVisit(v.id, paragraph);
    const QString pdf = path(QStringLiteral("long.pdf"));
    DC_VERIFY_OK(ReviewReport::writePdf(*p, feedback, pdf));
    const int pages = pageCount(readAll(pdf));
    QVERIFY2(pages >= 3, QByteArray::number(pages).constData());
}

void TestReviewReport::failedWriteLeavesNothing()
{
    auto p = package(true);
    QVERIFY(p);
    const Status noFolder =
        ReviewReport::writePdf(*p, ReviewFeedback(), path(QStringLiteral("gone/report.pdf")));
    QVERIFY(!noFolder);
    QVERIFY2(noFolder.message().contains(QStringLiteral("report.pdf")),
             qPrintable(noFolder.message()));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("gone"))));

    QVERIFY(QDir().mkpath(path(QStringLiteral("folder"))));
    const Status folder =
        ReviewReport::writePdf(*p, ReviewFeedback(), path(QStringLiteral("folder")));
    QVERIFY(!folder);
    QVERIFY2(folder.message().contains(QStringLiteral("is a folder")),
             qPrintable(folder.message()));
    QVERIFY(QDir(path(QStringLiteral("folder"))).isEmpty());
}

void TestReviewReport::minutesNameNoFamily()
{
    // The world's consultation (issue 16): the homework class of family A stopped.
    auto meeting = m_db->scalar(QStringLiteral("SELECT id FROM meetings"));
    DC_VERIFY_OK(meeting);
    // Organised by a partner that did not sit at the table: still named.
    DC_VERIFY_OK(m_db->exec(QStringLiteral("UPDATE meetings SET organiser_id = ?"),
                            {m_world.fixture.community}));
    auto content = MeetingMinutes::content(*m_db, meeting->toLongLong());
    DC_VERIFY_OK(content);
    auto community = m_db->scalar(QStringLiteral("SELECT name FROM organisations WHERE id = ?"),
                                  {m_world.fixture.community});
    DC_VERIFY_OK(community);
    QVERIFY(std::any_of(content->facts.cbegin(), content->facts.cend(),
                        [&](const ReviewReport::Line &line) {
                            return line.label == QLatin1String("Organised by") &&
                                   line.text == community->toString();
                        }));
    const QString all = content->texts().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(m_world.fixture.family.caseCode), qPrintable(all));
    QVERIFY(all.contains(QLatin1String("Fatima El Amrani")));
    QVERIFY(all.contains(QLatin1String("Wijkteam Overvecht-Noord (Dokter Verhoeven)")));
    QVERIFY(all.contains(QLatin1String("Helpt de huiswerkklas [name]?")));
    QVERIFY(all.contains(QLatin1String("Huiswerkklas voor [name]")));
    for (const char *name : {"Bouzid", "Rayan", "Nora", "Amazonedreef", "Elif"})
        QVERIFY2(!all.contains(QLatin1String(name), Qt::CaseInsensitive), name);

    const QString pdf = path(QStringLiteral("notulen.pdf"));
    const Actor coordinator{QStringLiteral("Karin"), QStringLiteral("coordinator"),
                            QStringLiteral("karin")};
    DC_VERIFY_OK(MeetingMinutes::writePdf(*m_db, meeting->toLongLong(), pdf, coordinator));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    QCOMPARE(QFile::permissions(pdf) & 0x0077, QFileDevice::Permissions());
    auto logged = m_db->scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = "
                                              "'print' AND detail = 'minutes' AND family_id = ?"),
                               {m_world.fixture.family.id});
    DC_VERIFY_OK(logged);
    QCOMPARE(logged->toInt(), 1);
}

QTEST_MAIN(TestReviewReport)
#include "TestReviewReport.moc"
