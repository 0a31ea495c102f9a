#pragma once
// Families and their household. Lists are fetched a page at a time (keyset on case code), so
// 10,000 families never sit in memory at once.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>

class Database;

// One line of the family list.
struct FamilySummary
{
    qint64 id = 0;
    QString caseCode;
    QString familyName;
    QString city;
    QString district;
    FamilyStatus status = FamilyStatus::Referred;
    QString duoName; // current duo, empty when none
};

class FamilyStore
{
    Q_DECLARE_TR_FUNCTIONS(FamilyStore)
public:
    explicit FamilyStore(Database &db) : m_db(db) {}

    // Adds the family with a new case code (G-<referral year>-NNNN); returns it as stored.
    Result<Family> add(Family family);
    Status update(const Family &family);
    Result<Family> get(qint64 id) const;
    Result<Family> byCaseCode(const QString &caseCode) const;
    Result<QString> nextCaseCode(int year) const;

    Result<qint64> addMember(const HouseholdMember &member);
    Result<QList<HouseholdMember>> members(qint64 familyId) const;

    // Families whose case code, name or district contains `search`, ordered by case code,
    // starting after `afterCaseCode` (empty: from the start); at most `limit`.
    Result<QList<FamilySummary>> page(const QString &search, const QString &afterCaseCode,
                                      int limit) const;
    Result<int> count(const QString &search = QString()) const;

private:
    Database &m_db;
};
