// Visits: adding with the people present, status changes, and the paged visit log (newest
// first, keyset on start time and id) with its filters.

#include "TestSupport.h"

#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/FamilyStore.h"
#include "storage/VisitStore.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace TestSupport;

class TestVisitStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void addAndGet();
    void presentMembersMustBelongToFamily();
    void setStatus();
    void presenceOnlyWhenDone_data();
    void presenceOnlyWhenDone();
    void pagingNewestFirst_data();
    void pagingNewestFirst();
    void filters_data();
    void filters();
    void pagingWithFilter();
    void myVisits_data();
    void myVisits();
    void cursorWithinPeriod_data();
    void cursorWithinPeriod();

private:
    // Family 1 (fixture, duo A from 2026-02-01) and family 2 (duo B from 2026-02-01): every
    // Monday and Thursday from 2026-02-02 to 2026-03-30 for family 1, Tuesdays for family 2,
    // with two visits at exactly the same time to test the tie on start time.
    void addVisits();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
    qint64 m_secondFamily = 0;
    int m_visits = 0;
};

void TestVisitStore::initTestCase_data()
{
    TestSupport::engines();
}

void TestVisitStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVisitStore::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("visits.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    auto second = FamilyStore(*m_db).add(family(QStringLiteral("Şahin"), QDate(2026, 1, 20)));
    DC_VERIFY_OK(second);
    m_secondFamily = second->id;
    DC_VERIFY_OK(AssignmentStore(*m_db).assign(m_secondFamily, m_fixture.duoB, QDate(2026, 2, 1)));
    m_visits = 0;
}

void TestVisitStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestVisitStore::addVisits()
{
    VisitStore store(*m_db);
    const QDate first(2026, 2, 2); // a Monday
    for (QDate day = first; day <= QDate(2026, 3, 30); day = day.addDays(1)) {
        Visit v;
        v.start = QDateTime(day, QTime(10, 0));
        if (day.dayOfWeek() == Qt::Monday || day.dayOfWeek() == Qt::Thursday) {
            v.familyId = m_fixture.family.id;
            v.duoId = m_fixture.duoA;
            v.status = day.dayOfWeek() == Qt::Monday ? VisitStatus::Done : VisitStatus::Cancelled;
            v.trustedPersonPresent = v.status == VisitStatus::Done;
            if (v.status == VisitStatus::Cancelled)
                v.statusReason = QStringLiteral("Ziek");
        } else if (day.dayOfWeek() == Qt::Tuesday) {
            v.familyId = m_secondFamily;
            v.duoId = m_fixture.duoB;
            v.status = VisitStatus::NoShow;
            v.statusReason = QStringLiteral("Niemand thuis");
        } else {
            continue;
        }
        auto added = store.add(v);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        ++m_visits;
    }
    // Same start as the Monday visit of 2026-03-02, another family: ties go by id.
    Visit tie;
    tie.familyId = m_secondFamily;
    tie.duoId = m_fixture.duoB;
    tie.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    tie.status = VisitStatus::Planned;
    auto added = store.add(tie);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    ++m_visits;
}

void TestVisitStore::addAndGet()
{
    VisitStore store(*m_db);
    Visit v;
    v.familyId = m_fixture.family.id;
    v.duoId = m_fixture.duoA;
    v.start = QDateTime(QDate(2026, 2, 10), QTime(15, 30));
    v.durationMinutes = 90;
    v.status = VisitStatus::Done;
    v.trustedPersonPresent = true;
    v.professionalPresent = false;
    v.presentMemberIds = {m_fixture.child, m_fixture.parent};
    auto id = store.add(v);
    DC_VERIFY_OK(id);
    auto back = store.get(id.value());
    DC_VERIFY_OK(back);
    QCOMPARE(back->familyId, v.familyId);
    QCOMPARE(back->duoId, v.duoId);
    QCOMPARE(back->start, v.start);
    QCOMPARE(back->durationMinutes, 90);
    QCOMPARE(back->status, VisitStatus::Done);
    QCOMPARE(back->trustedPersonPresent, true);
    QCOMPARE(back->professionalPresent, false);
    QCOMPARE(back->presentMemberIds, (QList<qint64>{std::min(m_fixture.parent, m_fixture.child),
                                                    std::max(m_fixture.parent, m_fixture.child)}));
    QCOMPARE(back->caseCode, m_fixture.family.caseCode);
    QCOMPARE(back->familyName, QStringLiteral("Bouzid"));
    QCOMPARE(back->duoName, QStringLiteral("Fatima El Amrani & Marieke van Dijk"));

    Visit tooLong = v;
    tooLong.durationMinutes = 601;
    QVERIFY(!store.add(tooLong).ok());
    QVERIFY(!store.get(id.value() + 100).ok());
}

void TestVisitStore::presentMembersMustBelongToFamily()
{
    HouseholdMember stranger;
    stranger.familyId = m_secondFamily;
    stranger.firstName = QStringLiteral("Emre");
    auto strangerId = FamilyStore(*m_db).addMember(stranger);
    DC_VERIFY_OK(strangerId);

    Visit v;
    v.familyId = m_fixture.family.id;
    v.duoId = m_fixture.duoA;
    v.start = QDateTime(QDate(2026, 2, 10), QTime(15, 30));
    v.status = VisitStatus::Done;
    v.trustedPersonPresent = true;
    v.presentMemberIds = {m_fixture.parent, strangerId.value()};
    auto refused = VisitStore(*m_db).add(v);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    // All or nothing: neither the visit nor the first attendee stayed.
    QCOMPARE(rowCount(*m_db, QStringLiteral("visits")), 0);
    QCOMPARE(rowCount(*m_db, QStringLiteral("visit_attendees")), 0);
}

void TestVisitStore::setStatus()
{
    VisitStore store(*m_db);
    Visit v;
    v.familyId = m_fixture.family.id;
    v.duoId = m_fixture.duoA;
    v.start = QDateTime(QDate(2026, 2, 10), QTime(15, 30));
    auto id = store.add(v);
    DC_VERIFY_OK(id);
    QCOMPARE(store.get(id.value())->status, VisitStatus::Planned);
    // A no-show needs its reason; done needs presence (VisitReportStore::complete).
    QVERIFY(!store.setStatus(id.value(), VisitStatus::NoShow).ok());
    QVERIFY(!store.setStatus(id.value(), VisitStatus::Done).ok());
    QCOMPARE(store.get(id.value())->status, VisitStatus::Planned);
    DC_VERIFY_OK(store.setStatus(id.value(), VisitStatus::NoShow, QStringLiteral("Niet thuis")));
    QCOMPARE(store.get(id.value())->status, VisitStatus::NoShow);
    QCOMPARE(store.get(id.value())->statusReason, QStringLiteral("Niet thuis"));
    DC_VERIFY_OK(store.setStatus(id.value(), VisitStatus::Planned));
    QCOMPARE(store.get(id.value())->statusReason, QString());
    const Status missing = store.setStatus(id.value() + 1, VisitStatus::Planned);
    QVERIFY(!missing.ok());
    QVERIFY(missing.message().contains(QString::number(id.value() + 1)));
}

void TestVisitStore::presenceOnlyWhenDone_data()
{
    QTest::addColumn<VisitStatus>("status");
    QTest::addColumn<bool>("trustedPerson");
    QTest::addColumn<bool>("professional");
    QTest::addColumn<bool>("member");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("problem");
    const QString onlyDone = QStringLiteral("Only a visit that took place has people present.");
    const QString nobody = QStringLiteral("needs the trusted person, the professional or both");
    QTest::newRow("planned, nobody")
        << VisitStatus::Planned << false << false << false << true << QString();
    // Before the fix these four were stored: a planned or missed visit "attended" by people.
    QTest::newRow("planned, trusted person")
        << VisitStatus::Planned << true << false << false << false << onlyDone;
    QTest::newRow("planned, member")
        << VisitStatus::Planned << false << false << true << false << onlyDone;
    QTest::newRow("cancelled, professional")
        << VisitStatus::Cancelled << false << true << false << false << onlyDone;
    QTest::newRow("no-show, both")
        << VisitStatus::NoShow << true << true << true << false << onlyDone;
    QTest::newRow("done, trusted person")
        << VisitStatus::Done << true << false << true << true << QString();
    QTest::newRow("done, professional")
        << VisitStatus::Done << false << true << false << true << QString();
    QTest::newRow("done, only the family")
        << VisitStatus::Done << false << false << true << false << nobody;
}

void TestVisitStore::presenceOnlyWhenDone()
{
    QFETCH(VisitStatus, status);
    QFETCH(bool, trustedPerson);
    QFETCH(bool, professional);
    QFETCH(bool, member);
    QFETCH(bool, accepted);
    QFETCH(QString, problem);
    Visit v;
    v.familyId = m_fixture.family.id;
    v.duoId = m_fixture.duoA;
    v.start = QDateTime(QDate(2026, 2, 10), QTime(15, 30));
    v.status = status;
    if (status == VisitStatus::Cancelled || status == VisitStatus::NoShow)
        v.statusReason = QStringLiteral("Afgezegd door moeder");
    v.trustedPersonPresent = trustedPerson;
    v.professionalPresent = professional;
    if (member)
        v.presentMemberIds = {m_fixture.parent};
    auto added = VisitStore(*m_db).add(v);
    QCOMPARE(added.ok(), accepted);
    if (!accepted) {
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
        QVERIFY2(added.message().contains(problem), qPrintable(added.message()));
        QCOMPARE(rowCount(*m_db, QStringLiteral("visits")), 0);
    }
}

void TestVisitStore::pagingNewestFirst_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("10") << 10;
    QTest::newRow("1000") << 1000;
}

void TestVisitStore::pagingNewestFirst()
{
    QFETCH(int, pageSize);
    addVisits();
    if (QTest::currentTestFailed())
        return;
    VisitStore store(*m_db);
    QList<Visit> all;
    std::optional<VisitCursor> after;
    for (int pages = 0; pages < 1000; ++pages) {
        auto page = store.page(VisitFilter(), after, pageSize);
        DC_VERIFY_OK(page);
        QVERIFY(page->size() <= pageSize);
        if (page->isEmpty())
            break;
        all += page.value();
        after = VisitCursor{page->constLast().start, page->constLast().id};
    }
    QCOMPARE(all.size(), m_visits);
    QCOMPARE(store.count(VisitFilter()).value(), m_visits);
    QSet<qint64> ids;
    for (int i = 0; i < all.size(); ++i) {
        ids.insert(all.at(i).id);
        if (i > 0) {
            const Visit &newer = all.at(i - 1);
            const Visit &older = all.at(i);
            QVERIFY(newer.start > older.start ||
                    (newer.start == older.start && newer.id > older.id));
        }
    }
    QCOMPARE(ids.size(), m_visits);
    QCOMPARE(all.first().start, QDateTime(QDate(2026, 3, 30), QTime(10, 0)));
}

void TestVisitStore::filters_data()
{
    QTest::addColumn<bool>("byFamily");
    QTest::addColumn<bool>("byDuo");
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    // Family 1: 9 Mondays (done) + 8 Thursdays (cancelled); family 2: 8 Tuesdays (no-show)
    // + 1 planned visit on Monday 2026-03-02.
    QTest::newRow("all") << false << false << -1 << QDate() << QDate() << 26;
    QTest::newRow("family") << true << false << -1 << QDate() << QDate() << 17;
    QTest::newRow("duo B") << false << true << -1 << QDate() << QDate() << 9;
    QTest::newRow("done") << false << false << int(VisitStatus::Done) << QDate() << QDate() << 9;
    QTest::newRow("planned") << false << false << int(VisitStatus::Planned) << QDate() << QDate()
                             << 1;
    QTest::newRow("family, cancelled")
        << true << false << int(VisitStatus::Cancelled) << QDate() << QDate() << 8;
    QTest::newRow("one day, inclusive")
        << false << false << -1 << QDate(2026, 3, 2) << QDate(2026, 3, 2) << 2;
    QTest::newRow("a week") << false << false << -1 << QDate(2026, 2, 2) << QDate(2026, 2, 8) << 3;
    QTest::newRow("from only") << false << false << -1 << QDate(2026, 3, 30) << QDate() << 1;
    QTest::newRow("to only") << false << false << -1 << QDate() << QDate(2026, 2, 2) << 1;
    QTest::newRow("nothing in range")
        << false << false << -1 << QDate(2026, 4, 1) << QDate(2026, 4, 30) << 0;
}

void TestVisitStore::filters()
{
    QFETCH(bool, byFamily);
    QFETCH(bool, byDuo);
    QFETCH(int, status);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    addVisits();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_visits, 26);

    VisitFilter filter;
    if (byFamily)
        filter.familyId = m_fixture.family.id;
    if (byDuo)
        filter.duoId = m_fixture.duoB;
    if (status >= 0)
        filter.status = VisitStatus(status);
    filter.from = from;
    filter.to = to;

    VisitStore store(*m_db);
    auto count = store.count(filter);
    DC_VERIFY_OK(count);
    QCOMPARE(count.value(), expected);
    auto page = store.page(filter, std::nullopt, 1000);
    DC_VERIFY_OK(page);
    QCOMPARE(page->size(), expected);
    for (const Visit &v : page.value()) {
        if (byFamily)
            QCOMPARE(v.familyId, m_fixture.family.id);
        if (byDuo)
            QCOMPARE(v.duoId, m_fixture.duoB);
        if (status >= 0)
            QCOMPARE(int(v.status), status);
        if (from.isValid())
            QVERIFY(v.start.date() >= from);
        if (to.isValid())
            QVERIFY(v.start.date() <= to);
    }
}

void TestVisitStore::myVisits_data()
{
    QTest::addColumn<QString>("worker");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");
    // Duo A: 9 Mondays and 8 Thursdays; duo B: 8 Tuesdays and the planned visit.
    QTest::newRow("trusted person of duo A") << "trustedA" << QDate() << 17;
    QTest::newRow("professional of duo A") << "professionalA" << QDate() << 17;
    QTest::newRow("trusted person of duo B") << "trustedB" << QDate() << 9;
    QTest::newRow("duo B up to a day") << "trustedB" << QDate(2026, 3, 1) << 4;
}

void TestVisitStore::myVisits()
{
    QFETCH(QString, worker);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    addVisits();
    if (QTest::currentTestFailed())
        return;
    const QHash<QString, qint64> workers = {
        {QStringLiteral("trustedA"), m_fixture.trustedA},
        {QStringLiteral("professionalA"), m_fixture.professionalA},
        {QStringLiteral("trustedB"), m_fixture.trustedB}};
    VisitFilter filter;
    filter.workerId = workers.value(worker);
    filter.to = to;
    VisitStore store(*m_db);
    auto count = store.count(filter);
    DC_VERIFY_OK(count);
    QCOMPARE(count.value(), expected);
    auto page = store.page(filter, std::nullopt, 1000);
    DC_VERIFY_OK(page);
    QCOMPARE(page->size(), expected);
    const qint64 duo = worker == QLatin1String("trustedB") ? m_fixture.duoB : m_fixture.duoA;
    for (const Visit &v : page.value())
        QCOMPARE(v.duoId, duo);
}

void TestVisitStore::pagingWithFilter()
{
    addVisits();
    if (QTest::currentTestFailed())
        return;
    VisitStore store(*m_db);
    VisitFilter filter;
    filter.familyId = m_secondFamily;
    int seen = 0;
    std::optional<VisitCursor> after;
    for (;;) {
        auto page = store.page(filter, after, 2);
        DC_VERIFY_OK(page);
        if (page->isEmpty())
            break;
        for (const Visit &v : page.value())
            QCOMPARE(v.familyId, m_secondFamily);
        seen += page->size();
        after = VisitCursor{page->constLast().start, page->constLast().id};
    }
    QCOMPARE(seen, 9);
}

void TestVisitStore::cursorWithinPeriod_data()
{
    QTest::addColumn<QDateTime>("cursorStart"); // null: no cursor
    QTest::addColumn<bool>("useTieId");
    QTest::newRow("no cursor") << QDateTime() << false;
    QTest::newRow("inside the period, on the tie")
        << QDateTime(QDate(2026, 3, 2), QTime(10, 0)) << true;
    QTest::newRow("inside the period") << QDateTime(QDate(2026, 2, 20), QTime(12, 0)) << false;
    QTest::newRow("after the period") << QDateTime(QDate(2026, 3, 20), QTime(10, 0)) << false;
    QTest::newRow("before the period") << QDateTime(QDate(2026, 2, 1), QTime(10, 0)) << false;
}

void TestVisitStore::cursorWithinPeriod()
{
    // A page of a period continued after a cursor: only one of the two upper bounds goes into
    // the query (the tighter), so both kinds of cursor must still give exactly the right rows.
    QFETCH(QDateTime, cursorStart);
    QFETCH(bool, useTieId);
    addVisits();
    if (QTest::currentTestFailed())
        return;
    VisitStore store(*m_db);
    auto all = store.page(VisitFilter(), std::nullopt, 1000);
    DC_VERIFY_OK(all);
    std::optional<VisitCursor> cursor;
    if (cursorStart.isValid()) {
        qint64 id = std::numeric_limits<qint64>::max();
        if (useTieId)
            for (const Visit &v : all.value())
                if (v.start == cursorStart)
                    id = std::min(id, v.id); // the older of the two visits at that time
        cursor = VisitCursor{cursorStart, id};
    }
    VisitFilter filter;
    filter.from = QDate(2026, 2, 10);
    filter.to = QDate(2026, 3, 5);
    QList<qint64> expected;
    for (const Visit &v : all.value()) {
        const bool inPeriod = v.start.date() >= filter.from && v.start.date() <= filter.to;
        const bool afterCursor =
            !cursor || v.start < cursor->start || (v.start == cursor->start && v.id < cursor->id);
        if (inPeriod && afterCursor)
            expected << v.id;
    }
    auto page = store.page(filter, cursor, 1000);
    DC_VERIFY_OK(page);
    QList<qint64> ids;
    for (const Visit &v : page.value())
        ids << v.id;
    QCOMPARE(ids, expected);
}

QTEST_GUILESS_MAIN(TestVisitStore)
#include "TestVisitStore.moc"
