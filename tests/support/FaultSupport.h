#pragma once
// Helpers of the fault tests (issue 6): large import files, and a second process that holds a
// database busy the way another DuoCoach would.

#include <QByteArray>
#include <QDate>
#include <QString>

namespace FaultSupport {

// A families CSV (docs/import-format.md) with `count` distinct families, numbered from
// `first`, so two files made with different ranges never refuse each other's rows. `padding`
// lengthens each street by that many characters: wide rows fill SQLite's page cache sooner,
// so a long import starts writing its write-ahead log early.
inline QByteArray familiesCsv(int count, int first = 1, int padding = 0)
{
    QByteArray pad;
    while (pad.size() < padding)
        pad += " ingang aan de achterzijde en bel bij de buren";
    pad.truncate(padding);
    QByteArray csv = "family_name,street,postcode,city,district,home_languages,"
                     "trusted_person_gender,referral_source,referred_on\n";
    csv.reserve(qsizetype(count) * (96 + padding));
    const char *districts[] = {"Overvecht", "Kanaleneiland", "Zuilen", "Lombok", "Hoograven"};
    const char *languages[] = {"ar|nl", "tr", "so|en", "ti", "pl|nl", "nl"};
    for (int i = first; i < first + count; ++i) {
        const QDate referred = QDate(2025, 1, 1).addDays(i % 600);
        csv += "Familie " + QByteArray::number(i) + ",Amazonedreef " +
               QByteArray::number(i % 300 + 1) + pad + "," + QByteArray::number(3500 + i % 100) +
               " AB,Utrecht," + districts[i % 5] + "," + languages[i % 6] + "," +
               (i % 3 == 0 ? "vrouw" : "") + ",Wijkteam," +
               referred.toString(Qt::ISODate).toLatin1() + "\n";
    }
    return csv;
}

} // namespace FaultSupport
