// Issue 13 in the window (points 13, 14 and 15): File > Import names the families that are
// already in the database before it asks (also when a name is written in another Unicode form)
// and leaves them out; a refused file comes with an example file to save, which imports as it
// is; the language picker offers every language, common ones first, found by typing.

#include "ImportFlow.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/ImportPreviewDialog.h"
#include "dialogs/LanguagePicker.h"
#include "domain/Languages.h"
#include "exchange/ImportExample.h"
#include "services/Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace TestSupport;

class TestImportChecksWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void duplicatesAreNamedBeforeTheQuestion();
    void onlyDuplicatesImportNothing();
    void refusalOffersTheExampleFile();
    void pickerOffersEveryLanguage();
    void pickerInDutch();
    void confirmationInDutch();

private:
    QString write(const QString &name, const QByteArray &bytes);
    int families() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestImportChecksWindow::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestImportChecksWindow::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("import.sqlite")));
    DC_VERIFY_OK(db);
    Fixture fixture;
    QCOMPARE(makeFixture(*db.value(), &fixture), QString());
    m_window = std::make_unique<MainWindow>(std::move(db).value());
}

void TestImportChecksWindow::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_dir.reset();
    Translations::install(QStringLiteral("en"));
}

QString TestImportChecksWindow::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

int TestImportChecksWindow::families() const
{
    return rowCount(m_window->database(), QStringLiteral("families"));
}

void TestImportChecksWindow::duplicatesAreNamedBeforeTheQuestion()
{
    EditCommands &commands = *m_window->workspace()->commands();
    const QString first =
        write(QStringLiteral("first.csv"), "family_name;postcode;referred_on\n"
                                           "\xc3\x96zt\xc3\xbcrk;3531 AB;2026-03-01\n");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(ImportFlow::importFamilies(m_window.get(), commands, first));
    const int before = families();

    // The same family again, its name decomposed (as a Mac writes it), and a new one; the
    // user declines: the question alone must already say which row is a duplicate.
    const QString decomposed = QStringLiteral("Öztürk").normalized(QString::NormalizationForm_D);
    const QString again = write(QStringLiteral("again.csv"),
                                "family_name;postcode;referred_on\n" + decomposed.toUtf8() +
                                    ";3531AB;01-03-2026\nKaya;;2026-03-04\n");
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!ImportFlow::importFamilies(m_window.get(), commands, again));
    const QString question = MessageBox::lastText();
    QVERIFY2(question.startsWith(QStringLiteral("Families in again.csv: 2.")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Already in the database and left out: 1 (row 2: ")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("G-2026-")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("New families: 1.")), qPrintable(question));
    QCOMPARE(families(), before);

    // Yes: the new family comes in, the duplicate stays out, one step on the undo stack.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QString done;
    QVERIFY(ImportFlow::importFamilies(m_window.get(), commands, again, &done));
    QCOMPARE(done, QStringLiteral("Families imported from again.csv: 1."));
    QCOMPARE(families(), before + 1);
    QCOMPARE(commands.undoStack()->count(), 2);
}

void TestImportChecksWindow::onlyDuplicatesImportNothing()
{
    EditCommands &commands = *m_window->workspace()->commands();
    const QByteArray bytes = "family_name;referred_on\nKaya;2026-03-01\n";
    const QString file = write(QStringLiteral("kaya.csv"), bytes);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(ImportFlow::importFamilies(m_window.get(), commands, file));
    const int before = families();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!ImportFlow::importFamilies(m_window.get(), commands, file));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already in the database")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(families(), before);
    QCOMPARE(commands.undoStack()->count(), 1);
}

void TestImportChecksWindow::refusalOffersTheExampleFile()
{
    // Headings the importer does not know: refused, with the example file to save.
    const QString file = write(QStringLiteral("wrong.csv"), "Gezin;Datum\nKaya;2026-03-01\n");
    MessageBox::setNextAnswer(QMessageBox::Close);
    QVERIFY(!ImportFlow::importFamilies(m_window.get(), *m_window->workspace()->commands(), file));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Achternaam")),
             qPrintable(MessageBox::lastText()));

    // What the button saves is core's example, which imports as it is.
    const QString example = m_dir->filePath(QStringLiteral("voorbeeld.csv"));
    QVERIFY(ImportFlow::saveExample(m_window.get(), ImportExample::Kind::Families, example));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    const int before = families();
    QVERIFY(
        ImportFlow::importFamilies(m_window.get(), *m_window->workspace()->commands(), example));
    QCOMPARE(families(), before + 3);
}

void TestImportChecksWindow::pickerOffersEveryLanguage()
{
    LanguagePicker picker;
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QListWidget *list = picker.list();
    QCOMPARE(list->count(), Languages::codes().size());
    // The languages common in the region come first.
    QStringList firstCodes;
    for (int row = 0; row < Languages::commonCodes().size(); ++row)
        firstCodes << list->item(row)->data(Qt::UserRole).toString();
    QStringList common = Languages::commonCodes();
    std::sort(firstCodes.begin(), firstCodes.end());
    std::sort(common.begin(), common.end());
    QCOMPARE(firstCodes, common);

    // Twi is found by typing and ticked with Enter, without closing any dialog.
    QTest::keyClicks(picker.searchField(), QStringLiteral("twi"));
    QTest::keyClick(picker.searchField(), Qt::Key_Return);
    QCOMPARE(picker.codes(), QStringList{QStringLiteral("tw")});
    QVERIFY(picker.searchField()->text().isEmpty());
    QVERIFY2(picker.findChild<QLabel *>(QStringLiteral("chosenLanguages"))
                 ->text()
                 .contains(QStringLiteral("Twi")),
             "the chosen languages are named under the list");

    // A language outside the common ones, by its Dutch name without the accent.
    QTest::keyClicks(picker.searchField(), QStringLiteral("oekraiens"));
    QListWidgetItem *ukrainian = list->currentItem();
    QVERIFY(ukrainian);
    QCOMPARE(ukrainian->data(Qt::UserRole).toString(), QStringLiteral("uk"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(ukrainian).center());
    QCOMPARE(picker.codes().size(), 2);
    QVERIFY(picker.codes().contains(QStringLiteral("uk")));
}

void TestImportChecksWindow::pickerInDutch()
{
    Translations::install(QStringLiteral("nl"));
    LanguagePicker picker;
    picker.setCodes({QStringLiteral("de"), QStringLiteral("tw")});
    QStringList names;
    for (int row = 0; row < picker.list()->count(); ++row)
        if (picker.list()->item(row)->checkState() == Qt::Checked)
            names << picker.list()->item(row)->text();
    QVERIFY2(names.contains(QStringLiteral("Duits")), qPrintable(names.join(u',')));
    QVERIFY2(names.contains(QStringLiteral("Twi")), qPrintable(names.join(u',')));
    QCOMPARE(picker.searchField()->placeholderText(), QStringLiteral("Zoek een taal…"));
}

void TestImportChecksWindow::confirmationInDutch()
{
    // The preview as a Dutch coordinator sees it, shown for real (not answered in advance):
    // in Dutch, naming the duplicate, within a 1366x768 screen. DUOCOACH_GRAB=file.png keeps a
    // picture of it.
    Translations::install(QStringLiteral("nl"));
    EditCommands &commands = *m_window->workspace()->commands();
    const QString first =
        write(QStringLiteral("gezinnen.csv"), "Achternaam;Postcode;Thuistalen;Verwezen op\n"
                                              "\xc3\x96zt\xc3\xbcrk;3531 AB;Turks;01-03-2026\n");
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(ImportFlow::importFamilies(m_window.get(), commands, first));
    const QString again = write(QStringLiteral("gezinnen-maart.csv"),
                                "Achternaam;Postcode;Thuistalen;Verwezen op\n"
                                "\xc3\x96zt\xc3\xbcrk;3531 AB;Turks;01-03-2026\n"
                                "Mensah;1102 CT;Twi|Engels;15-03-2026\n"
                                "Bouzid;3563 AB;Tarifit|Nederlands;16-03-2026\n");
    QString shown;
    QSize size;
    // Polled: the file is read first, with a progress dialog of its own.
    QTimer poll;
    poll.setInterval(20);
    QStringList leftOut;
    int rows = 0;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *preview = qobject_cast<ImportPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview || !preview->isVisible())
            return;
        poll.stop();
        shown = preview->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
        size = preview->frameGeometry().size();
        rows = preview->rowsTable()->rowCount();
        for (int i = 0; i < preview->leftOutList()->count(); ++i)
            leftOut << preview->leftOutList()->item(i)->text();
        if (const QByteArray file = qgetenv("DUOCOACH_GRAB"); !file.isEmpty())
            preview->grab().save(QString::fromLocal8Bit(file));
        preview->reject(); // Cancel
    });
    poll.start();
    QVERIFY(!ImportFlow::importFamilies(m_window.get(), commands, again));
    QVERIFY2(shown.startsWith(QStringLiteral("Gezinnen in gezinnen-maart.csv: 3.")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Staan al in de database en worden overgeslagen: 1 "
                                           "(rij 2: Öztürk, G-2026-")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Nieuwe gezinnen: 2.")), qPrintable(shown));
    // The preview: the two new families as rows, the duplicate in the list of those left out.
    QCOMPARE(rows, 2);
    QCOMPARE(leftOut.size(), 1);
    QVERIFY2(leftOut.constFirst().startsWith(QStringLiteral("rij 2: Öztürk, G-2026-")),
             qPrintable(leftOut.join(QLatin1Char('|'))));
    QVERIFY2(size.width() <= 1366 && size.height() <= 768,
             qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
}

QTEST_MAIN(TestImportChecksWindow)
#include "TestImportChecksWindow.moc"
