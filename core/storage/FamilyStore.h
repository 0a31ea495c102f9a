#pragma once
// Families and their household. Lists are fetched a page at a time (keyset on case code), so
// 10,000 families never sit in memory at once.

#include "Result.h"
#include "domain/Domain.h"

#include <QCoreApplication>

#include <functional>

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
    QString duoName;                // current duo, empty when none
    bool openSafetyConcern = false; // it must stand out in every list (meldcode)
};

class FamilyStore
{
    Q_DECLARE_TR_FUNCTIONS(FamilyStore)
public:
    explicit FamilyStore(Database &db) : m_db(db) {}

    // Adds the family with a new case code (G-<referral year>-NNNN); returns it as stored.
    Result<Family> add(Family family);
    // Called with the rows written so far while a set is added; an error it returns (a
    // cancel, say) stops the adding and rolls it back.
    using Written = std::function<Status(qint64 written)>;
    // add() for many families at once (an import), in one transaction, as a set: one case-code
    // query per referral year and multi-row INSERTs, not three statements a family. Codes
    // follow the given order. Returns them as stored, in that order. A family the rules refuse
    // refuses the set; *refused is then its index in `families`.
    Result<QList<Family>> addAll(QList<Family> families, const Written &written = {},
                                 int *refused = nullptr);
    // Changes every field but the id and the case code. Closing the family also ends its
    // assignment on the closing day, in the same transaction: a closed family has no duo.
    Status update(const Family &family);
    // The status alone (FamilyProgress: the status that follows the work); not to or from
    // closed, which update() does with its day and reason.
    Result<FamilyStatus> status(qint64 id) const;
    Status setStatus(qint64 id, FamilyStatus status);
    // Undo of add(): refused once the family has household members, assignments or visits.
    Status remove(qint64 id);
    // Redo of add() after remove(): the family comes back with its own id and case code.
    Status restore(const Family &family);
    // remove() and restore() for many families at once (undo and redo of an import), each as
    // one set of statements; refused as a whole, with their sentence about the first family
    // in the list they refuse.
    Status removeAll(const QList<qint64> &ids);
    Status restoreAll(const QList<Family> &families);
    Result<Family> get(qint64 id) const;
    Result<Family> byCaseCode(const QString &caseCode) const;
    Result<QString> nextCaseCode(int year) const;

    Result<qint64> addMember(const HouseholdMember &member);
    Result<QList<HouseholdMember>> members(qint64 familyId) const;
    Result<HouseholdMember> member(qint64 id) const;
    // Changes name, role and birth year; a member stays in their family.
    Status updateMember(const HouseholdMember &member);
    // Refused once the member was present at a visit: the visit log keeps who was there.
    Status removeMember(qint64 id);
    // Undo of removeMember(), redo of addMember(): the member comes back with their own id.
    Status restoreMember(const HouseholdMember &member);

    // Families whose case code, name or district contains `search`, ordered by case code,
    // starting after `afterCaseCode` (empty: from the start); at most `limit`. With `workerId`,
    // only the families currently assigned to a duo of that worker ("My families").
    Result<QList<FamilySummary>> page(const QString &search, const QString &afterCaseCode,
                                      int limit, qint64 workerId = 0) const;
    Result<int> count(const QString &search = QString(), qint64 workerId = 0) const;

private:
    Result<int> nextCaseNumber(int year) const;
    Result<qint64> insertMember(const HouseholdMember &member, qint64 id);

    Database &m_db;
};
