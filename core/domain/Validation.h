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
    static QString checkBirthYear(int year, const QDate &today = QDate::currentDate());

    static QString checkOrganisation(const Organisation &organisation);
    static QString checkWorker(const Worker &worker);
    static QString checkFamily(const Family &family);
    static QString checkMember(const HouseholdMember &member);
    static QString checkVisit(const Visit &visit);
};
