#include "MainWindow.h"

#include "DemoDataOffer.h"
#include "MessageBox.h"
#include "Workspace.h"
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
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

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
