#include "FollowUpsPanel.h"

#include "DisplayText.h"
#include "ListTable.h"
#include "SafetyBanner.h"
#include "VisitActions.h"
#include "storage/FollowUpStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

FollowUpsPanel::FollowUpsPanel(Database &db, QWidget *parent) : QGroupBox(parent), m_db(db)
{
    setObjectName(QStringLiteral("followUpsPanel"));
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("followUpList"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due")});
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OwnerColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setToolTip(tr("Tick an action off when it is done."));
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != ActionColumn || !m_actions)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        const bool done = item->checkState() == Qt::Checked;
        // Queued: the change refreshes this table, which must not happen inside its own signal.
        QMetaObject::invokeMethod(
            this, [this, id, done] { m_actions->setFollowUpDone(id, done); }, Qt::QueuedConnection);
    });

    m_none = new QLabel(tr("No follow-up actions."));
    m_none->setEnabled(false);
    m_add = new QPushButton(tr("Add Follow-up Action…"));
    m_add->setObjectName(QStringLiteral("addFollowUpAction"));
    m_add->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_actions)
            m_actions->addFollowUp(m_familyId);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_none);
    buttons->addStretch();
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    setTitle(tr("Follow-up actions"));
}

void FollowUpsPanel::setActions(VisitActions *actions)
{
    m_actions = actions;
    m_add->setEnabled(actions && m_familyId > 0);
}

bool FollowUpsPanel::showFamily(qint64 familyId)
{
    m_familyId = familyId;
    m_add->setEnabled(m_actions && familyId > 0);
    m_filling = true;
    m_table->setRowCount(0);
    auto all = familyId > 0 ? FollowUpStore(m_db).forFamily(familyId)
                            : Result<QList<FollowUp>>(QList<FollowUp>());
    if (!all) {
        m_filling = false;
        emit failed(all.message());
        return false;
    }
    const QDate today = QDate::currentDate();
    int open = 0;
    int done = 0;
    for (const FollowUp &f : all.value()) {
        const bool isDone = f.doneOn.isValid();
        if (isDone && ++done > RecentDone)
            break; // done ones come last, latest first
        open += isDone ? 0 : 1;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *action = new QTableWidgetItem(f.description);
        action->setData(Qt::UserRole, f.id);
        action->setFlags(Qt::ItemIsEnabled |
                         (m_actions ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        action->setCheckState(isDone ? Qt::Checked : Qt::Unchecked);
        action->setToolTip(f.description);
        // The first name: within a duo it is clear who is meant, and the pane is narrow.
        auto *owner = new QTableWidgetItem(f.ownerName.section(QLatin1Char(' '), 0, 0));
        owner->setToolTip(f.ownerName);
        // A done action shows the day it was done; the tick says it is done.
        auto *due = new QTableWidgetItem(DisplayText::date(isDone ? f.doneOn : f.dueOn));
        const QString doneText =
            f.doneBy.isEmpty() ? tr("done %1").arg(DisplayText::date(f.doneOn))
                               : tr("done %1 by %2").arg(DisplayText::date(f.doneOn), f.doneBy);
        due->setToolTip(isDone ? doneText : tr("due %1").arg(DisplayText::date(f.dueOn)));
        if (isDone)
            action->setToolTip(tr("%1 (%2)").arg(f.description, doneText));
        if (isDone) {
            const QColor quiet = palette().color(QPalette::PlaceholderText);
            for (QTableWidgetItem *item : {action, owner, due})
                item->setForeground(quiet);
        } else if (f.dueOn < today) {
            due->setText(tr("%1 (overdue)").arg(DisplayText::date(f.dueOn)));
            due->setForeground(SafetyBanner::colour());
        }
        m_table->setItem(row, ActionColumn, action);
        m_table->setItem(row, OwnerColumn, owner);
        m_table->setItem(row, DueColumn, due);
    }
    m_filling = false;
    setTitle(open > 0 ? tr("Follow-up actions (%1 open)").arg(open) : tr("Follow-up actions"));
    m_table->setVisible(m_table->rowCount() > 0);
    m_none->setVisible(m_table->rowCount() == 0);
    // As tall as its rows: the pane scrolls as a whole.
    ListTable::fitRows(m_table, m_table->rowCount());
    return true;
}
