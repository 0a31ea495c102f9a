#include "VisitLogPage.h"

#include "DisplayText.h"
#include "ListTable.h"
#include "VisitListModel.h"
#include "domain/DomainText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch();
    titleRow->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_table);
    updateCount();
}

void VisitLogPage::reload()
{
    m_model->reload();
}

void VisitLogPage::updateCount()
{
    m_count->setText(tr("Visits: %1").arg(QLocale().toString(m_model->totalCount())));
}
