#include "WaitingList.h"

#include "Database.h"
#include "SqlValues.h"
#include "domain/DomainText.h"
#include "domain/Languages.h"

Result<QList<WaitingFamily>> WaitingList::families(const QDate &day) const
{
    // An assignment that ends on the day no longer counts, as in AssignmentStore::current: the
    // family is without a duo from then on. One ending later, or not at all, means it has one.
    auto q = m_db.exec(
        QStringLiteral("SELECT f.id, f.case_code, f.family_name, f.city, f.district, "
                       "f.home_languages, f.preferred_gender, f.status, f.referred_on "
                       "FROM families f WHERE f.status IN ('referred', 'intake') "
                       "AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.family_id = f.id "
                       "    AND (a.to_date IS NULL OR a.to_date > ?)) "
                       "ORDER BY f.referred_on, f.case_code"),
        {SqlValues::date(day)});
    if (!q)
        return q.error();
    QList<WaitingFamily> result;
    while (q->next()) {
        WaitingFamily f;
        f.id = q->value(0).toLongLong();
        f.caseCode = q->value(1).toString();
        f.familyName = q->value(2).toString();
        f.city = q->value(3).toString();
        f.district = q->value(4).toString();
        f.homeLanguages = Languages::split(q->value(5).toString());
        f.preferredGender =
            DomainText::parse<GenderWish>(q->value(6).toString()).value_or(GenderWish::None);
        f.status = DomainText::parse<FamilyStatus>(q->value(7).toString())
                       .value_or(FamilyStatus::Referred);
        f.referredOn = SqlValues::toDate(q->value(8));
        // A referral dated after the day (typed ahead) has not started waiting yet.
        f.daysWaiting = qMax(0, int(f.referredOn.daysTo(day)));
        result << f;
    }
    return result;
}
