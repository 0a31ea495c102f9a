#pragma once
// The network around a family (issue 16): the support deployed for it, by whom, and whether it
// helps; and the referrals its duo sends to other partners and to formal care. The value types
// and their storage codes live here; the rules that need the database are SupportStore's and
// ReferralStore's.

#include "Domain.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// Who provides a form of support: the first three are informal, the others formal care. A
// referral names the same kinds for where it goes.
enum class SupportKind {
    Community,         // a community organisation (mosque, association)
    NeighbourhoodHelp, // neighbours, a neighbourhood's own help
    Relatives,
    SocialDistrictTeam, // wijkteam
    YouthCare,          // a youth-care provider
    SpecialistYouthCare,
    MentalHealth, // ggz
    SchoolSupport
};

enum class ReferralStatus { Sent, Accepted, Declined, Started, Ended };

struct Support
{
    qint64 id = 0;
    qint64 familyId = 0;
    SupportKind kind = SupportKind::Community;
    QString provider;          // the organisation or person that gives it
    qint64 organisationId = 0; // 0: not one registered in DuoCoach
    QString what;
    QDate from;
    QDate until;        // null while it runs
    QString endReason;  // why it ended, when a review stopped it
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database

    bool runsOn(const QDate &day) const
    {
        return from.isValid() && from <= day && (!until.isValid() || until >= day);
    }
};

// Whether one form of support helps, judged on a day (at an interim evaluation or on its own),
// and what is decided: continue, adjust, or stop (which ends the support on that day).
struct SupportReview
{
    qint64 id = 0;
    qint64 supportId = 0;
    qint64 familyId = 0; // filled from the support
    QDate heldOn;
    Helps helps = Helps::Yes;
    Decision decision = Decision::Continue;
    QString reason;
    qint64 evaluationId = 0;   // 0: not part of an interim evaluation
    qint64 meetingId = 0;      // 0: not decided at a case consultation
    bool endedSupport = false; // the review's stop ended the support (its undo reopens it)
};

struct Referral
{
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 visitId = 0;  // 0: not written with a visit report
    qint64 duoId = 0;    // the family's duo when it was sent
    qint64 sentById = 0; // one of that duo
    qint64 organisationId = 0;
    QString contactName; // the organisation's contact person when it was sent
    SupportKind careKind = SupportKind::SocialDistrictTeam;
    QString reason;
    qint64 consentId = 0; // the family's consent to share with a partner, holding on sentOn
    ReferralStatus status = ReferralStatus::Sent;
    QDate sentOn;
    QDate answeredOn; // accepted or declined
    QDate startedOn;
    QDate endedOn;
    QString outcome;
    QString organisationName; // filled by queries that join
    QString sentByName;
    QString caseCode;
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database
};

// Referrals of a period counted by where they went and what became of them: the figures of the
// statistics and of a supervision package's duos.
struct ReferralFigures
{
    int toSpecialistCare = 0;
    int toOtherFormalCare = 0;
    int toInformalPartners = 0;
    int declined = 0;
    int started = 0; // the care began (and may have ended since)
    int answered = 0;
    int unanswered = 0;
    double medianDaysToAnswer = 0; // of those answered; 0 when none was

    int total() const { return toSpecialistCare + toOtherFormalCare + toInformalPartners; }
    // Counts one referral by its codes (an unknown kind counts as informal); call finish() after
    // the last for the median.
    void add(const QString &careKind, const QString &status, const QDate &sentOn,
             const QDate &answeredOn);
    void finish();

private:
    QList<qint64> m_days; // to an answer, of those answered
};

class NetworkText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkText)
public:
    static QString code(SupportKind kind);
    static QString code(ReferralStatus status);
    static QString display(SupportKind kind);
    static QString display(ReferralStatus status);
    static std::optional<SupportKind> parseKind(const QString &code);
    static std::optional<ReferralStatus> parseStatus(const QString &code);

    static bool isFormal(SupportKind kind) { return kind >= SupportKind::SocialDistrictTeam; }
    static QList<SupportKind> kinds();
    // Every code of each, quoted and separated by commas, for a CHECK constraint.
    static QString sqlKinds();
    static QString sqlStatuses();
};
