#include "ZrmLevels.h"

#include <cstddef>

namespace {
template <std::size_t N> const char *const *fiveLevels(const char *const (&texts)[N])
{
    static_assert(N == 5, "one text for each ZRM level, 1 to 5");
    return texts;
}

// One text a line, so each stays one literal for lupdate and for translations/zrm_nl.json. Where
// the ZRM calls a domain differently, its name is in a comment.
// clang-format off
const char *const *levelTexts(LifeDomain domain)
{
    switch (domain) {
    case LifeDomain::Finances: {
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "Growing, complex debts."),
            QT_TRANSLATE_NOOP("ZrmLevels", "No disposable income, or debts growing through impulsive or unsuitable spending."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Has disposable income; any debts are stable or under management (e.g. debt counselling)."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Has disposable income and spends sensibly; any debts are going down."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Has disposable income and money left at the end of the month; no debts."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::WorkEducation: { // ZRM "Werk & opleiding"
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "No school, work or path towards them, or work without proper protection or insurance; not looking."),
            QT_TRANSLATE_NOOP("ZrmLevels", "No school or work but looking; or enrolled only on paper, often absent, or about to drop out or be fired."),
            QT_TRANSLATE_NOOP("ZrmLevels", "In school but falling behind, or often absent from school or work, or on a path towards school or work."),
            QT_TRANSLATE_NOOP("ZrmLevels", "On track at school, or basic qualification plus temporary job or path to work; rarely absent without reason."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Doing very well at school, or basic qualification and a permanent job; never absent without reason."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::TimeUse: { // ZRM "Tijdsbesteding"
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "No pleasant or useful activities, or no structure in the day; irregular day-night rhythm."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Hardly any pleasant or useful activities or structure in the day; disturbed day-night rhythm."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Too few pleasant or useful activities, but enough structure; day-night rhythm somewhat disturbed."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Enough pleasant or useful activities; day-night rhythm does not harm daily functioning."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Time mostly filled with pleasant or useful activities; healthy day-night rhythm."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::Housing: {
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "Homeless or in crisis shelter."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Housing unfit to live in, or threatened with eviction."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Safe, stable housing but only just adequate, or living in an institution (not independent)."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Safe, stable and adequate housing; partly independent (supported living)."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Safe, stable and adequate housing; lives independently (a young person: with parents or carers)."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::HomeRelationships: { // ZRM "Huiselijke relaties"
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "Domestic violence, child abuse, other abuse or neglect."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Relationship problems within the household, or a threat of domestic violence, abuse or neglect."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Tension in relationships within the household; tries to change own negative behaviour."),
            QT_TRANSLATE_NOOP("ZrmLevels", "No (longer any) relationship problems or tension in the household."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Gives and gets support within the household; communication is consistently open."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::MentalHealth: {
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "Mental health emergency; a danger to self or others."),
            QT_TRANSLATE_NOOP("ZrmLevels", "(Chronic) mental disorder seriously limiting functioning, no danger to self or others; no treatment."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Mental disorder limiting functioning; poor treatment adherence, or limited despite good adherence."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Mild strain as a normal reaction to stress; functioning barely limited; adheres to treatment or needs none."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Mentally healthy; no more than everyday worries."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::PhysicalHealth: {
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "Emergency or critical situation; needs medical attention at once."),
            QT_TRANSLATE_NOOP("ZrmLevels", "(Chronic) physical condition needing treatment, seriously limiting functioning; no treatment."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Physical condition limiting functioning; poor treatment adherence, or limited despite good adherence."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Minor discomfort linked to daily activities; functioning barely limited; adheres to treatment or needs none."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Physically healthy; healthy lifestyle (healthy food, enough exercise)."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::Addiction: { // ZRM "Middelengebruik" (before 2017 "Verslaving")
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "Dependent on substances, gambling, gaming or the like; use causes or worsens problems needing treatment."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Problematic use causing health problems or trouble at home, school or work; no treatment."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Uses substances without related problems; poor treatment adherence, or limited despite good adherence."),
            QT_TRANSLATE_NOOP("ZrmLevels", "No use despite strong urges, or addictive medication without other use; adheres to treatment or needs none."),
            QT_TRANSLATE_NOOP("ZrmLevels", "No substance use and no strong urge to use."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::DailyLiving: { // ZRM "Instrumentele ADL"
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "Several daily tasks not done: squalid home, wrong medication, no paperwork or food poisoning."),
            QT_TRANSLATE_NOOP("ZrmLevels", "One daily task (housework, shopping, medication, paperwork) not done, or several only partly."),
            QT_TRANSLATE_NOOP("ZrmLevels", "All daily tasks are done, but one only partly."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Daily tasks done in full, with help from outside the household or an aid."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Daily tasks done in full, without help from outside the household or aids."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::SocialNetwork: {
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "Severe social isolation; no supportive contact with family, friends or other people."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Hardly any supportive contact with family or friends; much contact that holds them back."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Some supportive contact with family or friends; little contact that holds them back."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Enough supportive contact with family or friends; hardly any contact that holds them back."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Healthy network: much supportive contact with family and friends, none that holds them back."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::CommunityParticipation: { // ZRM "Maatschappelijke participatie"
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "Not applicable because of a crisis or survival mode, or causes serious nuisance."),
            QT_TRANSLATE_NOOP("ZrmLevels", "No participation in society, or causes nuisance."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Hardly takes part in society; practical, financial or social barriers to taking part more."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Some participation (joining in); a personal barrier (motivation) to taking part more."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Takes an active part in society (contributing)."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::Justice: {
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "Very frequent (monthly) contact with the police, or open cases with the justice system."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Regular (several times a year) contact with the police, or ongoing court cases."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Occasional (about yearly) contact with the police, or a suspended sentence or conditional release."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Rare (less than yearly) contact with the police, or a criminal record."),
            QT_TRANSLATE_NOOP("ZrmLevels", "No contact with the police and no criminal record."),
        };
        return fiveLevels(texts);
    }
    case LifeDomain::SelfCare: { // ZRM "Basale ADL"
        static const char *const texts[] = {
            QT_TRANSLATE_NOOP("ZrmLevels", "A basic self-care task (eating, washing, dressing, toilet) not done; starving, dehydrated or soiled."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Several basic self-care tasks are done only partly."),
            QT_TRANSLATE_NOOP("ZrmLevels", "All basic self-care tasks are done, but one only partly."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Basic self-care done in full, with help or with an aid."),
            QT_TRANSLATE_NOOP("ZrmLevels", "Basic self-care such as eating, washing and dressing done in full, without help or aids."),
        };
        return fiveLevels(texts);
    }
    }
    return nullptr;
}
// clang-format on
} // namespace

QString ZrmLevels::description(LifeDomain domain, int score)
{
    if (score < 1 || score > 5)
        return {};
    const char *const *texts = levelTexts(domain);
    if (!texts)
        return {};
    return QCoreApplication::translate("ZrmLevels", texts[score - 1]);
}
