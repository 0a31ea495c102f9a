#include "GoalChart.h"

#include "DisplayText.h"
#include "dialogs/ScoreBox.h"

#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace {
// The caseload chart's blue for a goal worked on; grey for one that has ended.
const QColor activeColour(0x3d, 0x6f, 0xb6);
const QColor endedColour(0x8c, 0x95, 0x9f);

// Noon, so a day's point never slides to the day before in another time zone.
qreal xOf(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}
} // namespace

GoalChart::GoalChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("goalChart"));
    setRenderHint(QPainter::Antialiasing);
    setFixedHeight(ChartHeight);
    setMinimumWidth(200);
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("background: transparent"));
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundVisible(false);
    c->setMargins(QMargins(0, 0, 0, 0));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->hide();
    c->setLocale(QLocale());

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_series = new QLineSeries;
    m_series->setPointsVisible(true);
    m_series->setMarkerSize(6);
    c->addSeries(m_series);

    m_dates = new QDateTimeAxis;
    m_dates->setTickCount(3);
    m_dates->setLabelsFont(small);
    m_dates->setFormat(QStringLiteral("MMM yyyy"));
    m_dates->setGridLineVisible(false);
    m_scores = new QValueAxis;
    // Half a step of room above 5 and below 1, so the markers there are drawn whole.
    m_scores->setRange(0.5, 5.5);
    m_scores->setTickType(QValueAxis::TicksDynamic);
    m_scores->setTickAnchor(1);
    // Labels at 1, 3 and 5 only: five would not fit in the chart's height and Qt Charts would
    // elide them all. The lines between show the other two steps.
    m_scores->setTickInterval(2);
    m_scores->setMinorTickCount(1);
    m_scores->setLabelFormat(QStringLiteral("%d"));
    m_scores->setLabelsFont(small);
    c->addAxis(m_dates, Qt::AlignBottom);
    c->addAxis(m_scores, Qt::AlignLeft);
    m_series->attachAxis(m_dates);
    m_series->attachAxis(m_scores);

    connect(m_series, &QLineSeries::hovered, this,
            [this](const QPointF &point, bool state) { showToolTip(point, state); });
}

void GoalChart::setScores(const QList<ScorePoint> &points, const QDate &from, const QDate &to,
                          bool ended)
{
    m_points = points;
    QList<QPointF> xy;
    xy.reserve(points.size());
    for (const ScorePoint &p : points)
        xy << QPointF(xOf(p.on), p.score);
    m_series->replace(xy); // one change, one layout
    const QColor colour = ended ? endedColour : activeColour;
    QPen pen(colour);
    pen.setWidthF(2);
    m_series->setPen(pen);
    m_series->setColor(colour);
    // A little room at both ends, so the first and the last marker are drawn whole.
    const qint64 margin = qMax<qint64>(1, from.daysTo(to) / 30);
    m_dates->setRange(QDateTime(from.addDays(-margin), QTime(0, 0)),
                      QDateTime(to.addDays(margin), QTime(23, 59)));
}

void GoalChart::showToolTip(const QPointF &point, bool hovering)
{
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    // The nearest point of the line: hovering reports a spot on it, not the point itself.
    const ScorePoint *nearest = nullptr;
    qreal distance = 0;
    for (const ScorePoint &p : std::as_const(m_points)) {
        const qreal d = qAbs(xOf(p.on) - point.x());
        if (!nearest || d < distance) {
            nearest = &p;
            distance = d;
        }
    }
    if (!nearest)
        return;
    const QString what = nearest->evaluationId == 0 ? tr("start") : tr("evaluation");
    QToolTip::showText(
        QCursor::pos(),
        tr("%1 (%2): %3").arg(DisplayText::date(nearest->on), what, ScoreBox::text(nearest->score)),
        this);
}
