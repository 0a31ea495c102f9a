#include "SupportPanel.h"

#include "DisplayText.h"
#include "ListTable.h"
#include "SupportTimeline.h"
#include "commands/EditCommands.h"
#include "dialogs/SupportDialog.h"
#include "dialogs/SupportReviewDialog.h"
#include "domain/DomainText.h"
#include "services/ChangeNotifier.h"
#include "storage/SupportStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SupportPanel::SupportPanel(Database &db, QWidget *parent)
    : QGroupBox(tr("Support deployed"), parent), m_db(db)
{
    setObjectName(QStringLiteral("supportPanel"));
    m_timeline = new SupportTimeline;
    // Three columns, what and by whom in one: the details pane is narrow.
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("supportList"));
    m_table->setAccessibleName(tr("Support deployed"));
    m_table->setHorizontalHeaderLabels({tr("Support"), tr("Period"), tr("Helps?")});
    ListTable::setUpInPanel(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_none = new QLabel(tr("No support recorded yet: what the family gets from relatives, the "
                           "neighbourhood and formal care belongs here."));
    m_none->setWordWrap(true);
    m_none->setEnabled(false);
    m_add = new QPushButton(tr("Add Support…"));
    m_add->setObjectName(QStringLiteral("addSupport"));
    m_review = new QPushButton(tr("Does It Help?…"));
    m_review->setObjectName(QStringLiteral("reviewSupport"));
    m_review->setToolTip(tr("Record whether the selected support helps, and whether it "
                            "continues, is adjusted or stops."));
    for (QPushButton *button : {m_add, m_review})
        button->hide(); // until the façade is attached
    connect(m_add, &QPushButton::clicked, this, &SupportPanel::addSupport);
    connect(m_review, &QPushButton::clicked, this, &SupportPanel::reviewSupport);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_timeline->setSelectedRow(selectedRow());
        updateButtons();
    });
    connect(m_table, &QTableWidget::itemActivated, this, &SupportPanel::reviewSupport);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_review);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_timeline);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void SupportPanel::setCommands(EditCommands *commands)
{
    m_commands = commands;
    for (QPushButton *button : {m_add, m_review})
        button->show();
    connect(commands->notifier(), &ChangeNotifier::networkChanged, this, [this](qint64 family) {
        if (family == m_familyId)
            showFamily(m_familyId, m_caseCode);
    });
    connect(commands, &QObject::destroyed, this, [this] { m_commands = nullptr; });
    updateButtons();
}

bool SupportPanel::showFamily(qint64 familyId, const QString &caseCode)
{
    m_familyId = familyId;
    m_caseCode = caseCode;
    m_support.clear();
    m_table->setRowCount(0);
    QList<SupportReview> reviews;
    if (familyId > 0) {
        SupportStore store(m_db);
        auto support = store.forFamily(familyId);
        auto read = store.reviews(familyId);
        if (!support || !read) {
            emit failed(!support ? support.message() : read.message());
            updateButtons();
            return false;
        }
        m_support = support.value();
        reviews = read.value();
    }
    for (const Support &s : std::as_const(m_support)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // The newest review of this support (reviews come newest first).
        const auto last = std::find_if(reviews.cbegin(), reviews.cend(),
                                       [&](const SupportReview &r) { return r.supportId == s.id; });
        // Short, for the narrow pane: whether it helped when last judged; the tooltip has all.
        QString helps = tr("Not reviewed yet");
        QString helpsTip = helps;
        if (last != reviews.cend()) {
            helps = DomainText::display(last->helps);
            helpsTip = tr("%1 on %2: %3, %4")
                           .arg(DomainText::display(last->helps), DisplayText::date(last->heldOn),
                                DomainText::display(last->decision).toLower(), last->reason);
        }
        const QString period = s.until.isValid() ? tr("%1 – %2").arg(DisplayText::date(s.from),
                                                                     DisplayText::date(s.until))
                                                 : tr("since %1").arg(DisplayText::date(s.from));
        const bool stopped = !s.endReason.isEmpty();
        const QStringList texts{tr("%1 · %2").arg(s.what, s.provider), period,
                                stopped ? tr("Stopped") : helps};
        const QStringList tips{
            tr("%1, by %2 (%3)").arg(s.what, s.provider, NetworkText::display(s.kind)), period,
            stopped ? tr("Stopped: %1").arg(s.endReason) : helpsTip};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(tips.at(column));
            if (s.until.isValid())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, s.id);
    }
    m_timeline->setSupport(m_support, reviews);
    ListTable::fitRows(m_table, m_table->rowCount());
    const bool any = !m_support.isEmpty();
    m_table->setVisible(any);
    m_timeline->setVisible(any);
    m_none->setVisible(!any);
    int running = 0;
    for (const Support &s : std::as_const(m_support))
        running += s.until.isValid() ? 0 : 1;
    setTitle(running > 0 ? tr("Support deployed (%1 running)").arg(running)
                         : tr("Support deployed"));
    updateButtons();
    return true;
}

int SupportPanel::selectedRow() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void SupportPanel::updateButtons()
{
    const bool shown = m_commands && m_familyId > 0;
    m_add->setEnabled(shown);
    const int row = selectedRow();
    m_review->setEnabled(shown && row >= 0 && row < m_support.size() &&
                         !m_support.at(row).until.isValid());
}

void SupportPanel::addSupport()
{
    if (!m_commands || m_familyId == 0)
        return;
    auto *dialog = new SupportDialog(*m_commands, m_familyId, m_caseCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SupportPanel::reviewSupport()
{
    const int row = selectedRow();
    if (!m_commands || row < 0 || row >= m_support.size() || m_support.at(row).until.isValid())
        return;
    auto *dialog = new SupportReviewDialog(*m_commands, m_support.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
