#include "MeetingStore.h"

#include "Database.h"
#include "FollowUpStore.h"
#include "PutBack.h"
#include "SqlValues.h"
#include "SupportStore.h"
#include "domain/DomainText.h"
#include "domain/MeetingRules.h"

#include <QHash>
#include <QSqlQuery>

Status MeetingStore::exists(const char *table, qint64 id, const QString &missing) const
{
    auto found = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
    if (!found)
        return found.error();
    if (found->toInt() == 0)
        return Error::invalid(missing);
    return {};
}

Result<Meeting> MeetingStore::record(const Meeting &meeting, const QDate &today)
{
    Meeting written = meeting;
    Status done = m_db.transaction([&]() -> Status { return write(&written, false, today); });
    if (!done)
        return done.error();
    return written;
}

Status MeetingStore::restore(const Meeting &meeting)
{
    Meeting written = meeting;
    return m_db.transaction([&]() -> Status {
        if (Status free = PutBack::idIsFree(m_db, QStringLiteral("meetings"), meeting.id,
                                            tr("The meeting cannot be put back: another program "
                                               "changed the database in the meantime."));
            !free)
            return free;
        // Judged against the day it was held, as when it was first recorded.
        return write(&written, true, meeting.heldOn);
    });
}

Status MeetingStore::write(Meeting *meeting, bool keepIds, const QDate &today)
{
    Meeting &m = *meeting;
    // The rules name a family by its case code, as the people at the table know it.
    for (MeetingFamily &family : m.families) {
        auto code = m_db.scalar(QStringLiteral("SELECT case_code FROM families WHERE id = ?"),
                                {family.familyId});
        if (!code)
            return code.error();
        if (code->isNull())
            return Error::invalid(tr("There is no family with number %1.").arg(family.familyId));
        family.caseCode = code->toString();
    }
    if (const QString problem = MeetingRules::check(m, today); !problem.isEmpty())
        return Error::invalid(problem);
    if (m.organiserId > 0)
        if (Status known =
                exists("organisations", m.organiserId,
                       tr("There is no organisation with number %1.").arg(m.organiserId));
            !known)
            return known;
    auto inserted = m_db.insert(
        QStringLiteral("INSERT INTO meetings (id, kind, held_on, title, organiser_id, notes) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {SqlValues::id(keepIds ? m.id : 0), MeetingText::code(m.kind), SqlValues::date(m.heldOn),
         m.title.trimmed(), SqlValues::id(m.organiserId), m.notes.trimmed()});
    if (!inserted)
        return inserted.error();
    m.id = inserted.value();
    for (qint64 workerId : std::as_const(m.workerIds)) {
        if (Status known =
                exists("workers", workerId, tr("There is no worker with number %1.").arg(workerId));
            !known)
            return known;
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO meeting_workers (meeting_id, worker_id) VALUES (?, ?)"),
            {m.id, workerId});
        if (!q)
            return q.error();
    }
    for (MeetingPartner &partner : m.partners) {
        auto q =
            m_db.exec(QStringLiteral("SELECT name, contact_name FROM organisations WHERE id = ?"),
                      {partner.organisationId});
        if (!q)
            return q.error();
        if (!q.value()->next())
            return Error::invalid(
                tr("There is no organisation with number %1.").arg(partner.organisationId));
        partner.organisationName = q.value()->value(0).toString();
        if (partner.contactName.trimmed().isEmpty())
            partner.contactName = q.value()->value(1).toString();
        q.value()->finish();
        if (partner.contactName.trimmed().isEmpty())
            return Error::invalid(tr("Say who came to the meeting for %1: the organisation has "
                                     "no contact person.")
                                      .arg(partner.organisationName));
        auto added = m_db.exec(QStringLiteral("INSERT INTO meeting_partners (meeting_id, "
                                              "organisation_id, contact_name) VALUES (?, ?, ?)"),
                               {m.id, partner.organisationId, partner.contactName.trimmed()});
        if (!added)
            return added.error();
    }
    for (MeetingFamily &family : m.families)
        if (Status written = writeFamily(m, &family, keepIds, today); !written)
            return written;
    return {};
}

Status MeetingStore::writeFamily(const Meeting &meeting, MeetingFamily *family, bool keepIds,
                                 const QDate &today)
{
    MeetingFamily &f = *family;
    auto inserted = m_db.insert(QStringLiteral("INSERT INTO meeting_families (id, meeting_id, "
                                               "family_id, question, advice) "
                                               "VALUES (?, ?, ?, ?, ?)"),
                                {SqlValues::id(keepIds ? f.id : 0), meeting.id, f.familyId,
                                 f.question.trimmed(), f.advice.trimmed()});
    if (!inserted)
        return inserted.error();
    f.id = inserted.value();
    SupportStore support(m_db);
    for (SupportReview &review : f.reviews) {
        auto reviewed = support.get(review.supportId);
        if (!reviewed)
            return reviewed.error();
        if (reviewed->familyId != f.familyId)
            return Error::invalid(
                tr("The support \"%1\" is not of the family %2.").arg(reviewed->what, f.caseCode));
        review.meetingId = meeting.id;
        review.heldOn = meeting.heldOn;
        if (keepIds) {
            if (Status put = support.restoreReview(review); !put)
                return put;
            continue;
        }
        auto written = support.review(review, today);
        if (!written)
            return written.error();
        review = written.value();
    }
    for (MeetingDecision &decision : f.decisions) {
        auto added = m_db.insert(QStringLiteral("INSERT INTO meeting_decisions (id, meeting_id, "
                                                "family_id, kind, what) VALUES (?, ?, ?, ?, ?)"),
                                 {SqlValues::id(keepIds ? decision.id : 0), meeting.id, f.familyId,
                                  MeetingText::code(decision.kind), decision.what.trimmed()});
        if (!added)
            return added.error();
        decision.id = added.value();
    }
    FollowUpStore followUps(m_db);
    for (FollowUp &followUp : f.followUps) {
        followUp.familyId = f.familyId;
        followUp.visitId = 0;
        followUp.meetingId = meeting.id;
        if (keepIds) {
            if (Status put = followUps.restore(followUp); !put)
                return put;
            continue;
        }
        auto added = followUps.add(followUp);
        if (!added)
            return added.error();
        followUp.id = added.value();
    }
    return {};
}

Status MeetingStore::remove(const Meeting &meeting)
{
    return m_db.transaction([&]() -> Status {
        // The support its stops ended runs again; then nothing refers to the meeting but what
        // the delete itself takes along.
        SupportStore support(m_db);
        for (const MeetingFamily &family : meeting.families)
            for (const SupportReview &review : family.reviews)
                if (Status removed = support.removeReview(review); !removed)
                    return removed;
        for (const char *table : {"follow_ups", "support_reviews"}) {
            auto q = m_db.exec(
                QStringLiteral("DELETE FROM %1 WHERE meeting_id = ?").arg(QLatin1String(table)),
                {meeting.id});
            if (!q)
                return q.error();
        }
        auto q = m_db.exec(QStringLiteral("DELETE FROM meetings WHERE id = ?"), {meeting.id});
        if (!q)
            return q.error();
        if (q.value()->numRowsAffected() != 1)
            return Error::invalid(tr("There is no meeting with number %1.").arg(meeting.id));
        return {};
    });
}

Result<Meeting> MeetingStore::get(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT kind, held_on, title, organiser_id, notes, "
                                      "row_version FROM meetings WHERE id = ?"),
                       {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error::invalid(tr("There is no meeting with number %1.").arg(id));
    Meeting m;
    m.id = id;
    m.kind =
        MeetingText::parseKind(q.value()->value(0).toString()).value_or(MeetingKind::Consultation);
    m.heldOn = SqlValues::toDate(q.value()->value(1));
    m.title = q.value()->value(2).toString();
    m.organiserId = q.value()->value(3).toLongLong();
    m.notes = q.value()->value(4).toString();
    m.version = q.value()->value(5).toLongLong();
    q.value()->finish();

    auto workers = m_db.exec(QStringLiteral("SELECT mw.worker_id FROM meeting_workers mw JOIN "
                                            "workers w ON w.id = mw.worker_id WHERE "
                                            "mw.meeting_id = ? ORDER BY w.name, w.id"),
                             {id});
    if (!workers)
        return workers.error();
    while (workers.value()->next())
        m.workerIds << workers.value()->value(0).toLongLong();

    auto partners = m_db.exec(
        QStringLiteral("SELECT mp.organisation_id, mp.contact_name, o.name, o.kind FROM "
                       "meeting_partners mp JOIN organisations o ON o.id = mp.organisation_id "
                       "WHERE mp.meeting_id = ? ORDER BY o.name, o.id"),
        {id});
    if (!partners)
        return partners.error();
    while (partners.value()->next())
        m.partners << MeetingPartner{
            partners.value()->value(0).toLongLong(), partners.value()->value(1).toString(),
            partners.value()->value(2).toString(), partners.value()->value(3).toString()};

    auto families = m_db.exec(
        QStringLiteral("SELECT mf.id, mf.family_id, mf.question, mf.advice, f.case_code FROM "
                       "meeting_families mf JOIN families f ON f.id = mf.family_id "
                       "WHERE mf.meeting_id = ? ORDER BY mf.id"),
        {id});
    if (!families)
        return families.error();
    while (families.value()->next()) {
        MeetingFamily f;
        f.id = families.value()->value(0).toLongLong();
        f.familyId = families.value()->value(1).toLongLong();
        f.question = families.value()->value(2).toString();
        f.advice = families.value()->value(3).toString();
        f.caseCode = families.value()->value(4).toString();
        m.families << f;
    }
    // What was decided, for every family of the meeting at once (by the meeting's indices),
    // then handed to each family.
    QHash<qint64, MeetingFamily *> byFamily;
    for (MeetingFamily &f : m.families)
        byFamily.insert(f.familyId, &f);
    auto reviews = m_db.exec(
        QStringLiteral("SELECT id, support_id, family_id, held_on, helps, decision, reason, "
                       "evaluation_id, ended_support, meeting_id FROM support_reviews WHERE "
                       "meeting_id = ? ORDER BY id"),
        {id});
    if (!reviews)
        return reviews.error();
    while (reviews.value()->next()) {
        const SupportReview review = SupportStore::reviewFromRow(*reviews.value());
        if (MeetingFamily *f = byFamily.value(review.familyId))
            f->reviews << review;
    }
    auto decisions = m_db.exec(QStringLiteral("SELECT id, kind, what, family_id FROM "
                                              "meeting_decisions WHERE meeting_id = ? ORDER BY id"),
                               {id});
    if (!decisions)
        return decisions.error();
    while (decisions.value()->next())
        if (MeetingFamily *f = byFamily.value(decisions.value()->value(3).toLongLong()))
            f->decisions << MeetingDecision{
                decisions.value()->value(0).toLongLong(),
                MeetingText::parseDecisionKind(decisions.value()->value(1).toString())
                    .value_or(MeetingDecisionKind::Other),
                decisions.value()->value(2).toString()};
    auto followUps = FollowUpStore(m_db).forMeeting(id);
    if (!followUps)
        return followUps.error();
    for (const FollowUp &followUp : followUps.value())
        if (MeetingFamily *f = byFamily.value(followUp.familyId))
            f->followUps << followUp;
    return m;
}

Result<QList<Meeting>> MeetingStore::held(const QDate &from, const QDate &until) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, kind, held_on, title, organiser_id, notes, "
                                      "row_version FROM meetings WHERE held_on BETWEEN ? AND ? "
                                      "ORDER BY held_on DESC, id DESC"),
                       {SqlValues::date(from), SqlValues::date(until)});
    if (!q)
        return q.error();
    QList<Meeting> result;
    while (q.value()->next()) {
        Meeting m;
        m.id = q.value()->value(0).toLongLong();
        m.kind = MeetingText::parseKind(q.value()->value(1).toString())
                     .value_or(MeetingKind::Consultation);
        m.heldOn = SqlValues::toDate(q.value()->value(2));
        m.title = q.value()->value(3).toString();
        m.organiserId = q.value()->value(4).toLongLong();
        m.notes = q.value()->value(5).toString();
        m.version = q.value()->value(6).toLongLong();
        result << m;
    }
    // The case codes of all of them in one question, not one per meeting.
    auto families = m_db.exec(
        QStringLiteral("SELECT mf.meeting_id, mf.family_id, f.case_code FROM meeting_families mf "
                       "JOIN meetings m ON m.id = mf.meeting_id JOIN families f ON "
                       "f.id = mf.family_id WHERE m.held_on BETWEEN ? AND ? ORDER BY mf.id"),
        {SqlValues::date(from), SqlValues::date(until)});
    if (!families)
        return families.error();
    QHash<qint64, int> at;
    for (int i = 0; i < result.size(); ++i)
        at.insert(result.at(i).id, i);
    while (families.value()->next()) {
        MeetingFamily f;
        f.familyId = families.value()->value(1).toLongLong();
        f.caseCode = families.value()->value(2).toString();
        const int i = at.value(families.value()->value(0).toLongLong(), -1);
        if (i >= 0)
            result[i].families << f;
    }
    return result;
}

Result<QList<FamilyMeeting>> MeetingStore::forFamily(qint64 familyId) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT m.id, m.held_on, mf.question, mf.advice, "
                       "(SELECT count(*) FROM meeting_decisions d WHERE d.meeting_id = m.id AND "
                       "d.family_id = mf.family_id) + (SELECT count(*) FROM support_reviews r "
                       "WHERE r.meeting_id = m.id AND r.family_id = mf.family_id) "
                       "FROM meeting_families mf JOIN meetings m ON m.id = mf.meeting_id "
                       "WHERE mf.family_id = ? ORDER BY m.held_on DESC, m.id DESC"),
        {familyId});
    if (!q)
        return q.error();
    QList<FamilyMeeting> result;
    while (q.value()->next())
        result << FamilyMeeting{q.value()->value(0).toLongLong(),
                                SqlValues::toDate(q.value()->value(1)),
                                q.value()->value(2).toString(), q.value()->value(3).toString(),
                                q.value()->value(4).toInt()};
    return result;
}
