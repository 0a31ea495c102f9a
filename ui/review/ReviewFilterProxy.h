#pragma once
// Sorts the visit log of a package and keeps the visits that match a PackageVisitFilter (the
// same filter SupervisionPackage::visits() takes, so the window and the package agree).

#include "exchange/SupervisionPackage.h"

#include <QSortFilterProxyModel>

class ReviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReviewFilterProxy(QObject *parent = nullptr);

    PackageVisitFilter filter() const { return m_filter; }
    void setFilter(const PackageVisitFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    PackageVisitFilter m_filter;
};
