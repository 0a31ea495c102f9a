#pragma once
// Home visits per month of one duo (or all duos together) from a supervision package, as stacked
// bars: done, cancelled, no-show, planned. One duo at a time, chosen above the chart or by
// selecting it in the figures: fourteen duos side by side in one chart read as noise.

#include "exchange/SupervisionPackage.h"

#include <QWidget>

class QBarCategoryAxis;
class QChartView;
class QComboBox;
class QStackedBarSeries;
class QValueAxis;

class VisitsPerMonthChart : public QWidget
{
    Q_OBJECT
public:
    explicit VisitsPerMonthChart(QWidget *parent = nullptr);

    // The months shown run from `from` to `to`, also those without visits.
    void setData(const QList<MonthCount> &counts, const QList<Duo> &duos, const QDate &from,
                 const QDate &to);
    // 0: all duos together.
    void showDuo(qint64 duoId);
    qint64 shownDuo() const;

    QComboBox *duos() const { return m_duos; }
    QStackedBarSeries *series() const { return m_series; }
    QChartView *view() const { return m_view; }

private:
    void rebuild();

    QList<MonthCount> m_counts;
    QList<QDate> m_months;
    QComboBox *m_duos = nullptr;
    QChartView *m_view = nullptr;
    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_monthAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
};
