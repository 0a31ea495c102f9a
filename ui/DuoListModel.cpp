#include "DuoListModel.h"

#include "DisplayText.h"
#include "storage/DuoStore.h"

#include <QGuiApplication>
#include <QPalette>

DuoListModel::DuoListModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

int DuoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_duos.size());
}

int DuoListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuoListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Duo &duo = m_duos.at(index.row());
    const bool ended = duo.to.isValid() && duo.to < QDate::currentDate();
    switch (role) {
    case IdRole:
        return duo.id;
    case Qt::ForegroundRole:
        return ended ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
                     : QVariant();
    case SortRole:
        if (index.column() == From)
            return duo.from.toString(Qt::ISODate);
        if (index.column() == To) // a duo still working together sorts last
            return duo.to.isValid() ? duo.to.toString(Qt::ISODate) : QStringLiteral("9999");
        break;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TrustedPerson:
        return duo.trustedPersonName;
    case Professional:
        return duo.professionalName;
    case From:
        return DisplayText::date(duo.from);
    case To:
        return DisplayText::date(duo.to);
    }
    return {};
}

QVariant DuoListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TrustedPerson:
        return tr("Trusted person");
    case Professional:
        return tr("Professional");
    case From:
        return tr("From");
    case To:
        return tr("Until");
    }
    return {};
}

Duo DuoListModel::duo(int row) const
{
    return row >= 0 && row < m_duos.size() ? m_duos.at(row) : Duo();
}

void DuoListModel::reload()
{
    auto duos = DuoStore(m_db).all();
    beginResetModel();
    m_duos = duos ? duos.value() : QList<Duo>();
    endResetModel();
    if (!duos)
        emit failed(duos.message());
}
