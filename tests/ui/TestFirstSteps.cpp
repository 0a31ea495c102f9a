// Today on a new, empty database (issue 13, point 21): instead of "every family was visited
// recently" it shows the first steps, each a button that opens the dialog of that step, and the
// demo data; the steps taken are marked and the whole box goes once the database holds an
// organisation, both kinds of worker, a duo and a family. Driven through the real window.

#include "MainWindow.h"
#include "MessageBox.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "commands/EditCommands.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

class TestFirstSteps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyDatabaseShowsFirstSteps();
    void eachStepOpensItsDialog_data();
    void eachStepOpensItsDialog();
    void stepsTakenAreMarkedAndTheBoxGoes();
    void demoDataFromToday();

private:
    std::unique_ptr<MainWindow> openEmpty(const QString &name);
    TodayPage *today() const { return m_window->workspace()->todayPage(); }
    QPushButton *step(const QString &name) const { return today()->findChild<QPushButton *>(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestFirstSteps::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
}

void TestFirstSteps::init()
{
    UiTestSupport::failOnWarnings();
    UiTestSupport::isolateSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = openEmpty(QStringLiteral("new.sqlite"));
    QVERIFY(m_window);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->workspace()->currentPage(), Workspace::Today);
}

void TestFirstSteps::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->inherits("QDialog"))
            widget->close();
    m_window.reset();
    m_dir.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

std::unique_ptr<MainWindow> TestFirstSteps::openEmpty(const QString &name)
{
    auto db = Database::open(m_dir->filePath(name));
    return db ? std::make_unique<MainWindow>(std::move(db).value()) : nullptr;
}

void TestFirstSteps::emptyDatabaseShowsFirstSteps()
{
    auto *box = today()->findChild<QGroupBox *>(QStringLiteral("firstSteps"));
    QVERIFY2(box, "Today has no first steps");
    QVERIFY(box->isVisible());
    for (const char *name : {"firstStepOrganisation", "firstStepWorkers", "firstStepDuo",
                             "firstStepFamily", "firstStepDemoData"}) {
        QPushButton *button = step(QLatin1String(name));
        QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
    }
    // No false comfort about families that do not exist.
    for (QLabel *label : today()->findChildren<QLabel *>())
        QVERIFY2(!label->isVisible() || !label->text().contains(QLatin1String("visited recently")),
                 qPrintable(label->text()));
}

void TestFirstSteps::eachStepOpensItsDialog_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("dialogClass");
    QTest::newRow("organisation") << "firstStepOrganisation"
                                  << "OrganisationDialog";
    QTest::newRow("worker") << "firstStepWorkers"
                            << "WorkerDialog";
    QTest::newRow("duo") << "firstStepDuo"
                         << "DuoDialog";
    QTest::newRow("family") << "firstStepFamily"
                            << "FamilyDialog";
}

void TestFirstSteps::eachStepOpensItsDialog()
{
    QFETCH(QString, button);
    QFETCH(QString, dialogClass);
    QPushButton *pushed = step(button);
    QVERIFY(pushed);
    // With the keyboard, as from the Tab order: focus and space.
    pushed->setFocus(Qt::TabFocusReason);
    QTest::keyClick(pushed, Qt::Key_Space);
    QTRY_VERIFY(QApplication::activeModalWidget());
    QWidget *dialog = QApplication::activeModalWidget();
    QCOMPARE(QString::fromLatin1(dialog->metaObject()->className()), dialogClass);
    dialog->close();
    // Today stays: the next step is in sight when the dialog closes.
    QCOMPARE(m_window->workspace()->currentPage(), Workspace::Today);
}

void TestFirstSteps::stepsTakenAreMarkedAndTheBoxGoes()
{
    EditCommands *commands = m_window->workspace()->commands();
    auto organisation = commands->addOrganisation(TestSupport::organisation(
        QStringLiteral("Stichting Brug Overvecht"), OrganisationKind::Community));
    DC_VERIFY_OK(organisation);
    QTRY_VERIFY(!step(QStringLiteral("firstStepOrganisation"))->isEnabled());
    QVERIFY(step(QStringLiteral("firstStepWorkers"))->isEnabled());

    auto trusted = commands->addWorker(TestSupport::worker(
        QStringLiteral("Fatima El Amrani"), WorkerRole::TrustedPerson, organisation.value()));
    DC_VERIFY_OK(trusted);
    // One kind of worker is not enough for a duo: the step stays, saying what is missing.
    QTRY_VERIFY(today()->findChild<QLabel *>(QStringLiteral("firstStepWorkersDone")));
    QTRY_VERIFY(today()
                    ->findChild<QLabel *>(QStringLiteral("firstStepWorkersDone"))
                    ->text()
                    .contains(QLatin1String("professional")));
    QVERIFY(step(QStringLiteral("firstStepWorkers"))->isEnabled());
    // Real people are in the file now: demo data would mix with them.
    QVERIFY(!step(QStringLiteral("firstStepDemoData"))->isVisible());

    auto professional = commands->addWorker(TestSupport::worker(
        QStringLiteral("Marieke van Dijk"), WorkerRole::Professional, organisation.value()));
    DC_VERIFY_OK(professional);
    QTRY_VERIFY(!step(QStringLiteral("firstStepWorkers"))->isEnabled());
    Duo duo;
    duo.trustedPersonId = trusted.value();
    duo.professionalId = professional.value();
    duo.from = QDate(2026, 1, 1);
    DC_VERIFY_OK(commands->addDuo(duo));
    QTRY_VERIFY(!step(QStringLiteral("firstStepDuo"))->isEnabled());
    auto *box = today()->findChild<QGroupBox *>(QStringLiteral("firstSteps"));
    QVERIFY(box->isVisible());

    DC_VERIFY_OK(
        commands->addFamily(TestSupport::family(QStringLiteral("Bouzid"), QDate(2026, 1, 5))));
    QTRY_VERIFY(!box->isVisible());
    // Undo brings the last step back.
    commands->undoStack()->undo();
    QTRY_VERIFY(box->isVisible());
    QVERIFY(step(QStringLiteral("firstStepFamily"))->isEnabled());
}

void TestFirstSteps::demoDataFromToday()
{
    QPushButton *demo = step(QStringLiteral("firstStepDemoData"));
    QVERIFY(demo);
    QTest::mouseClick(demo, Qt::LeftButton);
    // The window builds its pages anew over the demo data.
    QTRY_VERIFY(
        m_window->workspace()->todayPage()->findChild<QGroupBox *>(QStringLiteral("firstSteps")) &&
        !m_window->workspace()
             ->todayPage()
             ->findChild<QGroupBox *>(QStringLiteral("firstSteps"))
             ->isVisible());
    auto families = FamilyStore(m_window->database()).count();
    DC_VERIFY_OK(families);
    QVERIFY(families.value() > 0);
}

QTEST_MAIN(TestFirstSteps)
#include "TestFirstSteps.moc"
