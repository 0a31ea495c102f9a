// The coordinator's daily work without detours (issue 17), through the main window: a new
// trusted person whose mosque is not in DuoCoach yet is added from the worker form, with the
// organisation made from inside it and nothing typed lost; a duo is formed with a professional
// made from inside the duo form; and the family that waits longest gets that duo from the
// waiting list itself, through the same ranked dialog as on its page. Its intake begins with it.

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "WaitingListModel.h"
#include "WaitingListPage.h"
#include "WorkerActions.h"
#include "WorkersPage.h"
#include "Workspace.h"
#include "dialogs/AssignDuoDialog.h"
#include "dialogs/ChoiceWithNew.h"
#include "dialogs/DuoDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/WorkerDialog.h"
#include "storage/AssignmentStore.h"
#include "storage/FamilyStore.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace TestSupport;

class TestCoordinatorDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newWorkerWithNewOrganisation();
    void assignFromTheWaitingList();
    void cleanup();

private:
    void openWindow();
    // The top-most visible form of this type: a form opened over another is found, not the one
    // beneath it.
    template <typename Form> Form *waitForForm(QWidget *over);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Database *m_db = nullptr;
    Fixture m_fixture;
};

void TestCoordinatorDesk::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    UiTestSupport::failOnWarnings();
}

void TestCoordinatorDesk::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

template <typename Form> Form *TestCoordinatorDesk::waitForForm(QWidget *over)
{
    Form *found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (Form *form : over->findChildren<Form *>())
            if (form->isVisible() && form->parentWidget() == over)
                found = form;
        return found != nullptr;
    });
    if (found)
        (void)QTest::qWaitForWindowExposed(found);
    return found;
}

void TestCoordinatorDesk::openWindow()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("office.sqlite")));
    DC_VERIFY_OK(db);
    m_db = db.value().get();
    QCOMPARE(makeFixture(*m_db, &m_fixture), QString());
    CurrentUser coordinator;
    coordinator.kind = CurrentUser::Kind::Coordinator;
    CurrentUser::save(*m_db, coordinator);
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCoordinatorDesk::newWorkerWithNewOrganisation()
{
    openWindow();
    Workspace *workspace = m_window->workspace();
    workspace->setCurrentPage(Workspace::WorkersAndDuos);
    QTRY_COMPARE(workspace->currentPage(), Workspace::WorkersAndDuos);
    workspace->workersPage()->actions()->newWorker();
    auto *worker = waitForForm<WorkerDialog>(workspace->workersPage());
    QVERIFY(worker);
    const QString name = QStringLiteral("Hatice Öztürk-Yılmaz & Dağ");
    auto *nameField = worker->findChild<QLineEdit *>(QStringLiteral("name"));
    nameField->setText(name); // keyClicks types ASCII only
    auto *role = worker->findChild<QComboBox *>(QStringLiteral("role"));
    role->setCurrentIndex(role->findData(int(WorkerRole::TrustedPerson)));
    auto *email = worker->findChild<QLineEdit *>(QStringLiteral("email"));
    QTest::keyClicks(email, QStringLiteral("hatice@example.nl"));
    QVERIFY(!worker->okButton()->isEnabled()); // no organisation yet

    // The mosque is not in the list: made from here, a community organisation by default.
    QTest::mouseClick(worker->organisationRow()->newButton(), Qt::LeftButton);
    auto *organisation = waitForForm<OrganisationDialog>(worker);
    QVERIFY(organisation);
    QCOMPARE(organisation->organisation().kind, OrganisationKind::Community);
    QTest::keyClicks(organisation->findChild<QLineEdit *>(QStringLiteral("name")),
                     QStringLiteral("Moskee Ulu Camii"));
    QTest::keyClicks(organisation->findChild<QLineEdit *>(QStringLiteral("city")),
                     QStringLiteral("Utrecht"));
    QTest::keyClicks(organisation->findChild<QLineEdit *>(QStringLiteral("contactName")),
                     QStringLiteral("Mehmet Kaya"));
    QVERIFY2(organisation->okButton()->isEnabled(), qPrintable(organisation->problemText()));
    QTest::mouseClick(organisation->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!organisation->isVisible());

    // Back in the worker form: what was typed is there, and the new mosque is chosen.
    QCOMPARE(nameField->text(), name);
    QCOMPARE(email->text(), QStringLiteral("hatice@example.nl"));
    auto organisations = OrganisationStore(*m_db).all();
    DC_VERIFY_OK(organisations);
    qint64 mosque = 0;
    for (const Organisation &o : organisations.value())
        if (o.name == QLatin1String("Moskee Ulu Camii"))
            mosque = o.id;
    QVERIFY(mosque > 0);
    QCOMPARE(worker->worker().organisationId, mosque);
    QVERIFY2(worker->okButton()->isEnabled(), qPrintable(worker->problemText()));
    QTest::mouseClick(worker->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!worker->isVisible());
    auto workers = WorkerStore(*m_db).all();
    DC_VERIFY_OK(workers);
    bool added = false;
    for (const Worker &w : workers.value())
        added = added || (w.name == name && w.organisationId == mosque);
    QVERIFY(added);
    // Two steps, each undoable: the organisation and the worker.
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo);
    QVERIFY(undo->text().contains(name) || undo->text().contains(QStringLiteral("Hatice")));
}

void TestCoordinatorDesk::assignFromTheWaitingList()
{
    openWindow();
    Workspace *workspace = m_window->workspace();
    // A new family, referred and without a duo: it waits.
    auto waiting = FamilyStore(*m_db).add(TestSupport::family(QStringLiteral("Öztürk-Yılmaz & Dağ"),
                                                              QDate::currentDate().addDays(-12)));
    DC_VERIFY_OK(waiting);

    // A duo formed for it, with a professional made from inside the duo form.
    workspace->setCurrentPage(Workspace::WorkersAndDuos);
    workspace->workersPage()->actions()->newDuo();
    auto *duo = waitForForm<DuoDialog>(workspace->workersPage());
    QVERIFY(duo);
    duo->trustedPersonField()->setCurrentIndex(
        duo->trustedPersonField()->findData(m_fixture.trustedB));
    QTest::mouseClick(duo->professionalRow()->newButton(), Qt::LeftButton);
    auto *professional = waitForForm<WorkerDialog>(duo);
    QVERIFY(professional);
    QCOMPARE(professional->worker().role, WorkerRole::Professional);
    QTest::keyClicks(professional->findChild<QLineEdit *>(QStringLiteral("name")),
                     QStringLiteral("Sanne Bakker"));
    auto *organisation = professional->findChild<QComboBox *>(QStringLiteral("organisation"));
    organisation->setCurrentIndex(organisation->findData(m_fixture.provider));
    QVERIFY2(professional->okButton()->isEnabled(), qPrintable(professional->problemText()));
    QTest::mouseClick(professional->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!professional->isVisible());
    // The trusted person chosen before stays chosen; the new professional is chosen too.
    QCOMPARE(duo->duo().trustedPersonId, m_fixture.trustedB);
    const qint64 sanne = duo->duo().professionalId;
    QVERIFY(sanne > 0);
    QCOMPARE(WorkerStore(*m_db).get(sanne)->name, QStringLiteral("Sanne Bakker"));
    QVERIFY2(duo->okButton()->isEnabled(), qPrintable(duo->problemText()));
    QTest::mouseClick(duo->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!duo->isVisible());

    // The waiting list, from the side bar; the family is there, and assigned from there.
    QListWidget *navigation = workspace->navigation();
    QTest::mouseClick(
        navigation->viewport(), Qt::LeftButton, {},
        navigation->visualItemRect(navigation->item(Workspace::WaitingList)).center());
    QTRY_COMPARE(workspace->currentPage(), Workspace::WaitingList);
    WaitingListPage *waitingPage = workspace->waitingListPage();
    QTableView *table = waitingPage->table();
    int row = -1;
    QTRY_VERIFY(table->model()->rowCount() > 0);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data(WaitingListModel::IdRole).toLongLong() == waiting->id)
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(!waitingPage->assignButton()->isEnabled());
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QVERIFY(waitingPage->assignButton()->isEnabled());
    QTest::mouseClick(waitingPage->assignButton(), Qt::LeftButton);
    auto *assign = waitForForm<AssignDuoDialog>(waitingPage);
    QVERIFY(assign);
    QVERIFY(assign->rankedDuoIds().size() >= 1);
    // The ranked list, as on the family's page; the duo with Ayşe (Turkish) chosen.
    QTreeWidget *candidates = assign->candidates();
    QTreeWidgetItem *chosen = nullptr;
    for (int i = 0; i < candidates->topLevelItemCount(); ++i)
        for (int column = 0; column < candidates->columnCount(); ++column)
            if (candidates->topLevelItem(i)->text(column).contains(QStringLiteral("Sanne")))
                chosen = candidates->topLevelItem(i);
    QVERIFY(chosen);
    candidates->setCurrentItem(chosen);
    QVERIFY2(assign->okButton()->isEnabled(), qPrintable(assign->problemText()));
    QTest::mouseClick(assign->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!assign->isVisible());

    auto current = AssignmentStore(*m_db).current(waiting->id);
    DC_VERIFY_OK(current);
    QVERIFY(current.value());
    QCOMPARE(FamilyStore(*m_db).status(waiting->id).value(), FamilyStatus::Intake);
    // It has left the list, and the page is still the waiting list.
    QTRY_VERIFY([&] {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(WaitingListModel::IdRole).toLongLong() ==
                waiting->id)
                return false;
        return true;
    }());
    QCOMPARE(workspace->currentPage(), Workspace::WaitingList);
}

QTEST_MAIN(TestCoordinatorDesk)
#include "TestCoordinatorDesk.moc"
