// Validation: the field rules shared by forms, stores and importers.

#include "TestSupport.h"

#include "domain/Validation.h"

#include <QtTest>

using namespace TestSupport;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void init() { failOnWarnings(); }

    void postcode_data();
    void postcode();
    void normalisePostcode_data();
    void normalisePostcode();
    void email_data();
    void email();
    void phone_data();
    void phone();
    void birthYear_data();
    void birthYear();
    void organisation_data();
    void organisation();
    void worker_data();
    void worker();
    void family_data();
    void family();
    void member_data();
    void member();
    void visit_data();
    void visit();
};

void TestValidation::phone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty: no number") << QString() << true;
    QTest::newRow("mobile with hyphen") << QStringLiteral("06-12345678") << true;
    QTest::newRow("landline with spaces") << QStringLiteral("030 123 45 67") << true;
    QTest::newRow("area code in brackets") << QStringLiteral("(030) 1234567") << true;
    QTest::newRow("dots") << QStringLiteral("020.123.4567") << true;
    QTest::newRow("Dutch, international") << QStringLiteral("+31 6 12345678") << true;
    QTest::newRow("Dutch, 00") << QStringLiteral("0031 6 12345678") << true;
    QTest::newRow("Belgian mobile") << QStringLiteral("+32 470 12 34 56") << true;
    QTest::newRow("Moroccan mobile") << QStringLiteral("+212 612-345678") << true;
    QTest::newRow("Turkish mobile") << QStringLiteral("+90 532 123 45 67") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  06 12345678 ") << true;
    QTest::newRow("nine digits") << QStringLiteral("06-1234567") << false;
    QTest::newRow("eleven digits") << QStringLiteral("06-123456789") << false;
    QTest::newRow("no leading zero") << QStringLiteral("612345678") << false;
    QTest::newRow("letters") << QStringLiteral("06-CALLME12") << false;
    QTest::newRow("plus in the middle") << QStringLiteral("06+12345678") << false;
    QTest::newRow("country code 0") << QStringLiteral("+0 612345678") << false;
    QTest::newRow("international, too short") << QStringLiteral("+32 1234") << false;
    QTest::newRow("international, too long") << QStringLiteral("+32 1234 5678 9012 345") << false;
    QTest::newRow("only a plus") << QStringLiteral("+") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٠٦١٢٣٤٥٦٧٨") << false;
    QTest::newRow("a note instead") << QStringLiteral("bellen via school") << false;
}

void TestValidation::phone()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    const QString problem = Validation::checkPhone(phone);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid)
        QVERIFY2(problem.contains(phone.trimmed()), qPrintable(problem)); // names what was typed
    // The family's and a member's number follow the same rule.
    Family family;
    family.familyName = QStringLiteral("Öztürk-Yılmaz & Dağ");
    family.referredOn = QDate(2026, 3, 1);
    family.phone = phone;
    QCOMPARE(Validation::checkFamily(family).isEmpty(), valid);
    HouseholdMember member;
    member.firstName = QStringLiteral("Nora");
    member.phone = phone;
    QCOMPARE(Validation::checkMember(member).isEmpty(), valid);
}

void TestValidation::postcode_data()
{
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<bool>("valid");

    QTest::newRow("with space") << QStringLiteral("1234 AB") << true;
    QTest::newRow("lower case, no space") << QStringLiteral("1234ab") << true;
    QTest::newRow("upper case, no space") << QStringLiteral("3563AB") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  8031 KL ") << true;
    QTest::newRow("highest") << QStringLiteral("9999 ZZ") << true;
    QTest::newRow("lowest") << QStringLiteral("1000 AA") << true;
    QTest::newRow("SS never used") << QStringLiteral("1234 SS") << false;
    QTest::newRow("leading zero") << QStringLiteral("0123 AB") << false;
    QTest::newRow("SA never used") << QStringLiteral("1234 SA") << false;
    QTest::newRow("sd never used, lower case") << QStringLiteral("1234sd") << false;
    QTest::newRow("five digits") << QStringLiteral("12345") << false;
    QTest::newRow("letters first") << QStringLiteral("ABCD 12") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("one letter") << QStringLiteral("1234 A") << false;
    QTest::newRow("three letters") << QStringLiteral("1234 ABC") << false;
    QTest::newRow("three digits") << QStringLiteral("123 AB") << false;
    QTest::newRow("dash") << QStringLiteral("1234-AB") << false;
    QTest::newRow("two spaces") << QStringLiteral("1234  AB") << false;
    QTest::newRow("accented letter") << QStringLiteral("1234 ÅB") << false;
    QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤ AB") << false;
}

void TestValidation::postcode()
{
    QFETCH(QString, postcode);
    QFETCH(bool, valid);
    const QString problem = Validation::checkPostcode(postcode);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid) {
        // The sentence shows what the user typed.
        QVERIFY2(problem.contains(postcode), qPrintable(problem));
        QVERIFY(problem.endsWith(QLatin1Char('.')));
    }
}

void TestValidation::normalisePostcode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("compact lower") << QStringLiteral("1234ab") << QStringLiteral("1234 AB");
    QTest::newRow("compact upper") << QStringLiteral("1234AB") << QStringLiteral("1234 AB");
    QTest::newRow("already normal") << QStringLiteral("1234 AB") << QStringLiteral("1234 AB");
    QTest::newRow("mixed case, spaces") << QStringLiteral(" 3563 aB ") << QStringLiteral("3563 AB");
    QTest::newRow("inner spaces") << QStringLiteral("1234   ab") << QStringLiteral("1234 AB");
    QTest::newRow("leading zero unchanged")
        << QStringLiteral(" 0123 ab ") << QStringLiteral("0123 ab");
    QTest::newRow("never issued unchanged") << QStringLiteral("1234ss") << QStringLiteral("1234ss");
    QTest::newRow("garbage trimmed") << QStringLiteral("  hello ") << QStringLiteral("hello");
    QTest::newRow("empty") << QString() << QString();
}

void TestValidation::normalisePostcode()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Validation::normalisePostcode(input), expected);
    // Normalising twice changes nothing more.
    QCOMPARE(Validation::normalisePostcode(Validation::normalisePostcode(input)), expected);
}

void TestValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty is allowed") << QString() << true;
    QTest::newRow("plain") << QStringLiteral("anna@example.nl") << true;
    QTest::newRow("sub-domain") << QStringLiteral("m.vandijk@jeugdhulp.utrecht.nl") << true;
    QTest::newRow("plus") << QStringLiteral("team+duo@example.org") << true;
    QTest::newRow("no domain dot") << QStringLiteral("anna@example") << false;
    QTest::newRow("no at") << QStringLiteral("anna.example.nl") << false;
    QTest::newRow("two ats") << QStringLiteral("anna@@example.nl") << false;
    QTest::newRow("no local part") << QStringLiteral("@example.nl") << false;
    QTest::newRow("space") << QStringLiteral("anna de wit@example.nl") << false;
}

void TestValidation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    const QString problem = Validation::checkEmail(email);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid)
        QVERIFY2(problem.contains(email), qPrintable(problem));
}

void TestValidation::birthYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("valid");

    QTest::newRow("unknown") << 0 << true;
    QTest::newRow("1900") << 1900 << true;
    QTest::newRow("1899") << 1899 << false;
    QTest::newRow("this year") << 2026 << true;
    QTest::newRow("next year") << 2027 << false;
    QTest::newRow("negative") << -5 << false;
}

void TestValidation::birthYear()
{
    QFETCH(int, year);
    QFETCH(bool, valid);
    const QString problem = Validation::checkBirthYear(year, QDate(2026, 11, 23));
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid)
        QVERIFY2(problem.contains(QString::number(year)), qPrintable(problem));
}

void TestValidation::organisation_data()
{
    QTest::addColumn<Organisation>("organisation");
    QTest::addColumn<QString>("problem"); // a word the sentence must contain; empty: valid

    const Organisation good =
        TestSupport::organisation(QStringLiteral("Al Amal"), OrganisationKind::Community);
    QTest::newRow("valid") << good << QString();
    Organisation o = good;
    o.name = QStringLiteral("   ");
    QTest::newRow("blank name") << o << QStringLiteral("name");
    o = good;
    o.contactEmail = QStringLiteral("contact-at-example");
    QTest::newRow("bad contact e-mail") << o << QStringLiteral("contact-at-example");
}

void TestValidation::organisation()
{
    QFETCH(Organisation, organisation);
    QFETCH(QString, problem);
    const QString found = Validation::checkOrganisation(organisation);
    QCOMPARE(found.isEmpty(), problem.isEmpty());
    QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestValidation::worker_data()
{
    QTest::addColumn<Worker>("worker");
    QTest::addColumn<QString>("problem");

    const Worker good =
        TestSupport::worker(QStringLiteral("Nadia Bouzid"), WorkerRole::Professional, 3);
    QTest::newRow("valid") << good << QString();
    Worker w = good;
    w.name.clear();
    QTest::newRow("no name") << w << QStringLiteral("name");
    w = good;
    w.organisationId = 0;
    QTest::newRow("no organisation") << w << QStringLiteral("organisation");
    w = good;
    w.maxCaseload = 0;
    QTest::newRow("caseload 0") << w << QStringLiteral("caseload");
    w.maxCaseload = 51;
    QTest::newRow("caseload 51") << w << QStringLiteral("caseload");
    w.maxCaseload = 50;
    QTest::newRow("caseload 50") << w << QString();
    w = good;
    w.languages << QStringLiteral("klingon");
    QTest::newRow("unknown language") << w << QStringLiteral("klingon");
    w = good;
    w.email = QStringLiteral("nadia@");
    QTest::newRow("bad e-mail") << w << QStringLiteral("nadia@");
}

void TestValidation::worker()
{
    QFETCH(Worker, worker);
    QFETCH(QString, problem);
    const QString found = Validation::checkWorker(worker);
    QCOMPARE(found.isEmpty(), problem.isEmpty());
    QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestValidation::family_data()
{
    QTest::addColumn<Family>("family");
    QTest::addColumn<QString>("problem");

    const Family good = TestSupport::family(QStringLiteral("Yılmaz"), QDate(2026, 2, 1));
    QTest::newRow("valid") << good << QString();
    Family f = good;
    f.familyName = QStringLiteral(" ");
    QTest::newRow("no name") << f << QStringLiteral("name");
    f = good;
    f.postcode.clear();
    QTest::newRow("no postcode is fine") << f << QString();
    f.postcode = QStringLiteral("1234 SS");
    QTest::newRow("postcode never issued") << f << QStringLiteral("1234 SS");
    f.postcode = QStringLiteral("0123 AB");
    QTest::newRow("postcode leading zero") << f << QStringLiteral("0123 AB");
    f = good;
    f.referredOn = QDate();
    QTest::newRow("no referral date") << f << QStringLiteral("referral date");
    f = good;
    f.homeLanguages << QStringLiteral("xx");
    QTest::newRow("unknown language") << f << QStringLiteral("xx");
    f = good;
    f.status = FamilyStatus::Closed;
    f.closedOn = QDate(2026, 6, 1);
    QTest::newRow("closed without reason") << f << QStringLiteral("reason");
    f.closingReason = QStringLiteral("Doelen bereikt");
    QTest::newRow("closed with reason") << f << QString();
    f.closedOn = QDate(2026, 1, 1);
    QTest::newRow("closed before referral") << f << QStringLiteral("before");
}

void TestValidation::family()
{
    QFETCH(Family, family);
    QFETCH(QString, problem);
    const QString found = Validation::checkFamily(family);
    QCOMPARE(found.isEmpty(), problem.isEmpty());
    QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestValidation::member_data()
{
    QTest::addColumn<HouseholdMember>("member");
    QTest::addColumn<QString>("problem");

    HouseholdMember m;
    m.familyId = 1;
    m.firstName = QStringLiteral("Rayan");
    m.birthYear = 2015;
    QTest::newRow("valid") << m << QString();
    m.birthYear = 0;
    QTest::newRow("birth year unknown") << m << QString();
    m.birthYear = 1850;
    QTest::newRow("birth year too early") << m << QStringLiteral("1850");
    m.birthYear = 2015;
    m.firstName = QStringLiteral("  ");
    QTest::newRow("no first name") << m << QStringLiteral("first name");
}

void TestValidation::member()
{
    QFETCH(HouseholdMember, member);
    QFETCH(QString, problem);
    const QString found = Validation::checkMember(member);
    QCOMPARE(found.isEmpty(), problem.isEmpty());
    QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestValidation::visit_data()
{
    QTest::addColumn<Visit>("visit");
    QTest::addColumn<bool>("valid");

    Visit v;
    v.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    QTest::newRow("valid") << v << true;
    v.durationMinutes = 4;
    QTest::newRow("too short") << v << false;
    v.durationMinutes = 5;
    QTest::newRow("five minutes") << v << true;
    v.durationMinutes = 600;
    QTest::newRow("ten hours") << v << true;
    v.durationMinutes = 601;
    QTest::newRow("too long") << v << false;
    v.durationMinutes = 60;
    v.start = QDateTime();
    QTest::newRow("no start") << v << false;
}

void TestValidation::visit()
{
    QFETCH(Visit, visit);
    QFETCH(bool, valid);
    QCOMPARE(Validation::checkVisit(visit).isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
