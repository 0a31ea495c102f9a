#pragma once
// A horizontal bar per worker: active families within the maximum, free places, and what lies
// beyond the maximum in red. Only the fullest workers are drawn (a limit the user picks), so the
// chart stays readable with forty workers and quick with five hundred; the table lists them all.

#include "services/CaseloadReport.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

class CaseloadChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int DefaultLimit = 20;

    explicit CaseloadChart(QWidget *parent = nullptr);

    // How many of the fullest workers are drawn.
    void setLimit(int workers);
    int limit() const { return m_limit; }
    void setCaseloads(const QList<WorkerCaseload> &caseloads);

    // The workers drawn, fullest first (top to bottom on screen).
    const QList<WorkerCaseload> &shown() const { return m_shown; }
    // How many workers the chart was given, drawn or not.
    int total() const { return m_total; }
    QHorizontalStackedBarSeries *series() const { return m_series; }
    // The height that gives every bar room for its name.
    int preferredHeight() const;

signals:
    void workerClicked(qint64 workerId);

private:
    void rebuild();
    void showToolTip(bool hovering, int index);

    QList<WorkerCaseload> m_all;
    QList<WorkerCaseload> m_shown;
    int m_limit = DefaultLimit;
    int m_total = 0;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_names = nullptr;
    QValueAxis *m_families = nullptr;
};
