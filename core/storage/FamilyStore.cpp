#include "FamilyStore.h"

#include "RowVersions.h"

#include "BatchInserter.h"
#include "Database.h"
#include "SqlValues.h"
#include "domain/DomainText.h"
#include "domain/Languages.h"
#include "domain/Validation.h"

#include <QSet>

namespace {
const QString selectSql = QStringLiteral(
    "SELECT id, case_code, family_name, street, postcode, city, district, home_languages, "
    "preferred_gender, referral_source, referred_on, status, closed_on, closing_reason, phone, "
    "row_version FROM families ");

// The search condition of the family list. Plain positional placeholders: QtSql (6.4) refuses
// a numbered one used twice ("?2 ... ?2") with "Parameter count mismatch".
QString searchCondition(const Database &db)
{
    return QStringLiteral("(? = '' OR f.case_code %1 ? ESCAPE '\\' "
                          "OR f.family_name %1 ? ESCAPE '\\' "
                          "OR f.district %1 ? ESCAPE '\\')")
        .arg(db.likeIgnoringCase());
}

QVariantList searchBinds(const QString &text)
{
    const QString pattern = SqlValues::containsPattern(text);
    return {text, pattern, pattern, pattern};
}

// "My families": those assigned now to a duo of the worker. The worker's few duos
// (duos_by_trusted_person/_professional), their current assignments (assignments_by_duo), and
// those families by id: a handful of rows, never a scan of the families.
QString mineCondition(qint64 workerId, QVariantList *binds)
{
    if (!workerId)
        return {};
    *binds << workerId << workerId;
    return QStringLiteral(" AND f.id IN (SELECT a.family_id FROM assignments a WHERE a.to_date IS "
                          "NULL AND a.duo_id IN (SELECT d.id FROM duos d WHERE "
                          "d.trusted_person_id = ? OR d.professional_id = ?))");
}

// A family from its columns in selectSql's order: read by a query, or the values addAll binds
// to write it (so it returns the rows as stored without reading them back).
template <typename Column> Family fromColumns(const Column &column)
{
    Family f;
    f.id = column(0).toLongLong();
    f.caseCode = column(1).toString();
    f.familyName = column(2).toString();
    f.street = column(3).toString();
    f.postcode = column(4).toString();
    f.city = column(5).toString();
    f.district = column(6).toString();
    f.homeLanguages = Languages::split(column(7).toString());
    f.preferredGender =
        DomainText::parse<GenderWish>(column(8).toString()).value_or(GenderWish::None);
    f.referralSource = column(9).toString();
    f.referredOn = SqlValues::toDate(column(10));
    f.status =
        DomainText::parse<FamilyStatus>(column(11).toString()).value_or(FamilyStatus::Referred);
    f.closedOn = SqlValues::toDate(column(12));
    f.closingReason = column(13).toString();
    f.phone = column(14).toString();
    // A row just written has no version column among its binds: it is the first.
    const QVariant version = column(15);
    f.version = version.isValid() ? version.toLongLong() : 1;
    return f;
}

Family fromRow(const QSqlQuery &q)
{
    return fromColumns([&q](int i) { return q.value(i); });
}

QVariantList values(const Family &f)
{
    return {f.familyName.trimmed(),
            f.street,
            f.postcode.isEmpty() ? QString() : Validation::normalisePostcode(f.postcode),
            f.city,
            f.district,
            Languages::join(f.homeLanguages),
            DomainText::code(f.preferredGender),
            f.referralSource,
            SqlValues::date(f.referredOn),
            DomainText::code(f.status),
            SqlValues::date(f.closedOn),
            f.closingReason,
            Validation::normalisePhone(f.phone)};
}

QString casePrefix(int year)
{
    return QStringLiteral("G-%1-").arg(year);
}

QString caseCode(int year, int number)
{
    return casePrefix(year) + QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
}

const QStringList insertColumns = {QStringLiteral("id"),
                                   QStringLiteral("case_code"),
                                   QStringLiteral("family_name"),
                                   QStringLiteral("street"),
                                   QStringLiteral("postcode"),
                                   QStringLiteral("city"),
                                   QStringLiteral("district"),
                                   QStringLiteral("home_languages"),
                                   QStringLiteral("preferred_gender"),
                                   QStringLiteral("referral_source"),
                                   QStringLiteral("referred_on"),
                                   QStringLiteral("status"),
                                   QStringLiteral("closed_on"),
                                   QStringLiteral("closing_reason"),
                                   QStringLiteral("phone")};
const QString memberColumns =
    QStringLiteral("SELECT id, family_id, first_name, role, birth_year, row_version, phone "
                   "FROM household_members ");

HouseholdMember memberFromRow(const QSqlQuery &q)
{
    HouseholdMember m;
    m.id = q.value(0).toLongLong();
    m.familyId = q.value(1).toLongLong();
    m.firstName = q.value(2).toString();
    m.role = DomainText::parse<MemberRole>(q.value(3).toString()).value_or(MemberRole::Other);
    m.birthYear = q.value(4).toInt();
    m.version = q.value(5).toLongLong();
    m.phone = q.value(6).toString();
    return m;
}
} // namespace

Result<int> FamilyStore::nextCaseNumber(int year) const
{
    const QString prefix = casePrefix(year);
    // A range on the unique index of case_code ('.' follows '-'), not LIKE, which SQLite
    // cannot serve from a case-sensitive index.
    auto highest =
        m_db.scalar(QStringLiteral("SELECT max(CAST(substr(case_code, %1) AS INTEGER)) "
                                   "FROM families WHERE case_code >= ? AND case_code < ?")
                        .arg(prefix.size() + 1),
                    {prefix, QStringLiteral("G-%1.").arg(year)});
    if (!highest)
        return highest.error();
    return highest->toInt() + 1;
}

Result<QString> FamilyStore::nextCaseCode(int year) const
{
    auto number = nextCaseNumber(year);
    if (!number)
        return number.error();
    return caseCode(year, number.value());
}

Result<Family> FamilyStore::add(Family family)
{
    if (const QString problem = Validation::checkFamily(family); !problem.isEmpty())
        return Error::invalid(problem);
    Status done = m_db.transaction([&]() -> Status {
        auto code = nextCaseCode(family.referredOn.year());
        if (!code)
            return code.error();
        family.caseCode = code.value();
        QVariantList binds = values(family);
        binds.prepend(family.caseCode);
        auto q =
            m_db.insert(QStringLiteral("INSERT INTO families (case_code, family_name, street, "
                                       "postcode, city, district, home_languages, "
                                       "preferred_gender, referral_source, referred_on, status, "
                                       "closed_on, closing_reason, phone) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        binds);
        if (!q)
            return q.error();
        family.id = q.value();
        return {};
    });
    if (!done)
        return done.error();
    return get(family.id);
}

Result<QList<Family>> FamilyStore::addAll(QList<Family> families, const Written &written,
                                          int *refused)
{
    for (int i = 0; i < families.size(); ++i) {
        if (const QString problem = Validation::checkFamily(families.at(i)); !problem.isEmpty()) {
            if (refused)
                *refused = i;
            return Error::invalid(problem);
        }
    }
    QList<Family> stored;
    stored.reserve(families.size());
    Status done = m_db.transaction([&]() -> Status {
        // A bulk write into a damaged file would spread the damage: looked at first (issue 13).
        if (Status sound = m_db.checkSound(); !sound)
            return sound;
        BatchInserter rows(m_db, QStringLiteral("families"), insertColumns);
        rows.setObserver(written);
        auto firstId = rows.nextId();
        if (!firstId)
            return firstId.error();
        QHash<int, int> nextNumber; // referral year -> number of its next case code
        for (int i = 0; i < families.size(); ++i) {
            Family &family = families[i];
            const int year = family.referredOn.year();
            auto number = nextNumber.find(year);
            if (number == nextNumber.end()) {
                auto first = nextCaseNumber(year);
                if (!first)
                    return first.error();
                number = nextNumber.insert(year, first.value());
            }
            family.caseCode = caseCode(year, number.value()++);
            family.id = firstId.value() + i;
            QVariantList binds = values(family);
            binds.prepend(family.caseCode);
            binds.prepend(family.id); // the columns of selectSql, in its order
            stored << fromColumns([&binds](int i) { return binds.value(i); });
            if (Status added = rows.add(binds); !added)
                return added;
        }
        return rows.flush();
    });
    if (!done)
        return done.error();
    return stored;
}

Status FamilyStore::removeAll(const QList<qint64> &ids)
{
    const QString idList = SqlValues::jsonArray(ids);
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(
            QStringLiteral("SELECT id, case_code FROM families WHERE id %1").arg(m_db.inIdList()),
            {idList});
        if (!q)
            return q.error();
        QHash<qint64, QString> codes;
        while (q->next())
            codes.insert(q->value(0).toLongLong(), q->value(1).toString());
        for (qint64 id : ids)
            if (!codes.contains(id))
                return Error::invalid(tr("There is no family with number %1.").arg(id));
        auto used = m_db.exec(QStringLiteral("SELECT family_id FROM household_members "
                                             "WHERE family_id %1 "
                                             "UNION SELECT family_id FROM assignments "
                                             "WHERE family_id %1 "
                                             "UNION SELECT family_id FROM visits "
                                             "WHERE family_id %1")
                                  .arg(m_db.inIdList()),
                              {idList, idList, idList});
        if (!used)
            return used.error();
        QSet<qint64> inUse;
        while (used->next())
            inUse.insert(used->value(0).toLongLong());
        for (qint64 id : ids)
            if (inUse.contains(id))
                return Error::invalid(tr("The family %1 cannot be removed: it already has "
                                         "household members, a duo or visits.")
                                          .arg(codes.value(id)));
        auto removed = m_db.exec(
            QStringLiteral("DELETE FROM families WHERE id %1").arg(m_db.inIdList()), {idList});
        if (!removed)
            return removed.error();
        return {};
    });
}

Status FamilyStore::restoreAll(const QList<Family> &families)
{
    QList<qint64> ids;
    QStringList codes;
    for (const Family &family : families) {
        if (const QString problem = Validation::checkFamily(family); !problem.isEmpty())
            return Error::invalid(problem);
        ids << family.id;
        codes << family.caseCode;
    }
    const auto cannotPutBack = [](const Family &family) -> Error {
        return Error::invalid(tr("The family %1 cannot be put back: another program changed the "
                                 "database in the meantime.")
                                  .arg(family.caseCode));
    };
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("SELECT id, case_code FROM families WHERE id %1 "
                                          "OR case_code %2")
                               .arg(m_db.inIdList(), m_db.inTextList()),
                           {SqlValues::jsonArray(ids), SqlValues::jsonArray(codes)});
        if (!q)
            return q.error();
        QSet<qint64> takenIds;
        QSet<QString> takenCodes;
        while (q->next()) {
            takenIds.insert(q->value(0).toLongLong());
            takenCodes.insert(q->value(1).toString());
        }
        BatchInserter rows(m_db, QStringLiteral("families"), insertColumns);
        for (const Family &family : families) {
            if (family.id <= 0 || family.caseCode.isEmpty() || takenIds.contains(family.id) ||
                takenCodes.contains(family.caseCode))
                return cannotPutBack(family);
            QVariantList binds = values(family);
            binds.prepend(family.caseCode);
            binds.prepend(family.id);
            if (Status added = rows.add(binds); !added)
                return added;
        }
        return rows.flush();
    });
}

Status FamilyStore::update(const Family &family)
{
    if (const QString problem = Validation::checkFamily(family); !problem.isEmpty())
        return Error::invalid(problem);
    QVariantList binds = values(family);
    binds << family.id << family.version;
    return m_db.transaction([&]() -> Status {
        auto q =
            m_db.exec(QStringLiteral("UPDATE families SET family_name = ?, street = ?, "
                                     "postcode = ?, city = ?, district = ?, home_languages = ?, "
                                     "preferred_gender = ?, referral_source = ?, referred_on = ?, "
                                     "status = ?, closed_on = ?, closing_reason = ?, phone = ? "
                                     "WHERE id = ? AND row_version = ?"),
                      binds);
        if (!q)
            return q.error();
        if (Status saved = RowVersions::checkSaved(
                m_db, QStringLiteral("families"), family.id, q->numRowsAffected(),
                tr("the family %1 (%2)").arg(family.familyName.trimmed(), family.caseCode),
                tr("There is no family with number %1.").arg(family.id));
            !saved)
            return saved;
        if (family.status != FamilyStatus::Closed)
            return {};
        // An assignment that started after the closing day ends on its own first day.
        const QVariant day =
            SqlValues::date(family.closedOn.isValid() ? family.closedOn : QDate::currentDate());
        auto ended =
            m_db.exec(QStringLiteral("UPDATE assignments SET to_date = CASE WHEN from_date > ? "
                                     "THEN from_date ELSE ? END "
                                     "WHERE family_id = ? AND (to_date IS NULL OR to_date > ?)"),
                      {day, day, family.id, day});
        if (!ended)
            return ended.error();
        return {};
    });
}

Result<FamilyStatus> FamilyStore::status(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT status FROM families WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no family with number %1.").arg(id));
    return DomainText::parse<FamilyStatus>(q->value(0).toString()).value_or(FamilyStatus::Referred);
}

Status FamilyStore::setStatus(qint64 id, FamilyStatus status)
{
    auto q = m_db.exec(QStringLiteral("UPDATE families SET status = ? WHERE id = ? AND status "
                                      "<> 'closed'"),
                       {DomainText::code(status), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("There is no open family with number %1.").arg(id));
    return {};
}

Status FamilyStore::remove(qint64 id)
{
    auto family = get(id);
    if (!family)
        return family.error();
    auto used = m_db.scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM household_members WHERE family_id = ?) "
                       "+ (SELECT count(*) FROM assignments WHERE family_id = ?) "
                       "+ (SELECT count(*) FROM visits WHERE family_id = ?)"),
        {id, id, id});
    if (!used)
        return used.error();
    if (used->toInt() > 0)
        return Error::invalid(tr("The family %1 cannot be removed: it already has household "
                                 "members, a duo or visits.")
                                  .arg(family->caseCode));
    auto q = m_db.exec(QStringLiteral("DELETE FROM families WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return {};
}

Status FamilyStore::restore(const Family &family)
{
    if (const QString problem = Validation::checkFamily(family); !problem.isEmpty())
        return Error::invalid(problem);
    auto taken =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM families WHERE id = ? OR case_code = ?"),
                    {family.id, family.caseCode});
    if (!taken)
        return taken.error();
    if (family.id <= 0 || family.caseCode.isEmpty() || taken->toInt() > 0)
        return Error::invalid(
            tr("The family %1 cannot be put back: another program changed the database in the "
               "meantime.")
                .arg(family.caseCode));
    QVariantList binds = values(family);
    binds.prepend(family.caseCode);
    binds.prepend(family.id);
    auto q = m_db.exec(QStringLiteral("INSERT INTO families (id, case_code, family_name, street, "
                                      "postcode, city, district, home_languages, "
                                      "preferred_gender, referral_source, referred_on, status, "
                                      "closed_on, closing_reason, phone) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       binds);
    if (!q)
        return q.error();
    return {};
}

Result<Family> FamilyStore::get(qint64 id) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no family with number %1.").arg(id));
    const Family family = fromRow(*q.value());
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    return family;
}

Result<Family> FamilyStore::byCaseCode(const QString &caseCode) const
{
    auto q = m_db.exec(selectSql + QStringLiteral("WHERE case_code = ?"),
                       {caseCode.trimmed().toUpper()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no family with case code %1.").arg(caseCode));
    const Family family = fromRow(*q.value());
    q->finish();
    return family;
}

Result<qint64> FamilyStore::addMember(const HouseholdMember &m)
{
    return insertMember(m, 0);
}

Result<qint64> FamilyStore::insertMember(const HouseholdMember &m, qint64 id)
{
    if (const QString problem = Validation::checkMember(m); !problem.isEmpty())
        return Error::invalid(problem);
    auto family =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM families WHERE id = ?"), {m.familyId});
    if (!family)
        return family.error();
    if (family->toInt() == 0)
        return Error::invalid(tr("There is no family with number %1.").arg(m.familyId));
    // A null id lets SQLite choose the next number.
    auto q = m_db.insert(
        QStringLiteral("INSERT INTO household_members (id, family_id, first_name, role, "
                       "birth_year, phone) VALUES (?, ?, ?, ?, ?, ?)"),
        {id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)), m.familyId,
         m.firstName.trimmed(), DomainText::code(m.role),
         m.birthYear > 0 ? QVariant(m.birthYear) : QVariant(QMetaType(QMetaType::Int)),
         Validation::normalisePhone(m.phone)});
    if (!q)
        return q.error();
    return q.value();
}

Result<HouseholdMember> FamilyStore::member(qint64 id) const
{
    auto q = m_db.exec(memberColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(tr("There is no household member with number %1.").arg(id));
    const HouseholdMember m = memberFromRow(*q.value());
    q->finish(); // see Database::exec: a half-read statement pins an old snapshot
    return m;
}

Status FamilyStore::updateMember(const HouseholdMember &m)
{
    if (const QString problem = Validation::checkMember(m); !problem.isEmpty())
        return Error::invalid(problem);
    auto q =
        m_db.exec(QStringLiteral("UPDATE household_members SET first_name = ?, role = ?, "
                                 "birth_year = ?, phone = ? WHERE id = ?"),
                  {m.firstName.trimmed(), DomainText::code(m.role),
                   m.birthYear > 0 ? QVariant(m.birthYear) : QVariant(QMetaType(QMetaType::Int)),
                   Validation::normalisePhone(m.phone), m.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("There is no household member with number %1.").arg(m.id));
    return {};
}

Status FamilyStore::removeMember(qint64 id)
{
    auto m = member(id);
    if (!m)
        return m.error();
    auto visits = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM visit_attendees WHERE member_id = ?"), {id});
    if (!visits)
        return visits.error();
    if (visits->toInt() > 0)
        return Error::invalid(tr("%1 cannot be removed: the visit log records that %1 was present.")
                                  .arg(m->firstName));
    auto q = m_db.exec(QStringLiteral("DELETE FROM household_members WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return {};
}

Status FamilyStore::restoreMember(const HouseholdMember &m)
{
    auto taken =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM household_members WHERE id = ?"), {m.id});
    if (!taken)
        return taken.error();
    if (m.id <= 0 || taken->toInt() > 0)
        return Error::invalid(tr("%1 cannot be put back: another program changed the database in "
                                 "the meantime.")
                                  .arg(m.firstName));
    auto id = insertMember(m, m.id);
    if (!id)
        return id.error();
    return {};
}

Result<QList<HouseholdMember>> FamilyStore::members(qint64 familyId) const
{
    auto q =
        m_db.exec(memberColumns +
                      QStringLiteral("WHERE family_id = ? "
                                     "ORDER BY CASE role WHEN 'parent' THEN 0 WHEN 'child' THEN 1 "
                                     "ELSE 2 END, birth_year, id"),
                  {familyId});
    if (!q)
        return q.error();
    QList<HouseholdMember> result;
    while (q->next()) {
        result << memberFromRow(*q.value());
    }
    return result;
}

Result<QList<FamilySummary>> FamilyStore::page(const QString &search, const QString &afterCaseCode,
                                               int limit, qint64 workerId) const
{
    const QString text = search.trimmed();
    QVariantList binds = searchBinds(text);
    const QString mine = mineCondition(workerId, &binds);
    binds << afterCaseCode << limit;
    auto q = m_db.exec(
        QStringLiteral("SELECT f.id, f.case_code, f.family_name, f.city, f.district, f.status, "
                       "  (SELECT n.name FROM assignments a "
                       "   JOIN duo_names n ON n.id = a.duo_id "
                       "   WHERE a.family_id = f.id AND a.to_date IS NULL "
                       "   ORDER BY a.from_date DESC LIMIT 1), "
                       // In the page query itself, so a page of 200 is still one statement;
                       // served by safety_concerns_by_family.
                       "  EXISTS (SELECT 1 FROM safety_concerns c "
                       "   WHERE c.family_id = f.id AND c.closed_at IS NULL) "
                       "FROM families f WHERE %1%2 AND f.case_code > ? "
                       "ORDER BY f.case_code LIMIT ?")
            .arg(searchCondition(m_db), mine),
        binds);
    if (!q)
        return q.error();
    QList<FamilySummary> result;
    while (q->next()) {
        FamilySummary s;
        s.id = q->value(0).toLongLong();
        s.caseCode = q->value(1).toString();
        s.familyName = q->value(2).toString();
        s.city = q->value(3).toString();
        s.district = q->value(4).toString();
        s.status = DomainText::parse<FamilyStatus>(q->value(5).toString())
                       .value_or(FamilyStatus::Referred);
        s.duoName = q->value(6).toString();
        s.openSafetyConcern = q->value(7).toBool();
        result << s;
    }
    return result;
}

Result<int> FamilyStore::count(const QString &search, qint64 workerId) const
{
    const QString text = search.trimmed();
    QVariantList binds = searchBinds(text);
    const QString mine = mineCondition(workerId, &binds);
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM families f WHERE %1%2")
                             .arg(searchCondition(m_db), mine),
                         binds);
    if (!n)
        return n.error();
    return n->toInt();
}
