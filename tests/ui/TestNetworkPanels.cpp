// The network around a family in the window (issue 16), as a duo coach uses it: support added
// and judged through the real forms (checked as they are typed, a decision to stop ending the
// support), a referral that the form refuses without a contact person or the family's consent
// and sends once both are there, its next step, and Today listing a referral that waited too
// long for an answer — for whoever sent it and for the coordinator, not for anyone else. Every
// step is undone and redone with the database exactly as before and after.

#include "MessageBox.h"
#include "ReferralsPanel.h"
#include "SupportPanel.h"
#include "SupportTimeline.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "VisitActions.h"
#include "commands/EditCommands.h"
#include "dialogs/ReferralDialog.h"
#include "dialogs/ReferralStepDialog.h"
#include "dialogs/SupportDialog.h"
#include "dialogs/SupportReviewDialog.h"
#include "dialogs/VisitNetworkBox.h"
#include "dialogs/VisitReportDialog.h"
#include "domain/NetworkRules.h"
#include "services/ChangeNotifier.h"
#include "services/Translations.h"
#include "storage/ConsentStore.h"
#include "storage/ReferralStore.h"
#include "storage/SupportStore.h"
#include "storage/VisitStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace TestSupport;

class TestNetworkPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addSupportThroughTheForm();
    void stopSupportThroughTheReview();
    void referralFormChecksContactAndConsent();
    void referralStepsThroughTheForm();
    void todayListsReferralsWaitingForAnAnswer();
    void supportAndReferralFromTheVisitReport();

private:
    qint64 addSupport(const QString &what, const QDate &from);
    void giveConsent(const QDate &on);
    void selectRow(QTableWidget *table, int row);

    UiTestSupport::EditingSetup m_s;
    SupportPanel *m_support = nullptr;
    ReferralsPanel *m_referrals = nullptr;
    qint64 m_school = 0; // an organisation without a contact person
    const QDate m_today = QDate::currentDate();
};

void TestNetworkPanels::initTestCase()
{
    UiTestSupport::quietPlatformNotes();
    UiTestSupport::isolateSettings();
    // English plurals ("20 days") come from the English catalogue, as in the program.
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestNetworkPanels::init()
{
    UiTestSupport::failOnWarnings();
    QCOMPARE(m_s.open(QStringLiteral("network.sqlite")), QString());
    Organisation school =
        organisation(QStringLiteral("Basisschool De Zon"), OrganisationKind::Community);
    school.contactName.clear();
    auto added = OrganisationStore(*m_s.db).add(school);
    DC_VERIFY_OK(added);
    m_school = added.value();

    auto *layout = new QVBoxLayout(m_s.window.get());
    m_support = new SupportPanel(*m_s.db);
    m_referrals = new ReferralsPanel(*m_s.db);
    layout->addWidget(m_support);
    layout->addWidget(m_referrals);
    m_support->setCommands(m_s.commands.get());
    // The trusted person of the family's duo works now.
    auto *actions = new VisitActions(
        m_s.commands.get(),
        [this] {
            CurrentUser user;
            user.kind = CurrentUser::Kind::Worker;
            user.workerId = m_s.fixture.trustedA;
            return user;
        },
        m_s.window.get());
    m_referrals->setActions(actions);
    QVERIFY(m_support->showFamily(m_s.fixture.family.id, m_s.fixture.family.caseCode));
    QVERIFY(m_referrals->showFamily(m_s.fixture.family.id));
    m_s.window->resize(900, 700);
    QVERIFY(m_s.show());
}

void TestNetworkPanels::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_s.close();
}

qint64 TestNetworkPanels::addSupport(const QString &what, const QDate &from)
{
    Support s;
    s.familyId = m_s.fixture.family.id;
    s.kind = SupportKind::SocialDistrictTeam;
    s.provider = QStringLiteral("Wijkteam Overvecht");
    s.what = what;
    s.from = from;
    auto id = m_s.commands->addSupport(s);
    return id ? id.value() : 0;
}

void TestNetworkPanels::giveConsent(const QDate &on)
{
    Consent consent;
    consent.familyId = m_s.fixture.family.id;
    consent.givenOn = on;
    DC_VERIFY_OK(m_s.commands->giveConsent(consent, {ConsentPurpose::ShareWithPartner}));
}

void TestNetworkPanels::selectRow(QTableWidget *table, int row)
{
    const QRect cell = table->visualItemRect(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestNetworkPanels::addSupportThroughTheForm()
{
    QCOMPARE(m_support->table()->rowCount(), 0);
    QVERIFY(!m_support->timeline()->isVisible());
    const QByteArray before = contentHash(*m_s.db);

    QTest::mouseClick(m_support->addButton(), Qt::LeftButton);
    auto *dialog = UiTestSupport::waitForDialog<SupportDialog>(m_support);
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problemText(), QStringLiteral("Say what the support is."));
    QTest::keyClicks(dialog->whatField(), QStringLiteral("Opvoedondersteuning aan huis"));
    QCOMPARE(dialog->problemText(),
             QStringLiteral("Say who gives the support \"Opvoedondersteuning aan huis\"."));
    // Choosing an organisation names it as the provider.
    dialog->kindField()->setCurrentIndex(
        dialog->kindField()->findData(int(SupportKind::YouthCare)));
    dialog->organisationField()->setCurrentIndex(
        dialog->organisationField()->findData(m_s.fixture.provider));
    QCOMPARE(dialog->providerField()->text(), QStringLiteral("Gezinskracht Utrecht"));
    dialog->fromField()->setDate(m_today.addDays(-60));
    // Ended before it started: refused as typed.
    QTest::mouseClick(dialog->endedField(), Qt::LeftButton);
    dialog->untilField()->setDate(m_today.addDays(-61));
    QVERIFY(dialog->problemText().contains(QStringLiteral("before it starts")));
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->endedField(), Qt::LeftButton);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_support->findChild<SupportDialog *>());

    QCOMPARE(m_support->table()->rowCount(), 1);
    QVERIFY(m_support->timeline()->isVisible());
    QCOMPARE(m_support->table()->item(0, 0)->text(),
             QStringLiteral("Opvoedondersteuning aan huis · Gezinskracht Utrecht"));
    QVERIFY(m_support->title().contains(QStringLiteral("1 running")));
    auto stored = SupportStore(*m_s.db).forFamily(m_s.fixture.family.id);
    DC_VERIFY_OK(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->constFirst().organisationId, m_s.fixture.provider);
    QCOMPARE(stored->constFirst().kind, SupportKind::YouthCare);
    const QByteArray after = contentHash(*m_s.db);

    m_s.commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_s.db), before);
    QCOMPARE(m_support->table()->rowCount(), 0);
    m_s.commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_s.db), after);
    QCOMPARE(m_support->table()->rowCount(), 1);
}

void TestNetworkPanels::stopSupportThroughTheReview()
{
    const qint64 id = addSupport(QStringLiteral("Schuldhulp"), m_today.addDays(-90));
    QVERIFY(id > 0);
    QCOMPARE(m_support->table()->rowCount(), 1);
    QVERIFY(!m_support->reviewButton()->isEnabled()); // nothing selected
    selectRow(m_support->table(), 0);
    QVERIFY(m_support->reviewButton()->isEnabled());
    const QByteArray before = contentHash(*m_s.db);

    QTest::mouseClick(m_support->reviewButton(), Qt::LeftButton);
    auto *dialog = UiTestSupport::waitForDialog<SupportReviewDialog>(m_support);
    QVERIFY(dialog);
    QCOMPARE(dialog->problemText(),
             QStringLiteral("Say why the support \"Schuldhulp\" continues."));
    // "Does not help" suggests stopping; the reason is still the coach's to give.
    dialog->helpsField()->setCurrentIndex(dialog->helpsField()->findData(int(Helps::No)));
    QCOMPARE(Decision(dialog->decisionField()->currentData().toInt()), Decision::Stop);
    QCOMPARE(dialog->problemText(), QStringLiteral("Say why the support \"Schuldhulp\" stops."));
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("Schulden groeien; andere aanpak"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_support->findChild<SupportReviewDialog *>());

    auto ended = SupportStore(*m_s.db).get(id);
    DC_VERIFY_OK(ended);
    QCOMPARE(ended->until, m_today);
    QCOMPARE(ended->endReason, QStringLiteral("Schulden groeien; andere aanpak"));
    QCOMPARE(m_support->table()->item(0, 2)->text(), QStringLiteral("Stopped"));
    QCOMPARE(m_support->table()->item(0, 2)->toolTip(),
             QStringLiteral("Stopped: Schulden groeien; andere aanpak"));
    QCOMPARE(m_support->title(), QStringLiteral("Support deployed"));
    selectRow(m_support->table(), 0);
    QVERIFY(!m_support->reviewButton()->isEnabled()); // ended support is not judged again
    const QByteArray after = contentHash(*m_s.db);

    m_s.commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_s.db), before);
    QVERIFY(!SupportStore(*m_s.db).get(id)->until.isValid());
    m_s.commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_s.db), after);
}

void TestNetworkPanels::referralFormChecksContactAndConsent()
{
    QVERIFY(m_referrals->referButton()->isEnabled());
    QTest::mouseClick(m_referrals->referButton(), Qt::LeftButton);
    auto *dialog = UiTestSupport::waitForDialog<ReferralDialog>(m_s.window.get());
    QVERIFY(dialog);
    // The one who works now sends it.
    QCOMPARE(dialog->senderField()->currentData().toLongLong(), m_s.fixture.trustedA);
    QCOMPARE(dialog->problemText(),
             QStringLiteral("Choose the organisation the referral goes to."));
    dialog->organisationField()->setCurrentIndex(dialog->organisationField()->findData(m_school));
    QCOMPARE(dialog->problemText(),
             NetworkRules::noContactPerson(QStringLiteral("Basisschool De Zon")));
    dialog->organisationField()->setCurrentIndex(
        dialog->organisationField()->findData(m_s.fixture.community));
    QCOMPARE(dialog->contactLabel()->text(), QStringLiteral("Contact person: Anna de Wit"));
    QCOMPARE(dialog->problemText(), QStringLiteral("Say why the family is referred."));
    QTest::keyClicks(dialog->reasonField(),
                     QStringLiteral("Moeder zoekt contact met andere ouders"));
    // No consent to share: the form says so and does not send.
    QCOMPARE(dialog->problemText(), NetworkRules::noConsentToShare(m_today));
    QVERIFY(!dialog->okButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Discard); // what was typed goes
    dialog->reject();
    QTRY_VERIFY(!m_s.window->findChild<ReferralDialog *>());
    QVERIFY(ReferralStore(*m_s.db).forFamily(m_s.fixture.family.id)->isEmpty());

    giveConsent(m_s.fixture.assignedOn);
    const QByteArray before = contentHash(*m_s.db);
    QTest::mouseClick(m_referrals->referButton(), Qt::LeftButton);
    dialog = UiTestSupport::waitForDialog<ReferralDialog>(m_s.window.get());
    QVERIFY(dialog);
    dialog->organisationField()->setCurrentIndex(
        dialog->organisationField()->findData(m_s.fixture.community));
    dialog->kindField()->setCurrentIndex(
        dialog->kindField()->findData(int(SupportKind::Community)));
    QTest::keyClicks(dialog->reasonField(),
                     QStringLiteral("Moeder zoekt contact met andere ouders"));
    QVERIFY(dialog->consentLabel()->isVisible());
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_s.window->findChild<ReferralDialog *>());

    QCOMPARE(m_referrals->table()->rowCount(), 1);
    QVERIFY(m_referrals->table()->item(0, 2)->text().contains(QStringLiteral("waiting")));
    auto sent = ReferralStore(*m_s.db).forFamily(m_s.fixture.family.id);
    DC_VERIFY_OK(sent);
    QCOMPARE(sent->size(), 1);
    QCOMPARE(sent->constFirst().sentById, m_s.fixture.trustedA);
    QCOMPARE(sent->constFirst().careKind, SupportKind::Community);
    const QByteArray after = contentHash(*m_s.db);
    m_s.commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_s.db), before);
    QCOMPARE(m_referrals->table()->rowCount(), 0);
    m_s.commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_s.db), after);
}

void TestNetworkPanels::referralStepsThroughTheForm()
{
    giveConsent(m_s.fixture.assignedOn);
    Referral r;
    r.familyId = m_s.fixture.family.id;
    r.sentById = m_s.fixture.professionalA;
    r.organisationId = m_s.fixture.provider;
    r.careKind = SupportKind::YouthCare;
    r.reason = QStringLiteral("Opvoedvragen");
    r.sentOn = m_today.addDays(-20);
    DC_VERIFY_OK(m_s.commands->sendReferral(r));
    QCOMPARE(m_referrals->table()->rowCount(), 1);
    // Twenty days without an answer: said in the row and the title.
    QVERIFY2(m_referrals->table()->item(0, 2)->text().contains(QStringLiteral("20 days")),
             qPrintable(m_referrals->table()->item(0, 2)->text()));
    QVERIFY(m_referrals->title().contains(QStringLiteral("without an answer")));
    QVERIFY(!m_referrals->stepButton()->isEnabled());
    selectRow(m_referrals->table(), 0);
    QVERIFY(m_referrals->stepButton()->isEnabled());
    const QByteArray before = contentHash(*m_s.db);

    QTest::mouseClick(m_referrals->stepButton(), Qt::LeftButton);
    auto *dialog = UiTestSupport::waitForDialog<ReferralStepDialog>(m_s.window.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->stepField()->count(), 2); // accepted or declined
    dialog->stepField()->setCurrentIndex(
        dialog->stepField()->findData(int(ReferralStatus::Accepted)));
    dialog->dayField()->setDate(m_today.addDays(-2));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_s.window->findChild<ReferralStepDialog *>());
    QVERIFY(m_referrals->table()->item(0, 2)->text().startsWith(QStringLiteral("Accepted on")));
    QCOMPARE(m_referrals->title(), QStringLiteral("Referrals"));
    const QByteArray after = contentHash(*m_s.db);

    m_s.commands->undoStack()->undo();
    QCOMPARE(contentHash(*m_s.db), before);
    m_s.commands->undoStack()->redo();
    QCOMPARE(contentHash(*m_s.db), after);
}

void TestNetworkPanels::todayListsReferralsWaitingForAnAnswer()
{
    giveConsent(m_s.fixture.assignedOn);
    Referral r;
    r.familyId = m_s.fixture.family.id;
    r.sentById = m_s.fixture.trustedA;
    r.organisationId = m_s.fixture.community;
    r.careKind = SupportKind::Community;
    r.reason = QStringLiteral("Contact met andere ouders");
    r.sentOn = m_today.addDays(-30);
    DC_VERIFY_OK(m_s.commands->sendReferral(r));

    TodayPage page(*m_s.db, m_s.notifier.get());
    page.resize(900, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto listed = [&page](const CurrentUser &user, const QDate &day) {
        page.setUser(user);
        page.setDay(day);
        return page.referralList()->isVisible() ? page.referralList()->topLevelItemCount() : 0;
    };
    CurrentUser sender;
    sender.kind = CurrentUser::Kind::Worker;
    sender.workerId = m_s.fixture.trustedA;
    CurrentUser other = sender;
    other.workerId = m_s.fixture.trustedB;
    const CurrentUser coordinator;
    // Thirteen days after sending it is not waiting yet; fourteen days after, it is.
    QCOMPARE(listed(sender, r.sentOn.addDays(13)), 0);
    QCOMPARE(listed(sender, r.sentOn.addDays(14)), 1);
    QCOMPARE(page.referralList()->topLevelItem(0)->text(1), m_s.fixture.family.caseCode);
    QCOMPARE(listed(coordinator, m_today), 1);
    QCOMPARE(listed(other, m_today), 0);
    // An answer takes it off, and Today follows the change.
    auto referral = ReferralStore(*m_s.db).forFamily(m_s.fixture.family.id)->constFirst();
    DC_VERIFY_OK(m_s.commands->advanceReferral(referral, ReferralStatus::Declined, m_today,
                                               QStringLiteral("Vol")));
    page.setUser(coordinator);
    page.setDay(m_today);
    QTRY_VERIFY(!page.referralList()->isVisible());
}

void TestNetworkPanels::supportAndReferralFromTheVisitReport()
{
    giveConsent(m_s.fixture.assignedOn);
    Visit visit;
    visit.familyId = m_s.fixture.family.id;
    visit.duoId = m_s.fixture.duoA;
    visit.start = QDateTime(m_today.addDays(-1), QTime(10, 0));
    auto visitId = VisitStore(*m_s.db).add(visit);
    DC_VERIFY_OK(visitId);
    CurrentUser professional;
    professional.kind = CurrentUser::Kind::Worker;
    professional.workerId = m_s.fixture.professionalA;
    VisitReportDialog report(*m_s.commands, visitId.value(), professional, m_s.window.get());
    report.show();
    QVERIFY(QTest::qWaitForWindowExposed(&report));
    auto *box = report.findChild<VisitNetworkBox *>();
    QVERIFY(box);

    // Support the family told about, saved at once as its own step.
    QTest::mouseClick(box->supportButton(), Qt::LeftButton);
    auto *support = UiTestSupport::waitForDialog<SupportDialog>(box);
    QVERIFY(support);
    support->kindField()->setCurrentIndex(
        support->kindField()->findData(int(SupportKind::Relatives)));
    QTest::keyClicks(support->providerField(), QStringLiteral("Grootouders"));
    QTest::keyClicks(support->whatField(), QStringLiteral("Koken in het weekend"));
    QTest::mouseClick(support->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!box->findChild<SupportDialog *>());
    QCOMPARE(SupportStore(*m_s.db).forFamily(m_s.fixture.family.id)->size(), 1);

    // A referral agreed on the visit: sent by the professional writing the report, and tied to
    // the visit.
    QTest::mouseClick(box->referralButton(), Qt::LeftButton);
    auto *referral = UiTestSupport::waitForDialog<ReferralDialog>(box);
    QVERIFY(referral);
    QCOMPARE(referral->senderField()->currentData().toLongLong(), m_s.fixture.professionalA);
    referral->organisationField()->setCurrentIndex(
        referral->organisationField()->findData(m_s.fixture.provider));
    QTest::keyClicks(referral->reasonField(), QStringLiteral("Opvoedvragen over Rayan"));
    QVERIFY2(referral->okButton()->isEnabled(), qPrintable(referral->problemText()));
    QTest::mouseClick(referral->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!box->findChild<ReferralDialog *>());
    auto sent = ReferralStore(*m_s.db).forFamily(m_s.fixture.family.id);
    DC_VERIFY_OK(sent);
    QCOMPARE(sent->size(), 1);
    QCOMPARE(sent->constFirst().visitId, visitId.value());
    QCOMPARE(sent->constFirst().sentById, m_s.fixture.professionalA);
    // The report itself is still open and unsaved; support and referral are steps of their own.
    QCOMPARE(VisitStore(*m_s.db).get(visitId.value())->status, VisitStatus::Planned);
    QCOMPARE(m_s.commands->undoStack()->count(), 3); // consent, support, referral
    MessageBox::setNextAnswer(QMessageBox::Discard);
    report.reject();
}

QTEST_MAIN(TestNetworkPanels)
#include "TestNetworkPanels.moc"
