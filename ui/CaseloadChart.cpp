#include "CaseloadChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
// Blue for the families carried, a quiet grey for the room left, red only for what is too much.
const QColor withinColour(0x3d, 0x6f, 0xb6);
const QColor freeColour(0xd5, 0xdb, 0xe3);
const QColor overColour(0xc0, 0x39, 0x2b);

// Height per bar: room for a name in the chart's label font.
constexpr int BarHeight = 24;
// Title, legend, axis labels and margins around the bars.
constexpr int ChartChrome = 110;

// The step between axis labels: whole families, and not so many labels that they collide.
int tickStep(int range)
{
    for (int step : {1, 2, 5, 10, 20, 50})
        if (range / step <= 10)
            return step;
    return 100;
}
} // namespace

CaseloadChart::CaseloadChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("caseloadChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation); // redrawn on every change: animation would lag
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 12, 4));
    c->legend()->setAlignment(Qt::AlignBottom);

    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.7);
    c->addSeries(m_series);
    m_names = new QBarCategoryAxis;
    m_families = new QValueAxis;
    m_families->setLabelFormat(QStringLiteral("%d"));
    m_families->setTitleText(tr("Families"));
    m_families->setTickType(QValueAxis::TicksDynamic);
    m_families->setTickAnchor(0);
    c->addAxis(m_names, Qt::AlignLeft);
    c->addAxis(m_families, Qt::AlignBottom);
    m_series->attachAxis(m_names);
    m_series->attachAxis(m_families);

    connect(m_series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool hovering, int index, QBarSet *) { showToolTip(hovering, index); });
    connect(m_series, &QHorizontalStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        const int row = int(m_shown.size()) - 1 - index;
        if (row >= 0 && row < m_shown.size())
            emit workerClicked(m_shown.at(row).workerId);
    });
    rebuild();
}

void CaseloadChart::setLimit(int workers)
{
    workers = qMax(1, workers);
    if (workers == m_limit)
        return;
    m_limit = workers;
    rebuild();
}

void CaseloadChart::setCaseloads(const QList<WorkerCaseload> &caseloads)
{
    m_all = caseloads;
    rebuild();
}

int CaseloadChart::preferredHeight() const
{
    // The chrome follows the chart's fonts: with a fixed number of pixels a larger font left the
    // axes no room, and with a few workers their labels showed as "...".
    const auto line = [](const QFont &font) {
        return QFontMetrics(font).height();
    };
    const QChart *c = chart();
    const int chrome = 2 * line(c->titleFont()) + 2 * line(c->legend()->font()) +
                       3 * line(m_families->labelsFont()) + 2 * line(m_families->titleFont()) + 40;
    const int bar = qMax(BarHeight, 2 * line(m_names->labelsFont()));
    return qMax(ChartChrome, chrome) + bar * int(qMax<qsizetype>(m_shown.size(), 3));
}

void CaseloadChart::rebuild()
{
    // The fullest first: relative load, then absolute, then by name so equal rows keep an order.
    m_shown = m_all;
    std::stable_sort(m_shown.begin(), m_shown.end(),
                     [](const WorkerCaseload &a, const WorkerCaseload &b) {
                         if (a.load() != b.load())
                             return a.load() > b.load();
                         if (a.activeFamilies != b.activeFamilies)
                             return a.activeFamilies > b.activeFamilies;
                         return QString::localeAwareCompare(a.name, b.name) < 0;
                     });
    m_total = int(m_all.size());
    if (m_shown.size() > m_limit)
        m_shown.resize(m_limit);

    // A bar category axis runs bottom to top; reversed, the fullest worker is on top.
    QStringList names;
    QList<qreal> within, free, over;
    int widest = 1;
    for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
        names << it->name;
        within << qMin(it->activeFamilies, it->maxCaseload);
        free << qMax(0, it->freePlaces());
        over << qMax(0, -it->freePlaces());
        widest = qMax(widest, qMax(it->activeFamilies, it->maxCaseload));
    }
    // Sets are replaced rather than edited value by value: each edit would lay out the chart.
    m_series->clear();
    auto addSet = [this](const QString &label, const QColor &colour, const QList<qreal> &values) {
        auto *set = new QBarSet(label);
        set->setColor(colour);
        set->setBorderColor(colour);
        set->append(values);
        m_series->append(set);
    };
    addSet(tr("Active families"), withinColour, within);
    addSet(tr("Free places"), freeColour, free);
    addSet(tr("Above the maximum"), overColour, over);

    m_names->clear();
    m_names->append(names);
    const int step = tickStep(widest);
    m_families->setRange(0, std::ceil(double(widest) / step) * step);
    m_families->setTickInterval(step);

    if (m_all.isEmpty())
        chart()->setTitle(tr("There are no workers to show yet."));
    else if (m_shown.size() < m_total)
        chart()->setTitle(
            tr("The %1 fullest caseloads of %2 workers").arg(m_shown.size()).arg(m_total));
    else
        chart()->setTitle(tr("Caseloads of all workers (%1)").arg(m_total));
    // As high as the bars need, no higher: a few workers would otherwise get bars a hand thick.
    // The page scrolls when forty need more room than the window has.
    setFixedHeight(preferredHeight());
}

void CaseloadChart::showToolTip(bool hovering, int index)
{
    const int row = int(m_shown.size()) - 1 - index;
    if (!hovering || row < 0 || row >= m_shown.size()) {
        QToolTip::hideText();
        return;
    }
    const WorkerCaseload &c = m_shown.at(row);
    QToolTip::showText(QCursor::pos(),
                       tr("%1 — active families: %2, maximum: %3")
                           .arg(c.name)
                           .arg(c.activeFamilies)
                           .arg(c.maxCaseload),
                       this);
}
