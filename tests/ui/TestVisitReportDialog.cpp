// The visit report as a duo coach fills it in: opened by a double click on a visit in the
// family's details, filled by clicking and typing (presence, task split, topics, a goal, a
// follow-up action, a note for the trusted person only, a safety concern), checked as it is
// typed, saved as one step that Ctrl+Z takes back and Ctrl+Shift+Z brings back. Cancel and
// no-show from the visit log need their reason; a concern stands out in the family list, the
// pane and the log, and is closed with a note from the pane's banner, for good.

#include "ConfidentialNotesPanel.h"
#include "FamilyDetailPane.h"
#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "FollowUpsPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SafetyBanner.h"
#include "UiTestSupport.h"
#include "VisitActions.h"
#include "VisitListModel.h"
#include "VisitLogPage.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/CloseConcernDialog.h"
#include "dialogs/MissedVisitDialog.h"
#include "dialogs/VisitReportDialog.h"
#include "services/Statistics.h"
#include "storage/ConfidentialNoteStore.h"
#include "storage/DuoStore.h"
#include "storage/FollowUpStore.h"
#include "storage/GoalStore.h"
#include "storage/SafetyConcernStore.h"
#include "storage/VisitReportStore.h"
#include "storage/VisitStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

namespace {
// Where a user clicks a check box: on the box itself, at its left.
void tick(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2 + 2, box->height() / 2));
}

} // namespace

class TestVisitReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fillAcceptUndoRedo();
    void professionalSeesNoConfidentialField();
    void noShowFromTheLogNeedsReason();
    void closeConcernFromTheBanner();
    void notesOnlyForTheTrustedPerson();
    void openingTheReportIsLoggedAsARead();
    // Issue 13.1: moving into a follow-up row's owner or due date (Tab, click, the owner's
    // list) used to recurse until the program died.
    void movingThroughAFollowUpRow_data();
    void movingThroughAFollowUpRow();

private:
    // The main window on a fresh demo database, and a planned visit three days ago of a family
    // with a current duo (m_visit), with a goal worked on then.
    bool openWindow();
    Database &db() const { return m_window->workspace()->commands()->database(); }
    Workspace *workspace() const { return m_window->workspace(); }
    // Double-clicks the visit in the family's details, as a coach opens its report.
    VisitReportDialog *openReportFromPane();
    template <typename Dialog> Dialog *waitForDialog();
    void doubleClick(QWidget *viewport, const QPoint &position);
    void undoByKeyboard(bool redo = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    Visit m_visit;
    Duo m_duo;
    Worker m_trustedPerson;
    Worker m_professional;
    qint64 m_goal = 0;
};

void TestVisitReportDialog::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestVisitReportDialog::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(openWindow());
}

void TestVisitReportDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_testers.clear();
    m_window.reset();
    m_dir.reset();
}

bool TestVisitReportDialog::openWindow()
{
    auto opened = UiTestSupport::demoDatabase(m_dir->filePath(QStringLiteral("report.sqlite")));
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return false;
    }
    Database &database = *opened.value();
    // Three days ago, at ten: in the past whenever the suite runs, within a current assignment
    // that started well before.
    const QDateTime start(QDate::currentDate().addDays(-3), QTime(10, 0));
    auto assigned = database.exec(
        QStringLiteral("SELECT a.family_id, a.duo_id FROM assignments a "
                       "JOIN families f ON f.id = a.family_id WHERE a.to_date IS NULL "
                       "AND a.from_date <= ? AND f.status <> 'closed' "
                       "AND (SELECT count(*) FROM household_members m "
                       "     WHERE m.family_id = f.id) >= 2 "
                       // No concern of the demo data: the tests count the family's concerns.
                       "AND NOT EXISTS (SELECT 1 FROM safety_concerns c WHERE c.family_id = f.id) "
                       "ORDER BY a.family_id LIMIT 1"),
        {start.date().addDays(-30).toString(Qt::ISODate)});
    if (!assigned || !assigned.value()->next())
        return false;
    m_visit = Visit();
    m_visit.familyId = assigned.value()->value(0).toLongLong();
    m_visit.duoId = assigned.value()->value(1).toLongLong();
    assigned.value()->finish();
    m_visit.start = start;
    auto visitId = VisitStore(database).add(m_visit);
    auto duo = DuoStore(database).get(m_visit.duoId);
    auto tp = duo ? WorkerStore(database).get(duo->trustedPersonId) : Result<Worker>(duo.error());
    auto prof = duo ? WorkerStore(database).get(duo->professionalId) : Result<Worker>(duo.error());
    Goal goal;
    goal.familyId = m_visit.familyId;
    goal.domain = LifeDomain::Housing;
    goal.description = QStringLiteral("Een groter huis vinden");
    goal.startScore = 2;
    goal.setOn = start.date().addDays(-10);
    auto goalAdded = GoalStore(database).add(goal);
    for (const QString &problem :
         {visitId.message(), tp.message(), prof.message(), goalAdded.message()})
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return false;
        }
    m_visit = VisitStore(database).get(visitId.value()).value();
    m_duo = duo.value();
    m_trustedPerson = tp.value();
    m_professional = prof.value();
    m_goal = goalAdded->id;

    m_window = std::make_unique<MainWindow>(std::move(opened).value());
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(workspace()->familyPage()->model(), mode));
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(workspace()->visitLogPage()->model(), mode));
    workspace()->setCurrentUser(UiTestSupport::workingAs(m_trustedPerson));
    m_window->show();
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

template <typename Dialog> Dialog *TestVisitReportDialog::waitForDialog()
{
    Dialog *dialog = nullptr;
    for (int attempt = 0; attempt < 50 && !dialog; ++attempt) {
        dialog = m_window->findChild<Dialog *>();
        if (!dialog)
            QTest::qWait(10);
    }
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

void TestVisitReportDialog::doubleClick(QWidget *viewport, const QPoint &position)
{
    // Qt 6.4's mouseDClick sends the double-click event alone; an item view acts on it only
    // after the press a real double click starts with.
    QTest::mousePress(viewport, Qt::LeftButton, {}, position);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, position);
}

void TestVisitReportDialog::undoByKeyboard(bool redo)
{
    // The offscreen platform does not give the window its focus back when a dialog closes.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z,
                    redo ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
}

VisitReportDialog *TestVisitReportDialog::openReportFromPane()
{
    workspace()->showFamily(m_visit.familyId);
    FamilyDetailPane *pane = workspace()->familyPage()->detailPane();
    QTableWidget *visits = pane->visitsTable();
    for (int row = 0; row < visits->rowCount(); ++row) {
        if (visits->item(row, 0)->data(Qt::UserRole).toLongLong() != m_visit.id)
            continue;
        visits->scrollToItem(visits->item(row, 0));
        doubleClick(visits->viewport(), visits->visualItemRect(visits->item(row, 0)).center());
        return waitForDialog<VisitReportDialog>();
    }
    qWarning("visit %lld is not among the family's latest visits", m_visit.id);
    return nullptr;
}

void TestVisitReportDialog::fillAcceptUndoRedo()
{
    VisitReportDialog *dialog = openReportFromPane();
    QVERIFY(dialog);
    QVERIFY(!dialog->isCorrecting());
    // A new report starts with both of the duo ticked: they visit together.
    QVERIFY(dialog->trustedPersonPresent()->isChecked());
    QVERIFY(dialog->professionalPresent()->isChecked());
    QVERIFY(dialog->okButton()->isEnabled());

    // Nobody of the duo: refused as you click, with the sentence under the form.
    tick(dialog->trustedPersonPresent());
    tick(dialog->professionalPresent());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("needs the trusted person")),
             qPrintable(dialog->problemText()));
    // Only the trusted person came, with one member of the family.
    tick(dialog->trustedPersonPresent());
    QVERIFY(dialog->okButton()->isEnabled());
    auto members = FamilyStore(db()).members(m_visit.familyId);
    DC_VERIFY_OK(members);
    const qint64 member = members->constFirst().id;
    QVERIFY(dialog->memberBox(member));
    tick(dialog->memberBox(member));

    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("trustedPersonTasks")),
                     QStringLiteral("Brief van de gemeente vertaald."));
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("professionalTasks")),
                     QStringLiteral("Telefonisch overleg over het afbetalingsplan."));
    tick(dialog->topicBox(LifeDomain::Finances));
    // The goal, ticked with the keyboard; its life domain becomes a topic by itself.
    QListWidget *goals = dialog->goalList();
    int goalRow = -1;
    for (int row = 0; row < goals->count(); ++row)
        if (goals->item(row)->data(Qt::UserRole).toLongLong() == m_goal)
            goalRow = row;
    QVERIFY(goalRow >= 0);
    goals->setFocus();
    goals->setCurrentRow(goalRow);
    QTest::keyClick(goals, Qt::Key_Space);
    QCOMPARE(goals->item(goalRow)->checkState(), Qt::Checked);
    QVERIFY(dialog->topicBox(LifeDomain::Housing)->isChecked());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("notes")),
                     QStringLiteral("Moeder maakt zich zorgen over de huur."));

    // Two follow-up rows; the second, left empty, blocks OK until it is removed.
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addFollowUp"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTableWidget *followUps = dialog->followUpTable();
    QCOMPARE(followUps->rowCount(), 1);
    auto *description =
        qobject_cast<QLineEdit *>(followUps->cellWidget(0, VisitReportDialog::DescriptionColumn));
    QTest::keyClicks(description, QStringLiteral("Budgetcoach bellen"));
    auto *owner =
        qobject_cast<QComboBox *>(followUps->cellWidget(0, VisitReportDialog::OwnerColumn));
    // The trusted person writes, so the action is theirs until they give it to the professional.
    QCOMPARE(owner->currentData().toLongLong(), m_trustedPerson.id);
    QTest::keyClick(owner, Qt::Key_Down);
    QCOMPARE(owner->currentData().toLongLong(), m_professional.id);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(followUps->rowCount(), 2);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("Follow-up action 2")),
             qPrintable(dialog->problemText()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeFollowUp")),
                      Qt::LeftButton);
    QCOMPARE(followUps->rowCount(), 1);
    QVERIFY(dialog->okButton()->isEnabled());

    // The trusted person's own note, and a safety concern that needs its description.
    QVERIFY(dialog->confidentialBox()->isVisible());
    QTest::keyClicks(dialog->confidentialNoteField(),
                     QStringLiteral("Moeder vertelde over schulden bij familie."));
    QVERIFY(!dialog->concernField()->isEnabled());
    tick(dialog->concernBox());
    QVERIFY(dialog->concernField()->isEnabled());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("Describe the safety concern")),
             qPrintable(dialog->problemText()));
    QTest::keyClicks(dialog->concernField(), QStringLiteral("Rayan had een blauwe plek."));
    QVERIFY(dialog->okButton()->isEnabled());

    const int notesBefore =
        int(ConfidentialNoteStore(db())
                .forFamily(m_visit.familyId, UiTestSupport::workingAs(m_trustedPerson))
                ->size());
    const int stepsBefore = workspace()->commands()->undoStack()->count();
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<VisitReportDialog *>());
    QCOMPARE(workspace()->commands()->undoStack()->count(), stepsBefore + 1);

    // In the database: all of it, in the trusted person's name.
    auto visit = VisitStore(db()).get(m_visit.id);
    DC_VERIFY_OK(visit);
    QCOMPARE(visit->status, VisitStatus::Done);
    QVERIFY(visit->trustedPersonPresent);
    QVERIFY(!visit->professionalPresent);
    QCOMPARE(visit->presentMemberIds, QList<qint64>{member});
    auto report = VisitReportStore(db()).report(m_visit.id);
    DC_VERIFY_OK(report);
    QVERIFY(report->has_value());
    QCOMPARE(report.value()->trustedPersonTasks, QStringLiteral("Brief van de gemeente vertaald."));
    QCOMPARE(report.value()->topics,
             (QList<LifeDomain>{LifeDomain::Finances, LifeDomain::Housing}));
    QCOMPARE(report.value()->goalIds, QList<qint64>{m_goal});
    QCOMPARE(report.value()->writtenBy, m_trustedPerson.name);
    auto actions = FollowUpStore(db()).forVisit(m_visit.id);
    DC_VERIFY_OK(actions);
    QCOMPARE(actions->size(), 1);
    QCOMPARE(actions->at(0).description, QStringLiteral("Budgetcoach bellen"));
    QCOMPARE(actions->at(0).ownerId, m_professional.id);
    QCOMPARE(actions->at(0).dueOn, m_visit.start.date().addDays(7));
    auto concerns = SafetyConcernStore(db()).openFor(m_visit.familyId);
    DC_VERIFY_OK(concerns);
    QCOMPARE(concerns->size(), 1);
    QCOMPARE(concerns->at(0).raisedBy, m_trustedPerson.name);
    QCOMPARE(concerns->at(0).visitId, m_visit.id);
    auto notes = ConfidentialNoteStore(db()).forFamily(m_visit.familyId,
                                                       UiTestSupport::workingAs(m_trustedPerson));
    DC_VERIFY_OK(notes);
    QCOMPARE(notes->size(), notesBefore + 1);
    QCOMPARE(notes->constFirst().text,
             QStringLiteral("Moeder vertelde over schulden bij familie."));
    QCOMPARE(notes->constFirst().visitId, m_visit.id);

    // On screen: the banner, the follow-up, and the family's row in the list.
    FamilyDetailPane *pane = workspace()->familyPage()->detailPane();
    QTRY_VERIFY(pane->safetyBanner()->isVisible());
    QCOMPARE(pane->safetyBanner()->concernCount(), 1);
    QTRY_COMPARE(pane->followUpsPanel()->table()->rowCount() >= 1, true);
    FamilyListModel *families = workspace()->familyPage()->model();
    const int row = families->rowOf(m_visit.familyId);
    QVERIFY(row >= 0);
    QVERIFY(!families->index(row, FamilyListModel::CaseCode)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    // Ctrl+Z: planned again, nothing of the report left; the concern is withdrawn, not deleted.
    undoByKeyboard();
    QCOMPARE(VisitStore(db()).get(m_visit.id)->status, VisitStatus::Planned);
    QVERIFY(!VisitReportStore(db()).report(m_visit.id)->has_value());
    QVERIFY(FollowUpStore(db()).forVisit(m_visit.id)->isEmpty());
    QCOMPARE(ConfidentialNoteStore(db())
                 .forFamily(m_visit.familyId, UiTestSupport::workingAs(m_trustedPerson))
                 ->size(),
             notesBefore);
    QVERIFY(SafetyConcernStore(db()).openFor(m_visit.familyId)->isEmpty());
    auto all = SafetyConcernStore(db()).forVisit(m_visit.id);
    QCOMPARE(all->size(), 1);
    QVERIFY(all->at(0).closingNote.contains(QStringLiteral("Withdrawn")));
    QTRY_VERIFY(!pane->safetyBanner()->isVisible());
    QVERIFY(families->index(families->rowOf(m_visit.familyId), FamilyListModel::CaseCode)
                .data(Qt::DecorationRole)
                .isNull());

    // Ctrl+Shift+Z: done again, with the same follow-up and note, and the concern raised anew.
    undoByKeyboard(true);
    QCOMPARE(VisitStore(db()).get(m_visit.id)->status, VisitStatus::Done);
    auto again = FollowUpStore(db()).forVisit(m_visit.id);
    QCOMPARE(again->size(), 1);
    QCOMPARE(again->at(0).id, actions->at(0).id);
    QCOMPARE(ConfidentialNoteStore(db())
                 .forFamily(m_visit.familyId, UiTestSupport::workingAs(m_trustedPerson))
                 ->constFirst()
                 .id,
             notes->constFirst().id);
    QCOMPARE(SafetyConcernStore(db()).openFor(m_visit.familyId)->size(), 1);
    QTRY_VERIFY(pane->safetyBanner()->isVisible());

    // Opened again, the form corrects the report it shows.
    dialog = openReportFromPane();
    QVERIFY(dialog);
    QVERIFY(dialog->isCorrecting());
    QVERIFY(!dialog->professionalPresent()->isChecked());
    QCOMPARE(dialog->followUpTable()->rowCount(), 1);
    QCOMPARE(dialog->okButton()->text(), QStringLiteral("Save Report"));
    dialog->reject();
}

void TestVisitReportDialog::professionalSeesNoConfidentialField()
{
    workspace()->setCurrentUser(UiTestSupport::workingAs(m_professional));
    const int notes = TestSupport::rowCount(db(), QStringLiteral("confidential_notes"));
    VisitReportDialog *dialog = openReportFromPane();
    QVERIFY(dialog);
    QVERIFY(!dialog->confidentialBox()->isVisible());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<VisitReportDialog *>());
    QCOMPARE(VisitReportStore(db()).report(m_visit.id).value()->writtenBy, m_professional.name);
    QCOMPARE(TestSupport::rowCount(db(), QStringLiteral("confidential_notes")), notes);
    // The professional was not handed the trusted person's notes of the family either.
    QVERIFY(!workspace()->familyPage()->detailPane()->confidentialNotesPanel()->isVisible());
}

void TestVisitReportDialog::noShowFromTheLogNeedsReason()
{
    workspace()->setCurrentPage(Workspace::Visits);
    VisitLogPage *log = workspace()->visitLogPage();
    VisitListModel *model = log->model();
    int row = -1;
    while (row < 0) {
        for (int r = 0; r < model->rowCount() && row < 0; ++r)
            if (model->visit(r).id == m_visit.id)
                row = r;
        if (row < 0) {
            QVERIFY(model->canFetchMore(QModelIndex()));
            model->fetchMore(QModelIndex());
        }
    }
    const QModelIndex index = model->index(row, 0);
    log->table()->scrollTo(index);
    QTest::mouseClick(log->table()->viewport(), Qt::LeftButton, {},
                      log->table()->visualRect(index).center());
    auto *noShow = log->findChild<QPushButton *>(QStringLiteral("noShow"));
    QVERIFY(noShow->isEnabled());
    const int noShowsBefore = Statistics::count(db())->visitsNoShow;
    QTest::mouseClick(noShow, Qt::LeftButton);
    auto *dialog = waitForDialog<MissedVisitDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("needs a reason")),
             qPrintable(dialog->problemText()));
    QTest::keyClicks(dialog->reasonField()->lineEdit(), QStringLiteral("Niemand deed open"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<MissedVisitDialog *>());

    auto visit = VisitStore(db()).get(m_visit.id);
    QCOMPARE(visit->status, VisitStatus::NoShow);
    QCOMPARE(visit->statusReason, QStringLiteral("Niemand deed open"));
    auto counts = Statistics::count(db());
    QCOMPARE(counts->visitsNoShow, noShowsBefore + 1);
    // The log follows: the row says no-show, and Mark Done stays possible (they came later).
    QTRY_COMPARE(log->table()->currentIndex().isValid(), true);
    QCOMPARE(model->visit(log->table()->currentIndex().row()).status, VisitStatus::NoShow);

    undoByKeyboard();
    visit = VisitStore(db()).get(m_visit.id);
    QCOMPARE(visit->status, VisitStatus::Planned);
    QCOMPARE(visit->statusReason, QString());
    QCOMPARE(Statistics::count(db())->visitsNoShow, noShowsBefore);
}

void TestVisitReportDialog::closeConcernFromTheBanner()
{
    SafetyConcern concern;
    concern.familyId = m_visit.familyId;
    concern.visitId = m_visit.id;
    concern.description = QStringLiteral("Vader dreigde met slaan.");
    concern.raisedBy = m_professional.name;
    DC_VERIFY_OK(workspace()->commands()->raiseConcern(concern));
    workspace()->showFamily(m_visit.familyId);
    FamilyDetailPane *pane = workspace()->familyPage()->detailPane();
    QTRY_VERIFY(pane->safetyBanner()->isVisible());
    // The visit carries the mark in the pane's list and in the log.
    QTableWidget *visits = pane->visitsTable();
    QList<qint64> shown;
    for (int row = 0; row < visits->rowCount(); ++row)
        shown << visits->item(row, 0)->data(Qt::UserRole).toLongLong();
    QVERIFY(shown.contains(m_visit.id));
    auto flagged = SafetyConcernStore(db()).visitsWithConcern(shown);
    DC_VERIFY_OK(flagged);
    QVERIFY(flagged->contains(m_visit.id));
    for (int row = 0; row < visits->rowCount(); ++row)
        QCOMPARE(!visits->item(row, 0)->icon().isNull(), flagged->contains(shown.at(row)));

    const int steps = workspace()->commands()->undoStack()->count();
    auto *close = pane->safetyBanner()->findChild<QPushButton *>(QStringLiteral("closeConcern"));
    QVERIFY(close && close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    auto *dialog = waitForDialog<CloseConcernDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    // The form says, before OK, that this is for good.
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("finalWarning"))->isVisible());
    QTest::keyClicks(dialog->noteField(), QStringLiteral("Besproken met Veilig Thuis."));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<CloseConcernDialog *>());

    auto all = SafetyConcernStore(db()).forFamily(m_visit.familyId);
    DC_VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    QVERIFY(!all->at(0).isOpen());
    QCOMPARE(all->at(0).closedBy, m_trustedPerson.name);
    QCOMPARE(all->at(0).closingNote, QStringLiteral("Besproken met Veilig Thuis."));
    QTRY_VERIFY(!pane->safetyBanner()->isVisible());
    // Not in the undo history: an undo could only reopen it, which never happens.
    QCOMPARE(workspace()->commands()->undoStack()->count(), steps);
    // Undoing the raise now cannot withdraw a closed concern: said, and the step is dropped.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    undoByKeyboard();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("never reopened")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(SafetyConcernStore(db()).get(all->at(0).id)->closingNote,
             QStringLiteral("Besproken met Veilig Thuis."));
}

void TestVisitReportDialog::notesOnlyForTheTrustedPerson()
{
    workspace()->showFamily(m_visit.familyId);
    FamilyDetailPane *pane = workspace()->familyPage()->detailPane();
    ConfidentialNotesPanel *panel = pane->confidentialNotesPanel();
    QTRY_VERIFY(panel->isVisible());
    const int before = panel->noteCount();
    const QString secret = QStringLiteral("Oom zit in de gevangenis; niet verder vertellen.");
    QVERIFY(!panel->addButton()->isEnabled());
    QTest::keyClicks(panel->newNoteField(), secret);
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    QTRY_COMPARE(panel->noteCount(), before + 1);
    QVERIFY(panel->newNoteField()->toPlainText().isEmpty());
    auto shows = [&] {
        for (const QLabel *label : pane->findChildren<QLabel *>())
            if (label->isVisible() && label->text().contains(QStringLiteral("gevangenis")))
                return true;
        return false;
    };
    QTRY_VERIFY(shows());

    // The professional of the same duo, and the coordinator: no panel, no text.
    for (const CurrentUser &other : {UiTestSupport::workingAs(m_professional), CurrentUser()}) {
        workspace()->setCurrentUser(other);
        QTRY_VERIFY(!panel->isVisible());
        QVERIFY(!shows());
    }
    workspace()->setCurrentUser(UiTestSupport::workingAs(m_trustedPerson));
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY(shows());
    undoByKeyboard();
    QTRY_COMPARE(panel->noteCount(), before);
}

void TestVisitReportDialog::openingTheReportIsLoggedAsARead()
{
    // The report shows the household and the notes: reading it is reading the family's file.
    const auto reportReads = [this] {
        return db()
            .scalar(QStringLiteral("SELECT count(*) FROM access_log WHERE action = 'read' "
                                   "AND family_id = ? AND detail = 'visit_report' "
                                   "AND user_name = ?"),
                    {m_visit.familyId, m_trustedPerson.name})
            ->toInt();
    };
    QCOMPARE(reportReads(), 0);
    VisitReportDialog *dialog = openReportFromPane();
    QVERIFY(dialog);
    QCOMPARE(reportReads(), 1);
    dialog->reject();
}

void TestVisitReportDialog::movingThroughAFollowUpRow_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Tab into the owner, Down") << QStringLiteral("tab");
    QTest::newRow("the owner's list") << QStringLiteral("popup");
    QTest::newRow("click the owner, then the due date") << QStringLiteral("click");
}

void TestVisitReportDialog::movingThroughAFollowUpRow()
{
    QFETCH(QString, how);
    VisitReportDialog *dialog = openReportFromPane();
    QVERIFY(dialog);
    QPointer<VisitReportDialog> alive(dialog);
    QTableWidget *followUps = dialog->followUpTable();
    // Two rows, so moving into the second one's fields has a row to select.
    for (int i = 0; i < 2; ++i) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addFollowUp")),
                          Qt::LeftButton);
        auto *description = qobject_cast<QLineEdit *>(
            followUps->cellWidget(i, VisitReportDialog::DescriptionColumn));
        QTRY_COMPARE(QApplication::focusWidget(), description);
        QTest::keyClicks(description, QStringLiteral("Actie %1").arg(i + 1));
    }
    const int row = 1;
    auto *description =
        qobject_cast<QLineEdit *>(followUps->cellWidget(row, VisitReportDialog::DescriptionColumn));
    auto *owner =
        qobject_cast<QComboBox *>(followUps->cellWidget(row, VisitReportDialog::OwnerColumn));
    auto *due = followUps->cellWidget(row, VisitReportDialog::DueColumn);
    QCOMPARE(owner->currentData().toLongLong(), m_trustedPerson.id);
    if (how == QLatin1String("tab")) {
        QTest::keyClick(description, Qt::Key_Tab);
        QVERIFY(alive);
        QTRY_COMPARE(QApplication::focusWidget(), owner);
        QTest::keyClick(owner, Qt::Key_Down);
    } else if (how == QLatin1String("popup")) {
        QTest::mouseClick(owner, Qt::LeftButton);
        QVERIFY(alive);
        QAbstractItemView *list = owner->view();
        QTRY_VERIFY(list->isVisible());
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(alive);
        QTRY_VERIFY(!list->isVisible());
    } else {
        QTest::mouseClick(owner, Qt::LeftButton);
        QVERIFY(alive);
        QTest::keyClick(owner->view(), Qt::Key_Down);
        QTest::keyClick(owner->view(), Qt::Key_Return);
        QTRY_VERIFY(!owner->view()->isVisible());
        QTest::mouseClick(due, Qt::LeftButton, {}, QPoint(4, due->height() / 2));
        QVERIFY(alive);
        QTRY_COMPARE(QApplication::focusWidget(), due);
    }
    QVERIFY(alive);
    QCOMPARE(owner->currentData().toLongLong(), m_professional.id);
    // The row moved into is the one selected, so Remove takes that one.
    const QModelIndexList selected = followUps->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().row(), row);
    QCOMPARE(description->text(), QStringLiteral("Actie 2"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!alive);
    auto actions = FollowUpStore(db()).forVisit(m_visit.id);
    DC_VERIFY_OK(actions);
    QCOMPARE(actions->size(), 2);
}

QTEST_MAIN(TestVisitReportDialog)
#include "TestVisitReportDialog.moc"
