#include "ReviewWindow.h"

#include "SenderCheck.h"

#include "DisplayText.h"
#include "DuoFiguresView.h"
#include "FeedbackPanel.h"
#include "ListTable.h"
#include "MessageBox.h"
#include "PackageVisitModel.h"
#include "PassphrasePrompt.h"
#include "ReviewFilterBar.h"
#include "ReviewFilterProxy.h"
#include "VisitsPerMonthChart.h"
#include "domain/DomainText.h"
#include "exchange/ReviewReport.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

ReviewWindow *ReviewWindow::open(const QString &path, QWidget *parent)
{
    const QString name = QFileInfo(path).fileName();
    const QString title = tr("Open Supervision Package");
    QString passphrase;
    if (SupervisionPackage::probe(path) == SupervisionPackage::Kind::Encrypted) {
        passphrase = PassphrasePrompt::ask(parent, name);
        if (passphrase.isNull())
            return nullptr;
    }
    std::unique_ptr<SupervisionPackage> package;
    for (;;) {
        if (passphrase.isEmpty() && !passphrase.isNull()) {
            passphrase = PassphrasePrompt::ask(parent, name, tr("Type the passphrase."));
            if (passphrase.isNull())
                return nullptr;
            continue;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor); // the key derivation takes a moment
        auto opened = SupervisionPackage::open(path, passphrase);
        QApplication::restoreOverrideCursor();
        if (opened) {
            package = std::move(opened).value();
            break;
        }
        // A passphrase that does not open the package is asked again; anything else (a changed
        // or cut-off file, not a package at all) cannot be helped by typing.
        if (passphrase.isEmpty() || opened.error().kind != Error::Kind::Refused) {
            MessageBox::critical(parent, title, opened.message());
            return nullptr;
        }
        passphrase = PassphrasePrompt::ask(parent, name, opened.message());
        if (passphrase.isNull())
            return nullptr;
    }
    const PackageCheck check = package->verify();
    if (!check.intact()) {
        MessageBox::critical(parent, title, changedMessage(name, check));
        return nullptr;
    }
    if (!SenderCheck::confirm(parent, name, package->manifest()))
        return nullptr;
    auto *window = new ReviewWindow(std::move(package), path);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
}

QString ReviewWindow::changedMessage(const QString &name, const PackageCheck &check)
{
    QString text = tr("The package \"%1\" was changed after it was exported, so its figures "
                      "cannot be trusted; it is not opened. What differs:")
                       .arg(name);
    for (const QString &problem : check.problems)
        text += QStringLiteral("\n• ") + problem;
    return text;
}

ReviewWindow::ReviewWindow(std::unique_ptr<SupervisionPackage> package, const QString &path,
                           QWidget *parent)
    : QMainWindow(parent), m_package(std::move(package)), m_path(path)
{
    setObjectName(QStringLiteral("reviewWindow"));
    const PackageManifest &manifest = m_package->manifest();

    m_figures = new DuoFiguresView;
    m_chart = new VisitsPerMonthChart;
    m_figures->setChart(m_chart);

    auto duos = m_package->duos();
    m_filterBar =
        new ReviewFilterBar(duos ? duos.value() : QList<Duo>(), manifest.from, manifest.to);
    m_model = new PackageVisitModel(this);
    m_proxy = new ReviewFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("reviewVisits"));
    m_table->setModel(m_proxy);
    ListTable::setUp(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PackageVisitModel::Start, Qt::AscendingOrder);
    // Each column as wide as what it shows, measured on the first rows only (a package may
    // hold a year of visits); the duo's names get the room that is left.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PackageVisitModel::Duo, QHeaderView::Stretch);
    header->setResizeContentsPrecision(200);
    m_report = new QTextBrowser;
    m_report->setObjectName(QStringLiteral("visitDetails"));
    m_report->setPlaceholderText(tr("Select a visit to read its report."));
    auto *log = new QWidget;
    auto *logLayout = new QVBoxLayout(log);
    logLayout->addWidget(m_filterBar);
    auto *logSplit = new QSplitter(Qt::Vertical);
    logSplit->addWidget(m_table);
    logSplit->addWidget(m_report);
    logSplit->setStretchFactor(0, 3);
    logSplit->setStretchFactor(1, 1);
    logLayout->addWidget(logSplit, 1);

    auto *overview = new QWidget;
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_figures);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(overview, tr("&Figures per duo"));
    m_tabs->addTab(log, tr("&Visit log"));
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(SenderCheck::banner(manifest));
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    // Feedback on an encrypted package is kept encrypted with the package's passphrase.
    auto feedback = ReviewFeedback::load(m_path, manifest.contentSha256, m_package->passphrase());
    QString feedbackProblem;
    if (!feedback) {
        // Shown, and the feedback starts empty; saving would replace the unreadable file only
        // after the user asks to save.
        feedbackProblem = feedback.message();
    }
    ReviewFeedback loaded = feedback ? feedback.value() : ReviewFeedback();
    // Saved with it, so the feedback goes back to the package's own database alone.
    loaded.setSourceDatabase(manifest.values.value(QStringLiteral("source_database")));
    m_feedback = new FeedbackPanel(loaded);
    auto *dock = new QDockWidget(tr("Feedback"));
    dock->setObjectName(QStringLiteral("feedbackDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_feedback);
    // Wide enough to write in; the figures keep the rest.
    m_feedback->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    createMenus();
    load();

    connect(m_filterBar, &ReviewFilterBar::filterChanged, this,
            [this](const PackageVisitFilter &filter) {
                m_proxy->setFilter(filter);
                updateCount();
                m_figures->showFamiliesOf(filter.duoId, m_filterBar->duos()->currentText());
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showVisit(current); });
    connect(m_figures->figuresTable(), &QTableWidget::itemSelectionChanged, this,
            &ReviewWindow::duoSelected);
    connect(m_feedback, &FeedbackPanel::modifiedChanged, this, &ReviewWindow::updateTitle);
    connect(m_feedback, &FeedbackPanel::visitNotesChanged, this, [this] {
        QSet<qint64> ids;
        for (auto it = m_feedback->feedback().visitNotes().cbegin();
             it != m_feedback->feedback().visitNotes().cend(); ++it)
            ids.insert(it.key());
        m_model->setVisitsWithFeedback(ids);
    });
    emit m_feedback->visitNotesChanged();

    statusBar()->showMessage(
        tr("Exported on %1 by %2 · %3 · verified: unchanged since the export")
            .arg(DisplayText::dateTime(manifest.exportedAt.toLocalTime()), manifest.exportedBy,
                 manifest.pseudonymized ? tr("pseudonymised") : tr("not pseudonymised")));
    if (!feedbackProblem.isEmpty())
        statusBar()->showMessage(feedbackProblem);
    updateTitle();

    QSize size(1360, 860);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
}

ReviewWindow::~ReviewWindow() = default;

void ReviewWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_saveAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")),
                                   tr("&Save Feedback"), this, &ReviewWindow::saveFeedback);
    m_saveAction->setObjectName(QStringLiteral("saveFeedbackAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Save as &PDF…"), this,
                    [this] { saveAsPdf(); })
        ->setObjectName(QStringLiteral("savePdfAction"));
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
}

void ReviewWindow::load()
{
    // Each query is shown as far as it succeeds; the first failure is said in the status bar.
    QStringList problems;
    auto visits = m_package->visits();
    if (visits) {
        m_model->setVisits(visits.value());
        m_table->resizeColumnsToContents();
        // A long reason of a cancelled visit must not take the duo's room; it is read whole
        // below the log.
        const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28;
        for (int column = 0; column < PackageVisitModel::ColumnCount; ++column)
            if (column != PackageVisitModel::Duo)
                m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
        // Room for the mark of a visit with feedback, which the measured rows may not have.
        m_table->setColumnWidth(PackageVisitModel::Start,
                                m_table->columnWidth(PackageVisitModel::Start) +
                                    style()->pixelMetric(QStyle::PM_SmallIconSize) + 4);
    } else
        problems << visits.message();
    auto figures = m_package->duoFigures();
    auto last = m_package->lastVisits();
    if (!figures)
        problems << figures.message();
    if (!last)
        problems << last.message();
    m_figures->setFigures(figures ? figures.value() : QList<DuoFigures>(),
                          last ? last.value() : QList<FamilyLastVisit>(), m_package->hasNetwork());
    auto months = m_package->visitsPerMonth();
    auto duos = m_package->duos();
    if (!months)
        problems << months.message();
    m_chart->setData(months ? months.value() : QList<MonthCount>(),
                     duos ? duos.value() : QList<Duo>(), m_package->manifest().from,
                     m_package->manifest().to);
    m_proxy->setFilter(m_filterBar->filter());
    updateCount();
    if (!problems.isEmpty())
        MessageBox::critical(this, windowTitle(), problems.constFirst());
}

void ReviewWindow::updateTitle()
{
    const PackageManifest &manifest = m_package->manifest();
    // [*] shows unsaved feedback the way the desktop marks unsaved documents.
    setWindowTitle(tr("%1 (%2 to %3) – Supervision[*]")
                       .arg(m_package->name(), DisplayText::date(manifest.from),
                            DisplayText::date(manifest.to)));
    setWindowModified(m_feedback->isModified());
    m_saveAction->setEnabled(m_feedback->isModified());
}

void ReviewWindow::updateCount()
{
    m_filterBar->setCount(m_proxy->rowCount(), m_model->rowCount());
}

void ReviewWindow::duoSelected()
{
    const qint64 duo = m_figures->selectedDuo();
    QString name;
    for (int row = 0; row < m_figures->figuresTable()->rowCount(); ++row)
        if (const auto *item = m_figures->figuresTable()->item(row, DuoFiguresView::DuoName);
            item && item->data(Qt::UserRole).toLongLong() == duo)
            name = item->text();
    m_feedback->setDuo(duo, name);
    m_figures->showFamiliesOf(duo, name);
    if (duo)
        m_chart->showDuo(duo);
}

void ReviewWindow::showVisit(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid()) {
        m_feedback->setVisit(0, {});
        m_report->clear();
        m_report->setPlaceholderText(tr("Select a visit to read its report."));
        return;
    }
    const PackageVisit visit = m_model->visit(source.row());
    const QString label = tr("%1, %2").arg(DisplayText::dateTime(visit.start), visit.caseCode);
    m_feedback->setVisit(visit.id, label);
    // The visit is shown: nothing may still ask to select one.
    m_report->setPlaceholderText(QString());

    // Plain text in HTML: the notes are the coaches' own words, not markup.
    auto line = [](const QString &heading, const QString &text) {
        return text.trimmed().isEmpty() ? QString()
                                        : QStringLiteral("<p><b>%1</b><br>%2</p>")
                                              .arg(heading.toHtmlEscaped(),
                                                   text.toHtmlEscaped().replace(
                                                       QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                       .arg(label.toHtmlEscaped(), visit.duoName.toHtmlEscaped(),
                            DomainText::display(visit.status).toHtmlEscaped());
    html += line(tr("Reason"), visit.statusReason);
    if (auto report = m_package->report(visit.id); report && report.value()) {
        const VisitReport &r = *report.value();
        QStringList topics;
        for (LifeDomain domain : r.topics)
            topics << DomainText::display(domain);
        html += line(tr("Topics"), topics.join(QStringLiteral(", ")));
        html += line(tr("Trusted person did"), r.trustedPersonTasks);
        html += line(tr("Professional did"), r.professionalTasks);
        html += line(tr("Notes"), r.notes);
        html += line(tr("Written by"),
                     tr("%1 on %2").arg(r.writtenBy, DisplayText::dateTime(r.writtenAt)));
    } else if (visit.status == VisitStatus::Done) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No report was written.").toHtmlEscaped());
    }
    if (visit.safetyConcerns > 0) {
        if (auto concerns = m_package->safetyConcerns(visit.familyId)) {
            for (const SafetyConcern &concern : concerns.value())
                if (concern.visitId == visit.id)
                    html += line(concern.isOpen() ? tr("Safety concern (open)")
                                                  : tr("Safety concern (closed)"),
                                 concern.description);
        }
    }
    m_report->setHtml(html);
}

bool ReviewWindow::saveFeedback()
{
    const Status saved = m_feedback->save();
    if (!saved) {
        MessageBox::critical(this, windowTitle(), saved.message());
        return false;
    }
    statusBar()->showMessage(
        tr("Feedback saved in %1.").arg(QDir::toNativeSeparators(ReviewFeedback::pathFor(m_path))),
        8000);
    return true;
}

bool ReviewWindow::saveAsPdf(const QString &pdfPath)
{
    QString target = pdfPath;
    if (target.isEmpty()) {
        const QFileInfo package(m_path);
        target = QFileDialog::getSaveFileName(
            this, tr("Save as PDF"),
            package.dir().filePath(package.completeBaseName() + QStringLiteral(".pdf")),
            tr("PDF files (*.pdf)"));
        if (target.isEmpty())
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = ReviewReport::writePdf(*m_package, m_feedback->feedback(), target);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, windowTitle(), written.message());
        return false;
    }
    statusBar()->showMessage(
        tr("The review was saved as %1.").arg(QDir::toNativeSeparators(target)), 8000);
    return true;
}

void ReviewWindow::closeEvent(QCloseEvent *event)
{
    if (!m_feedback->isModified()) {
        event->accept();
        return;
    }
    const auto answer = MessageBox::choose(
        this, QMessageBox::Question, windowTitle(),
        tr("You changed the feedback since it was last saved. Save it before closing?"),
        {{QMessageBox::Save, tr("&Save")},
         {QMessageBox::Discard, tr("&Don't Save")},
         {QMessageBox::Cancel, tr("Cancel")}},
        QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveFeedback())) {
        event->ignore();
        return;
    }
    event->accept();
}
