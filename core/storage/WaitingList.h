#pragma once
// The families waiting for a duo: referred or in intake, with no assignment running or planned.
// The longest waiting comes first, so the coordinator sees who has waited too long.

#include "Result.h"
#include "domain/Domain.h"

#include <QDate>

class Database;

// One family on the waiting list, with what matching needs at a glance.
struct WaitingFamily
{
    qint64 id = 0;
    QString caseCode;
    QString familyName;
    QString city;
    QString district;
    QStringList homeLanguages; // language codes, see Languages
    GenderWish preferredGender = GenderWish::None;
    FamilyStatus status = FamilyStatus::Referred;
    QDate referredOn;
    int daysWaiting = 0; // from the referral to the day of the list; never negative
};

class WaitingList
{
public:
    explicit WaitingList(const Database &db) : m_db(db) {}

    // The families waiting on `day`, longest waiting first (then by case code). A family whose
    // duo starts later is not waiting: a duo has been found for it.
    Result<QList<WaitingFamily>> families(const QDate &day) const;

private:
    const Database &m_db;
};
