// The visit report: marking a visit done records presence, report and follow-ups in one
// transaction (a refused part leaves the visit planned, byte for byte); presence rules;
// cancelled and no-show with their reasons; correcting a report; undo through record() and
// restore(); and a no-show counting as a no-show in every figure, never as done.

#include "TestSupport.h"

#include "services/CaseloadReport.h"
#include "services/Statistics.h"
#include "storage/Database.h"
#include "storage/FollowUpStore.h"
#include "storage/GoalStore.h"
#include "storage/VisitReportStore.h"
#include "storage/VisitStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QDateTime VisitStart(QDate(2026, 3, 2), QTime(10, 0));
const QDateTime Now(QDate(2026, 3, 2), QTime(12, 0));
const QString Writer = QStringLiteral("Fatima El Amrani");
} // namespace

class TestVisitReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void completeRecordsEverything();
    void badPartLeavesVisitPlanned_data();
    void badPartLeavesVisitPlanned();
    void presenceRules_data();
    void presenceRules();
    void completeOnlyOnce();
    void cancelAndNoShowNeedReason_data();
    void cancelAndNoShowNeedReason();
    void doneVisitIsNotCancelled();
    void editCorrectsReportAndFollowUps();
    void restoreUndoesAndRedoes();
    void goalsOfTheVisitDay();
    void noShowCountsAsNoShow();

private:
    qint64 planVisit(const QDateTime &start = VisitStart);
    qint64 addGoal(const QString &description, const QDate &setOn, LifeDomain domain);
    // A complete, valid outcome for `visitId`: both of the duo and the parent present, a task
    // split, two topics and one follow-up for the professional.
    VisitOutcome outcome(qint64 visitId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_f;
};

void TestVisitReport::initTestCase_data()
{
    TestSupport::engines();
}

void TestVisitReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVisitReport::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("report.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
}

void TestVisitReport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestVisitReport::planVisit(const QDateTime &start)
{
    Visit v;
    v.familyId = m_f.family.id;
    v.duoId = m_f.duoA;
    v.start = start;
    auto id = VisitStore(*m_db).add(v);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    return id ? id.value() : 0;
}

qint64 TestVisitReport::addGoal(const QString &description, const QDate &setOn, LifeDomain domain)
{
    Goal g;
    g.familyId = m_f.family.id;
    g.description = description;
    g.domain = domain;
    g.startScore = 2;
    g.setOn = setOn;
    auto added = GoalStore(*m_db).add(g, QDate(2026, 11, 23));
    if (!added)
        qWarning("%s", qPrintable(added.message()));
    return added ? added->id : 0;
}

VisitOutcome TestVisitReport::outcome(qint64 visitId) const
{
    VisitOutcome o;
    o.visitId = visitId;
    o.trustedPersonPresent = true;
    o.professionalPresent = true;
    o.presentMemberIds = {m_f.parent};
    o.report.trustedPersonTasks = QStringLiteral("Vertaalde de brief van de woningcorporatie.");
    o.report.professionalTasks = QStringLiteral("Maakte een afbetalingsplan met moeder.");
    o.report.topics = {LifeDomain::Finances, LifeDomain::Housing};
    o.report.notes = QStringLiteral("Nora was opgelucht.");
    FollowUp f;
    f.description = QStringLiteral("Budgetcoach bellen");
    f.ownerId = m_f.professionalA;
    f.dueOn = QDate(2026, 3, 9);
    o.followUps = {f};
    return o;
}

void TestVisitReport::completeRecordsEverything()
{
    const qint64 goal =
        addGoal(QStringLiteral("Huur op tijd betalen"), QDate(2026, 2, 10), LifeDomain::Finances);
    QVERIFY(goal > 0);
    const qint64 visitId = planVisit();
    QVERIFY(visitId > 0);
    VisitOutcome o = outcome(visitId);
    o.presentMemberIds = {m_f.child, m_f.parent};
    o.report.goalIds = {goal};
    FollowUp second;
    second.description = QStringLiteral("Schoolmaatschappelijk werk vragen");
    second.ownerId = m_f.trustedA;
    second.dueOn = QDate(2026, 3, 2); // the visit's own day is fine
    o.followUps << second;
    DC_VERIFY_OK(VisitReportStore(*m_db).complete(o, Writer, Now));

    auto visit = VisitStore(*m_db).get(visitId);
    DC_VERIFY_OK(visit);
    QCOMPARE(visit->status, VisitStatus::Done);
    QVERIFY(visit->trustedPersonPresent);
    QVERIFY(visit->professionalPresent);
    QCOMPARE(visit->presentMemberIds, (QList<qint64>{m_f.parent, m_f.child}));

    auto report = VisitReportStore(*m_db).report(visitId);
    DC_VERIFY_OK(report);
    QVERIFY(report->has_value());
    const VisitReport &r = *report.value();
    QCOMPARE(r.trustedPersonTasks, o.report.trustedPersonTasks);
    QCOMPARE(r.professionalTasks, o.report.professionalTasks);
    QCOMPARE(r.topics, (QList<LifeDomain>{LifeDomain::Finances, LifeDomain::Housing}));
    QCOMPARE(r.goalIds, (QList<qint64>{goal}));
    QCOMPARE(r.notes, o.report.notes);
    QCOMPARE(r.writtenBy, Writer);
    QCOMPARE(r.writtenAt, Now);

    auto followUps = FollowUpStore(*m_db).forVisit(visitId);
    DC_VERIFY_OK(followUps);
    QCOMPARE(followUps->size(), 2);
    QCOMPARE(followUps->at(0).description, QStringLiteral("Budgetcoach bellen"));
    QCOMPARE(followUps->at(0).ownerName, QStringLiteral("Marieke van Dijk"));
    QCOMPARE(followUps->at(0).familyId, m_f.family.id);
    QCOMPARE(followUps->at(0).caseCode, m_f.family.caseCode);
    QVERIFY(followUps->at(0).doneOn.isNull());
    // What the professional's Today page lists a week later: theirs only.
    auto due = FollowUpStore(*m_db).dueFor(m_f.professionalA, QDate(2026, 3, 9));
    DC_VERIFY_OK(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->at(0).id, followUps->at(0).id);
}

void TestVisitReport::badPartLeavesVisitPlanned_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("problem");
    QTest::newRow("owner outside the duo")
        << QStringLiteral("owner") << QStringLiteral("belongs to Fatima El Amrani or Marieke");
    QTest::newRow("due before the visit") << QStringLiteral("due") << QStringLiteral("before");
    QTest::newRow("second follow-up without text")
        << QStringLiteral("empty") << QStringLiteral("needs a description");
    QTest::newRow("goal of another family")
        << QStringLiteral("goal") << QStringLiteral("not a goal of the family");
    QTest::newRow("member of another family")
        << QStringLiteral("member") << QStringLiteral("not a member of the family");
    QTest::newRow("follow-up of another visit")
        << QStringLiteral("foreign") << QStringLiteral("another visit");
}

void TestVisitReport::badPartLeavesVisitPlanned()
{
    QFETCH(QString, part);
    QFETCH(QString, problem);
    const qint64 visitId = planVisit();
    QVERIFY(visitId > 0);
    // Another family with a goal, a member and a done visit with a follow-up, to point at.
    auto other = FamilyStore(*m_db).add(family(QStringLiteral("Şahin"), QDate(2026, 1, 20)));
    DC_VERIFY_OK(other);
    DC_VERIFY_OK(AssignmentStore(*m_db).assign(other->id, m_f.duoB, QDate(2026, 2, 1)));
    HouseholdMember stranger;
    stranger.familyId = other->id;
    stranger.firstName = QStringLiteral("Emre");
    auto strangerId = FamilyStore(*m_db).addMember(stranger);
    DC_VERIFY_OK(strangerId);
    Goal foreignGoal;
    foreignGoal.familyId = other->id;
    foreignGoal.description = QStringLiteral("Naar school gaan");
    foreignGoal.setOn = QDate(2026, 2, 1);
    foreignGoal.startScore = 2;
    auto foreignGoalId = GoalStore(*m_db).add(foreignGoal, Now.date());
    DC_VERIFY_OK(foreignGoalId);
    Visit otherVisit;
    otherVisit.familyId = other->id;
    otherVisit.duoId = m_f.duoB;
    otherVisit.start = QDateTime(QDate(2026, 2, 24), QTime(9, 0));
    auto otherVisitId = VisitStore(*m_db).add(otherVisit);
    DC_VERIFY_OK(otherVisitId);
    VisitOutcome otherOutcome;
    otherOutcome.visitId = otherVisitId.value();
    otherOutcome.trustedPersonPresent = true;
    FollowUp theirs;
    theirs.description = QStringLiteral("Leerplicht bellen");
    theirs.ownerId = m_f.trustedB;
    theirs.dueOn = QDate(2026, 3, 3);
    otherOutcome.followUps = {theirs};
    DC_VERIFY_OK(VisitReportStore(*m_db).complete(otherOutcome, Writer, Now));
    auto theirStored = FollowUpStore(*m_db).forVisit(otherVisitId.value());
    DC_VERIFY_OK(theirStored);

    VisitOutcome o = outcome(visitId);
    FollowUp extra;
    extra.description = QStringLiteral("Huisarts bellen");
    extra.ownerId = m_f.trustedA;
    extra.dueOn = QDate(2026, 3, 5);
    if (part == QLatin1String("owner"))
        extra.ownerId = m_f.professionalB;
    else if (part == QLatin1String("due"))
        extra.dueOn = QDate(2026, 3, 1);
    else if (part == QLatin1String("empty"))
        extra.description = QStringLiteral("  ");
    else if (part == QLatin1String("goal"))
        o.report.goalIds = {foreignGoalId->id};
    else if (part == QLatin1String("member"))
        o.presentMemberIds << strangerId.value();
    else if (part == QLatin1String("foreign"))
        extra = theirStored->constFirst();
    o.followUps << extra;

    const QByteArray before = contentHash(*m_db);
    const Status refused = VisitReportStore(*m_db).complete(o, Writer, Now);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.message().contains(problem), qPrintable(refused.message()));
    // All or nothing: the visit is planned as before, without report, presence or follow-ups.
    QCOMPARE(contentHash(*m_db), before);
    QCOMPARE(VisitStore(*m_db).get(visitId)->status, VisitStatus::Planned);
}

void TestVisitReport::presenceRules_data()
{
    QTest::addColumn<bool>("trustedPerson");
    QTest::addColumn<bool>("professional");
    QTest::addColumn<bool>("member");
    QTest::addColumn<int>("startsInMinutes"); // relative to now
    QTest::addColumn<QString>("problem");     // empty: accepted
    const QString nobody = QStringLiteral("needs the trusted person, the professional or both");
    const QString future = QStringLiteral("has not taken place yet");
    QTest::newRow("both") << true << true << true << -120 << QString();
    QTest::newRow("trusted person alone") << true << false << false << -120 << QString();
    QTest::newRow("professional alone") << false << true << true << -120 << QString();
    QTest::newRow("only the family") << false << false << true << -120 << nobody;
    QTest::newRow("nobody") << false << false << false << -120 << nobody;
    QTest::newRow("started a minute ago") << true << true << false << -1 << QString();
    QTest::newRow("starts in a minute") << true << true << false << 1 << future;
    QTest::newRow("next week") << true << true << true << 7 * 24 * 60 << future;
}

void TestVisitReport::presenceRules()
{
    QFETCH(bool, trustedPerson);
    QFETCH(bool, professional);
    QFETCH(bool, member);
    QFETCH(int, startsInMinutes);
    QFETCH(QString, problem);
    const qint64 visitId = planVisit(Now.addSecs(60 * startsInMinutes));
    QVERIFY(visitId > 0);
    VisitOutcome o = outcome(visitId);
    o.trustedPersonPresent = trustedPerson;
    o.professionalPresent = professional;
    o.presentMemberIds = member ? QList<qint64>{m_f.parent} : QList<qint64>{};
    o.followUps.clear();
    const Status done = VisitReportStore(*m_db).complete(o, Writer, Now);
    QCOMPARE(done.ok(), problem.isEmpty());
    if (!problem.isEmpty()) {
        QVERIFY2(done.message().contains(problem), qPrintable(done.message()));
        QCOMPARE(VisitStore(*m_db).get(visitId)->status, VisitStatus::Planned);
        QCOMPARE(rowCount(*m_db, QStringLiteral("visit_reports")), 0);
    }
}

void TestVisitReport::completeOnlyOnce()
{
    const qint64 visitId = planVisit();
    VisitReportStore store(*m_db);
    DC_VERIFY_OK(store.complete(outcome(visitId), Writer, Now));
    const Status again = store.complete(outcome(visitId), Writer, Now);
    QVERIFY(!again.ok());
    QVERIFY2(again.message().contains(QStringLiteral("correct its report")),
             qPrintable(again.message()));
    QVERIFY(!store.edit(outcome(planVisit(VisitStart.addDays(-7))), Writer, Now).ok());
    QVERIFY(!store.complete(outcome(visitId + 100), Writer, Now).ok());
    QVERIFY(!store.complete(outcome(planVisit(VisitStart.addDays(-14))), QStringLiteral(" "), Now)
                 .ok());
}

void TestVisitReport::cancelAndNoShowNeedReason_data()
{
    QTest::addColumn<VisitStatus>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("startsInDays"); // relative to now
    QTest::addColumn<bool>("accepted");
    QTest::newRow("cancelled with reason")
        << VisitStatus::Cancelled << QStringLiteral("Moeder ziek") << -1 << true;
    QTest::newRow("cancelled ahead of time")
        << VisitStatus::Cancelled << QStringLiteral("Suikerfeest") << 5 << true;
    QTest::newRow("cancelled without reason") << VisitStatus::Cancelled << QString() << -1 << false;
    QTest::newRow("cancelled with spaces only")
        << VisitStatus::Cancelled << QStringLiteral("   ") << -1 << false;
    QTest::newRow("no-show with reason")
        << VisitStatus::NoShow << QStringLiteral("Niemand deed open") << -1 << true;
    QTest::newRow("no-show without reason") << VisitStatus::NoShow << QString() << -1 << false;
    // Nobody can have been found not at home at a visit still to come.
    QTest::newRow("no-show ahead of time")
        << VisitStatus::NoShow << QStringLiteral("Niemand deed open") << 2 << false;
}

void TestVisitReport::cancelAndNoShowNeedReason()
{
    QFETCH(VisitStatus, status);
    QFETCH(QString, reason);
    QFETCH(int, startsInDays);
    QFETCH(bool, accepted);
    const qint64 visitId = planVisit(Now.addDays(startsInDays));
    QVERIFY(visitId > 0);
    VisitReportStore store(*m_db);
    const Status set = status == VisitStatus::Cancelled ? store.cancel(visitId, reason)
                                                        : store.markNoShow(visitId, reason, Now);
    QCOMPARE(set.ok(), accepted);
    auto visit = VisitStore(*m_db).get(visitId);
    DC_VERIFY_OK(visit);
    QCOMPARE(visit->status, accepted ? status : VisitStatus::Planned);
    QCOMPARE(visit->statusReason, accepted ? reason.trimmed() : QString());
    if (accepted) {
        // A missed visit can still turn out to have happened after all; the reason then goes.
        DC_VERIFY_OK(store.complete(outcome(visitId), Writer, Now.addDays(qMax(0, startsInDays))));
        QCOMPARE(VisitStore(*m_db).get(visitId)->statusReason, QString());
    }
}

void TestVisitReport::doneVisitIsNotCancelled()
{
    const qint64 visitId = planVisit();
    VisitReportStore store(*m_db);
    DC_VERIFY_OK(store.complete(outcome(visitId), Writer, Now));
    const QByteArray before = contentHash(*m_db);
    QVERIFY(!store.cancel(visitId, QStringLiteral("Vergissing")).ok());
    QVERIFY(!store.markNoShow(visitId, QStringLiteral("Vergissing"), Now).ok());
    QVERIFY(
        !VisitStore(*m_db).setStatus(visitId, VisitStatus::Cancelled, QStringLiteral("X")).ok());
    QCOMPARE(contentHash(*m_db), before);
}

void TestVisitReport::editCorrectsReportAndFollowUps()
{
    const qint64 visitId = planVisit();
    VisitReportStore store(*m_db);
    VisitOutcome o = outcome(visitId);
    FollowUp second;
    second.description = QStringLiteral("Formulier toeslagen invullen");
    second.ownerId = m_f.trustedA;
    second.dueOn = QDate(2026, 3, 6);
    o.followUps << second;
    DC_VERIFY_OK(store.complete(o, Writer, Now));
    auto stored = FollowUpStore(*m_db).forVisit(visitId);
    DC_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 2);

    // The professional corrects it the next day: she came alone, the first follow-up moves to
    // the trusted person, the second is dropped and a third is added.
    VisitOutcome corrected = o;
    corrected.trustedPersonPresent = false;
    corrected.presentMemberIds = {};
    corrected.report.notes = QStringLiteral("Alleen de professional kon komen.");
    corrected.followUps = {stored->at(0)};
    corrected.followUps[0].ownerId = m_f.trustedA;
    FollowUp third;
    third.description = QStringLiteral("Afspraak bij de huisarts maken");
    third.ownerId = m_f.professionalA;
    third.dueOn = QDate(2026, 3, 10);
    corrected.followUps << third;
    const QDateTime later = Now.addDays(1);
    DC_VERIFY_OK(store.edit(corrected, QStringLiteral("Marieke van Dijk"), later));

    auto visit = VisitStore(*m_db).get(visitId);
    QVERIFY(!visit->trustedPersonPresent);
    QVERIFY(visit->professionalPresent);
    QVERIFY(visit->presentMemberIds.isEmpty());
    auto report = store.report(visitId);
    DC_VERIFY_OK(report);
    QCOMPARE(report.value()->notes, corrected.report.notes);
    QCOMPARE(report.value()->writtenBy, QStringLiteral("Marieke van Dijk"));
    QCOMPARE(report.value()->writtenAt, later);
    auto after = FollowUpStore(*m_db).forVisit(visitId);
    DC_VERIFY_OK(after);
    QCOMPARE(after->size(), 2);
    QCOMPARE(after->at(0).id, stored->at(0).id);
    QCOMPARE(after->at(0).ownerId, m_f.trustedA);
    QCOMPARE(after->at(1).description, third.description);
    // The dropped one is gone from the family too (its id may be taken by the new one).
    auto ofFamily = FollowUpStore(*m_db).forFamily(m_f.family.id);
    DC_VERIFY_OK(ofFamily);
    QCOMPARE(ofFamily->size(), 2);
    for (const FollowUp &f : ofFamily.value())
        QVERIFY(f.description != second.description);
}

void TestVisitReport::restoreUndoesAndRedoes()
{
    const qint64 visitId = planVisit();
    VisitReportStore store(*m_db);
    const QByteArray plannedHash = contentHash(*m_db);
    auto planned = store.record(visitId);
    DC_VERIFY_OK(planned);
    QVERIFY(!planned->report.has_value());

    VisitOutcome o = outcome(visitId);
    o.presentMemberIds = {m_f.parent, m_f.child};
    DC_VERIFY_OK(store.complete(o, Writer, Now));
    const QByteArray doneHash = contentHash(*m_db);
    auto done = store.record(visitId);
    DC_VERIFY_OK(done);
    QVERIFY(done->report.has_value());
    QCOMPARE(done->followUps.size(), 1);
    // A follow-up ticked off later is part of what a redo must bring back.
    DC_VERIFY_OK(FollowUpStore(*m_db).setDone(done->followUps.at(0).id, QDate(2026, 3, 8)));
    auto ticked = store.record(visitId);
    DC_VERIFY_OK(ticked);
    const QByteArray tickedHash = contentHash(*m_db);
    QVERIFY(doneHash != tickedHash);

    DC_VERIFY_OK(store.restore(planned.value()));
    QCOMPARE(contentHash(*m_db), plannedHash);
    DC_VERIFY_OK(store.restore(ticked.value()));
    QCOMPARE(contentHash(*m_db), tickedHash);

    // The same for a no-show taken back.
    const qint64 second = planVisit(VisitStart.addDays(-7));
    const QByteArray beforeNoShow = contentHash(*m_db);
    auto beforeRecord = store.record(second);
    DC_VERIFY_OK(beforeRecord);
    DC_VERIFY_OK(store.markNoShow(second, QStringLiteral("Niemand thuis"), Now));
    DC_VERIFY_OK(store.restore(beforeRecord.value()));
    QCOMPARE(contentHash(*m_db), beforeNoShow);
}

void TestVisitReport::goalsOfTheVisitDay()
{
    const qint64 old =
        addGoal(QStringLiteral("Schulden in beeld"), QDate(2026, 2, 1), LifeDomain::Finances);
    const qint64 ended =
        addGoal(QStringLiteral("Verhuizing regelen"), QDate(2026, 2, 1), LifeDomain::Housing);
    const qint64 later = addGoal(QStringLiteral("Sporten"), QDate(2026, 3, 5), LifeDomain::TimeUse);
    QVERIFY(old > 0 && ended > 0 && later > 0);
    DC_VERIFY_OK(GoalStore(*m_db).end(ended, QDate(2026, 2, 20), Now.date().addDays(10)));
    const qint64 visitId = planVisit();
    VisitReportStore store(*m_db);
    auto goals = store.goalsFor(visitId);
    DC_VERIFY_OK(goals);
    QCOMPARE(goals->size(), 1);
    QCOMPARE(goals->at(0).id, old);
    QCOMPARE(goals->at(0).domain, LifeDomain::Finances);
}

void TestVisitReport::noShowCountsAsNoShow()
{
    VisitReportStore store(*m_db);
    const qint64 done = planVisit(VisitStart.addDays(-21));
    const qint64 noShow = planVisit(VisitStart.addDays(-14));
    const qint64 cancelled = planVisit(VisitStart.addDays(-7));
    planVisit(VisitStart.addDays(7));
    DC_VERIFY_OK(store.complete(outcome(done), Writer, Now));
    DC_VERIFY_OK(store.markNoShow(noShow, QStringLiteral("Niemand deed open"), Now));
    DC_VERIFY_OK(store.cancel(cancelled, QStringLiteral("Kind ziek")));

    auto counts = Statistics::count(*m_db);
    DC_VERIFY_OK(counts);
    QCOMPARE(counts->visits, 4);
    QCOMPARE(counts->visitsDone, 1);
    QCOMPARE(counts->visitsNoShow, 1);
    QCOMPARE(counts->visitsCancelled, 1);
    QCOMPARE(counts->visitsPlanned, 1);
    const QJsonObject visits = counts->toJson().value(QStringLiteral("visits")).toObject();
    QCOMPARE(visits.value(QStringLiteral("done")).toInt(), 1);
    QCOMPARE(visits.value(QStringLiteral("no_show")).toInt(), 1);

    // The visit log's filter and count: a no-show is never among the done visits.
    VisitFilter filter;
    filter.familyId = m_f.family.id;
    filter.status = VisitStatus::Done;
    QCOMPARE(VisitStore(*m_db).count(filter).value(), 1);
    auto donePage = VisitStore(*m_db).page(filter, std::nullopt, 10);
    DC_VERIFY_OK(donePage);
    QCOMPARE(donePage->size(), 1);
    QCOMPARE(donePage->at(0).id, done);
    filter.status = VisitStatus::NoShow;
    QCOMPARE(VisitStore(*m_db).count(filter).value(), 1);
    // Nobody was there, so nobody is recorded as present, and there is no report.
    auto missed = VisitStore(*m_db).get(noShow);
    QVERIFY(!missed->trustedPersonPresent && !missed->professionalPresent);
    QVERIFY(!store.report(noShow)->has_value());

    // Caseloads count families carried, not visits: a no-show neither adds nor removes one.
    auto caseloads = CaseloadReport(*m_db).workers(Now.date());
    DC_VERIFY_OK(caseloads);
    for (const WorkerCaseload &w : caseloads.value())
        if (w.workerId == m_f.trustedA || w.workerId == m_f.professionalA)
            QCOMPARE(w.activeFamilies, 1);
}

QTEST_GUILESS_MAIN(TestVisitReport)
#include "TestVisitReport.moc"
