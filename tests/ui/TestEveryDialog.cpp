// Every dialog of ui/dialogs as a keyboard user and a user of a small screen meets it, in Dutch
// (issue 13, points 3, 4, 5 and 20): it opens with the cursor in its first field, Tab walks the
// fields as the eye reads them and ends at the buttons, every form label has a shortcut letter
// of its own, Esc asks before typed work is thrown away, and on a 1366×768 screen at 150 % the
// dialog and the main window (on every page) fit, the rest scrolls. The screen is made so: the
// offscreen platform gets a 1366×768 screen and QT_SCALE_FACTOR is 1.5 before the application
// starts (see main()). With DUOCOACH_SHOTS=DIR it saves what it saw there, to be looked at.

#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/AccessLogDialog.h"
#include "dialogs/AssignDuoDialog.h"
#include "dialogs/CalendarExportDialog.h"
#include "dialogs/CloseConcernDialog.h"
#include "dialogs/ConnectServerDialog.h"
#include "dialogs/ConsentDialog.h"
#include "dialogs/DebriefHeldDialog.h"
#include "dialogs/DueForRemovalDialog.h"
#include "dialogs/DuoDialog.h"
#include "dialogs/EditDialog.h"
#include "dialogs/EvaluationDialog.h"
#include "dialogs/FamilyDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/GoalDialog.h"
#include "dialogs/HandoverDialog.h"
#include "dialogs/MapEntryDialog.h"
#include "dialogs/MeetingDialog.h"
#include "dialogs/MemberDialog.h"
#include "dialogs/MissedVisitDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/PlanVisitDialog.h"
#include "dialogs/RaiseConcernDialog.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/ReferralStepDialog.h"
#include "dialogs/RestoreBackupDialog.h"
#include "dialogs/SupervisionExportDialog.h"
#include "dialogs/SupportDialog.h"
#include "dialogs/SupportReviewDialog.h"
#include "dialogs/TrainingDialog.h"
#include "dialogs/VisitReportDialog.h"
#include "dialogs/WithdrawConsentDialog.h"
#include "dialogs/WorkerDialog.h"
#include "dialogs/WorkingAsDialog.h"
#include "services/Translations.h"
#include "storage/Backups.h"
#include "storage/ConsentStore.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/SafetyConcernStore.h"
#include "storage/VisitStore.h"
#include "storage/WorkerStore.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {
const QSize ScreenPixels(1366, 768);
const qreal Scale = 1.5;

// The widget a user sees as having the focus: a spin box or combo box, not the line edit in it.
QWidget *owner(QWidget *widget)
{
    while (widget && widget->parentWidget() &&
           (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<QComboBox *>(widget->parentWidget())))
        widget = widget->parentWidget();
    return widget;
}

bool inButtonBox(const QWidget *widget)
{
    return widget && qobject_cast<const QDialogButtonBox *>(widget->parentWidget());
}

// The fields Tab must reach: visible, enabled, taking Tab; not the insides of a spin box, a
// combo box or a list's cells, and of a group of radio buttons only the one chosen.
QList<QWidget *> tabStops(QDialog *dialog)
{
    QList<QWidget *> stops;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible() || !w->isEnabled())
            continue;
        if (owner(w) != w)
            continue;
        bool inView = false;
        for (QWidget *p = w->parentWidget(); p && p != dialog; p = p->parentWidget())
            if (qobject_cast<QAbstractItemView *>(p))
                inView = true;
        if (inView)
            continue;
        if (auto *radio = qobject_cast<QRadioButton *>(w); radio && !radio->isChecked())
            continue;
        stops << w;
    }
    return stops;
}

QRect placeIn(QDialog *dialog, QWidget *w)
{
    return QRect(w->mapTo(dialog, QPoint(0, 0)), w->size());
}

QString describe(QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    QString text;
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        text = button->text();
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toCaseFolded();
    }
    return {};
}

} // namespace

class TestEveryDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensInTheFirstFieldAndTabFollowsTheEye_data() { dialogs(); }
    void opensInTheFirstFieldAndTabFollowsTheEye();
    void everyLabelHasAShortcutOfItsOwn_data() { dialogs(); }
    void everyLabelHasAShortcutOfItsOwn();
    void fitsASmallScreenAtLargeScale_data() { dialogs(); }
    void fitsASmallScreenAtLargeScale();
    void escAsksBeforeThrowingChangesAway_data() { dialogs(true); }
    void escAsksBeforeThrowingChangesAway();
    void mainWindowFitsOnEveryPage();
    void aSentenceAsYouTypeMovesNoField_data();
    void aSentenceAsYouTypeMovesNoField();

private:
    void dialogs(bool formsOnly = false);
    QDialog *make(const QString &name);
    QDialog *showDialog(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QMap<QString, std::function<QDialog *()>> m_makers;
    QSet<QString> m_forms;
    QPointer<QDialog> m_dialog;
    Family m_family;
    Duo m_duo;
    Worker m_trustedPerson;
    Visit m_visit;
};

void TestEveryDialog::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    QVERIFY(Translations::install(QStringLiteral("nl")));
    // The screen main() asked for.
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QCOMPARE(screen->geometry().size(), (QSizeF(ScreenPixels) / Scale).toSize());
}

void TestEveryDialog::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("dialogs.sqlite"));
    auto opened = UiTestSupport::demoDatabase(path, 30);
    DC_VERIFY_OK(opened);
    Database &db = *opened.value();
    // A family with a current duo and a household, and a visit of three days ago to report.
    auto found = db.exec(QStringLiteral("SELECT a.family_id, a.duo_id FROM assignments a "
                                        "JOIN families f ON f.id = a.family_id "
                                        "WHERE a.to_date IS NULL AND f.status <> 'closed' "
                                        "AND (SELECT count(*) FROM household_members m "
                                        "     WHERE m.family_id = f.id) >= 2 "
                                        "ORDER BY a.family_id LIMIT 1"));
    DC_VERIFY_OK(found);
    QVERIFY(found.value()->next());
    const qint64 familyId = found.value()->value(0).toLongLong();
    const qint64 duoId = found.value()->value(1).toLongLong();
    found.value()->finish();
    m_family = FamilyStore(db).get(familyId).value();
    m_duo = DuoStore(db).get(duoId).value();
    m_trustedPerson = WorkerStore(db).get(m_duo.trustedPersonId).value();
    Visit visit;
    visit.familyId = familyId;
    visit.duoId = duoId;
    visit.start = QDateTime(QDate::currentDate().addDays(-3), QTime(10, 0));
    auto added = VisitStore(db).add(visit);
    DC_VERIFY_OK(added);
    m_visit = VisitStore(db).get(added.value()).value();
    const qint64 concernId =
        db.scalar(QStringLiteral("SELECT id FROM safety_concerns ORDER BY id LIMIT 1"))
            ->toLongLong();
    const qint64 consentId =
        db.scalar(QStringLiteral("SELECT id FROM consents ORDER BY id LIMIT 1"))->toLongLong();
    QVERIFY(concernId > 0);
    QVERIFY(consentId > 0);
    const SafetyConcern concern = SafetyConcernStore(db).get(concernId).value();
    const Consent consent = ConsentStore(db).get(consentId).value();

    // A backup to choose in the restore dialog.
    DC_VERIFY_OK(Backups::make(db));
    m_window = std::make_unique<MainWindow>(std::move(opened).value());
    Workspace *workspace = m_window->workspace();
    workspace->setCurrentUser(UiTestSupport::workingAs(m_trustedPerson));
    EditCommands &commands = *workspace->commands();
    Database &database = commands.database();
    MainWindow *window = m_window.get();
    const CurrentUser user = workspace->currentUser();
    const QString title = m_family.caseCode;

    m_forms = {QStringLiteral("Nieuw gezin"),
               QStringLiteral("Gezin wijzigen"),
               QStringLiteral("Nieuwe organisatie"),
               QStringLiteral("Nieuwe medewerker"),
               QStringLiteral("Nieuw duo"),
               QStringLiteral("Gezinslid"),
               QStringLiteral("Duo toewijzen"),
               QStringLiteral("Duo beëindigen"),
               QStringLiteral("Bezoek plannen"),
               QStringLiteral("Bezoek verzetten"),
               QStringLiteral("Verslag"),
               QStringLiteral("Niet gekomen"),
               QStringLiteral("Doel"),
               QStringLiteral("Evaluatie"),
               QStringLiteral("Vervolgactie"),
               QStringLiteral("Netwerkkaart"),
               QStringLiteral("Casuïstiekoverleg"),
               QStringLiteral("Nabespreking"),
               QStringLiteral("Scholing"),
               QStringLiteral("Zorg melden"),
               QStringLiteral("Zorg afsluiten"),
               QStringLiteral("Toestemming"),
               QStringLiteral("Toestemming intrekken")};
    m_makers = {
        {QStringLiteral("Nieuw gezin"),
         [&commands, window] {
             return new FamilyDialog(commands, std::nullopt, window);
         }},
        {QStringLiteral("Gezin wijzigen"),
         [&commands, window, this] {
             return new FamilyDialog(commands, m_family, window);
         }},
        {QStringLiteral("Nieuwe organisatie"),
         [&commands, window] {
             return new OrganisationDialog(commands, std::nullopt, window);
         }},
        {QStringLiteral("Nieuwe medewerker"),
         [&commands, window] {
             return new WorkerDialog(commands, std::nullopt, window);
         }},
        {QStringLiteral("Nieuw duo"),
         [&commands, window] {
             return new DuoDialog(commands, std::nullopt, window);
         }},
        {QStringLiteral("Gezinslid"),
         [&commands, window, this, title] {
             HouseholdMember member;
             member.familyId = m_family.id;
             return new MemberDialog(commands, member, title, window);
         }},
        {QStringLiteral("Duo toewijzen"),
         [&commands, window, this] {
             return new AssignDuoDialog(commands, m_family, window);
         }},
        {QStringLiteral("Duo beëindigen"),
         [&commands, window, this] {
             return new HandoverDialog(commands, HandoverDialog::Kind::EndDuo, m_duo.id, window);
         }},
        {QStringLiteral("Bezoek plannen"),
         [&commands, window, this] {
             return new PlanVisitDialog(commands, {m_duo},
                                        QDateTime(QDate::currentDate().addDays(2), QTime(9, 0)),
                                        window);
         }},
        {QStringLiteral("Bezoek verzetten"),
         [&commands, window, this] {
             return new PlanVisitDialog(commands, m_visit, window);
         }},
        {QStringLiteral("Verslag"),
         [&commands, window, this, user] {
             return new VisitReportDialog(commands, m_visit.id, user, window);
         }},
        {QStringLiteral("Niet gekomen"),
         [&commands, window, this] {
             return new MissedVisitDialog(commands, m_visit, VisitStatus::NoShow, window);
         }},
        {QStringLiteral("Doel"),
         [&commands, window, this, title] {
             Goal goal;
             goal.familyId = m_family.id;
             return new GoalDialog(commands, goal, title, window);
         }},
        {QStringLiteral("Evaluatie"),
         [&commands, window, this, title] {
             return new EvaluationDialog(commands, m_family.id, title, window);
         }},
        {QStringLiteral("Vervolgactie"),
         [&commands, window, this] {
             return new FollowUpDialog(commands, m_family, m_duo, m_duo.trustedPersonId, window);
         }},
        {QStringLiteral("Ondersteuning"),
         [&commands, window, this] {
             return new SupportDialog(commands, m_family.id, m_family.caseCode, window);
         }},
        {QStringLiteral("Helpt het"),
         [&commands, window, this] {
             Support support;
             support.familyId = m_family.id;
             support.provider = QStringLiteral("Wijkteam Overvecht");
             support.what = QStringLiteral("Schuldhulpverlening");
             support.from = QDate::currentDate().addDays(-60);
             return new SupportReviewDialog(commands, support, window);
         }},
        {QStringLiteral("Verwijzen"),
         [&commands, window, this] {
             return new ReferralDialog(commands, m_family, m_duo, m_duo.trustedPersonId, 0, window);
         }},
        {QStringLiteral("Verwijzing, volgende stap"),
         [&commands, window, this] {
             Referral referral;
             referral.familyId = m_family.id;
             referral.organisationName = QStringLiteral("Jeugdteam Overvecht");
             referral.reason = QStringLiteral("Opvoedvragen");
             referral.sentOn = QDate::currentDate().addDays(-20);
             return new ReferralStepDialog(commands, referral, window);
         }},
        {QStringLiteral("Netwerkkaart"),
         [&commands, window, this] {
             NetworkMapEntry entry;
             entry.familyId = m_family.id;
             return new MapEntryDialog(commands, entry, m_family.caseCode, window);
         }},
        {QStringLiteral("Casuïstiekoverleg"),
         [&commands, window, this] {
             return new MeetingDialog(commands, m_family.id, window);
         }},
        {QStringLiteral("Nabespreking"),
         [&commands, window, this] {
             Debrief debrief;
             debrief.familyId = m_family.id;
             debrief.caseCode = m_family.caseCode;
             debrief.workerName = m_trustedPerson.name;
             debrief.visitDay = QDate::currentDate().addDays(-4);
             debrief.askedOn = QDate::currentDate().addDays(-3);
             return new DebriefHeldDialog(commands, debrief, QStringLiteral("Petra"), window);
         }},
        {QStringLiteral("Scholing"),
         [&commands, window, this] {
             return new TrainingDialog(commands, m_trustedPerson.id, m_trustedPerson.name, window);
         }},
        {QStringLiteral("Zorg melden"),
         [&commands, window, this, user] {
             return new RaiseConcernDialog(commands, m_family, 0, user, window);
         }},
        {QStringLiteral("Zorg afsluiten"),
         [&commands, window, concern, user] {
             return new CloseConcernDialog(commands, concern, user, window);
         }},
        {QStringLiteral("Toestemming"),
         [&commands, window, this] {
             return new ConsentDialog(commands, m_family.id, window);
         }},
        {QStringLiteral("Toestemming intrekken"),
         [&commands, window, consent] {
             return new WithdrawConsentDialog(commands, consent, window);
         }},
        {QStringLiteral("Te verwijderen"),
         [&commands, window] {
             return new DueForRemovalDialog(commands, window);
         }},
        {QStringLiteral("Toegangslog"),
         [&database, &commands, window, this] {
             return new AccessLogDialog(database, commands.actor(), m_family.id, window);
         }},
        {QStringLiteral("Agenda-export"),
         [&database, window, user] {
             return new CalendarExportDialog(database, user, window);
         }},
        {QStringLiteral("Supervisie-export"),
         [&database, window, user] {
             return new SupervisionExportDialog(database, user, window);
         }},
        {QStringLiteral("Back-up terugzetten"),
         [window, path] {
             return new RestoreBackupDialog(path, 5, window);
         }},
        {QStringLiteral("Back-up terugzetten, nog geen"),
         [window, this] {
             return new RestoreBackupDialog(m_dir->filePath(QStringLiteral("new.sqlite")), 5,
                                            window);
         }},
        {QStringLiteral("Werken als"),
         [&database, window, user] {
             return new WorkingAsDialog(database, user, window);
         }},
        {QStringLiteral("Verbinden met teamserver"),
         [window] {
             return new ConnectServerDialog(
                 {QStringLiteral("postgresql://anna@db.example.org/duocoach")}, window);
         }},
    };
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestEveryDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    delete m_dialog;
    m_window.reset();
    m_dir.reset();
}

void TestEveryDialog::dialogs(bool formsOnly)
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"Nieuw gezin",
                             "Gezin wijzigen",
                             "Nieuwe organisatie",
                             "Nieuwe medewerker",
                             "Nieuw duo",
                             "Gezinslid",
                             "Duo toewijzen",
                             "Duo beëindigen",
                             "Bezoek plannen",
                             "Bezoek verzetten",
                             "Verslag",
                             "Niet gekomen",
                             "Doel",
                             "Evaluatie",
                             "Vervolgactie",
                             "Ondersteuning",
                             "Helpt het",
                             "Verwijzen",
                             "Verwijzing, volgende stap",
                             "Netwerkkaart",
                             "Casuïstiekoverleg",
                             "Nabespreking",
                             "Scholing",
                             "Zorg melden",
                             "Zorg afsluiten",
                             "Toestemming",
                             "Toestemming intrekken",
                             "Te verwijderen",
                             "Toegangslog",
                             "Agenda-export",
                             "Supervisie-export",
                             "Back-up terugzetten",
                             "Back-up terugzetten, nog geen",
                             "Werken als",
                             "Verbinden met teamserver"}) {
        const QString row = QString::fromUtf8(name);
        // Esc only matters where something is typed and saved.
        if (formsOnly &&
            (row == QLatin1String("Te verwijderen") || row == QLatin1String("Toegangslog") ||
             row.endsWith(QLatin1String("export")) ||
             row.startsWith(QLatin1String("Back-up terugzetten")) ||
             row == QLatin1String("Werken als") ||
             row == QLatin1String("Verbinden met teamserver")))
            continue;
        QTest::newRow(name) << row;
    }
}

QDialog *TestEveryDialog::make(const QString &name)
{
    if (!m_makers.contains(name))
        return nullptr;
    m_dialog = m_makers.value(name)();
    return m_dialog;
}

QDialog *TestEveryDialog::showDialog(const QString &name)
{
    QDialog *dialog = make(name);
    if (!dialog)
        return nullptr;
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    // The keyboard goes to the dialog, not to the window behind it.
    for (int i = 0; i < 50 && QApplication::activeWindow() != dialog; ++i)
        QTest::qWait(10);
    return QApplication::activeWindow() == dialog ? dialog : nullptr;
}

void TestEveryDialog::opensInTheFirstFieldAndTabFollowsTheEye()
{
    QFETCH(QString, name);
    QDialog *dialog = showDialog(name);
    QVERIFY(dialog);

    // The cursor in the first field: the top one (the left one of a row), never a button.
    const QList<QWidget *> stops = tabStops(dialog);
    QVERIFY(!stops.isEmpty());
    QWidget *first = nullptr;
    for (QWidget *w : stops) {
        if (inButtonBox(w))
            continue;
        // A row's widgets differ in height (a radio button beside a combo box): widgets
        // beside each other overlap, whatever their tops.
        const QRect r = placeIn(dialog, w);
        if (!first)
            first = w;
        const QRect best = placeIn(dialog, first);
        const bool sameRow = r.top() < best.bottom() && best.top() < r.bottom();
        if ((sameRow && r.left() < best.left()) || (!sameRow && r.top() < best.top()))
            first = w;
    }
    QWidget *focused = owner(dialog->focusWidget());
    // A dialog with nothing to fill in (no backups to choose from) can only be closed.
    if (!first) {
        QVERIFY2(focused && inButtonBox(focused),
                 qPrintable(QStringLiteral("opens on %1").arg(describe(focused))));
        return;
    }
    QVERIFY2(focused && !qobject_cast<QPushButton *>(focused),
             qPrintable(QStringLiteral("opens on %1").arg(describe(focused))));
    QVERIFY2(focused == first, qPrintable(QStringLiteral("opens on %1, the first field is %2")
                                              .arg(describe(focused), describe(first))));

    // Tab walks every field, as the eye reads the form, and then the buttons.
    QList<QWidget *> walked{focused};
    for (int press = 0; press < 400; ++press) {
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QWidget *now = owner(dialog->focusWidget());
        QVERIFY2(now && dialog->isAncestorOf(now),
                 qPrintable(
                     QStringLiteral("Tab left the dialog after %1").arg(describe(walked.last()))));
        // Tab walks a date's day, month and year before leaving it: back at the first field
        // only counts once Tab has been somewhere else.
        if (now == focused && walked.size() > 1)
            break;
        if (now != walked.last()) // Tab moving inside a table of fields is one stop
            walked << now;
    }
    QStringList path;
    for (QWidget *w : std::as_const(walked))
        path << describe(w);
    QVERIFY2(owner(dialog->focusWidget()) == focused,
             qPrintable(QStringLiteral("Tab never comes back to %1; it walks %2")
                            .arg(describe(focused), path.join(QStringLiteral(" → ")))));
    for (QWidget *stop : stops)
        QVERIFY2(walked.contains(stop),
                 qPrintable(QStringLiteral("Tab never reaches %1; it walks %2")
                                .arg(describe(stop), path.join(QStringLiteral(" → ")))));
    bool buttons = false;
    for (int i = 0; i < walked.size(); ++i) {
        QWidget *w = walked.at(i);
        if (inButtonBox(w)) {
            buttons = true;
            continue;
        }
        QVERIFY2(!buttons,
                 qPrintable(QStringLiteral("%1 comes after the buttons").arg(describe(w))));
        if (i == 0)
            continue;
        const QRect before = placeIn(dialog, walked.at(i - 1));
        const QRect here = placeIn(dialog, w);
        // Below the field before, on its line, or at the top of a column further right.
        const bool below = here.top() >= before.top() - 4;
        const bool nextColumn = here.left() >= before.right() - 4;
        QVERIFY2(below || nextColumn,
                 qPrintable(QStringLiteral("Tab goes up from %1 to %2")
                                .arg(describe(walked.at(i - 1)), describe(w))));
    }
    QVERIFY2(buttons, "Tab never reaches the buttons");
}

void TestEveryDialog::everyLabelHasAShortcutOfItsOwn()
{
    QFETCH(QString, name);
    QDialog *dialog = showDialog(name);
    QVERIFY(dialog);
    QMap<QChar, QString> taken;
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
        if (button->isVisible())
            if (const QChar c = mnemonic(button->text()); !c.isNull()) {
                QVERIFY2(!taken.contains(c),
                         qPrintable(QStringLiteral("\"%1\" and \"%2\" share Alt+%3")
                                        .arg(taken.value(c), button->text(), c)));
                taken.insert(c, button->text());
            }
    int labels = 0;
    for (QFormLayout *form : dialog->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (!label || label->text().isEmpty() || !label->isVisibleTo(dialog))
                continue;
            // A row that only shows a value has no field to go to.
            QList<QWidget *> fields;
            if (QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole)) {
                if (field->widget())
                    fields << field->widget() << field->widget()->findChildren<QWidget *>();
                else if (field->layout())
                    for (int i = 0; i < field->layout()->count(); ++i)
                        if (QWidget *w = field->layout()->itemAt(i)->widget())
                            fields << w;
            }
            if (std::none_of(fields.cbegin(), fields.cend(), [](const QWidget *w) {
                    return bool(w->focusPolicy() & Qt::TabFocus);
                }))
                continue;
            ++labels;
            const QChar c = mnemonic(label->text());
            QVERIFY2(
                !c.isNull(),
                qPrintable(QStringLiteral("\"%1\" has no shortcut letter").arg(label->text())));
            QVERIFY2(label->buddy(),
                     qPrintable(QStringLiteral("\"%1\" leads to no field").arg(label->text())));
            QVERIFY2(!taken.contains(c), qPrintable(QStringLiteral("\"%1\" and \"%2\" share Alt+%3")
                                                        .arg(taken.value(c), label->text(), c)));
            taken.insert(c, label->text());
            // And the letter takes the cursor to the field.
            if (label->buddy()->isEnabled() && label->buddy()->isVisible()) {
                QTest::keyClick(dialog, c.toLatin1() ? c.toLatin1() : 'x', Qt::AltModifier);
                QTRY_COMPARE(owner(dialog->focusWidget()),
                             owner(label->buddy()->focusProxy() ? label->buddy()->focusProxy()
                                                                : label->buddy()));
            }
        }
    }
    Q_UNUSED(labels);
}

void TestEveryDialog::fitsASmallScreenAtLargeScale()
{
    QFETCH(QString, name);
    QDialog *dialog = showDialog(name);
    QVERIFY(dialog);
    const QRect screen = dialog->screen()->availableGeometry();
    // What the dialog needs at least, and where it opened, both within the screen.
    const QSize needs = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
    QVERIFY2(needs.width() <= screen.width() && needs.height() <= screen.height() - 40,
             qPrintable(QStringLiteral("needs %1×%2 of a screen of %3×%4")
                            .arg(needs.width())
                            .arg(needs.height())
                            .arg(screen.width())
                            .arg(screen.height())));
    QVERIFY2(screen.contains(dialog->geometry()),
             qPrintable(QStringLiteral("opens at %1,%2 %3×%4 on a screen of %5×%6")
                            .arg(dialog->x())
                            .arg(dialog->y())
                            .arg(dialog->width())
                            .arg(dialog->height())
                            .arg(screen.width())
                            .arg(screen.height())));
    // The fields get the room the screen has: a form is never squeezed to a sliver above its
    // buttons, and scrolls only when it is taller than the screen allows.
    for (const QScrollArea *area : dialog->findChildren<QScrollArea *>()) {
        if (!area->isVisible() || !area->widget())
            continue;
        const int room = qMin(area->widget()->sizeHint().height(), screen.height() / 2);
        QVERIFY2(area->viewport()->height() >= room,
                 qPrintable(QStringLiteral("the fields get %1 of the %2 they need")
                                .arg(area->viewport()->height())
                                .arg(area->widget()->sizeHint().height())));
    }
    // DUOCOACH_SHOTS=DIR keeps a picture of each dialog as this screen shows it, to look at.
    if (const QString shots = qEnvironmentVariable("DUOCOACH_SHOTS"); !shots.isEmpty())
        dialog->grab().save(QDir(shots).filePath(name + QStringLiteral(".png")));
    // Every button of the box can be reached (on screen, not scrolled away).
    for (QAbstractButton *button : dialog->findChildren<QDialogButtonBox *>().value(0)->buttons())
        QVERIFY(
            dialog->rect().contains(QRect(button->mapTo(dialog, QPoint(0, 0)), button->size())));
}

void TestEveryDialog::escAsksBeforeThrowingChangesAway()
{
    QFETCH(QString, name);
    // Unchanged: Esc closes at once.
    QDialog *dialog = showDialog(name);
    QVERIFY(dialog);
    QPointer<QDialog> guard(dialog);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    delete m_dialog;

    // Changed: Esc asks; "keep editing" keeps all of it, "discard" closes.
    dialog = showDialog(name);
    QVERIFY(dialog);
    guard = dialog;
    QWidget *field = nullptr;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled())
            continue;
        auto *line = qobject_cast<QLineEdit *>(w);
        if ((line && !line->isReadOnly() && !owner(line)->inherits("QAbstractSpinBox") &&
             owner(line) == line) ||
            (qobject_cast<QPlainTextEdit *>(w) &&
             !static_cast<QPlainTextEdit *>(w)->isReadOnly())) {
            field = w;
            break;
        }
    }
    if (field) {
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("xy"));
    } else {
        // No text to type: another choice in a list, or a later date or time.
        QComboBox *box = nullptr;
        for (QComboBox *b : dialog->findChildren<QComboBox *>())
            if (!box && b->isVisible() && b->isEnabled() && b->count() > 1)
                box = b;
        QAbstractSpinBox *spin = nullptr;
        for (QAbstractSpinBox *s : dialog->findChildren<QAbstractSpinBox *>())
            if (!spin && s->isVisible() && s->isEnabled() && !s->isReadOnly())
                spin = s;
        QVERIFY2(box || spin, "nothing to change");
        if (box) {
            box->setFocus();
            QTest::keyClick(box,
                            box->currentIndex() + 1 < box->count() ? Qt::Key_Down : Qt::Key_Up);
        } else {
            spin->setFocus();
            const QString was = spin->text();
            QTest::keyClick(spin, Qt::Key_Up);
            if (spin->text() == was) // at its latest day already
                QTest::keyClick(spin, Qt::Key_Down);
        }
    }
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
    QVERIFY(guard && guard->isVisible());
    QCOMPARE(MessageBox::lastText(),
             QCoreApplication::translate("EditDialog", "What you entered in this form has not "
                                                       "been saved. Discard it?"));
    // Closing the window asks the same.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->close();
    QVERIFY(guard && guard->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestEveryDialog::mainWindowFitsOnEveryPage()
{
    const QRect screen = m_window->screen()->availableGeometry();
    Workspace *workspace = m_window->workspace();
    for (int page = 0; page < Workspace::PageCount; ++page) {
        workspace->setCurrentPage(Workspace::Page(page));
        QApplication::processEvents();
        const QSize needs = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(needs.width() <= screen.width() && needs.height() <= screen.height() - 40,
                 qPrintable(QStringLiteral("page %1 needs %2×%3 of a screen of %4×%5")
                                .arg(page)
                                .arg(needs.width())
                                .arg(needs.height())
                                .arg(screen.width())
                                .arg(screen.height())));
        if (const QString shots = qEnvironmentVariable("DUOCOACH_SHOTS"); !shots.isEmpty())
            m_window->grab().save(
                QDir(shots).filePath(QStringLiteral("hoofdvenster-%1.png").arg(page)));
        QVERIFY2(m_window->width() <= screen.width(),
                 qPrintable(QStringLiteral("page %1 is %2 wide").arg(page).arg(m_window->width())));
    }
}

void TestEveryDialog::aSentenceAsYouTypeMovesNoField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typed");
    QTest::newRow("postcode") << QStringLiteral("Nieuw gezin") << QStringLiteral("12");
    QTest::newRow("e-mail of a worker")
        << QStringLiteral("Nieuwe medewerker") << QStringLiteral("a@");
    QTest::newRow("e-mail of an organisation")
        << QStringLiteral("Nieuwe organisatie") << QStringLiteral("a@");
    QTest::newRow("birth year") << QStringLiteral("Gezinslid") << QStringLiteral("1850");
}

void TestEveryDialog::aSentenceAsYouTypeMovesNoField()
{
    QFETCH(QString, name);
    QFETCH(QString, typed);
    auto *dialog = qobject_cast<EditDialog *>(showDialog(name));
    QVERIFY(dialog);
    // The field whose sentence shows under it: the row above a row without a label.
    auto *form = dialog->findChild<QFormLayout *>();
    QVERIFY(form);
    QWidget *field = nullptr;
    for (int row = 1; row < form->rowCount() && !field; ++row) {
        QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *under = form->itemAt(row, QFormLayout::FieldRole);
        QLayoutItem *above = form->itemAt(row - 1, QFormLayout::FieldRole);
        if (!label && under && qobject_cast<QLabel *>(under->widget()) && above)
            field = above->widget();
    }
    QVERIFY(field);
    const auto places = [dialog] {
        QList<QRect> result;
        for (QWidget *w : dialog->findChildren<QWidget *>())
            if (w->isVisible() && (w->focusPolicy() & Qt::TabFocus))
                result << placeIn(dialog, w);
        result << dialog->geometry();
        return result;
    };
    const QList<QRect> before = places();
    field->setFocus();
    QTest::keyClicks(field, typed);
    QApplication::processEvents();
    QVERIFY2(!dialog->problemText().isEmpty(), "nothing is wrong with it");
    QCOMPARE(places(), before);
    // And when it is put right, nothing moves back either.
    for (int i = 0; i < typed.size(); ++i)
        QTest::keyClick(field, Qt::Key_Backspace);
    QApplication::processEvents();
    QCOMPARE(places(), before);
}

// A 1366×768 screen at 150 %: set before the application exists, as a user's session does.
int main(int argc, char **argv)
{
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("screen.json"));
    QFile json(file);
    if (!json.open(QIODevice::WriteOnly))
        return 2;
    json.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1,
                                 "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96,
                                 "dpr": 1}]})")
                   .arg(ScreenPixels.width())
                   .arg(ScreenPixels.height())
                   .toUtf8());
    json.close();
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(file).toUtf8());
    qputenv("QT_SCALE_FACTOR", QByteArray::number(Scale));
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestEveryDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestEveryDialog.moc"
