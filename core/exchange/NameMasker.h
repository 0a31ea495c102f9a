#pragma once
// Masks what identifies a family in free text before it leaves DuoCoach pseudonymised: the
// family name (whole and each part, e.g. "Öztürk-Yılmaz", "Öztürk", "Yılmaz"), the first names
// of its household members, its street (with and without the house number) and postcode; and,
// given the names of every family (everyFamily()), the family names, streets and postcodes of
// all the others too, for a report may mention the neighbours. Other families' first names are
// not masked: first names like "Ali" or "Sanne" are everybody's, workers' and teachers' too, and
// without a family name next to them tell little; a family's own first names are what its texts
// are full of.
//
// Names become "[name]", streets and postcodes "[address]" (translated), each mask covering the
// whole of what it replaces. Text is compared in MatchText's folded form: in any Unicode form,
// case and accents, any apostrophe or dash, with invisible characters inside and broken over a
// line with a hyphen. Matching respects word boundaries in any script ("Nora" is masked in
// "Nora's", not in "Elnora" or "Norah"); with a Dutch plural or diminutive ending ("de Bouzids",
// "Noraatje", "Rayantje") the whole word is masked; a postcode is found as "3563 AB", "3563AB"
// or "3563-ab", a name of several words across any whitespace.
//
// Which words are masked on their own: every part of a family name or street name of three
// letters or more, except particles such as "van", "de" or "el" ("van der Meer": "Meer" is
// masked wherever it stands as a word, also where it means "more"; privacy before
// readability). Shorter parts and particles only within the whole name.
//
// Phone numbers in the text ("bel moeder op 06-12345678"), Dutch or international as
// Validation::checkPhone accepts them, become "[phone]" whoever's they are: a number identifies
// a family as well as its name does.
//
// A trie (MaskTerms) holds the terms: a year's package masks hundreds of thousands of texts
// against the names of thousands of families.

#include "MaskTerms.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class Database;

class NameMasker
{
    Q_DECLARE_TR_FUNCTIONS(NameMasker)
public:
    NameMasker() = default;
    // One family's masker: its names and address.
    NameMasker(const QString &familyName, const QStringList &firstNames, const QString &street,
               const QString &postcode);

    // From now on also masks the names and addresses of every family (everyFamily()).
    void alsoMask(std::shared_ptr<const MaskTerms> everyFamily);

    QString mask(const QString &given) const;
    // Only the phone numbers of `text`, each as `replacement`.
    static QString maskPhoneNumbers(const QString &text, const QString &replacement);
    bool isEmpty() const;

    // The family names, streets and postcodes of every family in `db` (not their first
    // names), to share between the maskers of one export.
    static Result<std::shared_ptr<const MaskTerms>> everyFamily(const Database &db);

    // The maskers of the families whose ids `familyIdsSql` (an SQL query, with its binds)
    // selects, by family id, each also masking every family of the database.
    static Result<QHash<qint64, NameMasker>>
    forFamilies(const Database &db, const QString &familyIdsSql, const QVariantList &binds);

    // The words a family name or street is made of that are worth masking on their own:
    // parts of three or more letters that are not particles such as "van", "de" or "el".
    static QStringList significantParts(const QString &name);

private:
    // What identifies a family but its first names, added to `terms`.
    static void addFamily(MaskTerms &terms, const QString &familyName, const QString &street,
                          const QString &postcode);

    std::shared_ptr<const MaskTerms> m_own;
    std::shared_ptr<const MaskTerms> m_everyFamily;
    QString m_nameMask;    // "[name]", translated when the masker was made
    QString m_addressMask; // "[address]"
    QString m_phoneMask;   // "[phone]"
};
