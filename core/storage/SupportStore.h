#pragma once
// The support deployed for a family (ingezette ondersteuning), informal and formal, and the
// reviews of whether each form of it helps. A review that decides to stop ends the support on
// its day; ended support stays, with why it ended, so the family's history shows what was
// tried. Every change is one transaction; each has its undo here.

#include "Result.h"
#include "domain/Network.h"

#include <QCoreApplication>

class Database;
class QSqlQuery;

class SupportStore
{
    Q_DECLARE_TR_FUNCTIONS(SupportStore)
public:
    // One row of `id, family_id, kind, provider, organisation_id, what, from_date, until_date,
    // end_reason`, in this order.
    static Support fromRow(const QSqlQuery &q);
    // One row of `id, support_id, family_id, held_on, helps, decision, reason, evaluation_id,
    // ended_support, meeting_id`, in this order.
    static SupportReview reviewFromRow(const QSqlQuery &q);

    explicit SupportStore(Database &db) : m_db(db) {}

    // Refused: what NetworkRules::checkSupport refuses, an unknown family or organisation.
    // Returns the new id.
    Result<qint64> add(const Support &support);
    // Changes kind, provider, organisation, what, from and until (the same rules, and no
    // review may fall outside the new period); the family stays.
    Status update(const Support &support);
    // Undo of add(); refused once the support was reviewed (a review is not lost silently).
    Status remove(qint64 id);
    // Redo of add() after remove(): the support comes back with its own id.
    Status restore(const Support &support);

    Result<Support> get(qint64 id) const;
    // The family's support: what runs now first, by its start, then what ended, latest first.
    Result<QList<Support>> forFamily(qint64 familyId) const;

    // Records a review (NetworkRules::checkReview; one per support a day). A decision to stop
    // ends the support on the review's day with the review's reason, when it still ran then.
    // Returns the review as written: its id, family, and whether it ended the support.
    Result<SupportReview> review(const SupportReview &review,
                                 const QDate &today = QDate::currentDate());
    // Undo of review(): the review goes, and the support it ended runs again.
    Status removeReview(const SupportReview &review);
    // Redo of review() after removeReview(): with its own id, ending the support again.
    Status restoreReview(const SupportReview &review);
    // The family's reviews, newest first.
    Result<QList<SupportReview>> reviews(qint64 familyId) const;

private:
    Status check(const Support &support) const;
    Result<qint64> insert(const Support &support, qint64 id);
    Result<SupportReview> insertReview(SupportReview review, qint64 id, const QDate &today);
    Result<QList<Support>> list(const QString &where, const QString &order,
                                const QVariantList &binds) const;

    Database &m_db;
};
