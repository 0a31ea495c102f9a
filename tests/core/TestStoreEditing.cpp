// The write methods editing and undo need: updates, archiving, and the inverse operations
// (remove what was just added, put it back with its own id, restore earlier end dates). Each
// round trip must leave the database exactly as it was, compared row by row.

#include "TestSupport.h"

#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/OrganisationStore.h"
#include "storage/VisitStore.h"
#include "storage/WorkerStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class TestStoreEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void organisationUpdate();
    void organisationUpdateRefuses_data();
    void organisationUpdateRefuses();
    void organisationArchive();
    void workerUpdate();
    void workerRoleStaysInADuo();
    void workerArchive();
    void duoUpdate();
    void duoUpdateRefuses_data();
    void duoUpdateRefuses();
    void duoEnd();
    void familyUpdate();
    void closingAFamilyEndsItsAssignment();
    void memberUpdate();
    void memberWithVisitsStays();
    void removeAndRestore_data();
    void removeAndRestore();
    void removeRefusesWhatIsInUse_data();
    void removeRefusesWhatIsInUse();
    void restoreRefusesATakenNumber();
    void endAssignment();
    void unassignRestoresThePreviousDuo();
    void unassignRefusesAfterVisits();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_fixture;
};

void TestStoreEditing::initTestCase_data()
{
    TestSupport::engines();
}

void TestStoreEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStoreEditing::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("editing.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
}

void TestStoreEditing::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStoreEditing::organisationUpdate()
{
    OrganisationStore store(*m_db);
    auto organisation = store.get(m_fixture.community);
    DC_VERIFY_OK(organisation);
    Organisation changed = organisation.value();
    changed.name = QStringLiteral("  Stichting Brug Utrecht ");
    changed.kind = OrganisationKind::Municipality;
    changed.city = QStringLiteral("Utrecht-Noord");
    changed.contactName = QStringLiteral("Said Bakkali");
    changed.contactPhone = QStringLiteral("030 123 45 67");
    changed.contactEmail = QStringLiteral("said@example.nl");
    changed.archived = true; // ignored: archiving is setArchived()
    DC_VERIFY_OK(store.update(changed));

    auto back = store.get(m_fixture.community);
    DC_VERIFY_OK(back);
    QCOMPARE(back->name, QStringLiteral("Stichting Brug Utrecht"));
    QCOMPARE(back->kind, OrganisationKind::Municipality);
    QCOMPARE(back->city, changed.city);
    QCOMPARE(back->contactName, changed.contactName);
    QCOMPARE(back->contactPhone, changed.contactPhone);
    QCOMPARE(back->contactEmail, changed.contactEmail);
    QVERIFY(!back->archived);
    // Renaming to its own name in other letters is no clash with itself.
    changed.name = changed.name.trimmed().toUpper();
    DC_VERIFY_OK(store.update(changed));
}

void TestStoreEditing::organisationUpdateRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<qint64>("id"); // 0: the fixture's community organisation
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty name") << QStringLiteral(" ") << QString() << qint64(0)
                                << QStringLiteral("needs a name");
    QTest::newRow("name of another") << QStringLiteral("gezinskracht utrecht") << QString()
                                     << qint64(0) << QStringLiteral("already exists");
    QTest::newRow("bad e-mail") << QStringLiteral("Brug") << QStringLiteral("brug@") << qint64(0)
                                << QStringLiteral("not valid");
    QTest::newRow("missing") << QStringLiteral("Brug") << QString() << qint64(4711)
                             << QStringLiteral("4711");
}

void TestStoreEditing::organisationUpdateRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(qint64, id);
    QFETCH(QString, problem);
    Organisation o = organisation(name, OrganisationKind::Community);
    o.id = id > 0 ? id : m_fixture.community;
    o.contactEmail = email;
    const QByteArray before = contentHash(*m_db);
    Status updated = OrganisationStore(*m_db).update(o);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, Error::Kind::Invalid);
    QVERIFY2(updated.message().contains(problem), qPrintable(updated.message()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestStoreEditing::organisationArchive()
{
    OrganisationStore store(*m_db);
    // Its trusted persons still work: they are archived (with a handover) first.
    Status refused = store.setArchived(m_fixture.community, true);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("active workers")),
             qPrintable(refused.message()));

    auto empty =
        store.add(organisation(QStringLiteral("Buurtteam Noord"), OrganisationKind::Municipality));
    DC_VERIFY_OK(empty);
    DC_VERIFY_OK(store.setArchived(empty.value(), true));
    QVERIFY(store.get(empty.value())->archived);
    DC_VERIFY_OK(store.setArchived(empty.value(), false));
    QVERIFY(!store.get(empty.value())->archived);
}

void TestStoreEditing::workerUpdate()
{
    WorkerStore store(*m_db);
    auto worker = store.get(m_fixture.trustedB);
    DC_VERIFY_OK(worker);
    Worker changed = worker.value();
    changed.name = QStringLiteral("Ayşe Yılmaz-Demir");
    changed.organisationId = m_fixture.provider;
    changed.languages = {QStringLiteral("tr"), QStringLiteral("ku")};
    changed.district = QStringLiteral("Kanaleneiland");
    changed.gender = Gender::Other;
    changed.maxCaseload = 4;
    changed.phone = QStringLiteral("06 12345678");
    changed.email = QStringLiteral("ayse@example.nl");
    changed.active = false; // ignored: archiving is setActive()
    DC_VERIFY_OK(store.update(changed));

    auto back = store.get(m_fixture.trustedB);
    DC_VERIFY_OK(back);
    QCOMPARE(back->name, changed.name);
    QCOMPARE(back->organisationId, m_fixture.provider);
    QCOMPARE(back->organisationName, QStringLiteral("Gezinskracht Utrecht"));
    QCOMPARE(back->languages, changed.languages);
    QCOMPARE(back->district, changed.district);
    QCOMPARE(back->gender, Gender::Other);
    QCOMPARE(back->maxCaseload, 4);
    QCOMPARE(back->phone, changed.phone);
    QCOMPARE(back->email, changed.email);
    QVERIFY(back->active);

    changed.organisationId = 4711;
    const QByteArray before = contentHash(*m_db);
    Status refused = store.update(changed);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("does not exist")),
             qPrintable(refused.message()));
    changed.organisationId = m_fixture.provider;
    changed.maxCaseload = 0;
    QVERIFY(!store.update(changed).ok());
    QCOMPARE(contentHash(*m_db), before);
}

void TestStoreEditing::workerRoleStaysInADuo()
{
    WorkerStore store(*m_db);
    Worker changed = store.get(m_fixture.trustedA).value();
    changed.role = WorkerRole::Professional;
    Status refused = store.update(changed);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("in a duo")), qPrintable(refused.message()));

    // Someone not yet in a duo may have been entered with the wrong role.
    auto newcomer = store.add(
        worker(QStringLiteral("Kees Bakker"), WorkerRole::TrustedPerson, m_fixture.community));
    DC_VERIFY_OK(newcomer);
    Worker corrected = store.get(newcomer.value()).value();
    corrected.role = WorkerRole::Professional;
    DC_VERIFY_OK(store.update(corrected));
    QCOMPARE(store.get(newcomer.value())->role, WorkerRole::Professional);
}

void TestStoreEditing::workerArchive()
{
    WorkerStore store(*m_db);
    // Fatima's duo has the family: archiving her alone would leave it without a duo.
    const QByteArray before = contentHash(*m_db);
    Status refused = store.setActive(m_fixture.trustedA, false, QDate(2026, 3, 1));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("hand them over")),
             qPrintable(refused.message()));
    QCOMPARE(contentHash(*m_db), before);
    // Before the family's assignment began, and after it ended, there is nothing to hand over.
    DC_VERIFY_OK(AssignmentStore(*m_db).end(
        AssignmentStore(*m_db).current(m_fixture.family.id, QDate(2026, 3, 1))->value().id,
        QDate(2026, 3, 1)));
    DC_VERIFY_OK(store.setActive(m_fixture.trustedA, false, QDate(2026, 3, 1)));
    QVERIFY(!store.get(m_fixture.trustedA)->active);

    // Back to work, unless the organisation itself was archived meanwhile.
    DC_VERIFY_OK(store.setActive(m_fixture.trustedB, false, QDate(2026, 3, 1)));
    DC_VERIFY_OK(OrganisationStore(*m_db).setArchived(m_fixture.community, true));
    Status closed = store.setActive(m_fixture.trustedA, true);
    QVERIFY(!closed.ok());
    QVERIFY2(closed.message().contains(QStringLiteral("is archived")),
             qPrintable(closed.message()));
    DC_VERIFY_OK(OrganisationStore(*m_db).setArchived(m_fixture.community, false));
    DC_VERIFY_OK(store.setActive(m_fixture.trustedA, true));
    QVERIFY(store.get(m_fixture.trustedA)->active);
}

void TestStoreEditing::duoUpdate()
{
    DuoStore store(*m_db);
    // Duo B has no families yet: its members and start may still be corrected.
    Duo changed = store.get(m_fixture.duoB).value();
    changed.professionalId = m_fixture.professionalA;
    changed.from = QDate(2025, 6, 1);
    changed.to = QDate(2025, 7, 1); // ignored: the end is setEnd()
    DC_VERIFY_OK(store.update(changed));
    auto back = store.get(m_fixture.duoB);
    DC_VERIFY_OK(back);
    QCOMPARE(back->professionalId, m_fixture.professionalA);
    QCOMPARE(back->professionalName, QStringLiteral("Marieke van Dijk"));
    QCOMPARE(back->from, QDate(2025, 6, 1));
    QVERIFY(back->to.isNull());

    // Duo A may move its start, as long as its first family stays within its period.
    Duo a = store.get(m_fixture.duoA).value();
    a.from = m_fixture.assignedOn;
    DC_VERIFY_OK(store.update(a));
}

void TestStoreEditing::duoUpdateRefuses_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem");
    QTest::newRow("members of a duo with a family")
        << QStringLiteral("members") << QStringLiteral("form a new duo");
    QTest::newRow("start after its first family")
        << QStringLiteral("start") << QStringLiteral("first work");
    QTest::newRow("a professional as trusted person")
        << QStringLiteral("role") << QStringLiteral("not a trusted person");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("4711");
}

void TestStoreEditing::duoUpdateRefuses()
{
    QFETCH(QString, change);
    QFETCH(QString, problem);
    DuoStore store(*m_db);
    Duo duo = store.get(m_fixture.duoA).value();
    if (change == QLatin1String("members"))
        duo.trustedPersonId = m_fixture.trustedB;
    else if (change == QLatin1String("start"))
        duo.from = m_fixture.assignedOn.addDays(1);
    else if (change == QLatin1String("role"))
        duo.trustedPersonId = m_fixture.professionalB;
    else
        duo.id = 4711;
    const QByteArray before = contentHash(*m_db);
    Status updated = store.update(duo);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.message().contains(problem), qPrintable(updated.message()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestStoreEditing::duoEnd()
{
    DuoStore store(*m_db);
    const QByteArray before = contentHash(*m_db);
    Status refused = store.setEnd(m_fixture.duoA, QDate(2026, 3, 1));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("assign them another duo")),
             qPrintable(refused.message()));
    QVERIFY(!store.setEnd(m_fixture.duoB, QDate(2024, 12, 31)).ok()); // before it started
    QCOMPARE(contentHash(*m_db), before);

    DC_VERIFY_OK(store.setEnd(m_fixture.duoB, QDate(2026, 3, 1)));
    QCOMPARE(store.get(m_fixture.duoB)->to, QDate(2026, 3, 1));
    DC_VERIFY_OK(store.setEnd(m_fixture.duoB, QDate()));
    QVERIFY(store.get(m_fixture.duoB)->to.isNull());
    QCOMPARE(contentHash(*m_db), before);

    // A duo whose member left cannot work on again.
    DC_VERIFY_OK(store.setEnd(m_fixture.duoB, QDate(2026, 3, 1)));
    DC_VERIFY_OK(WorkerStore(*m_db).setActive(m_fixture.trustedB, false, QDate(2026, 3, 1)));
    Status reopened = store.setEnd(m_fixture.duoB, QDate());
    QVERIFY(!reopened.ok());
    QVERIFY2(reopened.message().contains(QStringLiteral("no longer active")),
             qPrintable(reopened.message()));
}

void TestStoreEditing::familyUpdate()
{
    FamilyStore store(*m_db);
    Family changed = m_fixture.family;
    changed.caseCode = QStringLiteral("G-1999-0001"); // the case code never changes
    changed.familyName = QStringLiteral("Bouzid-Amrani");
    changed.postcode = QStringLiteral("3563 ac");
    changed.homeLanguages = {QStringLiteral("zgh")};
    changed.preferredGender = GenderWish::Female;
    changed.status = FamilyStatus::Active;
    DC_VERIFY_OK(store.update(changed));
    auto back = store.get(m_fixture.family.id);
    DC_VERIFY_OK(back);
    QCOMPARE(back->caseCode, m_fixture.family.caseCode);
    QCOMPARE(back->familyName, changed.familyName);
    QCOMPARE(back->postcode, QStringLiteral("3563 AC"));
    QCOMPARE(back->homeLanguages, changed.homeLanguages);
    QCOMPARE(back->preferredGender, GenderWish::Female);
    QCOMPARE(back->status, FamilyStatus::Active);
    // Still assigned: only closing ends the assignment.
    QVERIFY(AssignmentStore(*m_db).current(m_fixture.family.id, QDate(2026, 6, 1))->has_value());

    changed.postcode = QStringLiteral("0123 AB");
    Status refused = store.update(changed);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("not a Dutch postcode")),
             qPrintable(refused.message()));
}

void TestStoreEditing::closingAFamilyEndsItsAssignment()
{
    FamilyStore store(*m_db);
    AssignmentStore assignments(*m_db);
    const QByteArray before = contentHash(*m_db);
    auto history = assignments.history(m_fixture.family.id);
    DC_VERIFY_OK(history);

    Family closed = m_fixture.family;
    closed.status = FamilyStatus::Closed;
    closed.closedOn = QDate(2026, 6, 30);
    closed.closingReason = QStringLiteral("Doelen bereikt");
    DC_VERIFY_OK(store.update(closed));
    auto after = assignments.history(m_fixture.family.id);
    DC_VERIFY_OK(after);
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().to, QDate(2026, 6, 30));
    QVERIFY(!assignments.current(m_fixture.family.id, QDate(2026, 7, 1))->has_value());

    // Undo: the family as it was, and its assignment open again; saved over the version the
    // closing left, as every undo is (RowVersions).
    Family back = m_fixture.family;
    back.version = store.get(back.id).value().version;
    QVERIFY(back.version > m_fixture.family.version);
    QCOMPARE(store.update(m_fixture.family).error().kind, Error::Kind::Conflict);
    DC_VERIFY_OK(store.update(back));
    DC_VERIFY_OK(assignments.restoreEnds(history.value()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestStoreEditing::memberUpdate()
{
    FamilyStore store(*m_db);
    HouseholdMember member = store.member(m_fixture.child).value();
    QCOMPARE(member.firstName, QStringLiteral("Rayan"));
    member.firstName = QStringLiteral("Rayane");
    member.birthYear = 0;
    member.role = MemberRole::Other;
    member.familyId = 4711; // ignored: a member stays in the family
    DC_VERIFY_OK(store.updateMember(member));
    auto back = store.member(m_fixture.child);
    DC_VERIFY_OK(back);
    QCOMPARE(back->firstName, QStringLiteral("Rayane"));
    QCOMPARE(back->birthYear, 0);
    QCOMPARE(back->role, MemberRole::Other);
    QCOMPARE(back->familyId, m_fixture.family.id);

    member.birthYear = 1850;
    QVERIFY(!store.updateMember(member).ok());
    member.birthYear = 2015;
    member.firstName.clear();
    QVERIFY(!store.updateMember(member).ok());
    QVERIFY(!store.member(4711).ok());
}

void TestStoreEditing::memberWithVisitsStays()
{
    Visit visit;
    visit.familyId = m_fixture.family.id;
    visit.duoId = m_fixture.duoA;
    visit.start = QDateTime(QDate(2026, 3, 2), QTime(16, 0));
    visit.status = VisitStatus::Done;
    visit.trustedPersonPresent = true;
    visit.presentMemberIds = {m_fixture.parent};
    DC_VERIFY_OK(VisitStore(*m_db).add(visit));
    FamilyStore store(*m_db);
    Status refused = store.removeMember(m_fixture.parent);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("was present")),
             qPrintable(refused.message()));
    DC_VERIFY_OK(store.removeMember(m_fixture.child));
}

void TestStoreEditing::removeAndRestore_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"organisation", "worker", "duo", "family", "member", "families"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void TestStoreEditing::removeAndRestore()
{
    QFETCH(QString, kind);
    // Something just added, as an undo finds it: nothing refers to it yet.
    const QByteArray withoutRow = contentHash(*m_db);
    std::function<Status()> remove;
    std::function<Status()> restore;
    OrganisationStore organisations(*m_db);
    WorkerStore workers(*m_db);
    DuoStore duos(*m_db);
    FamilyStore families(*m_db);
    if (kind == QLatin1String("organisation")) {
        auto id =
            organisations.add(organisation(QStringLiteral("Al Amal"), OrganisationKind::Community));
        DC_VERIFY_OK(id);
        const Organisation added = organisations.get(id.value()).value();
        remove = [&, added] {
            return organisations.remove(added.id);
        };
        restore = [&, added] {
            return organisations.restore(added);
        };
    } else if (kind == QLatin1String("worker")) {
        auto id = workers.add(
            worker(QStringLiteral("Kees Bakker"), WorkerRole::Professional, m_fixture.provider));
        DC_VERIFY_OK(id);
        const Worker added = workers.get(id.value()).value();
        remove = [&, added] {
            return workers.remove(added.id);
        };
        restore = [&, added] {
            return workers.restore(added);
        };
    } else if (kind == QLatin1String("duo")) {
        Duo duo;
        duo.trustedPersonId = m_fixture.trustedA;
        duo.professionalId = m_fixture.professionalB;
        duo.from = QDate(2026, 5, 1);
        auto id = duos.add(duo);
        DC_VERIFY_OK(id);
        const Duo added = duos.get(id.value()).value();
        remove = [&, added] {
            return duos.remove(added.id);
        };
        restore = [&, added] {
            return duos.restore(added);
        };
    } else if (kind == QLatin1String("family")) {
        auto added = families.add(family(QStringLiteral("Kaya"), QDate(2026, 4, 2)));
        DC_VERIFY_OK(added);
        const Family stored = added.value();
        remove = [&, stored] {
            return families.remove(stored.id);
        };
        restore = [&, stored] {
            return families.restore(stored);
        };
    } else if (kind == QLatin1String("families")) {
        // As an import adds them, and its undo and redo take them away and put them back.
        auto added = families.addAll({family(QStringLiteral("Kaya"), QDate(2026, 4, 2)),
                                      family(QStringLiteral("Osei"), QDate(2025, 12, 1)),
                                      family(QStringLiteral("Haddou"), QDate(2026, 4, 3))});
        DC_VERIFY_OK(added);
        const QList<Family> stored = added.value();
        QCOMPARE(stored.at(2).caseCode.left(7), QStringLiteral("G-2026-"));
        QList<qint64> ids;
        for (const Family &f : stored) {
            QCOMPARE(families.get(f.id)->caseCode, f.caseCode); // returned as stored
            ids << f.id;
        }
        remove = [&, ids] {
            return families.removeAll(ids);
        };
        restore = [&, stored] {
            return families.restoreAll(stored);
        };
    } else {
        HouseholdMember m;
        m.familyId = m_fixture.family.id;
        m.firstName = QStringLiteral("Yasmina");
        m.birthYear = 2019;
        auto id = families.addMember(m);
        DC_VERIFY_OK(id);
        const HouseholdMember added = families.member(id.value()).value();
        remove = [&, added] {
            return families.removeMember(added.id);
        };
        restore = [&, added] {
            return families.restoreMember(added);
        };
    }
    const QByteArray withRow = contentHash(*m_db);
    QVERIFY(withRow != withoutRow);
    // Undo, redo, undo, redo: each time exactly the state before, or after, the add.
    for (int round = 0; round < 2; ++round) {
        DC_VERIFY_OK(remove());
        QCOMPARE(contentHash(*m_db), withoutRow);
        DC_VERIFY_OK(restore());
        QCOMPARE(contentHash(*m_db), withRow);
    }
}

void TestStoreEditing::removeRefusesWhatIsInUse_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem");
    QTest::newRow("organisation with workers")
        << QStringLiteral("organisation") << QStringLiteral("workers belong to it");
    QTest::newRow("worker in a duo") << QStringLiteral("worker") << QStringLiteral("in a duo");
    QTest::newRow("duo with a family") << QStringLiteral("duo") << QStringLiteral("has worked");
    QTest::newRow("family with a household")
        << QStringLiteral("family") << QStringLiteral("cannot be removed");
    QTest::newRow("families as a set, the second with a household")
        << QStringLiteral("families") << QStringLiteral("cannot be removed");
    QTest::newRow("families as a set, one gone")
        << QStringLiteral("families, one gone") << QStringLiteral("no family with number 4711");
}

void TestStoreEditing::removeRefusesWhatIsInUse()
{
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    QByteArray before = contentHash(*m_db);
    Status removed;
    if (kind == QLatin1String("organisation"))
        removed = OrganisationStore(*m_db).remove(m_fixture.community);
    else if (kind == QLatin1String("worker"))
        removed = WorkerStore(*m_db).remove(m_fixture.trustedB);
    else if (kind == QLatin1String("duo"))
        removed = DuoStore(*m_db).remove(m_fixture.duoA);
    else if (kind == QLatin1String("family"))
        removed = FamilyStore(*m_db).remove(m_fixture.family.id);
    else {
        // All or nothing: the family that could go alone stays as well.
        auto added = FamilyStore(*m_db).add(family(QStringLiteral("Kaya"), QDate(2026, 4, 2)));
        DC_VERIFY_OK(added);
        before = contentHash(*m_db);
        const qint64 other = kind == QLatin1String("families") ? m_fixture.family.id : 4711;
        removed = FamilyStore(*m_db).removeAll({added->id, other});
        if (kind == QLatin1String("families"))
            QVERIFY2(removed.message().contains(m_fixture.family.caseCode),
                     qPrintable(removed.message()));
    }
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, Error::Kind::Invalid);
    QVERIFY2(removed.message().contains(problem), qPrintable(removed.message()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestStoreEditing::restoreRefusesATakenNumber()
{
    // Putting back a row whose number (or case code) is in use would overwrite someone else.
    const QByteArray before = contentHash(*m_db);
    QVERIFY(!OrganisationStore(*m_db).restore(OrganisationStore(*m_db).get(1).value()).ok());
    QVERIFY(!WorkerStore(*m_db).restore(WorkerStore(*m_db).get(m_fixture.trustedA).value()).ok());
    QVERIFY(!DuoStore(*m_db).restore(DuoStore(*m_db).get(m_fixture.duoA).value()).ok());
    QVERIFY(!FamilyStore(*m_db).restore(m_fixture.family).ok());
    Family sameCode = m_fixture.family;
    sameCode.id = 4711;
    QVERIFY(!FamilyStore(*m_db).restore(sameCode).ok());
    // As a set: all or nothing, so the family that was free does not come back alone either.
    Family free = m_fixture.family;
    free.id = 4712;
    free.caseCode = QStringLiteral("G-2026-4712");
    const Status together = FamilyStore(*m_db).restoreAll({free, sameCode});
    QVERIFY(!together.ok());
    QVERIFY2(together.message().contains(sameCode.caseCode), qPrintable(together.message()));
    QVERIFY(!FamilyStore(*m_db).restoreAll({free, m_fixture.family}).ok());
    QVERIFY(
        !FamilyStore(*m_db).restoreMember(FamilyStore(*m_db).member(m_fixture.child).value()).ok());
    QCOMPARE(contentHash(*m_db), before);
}

void TestStoreEditing::endAssignment()
{
    AssignmentStore store(*m_db);
    const Assignment current = store.current(m_fixture.family.id, QDate(2026, 3, 1))->value();
    QVERIFY(!store.end(current.id, QDate(2026, 1, 31)).ok()); // before it started
    QVERIFY(!store.end(current.id, QDate()).ok());
    QVERIFY(!store.end(4711, QDate(2026, 3, 1)).ok());
    DC_VERIFY_OK(store.end(current.id, QDate(2026, 3, 1)));
    QVERIFY(!store.current(m_fixture.family.id, QDate(2026, 3, 1))->has_value());
    QCOMPARE(store.history(m_fixture.family.id)->first().to, QDate(2026, 3, 1));
}

void TestStoreEditing::unassignRestoresThePreviousDuo()
{
    AssignmentStore store(*m_db);
    const QByteArray before = contentHash(*m_db);
    auto history = store.history(m_fixture.family.id);
    DC_VERIFY_OK(history);
    auto assigned = store.assign(m_fixture.family.id, m_fixture.duoB, QDate(2026, 4, 1));
    DC_VERIFY_OK(assigned);
    QCOMPARE(store.current(m_fixture.family.id, QDate(2026, 4, 1))->value().duoId, m_fixture.duoB);

    DC_VERIFY_OK(store.unassign(assigned.value(), history.value()));
    QCOMPARE(store.current(m_fixture.family.id, QDate(2026, 4, 1))->value().duoId, m_fixture.duoA);
    QCOMPARE(contentHash(*m_db), before);
    QVERIFY(!store.unassign(assigned.value(), history.value()).ok()); // gone already
}

void TestStoreEditing::unassignRefusesAfterVisits()
{
    AssignmentStore store(*m_db);
    auto history = store.history(m_fixture.family.id);
    auto assigned = store.assign(m_fixture.family.id, m_fixture.duoB, QDate(2026, 4, 1));
    DC_VERIFY_OK(assigned);
    Visit visit;
    visit.familyId = m_fixture.family.id;
    visit.duoId = m_fixture.duoB;
    visit.start = QDateTime(QDate(2026, 4, 8), QTime(10, 0));
    DC_VERIFY_OK(VisitStore(*m_db).add(visit));
    const QByteArray before = contentHash(*m_db);
    Status refused = store.unassign(assigned.value(), history.value());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("visits")), qPrintable(refused.message()));
    QCOMPARE(contentHash(*m_db), before);
}

QTEST_GUILESS_MAIN(TestStoreEditing)
#include "TestStoreEditing.moc"
