#pragma once
// The Caseload page: every worker's active families against their maximum, over-full ones
// marked, in a sortable table beside a bar chart of the fullest caseloads. Follows the change
// notifier, so it never shows yesterday's assignments.

#include <QDate>
#include <QTimer>
#include <QWidget>

class CaseloadChart;
class CaseloadModel;
class ChangeNotifier;
class Database;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

class CaseloadPage : public QWidget
{
    Q_OBJECT
public:
    // The choices of how many workers the chart draws.
    static constexpr int ChartLimits[] = {10, 20, 40};

    CaseloadPage(Database &db, ChangeNotifier *notifier, QWidget *parent = nullptr);

    CaseloadModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CaseloadChart *chart() const { return m_chart; }
    QComboBox *organisationFilter() const { return m_organisations; }
    QComboBox *chartLimit() const { return m_limit; }
    QLabel *summary() const { return m_summary; }
    // Counts on this day from the next reload on; a null date means the day of each reload.
    void setDay(const QDate &day);

public slots:
    // Reads the caseloads again; call once after connecting to failed().
    void reload();

signals:
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void sizeColumns();
    void scheduleReload();
    void afterReset();
    void fillOrganisations();
    void updateSummary();
    void selectWorker(qint64 workerId);

    CaseloadModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_organisations = nullptr;
    QComboBox *m_limit = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    CaseloadChart *m_chart = nullptr;
    // Collects a burst of change signals (an import, an undo of many steps) into one reload.
    QTimer m_reloadTimer;
    // A hidden table measures no rows, so sizing waits until the page is shown with rows.
    bool m_columnsSized = false;
};
