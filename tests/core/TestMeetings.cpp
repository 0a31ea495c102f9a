// Case consultations, the family's network map and the care for trusted persons (issue 16), on
// both engines: a consultation recorded whole stops a form of support and puts a follow-up on its
// owner's Today page, its undo takes all of it back and its redo brings it back with its own ids;
// every refusal is one sentence with nothing stored (data-driven); the network map's entries are
// kept by ring and angle; training and debriefs follow their rules and add up to the caseload
// page's summary.

#include "TestSupport.h"

#include "domain/MeetingRules.h"
#include "storage/Database.h"
#include "storage/DebriefStore.h"
#include "storage/FollowUpStore.h"
#include "storage/MeetingStore.h"
#include "storage/NetworkMapStore.h"
#include "storage/SupportStore.h"
#include "storage/TrainingStore.h"
#include "storage/VisitStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QDate Today(2026, 5, 15);
const QDate HeldOn(2026, 5, 12);
} // namespace

class TestMeetings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void consultationStopsSupport();
    void consultationUndoAndRedo();
    void meetingRefused_data();
    void meetingRefused();
    void partnerTakesTheOrganisationsContact();
    void familyListsItsConsultations();
    void mapKeptByRingAndAngle();
    void mapRefused_data();
    void mapRefused();
    void mapUndo();
    void trainingRefused_data();
    void trainingRefused();
    void debriefAskedAndHeld();
    void debriefRefused_data();
    void debriefRefused();
    void careSummaries();

private:
    qint64 addSupport(const QString &what);
    Meeting consultation(qint64 supportId) const;
    qint64 visit(VisitStatus status, const QDate &day);
    int stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_f;
    qint64 m_noContact = 0; // an organisation without a contact person
};

void TestMeetings::initTestCase_data()
{
    TestSupport::engines();
}

void TestMeetings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMeetings::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("meetings.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
    Organisation school =
        organisation(QStringLiteral("Basisschool De Zon"), OrganisationKind::Community);
    school.contactName.clear();
    auto added = OrganisationStore(*m_db).add(school);
    DC_VERIFY_OK(added);
    m_noContact = added.value();
}

void TestMeetings::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestMeetings::addSupport(const QString &what)
{
    Support s;
    s.familyId = m_f.family.id;
    s.kind = SupportKind::SocialDistrictTeam;
    s.provider = QStringLiteral("Wijkteam Overvecht");
    s.what = what;
    s.from = QDate(2026, 2, 1);
    auto id = SupportStore(*m_db).add(s);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    return id ? id.value() : 0;
}

// A consultation with the duo and one partner that stops the support, decides a referral and
// gives the trusted person a follow-up.
Meeting TestMeetings::consultation(qint64 supportId) const
{
    Meeting m;
    m.kind = MeetingKind::Consultation;
    m.heldOn = HeldOn;
    m.title = QStringLiteral("Casuïstiekoverleg Overvecht");
    m.workerIds = {m_f.trustedA, m_f.professionalA};
    m.partners = {MeetingPartner{m_f.provider, QStringLiteral("Kees Jansen"), {}, {}}};
    MeetingFamily family;
    family.familyId = m_f.family.id;
    family.question = QStringLiteral("Helpt de schuldhulp nog?");
    family.advice = QStringLiteral("Stoppen; budgetcoach via de moskee");
    SupportReview stop;
    stop.supportId = supportId;
    stop.helps = Helps::No;
    stop.decision = Decision::Stop;
    stop.reason = QStringLiteral("Geen afspraken nagekomen");
    family.reviews = {stop};
    family.decisions = {
        MeetingDecision{0, MeetingDecisionKind::Referral, QStringLiteral("Budgetcoach vragen")}};
    FollowUp followUp;
    followUp.description = QStringLiteral("Budgetcoach bellen");
    followUp.ownerId = m_f.trustedA;
    followUp.dueOn = QDate(2026, 5, 19);
    family.followUps = {followUp};
    m.families = {family};
    return m;
}

qint64 TestMeetings::visit(VisitStatus status, const QDate &day)
{
    Visit v;
    v.familyId = m_f.family.id;
    v.duoId = m_f.duoA;
    v.start = QDateTime(day, QTime(10, 0));
    v.status = status;
    v.trustedPersonPresent = status == VisitStatus::Done;
    v.professionalPresent = status == VisitStatus::Done;
    v.statusReason = status == VisitStatus::Cancelled ? QStringLiteral("Ziek") : QString();
    auto id = VisitStore(*m_db).add(v);
    if (!id)
        qWarning("%s", qPrintable(id.message()));
    return id ? id.value() : 0;
}

// Rows in every table a meeting writes to.
int TestMeetings::stored() const
{
    int rows = 0;
    for (const char *table : {"meetings", "meeting_workers", "meeting_partners", "meeting_families",
                              "meeting_decisions", "support_reviews", "follow_ups"})
        rows += rowCount(*m_db, QLatin1String(table));
    return rows;
}

void TestMeetings::consultationStopsSupport()
{
    const qint64 supportId = addSupport(QStringLiteral("Schuldhulp"));
    QVERIFY(supportId > 0);
    auto recorded = MeetingStore(*m_db).record(consultation(supportId), Today);
    DC_VERIFY_OK(recorded);
    QVERIFY(recorded->id > 0);
    QCOMPARE(recorded->families.size(), 1);
    QVERIFY(recorded->families[0].id > 0);
    QVERIFY(recorded->families[0].reviews[0].endedSupport);

    // The stop ends the support on the meeting's day; the review remembers the meeting.
    auto stopped = SupportStore(*m_db).get(supportId);
    DC_VERIFY_OK(stopped);
    QCOMPARE(stopped->until, HeldOn);

    // The follow-up lands on its owner's Today page.
    auto due = FollowUpStore(*m_db).dueFor(m_f.trustedA, Today.addDays(7));
    DC_VERIFY_OK(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->at(0).description, QStringLiteral("Budgetcoach bellen"));
    QCOMPARE(due->at(0).meetingId, recorded->id);

    // Read back whole.
    auto read = MeetingStore(*m_db).get(recorded->id);
    DC_VERIFY_OK(read);
    QCOMPARE(read->kind, MeetingKind::Consultation);
    QCOMPARE(read->heldOn, HeldOn);
    QCOMPARE(read->workerIds.size(), 2);
    QCOMPARE(read->partners.size(), 1);
    QCOMPARE(read->partners[0].contactName, QStringLiteral("Kees Jansen"));
    QCOMPARE(read->partners[0].organisationName, QStringLiteral("Gezinskracht Utrecht"));
    QCOMPARE(read->families.size(), 1);
    const MeetingFamily &family = read->families[0];
    QCOMPARE(family.caseCode, m_f.family.caseCode);
    QCOMPARE(family.advice, QStringLiteral("Stoppen; budgetcoach via de moskee"));
    QCOMPARE(family.reviews.size(), 1);
    QCOMPARE(family.reviews[0].decision, Decision::Stop);
    QCOMPARE(family.reviews[0].meetingId, recorded->id);
    QCOMPARE(family.decisions.size(), 1);
    QCOMPARE(family.decisions[0].kind, MeetingDecisionKind::Referral);
    QCOMPARE(family.followUps.size(), 1);

    auto held = MeetingStore(*m_db).held(QDate(2026, 5, 1), Today);
    DC_VERIFY_OK(held);
    QCOMPARE(held->size(), 1);
    QCOMPARE(held->at(0).families.at(0).caseCode, m_f.family.caseCode);
}

void TestMeetings::consultationUndoAndRedo()
{
    const qint64 supportId = addSupport(QStringLiteral("Schuldhulp"));
    const int before = stored();
    auto recorded = MeetingStore(*m_db).record(consultation(supportId), Today);
    DC_VERIFY_OK(recorded);
    const QByteArray after = contentHash(*m_db);

    DC_VERIFY_OK(MeetingStore(*m_db).remove(recorded.value()));
    QCOMPARE(stored(), before);
    auto reopened = SupportStore(*m_db).get(supportId);
    DC_VERIFY_OK(reopened);
    QVERIFY(!reopened->until.isValid());
    auto due = FollowUpStore(*m_db).dueFor(m_f.trustedA, Today.addDays(7));
    DC_VERIFY_OK(due);
    QVERIFY(due->isEmpty());

    DC_VERIFY_OK(MeetingStore(*m_db).restore(recorded.value()));
    QCOMPARE(contentHash(*m_db), after);
    auto again = MeetingStore(*m_db).get(recorded->id);
    DC_VERIFY_OK(again);
    QCOMPARE(again->families[0].followUps[0].id, recorded->families[0].followUps[0].id);
    auto stopped = SupportStore(*m_db).get(supportId);
    DC_VERIFY_OK(stopped);
    QCOMPARE(stopped->until, HeldOn);
}

void TestMeetings::meetingRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("no families") << "no families"
                                 << "Add the families discussed at the case consultation.";
    QTest::newRow("to come") << "to come"
                             << "The meeting is dated 16/05/2026, a day still to come: record it "
                                "once it was held.";
    QTest::newRow("nobody") << "nobody"
                            << "Say who was at the meeting.";
    QTest::newRow("no question") << "no question"
                                 << "Give the question brought in for the family %1.";
    QTest::newRow("family twice") << "family twice"
                                  << "The family %1 is listed twice.";
    QTest::newRow("partner without contact")
        << "partner without contact"
        << "Say who came to the meeting for Basisschool De Zon: the organisation has no contact "
           "person.";
    QTest::newRow("follow-up without owner") << "follow-up without owner"
                                             << "The follow-up action \"Budgetcoach bellen\" "
                                                "needs an owner.";
    QTest::newRow("families at a lunch") << "families at a lunch"
                                         << "Families are discussed at a case consultation, not at "
                                            "a \"Network meeting of trusted persons\".";
    QTest::newRow("support of another family")
        << "support of another family"
        << "The support \"Taalles\" is not of the family %1.";
    QTest::newRow("control character") << "control character"
                                       << "The text holds a control character (U+0007) that "
                                          "cannot be stored; remove it.";
}

void TestMeetings::meetingRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    const qint64 supportId = addSupport(QStringLiteral("Schuldhulp"));
    Meeting m = consultation(supportId);
    if (change == QLatin1String("no families"))
        m.families.clear();
    else if (change == QLatin1String("to come"))
        m.heldOn = Today.addDays(1);
    else if (change == QLatin1String("nobody")) {
        m.workerIds.clear();
        m.partners.clear();
    } else if (change == QLatin1String("no question"))
        m.families[0].question = QStringLiteral("  ");
    else if (change == QLatin1String("family twice"))
        m.families << m.families[0];
    else if (change == QLatin1String("partner without contact"))
        m.partners << MeetingPartner{m_noContact, {}, {}, {}};
    else if (change == QLatin1String("follow-up without owner"))
        m.families[0].followUps[0].ownerId = 0;
    else if (change == QLatin1String("families at a lunch"))
        m.kind = MeetingKind::Network;
    else if (change == QLatin1String("support of another family")) {
        FamilyStore families(*m_db);
        auto other = families.add(family(QStringLiteral("Öztürk-Yılmaz & Dağ"), QDate(2026, 1, 9)));
        DC_VERIFY_OK(other);
        Support s;
        s.familyId = other->id;
        s.kind = SupportKind::SchoolSupport;
        s.provider = QStringLiteral("School");
        s.what = QStringLiteral("Taalles");
        s.from = QDate(2026, 2, 1);
        auto otherSupport = SupportStore(*m_db).add(s);
        DC_VERIFY_OK(otherSupport);
        m.families[0].reviews[0].supportId = otherSupport.value();
    } else if (change == QLatin1String("control character"))
        m.families[0].advice = QStringLiteral("Stop\a");
    if (message.contains(QLatin1String("%1")))
        message = message.arg(m_f.family.caseCode);

    const int before = stored();
    const QByteArray hash = contentHash(*m_db);
    auto recorded = MeetingStore(*m_db).record(m, Today);
    QVERIFY(!recorded);
    QCOMPARE(recorded.message(), message);
    QCOMPARE(stored(), before);
    QCOMPARE(contentHash(*m_db), hash);
}

void TestMeetings::partnerTakesTheOrganisationsContact()
{
    Meeting m;
    m.kind = MeetingKind::Collaboration;
    m.heldOn = HeldOn;
    m.notes = QStringLiteral("Afspraken over de intake");
    m.partners = {MeetingPartner{m_f.community, {}, {}, {}},
                  MeetingPartner{m_f.provider, {}, {}, {}}};
    auto recorded = MeetingStore(*m_db).record(m, Today);
    DC_VERIFY_OK(recorded);
    auto read = MeetingStore(*m_db).get(recorded->id);
    DC_VERIFY_OK(read);
    QCOMPARE(read->partners.size(), 2);
    for (const MeetingPartner &partner : read->partners)
        QCOMPARE(partner.contactName, QStringLiteral("Anna de Wit"));
    QCOMPARE(read->notes, m.notes);
}

void TestMeetings::familyListsItsConsultations()
{
    const qint64 supportId = addSupport(QStringLiteral("Schuldhulp"));
    DC_VERIFY_OK(MeetingStore(*m_db).record(consultation(supportId), Today));
    Meeting earlier = consultation(supportId);
    earlier.heldOn = QDate(2026, 4, 2);
    earlier.families[0].reviews.clear();
    earlier.families[0].question = QStringLiteral("Welke steun past?");
    DC_VERIFY_OK(MeetingStore(*m_db).record(earlier, Today));

    auto listed = MeetingStore(*m_db).forFamily(m_f.family.id);
    DC_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).heldOn, HeldOn);
    QCOMPARE(listed->at(0).decisions, 2); // the stop and the referral
    QCOMPARE(listed->at(1).question, QStringLiteral("Welke steun past?"));
    QCOMPARE(listed->at(1).decisions, 1);
}

void TestMeetings::mapKeptByRingAndAngle()
{
    NetworkMapStore store(*m_db);
    NetworkMapEntry grandma;
    grandma.familyId = m_f.family.id;
    grandma.kind = MapKind::Relative;
    grandma.role = QStringLiteral("oma");
    grandma.name = QStringLiteral("Fatma");
    grandma.closeness = 1;
    grandma.angle = 400; // kept as 40
    auto first = store.add(grandma);
    DC_VERIFY_OK(first);
    NetworkMapEntry school;
    school.familyId = m_f.family.id;
    school.kind = MapKind::School;
    school.name = QStringLiteral("Basisschool De Zon");
    school.closeness = 3;
    school.tie = Tie::Strained;
    school.supportive = false;
    school.angle = -90; // kept as 270
    auto second = store.add(school);
    DC_VERIFY_OK(second);

    auto map = store.forFamily(m_f.family.id);
    DC_VERIFY_OK(map);
    QCOMPARE(map->size(), 2);
    QCOMPARE(map->at(0).id, first.value());
    QCOMPARE(map->at(0).angle, 40.0);
    QCOMPARE(map->at(1).angle, 270.0);
    QCOMPARE(map->at(1).tie, Tie::Strained);
    QVERIFY(!map->at(1).supportive);

    // A drag: another ring, another place.
    NetworkMapEntry dragged = map->at(1);
    dragged.closeness = 2;
    dragged.angle = 120;
    DC_VERIFY_OK(store.update(dragged));
    auto read = store.get(dragged.id);
    DC_VERIFY_OK(read);
    QCOMPARE(read->closeness, 2);
    QCOMPARE(read->angle, 120.0);
    QVERIFY(read->version > map->at(1).version);

    // Labels: by name, or in a package by role (a person) or kind (an organisation).
    QCOMPARE(NetworkMapText::label(map->at(0)), QStringLiteral("oma Fatma"));
    QCOMPARE(NetworkMapText::label(map->at(0), false), QStringLiteral("oma"));
    QCOMPARE(NetworkMapText::label(read.value(), false), QStringLiteral("School"));
}

void TestMeetings::mapRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << "no name"
                             << "Give the person's first name.";
    QTest::newRow("ring 4") << "ring 4"
                            << "How close is \"oma Fatma\"? Choose a ring from 1 to 3.";
    QTest::newRow("unknown family") << "unknown family"
                                    << "There is no family with number 9999.";
}

void TestMeetings::mapRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    NetworkMapEntry e;
    e.familyId = m_f.family.id;
    e.role = QStringLiteral("oma");
    e.name = QStringLiteral("Fatma");
    if (change == QLatin1String("no name"))
        e.name.clear();
    else if (change == QLatin1String("ring 4"))
        e.closeness = 4;
    else
        e.familyId = 9999;
    auto added = NetworkMapStore(*m_db).add(e);
    QVERIFY(!added);
    QCOMPARE(added.message(), message);
    QCOMPARE(rowCount(*m_db, QStringLiteral("network_map")), 0);
}

void TestMeetings::mapUndo()
{
    NetworkMapStore store(*m_db);
    NetworkMapEntry e;
    e.familyId = m_f.family.id;
    e.kind = MapKind::Neighbour;
    e.role = QStringLiteral("buurvrouw");
    e.name = QStringLiteral("Els");
    auto id = store.add(e);
    DC_VERIFY_OK(id);
    auto read = store.get(id.value());
    DC_VERIFY_OK(read);
    DC_VERIFY_OK(store.remove(id.value()));
    QCOMPARE(rowCount(*m_db, QStringLiteral("network_map")), 0);
    DC_VERIFY_OK(store.restore(read.value()));
    auto back = store.get(id.value());
    DC_VERIFY_OK(back);
    QCOMPARE(back->name, QStringLiteral("Els"));
}

void TestMeetings::trainingRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("no course") << "no course"
                               << "Name the course.";
    QTest::newRow("ends before") << "ends before"
                                 << "The course \"Signaleren\" ends on 31/01/2026, before it "
                                    "starts on 01/02/2026.";
    QTest::newRow("completed without end") << "completed without end"
                                           << "The course \"Signaleren\" was completed: give the "
                                              "day it ended.";
    QTest::newRow("certificate not completed") << "certificate not completed"
                                               << "A certificate of \"Signaleren\" needs the "
                                                  "course completed.";
    QTest::newRow("completed to come") << "completed to come"
                                       << "The course \"Signaleren\" cannot be completed on "
                                          "01/06/2026, a day still to come.";
    QTest::newRow("unknown worker") << "unknown worker"
                                    << "There is no worker with number 9999.";
}

void TestMeetings::trainingRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    Training t;
    t.workerId = m_f.trustedA;
    t.course = QStringLiteral("Signaleren");
    t.startedOn = QDate(2026, 2, 1);
    t.endedOn = QDate(2026, 3, 1);
    t.completed = true;
    if (change == QLatin1String("no course"))
        t.course = QStringLiteral(" ");
    else if (change == QLatin1String("ends before"))
        t.endedOn = QDate(2026, 1, 31);
    else if (change == QLatin1String("completed without end"))
        t.endedOn = QDate();
    else if (change == QLatin1String("certificate not completed")) {
        t.completed = false;
        t.certificateOn = QDate(2026, 3, 2);
    } else if (change == QLatin1String("completed to come"))
        t.endedOn = QDate(2026, 6, 1);
    else
        t.workerId = 9999;
    auto added = TrainingStore(*m_db).add(t, Today);
    QVERIFY(!added);
    QCOMPARE(added.message(), message);
    QCOMPARE(rowCount(*m_db, QStringLiteral("trainings")), 0);
}

void TestMeetings::debriefAskedAndHeld()
{
    const qint64 heavy = visit(VisitStatus::Done, QDate(2026, 5, 4));
    DebriefStore store(*m_db);
    auto asked = store.ask(heavy, m_f.trustedA, Today);
    DC_VERIFY_OK(asked);
    QCOMPARE(asked->familyId, m_f.family.id);
    auto open = store.open();
    DC_VERIFY_OK(open);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->at(0).workerName, QStringLiteral("Fatima El Amrani"));
    QCOMPARE(open->at(0).caseCode, m_f.family.caseCode);
    QCOMPARE(open->at(0).visitDay, QDate(2026, 5, 4));

    // The other half of the duo may ask too; the same person once.
    DC_VERIFY_OK(store.ask(heavy, m_f.professionalA, Today));

    // Held: only that it took place and who held it.
    auto refused = store.setHeld(asked->id, Today, QStringLiteral(" "), Today);
    QVERIFY(!refused);
    QCOMPARE(refused.message(), QStringLiteral("Say who held the debrief."));
    DC_VERIFY_OK(store.setHeld(asked->id, Today, QStringLiteral("Petra (coördinator)"), Today));
    open = store.open();
    DC_VERIFY_OK(open);
    QCOMPARE(open->size(), 1);
    auto withdrawn = store.withdraw(asked->id);
    QVERIFY(!withdrawn);
    QCOMPARE(withdrawn.message(), QStringLiteral("The debrief after the visit of 04/05/2026 was "
                                                 "held on 15/05/2026; it stays recorded."));
    // Its undo opens it again, then it may be withdrawn and put back.
    DC_VERIFY_OK(store.setHeld(asked->id, QDate(), QString(), Today));
    DC_VERIFY_OK(store.withdraw(asked->id));
    DC_VERIFY_OK(store.putBack(asked.value()));
    auto back = store.get(asked->id);
    DC_VERIFY_OK(back);
    QVERIFY(!back->heldOn.isValid());
}

void TestMeetings::debriefRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("not done") << "not done"
                              << "The visit of 04/05/2026 did not take place: a debrief is asked "
                                 "for after a visit that did.";
    QTest::newRow("cancelled") << "cancelled"
                               << "The visit of 04/05/2026 did not take place: a debrief is "
                                  "asked for after a visit that did.";
    QTest::newRow("not of the duo") << "not of the duo"
                                    << "Only the duo of the visit of 04/05/2026 can ask for a "
                                       "debrief after it.";
    QTest::newRow("twice") << "twice"
                           << "A debrief after the visit of 04/05/2026 was already asked for.";
    QTest::newRow("unknown visit") << "unknown visit"
                                   << "There is no visit with number 9999.";
}

void TestMeetings::debriefRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    const QDate day(2026, 5, 4);
    qint64 visitId = visit(change == QLatin1String("not done")    ? VisitStatus::Planned
                           : change == QLatin1String("cancelled") ? VisitStatus::Cancelled
                                                                  : VisitStatus::Done,
                           day);
    QVERIFY(visitId > 0);
    qint64 workerId = change == QLatin1String("not of the duo") ? m_f.trustedB : m_f.trustedA;
    if (change == QLatin1String("twice"))
        DC_VERIFY_OK(DebriefStore(*m_db).ask(visitId, workerId, Today));
    if (change == QLatin1String("unknown visit"))
        visitId = 9999;
    const int before = rowCount(*m_db, QStringLiteral("debriefs"));
    auto asked = DebriefStore(*m_db).ask(visitId, workerId, Today);
    QVERIFY(!asked);
    QCOMPARE(asked.message(), message);
    QCOMPARE(rowCount(*m_db, QStringLiteral("debriefs")), before);
}

void TestMeetings::careSummaries()
{
    Training t;
    t.workerId = m_f.trustedA;
    t.course = QStringLiteral("Signaleren");
    t.startedOn = QDate(2026, 2, 1);
    t.endedOn = QDate(2026, 3, 1);
    t.completed = true;
    t.certificateOn = QDate(2026, 3, 2);
    DC_VERIFY_OK(TrainingStore(*m_db).add(t, Today));
    t.course = QStringLiteral("Basistraining");
    t.startedOn = QDate(2024, 9, 1);
    t.endedOn = QDate(2024, 11, 1);
    t.certificateOn = QDate();
    DC_VERIFY_OK(TrainingStore(*m_db).add(t, Today));

    Meeting lunch;
    lunch.kind = MeetingKind::Network;
    lunch.title = QStringLiteral("Vrijwilligerslunch");
    lunch.organiserId = m_f.community;
    lunch.heldOn = QDate(2026, 4, 20);
    lunch.workerIds = {m_f.trustedB};
    DC_VERIFY_OK(MeetingStore(*m_db).record(lunch, Today));

    const qint64 heavy = visit(VisitStatus::Done, QDate(2026, 5, 4));
    DC_VERIFY_OK(DebriefStore(*m_db).ask(heavy, m_f.professionalA, Today));

    auto summaries = TrainingStore(*m_db).summaries();
    DC_VERIFY_OK(summaries);
    const WorkerCareSummary a = summaries->value(m_f.trustedA);
    QCOMPARE(a.lastTraining, QDate(2026, 3, 1));
    QVERIFY(!a.needsAttention(Today));
    const WorkerCareSummary b = summaries->value(m_f.trustedB);
    QCOMPARE(b.lastNetworkMeeting, QDate(2026, 4, 20));
    QVERIFY(!b.needsAttention(Today));
    QVERIFY(b.needsAttention(QDate(2027, 5, 1))); // a year on, nothing recent
    const WorkerCareSummary professional = summaries->value(m_f.professionalA);
    QCOMPARE(professional.openDebriefs, 1);
    QVERIFY(professional.needsAttention(Today));
    // Someone with nothing at all is flagged.
    QVERIFY(summaries->value(m_f.professionalB).needsAttention(Today));

    auto listed = TrainingStore(*m_db).forWorker(m_f.trustedA);
    DC_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).course, QStringLiteral("Signaleren"));
    QCOMPARE(listed->at(0).certificateOn, QDate(2026, 3, 2));
}

QTEST_GUILESS_MAIN(TestMeetings)
#include "TestMeetings.moc"
