#pragma once
// The value types of the first domain slice (DESIGN.md, glossary). Plain data: rules live in
// Validation and the stores, storage in core/storage. Deliberately no fields for ethnicity,
// religion, diagnoses or BSN: DuoCoach does not need them (data minimisation).

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

enum class OrganisationKind { Community, CareProvider, Municipality };
enum class WorkerRole { TrustedPerson, Professional };
enum class Gender { Female, Male, Other };
enum class GenderWish { None, Female, Male };
enum class FamilyStatus { Referred, Intake, Active, Closed };
enum class MemberRole { Parent, Child, Other };
enum class VisitStatus { Planned, Done, Cancelled, NoShow };
// The 13 life domains of the Zelfredzaamheid-Matrix (ZRM); scores run from 1 (acute
// problems) to 5 (fully self-reliant).
enum class LifeDomain {
    Finances,
    WorkEducation,
    TimeUse,
    Housing,
    HomeRelationships,
    MentalHealth,
    PhysicalHealth,
    Addiction,
    DailyLiving,
    SocialNetwork,
    CommunityParticipation,
    Justice,
    SelfCare,
};
enum class Helps { Yes, Partly, No };           // "does the support help?"
enum class Decision { Continue, Adjust, Stop }; // of an interim evaluation

struct Organisation
{
    qint64 id = 0;
    QString name;
    OrganisationKind kind = OrganisationKind::Community;
    QString city;
    // Each organisation has one contact person for the joint work (aanspreekpunt).
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    bool archived = false;
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database
};

struct Worker
{
    qint64 id = 0;
    QString name;
    WorkerRole role = WorkerRole::TrustedPerson;
    qint64 organisationId = 0;
    QString organisationName; // filled by queries that join, ignored on write
    QStringList languages;    // language codes, see Languages
    QString district;
    Gender gender = Gender::Female;
    int maxCaseload = 8;
    QString phone;
    QString email;
    bool active = true;
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database
};

struct Duo
{
    qint64 id = 0;
    qint64 trustedPersonId = 0;
    qint64 professionalId = 0;
    QString trustedPersonName; // filled by queries that join
    QString professionalName;
    QDate from;
    QDate to;           // null while the duo works together
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database

    bool isActiveOn(const QDate &day) const { return from <= day && (to.isNull() || day <= to); }
    QString displayName() const
    {
        return trustedPersonName + QLatin1String(" & ") + professionalName;
    }
};

struct Family
{
    qint64 id = 0;
    QString caseCode; // pseudonym used in exports, e.g. G-2026-0042
    QString familyName;
    QString phone; // Dutch or international (Validation::checkPhone); empty: none
    QString street;
    QString postcode;
    QString city;
    QString district;
    QStringList homeLanguages;
    GenderWish preferredGender = GenderWish::None; // of the trusted person
    QString referralSource;
    QDate referredOn;
    FamilyStatus status = FamilyStatus::Referred;
    QDate closedOn;
    QString closingReason;
    // The row's version as read (RowVersions): a save over a newer one is refused.
    qint64 version = 1;
};

struct HouseholdMember
{
    qint64 id = 0;
    qint64 familyId = 0;
    QString firstName;
    MemberRole role = MemberRole::Child;
    int birthYear = 0;  // 0: unknown
    QString phone;      // a parent's own number, when it differs from the family's
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database
};

struct Assignment
{
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 duoId = 0;
    QDate from;
    QDate to;        // null while current
    QString duoName; // filled by queries that join
};

struct Visit
{
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 duoId = 0;
    QDateTime start; // wall-clock time in the Netherlands
    int durationMinutes = 60;
    VisitStatus status = VisitStatus::Planned;
    bool trustedPersonPresent = false;
    bool professionalPresent = false;
    QList<qint64> presentMemberIds;
    QString statusReason; // why cancelled or no-show; empty otherwise
    qint64 seriesId = 0;  // 0: a single visit
    // Filled by list queries that join.
    QString caseCode;
    QString familyName;
    QString duoName;
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database
};

// What happened on a done visit: the task split between the two, the life domains and goals
// worked on, and free text. Presence lives on the Visit.
struct VisitReport
{
    qint64 visitId = 0;
    QString trustedPersonTasks;
    QString professionalTasks;
    QList<LifeDomain> topics;
    QList<qint64> goalIds;
    QString notes;
    QString writtenBy; // the user who wrote it (display name)
    QDateTime writtenAt;
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database
};

struct FollowUp
{
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 visitId = 0;   // 0: not from a visit
    qint64 meetingId = 0; // 0: not decided at a case consultation
    QString description;
    qint64 ownerId = 0; // a worker
    QDate dueOn;
    QDate doneOn;      // null while open
    QString doneBy;    // who ticked it off (a name); empty while open and for old rows
    QString ownerName; // filled by queries that join
    QString caseCode;
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database
};

// Signals of unsafety (meldcode). Never deleted; closed only with a note.
struct SafetyConcern
{
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 visitId = 0; // 0: not raised on a visit
    QString description;
    QString raisedBy;
    QDateTime raisedAt;
    QString closedBy;
    QDateTime closedAt; // null while open
    QString closingNote;

    bool isOpen() const { return closedAt.isNull(); }
};

// What a family told the trusted person in confidence: shown only to that trusted person,
// never exported.
struct ConfidentialNote
{
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 visitId = 0;
    qint64 trustedPersonId = 0;
    QDateTime writtenAt;
    QString text;
};

struct Goal
{
    qint64 id = 0;
    qint64 familyId = 0;
    LifeDomain domain = LifeDomain::Finances;
    QString description;
    int startScore = 1; // 1..5
    QDate setOn;
    QDate endedOn;      // null while worked on
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database
};

struct GoalScore
{
    qint64 goalId = 0;
    int score = 1; // 1..5
};

struct Evaluation
{
    qint64 id = 0;
    qint64 familyId = 0;
    QDate heldOn;
    QList<GoalScore> scores;
    Helps helps = Helps::Yes;
    Decision decision = Decision::Continue;
    QString reason;
};
