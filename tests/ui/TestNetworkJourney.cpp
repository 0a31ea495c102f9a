// The network around a family (issue 16), only through the main window: the trusted person
// marks a visit of three weeks ago done from the visit log and, in its report, adds the support
// the family told about and a referral agreed on the visit; a week and more without an answer,
// the referral is on her Today page. The coordinator then records a case consultation from the
// family page that stops that support because it does not help, and draws the family's network
// map and moves a person to another ring by dragging. A supervision package of the period,
// opened in the review window, shows the duo's referral and the stopped support.

#include "FamilyDetailPane.h"
#include "FamilyMeetingsPanel.h"
#include "FamilyPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NetworkMapPanel.h"
#include "NetworkMapView.h"
#include "SupportPanel.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "VisitListModel.h"
#include "VisitLogPage.h"
#include "Workspace.h"
#include "dialogs/MapEntryDialog.h"
#include "dialogs/MeetingDialog.h"
#include "dialogs/MeetingFamilyEditor.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/SupportDialog.h"
#include "dialogs/VisitNetworkBox.h"
#include "dialogs/VisitReportDialog.h"
#include "exchange/SupervisionPackageWriter.h"
#include "review/DuoFiguresView.h"
#include "review/DuoNetworkTable.h"
#include "review/ReviewWindow.h"
#include "storage/ConsentStore.h"
#include "storage/NetworkMapStore.h"
#include "storage/ReferralStore.h"
#include "storage/SupportStore.h"
#include "storage/VisitStore.h"
#include "storage/WorkerStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace TestSupport;

class TestNetworkJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theNetworkAroundAFamily();

private:
    void goTo(Workspace::Page page);
    static void tick(QListWidget *list, qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ReviewWindow> m_review;
    Fixture m_fixture;
};

void TestNetworkJourney::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    UiTestSupport::failOnWarnings();
}

void TestNetworkJourney::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    delete m_review.data();
    m_window.reset();
    m_dir.reset();
}

void TestNetworkJourney::goTo(Workspace::Page page)
{
    Workspace *workspace = m_window->workspace();
    QListWidget *navigation = workspace->navigation();
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(page)).center());
    QTRY_COMPARE(workspace->currentPage(), page);
}

void TestNetworkJourney::tick(QListWidget *list, qint64 id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id)
            list->item(i)->setCheckState(Qt::Checked);
}

void TestNetworkJourney::theNetworkAroundAFamily()
{
    const QDate today = QDate::currentDate();
    const QDate visitDay = today.addDays(-20);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("network.sqlite")));
    DC_VERIFY_OK(opened);
    Database &source = *opened.value();
    QCOMPARE(makeFixture(source, &m_fixture), QString());
    // What came before this journey: the family's consent, a visit three weeks ago.
    Consent consent;
    consent.familyId = m_fixture.family.id;
    consent.givenBy = ConsentGiver::Both;
    consent.givenOn = m_fixture.assignedOn;
    DC_VERIFY_OK(ConsentStore(source).give(consent, {ConsentPurpose::HomeVisits,
                                                     ConsentPurpose::ShareWithPartner,
                                                     ConsentPurpose::SupervisionExport}));
    Visit visit;
    visit.familyId = m_fixture.family.id;
    visit.duoId = m_fixture.duoA;
    visit.start = QDateTime(visitDay, QTime(10, 0));
    auto visitId = VisitStore(source).add(visit);
    DC_VERIFY_OK(visitId);
    CurrentUser trusted;
    trusted.kind = CurrentUser::Kind::Worker;
    trusted.workerId = m_fixture.trustedA;
    trusted.name = WorkerStore(source).get(m_fixture.trustedA)->name;
    CurrentUser::save(source, trusted);
    m_window = std::make_unique<MainWindow>(std::move(opened).value());
    Database &db = m_window->database();
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    Workspace *workspace = m_window->workspace();

    // The visit log: the visit selected, "Mark Done…" opens its report.
    goTo(Workspace::Visits);
    VisitLogPage *log = workspace->visitLogPage();
    QTRY_VERIFY(log->model()->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < log->model()->rowCount(); ++r)
        if (log->model()->visit(r).id == visitId.value())
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex index = log->table()->model()->index(row, 0);
    QTest::mouseClick(log->table()->viewport(), Qt::LeftButton, {},
                      log->table()->visualRect(index).center());
    QTest::mouseClick(log->markDoneButton(), Qt::LeftButton);
    auto *report = UiTestSupport::waitForDialog<VisitReportDialog>(m_window.get());
    QVERIFY(report);
    auto *box = report->findChild<VisitNetworkBox *>();
    QVERIFY(box);

    // Support the family told about: the grandparents cook at the weekend.
    QTest::mouseClick(box->supportButton(), Qt::LeftButton);
    auto *support = UiTestSupport::waitForDialog<SupportDialog>(box);
    QVERIFY(support);
    support->kindField()->setCurrentIndex(
        support->kindField()->findData(int(SupportKind::Relatives)));
    QTest::keyClicks(support->providerField(), QStringLiteral("Grootouders"));
    QTest::keyClicks(support->whatField(), QStringLiteral("Koken in het weekend"));
    support->fromField()->setDate(visitDay.addDays(-30));
    QVERIFY2(support->okButton()->isEnabled(), qPrintable(support->problemText()));
    QTest::mouseClick(support->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!box->findChild<SupportDialog *>());

    // A referral agreed on the visit, sent that day.
    QTest::mouseClick(box->referralButton(), Qt::LeftButton);
    auto *referral = UiTestSupport::waitForDialog<ReferralDialog>(box);
    QVERIFY(referral);
    referral->organisationField()->setCurrentIndex(
        referral->organisationField()->findData(m_fixture.provider));
    referral->kindField()->setCurrentIndex(
        referral->kindField()->findData(int(SupportKind::SpecialistYouthCare)));
    QTest::keyClicks(referral->reasonField(), QStringLiteral("Onderzoek naar concentratie"));
    referral->sentField()->setDate(visitDay);
    QVERIFY2(referral->okButton()->isEnabled(), qPrintable(referral->problemText()));
    QTest::mouseClick(referral->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!box->findChild<ReferralDialog *>());

    QTest::keyClicks(report->findChild<QPlainTextEdit *>(QStringLiteral("notes")),
                     QStringLiteral("Gesprek over school en de weekenden."));
    QVERIFY2(report->okButton()->isEnabled(), qPrintable(report->problemText()));
    QTest::mouseClick(report->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<VisitReportDialog *>());
    QCOMPARE(VisitStore(db).get(visitId.value())->status, VisitStatus::Done);
    auto sent = ReferralStore(db).forFamily(m_fixture.family.id);
    DC_VERIFY_OK(sent);
    QCOMPARE(sent->size(), 1);
    QCOMPARE(sent->constFirst().visitId, visitId.value());
    QCOMPARE(sent->constFirst().sentById, m_fixture.trustedA);

    // Without an answer for twenty days: on the sender's Today.
    goTo(Workspace::Today);
    QTreeWidget *waiting = workspace->todayPage()->referralList();
    QTRY_VERIFY(waiting->isVisible());
    QCOMPARE(waiting->topLevelItemCount(), 1);
    QCOMPARE(waiting->topLevelItem(0)->text(1), m_fixture.family.caseCode);

    // The coordinator: a consultation from the family page stops the support.
    workspace->setCurrentUser(CurrentUser());
    workspace->showFamily(m_fixture.family.id);
    QTRY_COMPARE(workspace->currentPage(), Workspace::Families);
    FamilyDetailPane *details = workspace->familyPage()->detailPane();
    FamilyMeetingsPanel *meetings = details->meetingsPanel();
    QTRY_VERIFY(meetings->recordButton()->isEnabled());
    QTest::mouseClick(meetings->recordButton(), Qt::LeftButton);
    auto *meeting = UiTestSupport::waitForDialog<MeetingDialog>(meetings);
    QVERIFY(meeting);
    tick(meeting->workersField(), m_fixture.trustedA);
    tick(meeting->partnersField(), m_fixture.provider);
    MeetingFamilyEditor *family = meeting->familyEditor(0);
    QTest::keyClicks(family->questionField(), QStringLiteral("Helpt het koken in het weekend?"));
    QCOMPARE(family->supportTable()->rowCount(), 1);
    auto *helps = qobject_cast<QComboBox *>(family->supportTable()->cellWidget(0, 1));
    auto *decision = qobject_cast<QComboBox *>(family->supportTable()->cellWidget(0, 2));
    QVERIFY(helps && decision);
    helps->setCurrentIndex(helps->findData(int(Helps::No)));
    decision->setCurrentIndex(decision->findData(int(Decision::Stop)));
    QTest::keyClicks(qobject_cast<QLineEdit *>(family->supportTable()->cellWidget(0, 3)),
                     QStringLiteral("Er wordt niet meer gekookt"));
    QVERIFY2(meeting->okButton()->isEnabled(), qPrintable(meeting->problemText()));
    QTest::mouseClick(meeting->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!meetings->findChild<MeetingDialog *>());
    QTRY_COMPARE(meetings->table()->rowCount(), 1);
    auto stopped = SupportStore(db).forFamily(m_fixture.family.id);
    DC_VERIFY_OK(stopped);
    QCOMPARE(stopped->size(), 1);
    QCOMPARE(stopped->constFirst().until, today);

    // The network map: the grandmother added through the form, then dragged to the outer ring.
    NetworkMapPanel *map = details->networkMapPanel();
    QTRY_VERIFY(map->addButton()->isEnabled());
    QTest::mouseClick(map->addButton(), Qt::LeftButton);
    auto *entry = UiTestSupport::waitForDialog<MapEntryDialog>(map);
    QVERIFY(entry);
    QTest::keyClicks(entry->roleField(), QStringLiteral("oma"));
    QTest::keyClicks(entry->nameField(), QStringLiteral("Fatma"));
    entry->ringField()->setCurrentIndex(0);
    QVERIFY2(entry->okButton()->isEnabled(), qPrintable(entry->problemText()));
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!map->findChild<MapEntryDialog *>());
    QTRY_COMPARE(map->view()->entries().size(), 1);
    const NetworkMapEntry drawn = map->view()->entries().constFirst();
    QCOMPARE(drawn.closeness, 1);
    map->view()->ensureVisible(map->view()->drawingRect());
    QWidget *viewport = map->view()->viewport();
    const QPoint from = map->view()->mapFromScene(NetworkMapView::place(1, drawn.angle));
    const QPoint to = map->view()->mapFromScene(NetworkMapView::place(3, drawn.angle));
    UiTestSupport::dragWithMouse(viewport, from, to);
    QCOMPARE(NetworkMapStore(db).get(drawn.id)->closeness, 3);

    // A supervision package of the period, opened for review: the duo's network figures.
    SupervisionPackageWriter::Options options;
    options.request.from = visitDay.addDays(-1);
    options.request.to = today;
    options.request.pseudonymize = true;
    options.exportedBy = QStringLiteral("Coördinator");
    options.actor = Actor::commandLine();
    const QString package = m_dir->filePath(QStringLiteral("netwerk.duosup"));
    DC_VERIFY_OK(SupervisionPackageWriter::write(db, package, options));
    m_review = ReviewWindow::open(package);
    QVERIFY(m_review);
    DuoNetworkTable *figures = m_review->figures()->networkTable();
    QCOMPARE(figures->rowCount(), 1);
    QCOMPARE(figures->item(0, DuoNetworkTable::Referrals)->text(), QStringLiteral("1"));
    QCOMPARE(figures->item(0, DuoNetworkTable::ToSpecialistCare)->text(), QStringLiteral("1"));
    QCOMPARE(figures->item(0, DuoNetworkTable::Unanswered)->text(), QStringLiteral("1"));
    QCOMPARE(figures->item(0, DuoNetworkTable::SupportStopped)->text(), QStringLiteral("1"));
    // Pseudonymised: the grandmother by her role only.
    QFile file(package);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Fatma"));
}

QTEST_MAIN(TestNetworkJourney)
#include "TestNetworkJourney.moc"
