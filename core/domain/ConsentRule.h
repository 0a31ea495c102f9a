#pragma once
// Who must consent for a family, from the ages of its children on the day consent is given.
//
// The rule is per child, as the field applies the Jeugdwet and the AVG: under 12 the parents
// decide, from 12 to 15 the parents and the young person together, from 16 the young person.
// A family's consent must satisfy it for every child, so the parents are needed while any child
// is under 16 and the young person once any child is 12 or older: "both" unless all children
// are under 12 (the parents) or all are 16 or older (the young person). A household without
// children is the parents' (the adults') to consent for.
//
// Only birth years are known, so a child born in 2014 is 11 or 12 during 2026. Where the year
// leaves the age in doubt the answer that asks more people is taken, and a child without a
// birth year counts as any age: consent given by more people than needed is never wrong,
// consent missing someone is. Giving "both" where one party would do is therefore accepted.

#include "Consent.h"
#include "Domain.h"

#include <QCoreApplication>

struct ConsentRequirement
{
    bool parents = true;      // the parent(s) must take part
    bool youngPerson = false; // the young person must take part
    QString reason;           // one sentence on the children's ages, for the form

    // The giver to suggest: the fewest people the rule allows.
    ConsentGiver suggested() const;
    bool allows(ConsentGiver giver) const;
};

class ConsentRule
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRule)
public:
    static ConsentRequirement required(const QList<HouseholdMember> &household, const QDate &on);
    // Empty when `giver` satisfies the rule; otherwise one sentence naming the child it fails.
    static QString check(const QList<HouseholdMember> &household, const QDate &on,
                         ConsentGiver giver);

    // Whether one of the family's records `consents` gives consent for `purpose` on `on`.
    static bool holds(const QList<Consent> &consents, ConsentPurpose purpose, const QDate &on);
    // The purposes (in ConsentText::purposes() order) without consent holding on `on`: what the
    // family's page lists as missing, and why the planner and Today warn about a home visit.
    static QList<ConsentPurpose> missing(const QList<Consent> &consents, const QDate &on);
};
