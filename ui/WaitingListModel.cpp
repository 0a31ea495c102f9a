#include "WaitingListModel.h"

#include "DisplayText.h"
#include "domain/DomainText.h"
#include "domain/Languages.h"

#include <QApplication>
#include <QPalette>

WaitingListModel::WaitingListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{}

int WaitingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WaitingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WaitingFamily &family = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(family, column);
    case IdRole:
        return family.id;
    case SortRole:
        if (column == ReferredOn)
            return family.referredOn.toJulianDay();
        if (column == DaysWaiting)
            return family.daysWaiting;
        return display(family, column);
    case Qt::TextAlignmentRole:
        // Centred: a short figure right-aligned would run into the date beside it.
        return column == DaysWaiting ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::ForegroundRole:
        // "No preference" is the usual case; greyed, the wishes that matter stand out.
        if (column == PreferredGender && family.preferredGender == GenderWish::None)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        if (column == DaysWaiting || column == ReferredOn)
            return tr("Referred on %1, waiting since then for a duo.")
                .arg(DisplayText::date(family.referredOn));
        if (column == PreferredGender)
            return tr("The family's wish about the trusted person's gender");
        return display(family, column);
    default:
        return {};
    }
}

QVariant WaitingListModel::display(const WaitingFamily &family, int column) const
{
    switch (column) {
    case CaseCode:
        return family.caseCode;
    case FamilyName:
        return family.familyName;
    case City:
        return family.city;
    case District:
        return family.district;
    case Languages:
        return Languages::names(family.homeLanguages);
    case PreferredGender:
        return DomainText::display(family.preferredGender);
    case Status:
        return DomainText::display(family.status);
    case ReferredOn:
        return DisplayText::date(family.referredOn);
    case DaysWaiting:
        return family.daysWaiting;
    }
    return {};
}

QVariant WaitingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == PreferredGender)
        return tr("The family's wish about the trusted person's gender");
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
    case Languages:
        return tr("Home languages");
    case PreferredGender:
        return tr("Preferred trusted person");
    case Status:
        return tr("Status");
    case ReferredOn:
        return tr("Referred on");
    case DaysWaiting:
        return tr("Days waiting");
    }
    return {};
}

QDate WaitingListModel::day() const
{
    return m_day.isValid() ? m_day : QDate::currentDate();
}

WaitingFamily WaitingListModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : WaitingFamily();
}

void WaitingListModel::reload()
{
    m_countedOn = day();
    auto families = WaitingList(m_db).families(m_countedOn);
    beginResetModel();
    m_rows = families ? families.value() : QList<WaitingFamily>();
    endResetModel();
    if (!families)
        emit failed(families.message());
}
