#pragma once
// Storage codes and translated display names of the domain enums. Storage codes are stable
// English identifiers (also used in CSV and JSON); display names follow the UI language.

#include "Domain.h"

#include <QCoreApplication>
#include <optional>

class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)
public:
    static QString code(OrganisationKind kind);
    static QString code(WorkerRole role);
    static QString code(Gender gender);
    static QString code(GenderWish wish);
    static QString code(FamilyStatus status);
    static QString code(MemberRole role);
    static QString code(VisitStatus status);
    static QString code(LifeDomain domain);
    static QString code(Helps helps);
    static QString code(Decision decision);

    static QString display(OrganisationKind kind);
    static QString display(WorkerRole role);
    static QString display(Gender gender);
    static QString display(GenderWish wish);
    static QString display(FamilyStatus status);
    static QString display(MemberRole role);
    static QString display(VisitStatus status);
    static QString display(LifeDomain domain);
    static QString display(Helps helps);
    static QString display(Decision decision);
    // What a ZRM score (1..5) means, e.g. "fully self-reliant"; empty outside 1..5.
    static QString scoreMeaning(int score);

    // Parse a storage code; nullopt for anything else.
    template <typename Enum> static std::optional<Enum> parse(const QString &code);
};
