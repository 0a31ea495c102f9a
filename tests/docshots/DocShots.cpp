// duocoach-docshots DIR: writes the README's screenshots into DIR (docs/), in Dutch, from a
// fresh demo database made for today, as a trusted person with a busy week would see them.
// Every picture is the real widget, grabbed with QWidget::grab() on the offscreen platform.

#include "FamilyDetailPane.h"
#include "FamilyPage.h"
#include "GoalsPanel.h"
#include "MainWindow.h"
#include "NetworkMapPanel.h"
#include "SupportPanel.h"
#include "TodayPage.h"
#include "VisitActions.h"
#include "WeekPlannerPage.h"
#include "WeekView.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/MeetingDialog.h"
#include "dialogs/MeetingFamilyEditor.h"
#include "dialogs/VisitReportDialog.h"
#include "exchange/ReviewFeedback.h"
#include "exchange/SupervisionPackageWriter.h"
#include "review/DuoFiguresView.h"
#include "review/ReviewWindow.h"
#include "services/CurrentUser.h"
#include "services/DemoGenerator.h"
#include "services/SupervisionFeedbackImport.h"
#include "services/Translations.h"
#include "storage/Database.h"
#include "storage/FollowUpStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>

namespace {
void fail(const QString &message)
{
    std::fprintf(stderr, "duocoach-docshots: %s\n", qUtf8Printable(message));
    std::exit(1);
}

void settle()
{
    // Pages fill themselves one event-loop turn after a change; let them, then paint.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

// Scrolls the pane that holds `widget` so that it starts at the top.
void scrollTo(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->verticalScrollBar()->setValue(widget->mapTo(scroll->widget(), QPoint()).y() -
                                                  8);
            return;
        }
}

void save(QWidget *widget, const QString &path)
{
    settle();
    if (!widget->grab().save(path))
        fail(QStringLiteral("cannot write %1").arg(path));
    std::printf("%s\n", qUtf8Printable(path));
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto value = db.scalar(sql, values);
    if (!value)
        fail(value.message());
    return value.value();
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings of their own, so neither the user's nor a test's choices show in the pictures.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    QIcon::setFallbackThemeName(QStringLiteral("Adwaita"));
    const QStringList args = app.arguments();
    if (args.size() != 2)
        fail(QStringLiteral("usage: duocoach-docshots DIR"));
    const QDir out(args.at(1));
    Translations::install(QStringLiteral("nl"));

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    if (!opened)
        fail(opened.message());
    DemoGenerator::Options options;
    options.families = 120;
    auto made = DemoGenerator::generate(*opened.value(), options);
    if (!made)
        fail(made.message());

    // The trusted person with the most visits this week: the planner and Today have content.
    Database &db = *opened.value();
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const qint64 worker =
        scalar(db,
               QStringLiteral("SELECT d.trusted_person_id FROM visits v JOIN duos d ON d.id = "
                              "v.duo_id WHERE v.starts_at >= ? AND v.starts_at < ? "
                              "GROUP BY d.trusted_person_id ORDER BY count(*) DESC LIMIT 1"),
               {monday.toString(Qt::ISODate), monday.addDays(7).toString(Qt::ISODate)})
            .toLongLong();
    CurrentUser user;
    user.kind = CurrentUser::Kind::Worker;
    user.workerId = worker;
    user.name =
        scalar(db, QStringLiteral("SELECT name FROM workers WHERE id = ?"), {worker}).toString();
    CurrentUser::save(db, user);

    MainWindow window(std::move(opened).value());
    window.resize(1280, 800);
    window.show();
    Workspace *workspace = window.workspace();
    workspace->setCurrentUser(user);
    workspace->setCurrentPage(Workspace::Week);
    workspace->weekPlannerPage()->showWorker(worker);
    workspace->weekPlannerPage()->thisWeek();
    workspace->weekPlannerPage()->view()->scrollToTime(QTime(8, 30));
    save(&window, out.filePath(QStringLiteral("week-planner-nl.png")));

    // The visit log as it opens for the coach: their own visits, up to today.
    workspace->setCurrentPage(Workspace::Visits);
    settle();
    save(&window, out.filePath(QStringLiteral("visit-log-nl.png")));

    // Today, with the first follow-up action ticked off as a coach does it (Space): two actions
    // of the worker due this week, from their latest done visit, whatever day the shot is made.
    const qint64 lastVisit =
        scalar(window.database(),
               QStringLiteral("SELECT v.id FROM visits v JOIN duos d ON d.id = v.duo_id WHERE "
                              "d.trusted_person_id = ? AND v.status = 'done' ORDER BY "
                              "v.starts_at DESC LIMIT 1"),
               {worker})
            .toLongLong();
    for (const auto &[text, days] : {std::pair{QStringLiteral("Mentor op school bellen"), 0},
                                     std::pair{QStringLiteral("Brief van de gemeente samen "
                                                              "invullen"),
                                               3}}) {
        FollowUp action;
        action.visitId = lastVisit;
        action.description = text;
        action.ownerId = worker;
        action.dueOn = today.addDays(days);
        if (auto added = FollowUpStore(window.database()).add(action); !added)
            fail(added.message());
    }
    workspace->setCurrentPage(Workspace::Today);
    workspace->todayPage()->reload();
    QCoreApplication::processEvents();
    if (auto *followUps = workspace->todayPage()->followUpList();
        followUps && followUps->topLevelItemCount() > 0) {
        followUps->setFocus();
        followUps->setCurrentItem(followUps->topLevelItem(0), 0);
        followUps->topLevelItem(0)->setCheckState(0, Qt::Checked);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }
    save(&window, out.filePath(QStringLiteral("today-nl.png")));

    // The supervisor's feedback back on Today: a package of the last quarter, a general remark
    // and a note on the worker's latest visit, read in as the coordinator does.
    {
        Database &data = window.database();
        SupervisionPackageWriter::Options export_;
        export_.request.from = today.addDays(-90);
        export_.request.to = today;
        export_.request.pseudonymize = true;
        export_.exportedBy = QStringLiteral("Coördinator");
        export_.actor = Actor::commandLine();
        export_.organisation = QStringLiteral("Stichting Samen Thuis");
        const QString package = dir.filePath(QStringLiteral("kwartaal.duosup"));
        auto written = SupervisionPackageWriter::write(data, package, export_);
        if (!written)
            fail(written.message());
        const qint64 visit =
            scalar(data,
                   QStringLiteral("SELECT v.id FROM visits v JOIN duos d ON d.id = v.duo_id "
                                  "WHERE d.trusted_person_id = ? AND v.status = 'done' AND "
                                  "v.starts_at >= ? ORDER BY v.starts_at DESC LIMIT 1"),
                   {worker, today.addDays(-90).toString(Qt::ISODate)})
                .toLongLong();
        auto feedback = ReviewFeedback::load(package, written->contentSha256);
        if (!feedback)
            fail(feedback.message());
        ReviewFeedback notes = feedback.value();
        notes.setSourceDatabase(
            scalar(data, QStringLiteral("SELECT identity FROM database_identity")).toString());
        notes.setGeneral(QStringLiteral("Zorgvuldige verslagen. Plan de tussenevaluaties op tijd "
                                        "en noteer wie de vervolgacties oppakt."));
        notes.setForVisit(visit, QStringLiteral("Goed dat jullie de moeder zelf lieten vertellen "
                                                "wat ze nodig heeft; bespreek de schuldhulp bij "
                                                "het volgende bezoek."));
        if (Status saved = notes.save(); !saved)
            fail(saved.message());
        auto imported = SupervisionFeedbackImport::run(data, Actor::commandLine(),
                                                       ReviewFeedback::pathFor(package));
        if (!imported)
            fail(imported.message());
        workspace->todayPage()->reload();
        settle();
        save(&window, out.filePath(QStringLiteral("feedback-nl.png")));
    }

    // The family of the worker's most recent visit that has goals and evaluations.
    const qint64 family =
        scalar(window.database(),
               QStringLiteral("SELECT v.family_id FROM visits v JOIN duos d ON d.id = v.duo_id "
                              "WHERE d.trusted_person_id = ? AND v.family_id IN "
                              "(SELECT g.family_id FROM goals g JOIN evaluation_scores s ON "
                              "s.goal_id = g.id) ORDER BY v.starts_at DESC LIMIT 1"),
               {worker})
            .toLongLong();
    if (family > 0) {
        workspace->showFamily(family);
        save(&window, out.filePath(QStringLiteral("main-window-nl.png")));
        // The goals with their charts in view: the pane scrolls them up.
        scrollTo(workspace->familyPage()->detailPane()->goalsPanel());
        save(&window, out.filePath(QStringLiteral("family-goals-nl.png")));
    }

    // The network of a family: one with a referral, with support stopped, and the most support.
    const qint64 networked =
        scalar(window.database(),
               QStringLiteral("SELECT s.family_id FROM support s GROUP BY s.family_id "
                              "ORDER BY s.family_id IN (SELECT family_id FROM referrals) DESC, "
                              "max(s.end_reason <> '') DESC, count(*) DESC, s.family_id LIMIT 1"))
            .toLongLong();
    if (networked > 0) {
        workspace->showFamily(networked);
        settle();
        scrollTo(workspace->familyPage()->detailPane()->supportPanel());
        save(&window, out.filePath(QStringLiteral("family-network-nl.png")));

        // A consultation about that family as a coordinator fills it in.
        MeetingDialog meeting(*workspace->commands(), networked, &window);
        meeting.titleField()->setText(QStringLiteral("Casuïstiekoverleg"));
        for (QListWidget *list : {meeting.workersField(), meeting.partnersField()})
            for (int i = 0; i < std::min(2, list->count()); ++i)
                list->item(i)->setCheckState(Qt::Checked);
        if (MeetingFamilyEditor *family = meeting.familyEditor(0)) {
            family->questionField()->setText(QStringLiteral("Helpt de ondersteuning die er is "
                                                            "nog, of is meer nodig?"));
            family->adviceField()->setPlainText(QStringLiteral(
                "Geen zwaardere hulp; de buurtsteun versterken en over zes weken opnieuw "
                "bespreken."));
            if (auto *decision =
                    qobject_cast<QComboBox *>(family->supportTable()->cellWidget(0, 2))) {
                decision->setCurrentIndex(decision->findData(int(Decision::Continue)));
                if (auto *reason =
                        qobject_cast<QLineEdit *>(family->supportTable()->cellWidget(0, 3)))
                    reason->setText(QStringLiteral("Afspraken worden nagekomen"));
            }
            family->followUpField()->setText(QStringLiteral("Moeder meenemen naar de inloop"));
            family->ownerField()->setCurrentIndex(1);
        }
        meeting.show();
        meeting.resize(1000, 720);
        settle();
        save(&meeting, out.filePath(QStringLiteral("consultation-nl.png")));
    }

    // The network map of a family with many around it, a strained or broken tie among them.
    const qint64 mapped =
        scalar(window.database(),
               QStringLiteral("SELECT family_id FROM network_map GROUP BY family_id ORDER BY "
                              "max(tie IN ('strained', 'broken')) DESC, count(*) DESC, "
                              "family_id LIMIT 1"))
            .toLongLong();
    if (mapped > 0) {
        workspace->showFamily(mapped);
        settle();
        scrollTo(workspace->familyPage()->detailPane()->networkMapPanel());
        save(&window, out.filePath(QStringLiteral("family-network-map-nl.png")));
    }

    // The caseload page as a coordinator sees it, with the care for trusted persons.
    CurrentUser coordinator;
    workspace->setCurrentUser(coordinator);
    workspace->setCurrentPage(Workspace::Caseload);
    settle();
    save(&window, out.filePath(QStringLiteral("caseload-nl.png")));
    workspace->setCurrentUser(user);

    // The report of the worker's first visit still planned from today on, partly filled in.
    const qint64 visit =
        scalar(window.database(),
               QStringLiteral("SELECT v.id FROM visits v JOIN duos d ON d.id = v.duo_id "
                              "WHERE d.trusted_person_id = ? AND v.status = 'planned' "
                              "AND v.starts_at >= ? ORDER BY v.starts_at LIMIT 1"),
               {worker, today.toString(Qt::ISODate)})
            .toLongLong();
    if (visit <= 0)
        fail(QStringLiteral("no planned visit for the report"));
    // A report is written after the visit: one still to come today (the pictures are made at
    // any hour) is moved to this morning, so the form shows what a coach sees after a visit.
    const QDateTime start = QDateTime(today, QTime(9, 0)) < QDateTime::currentDateTime()
                                ? QDateTime(today, QTime(9, 0))
                                : QDateTime(today.addDays(-1), QTime(15, 0));
    if (auto moved = window.database().exec(
            QStringLiteral("UPDATE visits SET starts_at = ? WHERE id = ? AND starts_at > ?"),
            {start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), visit,
             QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))});
        !moved)
        fail(moved.message());
    VisitReportDialog report(*workspace->commands(), visit, user, &window);
    report.trustedPersonPresent()->setChecked(true);
    report.professionalPresent()->setChecked(true);
    const auto fill = [&report](const char *name, const QString &text) {
        if (auto *field = report.findChild<QPlainTextEdit *>(QLatin1String(name)))
            field->setPlainText(text);
    };
    fill("trustedPersonTasks", QStringLiteral("De brief van de woningcorporatie vertaald en "
                                              "uitgelegd wat er van het gezin verwacht wordt."));
    fill("professionalTasks", QStringLiteral("Samen een weekplanning gemaakt voor school en "
                                             "sport; het aanmelden bij de schuldhulp besproken."));
    fill("notes", QStringLiteral("Rustig bezoek, beide ouders thuis. De oudste heeft een "
                                 "bijbaan gevonden; de brief over de huurachterstand baart "
                                 "moeder zorgen."));
    if (QCheckBox *housing = report.topicBox(LifeDomain::Housing))
        housing->setChecked(true);
    if (QCheckBox *finances = report.topicBox(LifeDomain::Finances))
        finances->setChecked(true);
    report.addFollowUpRow();
    if (auto *action = report.findChild<QLineEdit *>(QStringLiteral("followUpDescription")))
        action->setText(QStringLiteral("Afspraak maken bij de schuldhulpverlening"));
    report.show();
    // Both columns side by side, as on a laptop's screen.
    report.resize(1100, std::min(report.sizeHint().height(), 720));
    save(&report, out.filePath(QStringLiteral("visit-report-nl.png")));
    report.hide();

    // A supervisor's review of the last three months, pseudonymised: the network per duo.
    SupervisionPackageWriter::Options exportOptions;
    exportOptions.request.from = today.addMonths(-3);
    exportOptions.request.to = today;
    exportOptions.request.pseudonymize = true;
    exportOptions.exportedBy = QStringLiteral("Coördinator");
    exportOptions.actor = Actor::commandLine();
    exportOptions.organisation = QStringLiteral("Stichting Samen Thuis");
    // A file of its own: the feedback beside the first package belongs to that one.
    const QString package = dir.filePath(QStringLiteral("supervisie.duosup"));
    if (auto written = SupervisionPackageWriter::write(window.database(), package, exportOptions);
        !written)
        fail(written.message());
    ReviewWindow *review = ReviewWindow::open(package);
    if (!review)
        fail(QStringLiteral("the review window did not open"));
    review->resize(1280, 800);
    review->figures()->perDuoTabs()->setCurrentIndex(1);
    settle();
    save(review, out.filePath(QStringLiteral("review-network-nl.png")));
    delete review;
    return 0;
}
