#include "WorkersPage.h"

#include "DuoListModel.h"
#include "ListTable.h"
#include "OrganisationListModel.h"
#include "WorkerActions.h"
#include "WorkerListModel.h"
#include "commands/EditCommands.h"
#include "services/ChangeNotifier.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

WorkersPage::WorkersPage(Database &db, QWidget *parent) : QWidget(parent)
{
    m_workers = new WorkerListModel(db, QDate::currentDate(), this);
    m_duos = new DuoListModel(db, this);
    m_organisations = new OrganisationListModel(db, this);
    connect(m_workers, &WorkerListModel::failed, this, &WorkersPage::failed);
    connect(m_duos, &DuoListModel::failed, this, &WorkersPage::failed);
    connect(m_organisations, &OrganisationListModel::failed, this, &WorkersPage::failed);

    m_workerTable = makeTable(m_workers, WorkerListModel::SortRole, QStringLiteral("workerTable"));
    m_duoTable = makeTable(m_duos, DuoListModel::SortRole, QStringLiteral("duoTable"));
    m_organisationTable =
        makeTable(m_organisations, Qt::DisplayRole, QStringLiteral("organisationTable"));
    // The caseload is the last column and right-aligned; stretched it would drift far from
    // the name it belongs to.
    m_workerTable->horizontalHeader()->setStretchLastSection(false);

    m_workersBox = new QGroupBox(tr("Trusted persons and professionals"));
    (new QVBoxLayout(m_workersBox))->addWidget(m_workerTable);
    m_duosBox = new QGroupBox(tr("Duos"));
    (new QVBoxLayout(m_duosBox))->addWidget(m_duoTable);
    m_organisationsBox = new QGroupBox(tr("Organisations"));
    (new QVBoxLayout(m_organisationsBox))->addWidget(m_organisationTable);

    // One above the other: the worker list has six columns and needs the full width. The
    // organisations come last: they are set up once and rarely change.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("workersSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_workersBox);
    splitter->addWidget(m_duosBox);
    splitter->addWidget(m_organisationsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);

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
    ListTable::setUp(table);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void WorkersPage::setCommands(EditCommands *commands)
{
    m_actions = new WorkerActions(this, commands);
    const QList<QPair<QGroupBox *, QList<QAction *>>> bars = {
        {m_workersBox, m_actions->workerActions()},
        {m_duosBox, m_actions->duoActions()},
        {m_organisationsBox, m_actions->organisationActions()},
    };
    for (const auto &[box, actions] : bars) {
        auto *bar = new QToolBar;
        // Words only, as on the Families page: a row with some icons and some gaps (the icon
        // themes in use lack some of these) looks unfinished.
        bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // Flat and tight: a row of buttons over the list, not a second window frame.
        bar->setStyleSheet(
            QStringLiteral("QToolBar { border: none; padding: 0px; spacing: 2px; }"));
        bar->addActions(actions);
        static_cast<QVBoxLayout *>(box->layout())->insertWidget(0, bar);
    }

    // Every list shows names or counts that other edits change (a renamed worker is in the duo
    // list, an assignment changes a caseload), so any change reads all three again: they are
    // short.
    ChangeNotifier *notifier = commands->notifier();
    for (auto signal : {&ChangeNotifier::organisationsChanged, &ChangeNotifier::workersChanged,
                        &ChangeNotifier::duosChanged, &ChangeNotifier::familiesChanged,
                        &ChangeNotifier::assignmentsChanged})
        connect(notifier, signal, this, &WorkersPage::reload);
    connect(notifier, &ChangeNotifier::databaseReset, this, &WorkersPage::reload);
}

qint64 WorkersPage::selectedId(const QTableView *table)
{
    const QModelIndex current = table->currentIndex();
    if (!current.isValid() || !table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    // Every list model here keeps its id in the first role after Qt::UserRole.
    return current.siblingAtColumn(0).data(Qt::UserRole + 1).toLongLong();
}

void WorkersPage::selectId(QTableView *table, qint64 id)
{
    QAbstractItemModel *model = table->model();
    for (int row = 0; id > 0 && row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Qt::UserRole + 1).toLongLong() == id) {
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
            table->scrollTo(index);
            return;
        }
    }
}

void WorkersPage::reload()
{
    const qint64 worker = selectedId(m_workerTable);
    const qint64 duo = selectedId(m_duoTable);
    const qint64 organisation = selectedId(m_organisationTable);
    m_workers->reload();
    m_duos->reload();
    m_organisations->reload();
    selectId(m_workerTable, worker);
    selectId(m_duoTable, duo);
    selectId(m_organisationTable, organisation);
    // Bounded lists, all rows loaded: the content itself gives the right widths.
    m_workerTable->resizeColumnsToContents();
    m_duoTable->resizeColumnsToContents();
    m_organisationTable->resizeColumnsToContents();
}
