#include "ReferralStore.h"

#include "AssignmentStore.h"
#include "ConsentStore.h"
#include "Database.h"
#include "DuoStore.h"
#include "PutBack.h"
#include "SqlValues.h"
#include "domain/NetworkRules.h"

#include <QLocale>

#include <algorithm>

namespace {
const QString selectSql = QStringLiteral(
    "SELECT r.id, r.family_id, r.visit_id, r.duo_id, r.sent_by, r.organisation_id, "
    "r.contact_name, r.care_kind, r.reason, r.consent_id, r.status, r.sent_on, r.answered_on, "
    "r.started_on, r.ended_on, r.outcome, o.name, w.name, f.case_code, r.row_version "
    "FROM referrals r JOIN organisations o ON o.id = r.organisation_id "
    "JOIN workers w ON w.id = r.sent_by JOIN families f ON f.id = r.family_id ");
} // namespace

Referral ReferralStore::fromRow(const QSqlQuery &q)
{
    Referral r;
    r.id = q.value(0).toLongLong();
    r.familyId = q.value(1).toLongLong();
    r.visitId = q.value(2).toLongLong();
    r.duoId = q.value(3).toLongLong();
    r.sentById = q.value(4).toLongLong();
    r.organisationId = q.value(5).toLongLong();
    r.contactName = q.value(6).toString();
    r.careKind =
        NetworkText::parseKind(q.value(7).toString()).value_or(SupportKind::SocialDistrictTeam);
    r.reason = q.value(8).toString();
    r.consentId = q.value(9).toLongLong();
    r.status = NetworkText::parseStatus(q.value(10).toString()).value_or(ReferralStatus::Sent);
    r.sentOn = SqlValues::toDate(q.value(11));
    r.answeredOn = SqlValues::toDate(q.value(12));
    r.startedOn = SqlValues::toDate(q.value(13));
    r.endedOn = SqlValues::toDate(q.value(14));
    r.outcome = q.value(15).toString();
    return r;
}

Status ReferralStore::complete(Referral *referral, const QDate &today) const
{
    Referral &r = *referral;
    if (const QString problem = NetworkRules::checkReferral(r, today); !problem.isEmpty())
        return Error::invalid(problem);
    if (r.visitId > 0) {
        auto q = m_db.exec(QStringLiteral("SELECT family_id, duo_id FROM visits WHERE id = ?"),
                           {r.visitId});
        if (!q)
            return q.error();
        if (!q.value()->next())
            return Error::invalid(tr("There is no visit with number %1.").arg(r.visitId));
        const qint64 familyId = q.value()->value(0).toLongLong();
        r.duoId = q.value()->value(1).toLongLong();
        q.value()->finish();
        if (r.familyId == 0)
            r.familyId = familyId;
        if (r.familyId != familyId)
            return Error::invalid(tr("The referral belongs to another family than its visit."));
    } else {
        auto current = AssignmentStore(m_db).current(r.familyId, r.sentOn);
        if (!current)
            return current.error();
        if (!current.value())
            return Error::invalid(tr("The family had no duo on %1 to send the referral.")
                                      .arg(QLocale().toString(r.sentOn, QLocale::ShortFormat)));
        r.duoId = current.value()->duoId;
    }
    auto duo = DuoStore(m_db).get(r.duoId);
    if (!duo)
        return duo.error();
    if (r.sentById != duo->trustedPersonId && r.sentById != duo->professionalId)
        return Error::invalid(tr("A referral is sent by %1 or %2, the duo of the family.")
                                  .arg(duo->trustedPersonName, duo->professionalName));
    auto organisation =
        m_db.exec(QStringLiteral("SELECT name, contact_name FROM organisations WHERE id = ?"),
                  {r.organisationId});
    if (!organisation)
        return organisation.error();
    if (!organisation.value()->next())
        return Error::invalid(tr("There is no organisation with number %1.").arg(r.organisationId));
    const QString name = organisation.value()->value(0).toString();
    r.contactName = organisation.value()->value(1).toString().trimmed();
    organisation.value()->finish();
    if (r.contactName.isEmpty())
        return Error::invalid(NetworkRules::noContactPerson(name));
    // Sharing the family's question with a partner needs the family's consent, as the rule of
    // who must consent (ConsentRule) judges it on the day it is sent.
    ConsentStore consents(m_db);
    auto without =
        consents.familiesWithout({r.familyId}, ConsentPurpose::ShareWithPartner, r.sentOn);
    if (!without)
        return without.error();
    auto consent = m_db.scalar(
        QStringLiteral("SELECT max(id) FROM consents WHERE family_id = ? AND purpose = ? AND "
                       "given_on <= ? AND (withdrawn_on IS NULL OR withdrawn_on > ?)"),
        {r.familyId, ConsentText::code(ConsentPurpose::ShareWithPartner), SqlValues::date(r.sentOn),
         SqlValues::date(r.sentOn)});
    if (!consent)
        return consent.error();
    if (!without->isEmpty() || consent->isNull())
        return Error::invalid(NetworkRules::noConsentToShare(r.sentOn));
    r.consentId = consent->toLongLong();
    return {};
}

Result<qint64> ReferralStore::insert(const Referral &r, qint64 id)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO referrals (id, family_id, visit_id, duo_id, sent_by, "
                       "organisation_id, contact_name, care_kind, reason, consent_id, status, "
                       "sent_on, answered_on, started_on, ended_on, outcome) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {SqlValues::id(id), r.familyId, SqlValues::id(r.visitId), r.duoId, r.sentById,
         r.organisationId, r.contactName, NetworkText::code(r.careKind), r.reason.trimmed(),
         r.consentId, NetworkText::code(r.status), SqlValues::date(r.sentOn),
         SqlValues::date(r.answeredOn), SqlValues::date(r.startedOn), SqlValues::date(r.endedOn),
         r.outcome.trimmed()});
}

Result<Referral> ReferralStore::send(const Referral &referral, const QDate &today)
{
    Referral r = referral;
    r.status = ReferralStatus::Sent;
    r.answeredOn = r.startedOn = r.endedOn = QDate();
    r.outcome.clear();
    Status done = m_db.transaction([&]() -> Status {
        if (Status completed = complete(&r, today); !completed)
            return completed;
        auto inserted = insert(r, 0);
        if (!inserted)
            return inserted.error();
        r.id = inserted.value();
        return {};
    });
    if (!done)
        return done.error();
    return get(r.id);
}

Status ReferralStore::write(const Referral &r)
{
    auto q = m_db.exec(QStringLiteral("UPDATE referrals SET status = ?, answered_on = ?, "
                                      "started_on = ?, ended_on = ?, outcome = ? WHERE id = ?"),
                       {NetworkText::code(r.status), SqlValues::date(r.answeredOn),
                        SqlValues::date(r.startedOn), SqlValues::date(r.endedOn),
                        r.outcome.trimmed(), r.id});
    if (!q)
        return q.error();
    if (q.value()->numRowsAffected() != 1)
        return Error::invalid(tr("There is no referral with number %1.").arg(r.id));
    return {};
}

Result<Referral> ReferralStore::advance(qint64 id, ReferralStatus to, const QDate &on,
                                        const QString &outcome, const QDate &today)
{
    Result<Referral> before = Error::invalid(QString());
    Status done = m_db.transaction([&]() -> Status {
        before = get(id);
        if (!before)
            return before.error();
        if (const QString problem = NetworkRules::checkStep(before.value(), to, on, outcome, today);
            !problem.isEmpty())
            return Error::invalid(problem);
        Referral next = before.value();
        next.status = to;
        if (to == ReferralStatus::Accepted || to == ReferralStatus::Declined)
            next.answeredOn = on;
        else if (to == ReferralStatus::Started)
            next.startedOn = on;
        else if (to == ReferralStatus::Ended)
            next.endedOn = on;
        if (!outcome.trimmed().isEmpty())
            next.outcome = outcome;
        return write(next);
    });
    if (!done)
        return done.error();
    return before;
}

Status ReferralStore::putBack(const Referral &before)
{
    return m_db.transaction([&]() -> Status { return write(before); });
}

Status ReferralStore::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        auto stored = get(id);
        if (!stored)
            return stored.error();
        if (stored->status != ReferralStatus::Sent)
            return Error::invalid(tr("The referral to %1 has been answered; it stays in the "
                                     "family's history.")
                                      .arg(stored->organisationName));
        auto q = m_db.exec(QStringLiteral("DELETE FROM referrals WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return {};
    });
}

Status ReferralStore::restore(const Referral &referral)
{
    return m_db.transaction([&]() -> Status {
        if (Status free = PutBack::idIsFree(m_db, QStringLiteral("referrals"), referral.id,
                                            tr("The referral cannot be put back: another program "
                                               "changed the database in the meantime."));
            !free)
            return free;
        Referral r = referral;
        // Judged as on the day it was sent, when it was first written, and to the contact
        // person it went to then.
        if (Status completed = complete(&r, r.sentOn); !completed)
            return completed;
        if (!referral.contactName.isEmpty())
            r.contactName = referral.contactName;
        auto inserted = insert(r, r.id);
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Result<Referral> ReferralStore::get(qint64 id) const
{
    auto rows = list(QStringLiteral("r.id = ?"), QStringLiteral("r.id"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::invalid(tr("There is no referral with number %1.").arg(id));
    return rows->constFirst();
}

Result<QList<Referral>> ReferralStore::forFamily(qint64 familyId) const
{
    return list(QStringLiteral("r.family_id = ?"), QStringLiteral("r.sent_on DESC, r.id DESC"),
                {familyId});
}

Result<QList<Referral>> ReferralStore::unanswered(qint64 senderId, const QDate &today,
                                                  int days) const
{
    const QVariant until = SqlValues::date(today.addDays(-days));
    // Served by referrals_by_sender (sent_by, status, sent_on) or referrals_by_status.
    if (senderId > 0)
        return list(QStringLiteral("r.sent_by = ? AND r.status = 'sent' AND r.sent_on <= ?"),
                    QStringLiteral("r.sent_on, r.id"), {senderId, until});
    return list(QStringLiteral("r.status = 'sent' AND r.sent_on <= ?"),
                QStringLiteral("r.sent_on, r.id"), {until});
}

Result<ReferralFigures> ReferralStore::figures(const QDate &from, const QDate &to,
                                               qint64 duoId) const
{
    // One duo's by referrals_by_duo, everyone's by referrals_by_day.
    const QString select = QStringLiteral("SELECT care_kind, status, sent_on, answered_on FROM "
                                          "referrals WHERE sent_on BETWEEN ? AND ?");
    const QVariantList period = {SqlValues::date(from), SqlValues::date(to)};
    auto q = duoId > 0 ? m_db.exec(select + QStringLiteral(" AND duo_id = ?"),
                                   period + QVariantList{duoId})
                       : m_db.exec(select, period);
    if (!q)
        return q.error();
    ReferralFigures figures;
    while (q.value()->next())
        figures.add(q.value()->value(0).toString(), q.value()->value(1).toString(),
                    SqlValues::toDate(q.value()->value(2)), SqlValues::toDate(q.value()->value(3)));
    figures.finish();
    return figures;
}

Result<QList<Referral>> ReferralStore::list(const QString &where, const QString &order,
                                            const QVariantList &binds) const
{
    auto q = m_db.exec(
        selectSql + QStringLiteral("WHERE ") + where + QStringLiteral(" ORDER BY ") + order, binds);
    if (!q)
        return q.error();
    QList<Referral> result;
    while (q.value()->next()) {
        Referral referral = fromRow(*q.value());
        referral.organisationName = q.value()->value(16).toString();
        referral.sentByName = q.value()->value(17).toString();
        referral.caseCode = q.value()->value(18).toString();
        referral.version = q.value()->value(19).toLongLong();
        result << referral;
    }
    return result;
}
