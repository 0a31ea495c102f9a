#include "ConsentStore.h"

#include "Database.h"
#include "FamilyStore.h"
#include "SqlValues.h"
#include "domain/ConsentRule.h"
#include "exchange/ExportSelection.h"

namespace {
const QString selectSql =
    QStringLiteral("SELECT id, family_id, purpose, given_by, given_on, withdrawn_on, note, "
                   "row_version FROM consents ");

Consent fromRow(const QSqlQuery &q)
{
    Consent c;
    c.id = q.value(0).toLongLong();
    c.familyId = q.value(1).toLongLong();
    c.purpose =
        ConsentText::parsePurpose(q.value(2).toString()).value_or(ConsentPurpose::HomeVisits);
    c.givenBy = ConsentText::parseGiver(q.value(3).toString()).value_or(ConsentGiver::Parents);
    c.givenOn = SqlValues::toDate(q.value(4));
    c.withdrawnOn = SqlValues::toDate(q.value(5));
    c.note = q.value(6).toString();
    c.version = q.value(7).toLongLong();
    return c;
}
} // namespace

QString ConsentStore::consentedFamilies()
{
    return QStringLiteral("SELECT family_id FROM consents WHERE purpose = ? AND given_on <= ? "
                          "AND (withdrawn_on IS NULL OR withdrawn_on > ?)");
}

QVariantList ConsentStore::consentedBinds(ConsentPurpose purpose, const QDate &on)
{
    return {ConsentText::code(purpose), SqlValues::date(on), SqlValues::date(on)};
}

Result<qint64> ConsentStore::insert(const Consent &c, qint64 id)
{
    auto q = m_db.insert(
        QStringLiteral("INSERT INTO consents (id, family_id, purpose, given_by, given_on, "
                       "withdrawn_on, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)), c.familyId,
         ConsentText::code(c.purpose), ConsentText::code(c.givenBy), SqlValues::date(c.givenOn),
         SqlValues::date(c.withdrawnOn), c.note.trimmed()});
    if (!q)
        return q.error();
    return q.value();
}

Result<QList<Consent>> ConsentStore::give(const Consent &consent,
                                          const QList<ConsentPurpose> &purposes, const QDate &today)
{
    if (purposes.isEmpty())
        return Error::invalid(tr("Choose what the consent is for."));
    if (!consent.givenOn.isValid())
        return Error::invalid(tr("Consent needs the day it was given."));
    if (consent.givenOn > today)
        return Error::invalid(tr("Consent cannot be recorded for a day still to come."));
    FamilyStore families(m_db);
    auto family = families.get(consent.familyId);
    if (!family)
        return family.error();
    auto household = families.members(consent.familyId);
    if (!household)
        return household.error();
    if (const QString problem =
            ConsentRule::check(household.value(), consent.givenOn, consent.givenBy);
        !problem.isEmpty())
        return Error::invalid(problem);

    QList<Consent> given;
    Status done = m_db.transaction([&]() -> Status {
        for (ConsentPurpose purpose : purposes) {
            auto holding = m_db.scalar(
                QStringLiteral("SELECT count(*) FROM consents WHERE family_id = ? AND purpose = ? "
                               "AND (withdrawn_on IS NULL OR withdrawn_on > ?)"),
                {consent.familyId, ConsentText::code(purpose), SqlValues::date(consent.givenOn)});
            if (!holding)
                return holding.error();
            if (holding->toInt() > 0)
                return Error::invalid(tr("Consent for \"%1\" is already recorded for the family "
                                         "%2; withdraw it first to record it anew.")
                                          .arg(ConsentText::display(purpose), family->caseCode));
            Consent c = consent;
            c.purpose = purpose;
            c.withdrawnOn = QDate();
            auto id = insert(c, 0);
            if (!id)
                return id.error();
            c.id = id.value();
            c.note = c.note.trimmed();
            given << c;
        }
        return {};
    });
    if (!done)
        return done.error();
    return given;
}

Status ConsentStore::withdraw(qint64 id, const QDate &day, const QDate &today)
{
    auto consent = get(id);
    if (!consent)
        return consent.error();
    if (consent->withdrawnOn.isValid())
        return Error::invalid(tr("This consent was withdrawn on %1 already.")
                                  .arg(consent->withdrawnOn.toString(Qt::ISODate)));
    if (!day.isValid() || day < consent->givenOn)
        return Error::invalid(tr("Consent cannot be withdrawn before the day it was given (%1).")
                                  .arg(consent->givenOn.toString(Qt::ISODate)));
    if (day > today)
        return Error::invalid(tr("Consent cannot be withdrawn on a day still to come."));
    auto q = m_db.exec(QStringLiteral("UPDATE consents SET withdrawn_on = ? WHERE id = ?"),
                       {SqlValues::date(day), id});
    if (!q)
        return q.error();
    return {};
}

Status ConsentStore::reinstate(qint64 id)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE consents SET withdrawn_on = NULL WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("There is no consent record with number %1.").arg(id));
    return {};
}

Status ConsentStore::remove(const QList<qint64> &ids)
{
    return m_db.transaction([&]() -> Status {
        for (qint64 id : ids) {
            auto consent = get(id);
            if (!consent)
                return consent.error();
            if (consent->withdrawnOn.isValid())
                return Error::invalid(tr("The consent for \"%1\" was withdrawn since; its record "
                                         "stays.")
                                          .arg(ConsentText::display(consent->purpose)));
            auto q = m_db.exec(QStringLiteral("DELETE FROM consents WHERE id = ?"), {id});
            if (!q)
                return q.error();
        }
        return {};
    });
}

Status ConsentStore::restore(const QList<Consent> &consents)
{
    return m_db.transaction([&]() -> Status {
        for (const Consent &c : consents) {
            auto taken =
                m_db.scalar(QStringLiteral("SELECT count(*) FROM consents WHERE id = ?"), {c.id});
            if (!taken)
                return taken.error();
            if (c.id <= 0 || taken->toInt() > 0)
                return Error::invalid(tr("The consent cannot be put back: another program "
                                         "changed the database in the meantime."));
            auto id = insert(c, c.id);
            if (!id)
                return id.error();
        }
        return {};
    });
}

Result<Consent> ConsentStore::get(qint64 id) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no consent record with number %1.").arg(id));
    const Consent consent = fromRow(*q.value());
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    return consent;
}

Result<QList<Consent>> ConsentStore::forFamily(qint64 familyId) const
{
    auto q =
        m_db.exec(selectSql + QStringLiteral("WHERE family_id = ? ORDER BY "
                                             "withdrawn_on IS NOT NULL, given_on DESC, id DESC"),
                  {familyId});
    if (!q)
        return q.error();
    QList<Consent> result;
    while (q->next())
        result << fromRow(*q.value());
    return result;
}

Result<QList<QDate>> ConsentStore::daysWithout(qint64 familyId, ConsentPurpose purpose,
                                               const QList<QDate> &days) const
{
    auto consents = forFamily(familyId);
    if (!consents)
        return consents.error();
    QList<QDate> without;
    for (const QDate &day : days)
        if (!ConsentRule::holds(consents.value(), purpose, day))
            without << day;
    return without;
}

Result<QList<qint64>> ConsentStore::familiesWithout(const QList<qint64> &familyIds,
                                                    ConsentPurpose purpose, const QDate &on) const
{
    if (familyIds.isEmpty())
        return QList<qint64>();
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT family_id FROM consents WHERE family_id %1 "
                                      "AND family_id IN (%2)")
                           .arg(m_db.inIdList(), consentedFamilies()),
                       QVariantList{SqlValues::jsonArray(familyIds)} + consentedBinds(purpose, on));
    if (!q)
        return q.error();
    QList<qint64> consented;
    while (q->next())
        consented << q->value(0).toLongLong();
    QList<qint64> without;
    for (qint64 id : familyIds)
        if (!consented.contains(id) && !without.contains(id))
            without << id;
    return without;
}

Result<QList<qint64>> ConsentStore::familiesWithoutExportConsent(const ExportRequest &request,
                                                                 const QDate &on) const
{
    return familiesWithoutExportConsent(m_db, request, on);
}

Result<QList<qint64>> ConsentStore::familiesWithoutExportConsent(const Database &db,
                                                                 const ExportRequest &request,
                                                                 const QDate &on)
{
    const ExportSelection selection(request);
    auto q = db.exec(QStringLiteral("SELECT DISTINCT v.family_id FROM visits v WHERE %1 "
                                    "AND v.family_id NOT IN (%2) ORDER BY v.family_id")
                         .arg(selection.condition(), consentedFamilies()),
                     selection.binds() + consentedBinds(ConsentPurpose::SupervisionExport, on));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}
