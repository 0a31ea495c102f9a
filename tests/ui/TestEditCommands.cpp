// The command façade: every kind of edit is one step on the undo stack; undo puts the database
// back exactly as it was (all rows compared), redo exactly as after the edit, and each step
// tells the views through the ChangeNotifier. A refused edit never enters the stack; an undo or
// redo that fails is reported and leaves the stack instead of pretending it happened.

#include "MessageBox.h"
#include "UiTestSupport.h"
#include "commands/EditCommands.h"
#include "exchange/FamilyImporter.h"
#include "exchange/WorkerImporter.h"
#include "services/ChangeNotifier.h"
#include "storage/FamilyStore.h"
#include "storage/GoalStore.h"

#include <QSignalSpy>

#include <QTest>
#include <QUndoStack>
#include <functional>
#include <memory>

using namespace TestSupport;

// For the steps that prepare an edit: stop at the first that fails.
#define RETURN_IF_FAILED(expression)                                                               \
    do {                                                                                           \
        Status prepared = (expression);                                                            \
        if (!prepared)                                                                             \
            return prepared.error();                                                               \
    } while (false)

class TestEditCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void undoRedo_data();
    void undoRedo();
    void handoverOnArchivingAWorker();
    void refusedEditStaysOffTheStack();
    void failedUndoIsReported();
    void failedRedoDropsTheStepsAfterIt();
    void anotherChangeRefusesTheStep_data();
    void anotherChangeRefusesTheStep();
    void ownStepsOnOneRowUndoInTurn();
    void familyStatusFollowsTheWork();

private:
    Result<std::function<Status()>> prepare(const QString &kind);
    // What another person (another window, another program) does meanwhile: any UPDATE counts
    // the row's version up.
    void changeElsewhere(const QString &table, qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<EditCommands> m_commands;
    Fixture m_fixture;
    qint64 m_goal = 0; // of the fixture's family
    const QDate m_day{2026, 3, 1};
};

void TestEditCommands::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestEditCommands::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("commands.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_fixture = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    Goal goal;
    goal.familyId = m_fixture.family.id;
    goal.description = QStringLiteral("Betaalt de huur");
    goal.setOn = m_fixture.assignedOn;
    auto added = GoalStore(*m_db).add(goal, m_day);
    DC_VERIFY_OK(added);
    m_goal = added->id;
    m_notifier = std::make_unique<ChangeNotifier>();
    m_commands = std::make_unique<EditCommands>(*m_db, m_notifier.get());
}

void TestEditCommands::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_commands.reset();
    m_notifier.reset();
    m_db.reset();
    m_dir.reset();
}

void TestEditCommands::undoRedo_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("announced"); // a ChangeNotifier signal the step must emit

    QTest::newRow("add organisation")
        << QStringLiteral("add organisation") << QStringLiteral("organisationsChanged");
    QTest::newRow("edit organisation")
        << QStringLiteral("edit organisation") << QStringLiteral("organisationsChanged");
    QTest::newRow("archive organisation")
        << QStringLiteral("archive organisation") << QStringLiteral("organisationsChanged");
    QTest::newRow("restore organisation")
        << QStringLiteral("restore organisation") << QStringLiteral("organisationsChanged");
    QTest::newRow("add worker") << QStringLiteral("add worker") << QStringLiteral("workersChanged");
    QTest::newRow("edit worker") << QStringLiteral("edit worker")
                                 << QStringLiteral("workersChanged");
    QTest::newRow("archive worker")
        << QStringLiteral("archive worker") << QStringLiteral("workersChanged");
    QTest::newRow("reactivate worker")
        << QStringLiteral("reactivate worker") << QStringLiteral("workersChanged");
    QTest::newRow("add duo") << QStringLiteral("add duo") << QStringLiteral("duosChanged");
    QTest::newRow("edit duo") << QStringLiteral("edit duo") << QStringLiteral("duosChanged");
    QTest::newRow("end duo") << QStringLiteral("end duo") << QStringLiteral("duosChanged");
    QTest::newRow("restore duo") << QStringLiteral("restore duo") << QStringLiteral("duosChanged");
    QTest::newRow("add family") << QStringLiteral("add family")
                                << QStringLiteral("familiesChanged");
    QTest::newRow("edit family") << QStringLiteral("edit family")
                                 << QStringLiteral("familiesChanged");
    QTest::newRow("close family") << QStringLiteral("close family")
                                  << QStringLiteral("assignmentsChanged");
    QTest::newRow("add member") << QStringLiteral("add member")
                                << QStringLiteral("householdChanged");
    QTest::newRow("edit member") << QStringLiteral("edit member")
                                 << QStringLiteral("householdChanged");
    QTest::newRow("remove member")
        << QStringLiteral("remove member") << QStringLiteral("householdChanged");
    QTest::newRow("assign duo") << QStringLiteral("assign duo")
                                << QStringLiteral("assignmentsChanged");
    QTest::newRow("import families")
        << QStringLiteral("import families") << QStringLiteral("familiesChanged");
    QTest::newRow("import workers")
        << QStringLiteral("import workers") << QStringLiteral("organisationsChanged");
}

// Prepares what the edit needs (outside the undo stack) and returns the edit itself, a call of
// the façade.
Result<std::function<Status()>> TestEditCommands::prepare(const QString &kind)
{
    using Edit = std::function<Status()>;
    EditCommands &c = *m_commands;
    Database &db = *m_db;
    const Fixture f = m_fixture;
    const QDate day = m_day;
    const auto ok = [](const auto &result) {
        return result ? Status() : Status(result.error());
    };

    if (kind == QLatin1String("add organisation"))
        return Edit([&c, ok] {
            return ok(c.addOrganisation(
                organisation(QStringLiteral("Al Amal"), OrganisationKind::Community)));
        });
    if (kind == QLatin1String("edit organisation")) {
        Organisation o = OrganisationStore(db).get(f.community).value();
        o.contactName = QStringLiteral("Said Bakkali");
        o.name = QStringLiteral("Stichting Brug");
        return Edit([&c, o] { return c.editOrganisation(o); });
    }
    if (kind == QLatin1String("archive organisation") ||
        kind == QLatin1String("restore organisation")) {
        auto id = OrganisationStore(db).add(
            organisation(QStringLiteral("Buurtteam"), OrganisationKind::Municipality));
        if (!id)
            return id.error();
        const bool archive = kind == QLatin1String("archive organisation");
        if (!archive)
            RETURN_IF_FAILED(OrganisationStore(db).setArchived(id.value(), true));
        return Edit(
            [&c, id = id.value(), archive] { return c.setOrganisationArchived(id, archive); });
    }
    if (kind == QLatin1String("add worker"))
        return Edit([&c, f, ok] {
            return ok(c.addWorker(
                worker(QStringLiteral("Kees Bakker"), WorkerRole::Professional, f.provider)));
        });
    if (kind == QLatin1String("edit worker")) {
        Worker w = WorkerStore(db).get(f.trustedB).value();
        w.languages = {QStringLiteral("tr")};
        w.maxCaseload = 3;
        return Edit([&c, w] { return c.editWorker(w); });
    }
    if (kind == QLatin1String("archive worker"))
        return Edit([&c, f, day] {
            return c.archiveWorker(f.trustedA, day, {{f.family.id, f.duoB}});
        });
    if (kind == QLatin1String("reactivate worker")) {
        Worker retired =
            worker(QStringLiteral("Hanneke Postma"), WorkerRole::Professional, f.provider);
        retired.active = false;
        auto id = WorkerStore(db).add(retired);
        if (!id)
            return id.error();
        return Edit([&c, id = id.value()] { return c.reactivateWorker(id); });
    }
    if (kind == QLatin1String("add duo")) {
        Duo duo;
        duo.trustedPersonId = f.trustedB;
        duo.professionalId = f.professionalA;
        duo.from = day;
        return Edit([&c, duo, ok] { return ok(c.addDuo(duo)); });
    }
    if (kind == QLatin1String("edit duo")) {
        Duo duo = DuoStore(db).get(f.duoB).value();
        duo.from = QDate(2025, 9, 1);
        return Edit([&c, duo] { return c.editDuo(duo); });
    }
    if (kind == QLatin1String("end duo"))
        return Edit([&c, f, day] { return c.endDuo(f.duoA, day, {{f.family.id, f.duoB}}); });
    if (kind == QLatin1String("restore duo")) {
        RETURN_IF_FAILED(DuoStore(db).setEnd(f.duoB, day));
        return Edit([&c, f] { return c.reopenDuo(f.duoB); });
    }
    if (kind == QLatin1String("add family"))
        return Edit([&c, ok] {
            return ok(c.addFamily(family(QStringLiteral("Kaya"), QDate(2026, 4, 2))));
        });
    if (kind == QLatin1String("edit family") || kind == QLatin1String("close family")) {
        Family changed = FamilyStore(db).get(f.family.id).value();
        changed.street = QStringLiteral("Bernadottelaan 7");
        if (kind == QLatin1String("close family")) {
            changed.status = FamilyStatus::Closed;
            changed.closedOn = day;
            changed.closingReason = QStringLiteral("Verhuisd");
        }
        return Edit([&c, changed] { return c.editFamily(changed); });
    }
    if (kind == QLatin1String("add member")) {
        HouseholdMember m;
        m.familyId = f.family.id;
        m.firstName = QStringLiteral("Yasmina");
        m.birthYear = 2019;
        return Edit([&c, m, ok] { return ok(c.addMember(m)); });
    }
    if (kind == QLatin1String("edit member")) {
        HouseholdMember m = FamilyStore(db).member(f.child).value();
        m.birthYear = 2016;
        return Edit([&c, m] { return c.editMember(m); });
    }
    if (kind == QLatin1String("edit goal")) {
        Goal g = GoalStore(db).get(m_goal).value();
        g.description = QStringLiteral("Betaalt de huur op tijd");
        return Edit([&c, g] { return c.editGoal(g); });
    }
    if (kind == QLatin1String("remove member"))
        return Edit([&c, f] { return c.removeMember(f.child); });
    if (kind == QLatin1String("assign duo"))
        return Edit([&c, f, day] { return c.assignDuo(f.family.id, f.duoB, day); });
    if (kind == QLatin1String("import families")) {
        const QString path = m_dir->filePath(QStringLiteral("families.csv"));
        writeFile(path, "family_name;postcode;city;home_languages;referred_on\r\n"
                        "\xc3\x96zt\xc3\xbcrk;3521 AB;Utrecht;Turks|nl;01-03-2026\r\n"
                        "Haddou;;Utrecht;ar;2026-03-02\r\n");
        auto importer = std::make_shared<FamilyImporter>();
        RETURN_IF_FAILED(importer->read(path));
        return Edit([&c, importer, ok] { return ok(c.importFamilies(*importer)); });
    }
    if (kind == QLatin1String("import workers")) {
        const QString path = m_dir->filePath(QStringLiteral("workers.csv"));
        writeFile(path, "name,role,organisation,languages,gender\n"
                        "Samira Haddou,trusted_person,Stichting Nieuw Begin,ar|nl,female\n"
                        "Piet de Vries,professional,Gezinskracht Utrecht,nl,male\n");
        auto importer = std::make_shared<WorkerImporter>();
        RETURN_IF_FAILED(importer->read(path));
        return Edit([&c, importer, ok] { return ok(c.importWorkers(*importer)); });
    }
    return Error::invalid(QStringLiteral("unknown kind %1").arg(kind));
}

void TestEditCommands::undoRedo()
{
    QFETCH(QString, kind);
    QFETCH(QString, announced);
    QUndoStack *stack = m_commands->undoStack();
    const QMetaObject *meta = m_notifier->metaObject();
    QByteArray signature;
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i)
        if (meta->method(i).name() == announced.toLatin1())
            signature = QByteArray("2") + meta->method(i).methodSignature();
    QSignalSpy spy(m_notifier.get(), signature.constData());
    QVERIFY(spy.isValid());

    auto edit = prepare(kind);
    DC_VERIFY_OK(edit);
    const QByteArray before = contentHash(*m_db);
    DC_VERIFY_OK(edit.value()());
    QCOMPARE(stack->count(), 1);
    QVERIFY(!stack->undoText().isEmpty());
    QVERIFY(spy.count() >= 1);
    const QByteArray after = contentHash(*m_db);
    QVERIFY(after != before);

    spy.clear();
    stack->undo();
    QVERIFY(spy.count() >= 1);
    QCOMPARE(contentHash(*m_db), before);
    QVERIFY(stack->canRedo());

    for (int round = 0; round < 2; ++round) {
        spy.clear();
        stack->redo();
        QVERIFY(spy.count() >= 1);
        QCOMPARE(contentHash(*m_db), after);
        stack->undo();
        QCOMPARE(contentHash(*m_db), before);
    }
    QCOMPARE(stack->count(), 1);
}

void TestEditCommands::handoverOnArchivingAWorker()
{
    const QByteArray before = contentHash(*m_db);
    QSignalSpy assignments(m_notifier.get(), &ChangeNotifier::assignmentsChanged);
    DC_VERIFY_OK(m_commands->archiveWorker(m_fixture.trustedA, m_day,
                                           {{m_fixture.family.id, m_fixture.duoB}}));
    QCOMPARE(m_commands->undoStack()->count(), 1);
    QCOMPARE(m_commands->undoStack()->undoText(),
             QStringLiteral("Archive worker Fatima El Amrani"));
    QCOMPARE(assignments.count(), 1);
    QCOMPARE(assignments.at(0).at(0).value<QList<qint64>>(), QList<qint64>{m_fixture.family.id});

    QVERIFY(!WorkerStore(*m_db).get(m_fixture.trustedA)->active);
    QCOMPARE(DuoStore(*m_db).get(m_fixture.duoA)->to, m_day);
    auto current = AssignmentStore(*m_db).current(m_fixture.family.id, m_day);
    DC_VERIFY_OK(current);
    QCOMPARE(current->value().duoId, m_fixture.duoB);

    // One step: a single undo brings back the worker, the duo and the family's assignment.
    m_commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_db), before);
    QVERIFY(WorkerStore(*m_db).get(m_fixture.trustedA)->active);
    QCOMPARE(AssignmentStore(*m_db).current(m_fixture.family.id, m_day)->value().duoId,
             m_fixture.duoA);

    // Without a new duo for the family, nothing happens at all.
    Status refused = m_commands->archiveWorker(m_fixture.trustedA, m_day, {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(m_fixture.family.caseCode), qPrintable(refused.message()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestEditCommands::refusedEditStaysOffTheStack()
{
    const QByteArray before = contentHash(*m_db);
    auto duplicate = m_commands->addOrganisation(
        organisation(QStringLiteral("gezinskracht utrecht"), OrganisationKind::CareProvider));
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.message().contains(QStringLiteral("already exists")),
             qPrintable(duplicate.message()));
    Family nameless = m_fixture.family;
    nameless.familyName.clear();
    QVERIFY(!m_commands->editFamily(nameless).ok());
    QCOMPARE(m_commands->undoStack()->count(), 0);
    QCOMPARE(contentHash(*m_db), before);
}

void TestEditCommands::failedUndoIsReported()
{
    auto added = m_commands->addFamily(family(QStringLiteral("Kaya"), QDate(2026, 4, 2)));
    DC_VERIFY_OK(added);
    // Another program (or a colleague on a shared file) adds a member meanwhile: removing the
    // family would take the member with it, so the undo is refused.
    HouseholdMember member;
    member.familyId = added->id;
    member.firstName = QStringLiteral("Emre");
    DC_VERIFY_OK(FamilyStore(*m_db).addMember(member));
    const QByteArray before = contentHash(*m_db);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_commands->undoStack()->undo();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("could not be undone")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cannot be removed")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(contentHash(*m_db), before);
    // The stack no longer offers a step it could not take, in either direction.
    QCOMPARE(m_commands->undoStack()->count(), 0);
    QVERIFY(!m_commands->undoStack()->canUndo());
    QVERIFY(!m_commands->undoStack()->canRedo());
}

void TestEditCommands::failedRedoDropsTheStepsAfterIt()
{
    QUndoStack *stack = m_commands->undoStack();
    auto organisationId = m_commands->addOrganisation(
        organisation(QStringLiteral("Al Amal"), OrganisationKind::Community));
    DC_VERIFY_OK(organisationId);
    DC_VERIFY_OK(m_commands->addWorker(worker(QStringLiteral("Samira Haddou"),
                                              WorkerRole::TrustedPerson, organisationId.value())));
    stack->undo();
    stack->undo();
    QCOMPARE(stack->index(), 0);
    // Meanwhile another program adds an organisation of that name (which also takes its
    // number), so the organisation cannot come back; the worker who belonged to it cannot either.
    DC_VERIFY_OK(OrganisationStore(*m_db).add(
        organisation(QStringLiteral("AL AMAL"), OrganisationKind::Community)));
    const QByteArray before = contentHash(*m_db);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    stack->redo();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("could not be redone")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cannot be put back")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(contentHash(*m_db), before);
    QTRY_COMPARE(stack->count(), 0);
    QVERIFY(!stack->canRedo());
}

void TestEditCommands::changeElsewhere(const QString &table, qint64 id)
{
    auto q = m_db->exec(QStringLiteral("UPDATE %1 SET changed_by = changed_by WHERE %2 = ?")
                            .arg(table, table == QLatin1String("visit_reports")
                                            ? QStringLiteral("visit_id")
                                            : QStringLiteral("id")),
                        {id});
    QVERIFY2(q && q.value()->numRowsAffected() == 1, qPrintable(q.message()));
}

void TestEditCommands::anotherChangeRefusesTheStep_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("fromForm"); // the step saves a form, which read the row's version

    const auto row = [](const char *kind, const char *table, bool fromForm) {
        QTest::newRow(kind) << QString::fromLatin1(kind) << QString::fromLatin1(table) << fromForm;
    };
    row("edit organisation", "organisations", true);
    row("edit worker", "workers", true);
    row("edit duo", "duos", true);
    row("edit family", "families", true);
    row("close family", "families", true);
    row("edit member", "household_members", true);
    row("edit goal", "goals", true);
    row("archive worker", "workers", false);
    row("end duo", "duos", false);
    row("restore duo", "duos", false);
}

// Saving a form over a change someone else made while it was open is refused, and so is
// undoing (or redoing) a step after someone else changed the same row: nothing written, the
// other person's change stands, and the sentence says what was changed.
void TestEditCommands::anotherChangeRefusesTheStep()
{
    QFETCH(QString, kind);
    QFETCH(QString, table);
    QFETCH(bool, fromForm);
    const QHash<QString, qint64> rows = {{QStringLiteral("edit organisation"), m_fixture.community},
                                         {QStringLiteral("edit worker"), m_fixture.trustedB},
                                         {QStringLiteral("edit duo"), m_fixture.duoB},
                                         {QStringLiteral("edit family"), m_fixture.family.id},
                                         {QStringLiteral("close family"), m_fixture.family.id},
                                         {QStringLiteral("edit member"), m_fixture.child},
                                         {QStringLiteral("edit goal"), m_goal},
                                         {QStringLiteral("archive worker"), m_fixture.trustedA},
                                         {QStringLiteral("end duo"), m_fixture.duoA},
                                         {QStringLiteral("restore duo"), m_fixture.duoB}};
    const qint64 id = rows.value(kind);
    QVERIFY(id > 0);
    QUndoStack *stack = m_commands->undoStack();

    if (fromForm) {
        auto edit = prepare(kind); // the form opens
        DC_VERIFY_OK(edit);
        changeElsewhere(table, id);
        const QByteArray meanwhile = contentHash(*m_db);
        Status refused = edit.value()();
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.message().contains(QLatin1String("while your form was open")),
                 qPrintable(refused.message()));
        QCOMPARE(contentHash(*m_db), meanwhile);
        QCOMPARE(stack->count(), 0);
    }

    auto edit = prepare(kind);
    DC_VERIFY_OK(edit);
    DC_VERIFY_OK(edit.value()());
    QCOMPARE(stack->count(), 1);
    changeElsewhere(table, id);
    const QByteArray meanwhile = contentHash(*m_db);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    stack->undo();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("after your step")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(contentHash(*m_db), meanwhile);
    QCOMPARE(stack->count(), 0); // the step left the stack: it can no longer be taken back
}

// Two steps of one's own on the same row: each undo is over this window's own change, never
// refused (the versions the window left are shared by its steps).
void TestEditCommands::ownStepsOnOneRowUndoInTurn()
{
    const QByteArray before = contentHash(*m_db);
    for (const QString &street : {QStringLiteral("Dagstraat 1"), QStringLiteral("Dagstraat 2")}) {
        Family changed = FamilyStore(*m_db).get(m_fixture.family.id).value();
        changed.street = street;
        DC_VERIFY_OK(m_commands->editFamily(changed));
    }
    Goal goal = GoalStore(*m_db).get(m_goal).value();
    goal.description = QStringLiteral("Öztürk-Yılmaz & Dağ betalen de huur");
    DC_VERIFY_OK(m_commands->editGoal(goal));
    DC_VERIFY_OK(m_commands->endGoal(m_goal, m_day));
    QUndoStack *stack = m_commands->undoStack();
    QCOMPARE(stack->count(), 4);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(stack->count(), 4); // none refused
    QCOMPARE(contentHash(*m_db), before);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(FamilyStore(*m_db).get(m_fixture.family.id)->street, QStringLiteral("Dagstraat 2"));
    QVERIFY(GoalStore(*m_db).get(m_goal)->endedOn.isValid());
}

// Assigning a duo starts a referred family's intake, the first visit done makes it active; each
// step is named in the undo history and undone with the edit that took it (issue 17).
void TestEditCommands::familyStatusFollowsTheWork()
{
    auto added = FamilyStore(*m_db).add(family(QStringLiteral("Öztürk-Yılmaz & Dağ"), m_day));
    DC_VERIFY_OK(added);
    const qint64 id = added->id;
    const auto status = [&] {
        return FamilyStore(*m_db).status(id).value();
    };
    QCOMPARE(status(), FamilyStatus::Referred);
    QUndoStack *stack = m_commands->undoStack();

    DC_VERIFY_OK(m_commands->assignDuo(id, m_fixture.duoB, m_day));
    QCOMPARE(status(), FamilyStatus::Intake);
    QVERIFY2(stack->undoText().contains(QStringLiteral("intake")), qPrintable(stack->undoText()));

    Visit visit;
    visit.familyId = id;
    visit.duoId = m_fixture.duoB;
    visit.start = QDateTime(QDate::currentDate().addDays(-1), QTime(10, 0));
    visit.durationMinutes = 60;
    auto visitId = m_commands->planVisit(visit, ClashPolicy::Allow);
    DC_VERIFY_OK(visitId);
    QCOMPARE(status(), FamilyStatus::Intake); // planned is not yet done
    CurrentUser coach;
    coach.kind = CurrentUser::Kind::Worker;
    coach.workerId = m_fixture.trustedB;
    coach.name = QStringLiteral("Ayşe Yılmaz");
    VisitOutcome outcome;
    outcome.visitId = visitId.value();
    outcome.trustedPersonPresent = true;
    outcome.professionalPresent = true;
    outcome.report.trustedPersonTasks = QStringLiteral("Kennismaking in het Turks.");
    DC_VERIFY_OK(m_commands->completeVisit(outcome, QString(), QString(), coach));
    QCOMPARE(status(), FamilyStatus::Active);
    QVERIFY2(stack->undoText().contains(QStringLiteral("active")), qPrintable(stack->undoText()));

    // A second visit done leaves it active, and its undo does not take the first one's step.
    visit.start = visit.start.addSecs(-7 * 24 * 3600);
    auto second = m_commands->planVisit(visit, ClashPolicy::Allow);
    DC_VERIFY_OK(second);
    outcome.visitId = second.value();
    DC_VERIFY_OK(m_commands->completeVisit(outcome, QString(), QString(), coach));
    QVERIFY(!stack->undoText().contains(QStringLiteral("active")));
    stack->undo(); // the second report
    QCOMPARE(status(), FamilyStatus::Active);
    stack->undo(); // the second visit
    stack->undo(); // the first report
    QCOMPARE(status(), FamilyStatus::Intake);
    stack->undo(); // the first visit
    stack->undo(); // the assignment
    QCOMPARE(status(), FamilyStatus::Referred);
    stack->redo();
    QCOMPARE(status(), FamilyStatus::Intake);
    stack->redo();
    stack->redo();
    QCOMPARE(status(), FamilyStatus::Active);
}

QTEST_MAIN(TestEditCommands)
#include "TestEditCommands.moc"
