#include "WorkerListModel.h"

#include "domain/DomainText.h"
#include "domain/Languages.h"
#include "storage/WorkerStore.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

WorkerListModel::WorkerListModel(Database &db, const QDate &day, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_day(day)
{}

int WorkerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workers.size());
}

int WorkerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Worker &worker = m_workers.at(index.row());
    const int load = caseload(index.row());
    switch (role) {
    case IdRole:
        return worker.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Caseload)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!worker.active)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        // A full caseload is a warning for the coordinator matching new families.
        if (index.column() == Caseload && load >= worker.maxCaseload)
            return QColor(0xb0, 0x3a, 0x2e);
        return {};
    case Qt::ToolTipRole:
        if (!worker.active)
            return tr("%1 is no longer active.").arg(worker.name);
        if (index.column() == Caseload)
            return tr("%1 of at most %2 families").arg(load).arg(worker.maxCaseload);
        break;
    case SortRole:
        if (index.column() == Caseload)
            return load;
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return worker.name;
    case Role:
        return DomainText::display(worker.role);
    case Organisation:
        return worker.organisationName;
    case Languages:
        return Languages::names(worker.languages);
    case District:
        return worker.district;
    case Caseload:
        return tr("%1 / %2").arg(load).arg(worker.maxCaseload);
    }
    return {};
}

QVariant WorkerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Organisation:
        return tr("Organisation");
    case Languages:
        return tr("Languages");
    case District:
        return tr("District");
    case Caseload:
        return tr("Caseload");
    }
    return {};
}

Worker WorkerListModel::worker(int row) const
{
    return row >= 0 && row < m_workers.size() ? m_workers.at(row) : Worker();
}

int WorkerListModel::caseload(int row) const
{
    return row >= 0 && row < m_workers.size() ? m_caseloads.value(m_workers.at(row).id) : 0;
}

void WorkerListModel::reload()
{
    WorkerStore store(m_db);
    auto workers = store.all();
    auto caseloads = store.caseloads(m_day);
    beginResetModel();
    m_workers = workers ? workers.value() : QList<Worker>();
    m_caseloads = caseloads ? caseloads.value() : QHash<qint64, int>();
    endResetModel();
    if (!workers)
        emit failed(workers.message());
    else if (!caseloads)
        emit failed(caseloads.message());
}
