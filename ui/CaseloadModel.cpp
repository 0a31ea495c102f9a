#include "CaseloadModel.h"

#include "domain/DomainText.h"
#include "storage/TrainingStore.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace {
// Over-full rows get a tinted background with a text colour of their own, so they stay legible
// in a dark palette too; the icon and the "too many" text carry the meaning without colour.
const QColor overFullBackground(0xf9, 0xde, 0xdc);
const QColor overFullText(0x8c, 0x1d, 0x18);

bool isNumber(int column)
{
    return column == CaseloadModel::ActiveFamilies || column == CaseloadModel::Maximum ||
           column == CaseloadModel::FreePlaces;
}
} // namespace

CaseloadModel::CaseloadModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CaseloadModel::State CaseloadModel::stateOf(const WorkerCaseload &caseload)
{
    return caseload.isOverFull() ? OverFull : caseload.isFull() ? Full : Room;
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkerCaseload &caseload = m_shown.at(index.row());
    const State state = stateOf(caseload);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(caseload, column);
    case IdRole:
        return caseload.workerId;
    case StateRole:
        return state;
    case SortRole:
        switch (column) {
        case ActiveFamilies:
            return caseload.activeFamilies;
        case Maximum:
            return caseload.maxCaseload;
        case FreePlaces:
            return caseload.freePlaces();
        default:
            return display(caseload, column);
        }
    case Qt::TextAlignmentRole:
        // Centred: short figures right-aligned would run into the text of the next column.
        return isNumber(column) ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::DecorationRole:
        if (column == Name && state == OverFull)
            return QIcon::fromTheme(
                QStringLiteral("dialog-warning"),
                QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        return {};
    case Qt::BackgroundRole:
        return state == OverFull ? QVariant(overFullBackground) : QVariant();
    case Qt::ForegroundRole:
        if (state == OverFull)
            return overFullText;
        if (!caseload.active)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (state == OverFull && column == FreePlaces) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        // An elided organisation name is read in full here.
        if (column == Care)
            return care(caseload, true);
        return column == Organisation ? caseload.organisationName : toolTip(caseload);
    default:
        return {};
    }
}

QVariant CaseloadModel::display(const WorkerCaseload &caseload, int column) const
{
    switch (column) {
    case Name:
        return caseload.active ? caseload.name : tr("%1 (archived)").arg(caseload.name);
    case Role:
        return DomainText::display(caseload.role);
    case Organisation:
        return caseload.organisationName;
    case Care:
        return care(caseload, false);
    case ActiveFamilies:
        return caseload.activeFamilies;
    case Maximum:
        return caseload.maxCaseload;
    case FreePlaces:
        if (caseload.isOverFull())
            return tr("%1 too many").arg(-caseload.freePlaces());
        if (caseload.isFull())
            return tr("Full");
        return caseload.freePlaces();
    }
    return {};
}

QString CaseloadModel::toolTip(const WorkerCaseload &caseload) const
{
    QString text;
    switch (stateOf(caseload)) {
    case OverFull:
        text = tr("Over-full: %1 active families against a maximum of %2.")
                   .arg(caseload.activeFamilies)
                   .arg(caseload.maxCaseload);
        break;
    case Full:
        text = tr("Full: no room for another family (maximum %1).").arg(caseload.maxCaseload);
        break;
    case Room:
        text = tr("Room for %1 more (maximum %2).")
                   .arg(caseload.freePlaces())
                   .arg(caseload.maxCaseload);
        break;
    }
    if (!caseload.active)
        text += QLatin1Char(' ') + tr("%1 is archived but still has families.").arg(caseload.name);
    return text;
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case ActiveFamilies:
        return tr("Active families");
    case Maximum:
        return tr("Maximum");
    case FreePlaces:
        return tr("Free places");
    case Care:
        return tr("Training and debriefs");
    }
    return {};
}

QString CaseloadModel::care(const WorkerCaseload &caseload, bool full) const
{
    if (caseload.role != WorkerRole::TrustedPerson || !caseload.active)
        return {};
    const WorkerCareSummary summary = m_care.value(caseload.workerId);
    const QLocale locale;
    const auto date = [&](const QDate &day) {
        return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : tr("never");
    };
    if (full)
        return tr("Last course completed: %1. Last network meeting: %2. Last debrief: %3. "
                  "Debriefs asked for and not held: %4.")
            .arg(date(summary.lastTraining), date(summary.lastNetworkMeeting),
                 date(summary.lastDebrief))
            .arg(summary.openDebriefs);
    // Words, not a colour: what to look after.
    if (summary.openDebriefs > 0)
        return tr("Debrief asked for");
    if (summary.needsAttention(day()))
        return tr("Nothing in %1 months").arg(WorkerCare::RecentMonths);
    return tr("Recent");
}

QDate CaseloadModel::day() const
{
    return m_day.isValid() ? m_day : QDate::currentDate();
}

void CaseloadModel::setOrganisationFilter(qint64 organisationId)
{
    if (organisationId == m_organisation)
        return;
    beginResetModel();
    m_organisation = organisationId;
    applyFilter();
    endResetModel();
}

QList<QPair<qint64, QString>> CaseloadModel::organisations() const
{
    QList<QPair<qint64, QString>> result;
    for (const WorkerCaseload &caseload : m_all) {
        const auto same = [&](const QPair<qint64, QString> &o) {
            return o.first == caseload.organisationId;
        };
        if (std::none_of(result.cbegin(), result.cend(), same))
            result.append({caseload.organisationId, caseload.organisationName});
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return result;
}

WorkerCaseload CaseloadModel::row(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_shown.at(row) : WorkerCaseload();
}

void CaseloadModel::applyFilter()
{
    if (m_organisation == 0) {
        m_shown = m_all;
        return;
    }
    m_shown.clear();
    for (const WorkerCaseload &caseload : std::as_const(m_all))
        if (caseload.organisationId == m_organisation)
            m_shown << caseload;
}

void CaseloadModel::reload()
{
    m_countedOn = day();
    auto report = CaseloadReport(m_db).workers(m_countedOn);
    auto care = TrainingStore(m_db).summaries();
    beginResetModel();
    m_care = care ? care.value() : QHash<qint64, WorkerCareSummary>();
    m_all = report ? report.value() : QList<WorkerCaseload>();
    // An organisation that no longer has workers would leave an empty list and no way back.
    const bool known = std::any_of(m_all.cbegin(), m_all.cend(), [this](const auto &c) {
        return c.organisationId == m_organisation;
    });
    if (!known)
        m_organisation = 0;
    applyFilter();
    endResetModel();
    if (!report)
        emit failed(report.message());
    else if (!care)
        emit failed(care.message());
}
