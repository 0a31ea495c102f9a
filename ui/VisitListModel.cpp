#include "VisitListModel.h"

#include "DisplayText.h"
#include "domain/DomainText.h"

VisitListModel::VisitListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_store(db)
{}

int VisitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Visit &visit = m_rows.at(index.row());
    if (role == IdRole)
        return visit.id;
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Start:
        return DisplayText::dateTime(visit.start);
    case CaseCode:
        return visit.caseCode;
    case FamilyName:
        return visit.familyName;
    case Duo:
        return visit.duoName;
    case Status:
        return DomainText::display(visit.status);
    case Duration:
        return DisplayText::duration(visit.durationMinutes);
    case Present:
        return DisplayText::presence(visit);
    }
    return {};
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start:
        return tr("Date and time");
    case CaseCode:
        return tr("Case code");
    case FamilyName:
        return tr("Family");
    case Duo:
        return tr("Duo");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Present:
        return tr("Present");
    }
    return {};
}

bool VisitListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void VisitListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_changing = true;
    const QString problem = loadPage(false);
    m_changing = false;
    if (!problem.isEmpty())
        emit failed(problem);
}

void VisitListModel::setFilter(const VisitFilter &filter)
{
    m_filter = filter;
    reload();
}

void VisitListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

Visit VisitListModel::visit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Visit();
}

void VisitListModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    auto total = m_store.count(m_filter);
    m_total = total ? total.value() : 0;
    m_atEnd = m_total == 0;
    QString problem = total ? QString() : total.message();
    // The first page is read inside the reset so the log is filled even before a view asks.
    if (!m_atEnd)
        problem = loadPage(true);
    endResetModel();
    m_changing = false;
    if (!problem.isEmpty())
        emit failed(problem);
}

QString VisitListModel::loadPage(bool resetting)
{
    std::optional<VisitCursor> after;
    if (!m_rows.isEmpty())
        after = VisitCursor{m_rows.constLast().start, m_rows.constLast().id};
    auto page = m_store.page(m_filter, after, m_pageSize);
    if (!page) {
        // Stop here: a view would otherwise ask again and again for a page that cannot be read.
        m_atEnd = true;
        return page.message();
    }
    const QList<Visit> &rows = page.value();
    if (!rows.isEmpty()) {
        if (!resetting)
            beginInsertRows(QModelIndex(), int(m_rows.size()),
                            int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        if (!resetting)
            endInsertRows();
    }
    m_atEnd = rows.size() < m_pageSize || m_rows.size() >= m_total;
    return {};
}
