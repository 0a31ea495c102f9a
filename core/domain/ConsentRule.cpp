#include "ConsentRule.h"

#include <algorithm>

namespace {
// The ages a child born in `birthYear` may have on `on`: before or after the birthday.
struct AgeRange
{
    int low = 0;
    int high = 0;
    bool known = false;
};

AgeRange ageOn(const HouseholdMember &child, const QDate &on)
{
    if (child.birthYear <= 0)
        return {0, 200, false};
    const int years = on.year() - child.birthYear;
    return {qMax(0, years - 1), qMax(0, years), true};
}

bool needsParents(const AgeRange &age)
{
    return age.low < 16;
}

bool needsYoungPerson(const AgeRange &age)
{
    return age.high >= 12;
}

QString describe(const HouseholdMember &child, const AgeRange &age)
{
    if (!age.known)
        return ConsentRule::tr("%1 (birth year not known)").arg(child.firstName);
    if (age.low == age.high)
        return ConsentRule::tr("%1 (%2)").arg(child.firstName).arg(age.low);
    return ConsentRule::tr("%1 (%2 or %3)").arg(child.firstName).arg(age.low).arg(age.high);
}
} // namespace

ConsentGiver ConsentRequirement::suggested() const
{
    if (parents && youngPerson)
        return ConsentGiver::Both;
    return youngPerson ? ConsentGiver::YoungPerson : ConsentGiver::Parents;
}

bool ConsentRequirement::allows(ConsentGiver giver) const
{
    if (parents && giver == ConsentGiver::YoungPerson)
        return false;
    if (youngPerson && giver == ConsentGiver::Parents)
        return false;
    return true;
}

ConsentRequirement ConsentRule::required(const QList<HouseholdMember> &household, const QDate &on)
{
    ConsentRequirement requirement;
    QStringList ages;
    bool anyChild = false;
    bool parents = false;
    bool youngPerson = false;
    for (const HouseholdMember &member : household) {
        if (member.role != MemberRole::Child)
            continue;
        anyChild = true;
        const AgeRange age = ageOn(member, on);
        parents = parents || needsParents(age);
        youngPerson = youngPerson || needsYoungPerson(age);
        ages << describe(member, age);
    }
    if (!anyChild) {
        requirement.reason = tr("The household has no children: the parent(s) consent.");
        return requirement;
    }
    requirement.parents = parents;
    requirement.youngPerson = youngPerson;
    requirement.reason =
        tr("Ages of the children in %1: %2.").arg(on.year()).arg(ages.join(QStringLiteral(", ")));
    return requirement;
}

QString ConsentRule::check(const QList<HouseholdMember> &household, const QDate &on,
                           ConsentGiver giver)
{
    for (const HouseholdMember &member : household) {
        if (member.role != MemberRole::Child)
            continue;
        const AgeRange age = ageOn(member, on);
        if (giver == ConsentGiver::Parents && needsYoungPerson(age)) {
            if (!age.known)
                return tr("The birth year of %1 is not known, so %1 must consent as well as the "
                          "parent(s).")
                    .arg(member.firstName);
            return age.low >= 16
                       ? tr("%1 is 16 or older and consents for themselves, not the parent(s).")
                             .arg(member.firstName)
                       : tr("%1 may be 12 or older: %1 must consent together with the parent(s).")
                             .arg(member.firstName);
        }
        if (giver == ConsentGiver::YoungPerson && needsParents(age)) {
            if (!age.known)
                return tr("The birth year of %1 is not known, so the parent(s) must consent as "
                          "well.")
                    .arg(member.firstName);
            return age.high < 12
                       ? tr("%1 is under 12: the parent(s) consent, not the young person.")
                             .arg(member.firstName)
                       : tr("%1 may be under 16: the parent(s) must consent together with %1.")
                             .arg(member.firstName);
        }
    }
    if (giver == ConsentGiver::YoungPerson &&
        std::none_of(household.begin(), household.end(), [](const HouseholdMember &member) {
            return member.role == MemberRole::Child;
        }))
        return tr("The household has no children: the parent(s) consent.");
    return {};
}

bool ConsentRule::holds(const QList<Consent> &consents, ConsentPurpose purpose, const QDate &on)
{
    return std::any_of(consents.begin(), consents.end(), [&](const Consent &consent) {
        return consent.purpose == purpose && consent.holdsOn(on);
    });
}

QList<ConsentPurpose> ConsentRule::missing(const QList<Consent> &consents, const QDate &on)
{
    QList<ConsentPurpose> result;
    for (ConsentPurpose purpose : ConsentText::purposes())
        if (!holds(consents, purpose, on))
            result << purpose;
    return result;
}
