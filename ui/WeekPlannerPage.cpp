#include "WeekPlannerPage.h"

#include "MessageBox.h"
#include "VisitActions.h"
#include "WeekView.h"
#include "commands/EditCommands.h"
#include "dialogs/PlanVisitDialog.h"
#include "domain/DomainText.h"
#include "services/ChangeNotifier.h"
#include "services/VisitPlanner.h"
#include "storage/DuoStore.h"
#include "storage/VisitStore.h"
#include "storage/WorkerStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QToolButton *makeButton(const QString &text, const QString &name)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setObjectName(name);
    button->setAutoRaise(true);
    return button;
}

// "23–29 november 2026", "30 november – 6 december 2026", "28 december 2026 – 3 januari 2027"
QString weekRange(const QDate &monday)
{
    const QLocale locale;
    const QDate sunday = monday.addDays(6);
    const QString last = locale.toString(sunday, QStringLiteral("d MMMM yyyy"));
    if (monday.month() == sunday.month())
        return WeekPlannerPage::tr("%1–%2", "first and last day of a week in one month")
            .arg(QString::number(monday.day()), last);
    const QString first = monday.year() == sunday.year()
                              ? locale.toString(monday, QStringLiteral("d MMMM"))
                              : locale.toString(monday, QStringLiteral("d MMMM yyyy"));
    return WeekPlannerPage::tr("%1 – %2", "first and last day of a week").arg(first, last);
}
} // namespace

WeekPlannerPage::WeekPlannerPage(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_today(QDate::currentDate())
{
    m_monday = m_today.addDays(1 - m_today.dayOfWeek());

    m_previous = makeButton(tr("Previous Week"), QStringLiteral("previousWeek"));
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-previous"),
                                         style()->standardIcon(QStyle::SP_ArrowBack)));
    m_previous->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_previous->setToolTip(tr("Previous week"));
    m_next = makeButton(tr("Next Week"), QStringLiteral("nextWeek"));
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-next"),
                                     style()->standardIcon(QStyle::SP_ArrowForward)));
    m_next->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_next->setToolTip(tr("Next week"));
    m_todayButton = makeButton(tr("Today"), QStringLiteral("thisWeek"));
    m_todayButton->setToolTip(tr("The week of today"));
    m_plan = makeButton(tr("Plan Visit…"), QStringLiteral("planVisit"));
    m_plan->setToolTip(tr("Plan a visit; or double-click an empty slot in the week"));

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("weekTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_subject = new QComboBox;
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setMinimumContentsLength(28);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->setMaxVisibleItems(20);
    auto *subjectLabel = new QLabel(tr("&Week of:"));
    subjectLabel->setBuddy(m_subject);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_todayButton);
    bar->addWidget(m_next);
    bar->addSpacing(8);
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(m_plan);
    bar->addSpacing(12);
    bar->addWidget(subjectLabel);
    bar->addWidget(m_subject);

    m_view = new WeekView;
    m_view->setToday(m_today);
    m_view->setWeek(m_monday);
    m_view->setWhatsThis(tr("Double-click an empty slot to plan a visit; drag a planned visit "
                            "to move it; double-click a visit to open it."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_previous, &QToolButton::clicked, this, &WeekPlannerPage::previousWeek);
    connect(m_next, &QToolButton::clicked, this, &WeekPlannerPage::nextWeek);
    connect(m_todayButton, &QToolButton::clicked, this, &WeekPlannerPage::thisWeek);
    connect(m_plan, &QToolButton::clicked, this, [this] {
        // The next full hour today when this week is shown, else Monday morning.
        const QDate day =
            m_monday.daysTo(m_today) >= 0 && m_monday.daysTo(m_today) < 7 ? m_today : m_monday;
        const int hour = day == m_today && day == QDate::currentDate()
                             ? qBound(WeekView::DayStartHour, QTime::currentTime().hour() + 1,
                                      WeekView::DayEndHour - 1)
                             : 9;
        planAt(QDateTime(day, QTime(hour, 0)));
    });
    connect(m_subject, &QComboBox::activated, this, [this] { loadWeek(); });
    connect(m_view, &WeekView::slotActivated, this, &WeekPlannerPage::planAt);
    connect(m_view, &WeekView::visitActivated, this, &WeekPlannerPage::visitActivated);
    connect(m_view, &WeekView::visitMoveRequested, this, &WeekPlannerPage::moveVisit);
    connect(m_view, &WeekView::visitContextMenuRequested, this, &WeekPlannerPage::visitMenu);
    connect(m_view, &WeekView::slotContextMenuRequested, this, &WeekPlannerPage::slotMenu);

    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(0);
    connect(&m_loadTimer, &QTimer::timeout, this, &WeekPlannerPage::loadWeek);
    m_plan->setEnabled(false); // until the façade is set
}

void WeekPlannerPage::setCommands(EditCommands *commands)
{
    m_commands = commands;
    m_plan->setEnabled(commands != nullptr);
    if (!commands)
        return;
    ChangeNotifier *notifier = commands->notifier();
    connect(notifier, &ChangeNotifier::visitsChanged, this, &WeekPlannerPage::scheduleLoad);
    // Names and membership of duos show in the choice and the blocks; a reset changes all.
    for (auto signal : {&ChangeNotifier::workersChanged, &ChangeNotifier::duosChanged})
        connect(notifier, signal, this, &WeekPlannerPage::reload, Qt::QueuedConnection);
    connect(notifier, &ChangeNotifier::databaseReset, this, &WeekPlannerPage::reload,
            Qt::QueuedConnection);
}

void WeekPlannerPage::setToday(const QDate &today)
{
    m_today = today;
    m_view->setToday(today);
}

WeekPlannerPage::Subject WeekPlannerPage::subject() const
{
    return Subject(m_subject->currentData(SubjectKindRole).toInt());
}

qint64 WeekPlannerPage::subjectId() const
{
    return m_subject->currentData().toLongLong();
}

// --- Whom ---

void WeekPlannerPage::reload()
{
    fillSubjects();
    loadWeek();
}

void WeekPlannerPage::fillSubjects()
{
    const Subject kind = subject();
    const qint64 id = subjectId();
    const QSignalBlocker quiet(m_subject);
    m_subject->clear();
    auto duos = DuoStore(m_db).all();
    auto workers = WorkerStore(m_db).all();
    if (!duos || !workers) {
        emit failed(duos ? workers.message() : duos.message());
        return;
    }
    auto *model = qobject_cast<QStandardItemModel *>(m_subject->model());
    auto addHeading = [&](const QString &text) {
        m_subject->addItem(text);
        if (QStandardItem *item = model ? model->item(m_subject->count() - 1) : nullptr) {
            item->setEnabled(false);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    };
    // Duos that still work together and workers still working: whom a week is planned for.
    addHeading(tr("Duos"));
    for (const Duo &duo : duos.value()) {
        if (!duo.to.isNull() && duo.to < m_today)
            continue;
        m_subject->addItem(duo.displayName(), duo.id);
        m_subject->setItemData(m_subject->count() - 1, int(Subject::Duo), SubjectKindRole);
    }
    m_subject->insertSeparator(m_subject->count());
    addHeading(tr("Workers"));
    for (const Worker &worker : workers.value()) {
        if (!worker.active)
            continue;
        m_subject->addItem(tr("%1 (%2)", "worker name (role)")
                               .arg(worker.name, DomainText::display(worker.role).toLower()),
                           worker.id);
        m_subject->setItemData(m_subject->count() - 1, int(Subject::Worker), SubjectKindRole);
    }
    if (id > 0)
        chooseSubject(kind, id);
    if (subjectId() <= 0)
        setCurrentUser(m_user);
}

void WeekPlannerPage::chooseSubject(Subject kind, qint64 id)
{
    for (int row = 0; row < m_subject->count(); ++row) {
        if (m_subject->itemData(row).toLongLong() == id &&
            m_subject->itemData(row, SubjectKindRole).toInt() == int(kind)) {
            const QSignalBlocker quiet(m_subject);
            m_subject->setCurrentIndex(row);
            return;
        }
    }
}

void WeekPlannerPage::setCurrentUser(const CurrentUser &user)
{
    m_user = user;
    const QSignalBlocker quiet(m_subject);
    m_subject->setCurrentIndex(-1);
    if (user.kind == CurrentUser::Kind::Worker)
        chooseSubject(Subject::Worker, user.workerId);
    if (subjectId() <= 0) {
        for (int row = 0; row < m_subject->count(); ++row) {
            if (m_subject->itemData(row).toLongLong() > 0) {
                m_subject->setCurrentIndex(row);
                break;
            }
        }
    }
    scheduleLoad();
}

void WeekPlannerPage::showDuo(qint64 duoId)
{
    chooseSubject(Subject::Duo, duoId);
    loadWeek();
}

void WeekPlannerPage::showWorker(qint64 workerId)
{
    chooseSubject(Subject::Worker, workerId);
    loadWeek();
}

QList<Duo> WeekPlannerPage::duosOn(const QDate &day) const
{
    QList<Duo> result;
    auto duos = DuoStore(m_db).all();
    if (!duos)
        return result;
    const qint64 id = subjectId();
    for (const Duo &duo : duos.value()) {
        const bool ours = subject() == Subject::Duo
                              ? duo.id == id
                              : duo.trustedPersonId == id || duo.professionalId == id;
        if (ours && (subject() == Subject::Duo || duo.isActiveOn(day)))
            result << duo;
    }
    return result;
}

// --- Which week ---

void WeekPlannerPage::showWeek(const QDate &day)
{
    m_monday = day.addDays(1 - day.dayOfWeek());
    loadWeek();
}

void WeekPlannerPage::previousWeek()
{
    showWeek(m_monday.addDays(-7));
}

void WeekPlannerPage::nextWeek()
{
    showWeek(m_monday.addDays(7));
}

void WeekPlannerPage::thisWeek()
{
    showWeek(m_today);
    // Today's first visit is current, so Enter opens it and the arrow keys go on from it.
    m_view->selectFirstVisitOn(m_today);
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void WeekPlannerPage::setVisitActions(VisitActions *actions)
{
    m_actions = actions;
}

void WeekPlannerPage::scheduleLoad()
{
    m_loadTimer.start();
}

void WeekPlannerPage::loadWeek()
{
    m_loadTimer.stop();
    m_title->setText(tr("%1 · week %2").arg(weekRange(m_monday)).arg(m_monday.weekNumber()));
    const qint64 id = subjectId();
    if (id <= 0) {
        m_view->setWeek(m_monday, {});
        return;
    }
    // One query for the week, through visits_by_duo. It starts the evening before, so a visit
    // running past Sunday midnight shows its end on Monday morning.
    const QDateTime from = VisitPlanner::addWallMinutes(QDateTime(m_monday, QTime(0, 0)), -600);
    const QDateTime to(m_monday.addDays(7), QTime(0, 0));
    VisitStore store(m_db);
    QList<Visit> visits;
    if (subject() == Subject::Duo) {
        auto found = store.ofDuo(id, from, to);
        if (!found) {
            m_view->setWeek(m_monday, {});
            emit failed(found.message());
            return;
        }
        visits = std::move(found).value();
    } else {
        auto found = store.ofWorkers({id}, from, to);
        if (!found) {
            m_view->setWeek(m_monday, {});
            emit failed(found.message());
            return;
        }
        visits.reserve(found->size());
        for (const VisitOfWorkers &v : found.value())
            visits << v.visit;
    }
    m_view->setWeek(m_monday, visits);
}

// --- Planning and moving ---

void WeekPlannerPage::report(const QString &title, const QString &message)
{
    MessageBox::critical(this, title, message);
}

void WeekPlannerPage::planAt(const QDateTime &start)
{
    if (!m_commands)
        return;
    const QList<Duo> duos = duosOn(start.date());
    if (duos.isEmpty())
        return report(tr("Plan Visit"),
                      tr("%1 works in no duo on %2.")
                          .arg(m_subject->currentText(),
                               QLocale().toString(start.date(), QLocale::ShortFormat)));
    auto *dialog = new PlanVisitDialog(*m_commands, duos, start, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_view->setCurrentVisit(dialog->savedVisitId()); });
    dialog->open();
}

void WeekPlannerPage::editVisit(qint64 visitId)
{
    if (!m_commands)
        return;
    auto visit = VisitStore(m_db).get(visitId);
    if (!visit)
        return report(tr("Move Visit"), visit.message());
    if (visit->status != VisitStatus::Planned)
        return report(tr("Move Visit"), tr("Only a planned visit can be moved; this one is %1.")
                                            .arg(DomainText::display(visit->status).toLower()));
    auto *dialog = new PlanVisitDialog(*m_commands, visit.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WeekPlannerPage::moveVisit(qint64 visitId, const QDateTime &start)
{
    if (!m_commands)
        return;
    auto visit = VisitStore(m_db).get(visitId);
    if (!visit)
        return report(tr("Move Visit"), visit.message());
    bool following = false;
    if (visit->seriesId) {
        const auto answer = MessageBox::choose(
            this, QMessageBox::Question, tr("Move Visit"),
            tr("This visit is one of a series. Move only this visit, or this one and every "
               "later planned visit of the series by the same amount?"),
            {{QMessageBox::Yes, tr("Only This Visit")},
             {QMessageBox::YesToAll, tr("All Following")},
             {QMessageBox::Cancel, tr("Cancel")}},
            QMessageBox::Yes);
        if (answer == QMessageBox::Cancel || answer == QMessageBox::NoButton)
            return;
        following = answer == QMessageBox::YesToAll;
    }
    auto clashes =
        VisitPlanner(m_db).moveClashes(visitId, start, visit->durationMinutes, following);
    if (!clashes)
        return report(tr("Move Visit"), clashes.message());
    ClashPolicy policy = ClashPolicy::Refuse;
    if (!clashes->isEmpty()) {
        QStringList lines{tr("At the new time this clashes with what the duo already has:")};
        for (const Clash &clash : clashes.value())
            lines << QStringLiteral("• ") + clash.describe();
        const auto answer = MessageBox::choose(
            this, QMessageBox::Warning, tr("Move Visit"), lines.join(QLatin1Char('\n')),
            {{QMessageBox::Yes, tr("Move Anyway")}, {QMessageBox::Cancel, tr("Cancel")}},
            QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        policy = ClashPolicy::Allow;
    }
    if (Status moved =
            m_commands->moveVisit(visitId, start, visit->durationMinutes, following, policy);
        !moved)
        report(tr("Move Visit"), moved.message());
}

void WeekPlannerPage::visitMenu(qint64 visitId, const QPoint &globalPosition)
{
    const Visit *visit = nullptr;
    for (const Visit &v : m_view->visits())
        if (v.id == visitId)
            visit = &v;
    if (!visit)
        return;
    // A copy: the actions below may read the week again while the menu is open.
    const Visit chosen = *visit;
    QMenu menu(this);
    if (m_actions) {
        m_actions->addVisitActions(&menu, chosen);
        // Mark Done… or Visit Report… is what a double-click does.
        if (!menu.actions().isEmpty() && !menu.actions().constFirst()->isSeparator())
            menu.setDefaultAction(menu.actions().constFirst());
    } else {
        menu.setDefaultAction(
            menu.addAction(tr("Open"), this, [this, visitId] { emit visitActivated(visitId); }));
    }
    menu.addSeparator();
    QAction *move = menu.addAction(tr("Move…"), this, [this, visitId] { editVisit(visitId); });
    move->setEnabled(m_commands && chosen.status == VisitStatus::Planned);
    const qint64 familyId = chosen.familyId;
    menu.addAction(tr("Open Family"), this, [this, familyId] { emit familyActivated(familyId); });
    menu.exec(globalPosition);
}

void WeekPlannerPage::slotMenu(const QDateTime &start, const QPoint &globalPosition)
{
    QMenu menu(this);
    QAction *plan = menu.addAction(
        tr("Plan Visit at %1…").arg(QLocale().toString(start.time(), QLocale::ShortFormat)), this,
        [this, start] { planAt(start); });
    plan->setEnabled(m_commands != nullptr);
    menu.exec(globalPosition);
}
