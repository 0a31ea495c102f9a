#include "MainWindow.h"

#include "DatabaseOpener.h"
#include "DemoDataOffer.h"
#include "FeedbackImportFlow.h"
#include "FirstPaintWatcher.h"
#include "ImportFlow.h"
#include "MessageBox.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/AccessLogDialog.h"
#include "dialogs/CalendarExportDialog.h"
#include "dialogs/ConnectServerDialog.h"
#include "dialogs/DueForRemovalDialog.h"
#include "dialogs/EmergencyAccessDialog.h"
#include "dialogs/RestoreBackupDialog.h"
#include "dialogs/SupervisionExportDialog.h"
#include "dialogs/WorkingAsDialog.h"
#include "review/ReviewWindow.h"
#include "services/ChangeNotifier.h"
#include "services/CurrentUser.h"
#include "services/Settings.h"
#include "services/Statistics.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseAddress.h"
#include "storage/DatabaseLock.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must not make the window wider than a small screen: it is cut at the right
    // edge, and its tooltip holds all of it.
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_pathLabel->setMinimumWidth(1);
    m_counts = new QTimer(this);
    m_counts->setSingleShot(true);
    m_counts->setInterval(0);
    connect(m_counts, &QTimer::timeout, this, &MainWindow::updateCounts);
    // One turn of the event loop after the first paint was handled: whatever waits for the
    // window (a smoke run, a question) goes first.
    connect(new FirstPaintWatcher(this), &FirstPaintWatcher::painted, this, [this] {
        m_painted = true;
        QTimer::singleShot(0, m_counts, qOverload<>(&QTimer::start));
    });
    m_countsLabel = new QLabel;
    m_countsLabel->setObjectName(QStringLiteral("databaseCounts"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    createMenus();
    rebuild();

    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
}

MainWindow::~MainWindow()
{
    // The pages hold references into the database: they go first.
    delete takeCentralWidget();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                    tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    // A team's database on a PostgreSQL server (issue 14), beside the file on this computer.
    file->addAction(QIcon::fromTheme(QStringLiteral("network-server")),
                    tr("Connect to &Team Server…"), this, &MainWindow::chooseServer)
        ->setObjectName(QStringLiteral("connectServerAction"));
    m_restoreAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-revert")),
                                      tr("&Restore Backup…"), this, &MainWindow::chooseBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    file->addSeparator();
    file->addAction(tr("Import &Families…"), this, [this] { chooseImport(true); })
        ->setObjectName(QStringLiteral("importFamiliesAction"));
    file->addAction(tr("Import &Workers…"), this, [this] { chooseImport(false); })
        ->setObjectName(QStringLiteral("importWorkersAction"));
    // Not modal: the dialog stays beside the window (and tests can fill it in). It belongs to
    // the workspace, so opening another database closes it with the pages of the old one.
    file->addAction(tr("Export to &Calendar…"), this,
                    [this] {
                        if (!m_workspace)
                            return;
                        auto *dialog = new CalendarExportDialog(*m_db, m_workspace->currentUser(),
                                                                m_workspace);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        dialog->show();
                    })
        ->setObjectName(QStringLiteral("exportCalendarAction"));
    // Supervision (issue 5): the package for the supervisor, and opening one to review it.
    file->addAction(tr("Export for &Supervision…"), this,
                    [this] {
                        if (!m_workspace)
                            return;
                        auto *dialog = new SupervisionExportDialog(
                            *m_db, m_workspace->currentUser(), m_workspace);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        dialog->show();
                    })
        ->setObjectName(QStringLiteral("exportSupervisionAction"));
    file->addAction(tr("Open Supervision &Package…"), this,
                    [this] {
                        const QString path = QFileDialog::getOpenFileName(
                            this, tr("Open Supervision Package"), QString(),
                            tr("Supervision packages (*.duosup);;All files (*)"));
                        if (!path.isEmpty())
                            ReviewWindow::open(path, this);
                    })
        ->setObjectName(QStringLiteral("openSupervisionPackageAction"));
    // The supervisor's feedback back to the duos it is about (issue 17).
    file->addAction(tr("Import Supervision &Feedback…"), this, &MainWindow::chooseFeedback)
        ->setObjectName(QStringLiteral("importFeedbackAction"));
    file->addSeparator();
    // Privacy (issue 6): who did what with families' files, and the files due for removal.
    file->addAction(tr("&Access Log…"), this,
                    [this] {
                        if (m_workspace)
                            AccessLogDialog::open(*m_workspace->commands(), 0, m_workspace);
                    })
        ->setObjectName(QStringLiteral("accessLogAction"));
    // A duo coach on a team server, for a family that is not theirs (see rebuild()).
    file->addAction(tr("&Emergency Access…"), this,
                    [this] {
                        if (!m_workspace)
                            return;
                        EmergencyAccessDialog dialog(*m_db, this);
                        if (dialog.exec() == QDialog::Accepted)
                            m_workspace->showFamily(dialog.familyId());
                    })
        ->setObjectName(QStringLiteral("emergencyAccessAction"));
    file->addAction(tr("Due for &Removal…"), this,
                    [this] {
                        if (!m_workspace)
                            return;
                        auto *dialog =
                            new DueForRemovalDialog(*m_workspace->commands(), m_workspace);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        dialog->show();
                    })
        ->setObjectName(QStringLiteral("dueForRemovalAction"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // SQLite saves every step at once, so there is no unsaved state to mark in the title; the
    // Edit menu names the step Undo would take back.
    m_undoGroup = new QUndoGroup(this);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Without a prefix, Qt's own translated "Undo %1" lets each language order the words.
    QAction *undo = m_undoGroup->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_undoGroup->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redoAction"));
    // Ctrl+Shift+Z on every platform, as users of other programs expect, besides the
    // platform's own (Ctrl+Y on some); listed once, since a key listed twice would be ambiguous.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    redo->setShortcuts(redoKeys);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // A window-wide shortcut: Ctrl+F works wherever the focus is, also in the side bar.
    QAction *find =
        edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search"), this, [this] {
            if (m_workspace)
                m_workspace->focusSearch();
        });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    // Also on the window itself, so the shortcuts work wherever the focus is in it.
    addAction(undo);
    addAction(redo);
    addAction(find);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *workingAs = settings->addAction(tr("&Working As…"));
    workingAs->setObjectName(QStringLiteral("workingAs"));
    connect(workingAs, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->chooseCurrentUser();
    });
    QMenu *language = settings->addMenu(tr("&Language"));
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    // The languages are named in themselves, so a user can find theirs in any UI language.
    const QList<QPair<QString, QString>> choices = {
        {QStringLiteral("system"), tr("System Language")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    const QString chosen = Settings::value(Settings::Key::Language).toString();
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        m_languages->addAction(action);
    }
    connect(m_languages, &QActionGroup::triggered, this, &MainWindow::chooseLanguage);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                     tr("&About DuoCoach"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::openDatabase(const QString &path)
{
    // The same file again: this window's own lock must not pass for another DuoCoach's. (A
    // server address is no file: two of them would both have an empty canonical path.)
    const bool same =
        !DatabaseAddress::isServerAddress(path) && !m_db->isServer() &&
        QFileInfo(path).canonicalFilePath() == QFileInfo(m_db->path()).canonicalFilePath();
    if (same && m_lock)
        m_lock->unlock();
    auto opened = DatabaseOpener::open(this, path);
    if (!opened || !opened->has_value()) {
        if (same && m_lock)
            m_lock->tryLock();
        if (!opened)
            MessageBox::critical(this, tr("Open Database"), opened.message());
        return false;
    }
    DatabaseOpener::Opened result = std::move(*opened.value());
    setDatabase(std::move(result.db));
    // Only now, with the old database closed, is its lock let go.
    m_lock = std::move(result.lock);
    Settings::setValue(Settings::Key::LastDatabase, m_db->path());
    if (m_db->isServer())
        rememberServer(m_db->path());
    if (!result.notice.isEmpty())
        statusBar()->showMessage(result.notice, 10000);
    offerDemoData();
    return true;
}

void MainWindow::setLock(std::unique_ptr<DatabaseLock> lock)
{
    m_lock = std::move(lock);
}

void MainWindow::chooseBackup()
{
    auto *dialog = new RestoreBackupDialog(
        m_db->path(), Settings::value(Settings::Key::BackupsKept).toInt(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RestoreBackupDialog::chosen, this, &MainWindow::restoreBackup);
    dialog->show();
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    const QString title = tr("Restore Backup");
    if (m_db->isReadOnly()) {
        MessageBox::critical(this, title,
                             tr("\"%1\" is open read-only, so no backup can be restored into it.")
                                 .arg(m_db->displayName()));
        return false;
    }
    QDateTime madeAt = QFileInfo(backupPath).lastModified();
    for (const Backups::Entry &entry : Backups::list(m_db->path()))
        if (entry.path == QFileInfo(backupPath).absoluteFilePath())
            madeAt = entry.madeAt;
    const QLocale locale;
    const QString when = tr("%1 at %2")
                             .arg(locale.toString(madeAt.date(), QLocale::LongFormat),
                                  locale.toString(madeAt.time(), QLocale::ShortFormat));
    if (MessageBox::choose(
            this, QMessageBox::Question, title,
            tr("Put back the backup of %1? What was changed in \"%2\" since then is taken out; "
               "the database as it is now is kept as a backup, so this can be undone.")
                .arg(when, m_db->displayName()),
            {{QMessageBox::Yes, tr("Restore")}, {QMessageBox::Cancel, tr("Cancel")}},
            QMessageBox::Cancel) != QMessageBox::Yes)
        return false;

    const QString path = m_db->path();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The file is replaced under the pages and the connection, so both go first. The lock
    // stays: the file remains this window's.
    delete takeCentralWidget();
    m_workspace = nullptr;
    m_db.reset();
    auto restored = Backups::restore(backupPath, path);
    auto reopened = Database::open(path);
    if (!reopened)
        reopened = Database::open(path, Database::Access::ReadOnly);
    QApplication::restoreOverrideCursor();
    if (!reopened) {
        // Not expected (the backup was checked before it went in place), but a window
        // without a database cannot go on.
        MessageBox::critical(this, title, reopened.message());
        close();
        return false;
    }
    m_db = std::move(reopened).value();
    rebuild();
    if (!restored) {
        MessageBox::critical(this, title, restored.message());
        return false;
    }
    statusBar()->showMessage(tr("The backup of %1 was restored. The database as it was before "
                                "is kept as a backup.")
                                 .arg(when),
                             15000);
    return true;
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    // The old pages refer to the old database, so they are deleted now, not later, and before
    // the old database closes.
    delete takeCentralWidget();
    m_workspace = nullptr;
    m_db = std::move(db);
    rebuild();
}

bool MainWindow::offerDemoData()
{
    if (m_db->isReadOnly())
        return false;
    if (!DemoDataOffer::run(this, *m_db))
        return false;
    return showDemoData();
}

bool MainWindow::loadDemoData()
{
    if (!DemoDataOffer::load(this, *m_db))
        return false;
    return showDemoData();
}

bool MainWindow::showDemoData()
{
    delete takeCentralWidget();
    m_workspace = nullptr;
    rebuild();
    statusBar()->showMessage(tr("Demo data loaded. All names in it are fictitious."), 10000);
    return true;
}

void MainWindow::chooseServer()
{
    auto *dialog = new ConnectServerDialog(
        Settings::value(Settings::Key::RememberedServers).toStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: opening may ask for a password, which should not sit over the closing dialog.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString address = dialog->address();
        QTimer::singleShot(0, this, [this, address] {
            if (openDatabase(address))
                askWhoIsWorking();
        });
    });
    dialog->open();
}

void MainWindow::rememberServer(const QString &address)
{
    // Newest first, each once, a handful at most. The address never holds a password
    // (DatabaseAddress refuses one), so none is written here.
    QStringList servers = Settings::value(Settings::Key::RememberedServers).toStringList();
    servers.removeAll(address);
    servers.prepend(address);
    while (servers.size() > 8)
        servers.removeLast();
    Settings::setValue(Settings::Key::RememberedServers, servers);
}

void MainWindow::connectionLost(const Error &error)
{
    if (m_offeringReconnect)
        return;
    m_offeringReconnect = true;
    // Later, from the event loop: the statement that found the loss is still unwinding, and
    // may be on another thread.
    QMetaObject::invokeMethod(
        this, [this, message = error.message] { offerReconnect(message); }, Qt::QueuedConnection);
}

void MainWindow::offerReconnect(const QString &message)
{
    const QString title = tr("Connection Lost");
    const auto answer = MessageBox::choose(
        this, QMessageBox::Warning, title, message,
        {{QMessageBox::Retry, tr("Reconnect")}, {QMessageBox::Cancel, tr("Not Now")}},
        QMessageBox::Retry);
    m_offeringReconnect = false;
    if (answer != QMessageBox::Retry)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status again = m_db->reconnect();
    QApplication::restoreOverrideCursor();
    if (!again) {
        MessageBox::critical(this, title, again.message());
        return;
    }
    if (m_workspace)
        m_workspace->reload();
    updateStatus();
    statusBar()->showMessage(tr("Connected again to %1.").arg(m_db->displayName()), 10000);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_db->filePath()).absolutePath(),
        tr("DuoCoach databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty() && openDatabase(path))
        askWhoIsWorking();
}

bool MainWindow::askWhoIsWorking()
{
    if (!m_workspace || m_db->isReadOnly() || CurrentUser::isChosen(*m_db))
        return false;
    // Chosen once: closing the question keeps the coordinator, and that is remembered too
    // (Settings > Working As… changes it).
    WorkingAsDialog dialog(*m_db, m_workspace->currentUser(), this);
    const bool chosen = dialog.exec() == QDialog::Accepted;
    m_workspace->setCurrentUser(chosen ? dialog.user() : m_workspace->currentUser());
    return true;
}

void MainWindow::chooseImport(bool families)
{
    const QString path = QFileDialog::getOpenFileName(
        this, families ? tr("Import Families") : tr("Import Workers"),
        QFileInfo(m_db->filePath()).absolutePath(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString done;
    EditCommands &commands = *m_workspace->commands();
    const bool imported = families ? ImportFlow::importFamilies(this, commands, path, &done)
                                   : ImportFlow::importWorkers(this, commands, path, &done);
    if (!imported)
        return;
    m_workspace->setCurrentPage(families ? Workspace::Families : Workspace::WorkersAndDuos);
    statusBar()->showMessage(done, 10000);
}

void MainWindow::chooseFeedback()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Supervision Feedback"), QFileInfo(m_db->filePath()).absolutePath(),
        tr("Supervision feedback (*.feedback.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString done;
    if (!FeedbackImportFlow::run(this, *m_db, m_workspace->currentUser(), m_workspace->notifier(),
                                 path, &done))
        return;
    m_workspace->setCurrentPage(Workspace::Today);
    statusBar()->showMessage(done, 10000);
}

void MainWindow::chooseLanguage(QAction *action)
{
    const QString code = action->data().toString();
    if (code == Settings::value(Settings::Key::Language).toString())
        return;
    Settings::setValue(Settings::Key::Language, code);
    // Retranslating every open view in place is not worth its complexity for a rare change.
    MessageBox::information(this, tr("Language"),
                            tr("The new language takes effect after DuoCoach is restarted."));
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About DuoCoach"),
        tr("<h3>DuoCoach %1</h3>"
           "<p>Duo coaching in Dutch youth and family care: a trusted person from a community "
           "organisation and a professional from a care provider visit a family together.</p>"
           "<p>Coordinators register families and workers and form duos; duo coaches plan "
           "home visits, write reports and evaluate whether the support helps; supervisors "
           "review exported visit logs.</p>")
                .arg(QCoreApplication::applicationVersion()) +
            (m_db->isServer() ? tr("<p>The data are kept on the team server: %1.</p>")
                                    .arg(m_db->displayName().toHtmlEscaped())
                              : tr("<p>Everything stays in one file on this computer.</p>")));
}

void MainWindow::showProblem(const QString &message)
{
    // Read problems are shown, not thrown at the user in a modal box: a list that fails to
    // page in must not trap the user in a loop of dialogs.
    statusBar()->showMessage(message);
}

void MainWindow::rebuild()
{
    m_workspace = new Workspace(*m_db);
    connect(m_workspace, &Workspace::failed, this, &MainWindow::showProblem);
    // Queued: the workspace that asks is deleted by the loading.
    connect(m_workspace, &Workspace::demoDataRequested, this, &MainWindow::loadDemoData,
            Qt::QueuedConnection);
    setCentralWidget(m_workspace);
    // On a server the login says who is working; there is nothing to choose.
    if (auto *workingAs = findChild<QAction *>(QStringLiteral("workingAs")))
        workingAs->setVisible(CurrentUser::isChoosable(*m_db));
    if (auto *emergency = findChild<QAction *>(QStringLiteral("emergencyAccessAction")))
        emergency->setVisible(m_db->isServer() &&
                              m_workspace->currentUser().kind == CurrentUser::Kind::Worker);
    EditCommands *commands = m_workspace->commands();
    commands->setWindow(this);
    m_undoGroup->addStack(commands->undoStack());
    m_undoGroup->setActiveStack(commands->undoStack());
    // The counts in the status bar follow every change.
    ChangeNotifier *notifier = m_workspace->notifier();
    for (auto signal : {&ChangeNotifier::organisationsChanged, &ChangeNotifier::workersChanged,
                        &ChangeNotifier::duosChanged, &ChangeNotifier::familiesChanged,
                        &ChangeNotifier::visitsChanged})
        connect(notifier, signal, this, &MainWindow::updateStatus);
    m_workspace->reload();
    // A file is named by its file name, as before; a server database by its name and server
    // ("duocoach on db.example.org"), which Qt follows with the application's name.
    if (m_db->isServer()) {
        setWindowFilePath(QString());
        setWindowTitle(m_db->displayName());
    } else {
        setWindowTitle(QString());
        setWindowFilePath(m_db->path());
    }
    m_restoreAction->setEnabled(!m_db->isServer());
    m_db->setConnectionLostObserver([this](const Error &error) { connectionLost(error); });
    updateStatus();
}

void MainWindow::updateStatus()
{
    QString where = QDir::toNativeSeparators(m_db->path());
    if (m_db->isServer()) {
        const DatabaseAddress &address = m_db->address();
        where = tr("Database %1 on %2 · user %3")
                    .arg(address.databaseName(), address.serverName(), m_db->loginName());
    }
    m_pathLabel->setText(m_db->isReadOnly() ? tr("%1 (read-only)").arg(where) : where);
    // The tooltip holds the whole address, which reopens it (never with a password).
    m_pathLabel->setToolTip(m_db->isServer() ? m_db->path() : m_pathLabel->text());
    if (m_painted)
        m_counts->start();
}

void MainWindow::updateCounts()
{
    auto counts = Statistics::totals(*m_db);
    if (!counts) {
        m_countsLabel->clear();
        showProblem(counts.message());
        return;
    }
    const QLocale locale;
    m_countsLabel->setText(tr("Families: %1 · Workers: %2 · Duos: %3 · Visits: %4")
                               .arg(locale.toString(counts->families),
                                    locale.toString(counts->workers), locale.toString(counts->duos),
                                    locale.toString(counts->visits)));
}
