#include "DueForRemovalDialog.h"

#include "DialogSetup.h"

#include "DisplayText.h"
#include "ListTable.h"
#include "MessageBox.h"
#include "commands/EditCommands.h"
#include "services/ChangeNotifier.h"
#include "storage/RetentionStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

DueForRemovalDialog::DueForRemovalDialog(EditCommands &commands, QWidget *parent,
                                         const QDate &today)
    : QDialog(parent), m_commands(commands), m_today(today)
{
    DialogSetup::install(this);
    setObjectName(QStringLiteral("dueForRemovalDialog"));
    setWindowTitle(tr("Due for Removal"));
    auto *intro = new QLabel(
        tr("The files of these families were closed and their retention period has ended. "
           "Removing a family deletes all its personal data for good; only anonymous counts "
           "and the access log stay."));
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("dueList"));
    m_table->setHorizontalHeaderLabels({tr("Case code"), tr("Closed on"), tr("Kept until")});
    ListTable::setUp(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_remove = new QPushButton(tr("Remove Family…"));
    m_remove->setObjectName(QStringLiteral("removeFamily"));
    connect(m_remove, &QPushButton::clicked, this, &DueForRemovalDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    auto *onlyCoordinator = new QLabel(tr("Only the coordinator can remove a family's file."));
    onlyCoordinator->setEnabled(false);
    onlyCoordinator->setVisible(!commands.actor().isCoordinator());

    m_years = new QSpinBox;
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(1, 100);
    m_years->setSuffix(tr(" years"));
    m_saveYears = new QPushButton(tr("Save Period"));
    m_saveYears->setObjectName(QStringLiteral("saveRetentionYears"));
    m_saveYears->setEnabled(false);
    m_years->setEnabled(commands.actor().isCoordinator());
    connect(m_years, &QSpinBox::valueChanged, this, [this](int years) {
        auto stored = RetentionStore(m_commands.database()).years();
        m_saveYears->setEnabled(!stored || stored.value() != years);
    });
    connect(m_saveYears, &QPushButton::clicked, this, &DueForRemovalDialog::saveYears);
    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Keep a closed file for:")));
    period->addWidget(m_years);
    period->addWidget(m_saveYears);
    period->addStretch();
    auto *periodNote = new QLabel(tr("The Jeugdwet asks 20 years. A new period dates the files "
                                     "closed from then on."));
    periodNote->setWordWrap(true);
    periodNote->setEnabled(false);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("removedSummary"));
    m_summary->setWordWrap(true);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("removalResult"));
    m_result->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_remove);
    row->addWidget(onlyCoordinator);
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addSpacing(8);
    layout->addLayout(period);
    layout->addWidget(periodNote);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    reload();
    resize(560, 480);
}

void DueForRemovalDialog::reload()
{
    RetentionStore retention(m_commands.database());
    m_table->setRowCount(0);
    auto due = retention.due(m_today);
    auto years = retention.years();
    auto counts = retention.removedCounts();
    if (!due || !years || !counts) {
        m_result->setText(!due ? due.message() : !years ? years.message() : counts.message());
        return;
    }
    for (const DueFamily &family : due.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(family.caseCode));
        m_table->setItem(row, 1, new QTableWidgetItem(DisplayText::date(family.closedOn)));
        m_table->setItem(row, 2, new QTableWidgetItem(DisplayText::date(family.retainUntil)));
        m_table->item(row, 0)->setData(Qt::UserRole, family.id);
    }
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(false);
    {
        const QSignalBlocker quiet(m_years);
        m_years->setValue(years.value());
    }
    m_saveYears->setEnabled(false);
    int families = 0;
    int visits = 0;
    for (const RemovedCounts &c : counts.value()) {
        families += c.families;
        visits += c.visitsDone;
    }
    const QLocale locale;
    m_summary->setText(families == 0
                           ? tr("No family has been removed from this database yet.")
                           : tr("Families removed so far: %1 (with %2 visits). Their numbers "
                                "are kept without anything that identifies them.")
                                 .arg(locale.toString(families), locale.toString(visits)));
}

bool DueForRemovalDialog::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    QTableWidgetItem *first = m_table->item(selected.first()->row(), 0);
    const qint64 id = first->data(Qt::UserRole).toLongLong();
    const QString caseCode = first->text();
    if (MessageBox::question(
            this, tr("Remove Family"),
            tr("Remove all data of family %1 for good? This cannot be undone.").arg(caseCode),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    const Status removed =
        RetentionStore(m_commands.database()).remove(id, m_commands.actor(), m_today);
    if (!removed) {
        // In the dialog itself: the list stays in view, and nothing else needs answering.
        m_result->setText(removed.message());
        return false;
    }
    m_result->setText(tr("The file of family %1 was removed.").arg(caseCode));
    // Not undoable, and the views must let go of the family.
    ChangeNotifier *notifier = m_commands.notifier();
    emit notifier->familiesChanged({id});
    emit notifier->assignmentsChanged({id});
    emit notifier->visitsChanged({});
    reload();
    return true;
}

bool DueForRemovalDialog::saveYears()
{
    const Status saved = RetentionStore(m_commands.database()).setYears(m_years->value());
    if (!saved) {
        m_result->setText(saved.message());
        return false;
    }
    m_saveYears->setEnabled(false);
    m_result->setText(
        tr("Files closed from now on are kept for %n year(s).", nullptr, m_years->value()));
    return true;
}
