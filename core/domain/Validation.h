#pragma once
// Field rules shared by forms, stores and importers. Each check returns an empty string when
// the value is fine, or one sentence saying what is wrong, ready for the user.

#include "Domain.h"

#include <QCoreApplication>

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    // Dutch postcode: four digits (not starting with 0), optional space, two letters; the
    // letter pairs SA, SD and SS are never issued.
    static QString checkPostcode(const QString &postcode);
    // "1234ab" -> "1234 AB"; anything unparsable is returned trimmed.
    static QString normalisePostcode(const QString &postcode);
    static QString checkEmail(const QString &email);
    // A phone number to call a family on: Dutch (ten digits from the 0: "06-12345678",
    // "(030) 123 45 67") or international (+ or 00, the country code and number: 8 to 15
    // digits, "+32 470 12 34 56"). Spaces, hyphens, dots and brackets are allowed; empty is
    // fine (no number).
    static QString checkPhone(const QString &phone);
    // Trimmed, with single spaces; "0031 6 …" stays as typed (the digits are what counts).
    static QString normalisePhone(const QString &phone);
    // A control character (NUL, escape, ...) in text a person typed or a file held: it shows as
    // nothing or garbage and can cut the text short in other programs. Line breaks and tabs
    // are text. Names the character as U+0000.
    static QString checkControlCharacters(const QString &text);
    static QString checkBirthYear(int year, const QDate &today = QDate::currentDate());

    static QString checkOrganisation(const Organisation &organisation);
    static QString checkWorker(const Worker &worker);
    static QString checkFamily(const Family &family);
    static QString checkMember(const HouseholdMember &member);
    // Presence only on a visit that took place, and then at least one of the duo; done and
    // no-show only once the visit's time has come (`now`); a reason for cancelled and no-show.
    static QString checkVisit(const Visit &visit,
                              const QDateTime &now = QDateTime::currentDateTime());
    // A follow-up's own fields; whose it may be (one of the duo) is FollowUpStore's rule.
    static QString checkFollowUp(const FollowUp &followUp);
    // A goal's own fields; how it fits its family's history (referral, evaluations) is
    // GoalStore's rule.
    static QString checkGoal(const Goal &goal, const QDate &today = QDate::currentDate());
    // An evaluation's date and reason; its scores, each about a goal, are EvaluationStore's.
    static QString checkEvaluation(const Evaluation &evaluation,
                                   const QDate &today = QDate::currentDate());
};
