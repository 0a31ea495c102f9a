// Query plans of every list and filter the views use: none may read all visits (or all of
// another big table) to answer. The statements are recorded as the stores really send them
// (Database::setStatementObserver), with their binds, and explained by SQLite itself. The
// planner uses no statistics (DuoCoach never runs ANALYZE), so a demo database of a few
// hundred families gives the plans a ten-year database gets.

#include "TestSupport.h"

#include "services/CaseloadReport.h"
#include "services/DemoGenerator.h"
#include "services/Handover.h"
#include "services/Matcher.h"
#include "services/Statistics.h"
#include "services/TodayAgenda.h"
#include "services/VisitPlanner.h"
#include "storage/AssignmentStore.h"
#include "storage/ConfidentialNoteStore.h"
#include "storage/Database.h"
#include "storage/DebriefStore.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/FollowUpStore.h"
#include "storage/MeetingStore.h"
#include "storage/NetworkMapStore.h"
#include "storage/OrganisationStore.h"
#include "storage/ReferralStore.h"
#include "storage/SafetyConcernStore.h"
#include "storage/SupportStore.h"
#include "storage/TrainingStore.h"
#include "storage/VisitReportStore.h"
#include "storage/VisitStore.h"
#include "storage/WaitingList.h"
#include "storage/WorkerStore.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace TestSupport;

namespace {
const QDate Today(2026, 11, 23);

// Tables that grow with the years: a scan of any of them is a view that slows down as the
// organisation's history grows. Families (10,000) may be scanned only by the free-text search.
const QStringList BigTables = {QStringLiteral("visits"),
                               QStringLiteral("visit_attendees"),
                               QStringLiteral("household_members"),
                               QStringLiteral("assignments"),
                               QStringLiteral("families"),
                               QStringLiteral("support"),
                               QStringLiteral("support_reviews"),
                               QStringLiteral("referrals"),
                               QStringLiteral("meeting_families"),
                               QStringLiteral("meeting_decisions"),
                               QStringLiteral("meeting_workers"),
                               QStringLiteral("network_map"),
                               QStringLiteral("debriefs")};

struct Recorded
{
    QString sql;
    QVariantList binds;
};

// What a case demands beyond "no full scan of a big table".
enum Demand {
    NoFullScan = 0,
    // The family list: its search looks for text anywhere in three columns, which no index
    // can serve (LIKE '%…%'), and it is one statement for an empty search too (the planner
    // cannot drop "? = ''" when preparing). So it may read the families: 10,000 rows at
    // most, a few milliseconds, and no more as the years go by.
    MayScanFamilies = 1,
    // A filtered or continued visit list must reach its rows through an index search, and in
    // the list's order, not walk an index from one end or sort what it found.
    SearchVisitsInOrder = 2,
    // A question about one family's visits (Today's "last visit" and "next planned") must
    // search them by family. Searching by status alone is an index search too, yet it walks
    // every done visit of ten years for each family: it cost 70 s at start-up once.
    SearchVisitsByFamily = 4,
};

template <typename T> Status statusOf(const Result<T> &result)
{
    if (!result)
        return result.error();
    return {};
}

struct Case
{
    const char *name;
    int demands;
    std::function<Status(Database &)> run;
};
} // namespace

Q_DECLARE_METATYPE(Case)

class TestQueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { failOnWarnings(); }

    void plans_data();
    void plans();
    void detectsAFullScan();

private:
    QList<Recorded> record(const std::function<Status(Database &)> &run);
    // The detail lines of EXPLAIN QUERY PLAN for one recorded statement.
    QStringList planOf(const Recorded &statement);
    // Problems with the plan of `sql`; empty when it is fine.
    QStringList problems(const QString &sql, const QStringList &plan, int demands) const;
    // The table a SCAN or SEARCH line reads, with aliases (FROM visits v) resolved.
    QString tableOf(const QString &target, const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_family = 0; // a family with visits and a household
    qint64 m_duo = 0;
    qint64 m_worker = 0; // the trusted person of m_duo
    Visit m_visit;       // one visit in the middle of the log, for continued pages
};

void TestQueryPlans::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto opened = Database::open(m_dir.filePath(QStringLiteral("plans.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    DemoGenerator::Options options;
    options.families = 300;
    options.seed = 4;
    options.today = Today;
    DC_VERIFY_OK(DemoGenerator::generate(*m_db, options));

    auto family = m_db->scalar(QStringLiteral("SELECT family_id FROM visits GROUP BY family_id "
                                              "ORDER BY count(*) DESC, family_id LIMIT 1"));
    DC_VERIFY_OK(family);
    m_family = family->toLongLong();
    auto duo = m_db->scalar(QStringLiteral("SELECT duo_id FROM visits GROUP BY duo_id "
                                           "ORDER BY count(*) DESC, duo_id LIMIT 1"));
    DC_VERIFY_OK(duo);
    m_duo = duo->toLongLong();
    auto worker =
        m_db->scalar(QStringLiteral("SELECT trusted_person_id FROM duos WHERE id = ?"), {m_duo});
    DC_VERIFY_OK(worker);
    m_worker = worker->toLongLong();
    auto middle = VisitStore(*m_db).page(VisitFilter(), std::nullopt, 1000);
    DC_VERIFY_OK(middle);
    QVERIFY(middle->size() == 1000);
    m_visit = middle->constLast();
    QVERIFY(m_family > 0 && m_duo > 0);
}

void TestQueryPlans::plans_data()
{
    QTest::addColumn<Case>("query");

    auto visitFilters = [this] {
        QList<QPair<QString, VisitFilter>> filters;
        filters.append({QStringLiteral("all"), VisitFilter()});
        VisitFilter byFamily;
        byFamily.familyId = m_family;
        filters.append({QStringLiteral("family"), byFamily});
        VisitFilter byDuo;
        byDuo.duoId = m_duo;
        filters.append({QStringLiteral("duo"), byDuo});
        for (VisitStatus status : {VisitStatus::Planned, VisitStatus::Done, VisitStatus::Cancelled,
                                   VisitStatus::NoShow}) {
            VisitFilter byStatus;
            byStatus.status = status;
            filters.append({QStringLiteral("status %1").arg(int(status)), byStatus});
        }
        VisitFilter period;
        period.from = Today.addYears(-1);
        period.to = Today;
        filters.append({QStringLiteral("period"), period});
        VisitFilter duoPeriod = period;
        duoPeriod.duoId = m_duo;
        filters.append({QStringLiteral("duo and period"), duoPeriod});
        VisitFilter statusPeriod = period;
        statusPeriod.status = VisitStatus::NoShow;
        filters.append({QStringLiteral("status and period"), statusPeriod});
        VisitFilter familyStatus = byFamily;
        familyStatus.status = VisitStatus::Done;
        filters.append({QStringLiteral("family and status"), familyStatus});
        // A coach's own visits (issue 17), as the log opens for them: up to today.
        VisitFilter mine;
        mine.workerId = m_worker;
        filters.append({QStringLiteral("mine"), mine});
        VisitFilter mineToday = mine;
        mineToday.to = Today;
        filters.append({QStringLiteral("mine up to today"), mineToday});
        return filters;
    };

    // Names are kept alive for QTest::newRow, which takes a const char *.
    static QList<QByteArray> names;
    names.clear();
    auto row = [](const QString &name, int demands, std::function<Status(Database &)> run) {
        names.append(name.toUtf8());
        QTest::newRow(names.constLast().constData())
            << Case{names.constLast().constData(), demands, std::move(run)};
    };

    // The family page: the list, its count, a search as the user types, the next page.
    for (const QString &search : {QString(), QStringLiteral("ka")}) {
        const int demands = MayScanFamilies;
        const QString label = search.isEmpty() ? QStringLiteral("all") : QStringLiteral("search");
        row(QStringLiteral("family page, %1").arg(label), demands,
            [=](Database &db) { return statusOf(FamilyStore(db).page(search, QString(), 200)); });
        row(QStringLiteral("family page continued, %1").arg(label), demands, [=](Database &db) {
            return statusOf(FamilyStore(db).page(search, QStringLiteral("G-2026-0001"), 200));
        });
        row(QStringLiteral("family count, %1").arg(label), demands,
            [=](Database &db) { return statusOf(FamilyStore(db).count(search)); });
    }
    // "My families" of a coach (issue 17): their few families by id, never the whole list.
    for (const QString &search : {QString(), QStringLiteral("ka")}) {
        const QString label = search.isEmpty() ? QStringLiteral("all") : QStringLiteral("search");
        const qint64 worker = m_worker;
        row(QStringLiteral("my families, %1").arg(label), NoFullScan, [=](Database &db) {
            return statusOf(FamilyStore(db).page(search, QString(), 200, worker));
        });
        row(QStringLiteral("my families count, %1").arg(label), NoFullScan,
            [=](Database &db) { return statusOf(FamilyStore(db).count(search, worker)); });
    }
    // The family detail pane: the family, its household, duo history and latest visits.
    row(QStringLiteral("family"), NoFullScan,
        [this](Database &db) { return statusOf(FamilyStore(db).get(m_family)); });
    row(QStringLiteral("family by case code"), NoFullScan, [](Database &db) {
        return statusOf(FamilyStore(db).byCaseCode(QStringLiteral("G-2026-0001")));
    });
    row(QStringLiteral("next case code"), NoFullScan,
        [](Database &db) { return statusOf(FamilyStore(db).nextCaseCode(2026)); });
    row(QStringLiteral("household"), NoFullScan,
        [this](Database &db) { return statusOf(FamilyStore(db).members(m_family)); });
    row(QStringLiteral("current assignment"), NoFullScan,
        [this](Database &db) { return statusOf(AssignmentStore(db).current(m_family, Today)); });
    row(QStringLiteral("assignment history"), NoFullScan,
        [this](Database &db) { return statusOf(AssignmentStore(db).history(m_family)); });
    row(QStringLiteral("is assigned"), NoFullScan, [this](Database &db) {
        return statusOf(AssignmentStore(db).isAssigned(m_family, m_duo, Today));
    });
    row(QStringLiteral("visit"), NoFullScan,
        [this](Database &db) { return statusOf(VisitStore(db).get(m_visit.id)); });

    // The visit log with each filter: first page, a later page, and the count.
    for (const auto &[label, filter] : visitFilters()) {
        const VisitFilter f = filter;
        // A coach's own visits are searched per duo (visits_by_duo) and sorted: what is sorted
        // is their own history, a few hundred visits a year, never the organisation's.
        const bool mine = f.workerId != 0;
        const int pageDemands =
            label == QLatin1String("all") || mine ? NoFullScan : SearchVisitsInOrder;
        row(QStringLiteral("visit page, %1").arg(label), pageDemands,
            [=](Database &db) { return statusOf(VisitStore(db).page(f, std::nullopt, 200)); });
        const VisitCursor cursor{m_visit.start, m_visit.id};
        row(QStringLiteral("visit page continued, %1").arg(label),
            mine ? NoFullScan : SearchVisitsInOrder,
            [=](Database &db) { return statusOf(VisitStore(db).page(f, cursor, 200)); });
        // Counting all visits reads one index from end to end: that is what a count is.
        const int countDemands = label == QLatin1String("all") ? NoFullScan : SearchVisitsInOrder;
        row(QStringLiteral("visit count, %1").arg(label), countDemands,
            [=](Database &db) { return statusOf(VisitStore(db).count(f)); });
    }

    // Workers & duos page, caseloads, the matching of the assign dialog, the status bar.
    row(QStringLiteral("workers"), NoFullScan,
        [](Database &db) { return statusOf(WorkerStore(db).all()); });
    row(QStringLiteral("caseloads"), NoFullScan,
        [](Database &db) { return statusOf(WorkerStore(db).caseloads(Today)); });
    row(QStringLiteral("duos"), NoFullScan,
        [](Database &db) { return statusOf(DuoStore(db).all()); });
    row(QStringLiteral("matching"), NoFullScan, [this](Database &db) -> Status {
        auto family = FamilyStore(db).get(m_family);
        if (!family)
            return family.error();
        family->status = FamilyStatus::Intake; // rank() refuses a closed family
        return statusOf(Matcher(db).rank(family.value(), Today));
    });
    row(QStringLiteral("organisations"), NoFullScan,
        [](Database &db) { return statusOf(OrganisationStore(db).all()); });
    row(QStringLiteral("caseload page"), NoFullScan,
        [](Database &db) { return statusOf(CaseloadReport(db).workers(Today)); });
    row(QStringLiteral("waiting list"), NoFullScan,
        [](Database &db) { return statusOf(WaitingList(db).families(Today)); });
    row(QStringLiteral("handover, families of a duo"), NoFullScan,
        [this](Database &db) { return statusOf(Handover(db).familiesOfDuo(m_duo, Today)); });
    row(QStringLiteral("handover, families of a worker"), NoFullScan, [this](Database &db) {
        auto duo = DuoStore(db).get(m_duo);
        if (!duo)
            return Status(duo.error());
        return statusOf(Handover(db).familiesOfWorker(duo->trustedPersonId, Today));
    });
    // The week planner (issue 4): a week of a duo or of a worker, clashes, whom to plan for.
    row(QStringLiteral("planner, week of a duo"), NoFullScan, [this](Database &db) {
        const QDateTime monday(Today.addDays(1 - Today.dayOfWeek()), QTime(0, 0));
        return statusOf(VisitStore(db).ofDuo(m_duo, monday, monday.addDays(7)));
    });
    row(QStringLiteral("planner, week of a worker"), NoFullScan, [this](Database &db) -> Status {
        auto duo = DuoStore(db).get(m_duo);
        if (!duo)
            return duo.error();
        const QDateTime monday(Today.addDays(1 - Today.dayOfWeek()), QTime(0, 0));
        return statusOf(VisitStore(db).ofWorkers({duo->professionalId}, monday, monday.addDays(7)));
    });
    row(QStringLiteral("planner, clashes"), NoFullScan, [this](Database &db) {
        return statusOf(VisitPlanner(db).clashes(m_duo, QDateTime(Today, QTime(10, 0)), 60));
    });
    row(QStringLiteral("planner, families of a duo"), NoFullScan,
        [this](Database &db) { return statusOf(VisitPlanner(db).familiesOf(m_duo, Today)); });
    // The visit report (issue 4): the form's reads, the pane's follow-ups, concerns and notes,
    // the flags of a page of families or visits, a worker's follow-ups due.
    row(QStringLiteral("report of a visit"), NoFullScan,
        [this](Database &db) { return statusOf(VisitReportStore(db).report(m_visit.id)); });
    row(QStringLiteral("goals of a visit day"), NoFullScan,
        [this](Database &db) { return statusOf(VisitReportStore(db).goalsFor(m_visit.id)); });
    row(QStringLiteral("follow-ups of a family"), NoFullScan,
        [this](Database &db) { return statusOf(FollowUpStore(db).forFamily(m_family)); });
    row(QStringLiteral("follow-ups of a visit"), NoFullScan,
        [this](Database &db) { return statusOf(FollowUpStore(db).forVisit(m_visit.id)); });
    row(QStringLiteral("follow-ups due for a worker"), NoFullScan, [this](Database &db) {
        auto duo = DuoStore(db).get(m_duo);
        if (!duo)
            return Status(duo.error());
        return statusOf(FollowUpStore(db).dueFor(duo->professionalId, Today.addDays(7)));
    });
    row(QStringLiteral("open concerns of a family"), NoFullScan,
        [this](Database &db) { return statusOf(SafetyConcernStore(db).openFor(m_family)); });
    row(QStringLiteral("open-concern flags of a page"), NoFullScan, [](Database &db) -> Status {
        auto page = FamilyStore(db).page(QString(), QString(), 200);
        if (!page)
            return page.error();
        QList<qint64> ids;
        for (const FamilySummary &family : page.value())
            ids << family.id;
        return statusOf(SafetyConcernStore(db).familiesWithOpenConcern(ids));
    });
    row(QStringLiteral("concern flags of visits"), NoFullScan, [this](Database &db) -> Status {
        VisitFilter filter;
        filter.familyId = m_family;
        auto page = VisitStore(db).page(filter, std::nullopt, 10);
        if (!page)
            return page.error();
        QList<qint64> ids;
        for (const Visit &visit : page.value())
            ids << visit.id;
        return statusOf(SafetyConcernStore(db).visitsWithConcern(ids));
    });
    row(QStringLiteral("notes for the trusted person"), NoFullScan, [this](Database &db) {
        auto duo = DuoStore(db).get(m_duo);
        if (!duo)
            return Status(duo.error());
        CurrentUser user;
        user.kind = CurrentUser::Kind::Worker;
        user.workerId = duo->trustedPersonId;
        return statusOf(ConfidentialNoteStore(db).forFamily(m_family, user));
    });
    // The network around a family (issue 16): its support, reviews and referrals; referrals
    // waiting for an answer, of one sender and of everyone; the figures of a period.
    row(QStringLiteral("support of a family"), NoFullScan,
        [this](Database &db) { return statusOf(SupportStore(db).forFamily(m_family)); });
    row(QStringLiteral("support reviews of a family"), NoFullScan,
        [this](Database &db) { return statusOf(SupportStore(db).reviews(m_family)); });
    row(QStringLiteral("referrals of a family"), NoFullScan,
        [this](Database &db) { return statusOf(ReferralStore(db).forFamily(m_family)); });
    row(QStringLiteral("referrals waiting, one sender"), NoFullScan, [this](Database &db) {
        auto duo = DuoStore(db).get(m_duo);
        if (!duo)
            return Status(duo.error());
        return statusOf(ReferralStore(db).unanswered(duo->professionalId, Today));
    });
    row(QStringLiteral("referrals waiting, everyone"), NoFullScan,
        [](Database &db) { return statusOf(ReferralStore(db).unanswered(0, Today)); });
    row(QStringLiteral("referral figures, all"), NoFullScan, [](Database &db) {
        return statusOf(ReferralStore(db).figures(Today.addMonths(-3), Today));
    });
    row(QStringLiteral("referral figures, one duo"), NoFullScan, [this](Database &db) {
        return statusOf(ReferralStore(db).figures(Today.addMonths(-3), Today, m_duo));
    });
    // Consultations, the network map and the care for workers (issue 16, format 12).
    row(QStringLiteral("network map of a family"), NoFullScan,
        [this](Database &db) { return statusOf(NetworkMapStore(db).forFamily(m_family)); });
    row(QStringLiteral("consultations of a family"), NoFullScan,
        [this](Database &db) { return statusOf(MeetingStore(db).forFamily(m_family)); });
    row(QStringLiteral("meetings of a period"), NoFullScan,
        [](Database &db) { return statusOf(MeetingStore(db).held(Today.addMonths(-3), Today)); });
    row(QStringLiteral("a consultation whole"), NoFullScan, [](Database &db) {
        auto id = db.scalar(QStringLiteral("SELECT max(meeting_id) FROM meeting_families"));
        if (!id)
            return Status(id.error());
        return statusOf(MeetingStore(db).get(id->toLongLong()));
    });
    row(QStringLiteral("debriefs not held"), NoFullScan,
        [](Database &db) { return statusOf(DebriefStore(db).open()); });
    row(QStringLiteral("debriefs of a visit"), NoFullScan,
        [this](Database &db) { return statusOf(DebriefStore(db).forVisit(m_visit.id)); });
    row(QStringLiteral("training of a worker"), NoFullScan, [this](Database &db) {
        auto duo = DuoStore(db).get(m_duo);
        if (!duo)
            return Status(duo.error());
        return statusOf(TrainingStore(db).forWorker(duo->trustedPersonId));
    });
    row(QStringLiteral("care for workers, caseload page"), NoFullScan,
        [](Database &db) { return statusOf(TrainingStore(db).summaries()); });
    // Today (issue 4), for a coordinator (every duo) and for a worker: the day's visits, the
    // follow-up actions due, and the families without a visit for three weeks.
    for (const bool worker : {false, true}) {
        const QString who = worker ? QStringLiteral("worker") : QStringLiteral("coordinator");
        auto userOf = [this, worker](Database &db) {
            CurrentUser user;
            if (worker) {
                user.kind = CurrentUser::Kind::Worker;
                user.workerId = DuoStore(db).get(m_duo)->trustedPersonId;
            }
            return user;
        };
        row(QStringLiteral("today, visits, %1").arg(who), NoFullScan,
            [=](Database &db) { return statusOf(TodayAgenda(db, userOf(db)).visitsOn(Today)); });
        row(QStringLiteral("today, follow-ups due, %1").arg(who), NoFullScan, [=](Database &db) {
            return statusOf(TodayAgenda(db, userOf(db)).followUpsDue(Today));
        });
        row(QStringLiteral("today, quiet families, %1").arg(who), SearchVisitsByFamily,
            [=](Database &db) {
                return statusOf(TodayAgenda(db, userOf(db)).quietFamilies(Today, 21));
            });
    }
    row(QStringLiteral("status bar counts"), NoFullScan,
        [](const Database &db) { return statusOf(Statistics::count(db)); });
}

void TestQueryPlans::plans()
{
    QFETCH(Case, query);
    const QList<Recorded> statements = record(query.run);
    QVERIFY2(!statements.isEmpty(), "the case ran no statement");
    for (const Recorded &statement : statements) {
        const QStringList plan = planOf(statement);
        QVERIFY2(!plan.isEmpty(), qPrintable(statement.sql));
        const QStringList found = problems(statement.sql, plan, query.demands);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1\n  in: %2\n  plan:\n    %3")
                                .arg(found.join(QStringLiteral("; ")), statement.sql,
                                     plan.join(QStringLiteral("\n    ")))));
    }
}

void TestQueryPlans::detectsAFullScan()
{
    // The check itself: what a missing index looks like must be caught, with or without an
    // alias, and an index search must pass.
    auto check = [this](const QString &sql, const QVariantList &binds, int demands) {
        return problems(sql, planOf({sql, binds}), demands);
    };
    QVERIFY(!check(QStringLiteral("SELECT count(*) FROM visits v WHERE v.duration_minutes = ?"),
                   {60}, NoFullScan)
                 .isEmpty());
    QVERIFY(!check(QStringLiteral("SELECT count(*) FROM visits WHERE duration_minutes = ?"), {60},
                   NoFullScan)
                 .isEmpty());
    QVERIFY(!check(QStringLiteral("SELECT count(*) FROM visits AS v WHERE v.duration_minutes > ?"),
                   {60}, NoFullScan)
                 .isEmpty());
    QVERIFY(!check(QStringLiteral("SELECT count(*) FROM household_members m WHERE m.role = ?"),
                   {QStringLiteral("child")}, NoFullScan)
                 .isEmpty());
    QVERIFY(!check(QStringLiteral("SELECT id FROM visits v ORDER BY v.starts_at LIMIT 5"), {},
                   SearchVisitsInOrder)
                 .isEmpty());
    QVERIFY(!check(QStringLiteral("SELECT id FROM visits v WHERE v.family_id = ? "
                                  "ORDER BY v.duration_minutes"),
                   {1}, SearchVisitsInOrder)
                 .isEmpty());
    QVERIFY(check(QStringLiteral("SELECT count(*) FROM visits v WHERE v.family_id = ?"), {1},
                  SearchVisitsInOrder)
                .isEmpty());
}

QList<Recorded> TestQueryPlans::record(const std::function<Status(Database &)> &run)
{
    QList<Recorded> statements;
    m_db->setStatementObserver([&](const QString &sql, const QVariantList &binds) {
        // Questions only: a SELECT, or one with a common table expression first.
        const QString text = sql.trimmed();
        if (text.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) ||
            text.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive))
            statements.append({sql, binds});
    });
    const Status done = run(*m_db);
    m_db->setStatementObserver({});
    if (!done) {
        qWarning("%s", qPrintable(done.message()));
        return {};
    }
    return statements;
}

QStringList TestQueryPlans::planOf(const Recorded &statement)
{
    // A query of its own, not Database::exec: the explained statement is not the one to cache.
    QSqlQuery query(m_db->connection());
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return {};
    }
    for (int i = 0; i < statement.binds.size(); ++i)
        query.bindValue(i, statement.binds.at(i));
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return {};
    }
    QStringList lines;
    while (query.next())
        lines << query.value(3).toString();
    return lines;
}

QStringList TestQueryPlans::problems(const QString &sql, const QStringList &plan, int demands) const
{
    // "SCAN v", "SCAN visits", "SCAN v USING INDEX visits_by_start",
    // "SEARCH v USING INDEX visits_by_family (family_id=?)", "USE TEMP B-TREE FOR ORDER BY".
    static const QRegularExpression access(QStringLiteral("^(SCAN|SEARCH) (\\S+)"));
    QStringList found;
    bool visitsSearched = false;
    bool visitsRead = false;
    for (const QString &line : plan) {
        if (line.startsWith(QLatin1String("USE TEMP B-TREE")) && (demands & SearchVisitsInOrder))
            found << QStringLiteral("sorts instead of reading in order (%1)").arg(line);
        const QRegularExpressionMatch match = access.match(line);
        if (!match.hasMatch())
            continue;
        const QString table = tableOf(match.captured(2), sql);
        if (table == QLatin1String("visits")) {
            visitsRead = true;
            if ((demands & SearchVisitsByFamily) && !line.contains(QLatin1String("family_id=")))
                found << QStringLiteral("visits not searched by family (%1)").arg(line);
            visitsSearched = visitsSearched || match.captured(1) == QLatin1String("SEARCH");
        }
        if (match.captured(1) != QLatin1String("SCAN") || !BigTables.contains(table))
            continue;
        const bool throughIndex = line.contains(QLatin1String(" USING "));
        if (table == QLatin1String("families") && (demands & MayScanFamilies))
            continue;
        if (!throughIndex)
            found << QStringLiteral("full scan of %1 (%2)").arg(table, line);
        else if (table == QLatin1String("visits") && (demands & SearchVisitsInOrder))
            found << QStringLiteral("walks a whole index of visits (%1)").arg(line);
    }
    if ((demands & SearchVisitsInOrder) && visitsRead && !visitsSearched)
        found << QStringLiteral("visits are not reached through an index search");
    return found;
}

QString TestQueryPlans::tableOf(const QString &target, const QString &sql) const
{
    // "FROM visits v" or "JOIN visits AS v": the alias stands for the table.
    const QRegularExpression alias(
        QStringLiteral("\\b(\\w+)\\s+(?:AS\\s+)?%1\\b").arg(QRegularExpression::escape(target)),
        QRegularExpression::CaseInsensitiveOption);
    for (QRegularExpressionMatchIterator it = alias.globalMatch(sql); it.hasNext();) {
        const QString table = it.next().captured(1).toLower();
        if (BigTables.contains(table) || table == QLatin1String("workers") ||
            table == QLatin1String("duos") || table == QLatin1String("organisations"))
            return table;
    }
    return target.toLower();
}

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "TestQueryPlans.moc"
