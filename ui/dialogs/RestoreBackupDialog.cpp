#include "RestoreBackupDialog.h"

#include "DialogSetup.h"

#include "ListTable.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, int kept, QWidget *parent)
    : QDialog(parent), m_backups(Backups::list(databasePath))
{
    DialogSetup::install(this);
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore Backup"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("DuoCoach makes a backup of \"%1\" when it opens it (one a day while nothing "
           "changes) and keeps the last %n. Restoring one puts the database back as it was "
           "then; the database as it is now is kept as a backup too, so a restore can be undone.",
           nullptr, kept)
            .arg(QFileInfo(databasePath).fileName()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(m_backups.size()), 3);
    m_table->setObjectName(QStringLiteral("backups"));
    ListTable::setUp(m_table);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Time"), tr("Size")});
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const Backups::Entry &entry = m_backups.at(row);
        auto *size = new QTableWidgetItem(locale.formattedDataSize(entry.size, 1));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(
            row, 0,
            new QTableWidgetItem(locale.toString(entry.madeAt.date(), QLocale::LongFormat)));
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(locale.toString(entry.madeAt.time(), QLocale::ShortFormat)));
        m_table->setItem(row, 2, size);
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_table);

    m_empty = new QLabel(tr("There are no backups of this database yet. One is made when "
                            "DuoCoach opens a database that holds data."));
    m_empty->setWordWrap(true);
    m_empty->setVisible(m_backups.isEmpty());
    m_table->setVisible(!m_backups.isEmpty());
    layout->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::choose);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!selectedBackup().isEmpty()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RestoreBackupDialog::choose);
    layout->addWidget(buttons);

    if (!m_backups.isEmpty())
        m_table->selectRow(0);
    resize(520, 380);
}

QString RestoreBackupDialog::selectedBackup() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_backups.value(rows.constFirst().row()).path;
}

void RestoreBackupDialog::choose()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty())
        return;
    // Closed first: restoring rebuilds the main window's pages.
    accept();
    emit chosen(backup);
}
