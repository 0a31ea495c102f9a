// A home visit planned for a family without consent for home visits (issue 13, point 11): the
// plan form warns (one visit, a series, a move), and Today marks the visit, while the family's
// page says the consent is missing. What is missing is core's rule (ConsentRule); the form and
// the page only show it.

#include "DisplayText.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "WeekPlannerPage.h"
#include "Workspace.h"
#include "commands/EditCommands.h"
#include "dialogs/PlanVisitDialog.h"
#include "services/ChangeNotifier.h"
#include "storage/ConsentStore.h"
#include "storage/VisitStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace TestSupport;

class TestHomeVisitConsent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void planFormWarnsWithoutConsent();
    void seriesNamesTheDaysWithoutConsent();
    void moveFormWarnsWithoutConsent();
    void todayMarksTheVisit();

private:
    QLabel *warning(QWidget *dialog) const
    {
        return dialog->findChild<QLabel *>(QStringLiteral("consentWarning"));
    }
    // Consent for home visits given on `on` (and withdrawn on `withdrawn` when valid).
    void giveConsent(qint64 familyId, const QDate &on, const QDate &withdrawn = QDate());
    std::unique_ptr<PlanVisitDialog> planForm(const QDateTime &start);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    Fixture m_f;
};

void TestHomeVisitConsent::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
}

void TestHomeVisitConsent::init()
{
    UiTestSupport::failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("consent.sqlite")));
    DC_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
    m_workspace = std::make_unique<Workspace>(*m_db);
    m_workspace->reload();
}

void TestHomeVisitConsent::cleanup()
{
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

void TestHomeVisitConsent::giveConsent(qint64 familyId, const QDate &on, const QDate &withdrawn)
{
    Consent c;
    c.familyId = familyId;
    c.givenBy = ConsentGiver::Parents;
    c.givenOn = on;
    auto given = ConsentStore(*m_db).give(c, {ConsentPurpose::HomeVisits}, QDate(2026, 12, 31));
    DC_VERIFY_OK(given);
    if (withdrawn.isValid())
        DC_VERIFY_OK(
            ConsentStore(*m_db).withdraw(given->first().id, withdrawn, QDate(2026, 12, 31)));
}

std::unique_ptr<PlanVisitDialog> TestHomeVisitConsent::planForm(const QDateTime &start)
{
    auto duo = DuoStore(*m_db).get(m_f.duoA);
    if (!duo)
        return nullptr;
    auto dialog =
        std::make_unique<PlanVisitDialog>(*m_workspace->commands(), QList<Duo>{duo.value()}, start);
    dialog->show();
    return dialog;
}

void TestHomeVisitConsent::planFormWarnsWithoutConsent()
{
    auto dialog = planForm(QDateTime(QDate(2026, 3, 11), QTime(10, 0)));
    QVERIFY(dialog);
    QCOMPARE(dialog->familyField()->currentData().toLongLong(), m_f.family.id);
    QLabel *label = warning(dialog.get());
    QVERIFY2(label, "the plan form has no consent warning");
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("no consent for home visits")),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(DisplayText::date(QDate(2026, 3, 11))),
             qPrintable(label->text()));
    // A warning, not a refusal: the visit may be where consent is asked.
    QVERIFY(dialog->okButton()->isEnabled());
    dialog.reset();

    // With consent from 1 March the same plan is not warned about; before it, it is.
    giveConsent(m_f.family.id, QDate(2026, 3, 1));
    dialog = planForm(QDateTime(QDate(2026, 3, 11), QTime(10, 0)));
    QVERIFY(!warning(dialog.get())->isVisible());
    dialog->dateField()->setDate(QDate(2026, 2, 25));
    QVERIFY(warning(dialog.get())->isVisible());
}

void TestHomeVisitConsent::seriesNamesTheDaysWithoutConsent()
{
    // Consent holds from 1 March and was withdrawn on 20 March.
    giveConsent(m_f.family.id, QDate(2026, 3, 1), QDate(2026, 3, 20));
    auto dialog = planForm(QDateTime(QDate(2026, 3, 4), QTime(10, 0)));
    QVERIFY(dialog);
    QVERIFY(!warning(dialog.get())->isVisible());
    // Weekly, six times: 4, 11, 18, 25 March, 1 and 8 April; the last three lack consent.
    dialog->repeatField()->setCurrentIndex(
        dialog->repeatField()->findData(PlanVisitDialog::Weekly));
    dialog->countField()->setValue(6);
    QLabel *label = warning(dialog.get());
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("3 of the 6")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(DisplayText::date(QDate(2026, 3, 25))),
             qPrintable(label->text()));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->countField()->setValue(2);
    QVERIFY(!label->isVisible());
}

void TestHomeVisitConsent::moveFormWarnsWithoutConsent()
{
    giveConsent(m_f.family.id, QDate(2026, 3, 1), QDate(2026, 3, 20));
    Visit v;
    v.duoId = m_f.duoA;
    v.familyId = m_f.family.id;
    v.start = QDateTime(QDate(2026, 3, 11), QTime(10, 0));
    auto id = VisitStore(*m_db).add(v);
    DC_VERIFY_OK(id);
    auto visit = VisitStore(*m_db).get(id.value());
    DC_VERIFY_OK(visit);
    PlanVisitDialog dialog(*m_workspace->commands(), visit.value());
    dialog.show();
    QVERIFY(!warning(&dialog)->isVisible());
    dialog.dateField()->setDate(QDate(2026, 3, 25));
    QVERIFY(warning(&dialog)->isVisible());
}

void TestHomeVisitConsent::todayMarksTheVisit()
{
    // Two visits on the same day: the fixture's family without consent, Kaya with it.
    auto kaya = FamilyStore(*m_db).add(family(QStringLiteral("Kaya"), QDate(2026, 1, 21)));
    DC_VERIFY_OK(kaya);
    DC_VERIFY_OK(AssignmentStore(*m_db).assign(kaya->id, m_f.duoB, m_f.assignedOn));
    giveConsent(kaya->id, QDate(2026, 2, 1));
    const QDate day(2026, 3, 11);
    for (const auto &[duo, familyId] :
         {std::pair{m_f.duoA, m_f.family.id}, std::pair{m_f.duoB, kaya->id}}) {
        Visit v;
        v.duoId = duo;
        v.familyId = familyId;
        v.start = QDateTime(day, QTime(duo == m_f.duoA ? 9 : 13, 0));
        DC_VERIFY_OK(VisitStore(*m_db).add(v));
    }
    TodayPage *today = m_workspace->todayPage();
    today->setDay(day);
    QTreeWidget *visits = today->visitList();
    QCOMPARE(visits->topLevelItemCount(), 2);
    for (int row = 0; row < visits->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = visits->topLevelItem(row);
        const bool withoutConsent = item->text(1) == m_f.family.caseCode;
        QCOMPARE(item->text(4).contains(QLatin1String("no consent for home visits")),
                 withoutConsent);
        QCOMPARE(item->toolTip(0).contains(QLatin1String("consent")), withoutConsent);
        QCOMPARE(!item->icon(0).isNull(), withoutConsent);
    }
    // Recording the consent takes the mark away as soon as it is announced.
    giveConsent(m_f.family.id, QDate(2026, 3, 1));
    emit m_workspace->notifier()->consentsChanged(m_f.family.id);
    QTRY_VERIFY(!visits->topLevelItem(0)->text(4).contains(QLatin1String("consent")) &&
                !visits->topLevelItem(1)->text(4).contains(QLatin1String("consent")));
}

QTEST_MAIN(TestHomeVisitConsent)
#include "TestHomeVisitConsent.moc"
