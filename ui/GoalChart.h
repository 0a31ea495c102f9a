#pragma once
// One goal's scores over time, small enough to sit beside the goal in the family page: a line
// from the start score through every evaluation, on the Zelfredzaamheid-Matrix scale 1 to 5.
// All goals of a family share the date range, so their lines can be compared top to bottom;
// one chart per goal, not one chart with a line per goal, because lines on a five-step scale
// lie on top of each other and a legend would have to untangle them.

#include "storage/EvaluationStore.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

class GoalChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int ChartHeight = 96;

    explicit GoalChart(QWidget *parent = nullptr);

    // The goal's points in date order, drawn between `from` and `to`; an ended goal in grey.
    void setScores(const QList<ScorePoint> &points, const QDate &from, const QDate &to, bool ended);
    QLineSeries *series() const { return m_series; }
    const QList<ScorePoint> &points() const { return m_points; }

private:
    void showToolTip(const QPointF &point, bool hovering);

    QList<ScorePoint> m_points;
    QLineSeries *m_series = nullptr;
    QDateTimeAxis *m_dates = nullptr;
    QValueAxis *m_scores = nullptr;
};
