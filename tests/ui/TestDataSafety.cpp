// Data safety in the window (issue 6): the automatic backup when a database is opened, File >
// Restore Backup, the warning when another DuoCoach already has the file open, and a
// read-only file. Questions are answered in advance through MessageBox.

#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "dialogs/RestoreBackupDialog.h"
#include "storage/Backups.h"
#include "storage/DatabaseLock.h"
#include "storage/FamilyStore.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace TestSupport;

Q_DECLARE_METATYPE(QMessageBox::StandardButton)

class TestDataSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openingMakesABackupAndTakesTheLock();
    void sameDayUnchangedMakesNoSecondBackup();
    void backupsKeptFollowTheSetting();
    void secondWindowIsWarned_data();
    void secondWindowIsWarned();
    void reopeningTheSameFileIsNoSecondWindow();
    void readOnlyFileMayBeOpenedReadOnly_data();
    void readOnlyFileMayBeOpenedReadOnly();
    void restoreThroughTheMenu();
    void restoreCanBeCancelled();
    void restoreDialogWithoutBackups();
    void noRestoreIntoAReadOnlyWindow();

private:
    // A closed demo database; its path.
    QString demoFile(const QString &name);
    // A window over `path` opened as the application opens it.
    std::unique_ptr<MainWindow> openWindow(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDataSafety::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
}

void TestDataSafety::init()
{
    UiTestSupport::failOnWarnings();
    UiTestSupport::isolateSettings();
    Settings::setValue(Settings::Key::BackupsKept, 10);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDataSafety::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    // Read-only files made by a test must be removable.
    for (const QFileInfo &file : QDir(m_dir->path()).entryInfoList(QDir::Files))
        QFile::setPermissions(file.absoluteFilePath(), OwnerOnly);
}

QString TestDataSafety::demoFile(const QString &name)
{
    const QString path = m_dir->filePath(name);
    auto db = UiTestSupport::demoDatabase(path, 20);
    if (!db) {
        qWarning("demo: %s", qPrintable(db.message()));
        return {};
    }
    return path;
}

std::unique_ptr<MainWindow> TestDataSafety::openWindow(const QString &path)
{
    auto opened = DatabaseOpener::open(nullptr, path);
    if (!opened || !opened->has_value()) {
        qWarning("open: %s", opened ? "cancelled" : qPrintable(opened.message()));
        return nullptr;
    }
    auto window = std::make_unique<MainWindow>(std::move(opened->value().db));
    window->setLock(std::move(opened->value().lock));
    return window;
}

void TestDataSafety::openingMakesABackupAndTakesTheLock()
{
    const QString path = demoFile(QStringLiteral("gezinnen.sqlite"));
    QVERIFY(!path.isEmpty());
    auto opened = DatabaseOpener::open(nullptr, path);
    DC_VERIFY_OK(opened);
    QVERIFY(opened->has_value());
    DatabaseOpener::Opened &result = opened->value();
    QVERIFY(!result.db->isReadOnly());
    QVERIFY(result.lock && result.lock->isLocked());
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));

    const auto backups = Backups::list(path);
    QCOMPARE(backups.size(), 1);
    QVERIFY2(result.notice.contains(QStringLiteral("A backup of \"gezinnen.sqlite\" was made")),
             qPrintable(result.notice));
    QCOMPARE(QFileInfo(backups.first().path).absolutePath(),
             m_dir->filePath(QStringLiteral("backups")));
    QCOMPARE(permissions(backups.first().path), OwnerOnly);
    {
        auto copy = Database::open(backups.first().path, Database::Access::ReadOnly);
        DC_VERIFY_OK(copy);
        QCOMPARE(contentHash(*copy.value()), contentHash(*result.db));
    }
    // Closing lets go of the lock file.
    result.db.reset();
    result.lock.reset();
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

void TestDataSafety::sameDayUnchangedMakesNoSecondBackup()
{
    const QString path = demoFile(QStringLiteral("gezinnen.sqlite"));
    QVERIFY(!path.isEmpty());
    // Written well before, not in the second the first backup is made (which would count as
    // a change after it).
    QVERIFY(backdate(path));
    {
        auto window = openWindow(path);
        QVERIFY(window);
        QCOMPARE(Backups::list(path).size(), 1);
    }
    // A whole session of looking writes nothing, so the next start has nothing new to save.
    auto again = DatabaseOpener::open(nullptr, path);
    DC_VERIFY_OK(again);
    QCOMPARE(Backups::list(path).size(), 1);
    QVERIFY(again->value().notice.isEmpty());
}

void TestDataSafety::backupsKeptFollowTheSetting()
{
    Settings::setValue(Settings::Key::BackupsKept, 2);
    const QString path = demoFile(QStringLiteral("gezinnen.sqlite"));
    QVERIFY(!path.isEmpty());
    for (int round = 0; round < 4; ++round) {
        auto window = openWindow(path);
        QVERIFY(window);
        // A change, so the next opening makes a new backup; a second later, so its name differs.
        DC_VERIFY_OK(FamilyStore(window->database())
                         .add(family(QStringLiteral("Ronde %1").arg(round), QDate(2026, 3, 1))));
        QTest::qWait(1100);
    }
    QCOMPARE(Backups::list(path).size(), 2);
}

void TestDataSafety::secondWindowIsWarned_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::newRow("open read-only") << QMessageBox::Open;
    QTest::newRow("cancel") << QMessageBox::Cancel;
}

void TestDataSafety::secondWindowIsWarned()
{
    QFETCH(QMessageBox::StandardButton, answer);
    const QString path = demoFile(QStringLiteral("gezinnen.sqlite"));
    QVERIFY(!path.isEmpty());
    auto first = openWindow(path);
    QVERIFY(first);
    const QString other = demoFile(QStringLiteral("ander.sqlite"));
    auto second = openWindow(other);
    QVERIFY(second);
    const int backups = int(Backups::list(path).size());

    MessageBox::setNextAnswer(answer);
    const bool switched = second->openDatabase(path);
    QVERIFY2(MessageBox::lastText().contains(
                 QStringLiteral("\"gezinnen.sqlite\" is already open in another DuoCoach window")),
             qPrintable(MessageBox::lastText()));
    if (answer == QMessageBox::Cancel) {
        QVERIFY(!switched);
        QCOMPARE(second->database().path(), QFileInfo(other).absoluteFilePath());
        QVERIFY(!second->database().isReadOnly());
        return;
    }
    QVERIFY(switched);
    QCOMPARE(second->database().path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(second->database().isReadOnly());
    QVERIFY2(second->findChild<QLabel *>(QStringLiteral("databasePath"))
                 ->text()
                 .contains(QStringLiteral("(read-only)")),
             "the status bar does not say the file is read-only");
    // A read-only look makes no backup, and the first window keeps the file to itself.
    QCOMPARE(Backups::list(path).size(), backups);
    DatabaseLock probe(path);
    QCOMPARE(probe.tryLock(), DatabaseLock::Outcome::HeldElsewhere);
    // The other file is free again now that the second window let go of it.
    DatabaseLock freed(other);
    QCOMPARE(freed.tryLock(), DatabaseLock::Outcome::Locked);
}

void TestDataSafety::reopeningTheSameFileIsNoSecondWindow()
{
    const QString path = demoFile(QStringLiteral("gezinnen.sqlite"));
    QVERIFY(!path.isEmpty());
    auto window = openWindow(path);
    QVERIFY(window);
    // File > Open on the file already shown: no warning about itself.
    QVERIFY(window->openDatabase(path));
    QVERIFY(!window->database().isReadOnly());
    DatabaseLock probe(path);
    QCOMPARE(probe.tryLock(), DatabaseLock::Outcome::HeldElsewhere);
}

void TestDataSafety::readOnlyFileMayBeOpenedReadOnly_data()
{
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::newRow("open read-only") << QMessageBox::Open;
    QTest::newRow("cancel") << QMessageBox::Cancel;
}

void TestDataSafety::readOnlyFileMayBeOpenedReadOnly()
{
    QFETCH(QMessageBox::StandardButton, answer);
    const QString path = demoFile(QStringLiteral("archief.sqlite"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    QVERIFY(backdate(path));
    const FileState before = fileState(path);

    MessageBox::setNextAnswer(answer);
    auto opened = DatabaseOpener::open(nullptr, path);
    DC_VERIFY_OK(opened);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("the file is read-only")) &&
                 MessageBox::lastText().contains(QStringLiteral("open it read-only")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(opened->has_value(), answer == QMessageBox::Open);
    if (opened->has_value()) {
        QVERIFY(opened->value().db->isReadOnly());
        QVERIFY(!opened->value().lock);
        MainWindow window(std::move(opened->value().db));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("databasePath"))
                    ->text()
                    .contains(QStringLiteral("(read-only)")));
        // Nothing is offered or written: no demo data, no backup.
        QVERIFY(!window.offerDemoData());
    }
    QVERIFY(fileState(path) == before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("archief.sqlite")});
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("backups"))));
}

void TestDataSafety::restoreThroughTheMenu()
{
    const QString path = demoFile(QStringLiteral("gezinnen.sqlite"));
    QVERIFY(!path.isEmpty());
    auto window = openWindow(path);
    QVERIFY(window);
    const QByteArray original = contentHash(window->database());
    const int families = rowCount(window->database(), QStringLiteral("families"));
    DC_VERIFY_OK(
        FamilyStore(window->database()).add(family(QStringLiteral("Kaya"), QDate(2026, 3, 1))));
    QCOMPARE(rowCount(window->database(), QStringLiteral("families")), families + 1);

    window->findChild<QAction *>(QStringLiteral("restoreBackupAction"))->trigger();
    auto *dialog = window->findChild<RestoreBackupDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->table()->rowCount(), 1);
    QVERIFY(dialog->table()->item(0, 2)->text().contains(QLatin1Char('B')));
    QVERIFY(dialog->restoreButton()->isEnabled());
    QCOMPARE(dialog->selectedBackup(), Backups::list(path).first().path);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Put back the backup of")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(contentHash(window->database()), original);
    QCOMPARE(rowCount(window->database(), QStringLiteral("families")), families);
    QVERIFY(window->workspace());
    QVERIFY(!window->database().isReadOnly());
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("was restored")),
             qPrintable(window->statusBar()->currentMessage()));
    // The state before the restore is the newest backup now: the restore can be undone.
    const auto backups = Backups::list(path);
    QCOMPARE(backups.size(), 2);
    {
        auto before = Database::open(backups.first().path, Database::Access::ReadOnly);
        DC_VERIFY_OK(before);
        QCOMPARE(rowCount(*before.value(), QStringLiteral("families")), families + 1);
    }
    // Still this window's file.
    DatabaseLock probe(path);
    QCOMPARE(probe.tryLock(), DatabaseLock::Outcome::HeldElsewhere);
    // Edits go on in the restored database.
    DC_VERIFY_OK(
        FamilyStore(window->database()).add(family(QStringLiteral("Demir"), QDate(2026, 3, 2))));
}

void TestDataSafety::restoreCanBeCancelled()
{
    const QString path = demoFile(QStringLiteral("gezinnen.sqlite"));
    QVERIFY(!path.isEmpty());
    auto window = openWindow(path);
    QVERIFY(window);
    DC_VERIFY_OK(
        FamilyStore(window->database()).add(family(QStringLiteral("Kaya"), QDate(2026, 3, 1))));
    const QByteArray changed = contentHash(window->database());
    Workspace *workspace = window->workspace();

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window->restoreBackup(Backups::list(path).first().path));
    QCOMPARE(contentHash(window->database()), changed);
    QCOMPARE(window->workspace(), workspace);
    QCOMPARE(Backups::list(path).size(), 1);
}

void TestDataSafety::restoreDialogWithoutBackups()
{
    const QString path = m_dir->filePath(QStringLiteral("nieuw.sqlite"));
    RestoreBackupDialog dialog(path, 10);
    QCOMPARE(dialog.table()->rowCount(), 0);
    QVERIFY(!dialog.restoreButton()->isEnabled());
    QVERIFY(!dialog.emptyLabel()->isHidden());
    QVERIFY(dialog.table()->isHidden());
    QVERIFY(dialog.selectedBackup().isEmpty());
}

void TestDataSafety::noRestoreIntoAReadOnlyWindow()
{
    const QString path = demoFile(QStringLiteral("gezinnen.sqlite"));
    QVERIFY(!path.isEmpty());
    QString backup;
    {
        auto window = openWindow(path);
        QVERIFY(window);
        backup = Backups::list(path).first().path;
    }
    auto db = Database::open(path, Database::Access::ReadOnly);
    DC_VERIFY_OK(db);
    MainWindow window(std::move(db).value());
    const QByteArray before = sha256(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!window.restoreBackup(backup));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("is open read-only")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(sha256(path), before);
}

QTEST_MAIN(TestDataSafety)
#include "TestDataSafety.moc"
