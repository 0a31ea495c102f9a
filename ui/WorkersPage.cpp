#include "WorkersPage.h"

#include "DuoListModel.h"
#include "WorkerListModel.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

WorkersPage::WorkersPage(Database &db, QWidget *parent) : QWidget(parent)
{
    m_workers = new WorkerListModel(db, QDate::currentDate(), this);
    m_duos = new DuoListModel(db, this);
    connect(m_workers, &WorkerListModel::failed, this, &WorkersPage::failed);
    connect(m_duos, &DuoListModel::failed, this, &WorkersPage::failed);

    m_workerTable = makeTable(m_workers, WorkerListModel::SortRole, QStringLiteral("workerTable"));
    m_duoTable = makeTable(m_duos, DuoListModel::SortRole, QStringLiteral("duoTable"));
    // The caseload is the last column and right-aligned; stretched it would drift far from
    // the name it belongs to.
    m_workerTable->horizontalHeader()->setStretchLastSection(false);

    auto *workersBox = new QGroupBox(tr("Trusted persons and professionals"));
    (new QVBoxLayout(workersBox))->addWidget(m_workerTable);
    auto *duosBox = new QGroupBox(tr("Duos"));
    (new QVBoxLayout(duosBox))->addWidget(m_duoTable);

    // One above the other: the worker list has six columns and needs the full width.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("workersSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(workersBox);
    splitter->addWidget(duosBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

QTableView *WorkersPage::makeTable(QAbstractItemModel *source, int sortRole,
                                   const QString &objectName)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortLocaleAware(true);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void WorkersPage::reload()
{
    m_workers->reload();
    m_duos->reload();
    // Bounded lists, all rows loaded: the content itself gives the right widths.
    m_workerTable->resizeColumnsToContents();
    m_duoTable->resizeColumnsToContents();
}
