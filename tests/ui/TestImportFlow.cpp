// File > Import as the GUI runs it: a good file is counted, confirmed and imported as one step
// that Undo takes back whole (new organisations included); a bad file is refused with the file,
// row and column, and the database file stays byte for byte as it was. The write runs off the
// window's thread (BackgroundTask); Cancel in its progress dialog stores nothing.

#include "BackgroundTask.h"
#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "ImportFlow.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OrganisationListModel.h"
#include "UiTestSupport.h"
#include "WorkerListModel.h"
#include "WorkersPage.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/ImportPreviewDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <functional>

using namespace TestSupport;

class TestImportFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void goodFamilies();
    void declinedImportWritesNothing();
    void previewShowsWhatComesIn();
    void badFamilies_data();
    void badFamilies();
    void workersWithANewOrganisation();
    void badWorkers();
    void fileMenuImportsAndUndoTakesItBack();
    void cancelInTheProgressDialogStoresNothing_data();
    void cancelInTheProgressDialogStoresNothing();

private:
    QString write(const QString &name, const QByteArray &bytes);
    // The database file and its write-ahead log: SQLite writes to the log first.
    QList<FileState> files() const;
    // Answers the file dialog File > Import opens next with `path`, as a user picks a file.
    void answerFileDialog(const QString &path);
    QList<AccessEntry> accessLog() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestImportFlow::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestImportFlow::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("import.sqlite"));
    auto db = Database::open(m_path);
    DC_VERIFY_OK(db);
    Fixture fixture;
    QCOMPARE(makeFixture(*db.value(), &fixture), QString());
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    Workspace *workspace = m_window->workspace();
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(workspace->familyPage()->model(), mode));
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(workspace->workersPage()->workerModel(), mode));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        workspace->workersPage()->organisationModel(), mode));
}

void TestImportFlow::cleanup()
{
    BackgroundTask::setBeforeWorkForTesting({});
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_testers.clear();
    m_window.reset();
    m_dir.reset();
}

QString TestImportFlow::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

QList<FileState> TestImportFlow::files() const
{
    return {fileState(m_path), fileState(m_path + QStringLiteral("-wal"))};
}

void TestImportFlow::answerFileDialog(const QString &path)
{
    // Queued before the action runs: it fires inside the dialog's own event loop.
    QTimer::singleShot(0, this, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "File > Import did not ask for a file");
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own, as its Open button does
    });
}

QList<AccessEntry> TestImportFlow::accessLog() const
{
    AccessQuery query;
    query.limit = 100000;
    auto entries = AccessLog(m_window->database()).entries(query);
    return entries ? entries.value() : QList<AccessEntry>();
}

void TestImportFlow::goodFamilies()
{
    // As Excel saves it in the Netherlands: BOM, semicolons, CRLF, a quoted cell with the
    // separator in it, names in several scripts.
    const QString path =
        write(QStringLiteral("families.csv"),
              "\xef\xbb\xbf"
              "family_name;street;postcode;city;district;home_languages;trusted_person_gender;"
              "referral_source;referred_on\r\n"
              "\xc3\x96zt\xc3\xbcrk;Kanaalstraat 5;3531ab;Utrecht;Lombok;Turks|nl;vrouw;Wijkteam;"
              "01-03-2026\r\n"
              "\xd8\xa7\xd9\x84\xd8\xb9\xd9\x84\xd9\x8a;\"Amsterdamsestraatweg 1; achterhuis\";;"
              "Utrecht;Zuilen;ar;;GGD;2026-03-02\r\n"
              "Yi\xc4\x9fit;;;Utrecht;;tr;;;2026-03-03\r\n");
    QVERIFY(!path.isEmpty());
    EditCommands &commands = *m_window->workspace()->commands();
    FamilyListModel *list = m_window->workspace()->familyPage()->model();
    m_window->workspace()->setCurrentPage(Workspace::Families);
    const int before = list->totalCount();
    const QByteArray hashBefore = contentHash(m_window->database());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QString done;
    QVERIFY(ImportFlow::importFamilies(m_window.get(), commands, path, &done));
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Families in families.csv: 3.")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(done, QStringLiteral("Families imported from families.csv: 3."));
    QTRY_COMPARE(list->totalCount(), before + 3);
    auto arabic = FamilyStore(m_window->database()).page(QStringLiteral("العلي"), QString(), 5);
    DC_VERIFY_OK(arabic);
    QCOMPARE(arabic->size(), 1);
    const QString caseCode = arabic->first().caseCode;

    // One step on the stack: undo removes all three, redo brings the same three back.
    QUndoStack *stack = commands.undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import families from families.csv"));
    stack->undo();
    QTRY_COMPARE(list->totalCount(), before);
    QCOMPARE(contentHash(m_window->database()), hashBefore);
    stack->redo();
    QTRY_COMPARE(list->totalCount(), before + 3);
    QCOMPARE(FamilyStore(m_window->database()).byCaseCode(caseCode)->familyName,
             QStringLiteral("العلي"));
}

void TestImportFlow::declinedImportWritesNothing()
{
    const QString path =
        write(QStringLiteral("families.csv"), "family_name,referred_on\nKaya,2026-03-01\n");
    const QList<FileState> before = files();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!ImportFlow::importFamilies(m_window.get(), *m_window->workspace()->commands(), path));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Families in families.csv: 1.")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(files(), before);
    QCOMPARE(m_window->workspace()->commands()->undoStack()->count(), 0);
}

// Before anything is written the user sees the counts, the first families as they will be
// stored (postcode tidied, languages named, the phone number) and the family already in the
// database that is left out; Import then writes only the new ones (issue 17).
void TestImportFlow::previewShowsWhatComesIn()
{
    const QString path =
        write(QStringLiteral("gezinnen.csv"),
              "Achternaam;Straat;Postcode;Plaats;Thuistalen;Verwezen op;Telefoon\r\n"
              "Bouzid;Amazonedreef 12;3563ab;Utrecht;ar|nl;05-01-2026;\r\n" // the fixture's
              "\xc3\x96zt\xc3\xbcrk-Y\xc4\xb1lmaz & Da\xc4\x9f;Kanaalstraat 5;3531ab;Utrecht;"
              "Turks;01-03-2026;06-12345678\r\n"
              "Mensah;;;Amsterdam;Twi;02-03-2026;+31 20 123 4567\r\n");
    QVERIFY(!path.isEmpty());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    bool seen = false;
    // The file is read first, with a progress dialog of its own; then the preview shows. Looked
    // for from a timer that comes again until it is there: waiting inside the reading's event
    // loop would keep that loop from ending.
    std::function<void()> answer = [&] {
        auto *preview = qobject_cast<ImportPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview) {
            QTimer::singleShot(20, this, answer);
            return;
        }
        // A failed check below returns at once: the preview is then closed, not left hanging.
        auto closeOnFailure = qScopeGuard([&] {
            if (!seen)
                preview->reject();
        });
        QTableWidget *rows = preview->rowsTable();
        QCOMPARE(rows->rowCount(), 2);
        QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("Öztürk-Yılmaz & Dağ"));
        QCOMPARE(rows->item(0, 2)->text(), QStringLiteral("3531 AB"));
        QCOMPARE(rows->item(0, 4)->text(), QStringLiteral("Turkish"));
        QCOMPARE(rows->item(0, 6)->text(), QStringLiteral("06-12345678"));
        QCOMPARE(rows->item(1, 0)->text(), QStringLiteral("Mensah"));
        QCOMPARE(preview->leftOutList()->count(), 1);
        QVERIFY2(preview->leftOutList()->item(0)->text().contains(QStringLiteral("Bouzid")),
                 qPrintable(preview->leftOutList()->item(0)->text()));
        QVERIFY(preview->importButton()->text().contains(QLatin1Char('2')));
        seen = true;
        QTest::mouseClick(preview->importButton(), Qt::LeftButton);
    };
    QTimer::singleShot(0, this, answer);
    const int before = rowCount(m_window->database(), QStringLiteral("families"));
    QVERIFY(ImportFlow::importFamilies(m_window.get(), *m_window->workspace()->commands(), path));
    QVERIFY(seen);
    QCOMPARE(rowCount(m_window->database(), QStringLiteral("families")), before + 2);
    auto mensah = FamilyStore(m_window->database()).page(QStringLiteral("Mensah"), QString(), 5);
    DC_VERIFY_OK(mensah);
    QCOMPARE(mensah->size(), 1);
    QCOMPARE(FamilyStore(m_window->database()).get(mensah->constFirst().id)->phone,
             QStringLiteral("+31 20 123 4567"));
}

void TestImportFlow::badFamilies_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad postcode in row 3")
        << QByteArray("family_name,postcode,referred_on\n"
                      "Kaya,3563 AB,2026-03-01\n"
                      "Bakker,35631,2026-03-01\n")
        << QStringLiteral("families.csv, row 3, column postcode: The postcode \"35631\" is not "
                          "a Dutch postcode like 1234 AB.");
    QTest::newRow("no referral date") << QByteArray("family_name,referred_on\nKaya,\n")
                                      << QStringLiteral("families.csv, row 2, column referred_on");
    QTest::newRow("unknown language")
        << QByteArray("family_name;home_languages;referred_on\r\nKaya;Klingon;2026-03-01\r\n")
        << QStringLiteral("families.csv, row 2, column home_languages");
    QTest::newRow("required column missing")
        << QByteArray("family_name,postcode\nKaya,3563 AB\n") << QStringLiteral("referred_on");
    QTest::newRow("quote never closed")
        << QByteArray("family_name,referred_on\n\"Kaya,2026-03-01\n")
        << QStringLiteral("families.csv");
    QTest::newRow("not UTF-8") << QByteArray("family_name,referred_on\n\xd6zt\xfcrk,2026-03-01\n")
                               << QStringLiteral("UTF-8");
}

void TestImportFlow::badFamilies()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = write(QStringLiteral("families.csv"), content);
    const QList<FileState> before = files();
    const QByteArray hashBefore = contentHash(m_window->database());

    // The refusal comes as a message box; answered in advance, so the test never waits on it.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!ImportFlow::importFamilies(m_window.get(), *m_window->workspace()->commands(), path));
    QVERIFY2(MessageBox::lastText().contains(message), qPrintable(MessageBox::lastText()));
    QCOMPARE(files(), before);
    QCOMPARE(contentHash(m_window->database()), hashBefore);
    QCOMPARE(m_window->workspace()->commands()->undoStack()->count(), 0);
}

void TestImportFlow::workersWithANewOrganisation()
{
    const QString path = write(QStringLiteral("workers.csv"),
                               "name,role,organisation,languages,district,gender,max_caseload\n"
                               "Samira Haddou,vertrouwenspersoon,Stichting Nieuw Begin,ar|nl,"
                               "Overvecht,vrouw,6\n"
                               "Piet de Vries,professional,Gezinskracht Utrecht,nl,,male,\n");
    EditCommands &commands = *m_window->workspace()->commands();
    WorkersPage *page = m_window->workspace()->workersPage();
    m_window->workspace()->setCurrentPage(Workspace::WorkersAndDuos);
    const int workersBefore = page->workerModel()->rowCount();
    const int organisationsBefore = page->organisationModel()->rowCount();
    const QByteArray hashBefore = contentHash(m_window->database());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(ImportFlow::importWorkers(m_window.get(), commands, path));
    QVERIFY2(MessageBox::lastText().contains(
                 QStringLiteral("Workers in workers.csv: 2 (trusted persons: 1, professionals: 1)."
                                " New organisations: Stichting Nieuw Begin.")),
             qPrintable(MessageBox::lastText()));
    QTRY_COMPARE(page->workerModel()->rowCount(), workersBefore + 2);
    QTRY_COMPARE(page->organisationModel()->rowCount(), organisationsBefore + 1);
    QVERIFY(OrganisationStore(m_window->database())
                .findByName(QStringLiteral("Stichting Nieuw Begin"))
                .value() > 0);

    // Undo removes the workers and the organisation the import created; redo puts both back.
    commands.undoStack()->undo();
    QTRY_COMPARE(page->organisationModel()->rowCount(), organisationsBefore);
    QCOMPARE(page->workerModel()->rowCount(), workersBefore);
    QCOMPARE(contentHash(m_window->database()), hashBefore);
    commands.undoStack()->redo();
    QTRY_COMPARE(page->organisationModel()->rowCount(), organisationsBefore + 1);
    QCOMPARE(page->workerModel()->rowCount(), workersBefore + 2);
}

void TestImportFlow::badWorkers()
{
    const QString path = write(QStringLiteral("workers.csv"),
                               "name,role,organisation,gender\n"
                               "Samira Haddou,trusted_person,Stichting Nieuw Begin,female\n"
                               "Piet de Vries,coach,Gezinskracht Utrecht,male\n");
    const QList<FileState> before = files();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!ImportFlow::importWorkers(m_window.get(), *m_window->workspace()->commands(), path));
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("workers.csv, row 3, column role")),
             qPrintable(MessageBox::lastText()));
    // Not even the new organisation of the good first row was created.
    QCOMPARE(files(), before);
    QCOMPARE(OrganisationStore(m_window->database())
                 .findByName(QStringLiteral("Stichting Nieuw Begin"))
                 .value(),
             qint64(0));
}

void TestImportFlow::fileMenuImportsAndUndoTakesItBack()
{
    QByteArray csv = "family_name;postcode;home_languages;referred_on\r\n";
    const int rows = 200; // several batches of the background write
    for (int i = 1; i <= rows; ++i)
        csv += "Familie " + QByteArray::number(i) + ";3563 AB;ar|nl;2026-03-01\r\n";
    const QString path = write(QStringLiteral("gezinnen.csv"), csv);
    QVERIFY(!path.isEmpty());
    Workspace *workspace = m_window->workspace();
    FamilyListModel *list = workspace->familyPage()->model();
    workspace->setCurrentPage(Workspace::Families);
    const int before = list->totalCount();
    const QByteArray hashBefore = contentHash(m_window->database());
    const qsizetype loggedBefore = accessLog().size();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    answerFileDialog(path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->findChild<QAction *>(QStringLiteral("importFamiliesAction"))->trigger();
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Families in gezinnen.csv: 200.")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Families imported from gezinnen.csv: 200."));
    QCOMPARE(workspace->currentPage(), Workspace::Families);
    // Written on the background thread's connection, read here through the window's.
    QTRY_COMPARE(list->totalCount(), before + rows);
    QCOMPARE(rowCount(m_window->database(), QStringLiteral("families")), before + rows);

    // The access log as before the write moved: one import entry a family, by who works now.
    // (Showing the Families page adds a read of the family it selects.)
    const auto logged = [&](AccessAction action, const QString &detail) {
        QList<AccessEntry> found;
        const QList<AccessEntry> entries = accessLog();
        for (qsizetype i = loggedBefore; i < entries.size(); ++i)
            if (entries.at(i).action == action && entries.at(i).detail == detail)
                found << entries.at(i);
        return found;
    };
    const QList<AccessEntry> imports = logged(AccessAction::Import, QStringLiteral("csv"));
    QCOMPARE(imports.size(), rows);
    const Actor &actor = workspace->commands()->actor();
    QSet<QString> caseCodes;
    for (const AccessEntry &entry : imports) {
        QCOMPARE(entry.userName, actor.name);
        QCOMPARE(entry.userRole, actor.role);
        QVERIFY(entry.caseCode.startsWith(QStringLiteral("G-2026-")));
        caseCodes << entry.caseCode;
    }
    QCOMPARE(caseCodes.size(), rows);

    // One step: Undo (Ctrl+Z in the window's Edit menu does this) takes the whole file back.
    QUndoStack *stack = workspace->commands()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import families from gezinnen.csv"));
    stack->undo();
    QTRY_COMPARE(list->totalCount(), before);
    QCOMPARE(contentHash(m_window->database()), hashBefore);
    QCOMPARE(logged(AccessAction::Delete, QStringLiteral("csv;undo")).size(), rows);
    stack->redo();
    QTRY_COMPARE(list->totalCount(), before + rows);
    QCOMPARE(logged(AccessAction::Import, QStringLiteral("csv;redo")).size(), rows);
}

void TestImportFlow::cancelInTheProgressDialogStoresNothing_data()
{
    QTest::addColumn<bool>("families");
    QTest::addColumn<bool>("whileWriting"); // else while the file is read
    QTest::newRow("families, reading") << true << false;
    QTest::newRow("families, writing") << true << true;
    QTest::newRow("workers, reading") << false << false;
    QTest::newRow("workers with a new organisation, writing") << false << true;
}

void TestImportFlow::cancelInTheProgressDialogStoresNothing()
{
    QFETCH(bool, families);
    QFETCH(bool, whileWriting);
    const QString path = families
                             ? write(QStringLiteral("families.csv"),
                                     "family_name,referred_on\nKaya,2026-03-01\nOsei,2026-03-02\n")
                             : write(QStringLiteral("workers.csv"),
                                     "name,role,organisation,gender\n"
                                     "Samira Haddou,trusted_person,Stichting Nieuw Begin,female\n");
    QVERIFY(!path.isEmpty());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QList<FileState> before = files();
    const QByteArray hashBefore = contentHash(m_window->database());
    const qsizetype loggedBefore = accessLog().size();
    const QString saidBefore = MessageBox::lastText();

    // The chosen work (the read is the first, the write the second) waits on its thread until
    // the user has pressed Cancel in the progress dialog (a generous deadline, so a dialog that
    // never shows fails the test instead of hanging it).
    const int held = whileWriting ? 2 : 1;
    std::atomic_int works{0};
    std::atomic_bool holding{false};
    BackgroundTask::setBeforeWorkForTesting([&](const Progress &progress) {
        if (++works != held)
            return;
        holding = true;
        QElapsedTimer clock;
        clock.start();
        while (!progress.isCancelled() && clock.elapsed() < 60000)
            QThread::msleep(2);
    });
    QString label;
    QTimer driver;
    driver.setInterval(10);
    connect(&driver, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        if (!label.isEmpty() || !holding || !dialog || !dialog->isVisible())
            return;
        QCOMPARE(dialog->objectName(), BackgroundTask::dialogName());
        label = dialog->labelText();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancel")),
                          Qt::LeftButton);
    });
    driver.start();

    MessageBox::setNextAnswer(QMessageBox::Yes);
    EditCommands &commands = *m_window->workspace()->commands();
    QString done;
    const bool imported = families
                              ? ImportFlow::importFamilies(m_window.get(), commands, path, &done)
                              : ImportFlow::importWorkers(m_window.get(), commands, path, &done);
    driver.stop();
    QVERIFY(!imported);
    QVERIFY(done.isEmpty());
    QCOMPARE(works.load(), held); // nothing ran after the cancelled work
    const QString fileName = QFileInfo(path).fileName();
    if (whileWriting) {
        QCOMPARE(label, (families ? QStringLiteral("Importing families from %1…")
                                  : QStringLiteral("Importing workers from %1…"))
                            .arg(fileName));
        // The question was the last thing said: a cancel needs no message box.
        QVERIFY2(MessageBox::lastText().startsWith(families ? QStringLiteral("Families in")
                                                            : QStringLiteral("Workers in")),
                 qPrintable(MessageBox::lastText()));
    } else {
        QCOMPARE(label, QStringLiteral("Reading %1…").arg(fileName));
        QCOMPARE(MessageBox::lastText(), saidBefore); // not even the question
    }
    QCOMPARE(commands.undoStack()->count(), 0);
    QCOMPARE(contentHash(m_window->database()), hashBefore);
    QCOMPARE(accessLog().size(), loggedBefore);
    QCOMPARE(files(), before);
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestImportFlow)
#include "TestImportFlow.moc"
