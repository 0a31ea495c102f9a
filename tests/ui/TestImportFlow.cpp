// File > Import as the GUI runs it: a good file is counted, confirmed and imported as one step
// that Undo takes back whole (new organisations included); a bad file is refused with the file,
// row and column, and the database file stays byte for byte as it was.

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

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

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
    void badFamilies_data();
    void badFamilies();
    void workersWithANewOrganisation();
    void badWorkers();

private:
    QString write(const QString &name, const QByteArray &bytes);
    // The database file and its write-ahead log: SQLite writes to the log first.
    QList<FileState> files() const;

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

QTEST_MAIN(TestImportFlow)
#include "TestImportFlow.moc"
