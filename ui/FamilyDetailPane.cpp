#include "FamilyDetailPane.h"

#include "ConfidentialNotesPanel.h"
#include "ConsentPanel.h"
#include "DisplayText.h"
#include "FamilyMeetingsPanel.h"
#include "FollowUpsPanel.h"
#include "GoalsPanel.h"
#include "NetworkMapPanel.h"
#include "ReferralsPanel.h"
#include "SafetyBanner.h"
#include "SupportPanel.h"
#include "VisitActions.h"
#include "domain/DomainText.h"
#include "domain/Languages.h"
#include "storage/AssignmentStore.h"
#include "storage/FamilyStore.h"
#include "storage/SafetyConcernStore.h"
#include "storage/VisitStore.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *makeList(const QStringList &headers, const QString &objectName)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setFocusPolicy(Qt::NoFocus);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void addRow(QTableWidget *table, const QStringList &texts)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < texts.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
}

// The lists are short and bounded, so each is exactly as tall as its rows: the pane scrolls as
// a whole instead of showing several small scroll areas inside each other.
void fitToRows(QTableWidget *table)
{
    table->setFixedHeight(2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height() +
                          table->rowCount() * table->verticalHeader()->defaultSectionSize());
    for (int column = 0; column + 1 < table->columnCount(); ++column)
        table->resizeColumnToContents(column);
}

QLabel *makeValue()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString statusColour(FamilyStatus status)
{
    switch (status) {
    case FamilyStatus::Referred:
        return QStringLiteral("#9a6700");
    case FamilyStatus::Intake:
        return QStringLiteral("#0969da");
    case FamilyStatus::Active:
        return QStringLiteral("#1a7f37");
    case FamilyStatus::Closed:
        return QStringLiteral("#6e7781");
    }
    return {};
}
} // namespace

FamilyDetailPane::FamilyDetailPane(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_hint = new QLabel(tr("Select a family in the list to see its household, duo and visits."));
    m_hint->setObjectName(QStringLiteral("familyDetailHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("familyDetailStack"));
    m_stack->addWidget(m_hint);
    m_stack->addWidget(createDetails());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget *FamilyDetailPane::createDetails()
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("familyTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("familyStatus"));
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("familySubtitle"));
    m_subtitle->setEnabled(false);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_status, 0, Qt::AlignVCenter);
    titleRow->addStretch();

    auto *factsBox = new QGroupBox(tr("Family"));
    m_facts = new QFormLayout(factsBox);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_facts->setLabelAlignment(Qt::AlignLeft);
    // In the order of Fact, which fillFacts() fills them by.
    m_facts->addRow(tr("Address:"), makeValue());
    m_facts->addRow(tr("Phone:"), makeValue());
    m_facts->addRow(tr("District:"), makeValue());
    m_facts->addRow(tr("Home languages:"), makeValue());
    m_facts->addRow(tr("Preferred trusted person:"), makeValue());
    m_facts->addRow(tr("Referred by:"), makeValue());
    m_facts->addRow(tr("Closed:"), makeValue());
    Q_ASSERT(m_facts->rowCount() == int(Fact::Count));

    auto *householdBox = new QGroupBox(tr("Household"));
    m_household = makeList({tr("First name"), tr("Role"), tr("Birth year"), tr("Phone")},
                           QStringLiteral("householdList"));
    (new QVBoxLayout(householdBox))->addWidget(m_household);

    auto *duoBox = new QGroupBox(tr("Duo"));
    m_currentDuo = makeValue();
    m_currentDuo->setObjectName(QStringLiteral("currentDuo"));
    m_currentDuo->setWordWrap(false);
    m_duoHistory = makeList({tr("Duo"), tr("From"), tr("Until")}, QStringLiteral("duoHistory"));
    auto *duoLayout = new QVBoxLayout(duoBox);
    duoLayout->addWidget(m_currentDuo);
    duoLayout->addWidget(m_duoHistory);

    m_goals = new GoalsPanel(m_db);
    connect(m_goals, &GoalsPanel::failed, this, &FamilyDetailPane::failed);

    m_visitsBox = new QGroupBox;
    // The duo last: it is the longest text and mostly the same on every row.
    m_visits =
        makeList({tr("Date and time"), tr("Status"), tr("Duration"), tr("Present"), tr("Duo")},
                 QStringLiteral("recentVisits"));
    m_noVisits = new QLabel(tr("No visits yet."));
    m_noVisits->setEnabled(false);
    auto *visitsLayout = new QVBoxLayout(m_visitsBox);
    visitsLayout->addWidget(m_noVisits);
    visitsLayout->addWidget(m_visits);

    m_banner = new SafetyBanner(m_db);
    // The network around the family, beside its goals: what supports it, where it was referred.
    m_support = new SupportPanel(m_db);
    m_referrals = new ReferralsPanel(m_db);
    connect(m_support, &SupportPanel::failed, this, &FamilyDetailPane::failed);
    connect(m_referrals, &ReferralsPanel::failed, this, &FamilyDetailPane::failed);
    m_networkMap = new NetworkMapPanel(m_db);
    connect(m_networkMap, &NetworkMapPanel::failed, this, &FamilyDetailPane::failed);
    m_meetings = new FamilyMeetingsPanel(m_db);
    connect(m_meetings, &FamilyMeetingsPanel::failed, this, &FamilyDetailPane::failed);
    m_followUps = new FollowUpsPanel(m_db);
    m_notes = new ConfidentialNotesPanel(m_db);
    connect(m_banner, &SafetyBanner::failed, this, &FamilyDetailPane::failed);
    connect(m_followUps, &FollowUpsPanel::failed, this, &FamilyDetailPane::failed);
    connect(m_notes, &ConfidentialNotesPanel::failed, this, &FamilyDetailPane::failed);
    m_consent = new ConsentPanel(m_db);
    connect(m_consent, &ConsentPanel::failed, this, &FamilyDetailPane::failed);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_banner);
    layout->addSpacing(4);
    layout->addWidget(factsBox);
    layout->addWidget(householdBox);
    layout->addWidget(duoBox);
    layout->addWidget(m_goals);
    layout->addWidget(m_support);
    layout->addWidget(m_referrals);
    layout->addWidget(m_meetings);
    layout->addWidget(m_networkMap);
    layout->addWidget(m_visitsBox);
    layout->addWidget(m_followUps);
    layout->addWidget(m_notes);
    layout->addWidget(m_consent);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("familyDetails"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void FamilyDetailPane::setHint(const QString &text)
{
    m_hint->setText(text);
}

void FamilyDetailPane::showFamily(qint64 familyId)
{
    m_familyId = familyId;
    if (familyId == 0) {
        m_stack->setCurrentIndex(0);
        emit familyShown(0);
        return;
    }
    auto family = FamilyStore(m_db).get(familyId);
    if (!family) {
        m_familyId = 0;
        m_stack->setCurrentIndex(0);
        emit failed(family.message());
        emit familyShown(0);
        return;
    }
    fillHeader(family.value());
    fillFacts(family.value());
    m_banner->showFamily(familyId);
    m_followUps->showFamily(familyId);
    m_notes->showFamily(familyId);
    m_consent->showFamily(familyId);
    m_support->showFamily(familyId, family->caseCode);
    m_referrals->showFamily(familyId);
    m_networkMap->showFamily(familyId, family->caseCode);
    m_meetings->showFamily(familyId);
    // Each part shows what it could read; the first problem is reported by the part itself.
    if (fillHousehold(familyId) && fillDuo(family.value()) &&
        m_goals->showFamily(familyId, family->familyName))
        fillVisits(familyId);
    m_stack->setCurrentIndex(1);
    emit familyShown(familyId);
}

void FamilyDetailPane::refresh()
{
    if (m_familyId == 0)
        return;
    auto family = FamilyStore(m_db).get(m_familyId);
    if (!family && family.error().kind == Error::Kind::Invalid) {
        showFamily(0);
        return;
    }
    showFamily(m_familyId);
}

void FamilyDetailPane::fillHeader(const Family &family)
{
    m_title->setText(tr("%1 · %2").arg(family.caseCode, family.familyName));
    m_status->setText(DomainText::display(family.status));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; "
                                           "border-radius: 9px; padding: 2px 10px; "
                                           "font-weight: bold; }")
                                .arg(statusColour(family.status)));
    m_subtitle->setText(
        family.city.isEmpty()
            ? tr("Referred on %1").arg(DisplayText::date(family.referredOn))
            : tr("%1, referred on %2").arg(family.city, DisplayText::date(family.referredOn)));
}

void FamilyDetailPane::fillFacts(const Family &family)
{
    auto setRow = [this](Fact row, const QString &text) {
        auto *label =
            qobject_cast<QLabel *>(m_facts->itemAt(int(row), QFormLayout::FieldRole)->widget());
        label->setText(text.isEmpty() ? tr("Not known") : text);
        label->setEnabled(!text.isEmpty());
    };
    const QString place = tr("%1 %2", "postcode and city").arg(family.postcode, family.city);
    setRow(
        Fact::Address,
        family.street.isEmpty()
            ? place.trimmed()
            : tr("%1, %2", "street, then postcode and city").arg(family.street, place.trimmed()));
    setRow(Fact::Phone, family.phone);
    setRow(Fact::District, family.district);
    setRow(Fact::HomeLanguages, Languages::names(family.homeLanguages));
    setRow(Fact::PreferredTrustedPerson, DomainText::display(family.preferredGender));
    setRow(Fact::ReferredBy, family.referralSource);
    const bool closed = family.status == FamilyStatus::Closed;
    setRow(Fact::Closed,
           closed ? tr("%1: %2").arg(DisplayText::date(family.closedOn), family.closingReason)
                  : QString());
    m_facts->setRowVisible(int(Fact::Closed), closed);
}

bool FamilyDetailPane::fillHousehold(qint64 familyId)
{
    m_household->setRowCount(0);
    auto members = FamilyStore(m_db).members(familyId);
    if (!members) {
        emit failed(members.message());
        return false;
    }
    for (const HouseholdMember &member : members.value()) {
        addRow(m_household, {member.firstName, DomainText::display(member.role),
                             DisplayText::birthYear(member.birthYear), member.phone});
        m_household->item(m_household->rowCount() - 1, 0)->setData(Qt::UserRole, member.id);
    }
    fitToRows(m_household);
    return true;
}

bool FamilyDetailPane::fillDuo(const Family &family)
{
    m_duoHistory->setRowCount(0);
    AssignmentStore assignments(m_db);
    auto current = assignments.current(family.id);
    auto history = assignments.history(family.id);
    if (!current || !history) {
        emit failed(!current ? current.message() : history.message());
        return false;
    }
    if (current.value())
        m_currentDuo->setText(tr("<b>%1</b> since %2")
                                  .arg(current.value()->duoName.toHtmlEscaped(),
                                       DisplayText::date(current.value()->from)));
    else if (family.status == FamilyStatus::Closed)
        m_currentDuo->setText(tr("No duo: the family's file is closed."));
    else
        m_currentDuo->setText(tr("No duo is assigned at the moment."));
    for (const Assignment &assignment : history.value())
        addRow(m_duoHistory, {assignment.duoName, DisplayText::date(assignment.from),
                              DisplayText::date(assignment.to)});
    m_duoHistory->setVisible(!history->isEmpty());
    fitToRows(m_duoHistory);
    return true;
}

bool FamilyDetailPane::fillVisits(qint64 familyId)
{
    m_visits->setRowCount(0);
    VisitStore visits(m_db);
    VisitFilter filter;
    filter.familyId = familyId;
    auto latest = visits.page(filter, std::nullopt, RecentVisits);
    auto total = visits.count(filter);
    if (!latest || !total) {
        emit failed(!latest ? latest.message() : total.message());
        return false;
    }
    QList<qint64> ids;
    for (const Visit &visit : latest.value())
        ids << visit.id;
    auto concerns = SafetyConcernStore(m_db).visitsWithConcern(ids);
    if (!concerns) {
        emit failed(concerns.message());
        return false;
    }
    for (const Visit &visit : latest.value()) {
        addRow(m_visits, {DisplayText::dateTime(visit.start), DomainText::display(visit.status),
                          DisplayText::duration(visit.durationMinutes),
                          DisplayText::presence(visit), visit.duoName});
        m_visits->item(m_visits->rowCount() - 1, 2)
            ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QTableWidgetItem *first = m_visits->item(m_visits->rowCount() - 1, 0);
        first->setData(Qt::UserRole, visit.id);
        if (concerns->contains(visit.id)) {
            first->setIcon(SafetyBanner::icon());
            first->setToolTip(tr("A safety concern was raised on this visit."));
        }
    }
    m_visitsBox->setTitle(
        total.value() > latest->size()
            ? tr("Latest visits (%1 of %2)").arg(latest->size()).arg(total.value())
            : tr("Visits (%1)").arg(total.value()));
    m_visits->setVisible(!latest->isEmpty());
    m_noVisits->setVisible(latest->isEmpty());
    fitToRows(m_visits);
    return true;
}

void FamilyDetailPane::setVisitActions(VisitActions *actions)
{
    m_visitActions = actions;
    m_banner->setActions(actions);
    m_followUps->setActions(actions);
    m_referrals->setActions(actions);
    m_notes->setActions(actions);
    m_visits->setContextMenuPolicy(Qt::CustomContextMenu);
    m_visits->setToolTip(tr("Double-click a visit for its report; right-click for more."));
    auto visitAt = [this](int row) {
        QTableWidgetItem *item = row >= 0 ? m_visits->item(row, 0) : nullptr;
        return item ? item->data(Qt::UserRole).toLongLong() : 0;
    };
    connect(m_visits, &QTableWidget::cellDoubleClicked, this, [this, visitAt](int row) {
        if (const qint64 id = visitAt(row))
            m_visitActions->openVisit(id);
    });
    connect(m_visits, &QWidget::customContextMenuRequested, this,
            [this, visitAt](const QPoint &at) {
                auto visit = VisitStore(m_db).get(visitAt(m_visits->rowAt(at.y())));
                if (!visit)
                    return;
                QMenu menu(m_visits);
                m_visitActions->addVisitActions(&menu, visit.value());
                menu.exec(m_visits->viewport()->mapToGlobal(at));
            });
    refresh();
}
