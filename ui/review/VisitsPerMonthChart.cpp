#include "VisitsPerMonthChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
// Blue for done as in the caseload chart; warm colours for what did not happen; grey for what
// is still to come.
const QColor doneColour(0x3d, 0x6f, 0xb6);
const QColor cancelledColour(0xe0, 0x9b, 0x3d);
const QColor noShowColour(0xc0, 0x39, 0x2b);
const QColor plannedColour(0xc5, 0xcc, 0xd6);
} // namespace

VisitsPerMonthChart::VisitsPerMonthChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("visitsPerMonthChart"));
    m_duos = new QComboBox;
    m_duos->setObjectName(QStringLiteral("chartDuo"));
    m_duos->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_duos->setMinimumContentsLength(18);
    m_view = new QChartView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setMinimumWidth(420);
    QChart *chart = m_view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("Home visits per month"));

    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.7);
    chart->addSeries(m_series);
    m_monthAxis = new QBarCategoryAxis;
    // A point smaller than the text around it: eleven or twelve month names fit side by side.
    QFont small = m_monthAxis->labelsFont();
    small.setPointSizeF(qMax(6.0, small.pointSizeF() - 1));
    m_monthAxis->setLabelsFont(small);
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTitleText(tr("Visits"));
    chart->addAxis(m_monthAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_series->attachAxis(m_monthAxis);
    m_series->attachAxis(m_countAxis);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("C&hart of:"));
    label->setBuddy(m_duos);
    top->addWidget(label);
    top->addWidget(m_duos, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_duos, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &VisitsPerMonthChart::rebuild);
}

void VisitsPerMonthChart::setData(const QList<MonthCount> &counts, const QList<Duo> &duos,
                                  const QDate &from, const QDate &to)
{
    m_counts = counts;
    m_months.clear();
    if (from.isValid() && to.isValid())
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
            m_months << month;
    const QSignalBlocker quiet(m_duos);
    m_duos->clear();
    m_duos->addItem(tr("All duos together"), qint64(0));
    for (const Duo &duo : duos)
        m_duos->addItem(duo.displayName(), duo.id);
    rebuild();
}

void VisitsPerMonthChart::showDuo(qint64 duoId)
{
    const int index = m_duos->findData(duoId);
    if (index >= 0)
        m_duos->setCurrentIndex(index);
}

qint64 VisitsPerMonthChart::shownDuo() const
{
    return m_duos->currentData().toLongLong();
}

void VisitsPerMonthChart::rebuild()
{
    const qint64 duo = shownDuo();
    QList<qreal> done(m_months.size()), cancelled(m_months.size()), noShow(m_months.size()),
        planned(m_months.size());
    for (const MonthCount &count : std::as_const(m_counts)) {
        if (duo && count.duoId != duo)
            continue;
        const qsizetype at = m_months.indexOf(count.month);
        if (at < 0)
            continue;
        done[at] += count.done;
        cancelled[at] += count.cancelled;
        noShow[at] += count.noShow;
        planned[at] += count.planned;
    }
    int highest = 1;
    for (qsizetype i = 0; i < m_months.size(); ++i)
        highest = qMax(highest, int(done.at(i) + cancelled.at(i) + noShow.at(i) + planned.at(i)));

    // Sets are replaced rather than edited value by value: each edit would lay out the chart.
    m_series->clear();
    auto addSet = [this](const QString &label, const QColor &colour, const QList<qreal> &values) {
        auto *set = new QBarSet(label);
        set->setColor(colour);
        set->setBorderColor(colour);
        set->append(values);
        m_series->append(set);
    };
    addSet(tr("Done"), doneColour, done);
    addSet(tr("Cancelled"), cancelledColour, cancelled);
    addSet(tr("No-show"), noShowColour, noShow);
    addSet(tr("Planned"), plannedColour, planned);

    // Short month names fit twelve side by side; the year goes in the axis title, or, for a
    // period across the turn of a year, beside each January.
    const bool oneYear =
        m_months.isEmpty() || m_months.constFirst().year() == m_months.constLast().year();
    QStringList names;
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const QDate month = m_months.at(i);
        const bool withYear = !oneYear && (i == 0 || month.month() == 1);
        names << QLocale().toString(month,
                                    withYear ? QStringLiteral("MMM yy") : QStringLiteral("MMM"));
    }
    m_monthAxis->setTitleText(
        oneYear && !m_months.isEmpty() ? QString::number(m_months.constFirst().year()) : QString());
    m_monthAxis->clear();
    m_monthAxis->append(names);
    m_countAxis->setRange(0, highest + (highest + 9) / 10);
    m_countAxis->applyNiceNumbers();
}
