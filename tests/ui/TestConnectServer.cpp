// A team server in the window (issue 14): --database with a server address, File > Connect to
// Team Server filled in from the keyboard, the title and status bar naming server and
// database, the password prompt against a login that needs one (on a private cluster of this
// suite, where pg_hba.conf asks anna for a SCRAM password), and a connection that dropped
// while the window was idle.

#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/ConnectServerDialog.h"
#include "dialogs/PasswordPrompt.h"
#include "dialogs/WorkingAsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace TestSupport;

namespace {
// Answers every password prompt that shows with the next of `answers` (typed, then Enter), or
// cancels it when they are used up; closes "Working As" unanswered, and every message box not
// answered in advance with its default. Records what each prompt and box said and whether
// the prompt hid what was typed.
class PromptAnswerer : public QObject
{
public:
    explicit PromptAnswerer(QStringList answers) : m_answers(std::move(answers))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] { answer(); });
        m_timer.start(10);
    }

    QStringList texts;
    QStringList boxes;
    bool echoHidden = true;

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *working = qobject_cast<WorkingAsDialog *>(modal)) {
            working->reject();
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->isVisible()) {
            boxes << box->text();
            box->done(QMessageBox::Cancel);
            return;
        }
        auto *prompt = qobject_cast<QInputDialog *>(modal);
        if (!prompt || prompt->objectName() != PasswordPrompt::objectName() || !prompt->isVisible())
            return;
        texts << prompt->labelText();
        auto *edit = prompt->findChild<QLineEdit *>();
        if (!edit || m_answers.isEmpty()) {
            prompt->reject();
            return;
        }
        echoHidden = echoHidden && edit->echoMode() == QLineEdit::Password;
        QTest::keyClicks(edit, m_answers.takeFirst());
        QTest::keyClick(edit, Qt::Key_Return);
    }

    QStringList m_answers;
    QTimer m_timer;
};

QString stateValue(const QString &stateFile, const QString &key)
{
    QFile state(stateFile);
    if (!state.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : state.readAll().split('\n'))
        if (line.startsWith(key.toUtf8() + '='))
            return QString::fromUtf8(line.mid(key.size() + 1));
    return {};
}

// The settings file as it is on disk: a password must appear nowhere in it.
QByteArray settingsBytes()
{
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("duocoach"),
                       QStringLiteral("duocoach"));
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString AnnaPassword = QStringLiteral("Geheim-Wachtwoord-42");
} // namespace

class TestConnectServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void serverAddressBuildsAndParses_data();
    void serverAddressBuildsAndParses();
    void openerTakesAServerAddress();
    void connectThroughTheDialog();
    void rememberedServerFillsTheDialog();
    void passwordIsAskedAndNeverKept();
    void cancelledPasswordKeepsTheWindow();
    void idleDropReconnectsSilently();
    void lostServerOffersToReconnect();

private:
    // A new database on the shared test cluster with the DuoCoach schema; its address.
    QString serverDatabase(const QString &name);
    std::unique_ptr<MainWindow> fileWindow();
    // The private cluster of this suite (started on first use): its folder and address.
    bool startPrivateCluster();

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_clusterState;
    QString m_privateDir;
    QString m_privateUri;
};

void TestConnectServer::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    // libpq's own sources of a password are left out: the prompt is what is tested.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(m_clusterState.filePath(QStringLiteral("no-pgpass"))));
}

void TestConnectServer::init()
{
    UiTestSupport::failOnWarnings();
    UiTestSupport::isolateSettings();
    Settings::setValue(Settings::Key::RememberedServers, QStringList());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConnectServer::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestConnectServer::cleanupTestCase()
{
    if (!m_privateDir.isEmpty())
        QProcess::execute(
            QStringLiteral(DUOCOACH_PG_CLUSTER),
            {QStringLiteral("stop"), m_clusterState.filePath(QStringLiteral("state"))});
}

QString TestConnectServer::serverDatabase(const QString &name)
{
    const QString address = newServerDatabase(*m_dir, name);
    auto created = Database::open(address);
    if (!created)
        qWarning("%s", qPrintable(created.message()));
    return address;
}

std::unique_ptr<MainWindow> TestConnectServer::fileWindow()
{
    auto db = Database::open(m_dir->filePath(QStringLiteral("laptop.duocoach")));
    if (!db)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(db).value());
    window->show();
    return window;
}

bool TestConnectServer::startPrivateCluster()
{
    if (!m_privateDir.isEmpty())
        return true;
    const QString state = m_clusterState.filePath(QStringLiteral("state"));
    if (QProcess::execute(QStringLiteral(DUOCOACH_PG_CLUSTER),
                          {QStringLiteral("start"), state,
                           QString::number(QCoreApplication::applicationPid())}) != 0)
        return false;
    m_privateDir = stateValue(state, QStringLiteral("dir"));
    m_privateUri = stateValue(state, QStringLiteral("uri"));
    // anna must give a SCRAM password; the superuser of the cluster keeps trust.
    const QString error = rawExec(
        m_privateUri,
        {QStringLiteral("SET password_encryption = 'scram-sha-256'"),
         // anna owns the team's database, and so sets up its group roles.
         QStringLiteral("CREATE ROLE anna LOGIN CREATEROLE PASSWORD '%1'").arg(AnnaPassword),
         QStringLiteral("CREATE DATABASE team OWNER anna")});
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    QFile hba(m_privateDir + QStringLiteral("/data/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly))
        return false;
    const QByteArray rules = "local all anna scram-sha-256\n" + hba.readAll();
    hba.close();
    if (!writeFile(hba.fileName(), rules))
        return false;
    return rawExec(m_privateUri, {QStringLiteral("SELECT pg_reload_conf()")}).isEmpty();
}

void TestConnectServer::serverAddressBuildsAndParses_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host") << "db.example.org" << 5432 << "duocoach"
                          << "anna"
                          << ""
                          << "postgresql://anna@db.example.org/duocoach";
    QTest::newRow("port and ssl") << "db.example.org" << 6543 << "duocoach"
                                  << "anna"
                                  << "verify-full"
                                  << "postgresql://anna@db.example.org:6543/duocoach?sslmode="
                                     "verify-full";
    QTest::newRow("socket") << "/run/postgresql" << 5432 << "team"
                            << "jan"
                            << ""
                            << "postgresql://jan@/team?host=/run/postgresql";
    QTest::newRow("odd names") << "db.example.org" << 5432 << "zorg en welzijn"
                               << "a.de wit"
                               << "require"
                               << "postgresql://a.de%20wit@db.example.org/zorg%20en%20welzijn?"
                                  "sslmode=require";
}

void TestConnectServer::serverAddressBuildsAndParses()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    QFETCH(QString, expected);
    const QString text = DatabaseAddress::serverText(host, port, database, user, sslMode);
    QCOMPARE(text, expected);
    auto parsed = DatabaseAddress::parse(text);
    DC_VERIFY_OK(parsed);
    QVERIFY(parsed->isServer());
    QCOMPARE(parsed->hostName(), host);
    QCOMPARE(parsed->databaseName(), database);
    QCOMPARE(parsed->userName(), user);
    QCOMPARE(parsed->sslMode(), sslMode);
}

void TestConnectServer::openerTakesAServerAddress()
{
    // As `duocoach --database postgresql://…` opens it: no lock file named after the address,
    // and no backup notice (a server keeps its own backups; VACUUM INTO is SQLite's).
    const QString address = serverDatabase(QStringLiteral("cli"));
    {
        // In use: a file in use would get its backup on opening.
        auto db = Database::open(address);
        DC_VERIFY_OK(db);
        DC_VERIFY_OK(
            OrganisationStore(*db.value())
                .add(organisation(QStringLiteral("Buurtkracht"), OrganisationKind::Community)));
    }
    auto opened = DatabaseOpener::open(nullptr, address);
    DC_VERIFY_OK(opened);
    QVERIFY(opened->has_value());
    DatabaseOpener::Opened result = std::move(*opened.value());
    QVERIFY(result.db->isServer());
    QVERIFY2(result.notice.isEmpty(), qPrintable(result.notice));
    QVERIFY(!result.lock);

    MainWindow window(std::move(result.db));
    window.show();
    const QString name = window.database().address().databaseName();
    QVERIFY2(window.windowTitle().contains(name), qPrintable(window.windowTitle()));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("this computer")),
             qPrintable(window.windowTitle()));
    auto *label = window.findChild<QLabel *>(QStringLiteral("databasePath"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(name) &&
                 label->text().contains(QStringLiteral("duocoach_test")),
             qPrintable(label->text()));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("restoreBackupAction"))->isEnabled());
}

void TestConnectServer::connectThroughTheDialog()
{
    const QString address = serverDatabase(QStringLiteral("team"));
    auto parsed = DatabaseAddress::parse(address);
    DC_VERIFY_OK(parsed);
    auto window = fileWindow();
    QVERIFY(window);
    QVERIFY(!window->database().isServer());

    window->findChild<QAction *>(QStringLiteral("connectServerAction"))->trigger();
    auto *dialog = window->findChild<ConnectServerDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->connectButton()->isEnabled());
    // Nothing remembered yet: no list to pick from. The cursor starts in the server field.
    QVERIFY(!dialog->rememberedBox()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->hostEdit());
    QCOMPARE(dialog->portBox()->value(), 5432);
    QCOMPARE(dialog->userEdit()->text(), ConnectServerDialog::loginName());

    // Only the keyboard, in the order the form shows.
    QTest::keyClicks(QApplication::focusWidget(), parsed->hostName());
    QVERIFY(!dialog->connectButton()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->portBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->databaseEdit());
    QTest::keyClicks(QApplication::focusWidget(), parsed->databaseName());
    QVERIFY(dialog->connectButton()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->userEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), parsed->userName());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->sslBox());
    QCOMPARE(dialog->sslBox()->currentData().toString(), QStringLiteral("prefer"));
    QCOMPARE(dialog->address(), address);

    // The new database is empty: no demo data, and "Working As" is closed unanswered.
    MessageBox::setNextAnswer(QMessageBox::No);
    PromptAnswerer answerer({});
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(window->database().isServer());
    QCOMPARE(window->database().path(), address);
    QVERIFY(answerer.texts.isEmpty()); // the shared cluster trusts its user: no password

    const QString name = parsed->databaseName();
    QVERIFY2(window->windowTitle().contains(name + QStringLiteral(" on this computer")),
             qPrintable(window->windowTitle()));
    auto *label = window->findChild<QLabel *>(QStringLiteral("databasePath"));
    QVERIFY2(label->text().contains(QStringLiteral("Database %1 on this computer").arg(name)) &&
                 label->text().contains(QStringLiteral("user duocoach_test")),
             qPrintable(label->text()));
    QCOMPARE(Settings::value(Settings::Key::RememberedServers).toStringList(),
             QStringList{address});
    QCOMPARE(Settings::value(Settings::Key::LastDatabase).toString(), address);
}

void TestConnectServer::rememberedServerFillsTheDialog()
{
    const QString address =
        QStringLiteral("postgresql://jan@db.example.org:6543/zorg?sslmode=require");
    ConnectServerDialog dialog({address, QStringLiteral("not a server")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.rememberedBox()->isVisible());
    QCOMPARE(dialog.rememberedBox()->count(), 2); // "New server" and the one server
    QTRY_COMPARE(QApplication::focusWidget(), dialog.rememberedBox());
    // The server of last time is filled in; "New server" empties the form, and the remembered
    // one fills it again.
    QCOMPARE(dialog.rememberedBox()->currentIndex(), 1);
    QCOMPARE(dialog.address(), address);
    QTest::keyClick(dialog.rememberedBox(), Qt::Key_Up);
    QVERIFY(dialog.hostEdit()->text().isEmpty());
    QVERIFY(dialog.databaseEdit()->text().isEmpty());
    QCOMPARE(dialog.portBox()->value(), 5432);
    QCOMPARE(dialog.userEdit()->text(), ConnectServerDialog::loginName());
    QVERIFY(!dialog.connectButton()->isEnabled());
    QTest::keyClick(dialog.rememberedBox(), Qt::Key_Down);
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("db.example.org"));
    QCOMPARE(dialog.portBox()->value(), 6543);
    QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("zorg"));
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("jan"));
    QCOMPARE(dialog.sslBox()->currentData().toString(), QStringLiteral("require"));
    QVERIFY(dialog.connectButton()->isEnabled());
    QCOMPARE(dialog.address(), address);
}

void TestConnectServer::passwordIsAskedAndNeverKept()
{
    QVERIFY(startPrivateCluster());
    const QString address = DatabaseAddress::serverText(m_privateDir, 5432, QStringLiteral("team"),
                                                        QStringLiteral("anna"));
    // Without a password libpq has none to give: refused as a login error, not a sentence
    // to parse.
    auto bare = Database::open(address);
    QVERIFY(!bare);
    QCOMPARE(bare.error().kind, Error::Kind::Login);

    auto window = fileWindow();
    QVERIFY(window);
    MessageBox::setNextAnswer(QMessageBox::No); // no demo data in the new database
    PromptAnswerer answerer({QStringLiteral("verkeerd"), AnnaPassword});
    QVERIFY(window->openDatabase(address));
    QVERIFY(window->database().isServer());
    QCOMPARE(window->database().loginName(), QStringLiteral("anna"));
    QCOMPARE(answerer.texts.size(), 2);
    QVERIFY(answerer.echoHidden);
    QVERIFY2(answerer.texts.at(0).contains(QStringLiteral("asks for a password")),
             qPrintable(answerer.texts.at(0)));
    QVERIFY2(answerer.texts.at(1).contains(QStringLiteral("did not accept the password")),
             qPrintable(answerer.texts.at(1)));
    QVERIFY(answerer.texts.at(1).contains(QStringLiteral("Password for anna:")));

    // Kept nowhere: not in the address, the remembered servers or the settings file.
    QCOMPARE(window->database().path(), address);
    QCOMPARE(Settings::value(Settings::Key::RememberedServers).toStringList(),
             QStringList{address});
    QVERIFY(!settingsBytes().isEmpty());
    QVERIFY(!settingsBytes().contains(AnnaPassword.toUtf8()));
    auto *label = window->findChild<QLabel *>(QStringLiteral("databasePath"));
    QVERIFY2(label->text().contains(QStringLiteral("user anna")), qPrintable(label->text()));
}

void TestConnectServer::cancelledPasswordKeepsTheWindow()
{
    QVERIFY(startPrivateCluster());
    const QString address = DatabaseAddress::serverText(m_privateDir, 5432, QStringLiteral("team"),
                                                        QStringLiteral("anna"));
    auto window = fileWindow();
    QVERIFY(window);
    const QString file = window->database().path();
    PromptAnswerer answerer({});
    QVERIFY(!window->openDatabase(address));
    QCOMPARE(answerer.texts.size(), 1);
    QCOMPARE(window->database().path(), file);
    // Cancelling is the user's own choice: no message box follows.
    QVERIFY(!MessageBox::lastText().contains(QStringLiteral("password")));
    QVERIFY(Settings::value(Settings::Key::RememberedServers).toStringList().isEmpty());
}

void TestConnectServer::idleDropReconnectsSilently()
{
    const QString address = serverDatabase(QStringLiteral("idle"));
    auto db = Database::open(address);
    DC_VERIFY_OK(db);
    MainWindow window(std::move(db).value());
    window.show();
    auto before = window.database().scalar(QStringLiteral("SELECT pg_backend_pid()"));
    DC_VERIFY_OK(before);

    // An administrator (or a restart) ends the window's session while it sits idle. The
    // window listens on that session for the team's changes (ServerChanges), and Qt may say so
    // when the session's socket goes, depending on when it looks: that one note is let pass.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.startsWith(QLatin1String("QSocketNotifier: Invalid socket")))
                previous(type, context, message);
        });
    const auto restore = qScopeGuard([] { qInstallMessageHandler(previous); });
    QCOMPARE(rawExec(clusterAddress(),
                     {QStringLiteral("SELECT pg_terminate_backend(%1)").arg(before->toLongLong())}),
             QString());
    QTest::qWait(200);

    // The next action goes through on a new connection, and nobody is bothered about it.
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    const QString said = MessageBox::lastText();
    auto added = window.workspace()->commands()->addOrganisation(
        organisation(QStringLiteral("Na de onderbreking"), OrganisationKind::Community));
    DC_VERIFY_OK(added);
    auto after = window.database().scalar(QStringLiteral("SELECT pg_backend_pid()"));
    DC_VERIFY_OK(after);
    QVERIFY(after->toLongLong() != before->toLongLong());
    QCOMPARE(rowCount(window.database(), QStringLiteral("organisations")), 1);
    QCoreApplication::processEvents();
    QCOMPARE(MessageBox::lastText(), said);
}

void TestConnectServer::lostServerOffersToReconnect()
{
    // Last: the private cluster is stopped here.
    QVERIFY(startPrivateCluster());
    const QString address = DatabaseAddress::serverText(m_privateDir, 5432, QStringLiteral("ops"),
                                                        QStringLiteral("duocoach_test"));
    QCOMPARE(rawExec(m_privateUri, {QStringLiteral("CREATE DATABASE ops")}), QString());
    auto db = Database::open(address);
    DC_VERIFY_OK(db);
    MainWindow window(std::move(db).value());
    window.show();
    // Idle: shown, and the counts it reads after its first paint are in the status bar.
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.findChild<QLabel *>(QStringLiteral("databaseCounts"))->text().isEmpty());

    // The server goes away while the window is idle and does not come back.
    QProcess stop;
    QStringList command = {QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                           QStringLiteral("-D"),
                           m_privateDir + QStringLiteral("/data"),
                           QStringLiteral("-m"),
                           QStringLiteral("immediate"),
                           QStringLiteral("-w"),
                           QStringLiteral("stop")};
    if (::geteuid() == 0)
        command =
            QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} +
            command;
    QCOMPARE(QProcess::execute(::geteuid() == 0 ? QStringLiteral("runuser") : command.takeFirst(),
                               command),
             0);

    // The next action cannot reconnect: one sentence naming database and server, and the
    // offer to reconnect (declined here).
    PromptAnswerer answerer({});
    auto added = window.workspace()->commands()->addOrganisation(
        organisation(QStringLiteral("Zonder server"), OrganisationKind::Community));
    QVERIFY(!added);
    QCOMPARE(added.error().kind, Error::Kind::ConnectionLost);
    QTRY_COMPARE(answerer.boxes.size(), 1);
    QVERIFY2(answerer.boxes.at(0).contains(QStringLiteral("was lost")) &&
                 answerer.boxes.at(0).contains(QStringLiteral("\"ops on this computer\"")),
             qPrintable(answerer.boxes.at(0)));
    // Asked once, not once for every statement that failed on the way.
    QTest::qWait(300);
    QCOMPARE(answerer.boxes.size(), 1);

    // The server is back. Right after a failed attempt a step does not wait for another one;
    // it says so again, and "Reconnect" connects.
    QStringList start = {QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                         QStringLiteral("-D"),
                         m_privateDir + QStringLiteral("/data"),
                         QStringLiteral("-l"),
                         m_privateDir + QStringLiteral("/server.log"),
                         QStringLiteral("-w"),
                         QStringLiteral("-o"),
                         QStringLiteral("-k %1 -c listen_addresses=").arg(m_privateDir),
                         QStringLiteral("start")};
    if (::geteuid() == 0)
        start = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")} +
                start;
    QCOMPARE(
        QProcess::execute(::geteuid() == 0 ? QStringLiteral("runuser") : start.takeFirst(), start),
        0);
    MessageBox::setNextAnswer(QMessageBox::Retry);
    QVERIFY(!window.workspace()->commands()->addOrganisation(
        organisation(QStringLiteral("Nog even niet"), OrganisationKind::Community)));
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Connected again")),
                 qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(answerer.boxes.size(), 1); // answered in advance, not shown
    DC_VERIFY_OK(window.workspace()->commands()->addOrganisation(
        organisation(QStringLiteral("Weer verbonden"), OrganisationKind::Community)));
    QCOMPARE(rowCount(window.database(), QStringLiteral("organisations")), 1);
}

QTEST_MAIN(TestConnectServer)
#include "TestConnectServer.moc"
