// Issue 6, "done when": a session of a new user, as coordinator and then as coach, with an
// export, leaves a complete and correct access log, row by row, through the same command façade
// the windows use; and no SQL UPDATE or DELETE, from a connection of its own, changes a row.

#include "UiTestSupport.h"
#include "commands/EditCommands.h"
#include "exchange/ExportSelection.h"
#include "exchange/FamilyImporter.h"
#include "exchange/VisitLogCsv.h"
#include "services/ChangeNotifier.h"
#include "storage/ConfidentialNoteStore.h"

#include <QTest>
#include <QUndoStack>

using namespace TestSupport;

namespace {
// One expected row of the log.
struct Row
{
    QString user;
    const char *role;
    AccessAction action;
    AccessOutcome outcome;
    const char *detail;
};
} // namespace

class TestAccessLogSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void coordinatorCoachAndExport();
    void failedStepLeavesNoEntry();
    void undoOfAddingDeletesAndImportIsPerFamily();

private:
    QList<AccessEntry> log();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<EditCommands> m_commands;
};

void TestAccessLogSession::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    qputenv("USER", "jdevries");
}

void TestAccessLogSession::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("session.duocoach")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_notifier = std::make_unique<ChangeNotifier>();
    m_commands = std::make_unique<EditCommands>(*m_db, m_notifier.get());
}

void TestAccessLogSession::cleanup()
{
    m_commands.reset();
    m_notifier.reset();
    m_db.reset();
    m_dir.reset();
}

QList<AccessEntry> TestAccessLogSession::log()
{
    AccessQuery all;
    all.limit = 10000;
    auto entries = AccessLog(*m_db).entries(all);
    return entries ? entries.value() : QList<AccessEntry>();
}

void TestAccessLogSession::coordinatorCoachAndExport()
{
    // A new user on an empty database: they are the coordinator until they say otherwise.
    QCOMPARE(m_commands->actor().role, QStringLiteral("coordinator"));
    QCOMPARE(m_commands->actor().name, QStringLiteral("jdevries"));

    // The coordinator registers the organisations, workers and a duo: no family's file yet,
    // so nothing in the log.
    auto community = m_commands->addOrganisation(
        organisation(QStringLiteral("Stichting Brug"), OrganisationKind::Community));
    auto provider = m_commands->addOrganisation(
        organisation(QStringLiteral("Gezinskracht"), OrganisationKind::CareProvider));
    DC_VERIFY_OK(community);
    DC_VERIFY_OK(provider);
    auto fatima = m_commands->addWorker(
        worker(QStringLiteral("Fatima El Amrani"), WorkerRole::TrustedPerson, community.value()));
    auto marieke = m_commands->addWorker(
        worker(QStringLiteral("Marieke van Dijk"), WorkerRole::Professional, provider.value()));
    DC_VERIFY_OK(fatima);
    DC_VERIFY_OK(marieke);
    Duo duo;
    duo.trustedPersonId = fatima.value();
    duo.professionalId = marieke.value();
    duo.from = QDate(2026, 1, 1);
    auto duoId = m_commands->addDuo(duo);
    DC_VERIFY_OK(duoId);
    QCOMPARE(log().size(), 0);

    // The family: registered, two members, a duo, consent, an edit undone and redone.
    auto added = m_commands->addFamily(family(QStringLiteral("Bouzid"), QDate(2026, 1, 5)));
    DC_VERIFY_OK(added);
    const QString code = added->caseCode;
    HouseholdMember nora;
    nora.familyId = added->id;
    nora.firstName = QStringLiteral("Nora");
    nora.role = MemberRole::Parent;
    nora.birthYear = 1988;
    auto noraId = m_commands->addMember(nora);
    DC_VERIFY_OK(noraId);
    HouseholdMember rayan = nora;
    rayan.firstName = QStringLiteral("Rayan");
    rayan.role = MemberRole::Child;
    rayan.birthYear = 2018;
    DC_VERIFY_OK(m_commands->addMember(rayan));
    DC_VERIFY_OK(m_commands->assignDuo(added->id, duoId.value(), QDate(2026, 2, 1)));
    Consent consent;
    consent.familyId = added->id;
    consent.givenBy = ConsentGiver::Parents;
    consent.givenOn = QDate(2026, 2, 1);
    DC_VERIFY_OK(m_commands->giveConsent(
        consent, {ConsentPurpose::HomeVisits, ConsentPurpose::SupervisionExport}));
    Family moved = FamilyStore(*m_db).get(added->id).value();
    moved.street = QStringLiteral("Bernadottelaan 3");
    DC_VERIFY_OK(m_commands->editFamily(moved));
    m_commands->undoStack()->undo();
    m_commands->undoStack()->redo();

    // The coach (the trusted person) works now: plans and reports a visit, sets a goal,
    // keeps a note of her own.
    CurrentUser coach;
    coach.kind = CurrentUser::Kind::Worker;
    coach.workerId = fatima.value();
    coach.name = QStringLiteral("Fatima El Amrani");
    m_commands->setActor(Actor::of(*m_db, coach));
    Visit visit;
    visit.familyId = added->id;
    visit.duoId = duoId.value();
    visit.start = QDateTime(QDate::currentDate().addDays(-2), QTime(10, 0));
    visit.durationMinutes = 60;
    auto visitId = m_commands->planVisit(visit, ClashPolicy::Allow);
    DC_VERIFY_OK(visitId);
    VisitOutcome outcome;
    outcome.visitId = visitId.value();
    outcome.trustedPersonPresent = true;
    outcome.professionalPresent = true;
    outcome.presentMemberIds = {noraId.value()};
    outcome.report.trustedPersonTasks = QStringLiteral("Vertaalde de brief.");
    outcome.report.professionalTasks = QStringLiteral("Maakte een plan.");
    outcome.report.topics = {LifeDomain::Finances};
    DC_VERIFY_OK(m_commands->completeVisit(outcome, QString(), QString(), coach));
    Goal goal;
    goal.familyId = added->id;
    goal.domain = LifeDomain::Finances;
    goal.description = QStringLiteral("Huur op tijd betalen");
    goal.startScore = 2;
    goal.setOn = QDate::currentDate().addDays(-2);
    DC_VERIFY_OK(m_commands->addGoal(goal));
    ConfidentialNote note;
    note.familyId = added->id;
    note.trustedPersonId = fatima.value();
    note.text = QStringLiteral("Vertelde over de schulden van haar broer.");
    DC_VERIFY_OK(m_commands->addConfidentialNote(note, coach));

    // The professional tries to write such a note: refused, and on record.
    CurrentUser professional;
    professional.kind = CurrentUser::Kind::Worker;
    professional.workerId = marieke.value();
    professional.name = QStringLiteral("Marieke van Dijk");
    m_commands->setActor(Actor::of(*m_db, professional));
    note.trustedPersonId = marieke.value();
    QVERIFY(!m_commands->addConfidentialNote(note, professional));

    // The coordinator exports the visit log as CSV, as `duocoach-cli export --format csv` does,
    // and closes the file.
    m_commands->setActor(Actor::of(*m_db, CurrentUser()));
    ExportRequest request;
    request.from = QDate::currentDate().addDays(-7);
    request.to = QDate::currentDate();
    const QString csv = m_dir->filePath(QStringLiteral("visits.csv"));
    DC_VERIFY_OK(AccessLog(*m_db).recordedExport(
        m_commands->actor(), ExportSelection(request), QStringLiteral("csv_visit_log"), csv,
        [&](const PrivateFile::BeforePublish &record) -> Status {
            auto written = VisitLogCsv::write(*m_db, csv, request, QDate::currentDate(), record);
            return written ? Status() : Status(written.error());
        }));
    QVERIFY(QFileInfo::exists(csv));
    Family closed = FamilyStore(*m_db).get(added->id).value();
    closed.status = FamilyStatus::Closed;
    closed.closedOn = QDate::currentDate();
    closed.closingReason = QStringLiteral("Doelen bereikt");
    DC_VERIFY_OK(m_commands->editFamily(closed));

    const QString coordinator = QStringLiteral("jdevries");
    const QString fatimaName = QStringLiteral("Fatima El Amrani");
    const QList<Row> expected = {
        {coordinator, "coordinator", AccessAction::Create, AccessOutcome::Success, "family"},
        {coordinator, "coordinator", AccessAction::Update, AccessOutcome::Success,
         "household_member"},
        {coordinator, "coordinator", AccessAction::Update, AccessOutcome::Success,
         "household_member"},
        {coordinator, "coordinator", AccessAction::Update, AccessOutcome::Success,
         "duo_assignment"},
        {coordinator, "coordinator", AccessAction::Update, AccessOutcome::Success, "consent"},
        {coordinator, "coordinator", AccessAction::Update, AccessOutcome::Success, "family"},
        {coordinator, "coordinator", AccessAction::Update, AccessOutcome::Success, "family;undo"},
        {coordinator, "coordinator", AccessAction::Update, AccessOutcome::Success, "family;redo"},
        {fatimaName, "trusted_person", AccessAction::Update, AccessOutcome::Success, "visit"},
        {fatimaName, "trusted_person", AccessAction::Update, AccessOutcome::Success,
         "visit_report"},
        {fatimaName, "trusted_person", AccessAction::Update, AccessOutcome::Success, "goal"},
        {fatimaName, "trusted_person", AccessAction::Update, AccessOutcome::Success,
         "confidential_note"},
        {QStringLiteral("Marieke van Dijk"), "professional", AccessAction::Update,
         AccessOutcome::Refused, "confidential_note;not_trusted_person"},
        {coordinator, "coordinator", AccessAction::Export, AccessOutcome::Success, "csv_visit_log"},
        {coordinator, "coordinator", AccessAction::Archive, AccessOutcome::Success, "family"},
    };
    const QList<AccessEntry> entries = log();
    QCOMPARE(entries.size(), expected.size());
    for (int i = 0; i < entries.size(); ++i) {
        const AccessEntry &e = entries.at(i);
        const Row &want = expected.at(i);
        const QByteArray where = QByteArray::number(i + 1) + ": " + e.detail.toUtf8();
        QVERIFY2(e.userName == want.user, where.constData());
        QVERIFY2(e.userRole == QLatin1String(want.role), where.constData());
        QVERIFY2(e.account == QLatin1String("jdevries"), where.constData());
        QVERIFY2(e.action == want.action, where.constData());
        QVERIFY2(e.familyId == added->id, where.constData());
        QVERIFY2(e.caseCode == code, where.constData());
        QVERIFY2(e.outcome == want.outcome, where.constData());
        QVERIFY2(e.detail == QLatin1String(want.detail), where.constData());
        if (i > 0)
            QVERIFY2(entries.at(i - 1).at <= e.at, where.constData());
    }

    // No SQL from outside changes or removes a row.
    const QString path = m_db->path();
    m_commands.reset();
    m_db.reset();
    for (const QString &sql :
         {QStringLiteral("UPDATE access_log SET outcome = 'success'"),
          QStringLiteral("UPDATE access_log SET user_name = 'nobody' WHERE id = 13"),
          QStringLiteral("DELETE FROM access_log WHERE outcome = 'refused'"),
          QStringLiteral("DELETE FROM access_log")}) {
        const QString error = rawExec(path, {sql});
        QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(sql + error));
    }
    auto reopened = Database::open(path);
    DC_VERIFY_OK(reopened);
    m_db = std::move(reopened).value();
    const QList<AccessEntry> after = log();
    QCOMPARE(after.size(), entries.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).id, entries.at(i).id);
        QCOMPARE(after.at(i).at, entries.at(i).at);
        QCOMPARE(after.at(i).userName, entries.at(i).userName);
        QCOMPARE(after.at(i).outcome, entries.at(i).outcome);
        QCOMPARE(after.at(i).detail, entries.at(i).detail);
    }
}

void TestAccessLogSession::failedStepLeavesNoEntry()
{
    Fixture f;
    QCOMPARE(makeFixture(*m_db, &f), QString());
    // Refused by the store (a member without a name): neither the change nor an entry.
    HouseholdMember nameless;
    nameless.familyId = f.family.id;
    nameless.role = MemberRole::Child;
    QVERIFY(!m_commands->addMember(nameless));
    QCOMPARE(log().size(), 0);
    // A step whose entry cannot be written (the actor's role is not one the log knows) does
    // not happen either: one transaction.
    Actor stranger = m_commands->actor();
    stranger.role = QStringLiteral("visitor");
    m_commands->setActor(stranger);
    HouseholdMember sami = nameless;
    sami.firstName = QStringLiteral("Sami");
    const int members = rowCount(*m_db, QStringLiteral("household_members"));
    QVERIFY(!m_commands->addMember(sami));
    QCOMPARE(rowCount(*m_db, QStringLiteral("household_members")), members);
    QCOMPARE(m_commands->undoStack()->count(), 0);
    QCOMPARE(log().size(), 0);
}

void TestAccessLogSession::undoOfAddingDeletesAndImportIsPerFamily()
{
    auto added = m_commands->addFamily(family(QStringLiteral("Yıldız"), QDate(2026, 2, 1)));
    DC_VERIFY_OK(added);
    m_commands->undoStack()->undo();
    QVERIFY(!FamilyStore(*m_db).get(added->id).ok());
    m_commands->undoStack()->redo();
    QList<AccessEntry> entries = log();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).action, AccessAction::Create);
    // The family is gone when its deletion is logged; the entry still names it.
    QCOMPARE(entries.at(1).action, AccessAction::Delete);
    QCOMPARE(entries.at(1).detail, QStringLiteral("family;undo"));
    QCOMPARE(entries.at(1).caseCode, added->caseCode);
    QCOMPARE(entries.at(2).action, AccessAction::Create);
    QCOMPARE(entries.at(2).detail, QStringLiteral("family;redo"));

    // An import: one entry per family, and its undo one deletion per family.
    const QString csv = m_dir->filePath(QStringLiteral("families.csv"));
    QVERIFY(writeFile(csv, "family_name;referred_on\r\nHaddou;2026-03-01\r\nOsei;2026-03-02\r\n"));
    FamilyImporter importer;
    DC_VERIFY_OK(importer.read(csv));
    auto imported = m_commands->importFamilies(importer);
    DC_VERIFY_OK(imported);
    QCOMPARE(imported->size(), 2);
    m_commands->undoStack()->undo();
    entries = log();
    QCOMPARE(entries.size(), 7);
    for (int i = 3; i < 5; ++i) {
        QCOMPARE(entries.at(i).action, AccessAction::Import);
        QCOMPARE(entries.at(i).detail, QStringLiteral("csv"));
        QCOMPARE(entries.at(i).caseCode, imported->at(i - 3).caseCode);
    }
    for (int i = 5; i < 7; ++i) {
        QCOMPARE(entries.at(i).action, AccessAction::Delete);
        QCOMPARE(entries.at(i).caseCode, imported->at(i - 5).caseCode);
    }
}

QTEST_MAIN(TestAccessLogSession)
#include "TestAccessLogSession.moc"
