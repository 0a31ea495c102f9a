// File > Export for Supervision as a coordinator does it: the dialog opens on the previous full
// quarter with "pseudonymise" checked; the passphrase is typed twice and Export stays disabled,
// with the reason on screen, while the two differ; the package written opens, verifies, holds
// the visits of the period chosen, and the export is recorded in the coordinator's name. The
// package is written off the window's thread (BackgroundTask); Cancel in its progress dialog
// writes nothing, records nothing and says so calmly.

#include "CancelWhenShown.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SupervisionWorld.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "dialogs/SupervisionExportDialog.h"
#include "exchange/SupervisionPackage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
// Argon2id at its minimum: the default cost is the core tests' business.
const PackageCrypto::KdfCost Cheap{1, 8 * 1024 * 1024};
} // namespace

class TestSupervisionExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void previousQuarter_data();
    void previousQuarter();
    void opensWithSafeDefaults();
    void suggestsAFolderThatExists();
    void mismatchedPassphrasesKeepExportDisabled();
    void exportsAVerifiablePackage_data();
    void exportsAVerifiablePackage();
    void saysWhichFamiliesWereLeftOut();
    void refusalIsShownInOneSentence();
    void cancelledExportWritesNothing();
    void fileMenuOpensIt();

private:
    static void type(QLineEdit *field, const QString &text);

    const QDate m_today{2026, 4, 15}; // the previous quarter holds the world's visits
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SupervisionWorld::World m_world;
};

void TestSupervisionExportDialog::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestSupervisionExportDialog::init()
{
    UiTestSupport::failOnWarnings();
    const QString error =
        SupervisionWorld::makeInFolder(&m_dir, &m_db, &m_world, QStringLiteral("source.sqlite"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSupervisionExportDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_db.reset();
    m_dir.reset();
}

void TestSupervisionExportDialog::type(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void TestSupervisionExportDialog::previousQuarter_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("mid April") << QDate(2026, 4, 15) << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("first of a quarter")
        << QDate(2026, 7, 1) << QDate(2026, 4, 1) << QDate(2026, 6, 30);
    QTest::newRow("December") << QDate(2026, 12, 1) << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("January: last year's last quarter")
        << QDate(2027, 1, 10) << QDate(2026, 10, 1) << QDate(2026, 12, 31);
}

void TestSupervisionExportDialog::previousQuarter()
{
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto period = SupervisionExportDialog::previousQuarter(today);
    QCOMPARE(period.first, from);
    QCOMPARE(period.second, to);
}

void TestSupervisionExportDialog::opensWithSafeDefaults()
{
    SupervisionExportDialog dialog(*m_db, CurrentUser(), nullptr, m_today);
    QCOMPARE(dialog.fromField()->date(), QDate(2026, 1, 1));
    QCOMPARE(dialog.toField()->date(), QDate(2026, 3, 31));
    QVERIFY(dialog.pseudonymizeBox()->isChecked());
    QCOMPARE(dialog.duos()->currentData().toLongLong(), qint64(0)); // all duos
    QCOMPARE(dialog.duos()->count(), 3);                            // all, duo A, duo B
    QVERIFY(dialog.passphraseField()->text().isEmpty());
    QCOMPARE(dialog.passphraseField()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.repeatField()->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.pathField()->text().endsWith(QLatin1String(".duosup")));
    QVERIFY(dialog.exportButton()->isEnabled());
}

void TestSupervisionExportDialog::suggestsAFolderThatExists()
{
    // A new account has no Documents folder yet: the suggested file was in a folder that did
    // not exist, and Export answered "the folder does not exist". Home is suggested instead.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    SupervisionExportDialog dialog(*m_db, CurrentUser(), nullptr, m_today);
    const QString suggested = dialog.pathField()->text();
    qputenv("HOME", oldHome);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(home.path()).absoluteFilePath());

    // And with a Documents folder, that is where the package goes.
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("Documents")));
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    SupervisionExportDialog second(*m_db, CurrentUser(), nullptr, m_today);
    const QString inDocuments = second.pathField()->text();
    qputenv("HOME", oldHome);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    QCOMPARE(QFileInfo(inDocuments).absolutePath(),
             QFileInfo(home.filePath(QStringLiteral("Documents"))).absoluteFilePath());
}

void TestSupervisionExportDialog::mismatchedPassphrasesKeepExportDisabled()
{
    SupervisionExportDialog dialog(*m_db, CurrentUser(), nullptr, m_today);
    dialog.setKdfCost(Cheap);
    const QString path = m_dir->filePath(QStringLiteral("never.duosup"));
    type(dialog.pathField(), path);

    QTest::keyClicks(dialog.passphraseField(), QStringLiteral("correct horse"));
    QVERIFY(!dialog.exportButton()->isEnabled());
    QCOMPARE(dialog.resultLabel()->text(),
             QStringLiteral("Type the passphrase a second time to confirm it."));
    QTest::keyClicks(dialog.repeatField(), QStringLiteral("correct hors3"));
    QVERIFY(!dialog.exportButton()->isEnabled());
    QCOMPARE(dialog.resultLabel()->text(), QStringLiteral("The two passphrases are not the same."));
    // Pressing Return (the default button) or calling the slot writes nothing either.
    QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
    QVERIFY(!dialog.exportPackage());
    QVERIFY(!QFile::exists(path));

    // Too short, even when both agree.
    type(dialog.passphraseField(), QStringLiteral("short"));
    type(dialog.repeatField(), QStringLiteral("short"));
    QVERIFY(!dialog.exportButton()->isEnabled());
    QVERIFY(dialog.resultLabel()->text().contains(QLatin1String("at least 8")));

    type(dialog.passphraseField(), QStringLiteral("correct horse"));
    type(dialog.repeatField(), QStringLiteral("correct horse"));
    QVERIFY(dialog.exportButton()->isEnabled());
    QVERIFY(dialog.resultLabel()->text().isEmpty());
}

void TestSupervisionExportDialog::exportsAVerifiablePackage_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("oneDuo");
    QTest::newRow("plaintext, all duos") << QString() << false;
    QTest::newRow("encrypted, one duo") << QStringLiteral("geheim-voor-supervisie") << true;
}

void TestSupervisionExportDialog::exportsAVerifiablePackage()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, oneDuo);
    CurrentUser coordinator;
    coordinator.kind = CurrentUser::Kind::Coordinator;
    SupervisionExportDialog dialog(*m_db, coordinator, nullptr, m_today);
    dialog.setKdfCost(Cheap);
    // The world's period, February and March, typed as a user types dates.
    dialog.fromField()->setDate(SupervisionWorld::from());
    dialog.toField()->setDate(SupervisionWorld::to());
    if (oneDuo)
        dialog.duos()->setCurrentIndex(dialog.duos()->findData(m_world.fixture.duoA));
    QTest::keyClicks(dialog.passphraseField(), passphrase);
    QTest::keyClicks(dialog.repeatField(), passphrase);
    const QString path = m_dir->filePath(QStringLiteral("review.duosup"));
    type(dialog.pathField(), path);
    QVERIFY(dialog.exportButton()->isEnabled());

    QSignalSpy exported(&dialog, &SupervisionExportDialog::exported);
    MessageBox::setNextAnswer(QMessageBox::Ok); // not asked: a message here fails the test
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    QVERIFY2(exported.count() == 1, qPrintable(MessageBox::lastText()));
    const auto summary = exported.at(0).at(0).value<SupervisionExportSummary>();
    QVERIFY(summary.pseudonymized);
    QCOMPARE(summary.encrypted, !passphrase.isEmpty());
    QVERIFY(dialog.resultLabel()->text().contains(QLatin1String("written to")));
    QVERIFY(dialog.resultLabel()->text().contains(QDir::toNativeSeparators(path)));
    // The key's fingerprint, for the coordinator to give the supervisor.
    QVERIFY(!summary.signerFingerprint.isEmpty());
    QVERIFY(dialog.resultLabel()->text().contains(summary.signerFingerprint));

    QCOMPARE(SupervisionPackage::probe(path), passphrase.isEmpty()
                                                  ? SupervisionPackage::Kind::Plaintext
                                                  : SupervisionPackage::Kind::Encrypted);
    auto package = SupervisionPackage::open(path, passphrase);
    DC_VERIFY_OK(package);
    QVERIFY2(package.value()->verify().intact(),
             qPrintable(package.value()->verify().problems.join(QLatin1Char('\n'))));
    const PackageManifest &m = package.value()->manifest();
    QCOMPARE(m.from, SupervisionWorld::from());
    QCOMPARE(m.to, SupervisionWorld::to());
    QVERIFY(m.pseudonymized);
    QCOMPARE(m.duoId, oneDuo ? m_world.fixture.duoA : 0);
    QCOMPARE(m.exportedBy, coordinator.displayName());
    auto visits = package.value()->visits();
    DC_VERIFY_OK(visits);
    QCOMPARE(qint64(visits.value().size()), summary.visits);
    // Duo A has five visits in the period, duo B three.
    QCOMPARE(summary.visits, qint64(oneDuo ? 5 : m_world.visitsInPeriod));

    // Recorded in the source database, as the CLI records it.
    auto q = m_db->exec(QStringLiteral("SELECT exported_by, visits, encrypted, file_name "
                                       "FROM supervision_exports"));
    DC_VERIFY_OK(q);
    QVERIFY(q.value()->next());
    QCOMPARE(q.value()->value(0).toString(), coordinator.displayName());
    QCOMPARE(q.value()->value(1).toLongLong(), summary.visits);
    QCOMPARE(q.value()->value(2).toBool(), !passphrase.isEmpty());
    QCOMPARE(q.value()->value(3).toString(), QStringLiteral("review.duosup"));
    QVERIFY(!q.value()->next());
}

void TestSupervisionExportDialog::saysWhichFamiliesWereLeftOut()
{
    QString error;
    QVERIFY(SupervisionWorld::addFamilyWithoutConsent(*m_db, m_world, &error) > 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SupervisionExportDialog dialog(*m_db, CurrentUser(), nullptr, m_today);
    dialog.show(); // at its own size: the long sentence must not squeeze the fields
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog.pathField(), m_dir->filePath(QStringLiteral("review.duosup")));
    QSignalSpy exported(&dialog, &SupervisionExportDialog::exported);
    MessageBox::setNextAnswer(QMessageBox::Ok); // not asked: a message here fails the test
    QVERIFY2(dialog.exportPackage(), qPrintable(MessageBox::lastText()));
    const auto summary = exported.at(0).at(0).value<SupervisionExportSummary>();
    QCOMPARE(summary.familiesWithoutConsent, qint64(1));
    QVERIFY2(dialog.resultLabel()->text().contains(
                 QLatin1String("with visits in the period left out: no consent")),
             qPrintable(dialog.resultLabel()->text()));
    // Seen on screen: the three-line sentence squeezed the passphrase fields to a sliver.
    QTRY_VERIFY(dialog.passphraseField()->height() >=
                dialog.passphraseField()->sizeHint().height());
    QVERIFY(dialog.resultLabel()->height() >=
            dialog.resultLabel()->heightForWidth(dialog.resultLabel()->width()));
}

void TestSupervisionExportDialog::refusalIsShownInOneSentence()
{
    SupervisionExportDialog dialog(*m_db, CurrentUser(), nullptr, m_today);
    const QString path = m_dir->filePath(QStringLiteral("no-such-folder/review.duosup"));
    type(dialog.pathField(), path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog.exportPackage());
    QCOMPARE(MessageBox::lastText(),
             QStringLiteral("The folder for \"review.duosup\" does not exist."));
    QCOMPARE(dialog.resultLabel()->text(), MessageBox::lastText());
    auto q = m_db->exec(QStringLiteral("SELECT count(*) FROM supervision_exports"));
    DC_VERIFY_OK(q);
    QVERIFY(q.value()->next());
    QCOMPARE(q.value()->value(0).toInt(), 0);
}

void TestSupervisionExportDialog::cancelledExportWritesNothing()
{
    SupervisionExportDialog dialog(*m_db, CurrentUser(), nullptr, m_today);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = m_dir->filePath(QStringLiteral("review.duosup"));
    type(dialog.pathField(), path);
    const auto count = [this](const char *sql) {
        return m_db->scalar(QString::fromLatin1(sql))->toLongLong();
    };
    const qint64 logged = count("SELECT count(*) FROM access_log");
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);

    QSignalSpy exported(&dialog, &SupervisionExportDialog::exported);
    // A message box would take this answer and say its text: none may come.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::information(nullptr, QString(), QStringLiteral("nothing said yet"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    {
        CancelWhenShown user;
        QVERIFY(!dialog.exportPackage());
        QVERIFY(user.pressed());
        QCOMPARE(user.label(), QStringLiteral("Writing the supervision package…"));
    }
    QCOMPARE(MessageBox::lastText(), QStringLiteral("nothing said yet"));
    QCOMPARE(exported.size(), 0);
    QCOMPARE(dialog.resultLabel()->text(),
             QStringLiteral("Export cancelled; nothing was written."));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), files);
    QCOMPARE(count("SELECT count(*) FROM supervision_exports"), qint64(0));
    QCOMPARE(count("SELECT count(*) FROM access_log"), logged);

    // And the next export goes ahead as usual.
    QSignalSpy again(&dialog, &SupervisionExportDialog::exported);
    QVERIFY2(dialog.exportPackage(), qPrintable(dialog.resultLabel()->text()));
    QCOMPARE(again.size(), 1);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(count("SELECT count(*) FROM supervision_exports"), qint64(1));
}

void TestSupervisionExportDialog::fileMenuOpensIt()
{
    const QString dbPath = m_db->path();
    m_db.reset();
    auto db = Database::open(dbPath);
    DC_VERIFY_OK(db);
    MainWindow window(std::move(db).value());
    auto *action = window.findChild<QAction *>(QStringLiteral("exportSupervisionAction"));
    QVERIFY(action);
    action->trigger();
    QPointer<SupervisionExportDialog> dialog =
        window.findChild<SupervisionExportDialog *>(QStringLiteral("supervisionExportDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->pseudonymizeBox()->isChecked());
    dialog->close();
    QTRY_VERIFY(!dialog); // deleted on close
}

QTEST_MAIN(TestSupervisionExportDialog)
#include "TestSupervisionExportDialog.moc"
