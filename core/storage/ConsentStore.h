#pragma once
// The consent records of families (see Consent and ConsentRule): recorded per purpose, checked
// against who must consent given the children's ages, withdrawn on a day, and never deleted
// but by the undo of recording them or the removal of the whole family (retention). The
// supervision export asks here which families it must leave out.

#include "Result.h"
#include "domain/Consent.h"

#include <QCoreApplication>
#include <QVariantList>

class Database;
struct ExportRequest;

class ConsentStore
{
    Q_DECLARE_TR_FUNCTIONS(ConsentStore)
public:
    explicit ConsentStore(Database &db) : m_db(db) {}

    // One record per purpose, given by `consent.givenBy` on `consent.givenOn` (not after
    // `today`). Refused: no purpose, a giver the household's ages do not allow (ConsentRule),
    // a purpose whose consent already holds on that day, an unknown family.
    Result<QList<Consent>> give(const Consent &consent, const QList<ConsentPurpose> &purposes,
                                const QDate &today = QDate::currentDate());
    // The consent no longer holds from `day` on (not before it was given, not after `today`).
    Status withdraw(qint64 id, const QDate &day, const QDate &today = QDate::currentDate());
    // Undo of withdraw(): the consent holds again.
    Status reinstate(qint64 id);
    // Undo of give(): the records go again, refused once one was withdrawn.
    Status remove(const QList<qint64> &ids);
    // Redo of give() after remove(): the records come back with their own ids.
    Status restore(const QList<Consent> &consents);

    Result<Consent> get(qint64 id) const;
    // The family's records, those that hold first, then by the day given, newest first.
    Result<QList<Consent>> forFamily(qint64 familyId) const;

    // The days of `days` on which the family has no consent for `purpose` (ConsentRule::holds):
    // a visit planned on one of them goes to a family that has not agreed to it.
    Result<QList<QDate>> daysWithout(qint64 familyId, ConsentPurpose purpose,
                                     const QList<QDate> &days) const;
    // Of `familyIds`, those without consent for `purpose` holding on `on`; one statement.
    Result<QList<qint64>> familiesWithout(const QList<qint64> &familyIds, ConsentPurpose purpose,
                                          const QDate &on) const;

    // The families whose visits `request` selects that have no consent for a supervision export
    // holding on `on`: the supervision package leaves them out and says how many.
    Result<QList<qint64>> familiesWithoutExportConsent(const ExportRequest &request,
                                                       const QDate &on) const;
    // The same for a database only read (the supervision package writer's source).
    static Result<QList<qint64>>
    familiesWithoutExportConsent(const Database &db, const ExportRequest &request, const QDate &on);

    // A subquery of the ids of families whose consent for `purpose` holds on a day, and its
    // binds: for exports that select in SQL (ExportSelection, AccessLog).
    static QString consentedFamilies();
    static QVariantList consentedBinds(ConsentPurpose purpose, const QDate &on);

private:
    Result<qint64> insert(const Consent &consent, qint64 id);

    Database &m_db;
};
