// The main window: the first-start demo offer (answered in advance through MessageBox), File >
// Open with a refused and an accepted file, the navigation, the status bar, the language
// setting and the About box. No test ever waits on a real dialog.

#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QStackedWidget>
#include <QTest>

Q_DECLARE_METATYPE(QMessageBox::StandardButton)
Q_DECLARE_METATYPE(Workspace::Page)

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demoOffer_data();
    void demoOffer();
    void demoOfferIsPerFile();
    void noDemoOfferForAFilledDatabase();
    void refusedFileKeepsTheCurrentDatabase_data();
    void refusedFileKeepsTheCurrentDatabase();
    void openSwitchesTheDatabase();
    void navigation_data();
    void navigation();
    void statusBarShowsFileAndCounts();
    void language_data();
    void language();
    void about();
    // Issue 13, point 20: Ctrl+F from anywhere in the window.
    void findFromAnywhere_data();
    void findFromAnywhere();

private:
    std::unique_ptr<Database> emptyDatabase(const QString &name);
    std::unique_ptr<Database> demo(const QString &name, int families = 60);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
}

void TestMainWindow::init()
{
    UiTestSupport::failOnWarnings();
    UiTestSupport::isolateSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    // An answer a test set but did not use must not leak into the next test.
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

std::unique_ptr<Database> TestMainWindow::emptyDatabase(const QString &name)
{
    auto db = Database::open(m_dir->filePath(name));
    return db ? std::move(db).value() : nullptr;
}

std::unique_ptr<Database> TestMainWindow::demo(const QString &name, int families)
{
    auto db = UiTestSupport::demoDatabase(m_dir->filePath(name), families);
    return db ? std::move(db).value() : nullptr;
}

void TestMainWindow::demoOffer_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<bool>("loaded");
    QTest::newRow("yes loads demo data") << QMessageBox::Yes << true;
    QTest::newRow("no leaves the database empty") << QMessageBox::No << false;
}

void TestMainWindow::demoOffer()
{
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(bool, loaded);
    auto db = emptyDatabase(QStringLiteral("first-start.sqlite"));
    QVERIFY(db);
    const QString path = db->path();
    MainWindow window(std::move(db));
    QCOMPARE(window.workspace()->familyPage()->model()->rowCount(), 0);

    MessageBox::setNextAnswer(answer);
    QCOMPARE(window.offerDemoData(), loaded);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("fictitious")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(Settings::value(Settings::Key::DemoOffered).toStringList().contains(path));
    auto families = FamilyStore(window.database()).count();
    DC_VERIFY_OK(families);
    QCOMPARE(families.value() > 0, loaded);
    // The window shows the new data without a restart.
    window.workspace()->setCurrentPage(Workspace::Families);
    QCOMPARE(window.workspace()->familyPage()->model()->totalCount(), families.value());

    // Asked once per file: a second offer, here or after reopening the file, asks nothing (a
    // pending Yes would otherwise load data into the file that was declined).
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!window.offerDemoData());
    auto reopened = Database::open(path);
    DC_VERIFY_OK(reopened);
    MainWindow again(std::move(reopened).value());
    QVERIFY(!again.offerDemoData());
    auto after = FamilyStore(window.database()).count();
    DC_VERIFY_OK(after);
    QCOMPARE(after.value(), families.value());
}

void TestMainWindow::demoOfferIsPerFile()
{
    auto first = emptyDatabase(QStringLiteral("one.sqlite"));
    QVERIFY(first);
    MainWindow window(std::move(first));
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!window.offerDemoData());

    // Another empty file is a new question: through File > Open, answered with Yes this time.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("two.sqlite"))));
    window.workspace()->setCurrentPage(Workspace::Families);
    QVERIFY(window.workspace()->familyPage()->model()->totalCount() > 0);
    QCOMPARE(Settings::value(Settings::Key::DemoOffered).toStringList().size(), 2);
}

void TestMainWindow::noDemoOfferForAFilledDatabase()
{
    auto db = emptyDatabase(QStringLiteral("real.sqlite"));
    QVERIFY(db);
    TestSupport::Fixture fixture;
    const QString problem = TestSupport::makeFixture(*db, &fixture);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    MainWindow window(std::move(db));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!window.offerDemoData());
    window.workspace()->setCurrentPage(Workspace::Families);
    QCOMPARE(window.workspace()->familyPage()->model()->totalCount(), 1);
    QVERIFY(Settings::value(Settings::Key::DemoOffered).toStringList().isEmpty());
}

void TestMainWindow::refusedFileKeepsTheCurrentDatabase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("folder");
    QTest::newRow("not a database") << QStringLiteral("notes.sqlite") << false;
    QTest::newRow("a folder") << QStringLiteral("folder.sqlite") << true;
}

void TestMainWindow::refusedFileKeepsTheCurrentDatabase()
{
    QFETCH(QString, name);
    QFETCH(bool, folder);
    const QString bad = m_dir->filePath(name);
    if (folder)
        QVERIFY(QDir().mkpath(bad));
    else
        QVERIFY(TestSupport::writeFile(bad, "Shopping list: bread, milk\n"));
    auto expected = Database::open(bad);
    QVERIFY(!expected);

    auto db = demo(QStringLiteral("current.sqlite"));
    QVERIFY(db);
    const QString current = db->path();
    MainWindow window(std::move(db));
    QPointer<Workspace> workspace = window.workspace();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.openDatabase(bad));
    QCOMPARE(MessageBox::lastText(), expected.message());
    QCOMPARE(window.database().path(), current);
    QCOMPARE(window.workspace(), workspace.data());
    window.workspace()->setCurrentPage(Workspace::Families);
    QCOMPARE(window.workspace()->familyPage()->model()->totalCount(), 60);
    QVERIFY(Settings::value(Settings::Key::LastDatabase).toString().isEmpty());
}

void TestMainWindow::openSwitchesTheDatabase()
{
    auto first = demo(QStringLiteral("first.sqlite"));
    QVERIFY(first);
    QVERIFY(demo(QStringLiteral("second.sqlite"), 25));
    const QString second =
        QFileInfo(m_dir->filePath(QStringLiteral("second.sqlite"))).absoluteFilePath();

    MainWindow window(std::move(first));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPointer<Workspace> old = window.workspace();
    QVERIFY(window.openDatabase(second));
    QCOMPARE(window.database().path(), second);
    // The pages of the old file are gone at once, not later: they referred to its database.
    QVERIFY(old.isNull());
    window.workspace()->setCurrentPage(Workspace::Families);
    QCOMPARE(window.workspace()->familyPage()->model()->totalCount(), 25);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("databasePath"))->text(),
             QDir::toNativeSeparators(second));
    QCOMPARE(Settings::value(Settings::Key::LastDatabase).toString(), second);
    QCOMPARE(window.windowFilePath(), second);
}

void TestMainWindow::navigation_data()
{
    QTest::addColumn<Workspace::Page>("page");
    QTest::addColumn<QString>("pageClass");
    QTest::newRow("workers and duos") << Workspace::WorkersAndDuos << QStringLiteral("WorkersPage");
    QTest::newRow("visits") << Workspace::Visits << QStringLiteral("VisitLogPage");
    QTest::newRow("families") << Workspace::Families << QStringLiteral("FamilyPage");
    QTest::newRow("caseload") << Workspace::Caseload << QStringLiteral("CaseloadPage");
    QTest::newRow("waiting list") << Workspace::WaitingList << QStringLiteral("WaitingListPage");
    QTest::newRow("today") << Workspace::Today << QStringLiteral("TodayPage");
    QTest::newRow("my week") << Workspace::Week << QStringLiteral("WeekPlannerPage");
}

void TestMainWindow::navigation()
{
    QFETCH(Workspace::Page, page);
    QFETCH(QString, pageClass);
    auto db = demo(QStringLiteral("navigation.sqlite"));
    QVERIFY(db);
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.workspace()->currentPage(), Workspace::Today);
    if (page == Workspace::Today)
        window.workspace()->setCurrentPage(Workspace::Visits);

    QListWidget *navigation = window.workspace()->navigation();
    QCOMPARE(navigation->count(), int(Workspace::PageCount));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(page)).center());
    QTRY_COMPARE(window.workspace()->currentPage(), page);
    auto *pages = navigation->parentWidget()->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QCOMPARE(QString::fromLatin1(pages->currentWidget()->metaObject()->className()), pageClass);
}

void TestMainWindow::statusBarShowsFileAndCounts()
{
    auto db = demo(QStringLiteral("status.sqlite"));
    QVERIFY(db);
    const QString path = db->path();
    MainWindow window(std::move(db));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("databasePath"))->text(),
             QDir::toNativeSeparators(path));
    // The counts follow once the window has painted: it does not wait for them.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QLabel *counts = window.findChild<QLabel *>(QStringLiteral("databaseCounts"));
    QTRY_VERIFY2(counts->text().contains(QStringLiteral("Families: 60")),
                 qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(QStringLiteral("Visits: ")), qPrintable(counts->text()));
}

void TestMainWindow::language_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("system to Dutch") << QStringLiteral("system") << QStringLiteral("nl");
    QTest::newRow("Dutch to English") << QStringLiteral("nl") << QStringLiteral("en");
    QTest::newRow("English to system") << QStringLiteral("en") << QStringLiteral("system");
}

void TestMainWindow::language()
{
    QFETCH(QString, before);
    QFETCH(QString, chosen);
    Settings::setValue(Settings::Key::Language, before);
    auto db = emptyDatabase(QStringLiteral("language.sqlite"));
    QVERIFY(db);
    MainWindow window(std::move(db));
    auto *previous = window.findChild<QAction *>(QStringLiteral("language_") + before);
    auto *action = window.findChild<QAction *>(QStringLiteral("language_") + chosen);
    QVERIFY(previous && action);
    QVERIFY(previous->isChecked());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    QVERIFY(action->isChecked());
    QVERIFY(!previous->isChecked());
    QCOMPARE(Settings::value(Settings::Key::Language).toString(), chosen);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("restart")),
             qPrintable(MessageBox::lastText()));
}

void TestMainWindow::about()
{
    auto db = emptyDatabase(QStringLiteral("about.sqlite"));
    QVERIFY(db);
    MainWindow window(std::move(db));
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                 QStringLiteral("&Settings"), QStringLiteral("&Help")}));
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    about->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("DuoCoach")),
             qPrintable(MessageBox::lastText()));
}

void TestMainWindow::findFromAnywhere_data()
{
    QTest::addColumn<Workspace::Page>("page");
    QTest::addColumn<bool>("fromSideBar"); // else from the first widget of the page
    for (auto [page, name] :
         {std::pair{Workspace::Today, "today"}, std::pair{Workspace::Families, "families"},
          std::pair{Workspace::WorkersAndDuos, "workers"},
          std::pair{Workspace::Caseload, "caseload"}}) {
        QTest::addRow("%s, focus in the side bar", name) << page << true;
        QTest::addRow("%s, focus on the page", name) << page << false;
    }
}

void TestMainWindow::findFromAnywhere()
{
    QFETCH(Workspace::Page, page);
    QFETCH(bool, fromSideBar);
    auto db = emptyDatabase(QStringLiteral("find.sqlite"));
    QVERIFY(db);
    MainWindow window(std::move(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(window.isActiveWindow());
    window.workspace()->setCurrentPage(page);
    QListWidget *navigation = window.workspace()->navigation();
    QWidget *start = navigation;
    if (!fromSideBar) {
        auto *pages =
            navigation->parentWidget()->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        start = pages->currentWidget()->nextInFocusChain();
        while (start && !(start->focusPolicy() & Qt::TabFocus && start->isVisible()))
            start = start->nextInFocusChain();
        QVERIFY(start);
    }
    start->setFocus(Qt::MouseFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), start);

    QTest::keyClick(start, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = window.workspace()->familyPage()->searchField();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
    QCOMPARE(window.workspace()->currentPage(), Workspace::Families);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
