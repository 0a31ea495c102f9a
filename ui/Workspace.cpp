#include "Workspace.h"

#include "CaseloadPage.h"
#include "ConsentPanel.h"
#include "FamilyActions.h"
#include "FamilyDetailPane.h"
#include "FamilyPage.h"
#include "FamilyReadRecorder.h"
#include "TodayPage.h"
#include "VisitActions.h"
#include "VisitLogPage.h"
#include "WaitingListPage.h"
#include "WeekPlannerPage.h"
#include "WorkerActions.h"
#include "WorkersPage.h"
#include "commands/EditCommands.h"
#include "dialogs/WorkingAsDialog.h"
#include "services/ChangeNotifier.h"
#include "services/ServerChanges.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>

namespace {
QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}
} // namespace

Workspace::Workspace(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_user(CurrentUser::load(db)),
      m_notifier(new ChangeNotifier(this)), m_commands(new EditCommands(db, m_notifier, this))
{
    // What others commit on a server reaches the same notifier as this window's own edits.
    new ServerChanges(db, m_notifier, this);
    m_todayPage = new TodayPage(db, m_notifier);
    m_todayPage->setUser(m_user);
    connect(m_todayPage, &TodayPage::failed, this, &Workspace::failed);
    connect(m_todayPage, &TodayPage::familyActivated, this, &Workspace::showFamily);
    connect(m_todayPage, &TodayPage::changeUserRequested, this, &Workspace::chooseCurrentUser);
    connect(this, &Workspace::currentUserChanged, m_todayPage, &TodayPage::setUser);
    m_familyPage = new FamilyPage(db);
    m_workersPage = new WorkersPage(db);
    m_visitLogPage = new VisitLogPage(db);
    m_caseloadPage = new CaseloadPage(db, m_notifier);
    m_waitingListPage = new WaitingListPage(db, m_notifier);
    connect(m_familyPage, &FamilyPage::failed, this, &Workspace::failed);
    connect(m_workersPage, &WorkersPage::failed, this, &Workspace::failed);
    connect(m_visitLogPage, &VisitLogPage::failed, this, &Workspace::failed);
    connect(m_caseloadPage, &CaseloadPage::failed, this, &Workspace::failed);
    connect(m_waitingListPage, &WaitingListPage::failed, this, &Workspace::failed);
    connect(m_waitingListPage, &WaitingListPage::familyActivated, this, &Workspace::showFamily);
    // Assigned from the waiting list, the family stays on the list's page until it has a duo.
    connect(m_waitingListPage, &WaitingListPage::assignDuoRequested, this,
            [this](qint64 id) { m_familyPage->actions()->assignDuoTo(id, m_waitingListPage); });
    // Every edit goes through the one command façade of this database, and the access log
    // records each in the name of who works now (as does opening a family's details).
    m_commands->setActor(Actor::of(db, m_user));
    m_familyPage->setCommands(m_commands);
    m_familyPage->detailPane()->consentPanel()->setCommands(m_commands);
    auto *reads = new FamilyReadRecorder(m_familyPage->detailPane(), m_commands);
    connect(reads, &FamilyReadRecorder::failed, this, &Workspace::failed);
    connect(this, &Workspace::currentUserChanged, reads, &FamilyReadRecorder::userChanged);
    m_workersPage->setCommands(m_commands);
    m_visitActions = new VisitActions(
        m_commands, [this] { return m_user; }, this);
    m_familyPage->detailPane()->setVisitActions(m_visitActions);
    m_visitLogPage->setVisitActions(m_visitActions);
    // What the pane shows (notes for the trusted person only) depends on who works.
    connect(this, &Workspace::currentUserChanged, m_familyPage->detailPane(),
            &FamilyDetailPane::refresh);
    // My week (issue 4): the week planner of the user's duo or of any duo or worker.
    m_weekPlannerPage = new WeekPlannerPage(db);
    m_weekPlannerPage->setCommands(m_commands);
    m_weekPlannerPage->setVisitActions(m_visitActions);
    connect(m_weekPlannerPage, &WeekPlannerPage::familyActivated, this, &Workspace::showFamily);
    m_weekPlannerPage->setCurrentUser(m_user);
    // A coach's own families and visits first (issue 17).
    m_familyPage->setCurrentUser(m_user);
    connect(this, &Workspace::currentUserChanged, m_familyPage, &FamilyPage::setCurrentUser);
    m_visitLogPage->setCurrentUser(m_user);
    connect(this, &Workspace::currentUserChanged, m_visitLogPage, &VisitLogPage::setCurrentUser);
    connect(m_weekPlannerPage, &WeekPlannerPage::failed, this, &Workspace::failed);
    connect(this, &Workspace::currentUserChanged, m_weekPlannerPage,
            &WeekPlannerPage::setCurrentUser);
    // Opening a visit in the planner or on Today opens its report, as in the family's details.
    connect(m_weekPlannerPage, &WeekPlannerPage::visitActivated, m_visitActions,
            &VisitActions::openVisit);
    connect(m_todayPage, &TodayPage::visitActivated, m_visitActions, &VisitActions::openVisit);
    connect(m_todayPage, &TodayPage::debriefActivated, m_visitActions,
            &VisitActions::recordDebriefHeld);
    connect(m_todayPage, &TodayPage::followUpDoneRequested, m_visitActions,
            &VisitActions::setFollowUpDone);
    // Today's first steps open the same dialogs as the pages' own buttons; Today stays shown,
    // so the next step is in sight.
    connect(m_todayPage, &TodayPage::firstStepRequested, this, [this](TodayPage::FirstStep step) {
        switch (step) {
        case TodayPage::FirstStep::Organisation:
            m_workersPage->actions()->newOrganisation();
            break;
        case TodayPage::FirstStep::Workers:
            m_workersPage->actions()->newWorker();
            break;
        case TodayPage::FirstStep::Duo:
            m_workersPage->actions()->newDuo();
            break;
        case TodayPage::FirstStep::Family:
            m_familyPage->actions()->newFamily();
            break;
        case TodayPage::FirstStep::DemoData:
            emit demoDataRequested();
            break;
        }
    });
    // The visit log reads itself again when the planner (or anything else) changed visits,
    // keeping the visit worked on selected: VisitLogPage::setVisitActions.

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_todayPage);
    m_pages->addWidget(m_weekPlannerPage);
    m_pages->addWidget(m_familyPage);
    m_pages->addWidget(m_workersPage);
    m_pages->addWidget(m_visitLogPage);
    m_pages->addWidget(m_caseloadPage);
    m_pages->addWidget(m_waitingListPage);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    // Icons above their names, as in a settings side bar: narrow, so the lists get the width.
    m_navigation->setViewMode(QListView::IconMode);
    m_navigation->setFlow(QListView::TopToBottom);
    m_navigation->setWrapping(false);
    m_navigation->setMovement(QListView::Static);
    m_navigation->setIconSize(QSize(32, 32));
    m_navigation->setSpacing(4);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The side bar reads as a panel of its own, not as one more list of data.
    m_navigation->setBackgroundRole(QPalette::Window);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    // In icon mode only the name would be highlighted; the whole tile reads better as a button.
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget::item { border-radius: 6px; padding: 4px; }"
                       "QListWidget::item:selected { background: palette(highlight); "
                       "color: palette(highlighted-text); }"));
    const QStyle *st = style();
    new QListWidgetItem(themeIcon("go-home", QStyle::SP_DesktopIcon, st), tr("Today"),
                        m_navigation);
    new QListWidgetItem(themeIcon("appointment-new", QStyle::SP_FileDialogContentsView, st),
                        tr("My week"), m_navigation);
    new QListWidgetItem(themeIcon("user-home", QStyle::SP_DirHomeIcon, st), tr("Families"),
                        m_navigation);
    new QListWidgetItem(themeIcon("x-office-address-book", QStyle::SP_FileDialogDetailedView, st),
                        tr("Workers & duos"), m_navigation);
    new QListWidgetItem(themeIcon("x-office-calendar", QStyle::SP_FileDialogContentsView, st),
                        tr("Visits"), m_navigation);
    new QListWidgetItem(themeIcon("x-office-spreadsheet", QStyle::SP_FileDialogListView, st),
                        tr("Caseload"), m_navigation);
    new QListWidgetItem(themeIcon("appointment-soon", QStyle::SP_MediaPause, st),
                        tr("Waiting list"), m_navigation);
    int width = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        width = qMax(
            width, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    width = qMax(width + 16, 88);
    for (int row = 0; row < m_navigation->count(); ++row)
        m_navigation->item(row)->setSizeHint(
            QSize(width, 32 + m_navigation->fontMetrics().height() + 20));
    m_navigation->setFixedWidth(width + 2 * m_navigation->spacing() + 4);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        reloadIfStale(row);
        m_pages->setCurrentIndex(row);
    });
    m_navigation->setCurrentRow(Today);

    // On a small screen or at a large scale a page scrolls instead of making the window wider
    // or taller than the screen; where there is room the page fills it as before.
    auto *pageArea = new QScrollArea;
    pageArea->setObjectName(QStringLiteral("pageArea"));
    pageArea->setFrameShape(QFrame::NoFrame);
    pageArea->setFocusPolicy(Qt::NoFocus);
    pageArea->setWidgetResizable(true);
    pageArea->setWidget(m_pages);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_navigation);
    layout->addWidget(pageArea, 1);
}

Workspace::Page Workspace::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void Workspace::setCurrentPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void Workspace::reload()
{
    m_stale.fill(true);
    reloadIfStale(currentPage());
}

void Workspace::reloadIfStale(int page)
{
    if (page < 0 || page >= PageCount || !m_stale.at(page))
        return;
    m_stale[page] = false;
    switch (Page(page)) {
    case Today:
        m_todayPage->reload();
        break;
    case Week:
        m_weekPlannerPage->reload();
        break;
    case Families:
        m_familyPage->reload();
        break;
    case WorkersAndDuos:
        m_workersPage->reload();
        break;
    case Visits:
        m_visitLogPage->reload();
        break;
    case Caseload:
        m_caseloadPage->reload();
        break;
    case WaitingList:
        m_waitingListPage->reload();
        break;
    case PageCount:
        break;
    }
}

void Workspace::showFamily(qint64 familyId)
{
    setCurrentPage(Families);
    m_familyPage->selectFamily(familyId);
}

void Workspace::setCurrentUser(const CurrentUser &user)
{
    m_user = user;
    CurrentUser::save(m_db, user);
    m_commands->setActor(Actor::of(m_db, user));
    emit currentUserChanged(m_user);
}

void Workspace::chooseCurrentUser()
{
    if (!CurrentUser::isChoosable(m_db))
        return;
    WorkingAsDialog dialog(m_db, m_user, this);
    if (dialog.exec() == QDialog::Accepted)
        setCurrentUser(dialog.user());
}

void Workspace::focusSearch()
{
    // Only the Families page has a search field so far, so every page's Ctrl+F leads there.
    if (currentPage() != Families)
        setCurrentPage(Families);
    QLineEdit *search = m_familyPage->searchField();
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}
