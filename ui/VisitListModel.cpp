#include "VisitListModel.h"

#include "DisplayText.h"
#include "SafetyBanner.h"
#include "domain/DomainText.h"

VisitListModel::VisitListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_store(db), m_concerns(db)
{}

int VisitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int VisitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Visit *found = row(index.row());
    if (!found)
        return {};
    const Visit &visit = *found;
    if (role == IdRole)
        return visit.id;
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == Start && m_concernVisits.contains(visit.id)) {
        if (role == Qt::DecorationRole)
            return SafetyBanner::icon();
        if (role == Qt::ToolTipRole)
            return tr("%1: a safety concern was raised on this visit.")
                .arg(DisplayText::dateTime(visit.start));
    }
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
    if (m_rowCount > 0)
        reload();
}

Visit VisitListModel::visit(int row) const
{
    const Visit *found = this->row(row);
    return found ? *found : Visit();
}

int VisitListModel::cachedRows() const
{
    int rows = 0;
    for (const QList<Visit> &page : m_pages)
        rows += int(page.size());
    return rows;
}

const Visit *VisitListModel::row(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        std::optional<VisitCursor> after;
        if (page > 0)
            after = m_pageEnds.at(page - 1);
        auto rows = m_store.page(m_filter, after, m_pageSize);
        if (!rows) {
            // Told once the painting is over: data() is no place to start another change.
            QMetaObject::invokeMethod(
                const_cast<VisitListModel *>(this),
                [this, message = rows.message()] {
                    emit const_cast<VisitListModel *>(this)->failed(message);
                },
                Qt::QueuedConnection);
            return nullptr;
        }
        cache(page, std::move(rows).value());
        it = m_pages.constFind(page);
    } else {
        m_recentPages.removeOne(page);
        m_recentPages.append(page);
    }
    // Visits deleted since the page was first read leave it shorter: those rows show empty
    // until the log is read again (the change notifier's reload).
    const int offset = row % m_pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void VisitListModel::cache(int page, QList<Visit> rows) const
{
    QList<qint64> ids;
    for (const Visit &visit : rows)
        ids << visit.id;
    auto flagged = m_concerns.visitsWithConcern(ids);
    if (flagged) {
        m_concernVisits.unite(flagged.value());
    } else {
        // The rows still show; that their concerns could not be read is said, never hidden.
        QMetaObject::invokeMethod(
            const_cast<VisitListModel *>(this),
            [this, message = flagged.message()] {
                emit const_cast<VisitListModel *>(this)->failed(message);
            },
            Qt::QueuedConnection);
    }
    while (m_recentPages.size() >= CachedPages)
        m_pages.remove(m_recentPages.takeFirst());
    m_pages.insert(page, std::move(rows));
    m_recentPages.append(page);
}

void VisitListModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_rowCount = 0;
    m_pageEnds.clear();
    m_pages.clear();
    m_recentPages.clear();
    m_concernVisits.clear();
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
    if (!m_pageEnds.isEmpty())
        after = m_pageEnds.constLast();
    auto page = m_store.page(m_filter, after, m_pageSize);
    if (!page) {
        // Stop here: a view would otherwise ask again and again for a page that cannot be read.
        m_atEnd = true;
        return page.message();
    }
    const QList<Visit> &rows = page.value();
    if (!rows.isEmpty()) {
        const int first = m_rowCount;
        if (!resetting)
            beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
        m_pageEnds.append(VisitCursor{rows.constLast().start, rows.constLast().id});
        m_rowCount += int(rows.size());
        cache(int(m_pageEnds.size()) - 1, rows);
        if (!resetting)
            endInsertRows();
    }
    m_atEnd = rows.size() < m_pageSize || m_rowCount >= m_total;
    return {};
}
