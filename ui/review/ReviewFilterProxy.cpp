#include "ReviewFilterProxy.h"

#include "PackageVisitModel.h"

ReviewFilterProxy::ReviewFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PackageVisitModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ReviewFilterProxy::setFilter(const PackageVisitFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ReviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    auto value = [&row](int role) {
        return row.data(role);
    };
    if (m_filter.duoId && value(PackageVisitModel::DuoIdRole).toLongLong() != m_filter.duoId)
        return false;
    if (m_filter.status && value(PackageVisitModel::StatusRole).toInt() != int(*m_filter.status))
        return false;
    const QDate day = value(PackageVisitModel::DateRole).toDate();
    if (m_filter.from.isValid() && day < m_filter.from)
        return false;
    if (m_filter.to.isValid() && day > m_filter.to)
        return false;
    if (m_filter.onlyWithSafetyConcerns && value(PackageVisitModel::ConcernsRole).toInt() <= 0)
        return false;
    return true;
}
