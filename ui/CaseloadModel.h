#pragma once
// Every worker's caseload on a day, from CaseloadReport: active families against the maximum,
// with over-full workers marked by icon, text and colour. Workers number in the hundreds, so
// the report is read whole; the organisation filter works on the rows in memory.

#include "domain/WorkerCare.h"
#include "services/CaseloadReport.h"

#include <QHash>

#include <QAbstractTableModel>
#include <QDate>

class Database;

class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The figures follow the name, so they stay in view when the table is narrow.
    enum Column {
        Name,
        ActiveFamilies,
        Maximum,
        FreePlaces,
        Care, // of a trusted person: recent training, network meeting or debrief (issue 16)
        Role,
        Organisation,
        ColumnCount
    };
    // SortRole gives numbers where the display text would sort wrongly ("Full" among counts).
    enum ItemRole { IdRole = Qt::UserRole + 1, SortRole, StateRole };
    enum State { Room, Full, OverFull };
    Q_ENUM(State)

    explicit CaseloadModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The day caseloads are counted on; a null date means the day of each reload.
    void setDay(const QDate &day) { m_day = day; }
    QDate day() const;
    // The day the rows were counted on at the last reload (null before the first).
    QDate countedOn() const { return m_countedOn; }

    // Shows only the workers of this organisation; 0 shows everyone.
    void setOrganisationFilter(qint64 organisationId);
    qint64 organisationFilter() const { return m_organisation; }
    // Every organisation with a worker in the report, by name: the choices of the filter.
    QList<QPair<qint64, QString>> organisations() const;

    // The rows shown (after the filter), in the order of the report.
    const QList<WorkerCaseload> &rows() const { return m_shown; }
    WorkerCaseload row(int row) const;
    static State stateOf(const WorkerCaseload &caseload);

public slots:
    // Reads the report; nothing is read before, so a caller can connect to failed() first.
    void reload();

signals:
    void failed(const QString &message);

private:
    QVariant display(const WorkerCaseload &caseload, int column) const;
    QString toolTip(const WorkerCaseload &caseload) const;
    // Empty for a professional; what the care for a trusted person needs, or that it is fine.
    QString care(const WorkerCaseload &caseload, bool full) const;
    void applyFilter();

    Database &m_db;
    QDate m_day;
    QDate m_countedOn;
    qint64 m_organisation = 0;
    QList<WorkerCaseload> m_all;
    QList<WorkerCaseload> m_shown;
    QHash<qint64, WorkerCareSummary> m_care; // by worker
};
