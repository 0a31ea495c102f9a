#pragma once
// Referrals (verwijzingen): from a family's duo to formal care, or from its trusted person to
// another partner. Each goes to an organisation's contact person, for a reason, under the
// family's consent to share with a partner (a referral without it is refused), and follows its
// steps: sent, then accepted or declined, started, ended, each on its own day. One without an
// answer after a number of days is shown to whoever sent it and to the coordinator.

#include "Result.h"
#include "domain/Network.h"

#include <QCoreApplication>

class Database;
class QSqlQuery;

// Referrals sent in a period (of one duo, or all): by where they went, how they were answered.
class ReferralStore
{
    Q_DECLARE_TR_FUNCTIONS(ReferralStore)
public:
    // One row of `id, family_id, visit_id, duo_id, sent_by, organisation_id, contact_name,
    // care_kind, reason, consent_id, status, sent_on, answered_on, started_on, ended_on,
    // outcome`, in this order.
    static Referral fromRow(const QSqlQuery &q);
    // This many days after it was sent, a referral without an answer is shown as waiting.
    static constexpr int DefaultAnswerDays = 14;

    explicit ReferralStore(Database &db) : m_db(db) {}

    // Sends a referral for referral.familyId (or, from a visit, the visit's family): the duo is
    // the visit's or the family's current one, the sender one of it; the contact person is the
    // organisation's; the consent is the family's consent to share with a partner holding on
    // the day it is sent. Refused, with one sentence: what NetworkRules::checkReferral refuses,
    // no duo, a sender outside it, an organisation without a contact person, no such consent.
    // Returns the referral as written.
    Result<Referral> send(const Referral &referral, const QDate &today = QDate::currentDate());
    // The referral's next step (NetworkRules::checkStep): accepted or declined, started, ended
    // with its outcome. Returns the referral as it was before, for the undo.
    Result<Referral> advance(qint64 id, ReferralStatus to, const QDate &on,
                             const QString &outcome = QString(),
                             const QDate &today = QDate::currentDate());
    // Undo of advance(): the status, dates and outcome `before` had.
    Status putBack(const Referral &before);
    // Undo of send(); refused once it was answered.
    Status remove(qint64 id);
    // Redo of send() after remove(): with its own id, as it was written.
    Status restore(const Referral &referral);

    Result<Referral> get(qint64 id) const;
    // The family's referrals, newest first.
    Result<QList<Referral>> forFamily(qint64 familyId) const;
    // Sent on or before `today - days` and not answered: of one sender, or of everyone
    // (senderId 0, the coordinator's overview); oldest first.
    Result<QList<Referral>> unanswered(qint64 senderId, const QDate &today,
                                       int days = DefaultAnswerDays) const;
    // The figures of the referrals sent from `from` to `to` (inclusive), of one duo or all (0).
    Result<ReferralFigures> figures(const QDate &from, const QDate &to, qint64 duoId = 0) const;

private:
    // Fills duo, family, contact and consent; see send().
    Status complete(Referral *referral, const QDate &today) const;
    Result<qint64> insert(const Referral &referral, qint64 id);
    Status write(const Referral &referral);
    Result<QList<Referral>> list(const QString &where, const QString &order,
                                 const QVariantList &binds) const;

    Database &m_db;
};
