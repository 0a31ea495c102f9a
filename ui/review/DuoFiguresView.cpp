#include "DuoFiguresView.h"

#include "DisplayText.h"
#include "DuoNetworkTable.h"
#include "FigureCells.h"
#include "ListTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using FigureCells::cell;
using FigureCells::heading;
using FigureCells::twoLines;

DuoFiguresView::DuoFiguresView(QWidget *parent) : QWidget(parent)
{
    m_figures = new QTableWidget(0, ColumnCount);
    m_figures->setObjectName(QStringLiteral("duoFigures"));
    QStringList headers{tr("Duo"),
                        tr("Families"),
                        tr("Done"),
                        tr("Planned"),
                        tr("Cancelled"),
                        tr("No-show"),
                        tr("Both present"),
                        tr("Overdue follow-ups"),
                        tr("Adjust or stop"),
                        tr("Safety concerns")};
    for (QString &header : headers)
        header = twoLines(header);
    m_figures->setHorizontalHeaderLabels(headers);
    // Headers say briefly; the tooltips say what is counted.
    const QStringList tips{
        {},
        tr("Families the duo visited or planned to visit in the period"),
        tr("Home visits done"),
        tr("Home visits still planned"),
        tr("Share of the visits that were due (done, cancelled or no-show) that were cancelled"),
        tr("Share of the visits that were due where nobody was home"),
        tr("Share of the visits done with both the trusted person and the professional there"),
        tr("Follow-ups of the duo past their due day and not done"),
        tr("Interim evaluations of the duo's families that decided to adjust or stop"),
        tr("Safety concerns raised on the duo's visits")};
    for (int column = 0; column < ColumnCount; ++column)
        m_figures->horizontalHeaderItem(column)->setToolTip(tips.at(column));
    ListTable::setUp(m_figures);
    m_figures->setSortingEnabled(false);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures->horizontalHeader()->setSectionResizeMode(DuoName, QHeaderView::Stretch);

    m_lastVisits = new QTableWidget(0, LastVisitColumnCount);
    m_lastVisits->setObjectName(QStringLiteral("lastVisits"));
    m_lastVisits->setHorizontalHeaderLabels(
        {tr("Case code"), tr("Duo"), tr("Last visit"), tr("Days since")});
    ListTable::setUp(m_lastVisits);
    m_lastVisits->setSortingEnabled(false);
    m_lastVisits->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lastVisits->horizontalHeader()->setSectionResizeMode(LastVisitDuo, QHeaderView::Stretch);

    auto *days = new QWidget;
    auto *daysLayout = new QVBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    m_daysHeading = heading(tr("Days since the last visit, per family"));
    m_daysHeading->setObjectName(QStringLiteral("lastVisitsHeading"));
    daysLayout->addWidget(m_daysHeading);
    daysLayout->addWidget(m_lastVisits, 1);
    m_below = new QSplitter(Qt::Horizontal);
    m_below->addWidget(days);
    m_below->setChildrenCollapsible(false);

    // The visits per duo, and beside them the network around the duo's families.
    m_network = new DuoNetworkTable;
    m_perDuo = new QTabWidget;
    m_perDuo->setObjectName(QStringLiteral("perDuo"));
    m_perDuo->setDocumentMode(true);
    m_perDuo->addTab(m_figures, tr("&Visits"));
    m_perDuo->addTab(m_network, tr("&Network"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Per duo")));
    layout->addWidget(m_perDuo, 1);
    layout->addWidget(m_below, 1);
}

void DuoFiguresView::setChart(QWidget *chart)
{
    m_below->insertWidget(0, chart);
    m_below->setStretchFactor(0, 3);
    m_below->setStretchFactor(1, 2);
    m_below->setSizes({490, 510});
}

qint64 DuoFiguresView::selectedDuo() const
{
    const int row = m_figures->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_figures->item(row, DuoName) : nullptr;
    return item && m_figures->selectionModel()->isRowSelected(row)
               ? item->data(Qt::UserRole).toLongLong()
               : 0;
}

QString DuoFiguresView::percent(double share)
{
    if (std::isnan(share))
        return QStringLiteral("–");
    return tr("%1%").arg(qRound(share * 100));
}

void DuoFiguresView::setFigures(const QList<DuoFigures> &figures,
                                const QList<FamilyLastVisit> &lastVisits, bool hasNetwork)
{
    m_network->setFigures(figures, hasNetwork);
    m_figures->setRowCount(int(figures.size()));
    QHash<qint64, QString> duoNames;
    for (int row = 0; row < figures.size(); ++row) {
        const DuoFigures &f = figures.at(row);
        duoNames.insert(f.duo.id, f.duo.displayName());
        auto *name = cell(f.duo.displayName(), false);
        name->setData(Qt::UserRole, f.duo.id);
        m_figures->setItem(row, DuoName, name);
        m_figures->setItem(row, Families, cell(QString::number(f.families)));
        m_figures->setItem(row, Done, cell(QString::number(f.done)));
        m_figures->setItem(row, Planned, cell(QString::number(f.planned)));
        m_figures->setItem(row, CancellationRate, cell(percent(f.cancellationRate())));
        m_figures->setItem(row, NoShowRate, cell(percent(f.noShowRate())));
        m_figures->setItem(row, BothPresent, cell(percent(f.bothPresentShare())));
        m_figures->setItem(row, OverdueFollowUps, cell(QString::number(f.overdueFollowUps)));
        m_figures->setItem(row, AdjustOrStop, cell(QString::number(f.adjustOrStopEvaluations)));
        m_figures->setItem(row, SafetyConcerns, cell(QString::number(f.safetyConcerns)));
    }

    // Longest without a visit first; families without any done visit in the period on top.
    QList<FamilyLastVisit> sorted = lastVisits;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const FamilyLastVisit &a, const FamilyLastVisit &b) {
                         const int da = a.daysSince < 0 ? INT_MAX : a.daysSince;
                         const int db = b.daysSince < 0 ? INT_MAX : b.daysSince;
                         return da > db;
                     });
    m_lastVisits->setRowCount(int(sorted.size()));
    for (int row = 0; row < sorted.size(); ++row) {
        const FamilyLastVisit &last = sorted.at(row);
        auto *caseCode = cell(last.caseCode, false);
        caseCode->setData(Qt::UserRole, last.duoId);
        m_lastVisits->setItem(row, CaseCode, caseCode);
        auto *duo = cell(duoNames.value(last.duoId), false);
        duo->setToolTip(duo->text()); // the column may be too narrow for two long names
        m_lastVisits->setItem(row, LastVisitDuo, duo);
        m_lastVisits->setItem(row, LastVisit,
                              cell(last.lastVisit.isValid() ? DisplayText::date(last.lastVisit)
                                                            : tr("none in the period"),
                                   false));
        m_lastVisits->setItem(
            row, DaysSince,
            cell(last.daysSince < 0 ? QStringLiteral("–") : QString::number(last.daysSince)));
    }
    showFamiliesOf(m_shownDuo, m_shownDuoName);
}

void DuoFiguresView::showFamiliesOf(qint64 duoId, const QString &name)
{
    m_shownDuo = duoId;
    m_shownDuoName = name;
    for (int row = 0; row < m_lastVisits->rowCount(); ++row)
        m_lastVisits->setRowHidden(
            row, duoId > 0 &&
                     m_lastVisits->item(row, CaseCode)->data(Qt::UserRole).toLongLong() != duoId);
    m_daysHeading->setText(duoId > 0 ? tr("Days since the last visit, per family of %1").arg(name)
                                     : tr("Days since the last visit, per family"));
}
