#include "CaseloadPage.h"

#include "CaseloadChart.h"
#include "CaseloadModel.h"
#include "ListTable.h"
#include "services/ChangeNotifier.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

CaseloadPage::CaseloadPage(Database &db, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent)
{
    m_model = new CaseloadModel(db, this);
    connect(m_model, &CaseloadModel::failed, this, &CaseloadPage::failed);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("caseloadSummary"));
    m_organisations = new QComboBox;
    m_organisations->setObjectName(QStringLiteral("caseloadOrganisation"));
    m_organisations->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_organisations, &QComboBox::activated, this, [this] {
        m_model->setOrganisationFilter(m_organisations->currentData().toLongLong());
    });
    auto *organisationLabel = new QLabel(tr("&Organisation:"));
    organisationLabel->setBuddy(m_organisations);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CaseloadModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // After the proxy has taken the new rows, so the table is sized to them, not the old ones.
    connect(m_proxy, &QSortFilterProxyModel::modelReset, this, &CaseloadPage::afterReset);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Fewest free places first: the over-full workers are what the coordinator looks for.
    m_table->sortByColumn(CaseloadModel::FreePlaces, Qt::AscendingOrder);
    ListTable::setUp(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_chart = new CaseloadChart;
    connect(m_chart, &CaseloadChart::workerClicked, this, &CaseloadPage::selectWorker);
    m_limit = new QComboBox;
    m_limit->setObjectName(QStringLiteral("caseloadChartLimit"));
    for (int limit : ChartLimits)
        m_limit->addItem(tr("The %1 fullest").arg(limit), limit);
    m_limit->setCurrentIndex(m_limit->findData(CaseloadChart::DefaultLimit));
    connect(m_limit, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setLimit(m_limit->currentData().toInt()); });
    auto *limitLabel = new QLabel(tr("&Chart shows:"));
    limitLabel->setBuddy(m_limit);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_summary, 1);
    topRow->addWidget(organisationLabel);
    topRow->addWidget(m_organisations);

    // The chart scrolls when the window is too low for its bars, rather than squeezing them.
    auto *chartScroll = new QScrollArea;
    chartScroll->setWidget(m_chart);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(limitLabel);
    limitRow->addWidget(m_limit);
    limitRow->addStretch(1);
    auto *chartSide = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(limitRow);
    chartLayout->addWidget(chartScroll, 1);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("caseloadSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(chartSide);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(topRow);
    layout->addWidget(m_splitter, 1);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CaseloadPage::reload);
    if (notifier) {
        // Whatever changes who carries which family, or how much a worker can carry.
        const auto later = [this] {
            scheduleReload();
        };
        connect(notifier, &ChangeNotifier::assignmentsChanged, this, later);
        connect(notifier, &ChangeNotifier::workersChanged, this, later);
        connect(notifier, &ChangeNotifier::meetingsChanged, this, later);
        connect(notifier, &ChangeNotifier::duosChanged, this, later);
        connect(notifier, &ChangeNotifier::familiesChanged, this, later);
        connect(notifier, &ChangeNotifier::organisationsChanged, this, later);
        connect(notifier, &ChangeNotifier::databaseReset, this, later);
    }
}

void CaseloadPage::setDay(const QDate &day)
{
    m_model->setDay(day);
}

void CaseloadPage::reload()
{
    m_reloadTimer.stop();
    m_model->reload();
}

void CaseloadPage::scheduleReload()
{
    m_reloadTimer.start();
}

void CaseloadPage::afterReset()
{
    fillOrganisations();
    m_chart->setCaseloads(m_model->rows());
    updateSummary();
    sizeColumns();
}

void CaseloadPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Left open overnight, the page would count yesterday's days and caseloads.
    if (m_model->countedOn().isValid() && m_model->countedOn() != m_model->day())
        reload();
    sizeColumns();
}

void CaseloadPage::sizeColumns()
{
    if (m_columnsSized || !m_table->isVisible())
        return;
    // Bounded list, all rows loaded: the content itself gives the right widths. Once: later
    // reloads (after every change) leave the widths the user may have set alone.
    m_table->resizeColumnsToContents();
    m_columnsSized = m_table->model()->rowCount() > 0;
    // Long organisation names are elided (the tooltip has them) rather than pushing the chart out.
    QHeaderView *header = m_table->horizontalHeader();
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30;
    header->resizeSection(CaseloadModel::Organisation,
                          qMin(header->sectionSize(CaseloadModel::Organisation), widest));
    // The table gets the width its columns need, up to three fifths; the chart the rest.
    const int total = m_splitter->width();
    const int wanted = header->length() + m_table->verticalScrollBar()->sizeHint().width() +
                       2 * m_table->frameWidth();
    const int table = qMin(wanted, total * 3 / 5);
    m_splitter->setSizes({table, total - table});
}

void CaseloadPage::fillOrganisations()
{
    const QSignalBlocker blocker(m_organisations);
    m_organisations->clear();
    m_organisations->addItem(tr("All organisations"), qint64(0));
    const auto organisations = m_model->organisations();
    for (const auto &[id, name] : organisations)
        m_organisations->addItem(name, id);
    m_organisations->setCurrentIndex(
        qMax(0, m_organisations->findData(m_model->organisationFilter())));
}

void CaseloadPage::updateSummary()
{
    int full = 0;
    int overFull = 0;
    for (const auto &caseload : m_model->rows()) {
        overFull += caseload.isOverFull();
        full += caseload.isFull() && !caseload.isOverFull();
    }
    const QLocale locale;
    m_summary->setText(tr("Workers: %1 · over-full: %2 · full: %3")
                           .arg(locale.toString(m_model->rowCount()), locale.toString(overFull),
                                locale.toString(full)));
}

void CaseloadPage::selectWorker(qint64 workerId)
{
    if (m_model->rowCount() == 0)
        return;
    const QModelIndexList found =
        m_model->match(m_model->index(0, 0), CaseloadModel::IdRole, workerId, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    const QModelIndex index = m_proxy->mapFromSource(found.constFirst());
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}
