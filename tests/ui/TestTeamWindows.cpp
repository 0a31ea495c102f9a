// Two people on one team server (issue 15), each in a process of their own: this test's window,
// logged in as a duo coach, and a coordinator working with psql in another process. What the
// coordinator commits reaches the coach's window within a second; a save or an undo over the
// coordinator's change is refused with one sentence, and nothing either of them did is lost.

#include "TestSupport.h"

#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/EmergencyAccessDialog.h"
#include "dialogs/FamilyDialog.h"
#include "dialogs/GoalDialog.h"
#include "services/DemoGenerator.h"
#include "storage/FamilyStore.h"
#include "storage/GoalStore.h"
#include "storage/TeamLogins.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace TestSupport;

class TestTeamWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { UiTestSupport::failOnWarnings(); }
    void assignmentInAnotherProcessShowsWithinASecond();
    void saveOverAnotherUsersChangeIsRefused();
    void undoAfterAnotherUsersChangeIsRefused();
    void goalFormOverAnotherUsersChangeIsRefused();
    void emergencyAccessIsAskedAndShownToTheCoordinator();

private:
    // Runs one statement as the coordinator, in a psql process of its own.
    QString asCoordinator(const QString &sql) const;
    qint64 adminValue(const QString &sql) const;
    QString adminText(const QString &sql) const;
    std::unique_ptr<MainWindow> coachWindow() const;
    // A family of the coach's duo: the first, or the last, by id.
    qint64 coachFamily(bool last) const;

    QTemporaryDir m_dir;
    QString m_uri;
    QString m_coach, m_coordinator;
    qint64 m_coachWorker = 0;
    qint64 m_coachDuo = 0;
};

void TestTeamWindows::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty());
    m_uri = newServerDatabase(m_dir, QStringLiteral("team"));
    auto owner = Database::open(m_uri);
    DC_VERIFY_OK(owner);
    DemoGenerator::Options options;
    options.families = 20;
    DC_VERIFY_OK(DemoGenerator::generate(*owner.value(), options));
    m_coachDuo = adminValue(QStringLiteral("SELECT d.id FROM duos d JOIN assignments a ON "
                                           "a.duo_id = d.id WHERE a.to_date IS NULL GROUP BY d.id "
                                           "ORDER BY count(*) DESC, d.id LIMIT 1"));
    m_coachWorker = adminValue(
        QStringLiteral("SELECT trusted_person_id FROM duos WHERE id = %1").arg(m_coachDuo));
    const QString pid = QString::number(QCoreApplication::applicationPid());
    m_coach = QStringLiteral("window_coach_") + pid;
    m_coordinator = QStringLiteral("psql_coordinator_") + pid;
    TeamLogins team(*owner.value());
    DC_VERIFY_OK(team.add(m_coach, TeamKind::Coach, m_coachWorker, QString()));
    DC_VERIFY_OK(team.add(m_coordinator, TeamKind::Coordinator, 0, QString()));
}

QString TestTeamWindows::asCoordinator(const QString &sql) const
{
    QProcess psql;
    psql.start(QStringLiteral("psql"), {QStringLiteral("--no-psqlrc"), QStringLiteral("-v"),
                                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-qc"),
                                        sql, asRole(m_uri, m_coordinator)});
    if (!psql.waitForFinished(10000))
        return QStringLiteral("psql did not finish");
    return psql.exitCode() == 0 ? QString() : QString::fromUtf8(psql.readAllStandardError());
}

qint64 TestTeamWindows::adminValue(const QString &sql) const
{
    return adminText(sql).toLongLong();
}

QString TestTeamWindows::adminText(const QString &sql) const
{
    auto db = Database::open(m_uri, Database::Access::ReadOnly);
    if (!db)
        return {};
    auto value = db.value()->scalar(sql);
    return value ? value.value().toString() : QString();
}

std::unique_ptr<MainWindow> TestTeamWindows::coachWindow() const
{
    auto db = Database::open(asRole(m_uri, m_coach));
    if (!db)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(db).value());
    window->show();
    return window;
}

qint64 TestTeamWindows::coachFamily(bool last) const
{
    return adminValue(QStringLiteral("SELECT family_id FROM assignments WHERE duo_id = %1 AND "
                                     "to_date IS NULL ORDER BY family_id %2 LIMIT 1")
                          .arg(m_coachDuo)
                          .arg(last ? QStringLiteral("DESC") : QStringLiteral("ASC")));
}

void TestTeamWindows::assignmentInAnotherProcessShowsWithinASecond()
{
    auto window = coachWindow();
    QVERIFY(window);
    window->workspace()->setCurrentPage(Workspace::Families);
    FamilyListModel *families = window->workspace()->familyPage()->model();
    QTRY_VERIFY(families->rowCount() > 0);
    const int before = families->rowCount();
    const qint64 waiting = adminValue(
        QStringLiteral("SELECT id FROM families f WHERE status <> 'closed' AND NOT EXISTS "
                       "(SELECT 1 FROM assignments a WHERE a.family_id = f.id) ORDER BY id "
                       "LIMIT 1"));
    QVERIFY(waiting > 0);

    QElapsedTimer clock;
    clock.start();
    QCOMPARE(asCoordinator(QStringLiteral("INSERT INTO assignments (family_id, duo_id, from_date) "
                                          "VALUES (%1, %2, '%3')")
                               .arg(waiting)
                               .arg(m_coachDuo)
                               .arg(QDate::currentDate().toString(Qt::ISODate))),
             QString());
    // Within a second of the commit; psql's own start is inside the measured time too.
    QTRY_COMPARE_WITH_TIMEOUT(families->rowCount(), before + 1, 1000);
    qInfo("assignment visible after %lld ms (psql's start included)", clock.elapsed());
}

void TestTeamWindows::saveOverAnotherUsersChangeIsRefused()
{
    auto window = coachWindow();
    QVERIFY(window);
    const qint64 id = coachFamily(false);
    auto family = FamilyStore(window->database()).get(id);
    DC_VERIFY_OK(family);
    FamilyDialog dialog(*window->workspace()->commands(), family.value(), window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *street = dialog.findChild<QLineEdit *>(QStringLiteral("familyStreet"));
    QVERIFY(street);
    street->selectAll();
    QTest::keyClicks(street, QStringLiteral("Dagstraat 7"));

    // Meanwhile the coordinator corrects the family's city.
    QCOMPARE(
        asCoordinator(
            QStringLiteral("UPDATE families SET city = 'Öztürk-Yılmaz & Dağ stad' WHERE id = %1")
                .arg(id)),
        QString());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // kept open: "keep editing"
    const QString said = dialog.problemText();
    QVERIFY2(said.contains(m_coordinator) && said.contains(QLatin1String("while your form")),
             qPrintable(said));
    QVERIFY(dialog.reloadButton()->isVisible());
    // Nothing of the coach's was written; the coordinator's change stands.
    QCOMPARE(adminText(QStringLiteral("SELECT city FROM families WHERE id = %1").arg(id)),
             QStringLiteral("Öztürk-Yılmaz & Dağ stad"));
    QVERIFY(adminText(QStringLiteral("SELECT street FROM families WHERE id = %1").arg(id)) !=
            QStringLiteral("Dagstraat 7"));

    // Reload shows the coordinator's change; typed again, the coach's change is saved over it.
    QTest::mouseClick(dialog.reloadButton(), Qt::LeftButton);
    QVERIFY(!dialog.reloadButton()->isVisible());
    auto *city = dialog.findChild<QLineEdit *>(QStringLiteral("familyCity"));
    QVERIFY(city);
    QCOMPARE(city->text(), QStringLiteral("Öztürk-Yılmaz & Dağ stad"));
    street->selectAll();
    QTest::keyClicks(street, QStringLiteral("Dagstraat 7"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(
        adminText(
            QStringLiteral("SELECT city || ' / ' || street FROM families WHERE id = %1").arg(id)),
        QStringLiteral("Öztürk-Yılmaz & Dağ stad / Dagstraat 7"));
}

void TestTeamWindows::undoAfterAnotherUsersChangeIsRefused()
{
    auto window = coachWindow();
    QVERIFY(window);
    const qint64 id = coachFamily(true);
    auto family = FamilyStore(window->database()).get(id);
    DC_VERIFY_OK(family);
    Family changed = family.value();
    changed.district = QStringLiteral("Noord");
    EditCommands *commands = window->workspace()->commands();
    DC_VERIFY_OK(commands->editFamily(changed));
    QCOMPARE(asCoordinator(
                 QStringLiteral("UPDATE families SET district = 'Zuid' WHERE id = %1").arg(id)),
             QString());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    commands->undoStack()->undo();
    QVERIFY2(MessageBox::lastText().contains(m_coordinator), qPrintable(MessageBox::lastText()));
    QCOMPARE(adminText(QStringLiteral("SELECT district FROM families WHERE id = %1").arg(id)),
             QStringLiteral("Zuid"));
}

// Every form with a row behind it, not only the family's: here a goal.
void TestTeamWindows::goalFormOverAnotherUsersChangeIsRefused()
{
    const qint64 family = coachFamily(false);
    QCOMPARE(asCoordinator(QStringLiteral("INSERT INTO goals (family_id, life_domain, "
                                          "description, start_score, set_on) VALUES "
                                          "(%1, 'finances', 'Betaalt de huur', 2, '%2')")
                               .arg(family)
                               .arg(QDate::currentDate().toString(Qt::ISODate))),
             QString());
    const qint64 id =
        adminValue(QStringLiteral("SELECT max(id) FROM goals WHERE family_id = %1").arg(family));
    auto window = coachWindow();
    QVERIFY(window);
    auto goal = GoalStore(window->database()).get(id);
    DC_VERIFY_OK(goal);
    GoalDialog dialog(*window->workspace()->commands(), goal.value(), QStringLiteral("Dağ"),
                      window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.descriptionField()->selectAll();
    QTest::keyClicks(dialog.descriptionField(), QStringLiteral("Betaalt de huur zelf"));

    QCOMPARE(asCoordinator(QStringLiteral("UPDATE goals SET description = 'Betaalt de huur "
                                          "op tijd' WHERE id = %1")
                               .arg(id)),
             QString());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    const QString said = dialog.problemText();
    QVERIFY2(said.contains(m_coordinator) && said.contains(QLatin1String("while your form")),
             qPrintable(said));
    QCOMPARE(adminText(QStringLiteral("SELECT description FROM goals WHERE id = %1").arg(id)),
             QStringLiteral("Betaalt de huur op tijd"));
    QVERIFY(dialog.reloadButton()->isVisible());
    QTest::mouseClick(dialog.reloadButton(), Qt::LeftButton);
    QCOMPARE(dialog.descriptionField()->text(), QStringLiteral("Betaalt de huur op tijd"));
}

void TestTeamWindows::emergencyAccessIsAskedAndShownToTheCoordinator()
{
    auto window = coachWindow();
    QVERIFY(window);
    auto *menu = window->findChild<QAction *>(QStringLiteral("emergencyAccessAction"));
    QVERIFY(menu && menu->isVisible());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("workingAs"))->isVisible());
    const qint64 other = adminValue(
        QStringLiteral("SELECT family_id FROM assignments WHERE duo_id <> %1 AND to_date IS NULL "
                       "ORDER BY family_id LIMIT 1")
            .arg(m_coachDuo));
    const QString code =
        adminText(QStringLiteral("SELECT case_code FROM families WHERE id = %1").arg(other));
    QVERIFY(!FamilyStore(window->database()).get(other));

    // Asked by keyboard: the case code, the reason, the time, then the button.
    EmergencyAccessDialog dialog(window->database(), window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.caseCodeField(), code);
    QTest::keyClicks(dialog.reasonField(), QStringLiteral("Collega ziek, zorgmelding opvolgen"));
    auto *ask = dialog.findChild<QPushButton *>(QStringLiteral("emergencyAsk"));
    QVERIFY(ask);
    QTest::mouseClick(ask, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.familyId(), other);
    QVERIFY(FamilyStore(window->database()).get(other));

    // The coordinator's Today page lists it, and the coordinator's window has no such menu.
    auto db = Database::open(asRole(m_uri, m_coordinator));
    DC_VERIFY_OK(db);
    MainWindow coordinator(std::move(db).value());
    coordinator.show();
    QVERIFY(
        !coordinator.findChild<QAction *>(QStringLiteral("emergencyAccessAction"))->isVisible());
    auto *list = coordinator.findChild<QTreeWidget *>(QStringLiteral("todayEmergencyAccess"));
    QVERIFY(list);
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->isVisibleTo(&coordinator));
    QCOMPARE(list->topLevelItem(0)->text(0), code);
    QCOMPARE(list->topLevelItem(0)->text(1), m_coach);
}

QTEST_MAIN(TestTeamWindows)
#include "TestTeamWindows.moc"
