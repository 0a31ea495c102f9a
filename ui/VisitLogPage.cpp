#include "VisitLogPage.h"

#include "DisplayText.h"
#include "ListTable.h"
#include "VisitActions.h"
#include "VisitListModel.h"
#include "VisitLogFilterBar.h"
#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "services/ChangeNotifier.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

VisitLogPage::VisitLogPage(Database &db, QWidget *parent) : QWidget(parent)
{
    m_model = new VisitListModel(db, this);
    connect(m_model, &VisitListModel::failed, this, &VisitLogPage::failed);
    connect(m_model, &VisitListModel::modelReset, this, &VisitLogPage::updateCount);

    auto *title = new QLabel(tr("Visit log"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("visitCount"));
    m_count->setEnabled(false);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("visitTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from typical content: the log is paged, so the loaded rows say little.
    const QFontMetrics metrics = m_table->fontMetrics();
    auto width = [&](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    // The longest date of the locale's short format: late December, late in the evening.
    header->resizeSection(
        VisitListModel::Start,
        width(DisplayText::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))));
    header->resizeSection(VisitListModel::CaseCode, width(QStringLiteral("G-0000-00000")));
    header->resizeSection(VisitListModel::FamilyName, width(QStringLiteral("Kromodimedjo-Pinas")));
    header->resizeSection(VisitListModel::Duo,
                          width(QStringLiteral("Shaquille Pieternella & Marieke van den Berg")));
    header->resizeSection(VisitListModel::Status,
                          width(DomainText::display(VisitStatus::Cancelled)));
    header->resizeSection(
        VisitListModel::Duration,
        width(m_model->headerData(VisitListModel::Duration, Qt::Horizontal).toString()));

    m_filters = new VisitLogFilterBar(db);
    connect(m_filters, &VisitLogFilterBar::failed, this, &VisitLogPage::failed);
    connect(m_filters, &VisitLogFilterBar::filterChanged, this,
            [this] { m_model->setFilter(m_filters->filter()); });

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_filters->mineBox());
    titleRow->addStretch();
    titleRow->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_table);
    updateCount();
}

void VisitLogPage::reload()
{
    m_loaded = true;
    m_filters->reloadDuos();
    m_model->setFilter(m_filters->filter());
}

void VisitLogPage::setCurrentUser(const CurrentUser &user)
{
    m_filters->setCurrentUser(user);
    if (m_loaded)
        m_model->setFilter(m_filters->filter());
}

void VisitLogPage::updateCount()
{
    m_count->setText(tr("Visits: %1").arg(QLocale().toString(m_model->totalCount())));
}

void VisitLogPage::setVisitActions(VisitActions *actions)
{
    m_actions = actions;
    auto current = [this] {
        return m_model->visit(m_table->currentIndex().row());
    };
    m_markDone = new QPushButton(tr("Mark Done…"));
    m_markDone->setObjectName(QStringLiteral("markDone"));
    m_cancel = new QPushButton(tr("Cancel Visit…"));
    m_cancel->setObjectName(QStringLiteral("cancelVisit"));
    m_noShow = new QPushButton(tr("No-show…"));
    m_noShow->setObjectName(QStringLiteral("noShow"));
    connect(m_markDone, &QPushButton::clicked, this,
            [this, current] { m_actions->markDone(current().id); });
    connect(m_cancel, &QPushButton::clicked, this,
            [this, current] { m_actions->cancelVisit(current().id); });
    connect(m_noShow, &QPushButton::clicked, this,
            [this, current] { m_actions->markNoShow(current().id); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_markDone);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_noShow);
    buttons->addStretch();
    static_cast<QVBoxLayout *>(layout())->insertLayout(2, buttons);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const Visit visit = m_model->visit(m_table->rowAt(at.y()));
        if (visit.id == 0)
            return;
        QMenu menu(m_table);
        m_actions->addVisitActions(&menu, visit);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->visit(index.row()).id)
            m_actions->openVisit(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitLogPage::updateButtons);
    connect(m_model, &VisitListModel::modelReset, this, &VisitLogPage::updateButtons);

    ChangeNotifier *notifier = actions->commands()->notifier();
    connect(notifier, &ChangeNotifier::visitsChanged, this, &VisitLogPage::refresh);
    connect(notifier, &ChangeNotifier::safetyConcernsChanged, this, &VisitLogPage::refresh);
    connect(notifier, &ChangeNotifier::databaseReset, this, &VisitLogPage::refresh);
    updateButtons();
}

void VisitLogPage::updateButtons()
{
    if (!m_actions)
        return;
    const Visit visit = m_model->visit(m_table->currentIndex().row());
    const bool started = visit.id > 0 && visit.start <= QDateTime::currentDateTime();
    m_markDone->setEnabled(started);
    m_markDone->setText(visit.status == VisitStatus::Done ? tr("Visit Report…") : tr("Mark Done…"));
    m_cancel->setEnabled(visit.id > 0 && (visit.status == VisitStatus::Planned ||
                                          visit.status == VisitStatus::NoShow));
    m_noShow->setEnabled(started && (visit.status == VisitStatus::Planned ||
                                     visit.status == VisitStatus::Cancelled));
}

void VisitLogPage::refresh()
{
    const qint64 selected = m_model->visit(m_table->currentIndex().row()).id;
    const int loaded = m_model->rowCount();
    const int scrolled = m_table->verticalScrollBar()->value();
    m_model->reload();
    // As far as the log was read before, so the visit just worked on is found again.
    int row = -1;
    while (selected > 0 && row < 0) {
        for (int r = 0; r < m_model->rowCount() && row < 0; ++r)
            if (m_model->visit(r).id == selected)
                row = r;
        if (row >= 0 || m_model->rowCount() >= loaded || !m_model->canFetchMore(QModelIndex()))
            break;
        m_model->fetchMore(QModelIndex());
    }
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_table->verticalScrollBar()->setValue(scrolled);
}
