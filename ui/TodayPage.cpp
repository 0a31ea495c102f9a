#include "TodayPage.h"

#include "EmergencyAccessList.h"
#include "SupervisionFeedbackList.h"

#include "domain/DomainText.h"
#include "services/ChangeNotifier.h"
#include "services/FirstSteps.h"
#include "services/Settings.h"
#include "services/TodayAgenda.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"
#include "storage/DebriefStore.h"
#include "storage/ReferralStore.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// What an item opens: a visit or a family.
enum ItemRole {
    VisitIdRole = Qt::UserRole,
    FamilyIdRole,
    NoConsentRole,
    DebriefIdRole,
    FollowUpIdRole
};

QLabel *sectionTitle()
{
    auto *label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

TodayPage::TodayPage(Database &db, ChangeNotifier *notifier, QWidget *parent)
    : QWidget(parent), m_db(db)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("todayTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_who = new QLabel;
    m_who->setObjectName(QStringLiteral("todayWho"));
    auto *change = new QPushButton(tr("Working as…"));
    connect(change, &QPushButton::clicked, this, &TodayPage::changeUserRequested);
    // On a team server the login says who works; there is nothing to change here.
    change->setVisible(CurrentUser::isChoosable(m_db));
    m_emergency = new EmergencyAccessList(m_db);
    connect(m_emergency, &EmergencyAccessList::failed, this, &TodayPage::failed);
    connect(m_emergency, &EmergencyAccessList::familyActivated, this, &TodayPage::familyActivated);

    m_visitsTitle = sectionTitle();
    m_visits = makeList(QStringLiteral("todayVisits"),
                        {tr("Time"), tr("Case code"), tr("Family"), tr("Duo"), tr("Status")});
    m_followUpsTitle = sectionTitle();
    m_followUps = makeList(QStringLiteral("todayFollowUps"),
                           {tr("Due"), tr("Case code"), tr("Follow-up action"), tr("Owner")});
    // The tick sits in the first column, where the keyboard's Space reaches it.
    m_followUps->setToolTip(tr("Tick an action off when it is done (Space); double-click to "
                               "open the family."));
    connect(m_followUps, &QTreeWidget::itemChanged, this,
            [this](QTreeWidgetItem *item, int column) {
                const qint64 id = item->data(0, FollowUpIdRole).toLongLong();
                if (m_filling || column != 0 || id == 0)
                    return;
                const bool done = item->checkState(0) == Qt::Checked;
                // Queued: the change reads the list again, which must not happen inside its own
                // signal.
                QMetaObject::invokeMethod(
                    this, [this, id, done] { emit followUpDoneRequested(id, done); },
                    Qt::QueuedConnection);
            });
    m_feedback = new SupervisionFeedbackList(m_db);
    connect(m_feedback, &SupervisionFeedbackList::failed, this, &TodayPage::failed);
    m_referralsTitle = sectionTitle();
    m_referrals = makeList(QStringLiteral("todayReferrals"),
                           {tr("Sent"), tr("Case code"), tr("To"), tr("For"), tr("Sent by")});
    m_debriefsTitle = sectionTitle();
    m_debriefs = makeList(QStringLiteral("todayDebriefs"),
                          {tr("Asked"), tr("Who"), tr("After the visit to"), tr("Of")});
    m_quietTitle = sectionTitle();
    m_quietDays = new QSpinBox;
    m_quietDays->setObjectName(QStringLiteral("quietDays"));
    m_quietDays->setRange(7, 365);
    m_quietDays->setSuffix(tr(" days"));
    m_quietDays->setValue(Settings::value(Settings::Key::QuietDays).toInt());
    connect(m_quietDays, &QSpinBox::valueChanged, this, [this](int days) {
        Settings::setValue(Settings::Key::QuietDays, days);
        fillQuiet();
    });
    m_quiet =
        makeList(QStringLiteral("todayQuiet"), {tr("Case code"), tr("Family"), tr("Duo"),
                                                tr("Last visit"), tr("Days"), tr("Next planned")});

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_who);
    header->addLayout(titles, 1);
    header->addWidget(change, 0, Qt::AlignTop);

    m_firstSteps = buildFirstSteps();

    m_quietSection = new QWidget;
    auto *quietHeader = new QHBoxLayout;
    quietHeader->addWidget(m_quietTitle, 1);
    auto *quietLabel = new QLabel(tr("Without a visit for more than"));
    quietLabel->setBuddy(m_quietDays);
    quietHeader->addWidget(quietLabel);
    quietHeader->addWidget(m_quietDays);
    auto *quietLayout = new QVBoxLayout(m_quietSection);
    quietLayout->setContentsMargins(0, 0, 0, 0);
    quietLayout->addLayout(quietHeader);
    quietLayout->addWidget(m_quiet, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(m_firstSteps);
    layout->addWidget(m_emergency);
    layout->addSpacing(8);
    layout->addWidget(m_visitsTitle);
    layout->addWidget(m_visits, 3);
    layout->addSpacing(12);
    layout->addWidget(m_followUpsTitle);
    layout->addWidget(m_followUps, 2);
    layout->addWidget(m_feedback);
    m_referralsSection = new QWidget;
    auto *referralsLayout = new QVBoxLayout(m_referralsSection);
    referralsLayout->setContentsMargins(0, 12, 0, 0);
    referralsLayout->addWidget(m_referralsTitle);
    referralsLayout->addWidget(m_referrals, 1);
    layout->addWidget(m_referralsSection, 1);
    m_debriefsSection = new QWidget;
    auto *debriefsLayout = new QVBoxLayout(m_debriefsSection);
    debriefsLayout->setContentsMargins(0, 12, 0, 0);
    debriefsLayout->addWidget(m_debriefsTitle);
    debriefsLayout->addWidget(m_debriefs, 1);
    layout->addWidget(m_debriefsSection, 1);
    layout->addSpacing(12);
    layout->addWidget(m_quietSection, 2);
    // What the lists leave: a short list takes only the room of its rows (fitToRows).
    layout->addStretch(1);

    // Tab goes as the eye reads, top to bottom: the focus chain follows creation, and the
    // first steps and the quiet-days box are made after the lists they stand above.
    QList<QWidget *> chain{change};
    for (QPushButton *button : std::as_const(m_stepButtons))
        chain << button;
    chain << m_emergency->list() << m_visits << m_followUps << m_feedback->list() << m_referrals
          << m_debriefs << m_quietDays << m_quiet;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &TodayPage::reload);
    if (notifier) {
        const auto later = [this] {
            m_reloadTimer.start();
        };
        connect(notifier, &ChangeNotifier::visitsChanged, this, later);
        connect(notifier, &ChangeNotifier::familiesChanged, this, later);
        connect(notifier, &ChangeNotifier::assignmentsChanged, this, later);
        connect(notifier, &ChangeNotifier::databaseReset, this, later);
        // The first steps follow what the database holds; Today's visits follow consent.
        connect(notifier, &ChangeNotifier::organisationsChanged, this, later);
        connect(notifier, &ChangeNotifier::workersChanged, this, later);
        connect(notifier, &ChangeNotifier::duosChanged, this, later);
        connect(notifier, &ChangeNotifier::consentsChanged, this, later);
        connect(notifier, &ChangeNotifier::networkChanged, this, later);
        connect(notifier, &ChangeNotifier::meetingsChanged, this, later);
        connect(notifier, &ChangeNotifier::followUpsChanged, this, later);
        connect(notifier, &ChangeNotifier::supervisionFeedbackChanged, this, later);
    }
}

QGroupBox *TodayPage::buildFirstSteps()
{
    auto *box = new QGroupBox(tr("First steps"));
    box->setObjectName(QStringLiteral("firstSteps"));
    auto *intro = new QLabel(tr("Duo coaching starts with the organisations, the workers who form "
                                "duos, and the families they visit. To set up this database:"));
    intro->setWordWrap(true);
    struct Row
    {
        FirstStep step;
        QString name;
        QString button;
        QString text;
    };
    const QList<Row> rows{
        {FirstStep::Organisation, QStringLiteral("firstStepOrganisation"),
         tr("Add an Organisation…"),
         tr("The community organisations and care providers the workers come from, each with "
            "its contact person.")},
        {FirstStep::Workers, QStringLiteral("firstStepWorkers"), tr("Add a Worker…"),
         tr("At least one trusted person and one professional.")},
        {FirstStep::Duo, QStringLiteral("firstStepDuo"), tr("Form a Duo…"),
         tr("A trusted person and a professional who visit families together.")},
        {FirstStep::Family, QStringLiteral("firstStepFamily"), tr("Add a Family…"),
         tr("A family referred for duo coaching; then assign a duo to it on its page.")},
        {FirstStep::DemoData, QStringLiteral("firstStepDemoData"), tr("Load Demo Data"),
         tr("Or try DuoCoach first: fill this empty database with fictitious families and "
            "workers, and use another database for real families.")},
    };
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int line = 0;
    for (const Row &row : rows) {
        auto *button = new QPushButton(row.button);
        button->setObjectName(row.name);
        const FirstStep step = row.step;
        connect(button, &QPushButton::clicked, this,
                [this, step] { emit firstStepRequested(step); });
        auto *text = new QLabel(row.text);
        text->setWordWrap(true);
        auto *done = new QLabel;
        done->setObjectName(row.name + QStringLiteral("Done"));
        m_stepButtons.insert(step, button);
        m_stepDone.insert(step, done);
        m_stepText.insert(step, text);
        grid->addWidget(button, line, 0);
        grid->addWidget(text, line, 1);
        grid->addWidget(done, line, 2);
        ++line;
    }
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    layout->addLayout(grid);
    box->hide();
    return box;
}

bool TodayPage::fillFirstSteps()
{
    auto steps = FirstSteps::of(m_db);
    if (!steps) {
        emit failed(steps.message());
        m_firstSteps->hide();
        return false;
    }
    const FirstSteps &s = steps.value();
    const QMap<FirstStep, bool> taken{{FirstStep::Organisation, s.organisation},
                                      {FirstStep::Workers, s.workers()},
                                      {FirstStep::Duo, s.duo},
                                      {FirstStep::Family, s.family}};
    for (auto it = taken.begin(); it != taken.end(); ++it) {
        m_stepButtons.value(it.key())->setEnabled(!it.value());
        m_stepDone.value(it.key())->setText(it.value() ? tr("✓ Done") : QString());
    }
    if (!s.workers() && (s.trustedPerson || s.professional))
        m_stepDone.value(FirstStep::Workers)
            ->setText(s.trustedPerson ? tr("A professional is still missing.")
                                      : tr("A trusted person is still missing."));
    // Demo data only where no real person could be mixed with the fictitious ones.
    m_stepButtons.value(FirstStep::DemoData)->setVisible(s.demoDataPossible());
    m_stepText.value(FirstStep::DemoData)->setVisible(s.demoDataPossible());
    m_firstSteps->setVisible(!s.done());
    return !s.done();
}

QTreeWidget *TodayPage::makeList(const QString &name, const QStringList &headers)
{
    auto *list = new QTreeWidget;
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    connect(list, &QTreeWidget::itemActivated, this, &TodayPage::activate);
    return list;
}

void TodayPage::fitToRows(QTreeWidget *list)
{
    // Two visits today should not leave a screen of empty rows between them and the follow-up
    // actions below; a long list still gets all the room there is and scrolls.
    const int rows = list->topLevelItemCount();
    const int rowHeight = rows > 0 ? list->sizeHintForRow(0) : 0;
    list->setMaximumHeight(list->header()->sizeHint().height() + rows * rowHeight +
                           2 * list->frameWidth() + 2);
}

void TodayPage::setDay(const QDate &day)
{
    m_day = day;
    reload();
}

void TodayPage::setUser(const CurrentUser &user)
{
    m_user = user;
    // Read once when the event loop next turns: the window's own first reload() comes before
    // and reads it, and a change of user is shown a moment later.
    m_reloadTimer.start();
}

void TodayPage::reload()
{
    m_reloadTimer.stop();
    const QLocale locale;
    m_title->setText(tr("Today, %1").arg(locale.toString(day(), QStringLiteral("dddd d MMMM"))));
    // In a file the user is chosen ("Working as"); on a team server the login decides.
    const QString who =
        CurrentUser::isChoosable(m_db)
            ? tr("Working as %1").arg(m_user.displayName())
            : tr("Logged in as %1 (%2)").arg(m_user.displayName(), m_db.loginName());
    m_who->setText(
        m_user.kind == CurrentUser::Kind::Worker
            ? tr("%1: your visits, your follow-up actions, your families.").arg(who)
            : tr("%1: the visits, follow-up actions and families of all duos.").arg(who));
    const bool starting = fillFirstSteps();
    m_emergency->reload(m_user.kind == CurrentUser::Kind::Coordinator);
    fillVisits();
    fillFollowUps();
    m_feedback->reload(m_user, day());
    fillReferrals();
    fillDebriefs();
    fillQuiet();
    // "Every family was visited recently" would be false comfort in a database still set up.
    m_quietSection->setVisible(!starting);
}

void TodayPage::fillVisits()
{
    m_visits->clear();
    auto visits = TodayAgenda(m_db, m_user).visitsOn(day());
    if (!visits) {
        emit failed(visits.error().message);
        return;
    }
    QList<qint64> families;
    for (const Visit &v : visits.value())
        families << v.familyId;
    auto withoutConsent =
        ConsentStore(m_db).familiesWithout(families, ConsentPurpose::HomeVisits, day());
    if (!withoutConsent) {
        emit failed(withoutConsent.message());
        withoutConsent = QList<qint64>();
    }
    const QLocale locale;
    for (const Visit &v : visits.value()) {
        auto *item = new QTreeWidgetItem(
            m_visits, {locale.toString(v.start.time(), QLocale::ShortFormat) + QStringLiteral("–") +
                           locale.toString(v.start.addSecs(v.durationMinutes * 60).time(),
                                           QLocale::ShortFormat),
                       v.caseCode, v.familyName, v.duoName, DomainText::display(v.status)});
        item->setData(0, VisitIdRole, v.id);
        item->setData(0, FamilyIdRole, v.familyId);
        if (withoutConsent->contains(v.familyId)) {
            // Marked in words as well as with the icon: a screen reader and a printout say it.
            item->setText(4, tr("%1 · no consent for home visits").arg(item->text(4)));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            const QString why = tr("This family has not given consent for home visits. Ask for "
                                   "it, and record it on the family's page, before visiting.");
            for (int column = 0; column < item->columnCount(); ++column)
                item->setToolTip(column, why);
            item->setData(0, NoConsentRole, true);
        }
    }
    m_visitsTitle->setText(visits->isEmpty() ? tr("No visits today.")
                                             : tr("Visits today: %1").arg(visits->size()));
    m_visits->setVisible(!visits->isEmpty());
    fitToRows(m_visits);
}

void TodayPage::fillFollowUps()
{
    m_filling = true;
    m_followUps->clear();
    auto due = TodayAgenda(m_db, m_user).followUpsDue(day());
    if (!due) {
        m_filling = false;
        emit failed(due.error().message);
        return;
    }
    const QLocale locale;
    const QColor quiet = palette().color(QPalette::PlaceholderText);
    int open = 0;
    int overdue = 0;
    for (const FollowUp &f : due.value()) {
        const bool done = f.doneOn.isValid();
        auto *item =
            new QTreeWidgetItem(m_followUps, {locale.toString(f.dueOn, QLocale::ShortFormat),
                                              f.caseCode, f.description, f.ownerName});
        item->setData(0, FamilyIdRole, f.familyId);
        item->setData(0, FollowUpIdRole, f.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, done ? Qt::Checked : Qt::Unchecked);
        if (done) {
            // Stays in sight, ticked, until tomorrow: what was done today, and by whom.
            const QString by =
                f.doneBy.isEmpty() ? tr("done today") : tr("done today by %1").arg(f.doneBy);
            item->setText(3, by);
            for (int column = 0; column < item->columnCount(); ++column) {
                item->setForeground(column, quiet);
                item->setToolTip(column, by);
            }
            continue;
        }
        ++open;
        if (f.dueOn < day()) {
            ++overdue;
            // In words as well as in colour: a screen reader and a printout say it too.
            item->setText(0, tr("%1 (overdue)").arg(item->text(0)));
            item->setForeground(0, QColor(0xc0, 0x1c, 0x28));
            item->setToolTip(
                0, tr("Overdue since %1").arg(locale.toString(f.dueOn, QLocale::LongFormat)));
        }
    }
    const int doneToday = int(due->size()) - open;
    QString title =
        open == 0 ? tr("No follow-up actions due this week.")
                  : tr("Follow-up actions due this week: %1 (%2 overdue)").arg(open).arg(overdue);
    if (doneToday > 0)
        title += QLatin1Char(' ') + tr("· %n done today", nullptr, doneToday);
    m_followUpsTitle->setText(title);
    m_followUps->setVisible(!due->isEmpty());
    fitToRows(m_followUps);
    m_filling = false;
}

void TodayPage::fillReferrals()
{
    m_referrals->clear();
    auto waiting = TodayAgenda(m_db, m_user).referralsWaiting(day());
    if (!waiting) {
        emit failed(waiting.message());
        return;
    }
    const QLocale locale;
    for (const Referral &r : waiting.value()) {
        auto *item = new QTreeWidgetItem(
            m_referrals, {locale.toString(r.sentOn, QLocale::ShortFormat), r.caseCode,
                          tr("%1 (%2)").arg(r.organisationName, r.contactName),
                          NetworkText::display(r.careKind), r.sentByName});
        item->setData(0, FamilyIdRole, r.familyId);
        const QString why =
            tr("No answer %n day(s) after it was sent: ask the partner how it stands.", nullptr,
               int(r.sentOn.daysTo(day())));
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, why);
    }
    m_referralsTitle->setText(tr("Referrals without an answer after %n day(s): %1", nullptr,
                                 ReferralStore::DefaultAnswerDays)
                                  .arg(waiting->size()));
    // Only when there is something to chase: an empty section says nothing anyone acts on.
    m_referralsSection->setVisible(!waiting->isEmpty());
    fitToRows(m_referrals);
}

void TodayPage::fillDebriefs()
{
    m_debriefs->clear();
    // The coordinator's to follow up; a worker's own request is theirs to remember.
    m_debriefsSection->setVisible(false);
    if (m_user.kind != CurrentUser::Kind::Coordinator)
        return;
    auto open = DebriefStore(m_db).open();
    if (!open) {
        emit failed(open.message());
        return;
    }
    const QLocale locale;
    for (const Debrief &d : open.value()) {
        auto *item = new QTreeWidgetItem(
            m_debriefs, {locale.toString(d.askedOn, QLocale::ShortFormat), d.workerName, d.caseCode,
                         locale.toString(d.visitDay, QLocale::ShortFormat)});
        item->setData(0, DebriefIdRole, d.id);
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, tr("Double-click or press Enter once the debrief took "
                                        "place."));
    }
    m_debriefsTitle->setText(tr("Debriefs asked for after a heavy visit: %1").arg(open->size()));
    m_debriefsSection->setVisible(!open->isEmpty());
    fitToRows(m_debriefs);
}

void TodayPage::fillQuiet()
{
    m_quiet->clear();
    auto quiet = TodayAgenda(m_db, m_user).quietFamilies(day(), m_quietDays->value());
    if (!quiet) {
        emit failed(quiet.error().message);
        return;
    }
    const QLocale locale;
    for (const QuietFamily &f : quiet.value()) {
        auto *item = new QTreeWidgetItem(
            m_quiet, {f.caseCode, f.familyName, f.duoName,
                      f.lastVisit.isValid() ? locale.toString(f.lastVisit, QLocale::ShortFormat)
                                            : tr("never"),
                      locale.toString(f.daysWithoutVisit),
                      f.nextPlanned.isValid() ? locale.toString(f.nextPlanned, QLocale::ShortFormat)
                                              : tr("nothing planned")});
        item->setData(0, FamilyIdRole, f.familyId);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_quietTitle->setText(quiet->isEmpty()
                              ? tr("Every family was visited recently.")
                              : tr("Families without a recent visit: %1").arg(quiet->size()));
    m_quiet->setVisible(!quiet->isEmpty());
    fitToRows(m_quiet);
}

void TodayPage::activate(QTreeWidgetItem *item)
{
    if (const qint64 debrief = item->data(0, DebriefIdRole).toLongLong()) {
        emit debriefActivated(debrief);
        return;
    }
    const qint64 visit = item->data(0, VisitIdRole).toLongLong();
    if (visit)
        emit visitActivated(visit);
    else
        emit familyActivated(item->data(0, FamilyIdRole).toLongLong());
}
