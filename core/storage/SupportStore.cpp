#include "SupportStore.h"

#include "Database.h"
#include "PutBack.h"
#include "SqlValues.h"
#include "domain/DomainText.h"
#include "domain/NetworkRules.h"

#include <QLocale>

namespace {
const QString selectSql =
    QStringLiteral("SELECT id, family_id, kind, provider, organisation_id, what, from_date, "
                   "until_date, end_reason, row_version FROM support ");
const QString reviewSql =
    QStringLiteral("SELECT id, support_id, family_id, held_on, helps, decision, reason, "
                   "evaluation_id, ended_support, meeting_id FROM support_reviews ");
} // namespace

Support SupportStore::fromRow(const QSqlQuery &q)
{
    Support s;
    s.id = q.value(0).toLongLong();
    s.familyId = q.value(1).toLongLong();
    s.kind = NetworkText::parseKind(q.value(2).toString()).value_or(SupportKind::Community);
    s.provider = q.value(3).toString();
    s.organisationId = q.value(4).toLongLong();
    s.what = q.value(5).toString();
    s.from = SqlValues::toDate(q.value(6));
    s.until = SqlValues::toDate(q.value(7));
    s.endReason = q.value(8).toString();
    return s;
}

SupportReview SupportStore::reviewFromRow(const QSqlQuery &q)
{
    SupportReview r;
    r.id = q.value(0).toLongLong();
    r.supportId = q.value(1).toLongLong();
    r.familyId = q.value(2).toLongLong();
    r.heldOn = SqlValues::toDate(q.value(3));
    r.helps = DomainText::parse<Helps>(q.value(4).toString()).value_or(Helps::Yes);
    r.decision = DomainText::parse<Decision>(q.value(5).toString()).value_or(Decision::Continue);
    r.reason = q.value(6).toString();
    r.evaluationId = q.value(7).toLongLong();
    r.endedSupport = q.value(8).toBool();
    r.meetingId = q.value(9).toLongLong();
    return r;
}

Status SupportStore::check(const Support &support) const
{
    if (const QString problem = NetworkRules::checkSupport(support); !problem.isEmpty())
        return Error::invalid(problem);
    auto family = m_db.scalar(QStringLiteral("SELECT count(*) FROM families WHERE id = ?"),
                              {support.familyId});
    if (!family)
        return family.error();
    if (family->toInt() == 0)
        return Error::invalid(tr("There is no family with number %1.").arg(support.familyId));
    if (support.organisationId > 0) {
        auto organisation =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM organisations WHERE id = ?"),
                        {support.organisationId});
        if (!organisation)
            return organisation.error();
        if (organisation->toInt() == 0)
            return Error::invalid(
                tr("There is no organisation with number %1.").arg(support.organisationId));
    }
    return {};
}

Result<qint64> SupportStore::insert(const Support &support, qint64 id)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO support (id, family_id, kind, provider, organisation_id, what, "
                       "from_date, until_date, end_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {SqlValues::id(id), support.familyId, NetworkText::code(support.kind),
         support.provider.trimmed(), SqlValues::id(support.organisationId), support.what.trimmed(),
         SqlValues::date(support.from), SqlValues::date(support.until),
         support.endReason.trimmed()});
}

Result<qint64> SupportStore::add(const Support &support)
{
    return PutBack::addChecked(
        m_db, [&] { return check(support); }, [&](qint64 id) { return insert(support, id); });
}

Status SupportStore::update(const Support &support)
{
    return m_db.transaction([&]() -> Status {
        auto stored = get(support.id);
        if (!stored)
            return stored.error();
        Support s = support;
        s.familyId = stored->familyId;
        if (Status checked = check(s); !checked)
            return checked;
        // The reviews were of the support as it ran: the period must still hold them.
        auto outside = m_db.scalar(
            QStringLiteral("SELECT min(held_on) FROM support_reviews WHERE support_id = ? AND "
                           "(held_on < ? OR held_on > coalesce(?, held_on))"),
            {s.id, SqlValues::date(s.from), SqlValues::date(s.until)});
        if (!outside)
            return outside.error();
        if (!outside->isNull())
            return Error::invalid(
                tr("The support \"%1\" was reviewed on %2, outside the new period.")
                    .arg(s.what.trimmed(), QLocale().toString(SqlValues::toDate(outside.value()),
                                                              QLocale::ShortFormat)));
        auto q = m_db.exec(
            QStringLiteral("UPDATE support SET kind = ?, provider = ?, organisation_id = ?, what = "
                           "?, from_date = ?, until_date = ?, end_reason = ? WHERE id = ?"),
            {NetworkText::code(s.kind), s.provider.trimmed(), SqlValues::id(s.organisationId),
             s.what.trimmed(), SqlValues::date(s.from), SqlValues::date(s.until),
             s.endReason.trimmed(), s.id});
        if (!q)
            return q.error();
        return {};
    });
}

Status SupportStore::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        auto stored = get(id);
        if (!stored)
            return stored.error();
        auto reviewed = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM support_reviews WHERE support_id = ?"), {id});
        if (!reviewed)
            return reviewed.error();
        if (reviewed->toInt() > 0)
            return Error::invalid(tr("The support \"%1\" has been reviewed; it stays in the "
                                     "family's history.")
                                      .arg(stored->what));
        auto q = m_db.exec(QStringLiteral("DELETE FROM support WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return {};
    });
}

Status SupportStore::restore(const Support &support)
{
    return PutBack::restoreChecked(
        m_db, QStringLiteral("support"), support.id,
        tr("The support \"%1\" cannot be put back: another program changed the database in the "
           "meantime.")
            .arg(support.what.trimmed()),
        [&] { return check(support); }, [&](qint64 id) { return insert(support, id); });
}

Result<Support> SupportStore::get(qint64 id) const
{
    auto rows = list(QStringLiteral("id = ?"), QStringLiteral("id"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::invalid(tr("There is no support with number %1.").arg(id));
    return rows->constFirst();
}

Result<QList<Support>> SupportStore::forFamily(qint64 familyId) const
{
    // Served by support_by_family; a family has a handful of rows, sorted after the read.
    return list(QStringLiteral("family_id = ?"),
                QStringLiteral("until_date IS NOT NULL, CASE WHEN until_date IS NULL THEN "
                               "from_date END, until_date DESC, id"),
                {familyId});
}

Result<QList<Support>> SupportStore::list(const QString &where, const QString &order,
                                          const QVariantList &binds) const
{
    auto q = m_db.exec(
        selectSql + QStringLiteral("WHERE ") + where + QStringLiteral(" ORDER BY ") + order, binds);
    if (!q)
        return q.error();
    QList<Support> result;
    while (q.value()->next()) {
        Support support = fromRow(*q.value());
        support.version = q.value()->value(9).toLongLong();
        result << support;
    }
    return result;
}

Result<SupportReview> SupportStore::insertReview(SupportReview review, qint64 id,
                                                 const QDate &today)
{
    auto support = get(review.supportId);
    if (!support)
        return support.error();
    if (const QString problem = NetworkRules::checkReview(review, support.value(), today);
        !problem.isEmpty())
        return Error::invalid(problem);
    auto sameDay = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM support_reviews WHERE support_id = ? AND held_on = ?"),
        {review.supportId, SqlValues::date(review.heldOn)});
    if (!sameDay)
        return sameDay.error();
    if (sameDay->toInt() > 0)
        return Error::invalid(
            tr("The support \"%1\" was already reviewed on %2.")
                .arg(support->what, QLocale().toString(review.heldOn, QLocale::ShortFormat)));
    review.familyId = support->familyId;
    // A stop ends what still ran on the day; support that ended by then keeps its own end.
    review.endedSupport = review.decision == Decision::Stop && !support->until.isValid();
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO support_reviews (id, support_id, family_id, held_on, helps, "
                       "decision, reason, evaluation_id, ended_support, meeting_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {SqlValues::id(id), review.supportId, review.familyId, SqlValues::date(review.heldOn),
         DomainText::code(review.helps), DomainText::code(review.decision), review.reason.trimmed(),
         SqlValues::id(review.evaluationId), review.endedSupport ? 1 : 0,
         SqlValues::id(review.meetingId)});
    if (!inserted)
        return inserted.error();
    review.id = inserted.value();
    if (review.endedSupport) {
        auto ended =
            m_db.exec(QStringLiteral("UPDATE support SET until_date = ?, end_reason = ? "
                                     "WHERE id = ?"),
                      {SqlValues::date(review.heldOn), review.reason.trimmed(), review.supportId});
        if (!ended)
            return ended.error();
    }
    return review;
}

Result<SupportReview> SupportStore::review(const SupportReview &review, const QDate &today)
{
    Result<SupportReview> written = Error::invalid(QString());
    Status done = m_db.transaction([&]() -> Status {
        written = insertReview(review, 0, today);
        return written ? Status() : Status(written.error());
    });
    if (!done)
        return done.error();
    return written;
}

Status SupportStore::removeReview(const SupportReview &review)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("DELETE FROM support_reviews WHERE id = ?"), {review.id});
        if (!q)
            return q.error();
        if (q.value()->numRowsAffected() != 1)
            return Error::invalid(tr("There is no review with number %1.").arg(review.id));
        if (review.endedSupport) {
            auto reopened = m_db.exec(QStringLiteral("UPDATE support SET until_date = NULL, "
                                                     "end_reason = '' WHERE id = ? AND "
                                                     "until_date = ?"),
                                      {review.supportId, SqlValues::date(review.heldOn)});
            if (!reopened)
                return reopened.error();
        }
        return {};
    });
}

Status SupportStore::restoreReview(const SupportReview &review)
{
    return m_db.transaction([&]() -> Status {
        if (Status free = PutBack::idIsFree(m_db, QStringLiteral("support_reviews"), review.id,
                                            tr("The review cannot be put back: another program "
                                               "changed the database in the meantime."));
            !free)
            return free;
        // Judged against the day it was held, as when it was first written.
        auto written = insertReview(review, review.id, review.heldOn);
        if (!written)
            return written.error();
        return {};
    });
}

Result<QList<SupportReview>> SupportStore::reviews(qint64 familyId) const
{
    auto q = m_db.exec(reviewSql + QStringLiteral("WHERE family_id = ? ORDER BY held_on DESC, id"),
                       {familyId});
    if (!q)
        return q.error();
    QList<SupportReview> result;
    while (q.value()->next())
        result << reviewFromRow(*q.value());
    return result;
}
