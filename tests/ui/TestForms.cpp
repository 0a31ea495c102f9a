// The forms as a user fills them in: fields checked as they are typed (the postcode's sentence
// right under it, OK disabled while anything is wrong), saving through the page's actions, the
// lists following at once, a refusal only core can know keeping the form open, and archiving a
// worker handing each of their families over in the same step. Ctrl+Z takes each step back.

#include "DuoListModel.h"
#include "FamilyActions.h"
#include "FamilyDetailPane.h"
#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OrganisationListModel.h"
#include "UiTestSupport.h"
#include "WorkerActions.h"
#include "WorkerListModel.h"
#include "WorkersPage.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/DuoDialog.h"
#include "dialogs/FamilyDialog.h"
#include "dialogs/HandoverDialog.h"
#include "dialogs/LanguagePicker.h"
#include "dialogs/MemberDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/WorkerDialog.h"
#include "services/ChangeNotifier.h"
#include "services/Handover.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

class TestForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void postcodeAsYouType_data();
    void postcodeAsYouType();
    void birthYearAsYouType_data();
    void birthYearAsYouType();
    void newFamilyThroughThePage();
    void householdMemberThroughThePage();
    void organisationNameInUseKeepsTheFormOpen();
    void newWorkerWithLanguages();
    void newDuo();
    void archiveWorkerHandsOverFamilies();

private:
    // The main window on a fresh demo database, shown and active, its models under test.
    MainWindow *openWindow();
    void click(QWidget *toolBarOwner, QAction *action);
    void clickRow(QTableView *table, int row);
    void doubleClick(QWidget *viewport, const QPoint &position);
    // Ctrl+Z (or with Shift, Ctrl+Shift+Z) as the user presses it in the main window.
    void undoByKeyboard(bool redo = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestForms::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestForms::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestForms::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_testers.clear();
    m_window.reset();
    m_dir.reset();
}

MainWindow *TestForms::openWindow()
{
    auto db = UiTestSupport::demoDatabase(m_dir->filePath(QStringLiteral("forms.sqlite")));
    if (!db)
        return nullptr;
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    Workspace *workspace = m_window->workspace();
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             workspace->familyPage()->model(), workspace->workersPage()->workerModel(),
             workspace->workersPage()->duoModel(), workspace->workersPage()->organisationModel()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, mode));
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    return m_window.get();
}

void TestForms::click(QWidget *toolBarOwner, QAction *action)
{
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

void TestForms::clickRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

void TestForms::doubleClick(QWidget *viewport, const QPoint &position)
{
    // Qt 6.4's mouseDClick sends the double-click event alone; an item view acts on it only
    // after the press a real double click starts with.
    QTest::mousePress(viewport, Qt::LeftButton, {}, position);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, position);
}

void TestForms::undoByKeyboard(bool redo)
{
    // The offscreen platform does not give the window its focus back when a dialog closes.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z,
                    redo ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
}

void TestForms::postcodeAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("too short") << QStringLiteral("35631")
                               << QStringLiteral("The postcode \"35631\" is not a Dutch postcode "
                                                 "like 1234 AB.");
    QTest::newRow("leading zero") << QStringLiteral("0123 AB")
                                  << QStringLiteral("The postcode \"0123 AB\" is not a Dutch "
                                                    "postcode like 1234 AB.");
    QTest::newRow("never issued") << QStringLiteral("1234 SS")
                                  << QStringLiteral("The postcode \"1234 SS\" does not exist: SA, "
                                                    "SD and SS are never used.");
    QTest::newRow("without space, lower case") << QStringLiteral("3563ab") << QString();
    QTest::newRow("as written on a letter") << QStringLiteral("3563 AB") << QString();
}

void TestForms::postcodeAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    auto db = Database::open(m_dir->filePath(QStringLiteral("postcode.sqlite")));
    DC_VERIFY_OK(db);
    ChangeNotifier notifier;
    EditCommands commands(*db.value(), &notifier);
    FamilyDialog dialog(commands, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.okButton()->isEnabled()); // no name yet
    QTest::keyClicks(dialog.nameField(), QStringLiteral("Kaya"));
    QVERIFY(dialog.okButton()->isEnabled());

    auto *underField = dialog.findChild<QLabel *>(QStringLiteral("postcodeProblem"));
    auto *bottom = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(underField && bottom);
    // Every keystroke is checked: a half-typed postcode already says what is missing.
    QTest::keyClicks(dialog.postcodeField(), typed.left(2));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!underField->text().isEmpty());
    QTest::keyClicks(dialog.postcodeField(), typed.mid(2));
    QCOMPARE(dialog.okButton()->isEnabled(), problem.isEmpty());
    // The sentence's place is always there (issue 13.20: the form does not move as you type).
    QCOMPARE(underField->text().isEmpty(), problem.isEmpty());
    QVERIFY(bottom->text().isEmpty()); // said once, where it belongs
    if (!problem.isEmpty())
        QCOMPARE(underField->text(), problem);
    QCOMPARE(dialog.problemText(), problem);
}

void TestForms::birthYearAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("unknown") << QString() << true;
    QTest::newRow("a child") << QStringLiteral("2015") << true;
    QTest::newRow("too early") << QStringLiteral("1850") << false;
    QTest::newRow("in the future") << QString::number(QDate::currentDate().year() + 1) << false;
    QTest::newRow("letters are not taken") << QStringLiteral("abc") << true;
}

void TestForms::birthYearAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    auto db = Database::open(m_dir->filePath(QStringLiteral("member.sqlite")));
    DC_VERIFY_OK(db);
    ChangeNotifier notifier;
    EditCommands commands(*db.value(), &notifier);
    HouseholdMember member;
    member.familyId = 1;
    MemberDialog dialog(commands, member, QStringLiteral("Kaya"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstName")),
                     QStringLiteral("Emre"));
    auto *year = dialog.findChild<QLineEdit *>(QStringLiteral("birthYear"));
    QTest::keyClicks(year, typed);
    QCOMPARE(dialog.okButton()->isEnabled(), accepted);
    if (!accepted)
        QVERIFY2(dialog.problemText().contains(QStringLiteral("is not between 1900")),
                 qPrintable(dialog.problemText()));
}

void TestForms::newFamilyThroughThePage()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    FamilyPage *page = window->workspace()->familyPage();
    window->workspace()->setCurrentPage(Workspace::Families);
    const int before = page->model()->totalCount();

    click(page, page->actions()->newFamilyAction());
    auto *dialog = UiTestSupport::waitForDialog<FamilyDialog>(page);
    QVERIFY(dialog);
    QPointer<FamilyDialog> open(dialog);
    QTest::keyClicks(dialog->nameField(), QStringLiteral("Kaya"));
    QTest::keyClicks(dialog->postcodeField(), QStringLiteral("3563ab"));
    auto *languages = dialog->findChild<LanguagePicker *>();
    // Found by typing, among all languages, and ticked with a click.
    QTest::keyClicks(languages->searchField(), QStringLiteral("turk"));
    const QList<QListWidgetItem *> turkish =
        languages->list()->findItems(QStringLiteral("Turkish"), Qt::MatchExactly);
    QCOMPARE(turkish.size(), 1);
    QVERIFY(!turkish.first()->isHidden());
    QTest::mouseClick(languages->list()->viewport(), Qt::LeftButton, {},
                      languages->list()->visualItemRect(turkish.first()).center());
    QCOMPARE(languages->codes(), QStringList{QStringLiteral("tr")});
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(open.isNull());

    // The family is in the database, in the list and shown, as it was saved (postcode tidied).
    QTRY_COMPARE(page->model()->totalCount(), before + 1);
    const qint64 id = page->detailPane()->familyId();
    auto family = FamilyStore(window->database()).get(id);
    DC_VERIFY_OK(family);
    QCOMPARE(family->familyName, QStringLiteral("Kaya"));
    QCOMPARE(family->postcode, QStringLiteral("3563 AB"));
    QCOMPARE(family->homeLanguages, QStringList{QStringLiteral("tr")});
    QCOMPARE(family->referredOn, QDate::currentDate());
    QVERIFY(page->model()->rowOf(id) >= 0);
    QCOMPARE(page->table()->currentIndex().row(), page->model()->rowOf(id));

    undoByKeyboard();
    QTRY_COMPARE(page->model()->totalCount(), before);
    QVERIFY(!FamilyStore(window->database()).get(id).ok());
    QVERIFY(page->detailPane()->familyId() != id);
}

void TestForms::householdMemberThroughThePage()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    FamilyPage *page = window->workspace()->familyPage();
    window->workspace()->setCurrentPage(Workspace::Families);
    clickRow(page->table(), 4);
    const qint64 familyId = page->model()->familyId(4);
    QTRY_COMPARE(page->detailPane()->familyId(), familyId);
    QTableWidget *household = page->detailPane()->householdTable();
    const int members = household->rowCount();

    click(page, page->actions()->addMemberAction());
    auto *dialog = UiTestSupport::waitForDialog<MemberDialog>(page);
    QVERIFY(dialog);
    QPointer<MemberDialog> open(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstName")),
                     QStringLiteral("Yasmina"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("birthYear")),
                     QStringLiteral("2019"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(open.isNull());
    QTRY_COMPARE(household->rowCount(), members + 1);
    int row = -1;
    for (int i = 0; i < household->rowCount(); ++i)
        if (household->item(i, 0)->text() == QLatin1String("Yasmina"))
            row = i;
    QVERIFY(row >= 0);
    QCOMPARE(household->item(row, 2)->text(), QStringLiteral("2019"));

    // A double click on the member corrects them.
    doubleClick(household->viewport(), household->visualItemRect(household->item(row, 0)).center());
    auto *edit = UiTestSupport::waitForDialog<MemberDialog>(page);
    QVERIFY(edit);
    QPointer<MemberDialog> editing(edit);
    auto *year = edit->findChild<QLineEdit *>(QStringLiteral("birthYear"));
    QCOMPARE(year->text(), QStringLiteral("2019"));
    year->selectAll();
    QTest::keyClicks(year, QStringLiteral("2018"));
    QTest::mouseClick(edit->okButton(), Qt::LeftButton);
    QTRY_VERIFY(editing.isNull());
    QTRY_COMPARE(household->item(row, 2)->text(), QStringLiteral("2018"));

    QUndoStack *stack = window->workspace()->commands()->undoStack();
    QCOMPARE(stack->count(), 2);
    undoByKeyboard();
    QTRY_COMPARE(household->item(row, 2)->text(), QStringLiteral("2019"));
    undoByKeyboard();
    QTRY_COMPARE(household->rowCount(), members);
}

void TestForms::organisationNameInUseKeepsTheFormOpen()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    WorkersPage *page = window->workspace()->workersPage();
    window->workspace()->setCurrentPage(Workspace::WorkersAndDuos);
    const QString taken = page->organisationModel()->organisation(0).name;
    const int before = page->organisationModel()->rowCount();

    click(page, page->findChild<QAction *>(QStringLiteral("newOrganisation")));
    auto *dialog = UiTestSupport::waitForDialog<OrganisationDialog>(page);
    QVERIFY(dialog);
    QPointer<OrganisationDialog> open(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    QTest::keyClicks(name, taken.toUpper());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactName")),
                     QStringLiteral("Helen Kidane"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactEmail")),
                     QStringLiteral("helen@"));
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("not valid")),
             qPrintable(dialog->problemText()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("contactEmail")),
                     QStringLiteral("example.nl"));
    QVERIFY(dialog->okButton()->isEnabled());

    // Only core knows the name is in use: the form stays open and says so.
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(!open.isNull());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("already exists")),
             qPrintable(dialog->problemText()));
    QCOMPARE(window->workspace()->commands()->undoStack()->count(), 0);

    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Stichting Nieuw Begin"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(open.isNull());
    QTRY_COMPARE(page->organisationModel()->rowCount(), before + 1);
    const qint64 id = WorkersPage::selectedId(page->organisationTable());
    QCOMPARE(OrganisationStore(window->database()).get(id)->name,
             QStringLiteral("Stichting Nieuw Begin"));
    QCOMPARE(OrganisationStore(window->database()).get(id)->contactEmail,
             QStringLiteral("helen@example.nl"));
}

void TestForms::newWorkerWithLanguages()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    WorkersPage *page = window->workspace()->workersPage();
    window->workspace()->setCurrentPage(Workspace::WorkersAndDuos);
    const int before = page->workerModel()->rowCount();

    click(page, page->findChild<QAction *>(QStringLiteral("newWorker")));
    auto *dialog = UiTestSupport::waitForDialog<WorkerDialog>(page);
    QVERIFY(dialog);
    QPointer<WorkerDialog> open(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")),
                     QStringLiteral("Samira Haddou"));
    QVERIFY(!dialog->okButton()->isEnabled()); // no organisation yet
    QVERIFY2(dialog->problemText().contains(QStringLiteral("needs an organisation")),
             qPrintable(dialog->problemText()));
    dialog->findChild<QComboBox *>(QStringLiteral("organisation"))->setCurrentIndex(1);
    auto *languages = dialog->findChild<LanguagePicker *>();
    for (const QString &language : {QStringLiteral("Arabic"), QStringLiteral("Tamazight")}) {
        languages->searchField()->clear();
        QTest::keyClicks(languages->searchField(), language);
        QListWidgetItem *item = languages->list()->findItems(language, Qt::MatchExactly).value(0);
        QVERIFY(item);
        QTest::mouseClick(languages->list()->viewport(), Qt::LeftButton, {},
                          languages->list()->visualItemRect(item).center());
    }
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(open.isNull());
    QTRY_COMPARE(page->workerModel()->rowCount(), before + 1);
    const qint64 id = WorkersPage::selectedId(page->workerTable());
    auto worker = WorkerStore(window->database()).get(id);
    DC_VERIFY_OK(worker);
    QCOMPARE(worker->name, QStringLiteral("Samira Haddou"));
    QCOMPARE(worker->languages, (QStringList{QStringLiteral("ar"), QStringLiteral("zgh")}));
}

void TestForms::newDuo()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    WorkersPage *page = window->workspace()->workersPage();
    window->workspace()->setCurrentPage(Workspace::WorkersAndDuos);
    const int before = page->duoModel()->rowCount();

    click(page, page->findChild<QAction *>(QStringLiteral("newDuo")));
    auto *dialog = UiTestSupport::waitForDialog<DuoDialog>(page);
    QVERIFY(dialog);
    QPointer<DuoDialog> open(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    // Only active workers of the right role are offered.
    QComboBox *trusted = dialog->trustedPersonField();
    QComboBox *professional = dialog->professionalField();
    for (int i = 1; i < trusted->count(); ++i) {
        auto w = WorkerStore(window->database()).get(trusted->itemData(i).toLongLong());
        QVERIFY(w->active && w->role == WorkerRole::TrustedPerson);
    }
    trusted->setCurrentIndex(1);
    QVERIFY(!dialog->okButton()->isEnabled());
    professional->setCurrentIndex(professional->count() - 1);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(open.isNull());
    QTRY_COMPARE(page->duoModel()->rowCount(), before + 1);
    undoByKeyboard();
    QTRY_COMPARE(page->duoModel()->rowCount(), before);
}

void TestForms::archiveWorkerHandsOverFamilies()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    Database &db = window->database();
    WorkersPage *page = window->workspace()->workersPage();
    window->workspace()->setCurrentPage(Workspace::WorkersAndDuos);

    // A trusted person with families on the demo's day.
    QTableView *table = page->workerTable();
    int row = -1;
    qint64 workerId = 0;
    QList<Assignment> families;
    for (int i = 0; i < table->model()->rowCount() && row < 0; ++i) {
        const qint64 id = table->model()->index(i, 0).data(WorkerListModel::IdRole).toLongLong();
        auto theirs = Handover(db).familiesOfWorker(id, UiTestSupport::today());
        if (theirs && theirs->size() >= 2) {
            row = i;
            workerId = id;
            families = theirs.value();
        }
    }
    QVERIFY(row >= 0);
    const QByteArray before = TestSupport::contentHash(db);
    clickRow(table, row);
    QCOMPARE(WorkersPage::selectedId(table), workerId);

    click(page, page->findChild<QAction *>(QStringLiteral("archiveWorker")));
    auto *dialog = UiTestSupport::waitForDialog<HandoverDialog>(page);
    QVERIFY(dialog);
    QPointer<HandoverDialog> open(dialog);
    dialog->dayField()->setDate(UiTestSupport::today());
    QTableWidget *list = dialog->families();
    QCOMPARE(list->rowCount(), families.size());
    // Every family has a duo suggested; taking one away stops the step.
    QVERIFY(dialog->okButton()->isEnabled());
    auto *first = qobject_cast<QComboBox *>(list->cellWidget(0, HandoverDialog::NewDuoColumn));
    const int suggested = first->currentIndex();
    first->setCurrentIndex(0);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problemText().startsWith(QStringLiteral("Choose the duo that takes over")),
             qPrintable(dialog->problemText()));
    first->setCurrentIndex(suggested);
    const QHash<qint64, qint64> chosen = dialog->newDuos();
    QCOMPARE(chosen.size(), families.size());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(open.isNull());

    QVERIFY(!WorkerStore(db).get(workerId)->active);
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        auto current = AssignmentStore(db).current(it.key(), UiTestSupport::today());
        DC_VERIFY_OK(current);
        QCOMPARE(current->value().duoId, it.value());
    }
    // The worker list shows the worker archived at once.
    QTRY_VERIFY(page->workerModel()->index(table->model()->rowCount() > 0 ? 0 : 0, 0).isValid());
    const QString tip = table->model()->index(row, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("no longer active")), qPrintable(tip));

    // One step: one Ctrl+Z brings back the worker, their duos and every family's duo.
    QCOMPARE(window->workspace()->commands()->undoStack()->count(), 1);
    undoByKeyboard();
    QCOMPARE(TestSupport::contentHash(db), before);
    QVERIFY(WorkerStore(db).get(workerId)->active);
}

QTEST_MAIN(TestForms)
#include "TestForms.moc"
