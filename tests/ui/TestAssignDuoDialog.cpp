// Assigning a duo as a coordinator does it: select the family in the list, press "Assign Duo…",
// read the ranking with its reasons, click a duo and press the button. The dialog ranks exactly
// as Matcher and `duocoach-cli suggest` do; the assignment lands in the database and in the
// family list, and Ctrl+Z takes it back.

#include "FamilyActions.h"
#include "FamilyDetailPane.h"
#include "FamilyListModel.h"
#include "FamilyPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/AssignDuoDialog.h"
#include "services/ChangeNotifier.h"
#include "services/Matcher.h"
#include "storage/DuoStore.h"
#include "storage/FamilyStore.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

class TestAssignDuoDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rankingAgreesWithMatcherAndCli_data();
    void rankingAgreesWithMatcherAndCli();
    void assignThroughTheDialog();
    void currentDuoCannotBeChosenAgain();
    void localDuosRankAboveOtherCities();

private:
    // Open families that have a duo now, in case-code order.
    QList<Family> familiesWithDuo(int count);
    QList<qint64> cliRanking(const QString &caseCode);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestAssignDuoDialog::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestAssignDuoDialog::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("assign.sqlite"));
    auto db = UiTestSupport::demoDatabase(m_path);
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
}

void TestAssignDuoDialog::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_db.reset();
    m_dir.reset();
}

QList<Family> TestAssignDuoDialog::familiesWithDuo(int count)
{
    QList<Family> result;
    auto page = FamilyStore(*m_db).page(QString(), QString(), 1000);
    if (!page)
        return result;
    for (const FamilySummary &summary : page.value()) {
        auto current = AssignmentStore(*m_db).current(summary.id, UiTestSupport::today());
        if (summary.status == FamilyStatus::Closed || !current || !current.value() ||
            current.value()->from >= UiTestSupport::today())
            continue;
        result << FamilyStore(*m_db).get(summary.id).value();
        if (result.size() == count)
            break;
    }
    return result;
}

QList<qint64> TestAssignDuoDialog::cliRanking(const QString &caseCode)
{
    QProcess cli;
    cli.start(QStringLiteral(DUOCOACH_CLI),
              {QStringLiteral("suggest"), m_path, QStringLiteral("--family"), caseCode,
               QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0"),
               QStringLiteral("--today"), UiTestSupport::today().toString(Qt::ISODate)});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        return {};
    QList<qint64> ids;
    const QJsonArray candidates = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                      .object()
                                      .value(QStringLiteral("candidates"))
                                      .toArray();
    for (const QJsonValue &candidate : candidates)
        ids << candidate.toObject().value(QStringLiteral("duoId")).toInteger();
    return ids;
}

void TestAssignDuoDialog::rankingAgreesWithMatcherAndCli_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("first family with a duo") << 0;
    QTest::newRow("fifth") << 4;
    QTest::newRow("tenth") << 9;
}

void TestAssignDuoDialog::rankingAgreesWithMatcherAndCli()
{
    QFETCH(int, which);
    const QList<Family> families = familiesWithDuo(which + 1);
    QVERIFY(families.size() > which);
    const Family family = families.at(which);

    ChangeNotifier notifier;
    EditCommands commands(*m_db, &notifier);
    AssignDuoDialog dialog(commands, family);
    dialog.startField()->setDate(UiTestSupport::today());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto ranking = Matcher(*m_db).rank(family, UiTestSupport::today());
    DC_VERIFY_OK(ranking);
    QList<qint64> expected;
    for (const MatchCandidate &candidate : ranking.value())
        expected << candidate.duo.id;
    QVERIFY(expected.size() > 2);
    QCOMPARE(dialog.rankedDuoIds(), expected);
    QCOMPARE(cliRanking(family.caseCode), expected);

    // Each candidate shows its score and, under it, every reason with its points.
    QTreeWidget *tree = dialog.candidates();
    const qint64 current =
        AssignmentStore(*m_db).current(family.id, UiTestSupport::today())->value().duoId;
    QCOMPARE(dialog.currentDuoId(), current);
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = tree->topLevelItem(row);
        const MatchCandidate &candidate = ranking->at(row);
        QVERIFY(item->text(AssignDuoDialog::DuoColumn).contains(candidate.duo.displayName()));
        QCOMPARE(item->text(AssignDuoDialog::ScoreColumn), QString::number(candidate.score));
        QCOMPARE(item->childCount(), candidate.reasons.size());
        for (int i = 0; i < item->childCount(); ++i)
            QCOMPARE(item->child(i)->text(AssignDuoDialog::DuoColumn),
                     candidate.reasons.at(i).text);
        // The current duo is marked, and only it.
        QCOMPARE(item->text(AssignDuoDialog::DuoColumn).contains(QStringLiteral("current duo")),
                 candidate.duo.id == current);
    }
}

void TestAssignDuoDialog::assignThroughTheDialog()
{
    const Family family = familiesWithDuo(3).value(2);
    QVERIFY(family.id > 0);
    const Assignment before =
        AssignmentStore(*m_db).current(family.id, UiTestSupport::today())->value();
    const int historyBefore = int(AssignmentStore(*m_db).history(family.id)->size());

    MainWindow window(std::move(m_db));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Database &db = window.database();
    FamilyPage *page = window.workspace()->familyPage();
    window.workspace()->setCurrentPage(Workspace::Families);
    FamilyListModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Select the family with the mouse, as the coordinator does.
    const int row = model->rowOf(family.id);
    QVERIFY(row >= 0);
    const QModelIndex cell = model->index(row, FamilyListModel::FamilyName);
    page->table()->scrollTo(cell);
    QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {},
                      page->table()->visualRect(cell).center());
    QTRY_COMPARE(page->detailPane()->familyId(), family.id);
    QCOMPARE(model->index(row, FamilyListModel::Duo).data().toString(), before.duoName);

    // "Assign Duo…" in the page's toolbar.
    auto *bar = page->findChild<QToolBar *>(QStringLiteral("familyToolBar"));
    QVERIFY(bar);
    QWidget *button = bar->widgetForAction(page->actions()->assignDuoAction());
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<AssignDuoDialog> dialog;
    QTRY_VERIFY((dialog = page->findChild<AssignDuoDialog *>()));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->startField()->setDate(UiTestSupport::today());
    QVERIFY(!dialog->okButton()->isEnabled()); // nothing chosen yet

    // The best duo that is not the current one.
    QTreeWidget *tree = dialog->candidates();
    QTreeWidgetItem *choice = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !choice; ++i)
        if (tree->topLevelItem(i)->data(0, AssignDuoDialog::DuoIdRole).toLongLong() != before.duoId)
            choice = tree->topLevelItem(i);
    QVERIFY(choice);
    const qint64 chosen = choice->data(0, AssignDuoDialog::DuoIdRole).toLongLong();
    tree->scrollToItem(choice);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(choice).center());
    QCOMPARE(dialog->chosenDuoId(), chosen);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    // In the database: the new duo from today, the previous assignment ended on the same day.
    AssignmentStore assignments(db);
    auto now = assignments.current(family.id, UiTestSupport::today());
    DC_VERIFY_OK(now);
    QCOMPARE(now->value().duoId, chosen);
    QCOMPARE(now->value().from, UiTestSupport::today());
    auto history = assignments.history(family.id);
    QCOMPARE(int(history->size()), historyBefore + 1);
    QCOMPARE(history->at(1).id, before.id);
    QCOMPARE(history->at(1).to, UiTestSupport::today());
    // In the list, without reopening anything.
    const QString chosenName = DuoStore(db).get(chosen)->displayName();
    QTRY_COMPARE(model->index(model->rowOf(family.id), FamilyListModel::Duo).data().toString(),
                 chosenName);
    QCOMPARE(page->detailPane()->familyId(), family.id);
    QUndoStack *stack = window.workspace()->commands()->undoStack();
    QCOMPARE(stack->count(), 1);

    // Ctrl+Z: the previous duo is back, in the database and in the list.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), 0);
    QCOMPARE(assignments.current(family.id, UiTestSupport::today())->value().duoId, before.duoId);
    QCOMPARE(int(assignments.history(family.id)->size()), historyBefore);
    QVERIFY(assignments.history(family.id)->at(0).to.isNull());
    QTRY_COMPARE(model->index(model->rowOf(family.id), FamilyListModel::Duo).data().toString(),
                 before.duoName);
    // Ctrl+Shift+Z: and the new one again.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(assignments.current(family.id, UiTestSupport::today())->value().duoId, chosen);
    QTRY_COMPARE(model->index(model->rowOf(family.id), FamilyListModel::Duo).data().toString(),
                 chosenName);
}

void TestAssignDuoDialog::currentDuoCannotBeChosenAgain()
{
    const Family family = familiesWithDuo(1).value(0);
    ChangeNotifier notifier;
    EditCommands commands(*m_db, &notifier);
    AssignDuoDialog dialog(commands, family);
    dialog.startField()->setDate(UiTestSupport::today());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget *tree = dialog.candidates();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        if (item->data(0, AssignDuoDialog::DuoIdRole).toLongLong() != dialog.currentDuoId())
            continue;
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(item).center());
    }
    QCOMPARE(dialog.chosenDuoId(), dialog.currentDuoId());
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.problemText(), QStringLiteral("This duo already works with the family."));
    QCOMPARE(commands.undoStack()->count(), 0);
}

void TestAssignDuoDialog::localDuosRankAboveOtherCities()
{
    // Issue 13, point 12: a family in Zwolle. The dialog lists every Zwolle duo that fits
    // (nothing counts against it) above every duo of Amsterdam or Utrecht, and each of those
    // says under it that it works in another city.
    Family family;
    auto families = FamilyStore(*m_db).page(QString(), QString(), 1000);
    DC_VERIFY_OK(families);
    for (const FamilySummary &summary : families.value()) {
        auto f = FamilyStore(*m_db).get(summary.id);
        DC_VERIFY_OK(f);
        if (f->status != FamilyStatus::Closed && f->city == QLatin1String("Zwolle")) {
            family = f.value();
            break;
        }
    }
    QVERIFY(family.id > 0);
    // Where each duo works: its trusted person's organisation (the demo's workers work in
    // their organisation's city).
    auto organisations = OrganisationStore(*m_db).all();
    auto workers = WorkerStore(*m_db).all();
    auto duos = DuoStore(*m_db).all();
    DC_VERIFY_OK(organisations);
    DC_VERIFY_OK(workers);
    DC_VERIFY_OK(duos);
    QHash<qint64, QString> cityOfOrganisation;
    for (const Organisation &o : organisations.value())
        cityOfOrganisation.insert(o.id, o.city);
    QHash<qint64, QString> cityOfWorker;
    for (const Worker &w : workers.value())
        cityOfWorker.insert(w.id, cityOfOrganisation.value(w.organisationId));
    QHash<qint64, QString> cityOfDuo;
    for (const Duo &d : duos.value())
        cityOfDuo.insert(d.id, cityOfWorker.value(d.trustedPersonId));

    ChangeNotifier notifier;
    EditCommands commands(*m_db, &notifier);
    AssignDuoDialog dialog(commands, family);
    dialog.startField()->setDate(UiTestSupport::today());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget *tree = dialog.candidates();
    int local = 0;
    int elsewhere = 0;
    QString firstElsewhere;
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = tree->topLevelItem(row);
        const qint64 duo =
            item->data(AssignDuoDialog::DuoColumn, AssignDuoDialog::DuoIdRole).toLongLong();
        QStringList reasons;
        bool against = false;
        for (int i = 0; i < item->childCount(); ++i) {
            reasons << item->child(i)->text(AssignDuoDialog::DuoColumn);
            against = against || item->child(i)->text(AssignDuoDialog::ScoreColumn).toInt() < 0;
        }
        if (cityOfDuo.value(duo) == QLatin1String("Zwolle")) {
            ++local;
            QVERIFY2(against || firstElsewhere.isEmpty(),
                     qPrintable(QStringLiteral("%1 (Zwolle, fits) ranks below %2")
                                    .arg(item->text(AssignDuoDialog::DuoColumn), firstElsewhere)));
        } else {
            ++elsewhere;
            if (firstElsewhere.isEmpty())
                firstElsewhere = item->text(AssignDuoDialog::DuoColumn);
            const QString said =
                QStringLiteral("Works in another city (%1)").arg(cityOfDuo.value(duo));
            QVERIFY2(reasons.contains(said), qPrintable(reasons.join(QLatin1String(" | "))));
        }
    }
    QVERIFY(local > 0 && elsewhere > 0);
    // The best duo is a Zwolle duo.
    QCOMPARE(cityOfDuo.value(dialog.rankedDuoIds().value(0)), QStringLiteral("Zwolle"));
}

QTEST_MAIN(TestAssignDuoDialog)
#include "TestAssignDuoDialog.moc"
