#pragma once
// The family's surroundings (netwerkkaart, ecogram): the household in the middle and around it
// the people and organisations that matter, on one of three rings by how close they are, with
// the kind of tie and whether it supports the family. People are written down by role and first
// name only; a pseudonymised package carries the role, never the name.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

enum class MapKind {
    Relative,
    Neighbour,
    Friend,
    School,
    GeneralPractitioner,
    SocialDistrictTeam,
    Faith, // mosque, church
    SportsClub,
    YouthCare,
    OtherOrganisation
};

enum class Tie { Strong, Weak, Strained, Broken };

struct NetworkMapEntry
{
    qint64 id = 0;
    qint64 familyId = 0;
    MapKind kind = MapKind::Relative;
    QString role;      // of a person: "oma", "buurvrouw"; of an organisation its kind says enough
    QString name;      // a person's first name, or the organisation's name
    int closeness = 2; // 1 close, 2 in between, 3 at a distance: the ring it is drawn on
    Tie tie = Tie::Strong;
    bool supportive = true;
    double angle = 0;   // where on its ring, in degrees (0 at the right, counter-clockwise)
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database
};

class NetworkMapText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkMapText)
public:
    static constexpr int Rings = 3;

    static QString code(MapKind kind);
    static QString code(Tie tie);
    static QString display(MapKind kind);
    static QString display(Tie tie);
    static std::optional<MapKind> parseKind(const QString &code);
    static std::optional<Tie> parseTie(const QString &code);
    static QList<MapKind> kinds();
    static QList<Tie> ties();
    static bool isPerson(MapKind kind) { return kind <= MapKind::Friend; }
    static QString sqlKinds();
    static QString sqlTies();

    // What the picture and the package print for an entry: role and first name, or the
    // organisation's name; `named` false leaves the name out (a person by role, an
    // organisation by its kind).
    static QString label(const NetworkMapEntry &entry, bool named = true);
    // One sentence for what is wrong, or empty: a name, a ring from 1 to 3, no control
    // characters.
    static QString check(const NetworkMapEntry &entry);
};
