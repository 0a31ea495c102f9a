#include "OrganisationListModel.h"

#include "domain/DomainText.h"
#include "storage/OrganisationStore.h"

#include <QGuiApplication>
#include <QPalette>

OrganisationListModel::OrganisationListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{}

int OrganisationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organisations.size());
}

int OrganisationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organisation &o = m_organisations.at(index.row());
    switch (role) {
    case IdRole:
        return o.id;
    case Qt::ForegroundRole:
        return o.archived ? QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText))
                          : QVariant();
    case Qt::ToolTipRole:
        if (o.archived)
            return tr("%1 is archived.").arg(o.name);
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return o.archived ? tr("%1 (archived)").arg(o.name) : o.name;
    case Kind:
        return DomainText::display(o.kind);
    case City:
        return o.city;
    case Contact:
        return o.contactName;
    case Phone:
        return o.contactPhone;
    case Email:
        return o.contactEmail;
    }
    return {};
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case City:
        return tr("City");
    case Contact:
        return tr("Contact person");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    }
    return {};
}

Organisation OrganisationListModel::organisation(int row) const
{
    return row >= 0 && row < m_organisations.size() ? m_organisations.at(row) : Organisation();
}

void OrganisationListModel::reload()
{
    auto organisations = OrganisationStore(m_db).all();
    beginResetModel();
    m_organisations = organisations ? organisations.value() : QList<Organisation>();
    endResetModel();
    if (!organisations)
        emit failed(organisations.message());
}
