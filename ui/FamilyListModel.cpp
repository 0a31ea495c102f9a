#include "FamilyListModel.h"

#include "SafetyBanner.h"
#include "domain/DomainText.h"
#include "storage/Database.h"

#include <QGuiApplication>
#include <QPalette>

FamilyListModel::FamilyListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_store(db)
{}

int FamilyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FamilyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamilyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FamilySummary &family = m_rows.at(index.row());
    if (role == IdRole)
        return family.id;
    if (role == Qt::ForegroundRole && index.column() == Duo && family.duoName.isEmpty())
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    // An open safety concern stands out: the concern's icon before the case code, its colour
    // behind the whole row (the flag comes with the page, see FamilyStore::page).
    if (family.openSafetyConcern) {
        if (role == Qt::DecorationRole && index.column() == CaseCode)
            return SafetyBanner::icon();
        if (role == Qt::BackgroundRole)
            return SafetyBanner::background();
        if (role == Qt::ToolTipRole && index.column() == CaseCode)
            return tr("%1: open safety concern").arg(family.caseCode);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CaseCode:
        return family.caseCode;
    case FamilyName:
        return family.familyName;
    case City:
        return family.city;
    case District:
        return family.district;
    case Status:
        return DomainText::display(family.status);
    case Duo:
        if (family.duoName.isEmpty() && family.status != FamilyStatus::Closed)
            return tr("Waiting for a duo");
        return family.duoName;
    }
    return {};
}

QVariant FamilyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseCode:
        return tr("Case code");
    case FamilyName:
        return tr("Family name");
    case City:
        return tr("City");
    case District:
        return tr("District");
    case Status:
        return tr("Status");
    case Duo:
        return tr("Duo");
    }
    return {};
}

bool FamilyListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void FamilyListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_changing = true;
    const QString problem = loadPage(false, m_pageSize);
    m_changing = false;
    if (!problem.isEmpty())
        emit failed(problem);
}

void FamilyListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

qint64 FamilyListModel::familyId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int FamilyListModel::rowOf(qint64 familyId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == familyId)
            return row;
    return -1;
}

void FamilyListModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

void FamilyListModel::setWorker(qint64 workerId)
{
    if (workerId == m_workerId)
        return;
    m_workerId = workerId;
    // Read now only when the list was read before; otherwise its first reload reads it so.
    if (m_loaded)
        reload();
}

void FamilyListModel::reload()
{
    readAgain(m_pageSize);
}

void FamilyListModel::refresh()
{
    readAgain(qMax(m_pageSize, int(m_rows.size())));
}

void FamilyListModel::readAgain(int limit)
{
    m_loaded = true;
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    auto total = m_store.count(m_search, m_workerId);
    m_total = total ? total.value() : 0;
    m_atEnd = m_total == 0;
    QString problem = total ? QString() : total.message();
    // The first rows are read inside the reset so the list is filled even before a view asks.
    if (!m_atEnd)
        problem = loadPage(true, limit);
    endResetModel();
    m_changing = false;
    if (!problem.isEmpty())
        emit failed(problem);
}

QString FamilyListModel::loadPage(bool resetting, int limit)
{
    const QString after = m_rows.isEmpty() ? QString() : m_rows.constLast().caseCode;
    auto page = m_store.page(m_search, after, limit, m_workerId);
    if (!page) {
        // Stop here: a view would otherwise ask again and again for a page that cannot be read.
        m_atEnd = true;
        return page.message();
    }
    const QList<FamilySummary> &rows = page.value();
    if (!rows.isEmpty()) {
        if (!resetting)
            beginInsertRows(QModelIndex(), int(m_rows.size()),
                            int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        if (!resetting)
            endInsertRows();
    }
    m_atEnd = rows.size() < limit || m_rows.size() >= m_total;
    return {};
}
