#include "AccessLogModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

AccessLogModel::AccessLogModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void AccessLogModel::setQuery(const AccessQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.afterId = 0;
    m_query.limit = PageSize;
    m_entries.clear();
    m_more = false;
    auto page = nextPage();
    if (page) {
        m_entries = page.value();
        m_more = page->size() == PageSize;
    }
    endResetModel();
    if (!page)
        emit failed(page.message());
}

void AccessLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_more = false;
    endResetModel();
}

Result<QList<AccessEntry>> AccessLogModel::nextPage() const
{
    AccessQuery query = m_query;
    query.afterId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    return AccessLog(m_db).entries(query);
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AccessEntry &e = m_entries.at(index.row());
    if (role == Qt::ForegroundRole && e.outcome == AccessOutcome::Refused)
        return QBrush(QColor(0xb0, 0x3a, 0x2e));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time: {
        // To the second, in local time: the log stores UTC to the millisecond.
        const QDateTime local = e.at.toLocalTime();
        return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
               local.time().toString(QStringLiteral("HH:mm:ss"));
    }
    case User:
        return role == Qt::ToolTipRole && e.account != e.userName
                   ? tr("%1 (account %2)").arg(e.userName, e.account)
                   : e.userName;
    case Role:
        return AccessLog::displayRole(e.userRole);
    case Action:
        return AccessLog::display(e.action);
    case CaseCode:
        return e.caseCode;
    case Outcome:
        return AccessLog::display(e.outcome);
    case Detail:
        return AccessLog::describeDetail(e.detail);
    }
    return {};
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("When");
    case User:
        return tr("Who");
    case Role:
        return tr("Role");
    case Action:
        return tr("Action");
    case CaseCode:
        return tr("Case code");
    case Outcome:
        return tr("Outcome");
    case Detail:
        return tr("Detail");
    }
    return {};
}

bool AccessLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void AccessLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    auto page = nextPage();
    if (!page) {
        m_more = false;
        emit failed(page.message());
        return;
    }
    m_more = page->size() == PageSize;
    if (page->isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries += page.value();
    endInsertRows();
}
