#pragma once
// Meetings around the families (issue 16): case consultations with partners
// (casuïstiekoverleg), where each family is brought in by its case code with a question and
// leaves with advice and decisions; the two organisations' interim meetings on their
// collaboration; and the network meetings of trusted persons (the volunteers' lunch). Who was
// there is recorded for each; families only for a consultation.

#include "Domain.h"
#include "Network.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

enum class MeetingKind {
    Consultation,  // a case consultation or learning meeting with partners
    Collaboration, // the two organisations' interim meeting on working together
    Network        // a network meeting of trusted persons (a lunch, a training day)
};

// What a consultation decided about a family besides its support (which is a SupportReview):
// the duo then acts on it, a referral needing the family's consent as always.
enum class MeetingDecisionKind { Referral, Goal, Other };

struct MeetingDecision
{
    qint64 id = 0;
    MeetingDecisionKind kind = MeetingDecisionKind::Other;
    QString what;
};

// A partner organisation at the table, by the contact person who came.
struct MeetingPartner
{
    qint64 organisationId = 0;
    QString contactName;
    QString organisationName; // filled by queries that join
    QString organisationKind; // its kind code (OrganisationKind), for the package
};

// One family discussed at a consultation: the question brought in, the advice, and what was
// decided, each written with the meeting and undone with it.
struct MeetingFamily
{
    qint64 id = 0;
    qint64 familyId = 0;
    QString question;
    QString advice;
    QList<SupportReview> reviews; // continue, adjust or stop a form of its support
    QList<MeetingDecision> decisions;
    QList<FollowUp> followUps; // each lands on its owner's Today page
    QString caseCode;          // filled by queries that join
};

struct Meeting
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::Consultation;
    QDate heldOn;
    QString title;          // "Vrijwilligerslunch", or empty
    qint64 organiserId = 0; // the organisation that organised it, when one did
    QString notes;          // of a collaboration meeting: what was agreed (no family names)
    QList<qint64> workerIds;
    QList<MeetingPartner> partners;
    QList<MeetingFamily> families;
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database
};

// A consultation as a family's page lists it.
struct FamilyMeeting
{
    qint64 meetingId = 0;
    QDate heldOn;
    QString question;
    QString advice;
    int decisions = 0; // reviews and other decisions together
};

class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(MeetingText)
public:
    static QString code(MeetingKind kind);
    static QString code(MeetingDecisionKind kind);
    static QString display(MeetingKind kind);
    static QString display(MeetingDecisionKind kind);
    static std::optional<MeetingKind> parseKind(const QString &code);
    static std::optional<MeetingDecisionKind> parseDecisionKind(const QString &code);
    static QList<MeetingKind> kinds();
    static QList<MeetingDecisionKind> decisionKinds();
    // Every code of each, quoted and separated by commas, for a CHECK constraint.
    static QString sqlKinds();
    static QString sqlDecisionKinds();
};
