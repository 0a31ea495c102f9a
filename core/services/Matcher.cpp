#include "Matcher.h"

#include "MatchWeights.h"
#include "domain/Languages.h"
#include "storage/AssignmentStore.h"
#include "storage/Database.h"
#include "storage/DuoStore.h"
#include "storage/OrganisationStore.h"
#include "storage/WorkerStore.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace {
const QString Dutch = QStringLiteral("nl");

// A city or district as compared: "Den Haag", "den  haag " and another Unicode form of it
// are one place.
QString placeKey(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

bool sameText(const QString &a, const QString &b)
{
    const QString key = placeKey(a);
    return !key.isEmpty() && key == placeKey(b);
}

QStringList common(const QStringList &wanted, const QStringList &spoken)
{
    QStringList result;
    for (const QString &code : wanted)
        if (spoken.contains(code))
            result << code;
    return result;
}

// What the scoring needs beyond the duo and its members; gathered once for all candidates.
struct Facts
{
    QHash<qint64, int> caseloads;  // worker id -> active families
    QHash<qint64, QString> cityOf; // organisation id -> city
    // District (placeKey) -> the cities families live in with that district: placeKey -> the
    // city as written. A district name alone is no place: Amsterdam, Utrecht and Zwolle each
    // have their "Centrum".
    QHash<QString, QMap<QString, QString>> citiesOfDistrict;
    QSet<qint64> duosWithFamily;           // duos that worked with the family before
    QSet<qint64> trustedPersonsWithFamily; // their trusted persons
    qint64 currentDuo = 0;                 // the duo assigned on the day, 0 when none
};

// The scoring itself, one function per reason, kept out of the header: only rank() is API.
class MatchScorer
{
    Q_DECLARE_TR_FUNCTIONS(Matcher)
public:
    MatchScorer(const Family &family, const Facts &facts) : m_family(family), m_facts(facts) {}

    MatchCandidate score(const Duo &duo, const Worker &trusted, const Worker &professional) const
    {
        MatchCandidate candidate;
        candidate.duo = duo;
        QList<MatchReason> &reasons = candidate.reasons;
        language(trusted, professional, reasons);
        place(trusted, professional, reasons);
        genderWish(trusted, reasons);
        caseload(trusted, reasons);
        caseload(professional, reasons);
        continuity(duo, trusted, reasons);
        for (const MatchReason &reason : std::as_const(reasons))
            candidate.score += reason.points;
        return candidate;
    }

private:
    void language(const Worker &trusted, const Worker &professional,
                  QList<MatchReason> &reasons) const
    {
        const QStringList home = m_family.homeLanguages;
        if (home.isEmpty())
            return;
        QStringList homeOther = home;
        homeOther.removeAll(Dutch);
        const QStringList shared = common(home, trusted.languages);
        const QStringList sharedOther = common(homeOther, trusted.languages);
        if (!sharedOther.isEmpty())
            reasons.append({QStringLiteral("shared_language"), MatchWeights::SharedLanguage,
                            tr("Speaks %1 with the family").arg(Languages::names(sharedOther))});
        else if (shared.contains(Dutch) && homeOther.isEmpty())
            reasons.append({QStringLiteral("shared_language"), MatchWeights::SharedLanguage,
                            tr("Speaks %1 with the family").arg(Languages::name(Dutch))});
        else if (shared.contains(Dutch))
            reasons.append(
                {QStringLiteral("shared_dutch_only"), MatchWeights::SharedDutchOnly,
                 tr("Speaks only Dutch with the family, not %1").arg(Languages::names(homeOther))});
        else
            reasons.append(
                {QStringLiteral("no_shared_language"), 0,
                 tr("Speaks none of the family's languages (%1)").arg(Languages::names(home))});

        const QStringList professionalShared = common(homeOther, professional.languages);
        if (!professionalShared.isEmpty())
            reasons.append(
                {QStringLiteral("professional_language"), MatchWeights::ProfessionalLanguage,
                 tr("The professional also speaks %1").arg(Languages::names(professionalShared))});
    }

    // The city a worker works in: their organisation's, which their district lies in. When
    // the organisation's city has no such district but exactly one other city has (a regional
    // organisation, seated elsewhere, whose worker works in this district), that city. Which
    // city a district lies in DuoCoach knows from where its families live. Empty: unknown.
    QString workCity(const Worker &worker) const
    {
        const QString organisationCity = m_facts.cityOf.value(worker.organisationId).trimmed();
        const auto cities = m_facts.citiesOfDistrict.constFind(placeKey(worker.district));
        if (cities == m_facts.citiesOfDistrict.cend() ||
            cities->contains(placeKey(organisationCity)) || cities->size() != 1)
            return organisationCity;
        return cities->first();
    }

    // A duo works where its members work. One of them working in another city weighs as
    // heavily as both: every visit is made together.
    void place(const Worker &trusted, const Worker &professional, QList<MatchReason> &reasons) const
    {
        const QString familyCity = placeKey(m_family.city);
        auto elsewhere = [&familyCity](const QString &city) {
            return !familyCity.isEmpty() && !city.isEmpty() && placeKey(city) != familyCity;
        };
        const QString trustedCity = workCity(trusted);
        if (elsewhere(trustedCity)) {
            reasons.append({QStringLiteral("other_city"), MatchWeights::OtherCity,
                            tr("Works in another city (%1)").arg(trustedCity)});
            return;
        }
        if (const QString professionalCity = workCity(professional); elsewhere(professionalCity)) {
            reasons.append(
                {QStringLiteral("other_city"), MatchWeights::OtherCity,
                 tr("%1 works in another city (%2)").arg(professional.name, professionalCity)});
            return;
        }
        if (sameText(trusted.district, m_family.district))
            reasons.append({QStringLiteral("same_district"), MatchWeights::SameDistrict,
                            tr("Works in %1").arg(trusted.district.trimmed())});
        else if (sameText(trustedCity, m_family.city))
            reasons.append({QStringLiteral("same_city"), MatchWeights::SameCity,
                            tr("Works in the same city (%1)").arg(m_family.city.trimmed())});
    }

    void genderWish(const Worker &trusted, QList<MatchReason> &reasons) const
    {
        const GenderWish wish = m_family.preferredGender;
        if (wish == GenderWish::None)
            return;
        const bool woman = wish == GenderWish::Female;
        const bool met = trusted.gender == (woman ? Gender::Female : Gender::Male);
        if (met)
            reasons.append({QStringLiteral("gender_wish"), MatchWeights::GenderWish,
                            woman ? tr("Trusted person is a woman, as the family wishes")
                                  : tr("Trusted person is a man, as the family wishes")});
        else
            reasons.append({QStringLiteral("gender_wish_violated"),
                            MatchWeights::GenderWishViolated,
                            woman ? tr("The family asked for a woman as trusted person")
                                  : tr("The family asked for a man as trusted person")});
    }

    void caseload(const Worker &worker, QList<MatchReason> &reasons) const
    {
        const int maximum = std::max(1, worker.maxCaseload);
        const int active = m_facts.caseloads.value(worker.id);
        if (active >= maximum) {
            reasons.append({QStringLiteral("caseload_full"), MatchWeights::CaseloadFull,
                            tr("%1: caseload full (%2 of %n)", nullptr, maximum)
                                .arg(worker.name, QString::number(active))});
            return;
        }
        const int free = maximum - active;
        // Rounded down, so a single free place never scores like a roomy caseload.
        reasons.append({QStringLiteral("caseload_headroom"),
                        MatchWeights::CaseloadHeadroom * free / maximum,
                        tr("%1: %2 of %n places free", nullptr, maximum)
                            .arg(worker.name, QString::number(free))});
    }

    void continuity(const Duo &duo, const Worker &trusted, QList<MatchReason> &reasons) const
    {
        if (duo.id == m_facts.currentDuo)
            reasons.append({QStringLiteral("continuity"), MatchWeights::Continuity,
                            tr("Works with this family now")});
        else if (m_facts.duosWithFamily.contains(duo.id))
            reasons.append({QStringLiteral("continuity"), MatchWeights::Continuity,
                            tr("Worked with this family before")});
        else if (m_facts.trustedPersonsWithFamily.contains(trusted.id))
            reasons.append(
                {QStringLiteral("trusted_person_continuity"), MatchWeights::TrustedPersonContinuity,
                 tr("%1 worked with this family before, in another duo").arg(trusted.name)});
    }

    const Family &m_family;
    const Facts &m_facts;
};
} // namespace

Result<QList<MatchCandidate>> Matcher::rank(const Family &family, const QDate &day) const
{
    if (family.status == FamilyStatus::Closed)
        return Error::invalid(tr("The family %1 is closed; a closed family is not assigned a duo.")
                                  .arg(family.caseCode));

    // One query per kind of fact, never one per candidate.
    auto duos = DuoStore(m_db).all();
    if (!duos)
        return duos.error();
    WorkerStore workerStore(m_db);
    auto workers = workerStore.all();
    if (!workers)
        return workers.error();
    auto caseloads = workerStore.caseloads(day);
    if (!caseloads)
        return caseloads.error();
    auto organisations = OrganisationStore(m_db).all();
    if (!organisations)
        return organisations.error();
    // Which city each district lies in, as the families' addresses say.
    auto districts = m_db.exec(QStringLiteral("SELECT DISTINCT city, district FROM families "
                                              "WHERE city <> '' AND district <> ''"));
    if (!districts)
        return districts.error();
    QList<Assignment> history;
    if (family.id > 0) {
        auto assignments = AssignmentStore(m_db).history(family.id);
        if (!assignments)
            return assignments.error();
        history = std::move(assignments).value();
    }

    QHash<qint64, Worker> workerById;
    for (const Worker &w : workers.value())
        workerById.insert(w.id, w);
    QHash<qint64, qint64> trustedPersonOf; // duo id -> trusted person id
    for (const Duo &d : duos.value())
        trustedPersonOf.insert(d.id, d.trustedPersonId);

    Facts facts;
    facts.caseloads = caseloads.value();
    for (const Organisation &o : organisations.value())
        facts.cityOf.insert(o.id, o.city);
    auto addDistrict = [&facts](const QString &city, const QString &district) {
        if (!placeKey(city).isEmpty() && !placeKey(district).isEmpty())
            facts.citiesOfDistrict[placeKey(district)].insert(placeKey(city), city.simplified());
    };
    while (districts->next())
        addDistrict(districts->value(0).toString(), districts->value(1).toString());
    addDistrict(family.city, family.district); // a family not saved yet, or just changed
    for (const Assignment &a : std::as_const(history)) {
        // The same bounds as AssignmentStore::current: the handover day belongs to the new duo.
        if (a.from <= day && (a.to.isNull() || a.to > day))
            facts.currentDuo = a.duoId;
        facts.duosWithFamily.insert(a.duoId);
        facts.trustedPersonsWithFamily.insert(trustedPersonOf.value(a.duoId));
    }

    const MatchScorer scorer(family, facts);
    QList<MatchCandidate> candidates;
    for (const Duo &duo : duos.value()) {
        if (!duo.isActiveOn(day))
            continue;
        const auto trusted = workerById.constFind(duo.trustedPersonId);
        const auto professional = workerById.constFind(duo.professionalId);
        if (trusted == workerById.cend() || professional == workerById.cend() || !trusted->active ||
            !professional->active)
            continue;
        candidates << scorer.score(duo, *trusted, *professional);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const MatchCandidate &a, const MatchCandidate &b) {
                  return a.score != b.score ? a.score > b.score : a.duo.id < b.duo.id;
              });
    return candidates;
}
