#include "MainWindow.h"

#include "DemoDataOffer.h"
#include "ImportFlow.h"
#include "MessageBox.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "services/ChangeNotifier.h"
#include "services/Settings.h"
#include "services/Statistics.h"
#include "storage/Database.h"

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
#include <QUndoGroup>
#include <QUndoStack>

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    file->addSeparator();
    file->addAction(tr("Import &Families…"), this, [this] { chooseImport(true); })
        ->setObjectName(QStringLiteral("importFamiliesAction"));
    file->addAction(tr("Import &Workers…"), this, [this] { chooseImport(false); })
        ->setObjectName(QStringLiteral("importWorkersAction"));
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
    // Also on the window itself, so the shortcuts work wherever the focus is in it.
    addAction(undo);
    addAction(redo);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
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
    auto opened = Database::open(path);
    if (!opened) {
        MessageBox::critical(this, tr("Open Database"), opened.message());
        return false;
    }
    setDatabase(std::move(opened).value());
    Settings::setValue(Settings::Key::LastDatabase, m_db->path());
    offerDemoData();
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
    if (!DemoDataOffer::run(this, *m_db))
        return false;
    delete takeCentralWidget();
    m_workspace = nullptr;
    rebuild();
    statusBar()->showMessage(tr("Demo data loaded. All names in it are fictitious."), 10000);
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_db->path()).absolutePath(),
        tr("DuoCoach databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseImport(bool families)
{
    const QString path = QFileDialog::getOpenFileName(
        this, families ? tr("Import Families") : tr("Import Workers"),
        QFileInfo(m_db->path()).absolutePath(), tr("CSV files (*.csv *.txt);;All files (*)"));
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
           "<p>This version shows families, workers, duos and the visit log.</p>")
            .arg(QCoreApplication::applicationVersion()));
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
    setCentralWidget(m_workspace);
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
    setWindowFilePath(m_db->path());
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_pathLabel->setText(QDir::toNativeSeparators(m_db->path()));
    m_pathLabel->setToolTip(m_pathLabel->text());
    auto counts = Statistics::count(*m_db);
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
