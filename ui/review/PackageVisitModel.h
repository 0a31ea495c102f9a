#pragma once
// The visit log of a supervision package as a read-only table model. A package holds one
// period, so all its visits are held at once; sorting and filtering are done by a
// ReviewFilterProxy over it.

#include "exchange/SupervisionPackage.h"

#include <QAbstractTableModel>
#include <QSet>

class PackageVisitModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Start, CaseCode, Duo, Status, Duration, Present, Report, Concerns, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        DuoIdRole,
        StatusRole,   // int(VisitStatus)
        DateRole,     // the day of the visit
        ConcernsRole, // safety concerns raised on the visit
        SortRole,
    };

    explicit PackageVisitModel(QObject *parent = nullptr);

    void setVisits(const QList<PackageVisit> &visits);
    const QList<PackageVisit> &visits() const { return m_visits; }
    PackageVisit visit(int row) const { return m_visits.value(row); }
    // Visits the supervisor wrote feedback on are marked in the log.
    void setVisitsWithFeedback(const QSet<qint64> &ids);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString presence(const PackageVisit &visit);

private:
    QList<PackageVisit> m_visits;
    QSet<qint64> m_withFeedback;
};
