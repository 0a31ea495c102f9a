// A coordinator's first day, through the UI alone: from an empty database (the demo offer
// answered No) to a family with an assigned duo. An organisation for each side, a trusted person
// and a professional, their duo, a family, and the top-ranked duo assigned to it by clicking.
// Then Ctrl+Z once per step leaves the database empty again, and Ctrl+Shift+Z brings it all back.

#include "DemoDataOffer.h"
#include "DuoListModel.h"
#include "FamilyActions.h"
#include "FamilyDetailPane.h"
#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OrganisationListModel.h"
#include "UiTestSupport.h"
#include "WorkerListModel.h"
#include "WorkersPage.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/AssignDuoDialog.h"
#include "dialogs/DuoDialog.h"
#include "dialogs/FamilyDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/WorkerDialog.h"
#include "services/Matcher.h"
#include "services/Statistics.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>

class TestCoordinatorJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyDatabaseToAssignedDuoAndBack();

private:
    void click(QWidget *toolBarOwner, QAction *action);
    void clickRow(QTableView *table, int row);
    // Ctrl+Z (or with Shift, Ctrl+Shift+Z) as the user presses it in the main window.
    void undoByKeyboard(bool redo = false);
    // Fills and saves the organisation form; the new organisation's id, or 0.
    qint64 addOrganisation(const QString &name, OrganisationKind kind);
    qint64 addWorker(const QString &name, WorkerRole role, qint64 organisationId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestCoordinatorJourney::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestCoordinatorJourney::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCoordinatorJourney::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_testers.clear();
    m_window.reset();
    m_dir.reset();
}

void TestCoordinatorJourney::click(QWidget *toolBarOwner, QAction *action)
{
    QVERIFY(action);
    // The button the user sees for the action, in whichever tool bar of the page holds it.
    for (QToolBar *bar : toolBarOwner->findChildren<QToolBar *>()) {
        if (QWidget *button = bar->widgetForAction(action)) {
            QVERIFY2(button->isEnabled(), qPrintable(action->text()));
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button for %1").arg(action->text())));
}

void TestCoordinatorJourney::clickRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

void TestCoordinatorJourney::undoByKeyboard(bool redo)
{
    // The offscreen platform does not give the window its focus back when a dialog closes.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z,
                    redo ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
}

qint64 TestCoordinatorJourney::addOrganisation(const QString &name, OrganisationKind kind)
{
    WorkersPage *page = m_window->workspace()->workersPage();
    const int before = page->organisationModel()->rowCount();
    click(page, page->findChild<QAction *>(QStringLiteral("newOrganisation")));
    auto *dialog = UiTestSupport::waitForDialog<OrganisationDialog>(page);
    if (!dialog)
        return 0;
    QPointer<OrganisationDialog> open(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), name);
    auto *kindField = dialog->findChild<QComboBox *>(QStringLiteral("kind"));
    kindField->setCurrentIndex(kindField->findData(int(kind)));
    if (!dialog->okButton()->isEnabled())
        return 0;
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return open.isNull(); }))
        return 0;
    if (!QTest::qWaitFor([&] { return page->organisationModel()->rowCount() == before + 1; }))
        return 0;
    return WorkersPage::selectedId(page->organisationTable());
}

qint64 TestCoordinatorJourney::addWorker(const QString &name, WorkerRole role,
                                         qint64 organisationId)
{
    WorkersPage *page = m_window->workspace()->workersPage();
    const int before = page->workerModel()->rowCount();
    click(page, page->findChild<QAction *>(QStringLiteral("newWorker")));
    auto *dialog = UiTestSupport::waitForDialog<WorkerDialog>(page);
    if (!dialog)
        return 0;
    QPointer<WorkerDialog> open(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), name);
    auto *roleField = dialog->findChild<QComboBox *>(QStringLiteral("role"));
    roleField->setCurrentIndex(roleField->findData(int(role)));
    auto *organisation = dialog->findChild<QComboBox *>(QStringLiteral("organisation"));
    organisation->setCurrentIndex(organisation->findData(organisationId));
    if (organisation->currentIndex() <= 0 || !dialog->okButton()->isEnabled())
        return 0;
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return open.isNull(); }))
        return 0;
    if (!QTest::qWaitFor([&] { return page->workerModel()->rowCount() == before + 1; }))
        return 0;
    return WorkersPage::selectedId(page->workerTable());
}

void TestCoordinatorJourney::emptyDatabaseToAssignedDuoAndBack()
{
    auto opened = Database::open(m_dir->filePath(QStringLiteral("journey.sqlite")));
    DC_VERIFY_OK(opened);
    const QByteArray empty = TestSupport::contentHash(*opened.value());
    m_window = std::make_unique<MainWindow>(std::move(opened).value());
    MainWindow *window = m_window.get();
    Database &db = window->database();
    Workspace *workspace = window->workspace();
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             workspace->familyPage()->model(), workspace->workersPage()->workerModel(),
             workspace->workersPage()->duoModel(), workspace->workersPage()->organisationModel()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, mode));
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // As at a real start: the empty database offers demo data; the coordinator says No.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!window->offerDemoData());
    QVERIFY(DemoDataOffer::wasOffered(db));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("This database is empty")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(workspace, window->workspace()); // nothing was rebuilt
    QCOMPARE(TestSupport::contentHash(db), empty);
    QUndoStack *stack = workspace->commands()->undoStack();
    QCOMPARE(stack->count(), 0);

    // 1-2. An organisation on each side of the duo.
    WorkersPage *workers = workspace->workersPage();
    workspace->setCurrentPage(Workspace::WorkersAndDuos);
    const qint64 community =
        addOrganisation(QStringLiteral("Stichting Buurtkracht"), OrganisationKind::Community);
    QVERIFY(community > 0);
    const qint64 care =
        addOrganisation(QStringLiteral("Zorggroep Oost"), OrganisationKind::CareProvider);
    QVERIFY(care > 0 && care != community);
    QCOMPARE(OrganisationStore(db).get(community)->kind, OrganisationKind::Community);
    QCOMPARE(OrganisationStore(db).get(care)->kind, OrganisationKind::CareProvider);

    // 3-4. A trusted person from the community, a professional from the care provider.
    const qint64 trustedId =
        addWorker(QStringLiteral("Samira Haddou"), WorkerRole::TrustedPerson, community);
    QVERIFY(trustedId > 0);
    const qint64 professionalId =
        addWorker(QStringLiteral("Joost de Wit"), WorkerRole::Professional, care);
    QVERIFY(professionalId > 0 && professionalId != trustedId);
    QCOMPARE(WorkerStore(db).get(trustedId)->role, WorkerRole::TrustedPerson);
    QCOMPARE(WorkerStore(db).get(professionalId)->role, WorkerRole::Professional);
    QCOMPARE(WorkerStore(db).get(professionalId)->organisationId, care);

    // 5. Their duo.
    click(workers, workers->findChild<QAction *>(QStringLiteral("newDuo")));
    auto *duoDialog = UiTestSupport::waitForDialog<DuoDialog>(workers);
    QVERIFY(duoDialog);
    QPointer<DuoDialog> duoOpen(duoDialog);
    QCOMPARE(duoDialog->trustedPersonField()->count(), 2); // the prompt and Samira
    QCOMPARE(duoDialog->professionalField()->count(), 2);
    duoDialog->trustedPersonField()->setCurrentIndex(
        duoDialog->trustedPersonField()->findData(trustedId));
    duoDialog->professionalField()->setCurrentIndex(
        duoDialog->professionalField()->findData(professionalId));
    QVERIFY2(duoDialog->okButton()->isEnabled(), qPrintable(duoDialog->problemText()));
    QTest::mouseClick(duoDialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(duoOpen.isNull());
    QTRY_COMPARE(workers->duoModel()->rowCount(), 1);
    auto duos = DuoStore(db).all();
    DC_VERIFY_OK(duos);
    QCOMPARE(int(duos->size()), 1);
    const Duo duo = duos->front();
    QCOMPARE(duo.trustedPersonId, trustedId);
    QCOMPARE(duo.professionalId, professionalId);

    // 6. The family, on the families page.
    workspace->setCurrentPage(Workspace::Families);
    FamilyPage *families = workspace->familyPage();
    FamilyListModel *familyModel = families->model();
    QCOMPARE(familyModel->totalCount(), 0);
    click(families, families->actions()->newFamilyAction());
    auto *familyDialog = UiTestSupport::waitForDialog<FamilyDialog>(families);
    QVERIFY(familyDialog);
    QPointer<FamilyDialog> familyOpen(familyDialog);
    QTest::keyClicks(familyDialog->nameField(), QStringLiteral("Kaya"));
    QTest::keyClicks(familyDialog->postcodeField(), QStringLiteral("3563ab"));
    QVERIFY2(familyDialog->okButton()->isEnabled(), qPrintable(familyDialog->problemText()));
    QTest::mouseClick(familyDialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(familyOpen.isNull());
    QTRY_COMPARE(familyModel->totalCount(), 1);
    const qint64 familyId = familyModel->familyId(0);
    auto family = FamilyStore(db).get(familyId);
    DC_VERIFY_OK(family);
    QCOMPARE(family->familyName, QStringLiteral("Kaya"));
    QCOMPARE(family->postcode, QStringLiteral("3563 AB"));
    QVERIFY(
        AssignmentStore(db).current(familyId, QDate::currentDate())->value_or(Assignment()).duoId ==
        0);
    QCOMPARE(familyModel->index(0, FamilyListModel::Duo).data().toString(),
             QStringLiteral("Waiting for a duo"));

    // 7. Select the family with the mouse and assign the top-ranked duo.
    clickRow(families->table(), familyModel->rowOf(familyId));
    QTRY_COMPARE(families->detailPane()->familyId(), familyId);
    click(families, families->actions()->assignDuoAction());
    QPointer<AssignDuoDialog> assign;
    QTRY_VERIFY((assign = families->findChild<AssignDuoDialog *>()));
    QVERIFY(QTest::qWaitForWindowExposed(assign));
    QCOMPARE(assign->currentDuoId(), 0);
    QVERIFY(!assign->okButton()->isEnabled()); // nothing chosen yet
    auto ranking = Matcher(db).rank(family.value(), assign->startField()->date());
    DC_VERIFY_OK(ranking);
    QVERIFY(!ranking->isEmpty());
    QCOMPARE(assign->rankedDuoIds().value(0), ranking->front().duo.id);
    QTreeWidget *tree = assign->candidates();
    QVERIFY(tree->topLevelItemCount() >= 1);
    QTreeWidgetItem *top = tree->topLevelItem(0);
    const qint64 chosen = top->data(0, AssignDuoDialog::DuoIdRole).toLongLong();
    QCOMPARE(chosen, duo.id);
    tree->scrollToItem(top);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(top).center());
    QCOMPARE(assign->chosenDuoId(), chosen);
    QVERIFY2(assign->okButton()->isEnabled(), qPrintable(assign->problemText()));
    const QDate start = assign->startField()->date();
    QTest::mouseClick(assign->okButton(), Qt::LeftButton);
    QTRY_VERIFY(assign.isNull());

    // The family has the duo: in the database and in the list's Duo column.
    auto current = AssignmentStore(db).current(familyId, start);
    DC_VERIFY_OK(current);
    QVERIFY(current->has_value());
    QCOMPARE(current->value().duoId, chosen);
    QCOMPARE(current->value().from, start);
    const QString duoName = DuoStore(db).get(chosen)->displayName();
    QVERIFY(!duoName.isEmpty());
    QTRY_COMPARE(
        familyModel->index(familyModel->rowOf(familyId), FamilyListModel::Duo).data().toString(),
        duoName);
    const QByteArray assigned = TestSupport::contentHash(db);

    auto counts = Statistics::count(db);
    DC_VERIFY_OK(counts);
    QCOMPARE(counts->organisations, 2);
    QCOMPARE(counts->workers, 2);
    QCOMPARE(counts->duos, 1);
    QCOMPARE(counts->families, 1);
    QCOMPARE(counts->assignments, 1);

    // Seven steps, one Ctrl+Z each, back to the empty database.
    const int steps = 7;
    QCOMPARE(stack->count(), steps);
    QCOMPARE(stack->index(), steps);
    for (int i = 0; i < steps; ++i) {
        undoByKeyboard();
        QTRY_COMPARE(stack->index(), steps - 1 - i);
    }
    counts = Statistics::count(db);
    DC_VERIFY_OK(counts);
    QCOMPARE(counts->organisations, 0);
    QCOMPARE(counts->workers, 0);
    QCOMPARE(counts->duos, 0);
    QCOMPARE(counts->families, 0);
    QCOMPARE(counts->householdMembers, 0);
    QCOMPARE(counts->assignments, 0);
    QCOMPARE(counts->visits, 0);
    QVERIFY(!FamilyStore(db).get(familyId).ok());
    QVERIFY(!DuoStore(db).get(chosen).ok());
    QCOMPARE(TestSupport::contentHash(db), empty);
    // The lists follow.
    QTRY_COMPARE(familyModel->totalCount(), 0);
    QTRY_COMPARE(workers->duoModel()->rowCount(), 0);
    QTRY_COMPARE(workers->workerModel()->rowCount(), 0);
    QTRY_COMPARE(workers->organisationModel()->rowCount(), 0);

    // Ctrl+Shift+Z for every step: all is back, the assignment too.
    for (int i = 0; i < steps; ++i) {
        undoByKeyboard(true);
        QTRY_COMPARE(stack->index(), i + 1);
    }
    current = AssignmentStore(db).current(familyId, start);
    DC_VERIFY_OK(current);
    QVERIFY(current->has_value());
    QCOMPARE(current->value().duoId, chosen);
    QCOMPARE(TestSupport::contentHash(db), assigned);
    QTRY_COMPARE(familyModel->totalCount(), 1);
    QTRY_COMPARE(
        familyModel->index(familyModel->rowOf(familyId), FamilyListModel::Duo).data().toString(),
        duoName);
}

QTEST_MAIN(TestCoordinatorJourney)
#include "TestCoordinatorJourney.moc"
