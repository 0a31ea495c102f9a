#include "WaitingListPage.h"

#include "ListTable.h"
#include "WaitingListModel.h"
#include "services/ChangeNotifier.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

WaitingListPage::WaitingListPage(Database &db, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent)
{
    m_model = new WaitingListModel(db, this);
    connect(m_model, &WaitingListModel::failed, this, &WaitingListPage::failed);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("waitingSummary"));
    auto *hint = new QLabel(tr("Double-click a family to open it on the Families page."));
    hint->setEnabled(false);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WaitingListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // After the proxy has taken the new rows, so the table is sized to them, not the old ones.
    connect(m_proxy, &QSortFilterProxyModel::modelReset, this, &WaitingListPage::afterReset);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("waitingTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Longest waiting first; families referred on the same day stay in case-code order.
    m_table->sortByColumn(WaitingListModel::DaysWaiting, Qt::DescendingOrder);
    ListTable::setUp(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Double-click, or Enter on the keyboard.
    connect(m_table, &QTableView::activated, this, &WaitingListPage::open);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WaitingListPage::updateButtons);

    m_assign = new QPushButton(tr("&Assign Duo…"));
    m_assign->setObjectName(QStringLiteral("assignFromWaitingList"));
    m_assign->setToolTip(tr("Choose a duo for the selected family, ranked by language, "
                            "district, wishes and caseload"));
    connect(m_assign, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentFamilyId())
            emit assignDuoRequested(id);
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_table->indexAt(at);
        const qint64 id = index.data(WaitingListModel::IdRole).toLongLong();
        if (id <= 0)
            return;
        QMenu menu(m_table);
        menu.setDefaultAction(
            menu.addAction(tr("Assign Duo…"), this, [this, id] { emit assignDuoRequested(id); }));
        menu.addAction(tr("Open Family"), this, [this, id] { emit familyActivated(id); });
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_summary, 1);
    topRow->addWidget(hint);
    topRow->addWidget(m_assign);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(topRow);
    layout->addWidget(m_table, 1);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &WaitingListPage::reload);
    if (notifier) {
        // Whatever changes a family's status or whether it has a duo.
        const auto later = [this] {
            m_reloadTimer.start();
        };
        connect(notifier, &ChangeNotifier::assignmentsChanged, this, later);
        connect(notifier, &ChangeNotifier::familiesChanged, this, later);
        connect(notifier, &ChangeNotifier::databaseReset, this, later);
    }
}

void WaitingListPage::setDay(const QDate &day)
{
    m_model->setDay(day);
}

void WaitingListPage::reload()
{
    m_reloadTimer.stop();
    m_model->reload();
}

void WaitingListPage::afterReset()
{
    const QList<WaitingFamily> &rows = m_model->rows();
    int longest = 0;
    for (const WaitingFamily &family : rows)
        longest = qMax(longest, family.daysWaiting);
    const QLocale locale;
    if (rows.isEmpty())
        m_summary->setText(tr("No family is waiting for a duo."));
    else if (longest == 1)
        m_summary->setText(tr("Families waiting for a duo: %1 · longest wait: 1 day")
                               .arg(locale.toString(rows.size())));
    else
        m_summary->setText(tr("Families waiting for a duo: %1 · longest wait: %2 days")
                               .arg(locale.toString(rows.size()), locale.toString(longest)));
    sizeColumns();
    updateButtons();
}

qint64 WaitingListPage::currentFamilyId() const
{
    return m_table->currentIndex().data(WaitingListModel::IdRole).toLongLong();
}

void WaitingListPage::updateButtons()
{
    m_assign->setEnabled(currentFamilyId() > 0);
}

void WaitingListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Left open overnight, the page would count yesterday's days and caseloads.
    if (m_model->countedOn().isValid() && m_model->countedOn() != m_model->day())
        reload();
    sizeColumns();
}

void WaitingListPage::sizeColumns()
{
    if (m_columnsSized || !m_table->isVisible())
        return;
    // Bounded list, all rows loaded: the content itself gives the right widths. Once: later
    // reloads (after every change) leave the widths the user may have set alone.
    m_table->resizeColumnsToContents();
    m_columnsSized = m_table->model()->rowCount() > 0;
}

void WaitingListPage::open(const QModelIndex &index)
{
    const qint64 id = index.data(WaitingListModel::IdRole).toLongLong();
    if (id > 0)
        emit familyActivated(id);
}
