#pragma once
// The languages families speak at home and workers speak: every living language of ISO 639
// (Debian's iso-codes, embedded at build time), as stable codes (ISO 639-1 where one exists,
// else ISO 639-3) with English and Dutch names. Matching compares codes, the UI shows names.
// Any spelling a file or an older database may hold (a 639-1, 639-2 or 639-3 code, an English
// or Dutch name, "Turks", "Tamazight") maps to the one code.

#include <QCoreApplication>
#include <QStringList>

class Languages
{
    Q_DECLARE_TR_FUNCTIONS(Languages)
public:
    // Every code known, in the order of ISO 639-3.
    static const QStringList &codes();
    // The languages heard most in duo coaching in the Netherlands, shown first in pickers.
    static const QStringList &commonCodes();
    static bool isKnown(const QString &code);

    // In the UI language (Dutch when the program runs in Dutch, else English); the code itself
    // when it is not known.
    static QString name(const QString &code);
    static QString englishName(const QString &code);
    static QString dutchName(const QString &code);
    // Accepts a code, an English name or a Dutch name (case, accents and spaces aside); empty
    // if unknown.
    static QString codeFor(const QString &codeOrName);
    static QString names(const QStringList &codes); // "Arabic, Dutch"
    // How names are compared: without case, accents or extra spaces ("oekraiens" finds
    // "Oekraïens"). For a search field over names.
    static QString folded(const QString &text);

    // Storage form of a list: codes joined by '|', the same separator CSV cells use.
    static QString join(const QStringList &codes);
    // Each value as its code (an older database may hold names); a value that is no known
    // language is kept as it is, so nothing stored is lost.
    static QStringList split(const QString &stored);
};
