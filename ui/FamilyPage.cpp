#include "FamilyPage.h"

#include "FamilyActions.h"
#include "FamilyDetailPane.h"
#include "FamilyListModel.h"
#include "FamilyMeetingsPanel.h"
#include "GoalsPanel.h"
#include "ListTable.h"
#include "NetworkMapPanel.h"
#include "SupportPanel.h"
#include "commands/EditCommands.h"
#include "domain/DomainText.h"
#include "services/ChangeNotifier.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const QEvent::Type ShowDetailsEvent = QEvent::Type(QEvent::registerEventType());
} // namespace

FamilyPage::FamilyPage(Database &db, QWidget *parent) : QWidget(parent)
{
    m_model = new FamilyListModel(db, this);
    connect(m_model, &FamilyListModel::failed, this, &FamilyPage::failed);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("familySearch"));
    m_search->setPlaceholderText(tr("Search by case code, family name or district"));
    m_search->setClearButtonEnabled(true);
    // No stand-in when the theme lacks a magnifier: the placeholder text already says "search".
    if (QIcon::hasThemeIcon(QStringLiteral("edit-find")))
        m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                            QLineEdit::LeadingPosition);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("familyCount"));
    m_count->setEnabled(false);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &FamilyPage::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &FamilyPage::applySearch);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("familyTable"));
    m_table->setModel(m_model);
    ListTable::setUp(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    sizeColumns();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FamilyPage::showCurrent);
    connect(m_model, &FamilyListModel::modelReset, this, &FamilyPage::afterReset);

    m_detail = new FamilyDetailPane(db);
    connect(m_detail, &FamilyDetailPane::failed, this, &FamilyPage::failed);

    // A coach's own families first, everyone's one click away (as far as their rights go: on a
    // team server the server shows a coach no more than their own anyway).
    m_mine = new QCheckBox(tr("&My families only"));
    m_mine->setObjectName(QStringLiteral("myFamiliesOnly"));
    m_mine->setToolTip(tr("Only the families assigned now to one of your duos."));
    m_mine->setVisible(false);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setWorker(on && m_user.kind == CurrentUser::Kind::Worker ? m_user.workerId : 0);
    });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_mine);
    searchRow->addWidget(m_count);

    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_table);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("familySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The list gets the room its columns need; the detail pane takes the rest.
    int listWidth = m_table->verticalScrollBar()->sizeHint().width() + 4;
    for (int column = 0; column < FamilyListModel::Duo; ++column)
        listWidth += m_table->horizontalHeader()->sectionSize(column);
    splitter->setSizes({listWidth + 200, 520});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void FamilyPage::reload()
{
    m_model->reload();
}

void FamilyPage::setCommands(EditCommands *commands)
{
    m_actions = new FamilyActions(this, commands);
    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("familyToolBar"));
    // Words only: the icon themes on the desktops in use lack some of these icons, and a row
    // with some icons and some gaps looks unfinished.
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Flat and tight: a row of buttons over the list, not a second window frame.
    bar->setStyleSheet(QStringLiteral("QToolBar { border: none; padding: 0px; spacing: 2px; }"));
    bar->addActions(m_actions->familyActions());
    m_detail->goalsPanel()->setCommands(commands);
    m_detail->supportPanel()->setCommands(commands);
    m_detail->networkMapPanel()->setCommands(commands);
    m_detail->meetingsPanel()->setCommands(commands);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, bar);

    // The list shows each family's duo by its members' names, so changes to workers and duos
    // concern it as much as changes to families and assignments.
    ChangeNotifier *notifier = commands->notifier();
    for (auto signal : {&ChangeNotifier::familiesChanged, &ChangeNotifier::assignmentsChanged,
                        &ChangeNotifier::workersChanged, &ChangeNotifier::duosChanged,
                        &ChangeNotifier::visitsChanged})
        connect(notifier, signal, this, &FamilyPage::refresh);
    connect(notifier, &ChangeNotifier::databaseReset, this, &FamilyPage::refresh);
    // An open concern marks the family in the list too; follow-ups and notes only its details.
    connect(notifier, &ChangeNotifier::safetyConcernsChanged, this, &FamilyPage::refresh);
    for (auto signal :
         {&ChangeNotifier::followUpsChanged, &ChangeNotifier::confidentialNotesChanged})
        connect(notifier, signal, this, [this](qint64 familyId) {
            if (familyId == m_detail->familyId())
                m_detail->refresh();
        });
    connect(notifier, &ChangeNotifier::householdChanged, this, [this](qint64 familyId) {
        if (familyId == m_detail->familyId())
            m_detail->refresh();
    });
}

void FamilyPage::refresh()
{
    const int scrolled = m_table->verticalScrollBar()->value();
    // The reset selects the family shown again when it is still in the list (afterReset).
    m_model->refresh();
    m_table->verticalScrollBar()->setValue(scrolled);
    // Its row may look the same while its details changed: read them again.
    m_detail->refresh();
}

void FamilyPage::setCurrentUser(const CurrentUser &user)
{
    m_user = user;
    const bool worker = user.kind == CurrentUser::Kind::Worker;
    m_mine->setVisible(worker);
    // On for every new user; toggled() does not come when it already was.
    const QSignalBlocker quiet(m_mine);
    m_mine->setChecked(worker);
    m_model->setWorker(worker ? user.workerId : 0);
}

int FamilyPage::loadRowOf(qint64 familyId)
{
    int row = m_model->rowOf(familyId);
    if (row < 0 && !m_model->search().isEmpty()) {
        m_search->clear();
        applySearch();
        row = m_model->rowOf(familyId);
    }
    // Pages come in case-code order, so this stops at the family's page, not at the end.
    while (row < 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        row = m_model->rowOf(familyId);
    }
    return row;
}

bool FamilyPage::selectFamily(qint64 familyId)
{
    int row = loadRowOf(familyId);
    // A family outside the coach's own (opened from the log, say): the list shows everyone's.
    if (row < 0 && m_mine->isChecked()) {
        m_mine->setChecked(false);
        row = loadRowOf(familyId);
    }
    if (row < 0) {
        m_table->clearSelection();
        m_detailsDue = false;
        m_detail->showFamily(familyId);
        return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void FamilyPage::applySearch()
{
    m_searchTimer.stop();
    if (m_search->text().trimmed() == m_model->search())
        return;
    m_searching = true;
    m_model->setSearch(m_search->text());
    m_searching = false;
}

void FamilyPage::afterReset()
{
    updateCount();
    // Keep the family the user was reading when it still matches; otherwise show the first
    // match, so a search for one name shows that family at once.
    int row = m_model->rowOf(m_detail->familyId());
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row < 0) {
        m_detail->setHint(m_model->search().isEmpty()
                              ? tr("There are no families in this database yet.")
                              : tr("No family matches \"%1\".").arg(m_model->search()));
        m_detailsDue = false;
        m_detail->showFamily(0);
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void FamilyPage::showCurrent(const QModelIndex &current)
{
    if (m_searching)
        return showCurrentLater();
    showFamily(current.isValid() ? m_model->familyId(current.row()) : 0);
}

void FamilyPage::showCurrentLater()
{
    m_detailsDue = true;
    if (m_detailsPosted)
        return;
    m_detailsPosted = true;
    // Low priority, like the window's own update request, which the model reset has already
    // queued: this comes after the list's repaint, not before it.
    QCoreApplication::postEvent(this, new QEvent(ShowDetailsEvent), Qt::LowEventPriority);
}

void FamilyPage::customEvent(QEvent *event)
{
    if (event->type() != ShowDetailsEvent)
        return QWidget::customEvent(event);
    m_detailsPosted = false;
    if (!m_detailsDue)
        return;
    const QModelIndex current = m_table->currentIndex();
    showFamily(current.isValid() ? m_model->familyId(current.row()) : 0);
}

void FamilyPage::showFamily(qint64 familyId)
{
    // What is shown now overrides details still waiting (so does every other call of the
    // pane's showFamily here).
    m_detailsDue = false;
    if (familyId != m_detail->familyId())
        m_detail->showFamily(familyId);
}

void FamilyPage::updateCount()
{
    const QString total = QLocale().toString(m_model->totalCount());
    m_count->setText(m_model->search().isEmpty() ? tr("Families: %1").arg(total)
                                                 : tr("Found: %1").arg(total));
}

void FamilyPage::sizeColumns()
{
    // Widths from typical content, not from the loaded rows: the list is paged, so the rows
    // seen now say little about the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    auto width = [&](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    QHeaderView *header = m_table->horizontalHeader();
    // Room for the icon of an open safety concern before the case code.
    header->resizeSection(FamilyListModel::CaseCode,
                          width(QStringLiteral("G-0000-0000")) + m_table->iconSize().width() + 8);
    header->resizeSection(FamilyListModel::FamilyName, width(QStringLiteral("Kromodimedjo")));
    header->resizeSection(FamilyListModel::City, width(QStringLiteral("Amsterdam")));
    header->resizeSection(FamilyListModel::District, width(QStringLiteral("Kanaleneiland")));
    header->resizeSection(FamilyListModel::Status,
                          qMax(width(DomainText::display(FamilyStatus::Referred)),
                               width(DomainText::display(FamilyStatus::Closed))));
    // The duo, last, takes what is left and is elided: the detail pane shows it in full.
}
