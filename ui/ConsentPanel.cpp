#include "ConsentPanel.h"

#include "DisplayText.h"
#include "ListTable.h"
#include "commands/EditCommands.h"
#include "dialogs/AccessLogDialog.h"
#include "dialogs/ConsentDialog.h"
#include "dialogs/WithdrawConsentDialog.h"
#include "domain/ConsentRule.h"
#include "services/ChangeNotifier.h"
#include "storage/ConsentStore.h"
#include "storage/RetentionStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConsentPanel::ConsentPanel(Database &db, QWidget *parent)
    : QGroupBox(tr("Consent and privacy"), parent), m_db(db)
{
    setObjectName(QStringLiteral("consentPanel"));
    // Four columns, who and when in one: the details pane is narrow, and five cut the dates.
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("consentList"));
    m_table->setHorizontalHeaderLabels({tr("For"), tr("Given"), tr("Status"), tr("Note")});
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_none = new QLabel(tr("No consent recorded yet."));
    m_none->setEnabled(false);
    m_missing = new QLabel;
    m_missing->setObjectName(QStringLiteral("consentMissing"));
    m_missing->setWordWrap(true);
    m_retention = new QLabel;
    m_retention->setObjectName(QStringLiteral("retentionDate"));
    m_retention->setWordWrap(true);
    m_retention->setEnabled(false);

    m_record = new QPushButton(tr("Record Consent…"));
    m_record->setObjectName(QStringLiteral("recordConsent"));
    m_withdraw = new QPushButton(tr("Withdraw…"));
    m_withdraw->setObjectName(QStringLiteral("withdrawConsent"));
    m_accessLog = new QPushButton(tr("Access Log…"));
    m_accessLog->setObjectName(QStringLiteral("familyAccessLog"));
    m_accessLog->setToolTip(tr("Who opened, changed, exported or printed this family's file."));
    for (QPushButton *button : {m_record, m_withdraw, m_accessLog})
        button->hide(); // until the façade is attached
    connect(m_record, &QPushButton::clicked, this, &ConsentPanel::recordConsent);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentPanel::withdrawConsent);
    connect(m_accessLog, &QPushButton::clicked, this, &ConsentPanel::openAccessLog);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConsentPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_withdraw);
    buttons->addStretch();
    buttons->addWidget(m_accessLog);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_table);
    layout->addWidget(m_missing);
    layout->addWidget(m_retention);
    layout->addLayout(buttons);
}

void ConsentPanel::setCommands(EditCommands *commands)
{
    m_commands = commands;
    for (QPushButton *button : {m_record, m_withdraw, m_accessLog})
        button->show();
    connect(commands->notifier(), &ChangeNotifier::consentsChanged, this, [this](qint64 family) {
        if (family == m_familyId)
            showFamily(m_familyId);
    });
    connect(commands, &QObject::destroyed, this, [this] { m_commands = nullptr; });
    updateButtons();
}

bool ConsentPanel::showFamily(qint64 familyId)
{
    m_familyId = familyId;
    m_table->setRowCount(0);
    m_missing->clear();
    m_retention->clear();
    if (familyId == 0) {
        updateButtons();
        return true;
    }
    auto consents = ConsentStore(m_db).forFamily(familyId);
    auto until = RetentionStore(m_db).retainUntil(familyId);
    if (!consents || !until) {
        emit failed(!consents ? consents.message() : until.message());
        updateButtons();
        return false;
    }
    const QDate today = QDate::currentDate();
    for (const Consent &c : consents.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool holds = c.holdsOn(today);
        const QString status =
            c.withdrawnOn.isValid()
                ? tr("Withdrawn on %1").arg(DisplayText::date(c.withdrawnOn))
                : (c.givenOn > today ? tr("From %1").arg(DisplayText::date(c.givenOn))
                                     : tr("Holds"));
        const QStringList texts{
            ConsentText::display(c.purpose),
            tr("%1, %2", "consent given by whom, on which day")
                .arg(ConsentText::display(c.givenBy), DisplayText::date(c.givenOn)),
            status, c.note};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column)); // the whole text where a column cuts it
            if (!holds)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, c.id);
    }
    // As tall as its rows: the pane scrolls as a whole (see FamilyDetailPane).
    ListTable::fitRows(m_table, m_table->rowCount());
    for (int column = 0; column + 1 < m_table->columnCount(); ++column)
        m_table->resizeColumnToContents(column);
    m_table->setVisible(m_table->rowCount() > 0);
    m_none->setVisible(m_table->rowCount() == 0);

    // What is missing is core's rule, so the planner and Today warn about the same families.
    const QList<ConsentPurpose> lacking = ConsentRule::missing(consents.value(), today);
    QStringList missing;
    for (ConsentPurpose purpose : lacking)
        missing << ConsentText::display(purpose);
    m_missing->setText(missing.isEmpty()
                           ? tr("Consent holds for every purpose.")
                           : tr("<b>No consent now for:</b> %1.")
                                 .arg(missing.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (lacking.contains(ConsentPurpose::SupervisionExport))
        m_missing->setToolTip(tr("Supervision packages leave this family's visits out."));
    else
        m_missing->setToolTip(QString());
    if (until->isValid())
        m_retention->setText(until.value() <= today
                                 ? tr("The file was closed and its retention period ended on "
                                      "%1: it is due for removal.")
                                       .arg(DisplayText::date(until.value()))
                                 : tr("The file is closed and kept until %1.")
                                       .arg(DisplayText::date(until.value())));
    m_retention->setVisible(until->isValid());
    updateButtons();
    return true;
}

qint64 ConsentPanel::selectedConsent() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *first = m_table->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

void ConsentPanel::updateButtons()
{
    const bool shown = m_commands && m_familyId > 0;
    m_record->setEnabled(shown);
    m_accessLog->setEnabled(shown);
    bool withdrawable = false;
    if (shown && selectedConsent() > 0) {
        auto consent = ConsentStore(m_db).get(selectedConsent());
        withdrawable = consent && !consent->withdrawnOn.isValid();
    }
    m_withdraw->setEnabled(withdrawable);
}

void ConsentPanel::recordConsent()
{
    if (!m_commands || m_familyId == 0)
        return;
    auto *dialog = new ConsentDialog(*m_commands, m_familyId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsentPanel::withdrawConsent()
{
    if (!m_commands)
        return;
    auto consent = ConsentStore(m_db).get(selectedConsent());
    if (!consent || consent->withdrawnOn.isValid())
        return;
    auto *dialog = new WithdrawConsentDialog(*m_commands, consent.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsentPanel::openAccessLog()
{
    if (m_commands && m_familyId > 0)
        AccessLogDialog::open(*m_commands, m_familyId, window());
}
