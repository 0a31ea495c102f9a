#pragma once
// Consent of a family (AVG/GDPR and the Jeugdwet): who gave it, for which purpose, on which
// day, and its withdrawal. One record per purpose, so each can be withdrawn on its own and the
// history of each stays readable. The value types and their storage codes live here; the age
// rule is ConsentRule's, storage is ConsentStore's.

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

enum class ConsentPurpose { HomeVisits, ShareWithPartner, SupervisionExport };
// Who consented: the parent(s), the young person, or both together.
enum class ConsentGiver { Parents, YoungPerson, Both };

struct Consent
{
    qint64 id = 0;
    qint64 familyId = 0;
    ConsentPurpose purpose = ConsentPurpose::HomeVisits;
    ConsentGiver givenBy = ConsentGiver::Parents;
    QDate givenOn;
    QDate withdrawnOn; // invalid while the consent holds
    QString note;
    qint64 version = 0; // the row as read (RowVersions); 0: not read from the database

    // Holds on `day`: given on or before it and not withdrawn by then (withdrawal takes effect
    // on its own day).
    bool holdsOn(const QDate &day) const
    {
        return givenOn.isValid() && givenOn <= day && (!withdrawnOn.isValid() || withdrawnOn > day);
    }
};

class ConsentText
{
    Q_DECLARE_TR_FUNCTIONS(ConsentText)
public:
    static QList<ConsentPurpose> purposes()
    {
        return {ConsentPurpose::HomeVisits, ConsentPurpose::ShareWithPartner,
                ConsentPurpose::SupervisionExport};
    }

    static QString code(ConsentPurpose purpose)
    {
        switch (purpose) {
        case ConsentPurpose::HomeVisits:
            return QStringLiteral("home_visits");
        case ConsentPurpose::ShareWithPartner:
            return QStringLiteral("share_with_partner");
        case ConsentPurpose::SupervisionExport:
            return QStringLiteral("supervision_export");
        }
        return {};
    }
    static QString code(ConsentGiver giver)
    {
        switch (giver) {
        case ConsentGiver::Parents:
            return QStringLiteral("parents");
        case ConsentGiver::YoungPerson:
            return QStringLiteral("young_person");
        case ConsentGiver::Both:
            return QStringLiteral("both");
        }
        return {};
    }
    static std::optional<ConsentPurpose> parsePurpose(const QString &code)
    {
        for (ConsentPurpose p : purposes())
            if (ConsentText::code(p) == code)
                return p;
        return std::nullopt;
    }
    static std::optional<ConsentGiver> parseGiver(const QString &code)
    {
        for (ConsentGiver g :
             {ConsentGiver::Parents, ConsentGiver::YoungPerson, ConsentGiver::Both})
            if (ConsentText::code(g) == code)
                return g;
        return std::nullopt;
    }

    static QString display(ConsentPurpose purpose)
    {
        switch (purpose) {
        case ConsentPurpose::HomeVisits:
            return tr("Home visits");
        case ConsentPurpose::ShareWithPartner:
            return tr("Sharing with the partner organisation");
        case ConsentPurpose::SupervisionExport:
            return tr("Supervision export");
        }
        return {};
    }
    static QString display(ConsentGiver giver)
    {
        switch (giver) {
        case ConsentGiver::Parents:
            return tr("Parent(s)");
        case ConsentGiver::YoungPerson:
            return tr("The young person");
        case ConsentGiver::Both:
            return tr("Parent(s) and the young person");
        }
        return {};
    }
};
