#include "PackageVisitModel.h"

#include "DisplayText.h"
#include "domain/DomainText.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

PackageVisitModel::PackageVisitModel(QObject *parent) : QAbstractTableModel(parent) {}

void PackageVisitModel::setVisits(const QList<PackageVisit> &visits)
{
    beginResetModel();
    m_visits = visits;
    endResetModel();
}

void PackageVisitModel::setVisitsWithFeedback(const QSet<qint64> &ids)
{
    m_withFeedback = ids;
    if (!m_visits.isEmpty())
        emit dataChanged(index(0, Start), index(rowCount() - 1, Start), {Qt::DecorationRole});
}

int PackageVisitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

int PackageVisitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PackageVisitModel::presence(const PackageVisit &visit)
{
    if (visit.status != VisitStatus::Done)
        return {};
    if (visit.trustedPersonPresent && visit.professionalPresent)
        return tr("both");
    if (visit.trustedPersonPresent)
        return tr("trusted person only");
    if (visit.professionalPresent)
        return tr("professional only");
    return tr("neither");
}

QVariant PackageVisitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visits.size())
        return {};
    const PackageVisit &visit = m_visits.at(index.row());
    switch (role) {
    case IdRole:
        return visit.id;
    case DuoIdRole:
        return visit.duoId;
    case StatusRole:
        return int(visit.status);
    case DateRole:
        return visit.start.date();
    case ConcernsRole:
        return visit.safetyConcerns;
    case SortRole:
        switch (index.column()) {
        case Start:
            return visit.start;
        case Duration:
            return visit.durationMinutes;
        case Concerns:
            return visit.safetyConcerns;
        case Status:
            return int(visit.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == Start && m_withFeedback.contains(visit.id))
            return QIcon::fromTheme(
                QStringLiteral("mail-message-new"),
                QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView));
        if (index.column() == Concerns && visit.safetyConcerns > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && !visit.statusReason.isEmpty())
            return visit.statusReason;
        if (index.column() == Start && m_withFeedback.contains(visit.id))
            return tr("You wrote feedback on this visit.");
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Start:
            return DisplayText::dateTime(visit.start);
        case CaseCode:
            return visit.caseCode;
        case Duo:
            return visit.duoName;
        case Status:
            return visit.statusReason.isEmpty()
                       ? DomainText::display(visit.status)
                       : tr("%1: %2").arg(DomainText::display(visit.status), visit.statusReason);
        case Duration:
            return DisplayText::duration(visit.durationMinutes);
        case Present:
            return presence(visit);
        case Report:
            return visit.status == VisitStatus::Done ? (visit.hasReport ? tr("yes") : tr("no"))
                                                     : QString();
        case Concerns:
            return visit.safetyConcerns > 0 ? QString::number(visit.safetyConcerns) : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant PackageVisitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return tr("Date and time");
    case CaseCode:
        return tr("Case code");
    case Duo:
        return tr("Duo");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Present:
        return tr("Present");
    case Report:
        return tr("Report");
    case Concerns:
        return tr("Safety concerns");
    }
    return {};
}
