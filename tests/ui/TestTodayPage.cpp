// The Today start page and "Working as": a coordinator sees every duo's day, a duo coach
// picked in the dialog sees their own; the choice is remembered for the file; the quiet-days
// setting changes the list; opening a family jumps to it.

#include "FamilyDetailPane.h"
#include "FamilyPage.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "dialogs/WorkingAsDialog.h"
#include "services/TodayAgenda.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

class TestTodayPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void coordinatorSeesEveryone();
    void workingAsAWorkerIsRememberedPerFile();
    void quietDaysSettingChangesTheList();
    void openingAQuietFamilyShowsIt();
    // Issue 13, point 20: Tab goes through Today from top to bottom.
    void tabOrderIsTopToBottom();

private:
    int count(const QString &sql, const QVariantList &binds = {}) const;
    // Answers the Working-as dialog once it is open: picks `worker` and presses OK.
    void answerWorkingAs(qint64 worker);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    TodayPage *m_page = nullptr;
};

void TestTodayPage::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestTodayPage::init()
{
    UiTestSupport::failOnWarnings();
    Settings::setValue(Settings::Key::WorkingAs, QVariantMap());
    Settings::setValue(Settings::Key::QuietDays, TodayAgenda::DefaultQuietDays);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = UiTestSupport::demoDatabase(m_dir->filePath(QStringLiteral("today.sqlite")), 120);
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_page = m_workspace->todayPage();
    m_page->setDay(UiTestSupport::today());
    m_workspace->reload();
    m_workspace->resize(1200, 800);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    QCOMPARE(m_workspace->currentPage(), Workspace::Today);
}

void TestTodayPage::cleanup()
{
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

int TestTodayPage::count(const QString &sql, const QVariantList &binds) const
{
    auto n = m_db->scalar(sql, binds);
    return n ? n->toInt() : -1;
}

void TestTodayPage::answerWorkingAs(qint64 worker)
{
    QTimer::singleShot(0, this, [worker] {
        auto *dialog = qobject_cast<WorkingAsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QComboBox *workers = dialog->workers();
        const int index = workers->findData(worker);
        QVERIFY(index >= 0);
        // As a user would: open the list and pick the name with the keyboard.
        workers->setFocus();
        workers->setCurrentIndex(0);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(workers, Qt::Key_Down);
        emit workers->activated(index);
        QVERIFY(dialog->workerChoice()->isChecked());
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
}

void TestTodayPage::coordinatorSeesEveryone()
{
    const QString day = UiTestSupport::today().toString(Qt::ISODate);
    const int visits = count(QStringLiteral("SELECT count(*) FROM visits WHERE substr(starts_at, "
                                            "1, 10) = ?"),
                             {day});
    QVERIFY(visits > 0);
    QCOMPARE(m_page->visitList()->topLevelItemCount(), visits);
    const int due = count(QStringLiteral("SELECT count(*) FROM follow_ups WHERE done_on IS NULL "
                                         "AND due_on <= ?"),
                          {UiTestSupport::today().addDays(7).toString(Qt::ISODate)});
    QCOMPARE(m_page->followUpList()->topLevelItemCount(), due);
}

void TestTodayPage::workingAsAWorkerIsRememberedPerFile()
{
    // The trusted person with the most visits today.
    const QString day = UiTestSupport::today().toString(Qt::ISODate);
    auto busiest = m_db->scalar(
        QStringLiteral("SELECT d.trusted_person_id FROM visits v JOIN duos d ON d.id = v.duo_id "
                       "WHERE substr(v.starts_at, 1, 10) = ? GROUP BY d.trusted_person_id "
                       "ORDER BY count(*) DESC LIMIT 1"),
        {day});
    DC_VERIFY_OK(busiest);
    const qint64 worker = busiest->toLongLong();
    const int mine =
        count(QStringLiteral("SELECT count(*) FROM visits v JOIN duos d ON d.id = v.duo_id WHERE "
                             "substr(v.starts_at, 1, 10) = ? AND d.trusted_person_id = ?"),
              {day, worker});
    QVERIFY(mine > 0);

    answerWorkingAs(worker);
    m_workspace->chooseCurrentUser();
    QCOMPARE(m_workspace->currentUser().kind, CurrentUser::Kind::Worker);
    QCOMPARE(m_workspace->currentUser().workerId, worker);
    // Read again a moment later, as any change of the page.
    QTRY_COMPARE(m_page->visitList()->topLevelItemCount(), mine);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("todayWho"))
                ->text()
                .contains(m_workspace->currentUser().name));

    // Opening the same file again starts as the same person.
    Workspace again(*m_db);
    QCOMPARE(again.currentUser().workerId, worker);
    QCOMPARE(again.currentUser().name, m_workspace->currentUser().name);
}

void TestTodayPage::quietDaysSettingChangesTheList()
{
    QSpinBox *days = m_page->quietDays();
    const int atDefault = m_page->quietList()->topLevelItemCount();
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, QStringLiteral("7"));
    QTest::keyClick(days, Qt::Key_Enter);
    QCOMPARE(days->value(), 7);
    QCOMPARE(Settings::value(Settings::Key::QuietDays).toInt(), 7);
    // A shorter limit can only list more families.
    QVERIFY(m_page->quietList()->topLevelItemCount() >= atDefault);
    QVERIFY(m_page->quietList()->topLevelItemCount() > 0);
    for (int i = 0; i < m_page->quietList()->topLevelItemCount(); ++i)
        QVERIFY(m_page->quietList()->topLevelItem(i)->text(4).toInt() > 7);
}

void TestTodayPage::openingAQuietFamilyShowsIt()
{
    m_page->quietDays()->setValue(7);
    QTreeWidget *quiet = m_page->quietList();
    QVERIFY(quiet->topLevelItemCount() > 0);
    QTreeWidgetItem *first = quiet->topLevelItem(0);
    const QString caseCode = first->text(0);
    // The first click of the pair: QTest::mouseDClick sends only the second one.
    // The list takes the height of its rows once the layout has had its turn.
    QTRY_VERIFY(quiet->viewport()->rect().contains(quiet->visualItemRect(first)));
    const QPoint centre = quiet->visualItemRect(first).center();
    QTest::mouseClick(quiet->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(quiet->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE(m_workspace->currentPage(), Workspace::Families);
    auto id =
        m_db->scalar(QStringLiteral("SELECT id FROM families WHERE case_code = ?"), {caseCode});
    DC_VERIFY_OK(id);
    QTRY_COMPARE(m_workspace->familyPage()->detailPane()->familyId(), id->toLongLong());
}

void TestTodayPage::tabOrderIsTopToBottom()
{
    QApplication::setActiveWindow(m_workspace.get());
    QTRY_VERIFY(m_workspace->isActiveWindow());
    QPushButton *change = nullptr;
    for (QPushButton *button : m_page->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Working as…"))
            change = button;
    QVERIFY(change);
    change->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(change));
    // Every widget Tab reaches on the page, in order, until it leaves the page.
    QList<QWidget *> reached{change};
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || !m_page->isAncestorOf(now) || reached.contains(now))
            break;
        reached << now;
    }
    QStringList names;
    for (QWidget *w : std::as_const(reached))
        names << QStringLiteral("%1@%2").arg(w->objectName()).arg(w->mapTo(m_page, QPoint()).y());
    const QString order = names.join(QLatin1String(", "));
    // The three lists and the days box are all reached, and none lies above the one before.
    for (QWidget *expected : std::initializer_list<QWidget *>{
             m_page->visitList(), m_page->followUpList(), m_page->quietDays(), m_page->quietList()})
        QVERIFY2(!expected->isVisible() || reached.contains(expected), qPrintable(order));
    for (int i = 1; i < reached.size(); ++i)
        QVERIFY2(reached.at(i)->mapTo(m_page, QPoint()).y() >=
                     reached.at(i - 1)->mapTo(m_page, QPoint()).y(),
                 qPrintable(order));
}

QTEST_MAIN(TestTodayPage)
#include "TestTodayPage.moc"
