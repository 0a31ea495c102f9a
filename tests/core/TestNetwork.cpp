// The network around a family (issue 16), on both engines: support deployed with the rules of
// each field (data-driven, each refusal one sentence, nothing stored), a review that stops
// support ending it on its day and its undo opening it again; referrals that need the family's
// consent to share and an organisation with a contact person, follow their steps in order, show
// as waiting after 14 days without an answer, and add up to the figures per period and duo.

#include "TestSupport.h"

#include "domain/NetworkRules.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"
#include "storage/ReferralStore.h"
#include "storage/SupportStore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {
const QDate Today(2026, 5, 15);
const QDate ConsentOn(2026, 2, 1);
} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void supportAddedAndListed();
    void supportRefused_data();
    void supportRefused();
    void supportUndo();
    void stopEndsTheSupport();
    void reviewRefused_data();
    void reviewRefused();
    void reviewedSupportStays();
    void referralNeedsConsent();
    void referralRefused_data();
    void referralRefused();
    void referralSteps();
    void stepRefused_data();
    void stepRefused();
    void referralUndo();
    void waitingForAnAnswer();
    void figures();

private:
    Support support(const QString &what, const QDate &from) const;
    Referral referral(const QDate &sentOn, qint64 organisationId = 0) const;
    void giveConsent();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Fixture m_f;
    qint64 m_noContact = 0; // an organisation without a contact person
};

void TestNetwork::initTestCase_data()
{
    TestSupport::engines();
}

void TestNetwork::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestNetwork::init()
{
    failOnWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened =
        Database::open(TestSupport::newDatabase(*m_dir, QStringLiteral("network.duocoach")));
    DC_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    m_f = Fixture();
    QCOMPARE(makeFixture(*m_db, &m_f), QString());
    Organisation school =
        organisation(QStringLiteral("Basisschool De Zon"), OrganisationKind::Community);
    school.contactName.clear();
    auto added = OrganisationStore(*m_db).add(school);
    DC_VERIFY_OK(added);
    m_noContact = added.value();
}

void TestNetwork::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Support TestNetwork::support(const QString &what, const QDate &from) const
{
    Support s;
    s.familyId = m_f.family.id;
    s.kind = SupportKind::SocialDistrictTeam;
    s.provider = QStringLiteral("Wijkteam Overvecht");
    s.what = what;
    s.from = from;
    return s;
}

Referral TestNetwork::referral(const QDate &sentOn, qint64 organisationId) const
{
    Referral r;
    r.familyId = m_f.family.id;
    r.sentById = m_f.trustedA;
    r.organisationId = organisationId > 0 ? organisationId : m_f.provider;
    r.careKind = SupportKind::YouthCare;
    r.reason = QStringLiteral("Opvoedvragen over Rayan");
    r.sentOn = sentOn;
    return r;
}

void TestNetwork::giveConsent()
{
    Consent consent;
    consent.familyId = m_f.family.id;
    consent.givenBy = ConsentGiver::Parents;
    consent.givenOn = ConsentOn;
    DC_VERIFY_OK(ConsentStore(*m_db).give(consent, {ConsentPurpose::ShareWithPartner}, Today));
}

void TestNetwork::supportAddedAndListed()
{
    SupportStore store(*m_db);
    Support debts = support(QStringLiteral("Schuldhulp"), QDate(2026, 3, 1));
    debts.organisationId = m_f.provider;
    auto first = store.add(debts);
    DC_VERIFY_OK(first);
    Support aunt = support(QStringLiteral("Tante haalt Rayan van school"), QDate(2026, 2, 1));
    aunt.kind = SupportKind::Relatives;
    aunt.provider = QStringLiteral("Tante Samira");
    auto second = store.add(aunt);
    DC_VERIFY_OK(second);
    Support ended = support(QStringLiteral("Huiswerkbegeleiding"), QDate(2026, 1, 10));
    ended.kind = SupportKind::SchoolSupport;
    ended.until = QDate(2026, 3, 31);
    auto third = store.add(ended);
    DC_VERIFY_OK(third);

    // What runs now first, by its start; then what ended.
    auto listed = store.forFamily(m_f.family.id);
    DC_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->at(0).id, second.value());
    QCOMPARE(listed->at(1).id, first.value());
    QCOMPARE(listed->at(2).id, third.value());
    const Support read = listed->at(1);
    QCOMPARE(read.kind, SupportKind::SocialDistrictTeam);
    QCOMPARE(read.organisationId, m_f.provider);
    QCOMPARE(read.provider, QStringLiteral("Wijkteam Overvecht"));
    QCOMPARE(read.from, QDate(2026, 3, 1));
    QVERIFY(!read.until.isValid());
    QVERIFY(read.version > 0);
    QVERIFY(NetworkText::isFormal(read.kind));
    QVERIFY(!NetworkText::isFormal(listed->at(0).kind));

    // Edited: the version counts up.
    Support changed = read;
    changed.what = QStringLiteral("Schuldhulp en budgetcursus");
    DC_VERIFY_OK(store.update(changed));
    auto again = store.get(read.id);
    DC_VERIFY_OK(again);
    QCOMPARE(again->what, changed.what);
    QVERIFY(again->version > read.version);
}

void TestNetwork::supportRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("no what") << "what"
                             << "  "
                             << "Say what the support is.";
    QTest::newRow("no provider") << "provider"
                                 << ""
                                 << "Say who gives the support \"Schuldhulp\".";
    QTest::newRow("no start") << "from"
                              << ""
                              << "The support \"Schuldhulp\" needs the day it started.";
    QTest::newRow("ends before it starts")
        << "until"
        << "2026-02-28"
        << "The support \"Schuldhulp\" ends on 28/02/2026, before it starts on 01/03/2026.";
    QTest::newRow("unknown organisation") << "organisation"
                                          << "9999"
                                          << "There is no organisation with number 9999.";
    QTest::newRow("unknown family") << "family"
                                    << "9999"
                                    << "There is no family with number 9999.";
    QTest::newRow("control character")
        << "what" << QStringLiteral("Schuld\x01hulp") << "control character";
}

void TestNetwork::supportRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    Support s = support(QStringLiteral("Schuldhulp"), QDate(2026, 3, 1));
    if (field == QLatin1String("what"))
        s.what = value;
    else if (field == QLatin1String("provider"))
        s.provider = value;
    else if (field == QLatin1String("from"))
        s.from = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("until"))
        s.until = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("organisation"))
        s.organisationId = value.toLongLong();
    else if (field == QLatin1String("family"))
        s.familyId = value.toLongLong();
    const QByteArray before = contentHash(*m_db);
    auto added = SupportStore(*m_db).add(s);
    QVERIFY(!added);
    QVERIFY2(added.message().contains(message, Qt::CaseInsensitive), qPrintable(added.message()));
    QCOMPARE(contentHash(*m_db), before);
}

void TestNetwork::supportUndo()
{
    SupportStore store(*m_db);
    auto id = store.add(support(QStringLiteral("Schuldhulp"), QDate(2026, 3, 1)));
    DC_VERIFY_OK(id);
    auto added = store.get(id.value());
    DC_VERIFY_OK(added);
    DC_VERIFY_OK(store.remove(id.value()));
    QVERIFY(store.forFamily(m_f.family.id)->isEmpty());
    DC_VERIFY_OK(store.restore(added.value()));
    auto back = store.get(id.value());
    DC_VERIFY_OK(back);
    QCOMPARE(back->what, added->what);
    // Twice is refused: the row is there.
    QVERIFY(!store.restore(added.value()));
}

void TestNetwork::stopEndsTheSupport()
{
    SupportStore store(*m_db);
    auto id = store.add(support(QStringLiteral("Schuldhulp"), QDate(2026, 3, 1)));
    DC_VERIFY_OK(id);
    SupportReview first;
    first.supportId = id.value();
    first.heldOn = QDate(2026, 4, 1);
    first.helps = Helps::Partly;
    first.decision = Decision::Adjust;
    first.reason = QStringLiteral("Vaker langs bij de budgetcoach");
    DC_VERIFY_OK(store.review(first, Today));
    QVERIFY(!store.get(id.value())->until.isValid());

    SupportReview stop = first;
    stop.heldOn = QDate(2026, 5, 1);
    stop.helps = Helps::No;
    stop.decision = Decision::Stop;
    stop.reason = QStringLiteral("Helpt niet: schulden groeien");
    auto written = store.review(stop, Today);
    DC_VERIFY_OK(written);
    QVERIFY(written->endedSupport);
    QCOMPARE(written->familyId, m_f.family.id);
    auto ended = store.get(id.value());
    QCOMPARE(ended->until, QDate(2026, 5, 1));
    QCOMPARE(ended->endReason, stop.reason);
    // Newest first; the stopped support stays in the history.
    auto reviews = store.reviews(m_f.family.id);
    DC_VERIFY_OK(reviews);
    QCOMPARE(reviews->size(), 2);
    QCOMPARE(reviews->at(0).decision, Decision::Stop);
    QCOMPARE(reviews->at(1).helps, Helps::Partly);

    // Undo: the support runs again; redo ends it again.
    DC_VERIFY_OK(store.removeReview(written.value()));
    QVERIFY(!store.get(id.value())->until.isValid());
    QVERIFY(store.get(id.value())->endReason.isEmpty());
    DC_VERIFY_OK(store.restoreReview(written.value()));
    QCOMPARE(store.get(id.value())->until, QDate(2026, 5, 1));
    QCOMPARE(store.reviews(m_f.family.id)->size(), 2);
}

void TestNetwork::reviewRefused_data()
{
    QTest::addColumn<QDate>("heldOn");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::newRow("a day to come")
        << QDate(2026, 5, 16) << "Loopt goed"
        << "The review of \"Schuldhulp\" is dated 16/05/2026, a day still to come.";
    QTest::newRow("before it started")
        << QDate(2026, 2, 27) << "Loopt goed"
        << "The review of \"Schuldhulp\" is dated 27/02/2026, before the support started on "
           "01/03/2026.";
    QTest::newRow("after it ended")
        << QDate(2026, 5, 2) << "Loopt goed"
        << "The support \"Schuldhulp\" ended on 01/05/2026; it cannot be reviewed after that.";
    QTest::newRow("no reason") << QDate(2026, 4, 2) << " "
                               << "Say why the support \"Schuldhulp\" continues.";
    QTest::newRow("twice a day") << QDate(2026, 4, 1) << "Nog eens"
                                 << "The support \"Schuldhulp\" was already reviewed on "
                                    "01/04/2026.";
}

void TestNetwork::reviewRefused()
{
    QFETCH(QDate, heldOn);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    SupportStore store(*m_db);
    Support s = support(QStringLiteral("Schuldhulp"), QDate(2026, 3, 1));
    s.until = QDate(2026, 5, 1);
    auto id = store.add(s);
    DC_VERIFY_OK(id);
    SupportReview review;
    review.supportId = id.value();
    review.heldOn = QDate(2026, 4, 1);
    review.reason = QStringLiteral("Loopt goed");
    DC_VERIFY_OK(store.review(review, Today));
    review.heldOn = heldOn;
    review.reason = reason;
    const QByteArray before = contentHash(*m_db);
    auto written = store.review(review, Today);
    QVERIFY(!written);
    QCOMPARE(written.message(), message);
    QCOMPARE(contentHash(*m_db), before);
}

void TestNetwork::reviewedSupportStays()
{
    SupportStore store(*m_db);
    auto id = store.add(support(QStringLiteral("Schuldhulp"), QDate(2026, 3, 1)));
    DC_VERIFY_OK(id);
    SupportReview review;
    review.supportId = id.value();
    review.heldOn = QDate(2026, 4, 1);
    review.reason = QStringLiteral("Loopt goed");
    DC_VERIFY_OK(store.review(review, Today));
    const QByteArray before = contentHash(*m_db);
    auto removed = store.remove(id.value());
    QVERIFY(!removed);
    QCOMPARE(removed.message(),
             QStringLiteral("The support \"Schuldhulp\" has been reviewed; it stays in the "
                            "family's history."));
    // A new period that would leave the review outside it is refused too.
    Support shorter = store.get(id.value()).value();
    shorter.until = QDate(2026, 3, 31);
    auto updated = store.update(shorter);
    QVERIFY(!updated);
    QCOMPARE(updated.message(), QStringLiteral("The support \"Schuldhulp\" was reviewed on "
                                               "01/04/2026, outside the new period."));
    QCOMPARE(contentHash(*m_db), before);
}

void TestNetwork::referralNeedsConsent()
{
    ReferralStore store(*m_db);
    const QByteArray before = contentHash(*m_db);
    auto refused = store.send(referral(QDate(2026, 3, 2)), Today);
    QVERIFY(!refused);
    QCOMPARE(refused.message(),
             QStringLiteral("The family has not consented to sharing with a partner organisation "
                            "on 02/03/2026; record that consent before referring it."));
    QCOMPARE(contentHash(*m_db), before);

    giveConsent();
    // Before the consent was given is still refused.
    QVERIFY(!store.send(referral(ConsentOn.addDays(-1)), Today));
    auto sent = store.send(referral(QDate(2026, 3, 2)), Today);
    DC_VERIFY_OK(sent);
    QCOMPARE(sent->status, ReferralStatus::Sent);
    QCOMPARE(sent->duoId, m_f.duoA);
    QCOMPARE(sent->contactName, QStringLiteral("Anna de Wit"));
    QCOMPARE(sent->organisationName, QStringLiteral("Gezinskracht Utrecht"));
    QCOMPARE(sent->sentByName, QStringLiteral("Fatima El Amrani"));
    QVERIFY(sent->consentId > 0);
    QCOMPARE(ConsentStore(*m_db).get(sent->consentId)->purpose, ConsentPurpose::ShareWithPartner);

    // A withdrawn consent no longer covers a new referral.
    DC_VERIFY_OK(ConsentStore(*m_db).withdraw(sent->consentId, QDate(2026, 4, 1), Today));
    QVERIFY(!store.send(referral(QDate(2026, 4, 2)), Today));
}

void TestNetwork::referralRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("organisation without a contact person")
        << "no contact"
        << "Basisschool De Zon has no contact person: add one to the organisation before "
           "referring a family to it.";
    QTest::newRow("sender outside the duo")
        << "sender"
        << "A referral is sent by Fatima El Amrani or Marieke van Dijk, the duo of "
           "the family.";
    QTest::newRow("no reason") << "reason"
                               << "Say why the family is referred.";
    QTest::newRow("a day to come") << "future"
                                   << "The referral is dated 16/05/2026, a day still "
                                      "to come.";
    QTest::newRow("before the family had a duo")
        << "no duo"
        << "The family had no duo on 20/01/2026 to send the referral.";
    QTest::newRow("no organisation") << "organisation"
                                     << "Choose the organisation the referral goes to.";
}

void TestNetwork::referralRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    giveConsent();
    Referral r = referral(QDate(2026, 3, 2));
    if (field == QLatin1String("no contact"))
        r.organisationId = m_noContact;
    else if (field == QLatin1String("sender"))
        r.sentById = m_f.trustedB;
    else if (field == QLatin1String("reason"))
        r.reason = QStringLiteral("   ");
    else if (field == QLatin1String("future"))
        r.sentOn = Today.addDays(1);
    else if (field == QLatin1String("no duo"))
        r.sentOn = QDate(2026, 1, 20);
    else if (field == QLatin1String("organisation"))
        r.organisationId = -1;
    const QByteArray before = contentHash(*m_db);
    auto sent = ReferralStore(*m_db).send(r, Today);
    QVERIFY(!sent);
    QCOMPARE(sent.message(), message);
    QCOMPARE(contentHash(*m_db), before);
}

void TestNetwork::referralSteps()
{
    giveConsent();
    ReferralStore store(*m_db);
    auto sent = store.send(referral(QDate(2026, 3, 2)), Today);
    DC_VERIFY_OK(sent);
    const qint64 id = sent->id;
    DC_VERIFY_OK(store.advance(id, ReferralStatus::Accepted, QDate(2026, 3, 9), {}, Today));
    DC_VERIFY_OK(store.advance(id, ReferralStatus::Started, QDate(2026, 3, 20), {}, Today));
    DC_VERIFY_OK(store.advance(id, ReferralStatus::Ended, QDate(2026, 5, 1),
                               QStringLiteral("Moeder volgt een oudercursus"), Today));
    auto done = store.get(id);
    DC_VERIFY_OK(done);
    QCOMPARE(done->status, ReferralStatus::Ended);
    QCOMPARE(done->answeredOn, QDate(2026, 3, 9));
    QCOMPARE(done->startedOn, QDate(2026, 3, 20));
    QCOMPARE(done->endedOn, QDate(2026, 5, 1));
    QCOMPARE(done->outcome, QStringLiteral("Moeder volgt een oudercursus"));
    QCOMPARE(store.forFamily(m_f.family.id)->size(), 1);
}

void TestNetwork::stepRefused_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("message");
    const QDate ok(2026, 4, 1);
    QTest::newRow("sent, then started")
        << int(ReferralStatus::Sent) << int(ReferralStatus::Started) << ok << QString()
        << "A referral that is sent cannot become started.";
    QTest::newRow("declined, then started")
        << int(ReferralStatus::Declined) << int(ReferralStatus::Started) << ok << QString()
        << "A referral that is declined cannot become started.";
    QTest::newRow("answered before it was sent")
        << int(ReferralStatus::Sent) << int(ReferralStatus::Accepted) << QDate(2026, 3, 1)
        << QString()
        << "The referral was sent on 02/03/2026; the next step cannot come before that.";
    QTest::newRow("a day to come")
        << int(ReferralStatus::Sent) << int(ReferralStatus::Declined) << Today.addDays(1)
        << QString() << "The day 16/05/2026 is still to come.";
    QTest::newRow("ended without outcome")
        << int(ReferralStatus::Started) << int(ReferralStatus::Ended) << ok << QStringLiteral(" ")
        << "Say what the referral brought the family.";
}

void TestNetwork::stepRefused()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QDate, on);
    QFETCH(QString, outcome);
    QFETCH(QString, message);
    giveConsent();
    ReferralStore store(*m_db);
    auto sent = store.send(referral(QDate(2026, 3, 2)), Today);
    DC_VERIFY_OK(sent);
    const auto status = ReferralStatus(from);
    if (status == ReferralStatus::Declined)
        DC_VERIFY_OK(store.advance(sent->id, status, QDate(2026, 3, 5), {}, Today));
    if (status == ReferralStatus::Started) {
        DC_VERIFY_OK(
            store.advance(sent->id, ReferralStatus::Accepted, QDate(2026, 3, 5), {}, Today));
        DC_VERIFY_OK(store.advance(sent->id, status, QDate(2026, 3, 6), {}, Today));
    }
    const QByteArray before = contentHash(*m_db);
    auto stepped = store.advance(sent->id, ReferralStatus(to), on, outcome, Today);
    QVERIFY(!stepped);
    QCOMPARE(stepped.message(), message);
    QCOMPARE(contentHash(*m_db), before);
}

void TestNetwork::referralUndo()
{
    giveConsent();
    ReferralStore store(*m_db);
    auto sent = store.send(referral(QDate(2026, 3, 2)), Today);
    DC_VERIFY_OK(sent);
    auto before = store.advance(sent->id, ReferralStatus::Declined, QDate(2026, 3, 4),
                                QStringLiteral("Wachtlijst te lang"), Today);
    DC_VERIFY_OK(before);
    QCOMPARE(before->status, ReferralStatus::Sent);
    // Answered: it stays in the history.
    QVERIFY(!store.remove(sent->id));
    DC_VERIFY_OK(store.putBack(before.value()));
    auto back = store.get(sent->id);
    QCOMPARE(back->status, ReferralStatus::Sent);
    QVERIFY(!back->answeredOn.isValid());
    QVERIFY(back->outcome.isEmpty());
    // Undo and redo of sending it.
    DC_VERIFY_OK(store.remove(sent->id));
    QVERIFY(store.forFamily(m_f.family.id)->isEmpty());
    DC_VERIFY_OK(store.restore(back.value()));
    QCOMPARE(store.get(sent->id)->reason, back->reason);
}

void TestNetwork::waitingForAnAnswer()
{
    giveConsent();
    ReferralStore store(*m_db);
    auto old = store.send(referral(QDate(2026, 3, 1)), Today);
    DC_VERIFY_OK(old);
    Referral byProfessional = referral(QDate(2026, 3, 2));
    byProfessional.sentById = m_f.professionalA;
    auto other = store.send(byProfessional, Today);
    DC_VERIFY_OK(other);
    // 14 days after sending it is not yet waiting; the 15th it is.
    QVERIFY(store.unanswered(m_f.trustedA, QDate(2026, 3, 14))->isEmpty());
    auto waiting = store.unanswered(m_f.trustedA, QDate(2026, 3, 15));
    DC_VERIFY_OK(waiting);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->at(0).id, old->id);
    QCOMPARE(waiting->at(0).caseCode, m_f.family.caseCode);
    // The coordinator's overview: everyone's, oldest first.
    auto everyone = store.unanswered(0, QDate(2026, 4, 1));
    QCOMPARE(everyone->size(), 2);
    QCOMPARE(everyone->at(0).id, old->id);
    // An answer takes it off.
    DC_VERIFY_OK(store.advance(old->id, ReferralStatus::Accepted, QDate(2026, 3, 20), {}, Today));
    QVERIFY(store.unanswered(m_f.trustedA, QDate(2026, 4, 1))->isEmpty());
    QCOMPARE(store.unanswered(0, QDate(2026, 4, 1))->size(), 1);
}

void TestNetwork::figures()
{
    giveConsent();
    ReferralStore store(*m_db);
    const QList<QPair<SupportKind, int>> sent = {{SupportKind::SpecialistYouthCare, 3},
                                                 {SupportKind::SocialDistrictTeam, 4},
                                                 {SupportKind::MentalHealth, 5},
                                                 {SupportKind::Community, 6}};
    QList<qint64> ids;
    for (const auto &[kind, day] : sent) {
        Referral r = referral(QDate(2026, 3, day));
        r.careKind = kind;
        auto written = store.send(r, Today);
        DC_VERIFY_OK(written);
        ids << written->id;
    }
    // Answered after 2, 6 and 10 days; one declined; one waits.
    DC_VERIFY_OK(store.advance(ids[0], ReferralStatus::Declined, QDate(2026, 3, 5), {}, Today));
    DC_VERIFY_OK(store.advance(ids[1], ReferralStatus::Accepted, QDate(2026, 3, 10), {}, Today));
    DC_VERIFY_OK(store.advance(ids[2], ReferralStatus::Accepted, QDate(2026, 3, 15), {}, Today));
    auto figures = store.figures(QDate(2026, 3, 1), QDate(2026, 3, 31));
    DC_VERIFY_OK(figures);
    QCOMPARE(figures->toSpecialistCare, 1);
    QCOMPARE(figures->toOtherFormalCare, 2);
    QCOMPARE(figures->toInformalPartners, 1);
    QCOMPARE(figures->declined, 1);
    QCOMPARE(figures->answered, 3);
    QCOMPARE(figures->unanswered, 1);
    QCOMPARE(figures->medianDaysToAnswer, 6.0);
    // Another duo sent none; another period holds none.
    QCOMPARE(store.figures(QDate(2026, 3, 1), QDate(2026, 3, 31), m_f.duoB)->answered, 0);
    QCOMPARE(store.figures(QDate(2026, 3, 1), QDate(2026, 3, 31), m_f.duoA)->answered, 3);
    QCOMPARE(store.figures(QDate(2026, 4, 1), QDate(2026, 4, 30))->toOtherFormalCare, 0);
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "TestNetwork.moc"
