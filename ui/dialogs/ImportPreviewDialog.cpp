#include "ImportPreviewDialog.h"

#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const Preview &preview, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(preview.title);
    auto *summary = new QLabel(preview.summary);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);

    const int shown = int(qMin<qsizetype>(preview.rows.size(), ShownRows));
    auto *rowsTitle = new QLabel(shown < preview.added ? tr("The first %1 of %2 to be added:")
                                                             .arg(QLocale().toString(shown),
                                                                  QLocale().toString(preview.added))
                                                       : tr("To be added:"));
    m_rows = new QTableWidget(shown, int(preview.headers.size()));
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setHorizontalHeaderLabels(preview.headers);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setAlternatingRowColors(true);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int row = 0; row < shown; ++row)
        for (int column = 0; column < preview.headers.size(); ++column)
            m_rows->setItem(row, column, new QTableWidgetItem(preview.rows.at(row).value(column)));
    m_rows->resizeColumnsToContents();
    m_rows->horizontalHeader()->setStretchLastSection(true);
    rowsTitle->setBuddy(m_rows);

    auto *leftOutTitle = new QLabel(tr("Already in the database, so left out: %1")
                                        .arg(QLocale().toString(int(preview.leftOut.size()))));
    m_leftOut = new QListWidget;
    m_leftOut->setObjectName(QStringLiteral("importLeftOut"));
    m_leftOut->addItems(preview.leftOut);
    leftOutTitle->setBuddy(m_leftOut);
    leftOutTitle->setVisible(!preview.leftOut.isEmpty());
    m_leftOut->setVisible(!preview.leftOut.isEmpty());
    m_leftOut->setMaximumHeight(m_leftOut->sizeHintForRow(0) * 4 + 2 * m_leftOut->frameWidth());

    auto *buttons = new QDialogButtonBox;
    m_import = buttons->addButton(tr("Import %1").arg(QLocale().toString(preview.added)),
                                  QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(rowsTitle);
    layout->addWidget(m_rows, 1);
    layout->addWidget(leftOutTitle);
    layout->addWidget(m_leftOut);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, sizeHint().height());
}

bool ImportPreviewDialog::confirm(QWidget *parent, const Preview &preview)
{
    if (const auto answer = MessageBox::takeNextAnswer(preview.summary))
        return *answer == QMessageBox::Yes;
    ImportPreviewDialog dialog(preview, parent);
    return dialog.exec() == QDialog::Accepted;
}
