// Consent per family and purpose: who must consent follows the children's ages (under 12 the
// parents, 12 to 15 both, 16 and over the young person; a birth year that leaves the age in
// doubt asks more people, never fewer), a record that misses someone is refused, withdrawal
// takes effect on its day, and a supervision export leaves out the families without consent
// for it and counts them.

#include "TestSupport.h"

#include "domain/ConsentRule.h"
#include "exchange/ExportSelection.h"
#include "storage/ConsentStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

Q_DECLARE_METATYPE(ConsentGiver)

namespace {
const QDate Today(2026, 11, 23);

HouseholdMember child(const QString &name, int birthYear)
{
    HouseholdMember m;
    m.firstName = name;
    m.role = MemberRole::Child;
    m.birthYear = birthYear;
    return m;
}
} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void whoMustConsent_data();
    void whoMustConsent();
    void recordRefusedWhenSomeoneIsMissing_data();
    void recordRefusedWhenSomeoneIsMissing();
    void onePerPurposeAndNoDoubles();
    void withdrawal();
    void undoAndRedoOfRecording();
    void exportLeavesOutFamiliesWithoutConsent();
    // Issue 13, point 11: what the planner and Today warn about is core's rule.
    void missingConsentForHomeVisits();

private:
    qint64 visit(qint64 familyId, const QDate &day);
    Result<QList<Consent>> give(qint64 familyId, ConsentGiver giver, const QDate &on,
                                const QList<ConsentPurpose> &purposes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_f;
};

void TestConsent::initTestCase_data()
{
    TestSupport::engines();
}

void TestConsent::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConsent::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("consent.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
}

void TestConsent::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestConsent::visit(qint64 familyId, const QDate &day)
{
    auto q = m_db->exec(QStringLiteral("INSERT INTO visits (family_id, duo_id, starts_at, "
                                       "duration_minutes, status) VALUES (?, ?, ?, 60, 'done')"),
                        {familyId, m_f.duoA, SqlValues::dateTime(QDateTime(day, QTime(10, 0)))});
    return q ? q->lastInsertId().toLongLong() : 0;
}

Result<QList<Consent>> TestConsent::give(qint64 familyId, ConsentGiver giver, const QDate &on,
                                         const QList<ConsentPurpose> &purposes)
{
    Consent c;
    c.familyId = familyId;
    c.givenBy = giver;
    c.givenOn = on;
    c.note = QStringLiteral("  Mondeling, met tolk  ");
    return ConsentStore(*m_db).give(c, purposes, Today);
}

void TestConsent::whoMustConsent_data()
{
    QTest::addColumn<QList<int>>("birthYears"); // of the children; 0: not known
    QTest::addColumn<QDate>("on");
    QTest::addColumn<bool>("parents");
    QTest::addColumn<bool>("youngPerson");
    QTest::addColumn<ConsentGiver>("suggested");
    const QDate on(2026, 6, 1);
    // Born in year Y, on 2026-06-01 the child is 2026 - Y or one less.
    QTest::newRow("no children") << QList<int>{} << on << true << false << ConsentGiver::Parents;
    QTest::newRow("toddler") << QList<int>{2023} << on << true << false << ConsentGiver::Parents;
    QTest::newRow("10 or 11") << QList<int>{2015} << on << true << false << ConsentGiver::Parents;
    QTest::newRow("11 or 12: both") << QList<int>{2014} << on << true << true << ConsentGiver::Both;
    QTest::newRow("12 or 13") << QList<int>{2013} << on << true << true << ConsentGiver::Both;
    QTest::newRow("14 or 15") << QList<int>{2011} << on << true << true << ConsentGiver::Both;
    QTest::newRow("15 or 16: both") << QList<int>{2010} << on << true << true << ConsentGiver::Both;
    QTest::newRow("16 or 17") << QList<int>{2009} << on << false << true
                              << ConsentGiver::YoungPerson;
    QTest::newRow("adult child") << QList<int>{2000} << on << false << true
                                 << ConsentGiver::YoungPerson;
    QTest::newRow("under 12 and 16+")
        << QList<int>{2018, 2008} << on << true << true << ConsentGiver::Both;
    QTest::newRow("two under 12") << QList<int>{2018, 2016} << on << true << false
                                  << ConsentGiver::Parents;
    QTest::newRow("birth year not known")
        << QList<int>{0} << on << true << true << ConsentGiver::Both;
    QTest::newRow("same child a year later")
        << QList<int>{2015} << QDate(2027, 6, 1) << true << true << ConsentGiver::Both;
}

void TestConsent::whoMustConsent()
{
    QFETCH(QList<int>, birthYears);
    QFETCH(QDate, on);
    QFETCH(bool, parents);
    QFETCH(bool, youngPerson);
    QFETCH(ConsentGiver, suggested);
    QList<HouseholdMember> household;
    HouseholdMember parent;
    parent.firstName = QStringLiteral("Nora");
    parent.role = MemberRole::Parent;
    parent.birthYear = 1985;
    household << parent;
    for (int i = 0; i < birthYears.size(); ++i)
        household << child(QStringLiteral("Kind %1").arg(i + 1), birthYears.at(i));

    const ConsentRequirement required = ConsentRule::required(household, on);
    QCOMPARE(required.parents, parents);
    QCOMPARE(required.youngPerson, youngPerson);
    QCOMPARE(required.suggested(), suggested);
    QVERIFY(!required.reason.isEmpty());
    // The check agrees with the requirement for every giver; "both" is never wrong.
    for (ConsentGiver giver :
         {ConsentGiver::Parents, ConsentGiver::YoungPerson, ConsentGiver::Both}) {
        const QString problem = ConsentRule::check(household, on, giver);
        QCOMPARE(problem.isEmpty(), required.allows(giver));
    }
    QVERIFY(required.allows(ConsentGiver::Both));
    QVERIFY(required.allows(suggested));
}

void TestConsent::recordRefusedWhenSomeoneIsMissing_data()
{
    QTest::addColumn<int>("childBirthYear");
    QTest::addColumn<ConsentGiver>("giver");
    QTest::addColumn<QString>("refusal"); // empty: recorded
    // The fixture's child Rayan is born in 2015 (10 or 11 in 2026); he is replaced per row.
    QTest::newRow("under 12, parents") << 2015 << ConsentGiver::Parents << QString();
    QTest::newRow("under 12, young person")
        << 2015 << ConsentGiver::YoungPerson << QStringLiteral("Rayan is under 12");
    QTest::newRow("under 12, both") << 2015 << ConsentGiver::Both << QString();
    QTest::newRow("13, parents alone")
        << 2013 << ConsentGiver::Parents << QStringLiteral("Rayan may be 12 or older");
    QTest::newRow("13, young person alone")
        << 2013 << ConsentGiver::YoungPerson << QStringLiteral("Rayan may be under 16");
    QTest::newRow("13, both") << 2013 << ConsentGiver::Both << QString();
    QTest::newRow("17, parents") << 2009 << ConsentGiver::Parents
                                 << QStringLiteral("Rayan is 16 or older");
    QTest::newRow("17, young person") << 2009 << ConsentGiver::YoungPerson << QString();
    QTest::newRow("no birth year, parents")
        << 0 << ConsentGiver::Parents << QStringLiteral("birth year of Rayan is not known");
}

void TestConsent::recordRefusedWhenSomeoneIsMissing()
{
    QFETCH(int, childBirthYear);
    QFETCH(ConsentGiver, giver);
    QFETCH(QString, refusal);
    FamilyStore families(*m_db);
    HouseholdMember rayan = families.member(m_f.child).value();
    rayan.birthYear = childBirthYear;
    DC_VERIFY_OK(families.updateMember(rayan));
    const QByteArray before = contentHash(*m_db);

    auto given = give(m_f.family.id, giver, QDate(2026, 10, 1), {ConsentPurpose::HomeVisits});
    if (refusal.isEmpty()) {
        DC_VERIFY_OK(given);
        QCOMPARE(given->size(), 1);
        QCOMPARE(given->first().givenBy, giver);
        return;
    }
    QVERIFY(!given);
    QCOMPARE(given.error().kind, Error::Kind::Invalid);
    QVERIFY2(given.message().contains(refusal), qPrintable(given.message()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestConsent::onePerPurposeAndNoDoubles()
{
    auto given = give(m_f.family.id, ConsentGiver::Parents, QDate(2026, 10, 1),
                      {ConsentPurpose::HomeVisits, ConsentPurpose::SupervisionExport});
    DC_VERIFY_OK(given);
    QCOMPARE(given->size(), 2);
    auto stored = ConsentStore(*m_db).forFamily(m_f.family.id);
    DC_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 2);
    for (const Consent &c : stored.value()) {
        QCOMPARE(c.givenOn, QDate(2026, 10, 1));
        QCOMPARE(c.note, QStringLiteral("Mondeling, met tolk"));
        QVERIFY(c.holdsOn(Today));
        QVERIFY(!c.holdsOn(QDate(2026, 9, 30)));
    }
    // The same purpose again while it holds: refused, all or nothing.
    const QByteArray before = contentHash(*m_db);
    auto again = give(m_f.family.id, ConsentGiver::Parents, QDate(2026, 11, 1),
                      {ConsentPurpose::ShareWithPartner, ConsentPurpose::HomeVisits});
    QVERIFY(!again);
    QVERIFY2(again.message().contains(QStringLiteral("Home visits")), qPrintable(again.message()));
    QCOMPARE(contentHash(*m_db), before);

    QVERIFY(!give(m_f.family.id, ConsentGiver::Parents, Today.addDays(1),
                  {ConsentPurpose::ShareWithPartner}));
    QVERIFY(!give(m_f.family.id, ConsentGiver::Parents, QDate(2026, 10, 1), {}));
    QVERIFY(!give(999, ConsentGiver::Parents, QDate(2026, 10, 1), {ConsentPurpose::HomeVisits}));
}

void TestConsent::withdrawal()
{
    ConsentStore store(*m_db);
    auto given = give(m_f.family.id, ConsentGiver::Parents, QDate(2026, 10, 1),
                      {ConsentPurpose::SupervisionExport});
    DC_VERIFY_OK(given);
    const qint64 id = given->first().id;
    QVERIFY(!store.withdraw(id, QDate(2026, 9, 30), Today)); // before it was given
    QVERIFY(!store.withdraw(id, Today.addDays(1), Today));   // still to come
    DC_VERIFY_OK(store.withdraw(id, QDate(2026, 11, 2), Today));
    Consent c = store.get(id).value();
    QCOMPARE(c.withdrawnOn, QDate(2026, 11, 2));
    QVERIFY(c.holdsOn(QDate(2026, 11, 1)));
    QVERIFY(!c.holdsOn(QDate(2026, 11, 2)));    // withdrawal counts from its own day
    QVERIFY(!store.withdraw(id, Today, Today)); // once
    // Withdrawn, it may be recorded anew; the old record stays as history, listed last.
    auto anew = give(m_f.family.id, ConsentGiver::Both, QDate(2026, 11, 20),
                     {ConsentPurpose::SupervisionExport});
    DC_VERIFY_OK(anew);
    auto list = store.forFamily(m_f.family.id);
    DC_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, anew->first().id);
    QCOMPARE(list->at(1).id, id);
    // A withdrawn record is not taken away by an undo of recording it.
    QVERIFY(!store.remove({id}));
    DC_VERIFY_OK(store.reinstate(id));
    QVERIFY(!store.get(id)->withdrawnOn.isValid());
}

void TestConsent::undoAndRedoOfRecording()
{
    ConsentStore store(*m_db);
    const QByteArray empty = contentHash(*m_db);
    auto given = give(m_f.family.id, ConsentGiver::Parents, QDate(2026, 10, 1),
                      {ConsentPurpose::HomeVisits, ConsentPurpose::ShareWithPartner});
    DC_VERIFY_OK(given);
    const QByteArray recorded = contentHash(*m_db);
    QList<qint64> ids;
    for (const Consent &c : given.value())
        ids << c.id;
    DC_VERIFY_OK(store.remove(ids));
    QCOMPARE(contentHash(*m_db), empty);
    DC_VERIFY_OK(store.restore(given.value()));
    QCOMPARE(contentHash(*m_db), recorded);
    QVERIFY(!store.restore(given.value())); // the ids are taken
}

void TestConsent::exportLeavesOutFamiliesWithoutConsent()
{
    // Four families with visits in March: consent holds; withdrawn before the export; given
    // after the export day; never given. One more family has consent but no visit in March.
    FamilyStore families(*m_db);
    QList<qint64> ids{m_f.family.id};
    for (const char *name : {"Haddou", "Osei", "Kaya", "Pinas"}) {
        auto f = families.add(family(QString::fromLatin1(name), QDate(2026, 1, 10)));
        DC_VERIFY_OK(f);
        ids << f->id;
    }
    for (int i = 0; i < 4; ++i)
        QVERIFY(visit(ids.at(i), QDate(2026, 3, 2 + i)));
    QVERIFY(visit(ids.at(4), QDate(2026, 4, 2)));
    const QDate exportDay(2026, 11, 10);
    const QList<ConsentPurpose> purpose{ConsentPurpose::SupervisionExport};
    DC_VERIFY_OK(give(ids.at(0), ConsentGiver::Parents, QDate(2026, 2, 1), purpose));
    auto withdrawn = give(ids.at(1), ConsentGiver::Parents, QDate(2026, 2, 1), purpose);
    DC_VERIFY_OK(withdrawn);
    DC_VERIFY_OK(ConsentStore(*m_db).withdraw(withdrawn->first().id, QDate(2026, 11, 1), Today));
    DC_VERIFY_OK(give(ids.at(2), ConsentGiver::Parents, QDate(2026, 11, 20), purpose));
    DC_VERIFY_OK(give(ids.at(4), ConsentGiver::Parents, QDate(2026, 2, 1), purpose));
    // Consent for another purpose does not count.
    DC_VERIFY_OK(
        give(ids.at(3), ConsentGiver::Parents, QDate(2026, 2, 1), {ConsentPurpose::HomeVisits}));

    ExportRequest request;
    request.from = QDate(2026, 3, 1);
    request.to = QDate(2026, 3, 31);
    auto without = ConsentStore(*m_db).familiesWithoutExportConsent(request, exportDay);
    DC_VERIFY_OK(without);
    QCOMPARE(without.value(), (QList<qint64>{ids.at(1), ids.at(2), ids.at(3)}));
    // On the day before the withdrawal that family still counts as consenting.
    QCOMPARE(ConsentStore(*m_db).familiesWithoutExportConsent(request, QDate(2026, 10, 31))->size(),
             2);

    // The selection a package writer uses takes only the consenting family's visits.
    const ExportSelection consented(request, exportDay);
    auto taken = m_db->exec(QStringLiteral("SELECT DISTINCT v.family_id FROM visits v WHERE ") +
                                consented.condition(),
                            consented.binds());
    DC_VERIFY_OK(taken);
    QList<qint64> exported;
    while (taken->next())
        exported << taken->value(0).toLongLong();
    QCOMPARE(exported, QList<qint64>{ids.at(0)});
    // Without a consent day the selection is as before: every family of the period.
    const ExportSelection every(request);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(DISTINCT v.family_id) FROM visits v "
                                         "WHERE ") +
                              every.condition(),
                          every.binds())
                 ->toInt(),
             4);
}

void TestConsent::missingConsentForHomeVisits()
{
    ConsentStore store(*m_db);
    const QList<QDate> days{QDate(2026, 3, 2), QDate(2026, 3, 9), QDate(2026, 3, 16),
                            QDate(2026, 3, 23)};
    // Nothing recorded: every purpose is missing, on every day, for this family only.
    auto none = store.forFamily(m_f.family.id);
    DC_VERIFY_OK(none);
    QCOMPARE(ConsentRule::missing(none.value(), days.first()).size(),
             ConsentText::purposes().size());
    auto without = store.daysWithout(m_f.family.id, ConsentPurpose::HomeVisits, days);
    DC_VERIFY_OK(without);
    QCOMPARE(without.value(), days);

    // Given on 9 March for home visits and withdrawn on 23 March (effective that day).
    auto given =
        give(m_f.family.id, ConsentGiver::Parents, QDate(2026, 3, 9), {ConsentPurpose::HomeVisits});
    DC_VERIFY_OK(given);
    DC_VERIFY_OK(store.withdraw(given->first().id, QDate(2026, 3, 23), Today));
    without = store.daysWithout(m_f.family.id, ConsentPurpose::HomeVisits, days);
    DC_VERIFY_OK(without);
    QCOMPARE(without.value(), (QList<QDate>{QDate(2026, 3, 2), QDate(2026, 3, 23)}));
    auto records = store.forFamily(m_f.family.id);
    DC_VERIFY_OK(records);
    QCOMPARE(ConsentRule::missing(records.value(), QDate(2026, 3, 16)),
             (QList<ConsentPurpose>{ConsentPurpose::ShareWithPartner,
                                    ConsentPurpose::SupervisionExport}));
    QVERIFY(ConsentRule::holds(records.value(), ConsentPurpose::HomeVisits, QDate(2026, 3, 16)));
    QVERIFY(!ConsentRule::holds(records.value(), ConsentPurpose::HomeVisits, QDate(2026, 3, 23)));

    // Several families in one question: only those without consent that day, each once.
    auto other = FamilyStore(*m_db).add(family(QStringLiteral("Kaya"), QDate(2026, 1, 21)));
    DC_VERIFY_OK(other);
    auto families = store.familiesWithout({m_f.family.id, other->id, other->id},
                                          ConsentPurpose::HomeVisits, QDate(2026, 3, 16));
    DC_VERIFY_OK(families);
    QCOMPARE(families.value(), QList<qint64>{other->id});
    families = store.familiesWithout({m_f.family.id, other->id}, ConsentPurpose::HomeVisits,
                                     QDate(2026, 3, 23));
    DC_VERIFY_OK(families);
    QCOMPARE(families.value(), (QList<qint64>{m_f.family.id, other->id}));
    families = store.familiesWithout({}, ConsentPurpose::HomeVisits, QDate(2026, 3, 23));
    DC_VERIFY_OK(families);
    QVERIFY(families->isEmpty());
}

QTEST_GUILESS_MAIN(TestConsent)
#include "TestConsent.moc"
