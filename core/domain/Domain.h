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
};

struct Duo
{
    qint64 id = 0;
    qint64 trustedPersonId = 0;
    qint64 professionalId = 0;
    QString trustedPersonName; // filled by queries that join
    QString professionalName;
    QDate from;
    QDate to; // null while the duo works together

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
};

struct HouseholdMember
{
    qint64 id = 0;
    qint64 familyId = 0;
    QString firstName;
    MemberRole role = MemberRole::Child;
    int birthYear = 0; // 0: unknown
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
    // Filled by list queries that join.
    QString caseCode;
    QString familyName;
    QString duoName;
};
