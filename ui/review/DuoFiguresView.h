#pragma once
// The figures of a supervision package per duo (SupervisionPackage::duoFigures()), one row a
// duo — its visits, and on a second tab the network around its families — and below them the days
// since each family's last visit (lastVisits()), longest first: what a supervisor looks at before
// the visit log.

#include "exchange/SupervisionPackage.h"

#include <QWidget>

class QTableWidget;

class DuoFiguresView : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        DuoName,
        Families,
        Done,
        Planned,
        CancellationRate,
        NoShowRate,
        BothPresent,
        OverdueFollowUps,
        AdjustOrStop,
        SafetyConcerns,
        ColumnCount
    };
    enum LastVisitColumn { CaseCode, LastVisitDuo, LastVisit, DaysSince, LastVisitColumnCount };

    explicit DuoFiguresView(QWidget *parent = nullptr);

    // `hasNetwork`: the package carries the network figures (format 3 on).
    void setFigures(const QList<DuoFigures> &figures, const QList<FamilyLastVisit> &lastVisits,
                    bool hasNetwork = true);

    // Puts `chart` left of the days-since table, below the figures.
    void setChart(QWidget *chart);

    QTableWidget *figuresTable() const { return m_figures; }
    QTableWidget *lastVisitsTable() const { return m_lastVisits; }
    class DuoNetworkTable *networkTable() const { return m_network; }
    class QTabWidget *perDuoTabs() const { return m_perDuo; }

    // The duo of the selected row of the figures; 0 when none is selected.
    qint64 selectedDuo() const;
    // The days-since table shows only the families of this duo (`name` in its heading); 0 shows
    // every family. The review window calls it for the duo selected in the figures or chosen
    // in the filter above the visits, whichever came last.
    void showFamiliesOf(qint64 duoId, const QString &name = QString());

    // A share as the table shows it: a whole percentage, or a dash when nothing was due.
    static QString percent(double share);

private:
    QTableWidget *m_figures = nullptr;
    QTableWidget *m_lastVisits = nullptr;
    class QLabel *m_daysHeading = nullptr;
    qint64 m_shownDuo = 0;
    QString m_shownDuoName;
    class DuoNetworkTable *m_network = nullptr;
    class QTabWidget *m_perDuo = nullptr;
    class QSplitter *m_below = nullptr;
};
