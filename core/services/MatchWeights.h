#pragma once
// The points Matcher gives a candidate duo, one named constant per reason, so the rule can be
// read, discussed with coordinators and tested. Positive points are what a good match brings;
// negative points are what makes a duo a poor choice even when the rest fits.

namespace MatchWeights {

// The trusted person speaks a home language of the family other than Dutch (or the family
// speaks only Dutch at home). Bridging language is why the trusted person is there, so this
// is the largest bonus.
constexpr int SharedLanguage = 40;
// The only home language the trusted person shares is Dutch, while the family also speaks
// another language at home: they can talk, but the bridge the method relies on is missing.
constexpr int SharedDutchOnly = 10;
// The professional also speaks a home language other than Dutch: helpful, but the professional
// gives the care and can work with the trusted person translating, so it weighs less.
constexpr int ProfessionalLanguage = 10;

// The trusted person works in the family's district: knows the neighbourhood, its school and
// its partners, and is close by.
constexpr int SameDistrict = 25;
// Not the district, but the trusted person works in the family's city.
constexpr int SameCity = 10;
// The trusted person or the professional works in another city than the family lives in:
// every home visit is a journey, and the neighbourhood, its school and its partners are not
// theirs. Enough that a duo from elsewhere never outranks a local duo that fits (see below).
constexpr int OtherCity = -120;

// The family asked for a trusted person of a gender and this duo's trusted person is.
constexpr int GenderWish = 20;
// The family's wish is not met. Often the wish decides whether the family lets the duo in at
// all, so this outweighs a shared language and the same district together.
constexpr int GenderWishViolated = -100;

// Up to this many points per member for room in the caseload, in proportion to the places
// still free (8 of 8 free: all of it; 1 of 8 free: an eighth).
constexpr int CaseloadHeadroom = 15;
// Per member whose caseload is full or over-full: a heavy caseload is what burns trusted
// persons out, so a full duo is shown but sinks.
constexpr int CaseloadFull = -50;

// This duo worked (or works) with the family: trust that exists need not be rebuilt.
constexpr int Continuity = 20;
// The trusted person worked with the family in another duo: the trust is mostly theirs.
constexpr int TrustedPersonContinuity = 15;

// The design above, kept true when a weight is tuned.
static_assert(GenderWishViolated + SharedLanguage + ProfessionalLanguage + SameDistrict < 0,
              "a violated gender wish outweighs language and district together");
static_assert(CaseloadFull + SharedLanguage < 0, "a full caseload outweighs a shared language");
static_assert(SharedDutchOnly < SharedLanguage && ProfessionalLanguage < SharedLanguage,
              "the trusted person's bridging language weighs most");
static_assert(SameCity < SameDistrict, "the district counts more than the city");
// A local duo fits when nothing counts against it (no violated wish, no full caseload): it
// scores at least SameCity. A duo from another city with every bonus it can still have:
static_assert(OtherCity + SharedLanguage + ProfessionalLanguage + GenderWish +
                      2 * CaseloadHeadroom + Continuity <
                  SameCity,
              "a local duo that fits outranks any duo from another city");
static_assert(TrustedPersonContinuity < Continuity, "the whole duo's history counts more");

} // namespace MatchWeights
