#pragma once
// Masks what identifies one family in free text before it leaves DuoCoach pseudonymised: the
// family name (whole and each part, e.g. "Öztürk-Yılmaz", "Öztürk", "Yılmaz"), the first names
// of its household members, its street (with and without the house number) and postcode.
// Matching ignores case (Unicode case folding) and respects word boundaries in any script
// ("Nora" is masked in "Nora's", not in "Elnora" or "Norah"); with a Dutch plural or diminutive
// ending ("de Bouzids", "Noraatje", "Rayantje") the whole word is masked; a name is also found
// written without its accents ("Ozturk"), and a name of several words across any whitespace. Names
// become "[name]", street and postcode "[address]" (translated). Plain string search, no
// regular expressions: a year's package masks thousands of families' texts.

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;

class NameMasker
{
    Q_DECLARE_TR_FUNCTIONS(NameMasker)
public:
    NameMasker() = default;
    NameMasker(const QString &familyName, const QStringList &firstNames, const QString &street,
               const QString &postcode);

    QString mask(const QString &text) const;
    bool isEmpty() const { return m_names.isEmpty() && m_address.isEmpty(); }

    // The maskers of the families whose ids `familyIdsSql` (an SQL query, with its binds)
    // selects, by family id: two queries for all of them.
    static Result<QHash<qint64, NameMasker>>
    forFamilies(const Database &db, const QString &familyIdsSql, const QVariantList &binds);

    // The words a family name or street is made of that are worth masking on their own:
    // parts of three or more letters that are not particles such as "van", "de" or "el".
    static QStringList significantParts(const QString &name);

private:
    // A name as case-folded pieces that were separated by whitespace; in a text they may be
    // separated by any run of at least minimumGap whitespace characters.
    struct Term
    {
        QStringList pieces;
        int minimumGap = 1;
    };
    static Term termOf(const QString &text, int minimumGap);
    static QList<Term> termsOf(const QStringList &texts);
    // Where the term starting at `at` in the folded text ends, or -1.
    static qsizetype matchAt(const QString &folded, qsizetype at, const Term &term);
    // `folded` is foldedText(text); suffixes: a name also matches with a plural or diminutive
    // ending. Returns `text` itself (shared, not copied) when nothing matched.
    // `starts` is startBits(terms).
    static QString replaceTerms(const QString &text, const QString &folded,
                                const QList<Term> &terms, quint64 starts,
                                const QString &replacement, bool suffixes);
    // A bit for every first character a term starts with (its code unit modulo 64): a place
    // in a text whose bit is not set starts no term.
    static quint64 startBits(const QList<Term> &terms);

    QList<Term> m_names;
    QList<Term> m_address; // street with and without its number, postcode
    quint64 m_nameStarts = 0;
    quint64 m_addressStarts = 0;
};
