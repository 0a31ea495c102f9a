#pragma once
// A text as NameMasker compares it, and where each of its characters came from. A reader takes
// many spellings for the same name: another Unicode form (decomposed "Öztürk"), compatibility
// forms (fullwidth letters, ligatures), with or without accents ("Ozturk"), any case, another
// apostrophe (D’Souza, Dʼsouza for D'Souza) or dash (Öztürk–Demir), invisible characters inside
// (soft hyphen, zero-width space or joiner, direction marks), or broken over a line with a
// hyphen. The folded text brings them to one form: Unicode compatibility decomposition (NFKD,
// so NFKC and NFC text alike) without its marks, case folded, one apostrophe ('), one hyphen
// (-), every space a space and every line break a '\n', format and control characters gone,
// and a hyphen at the end of a line one SoftBreak. Each character keeps the place of the
// original it came from, so a mask covers the whole original of a name: its marks, the
// invisible characters inside it and the line-break hyphen too.

#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

class MatchText
{
public:
    // A hyphen (or soft hyphen) at the end of a line, with the line break and the spaces after
    // it: the word may go on after it ("Öz-\ntürk") or the hyphen may be the name's own
    // ("Öztürk-\nDemir").
    static constexpr char16_t SoftBreak = 0x0001;

    explicit MatchText(QStringView text);

    // Only the folded form, for the names and addresses looked for.
    static QString fold(QStringView text);

    const QString &folded() const { return m_folded; }
    // The part of the original text that folded()[from, to) came from, as (start, end): with
    // what was left out after it (a mark, an invisible character) up to the next character.
    std::pair<qsizetype, qsizetype> originalSpan(qsizetype from, qsizetype to) const;

    // A letter, digit or mark: what a word is made of (the folded text has no upper case).
    static bool isWordChar(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80) // most text: no table lookup
            return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z');
        return c.isLetterOrNumber() || c.isMark();
    }

private:
    QString m_folded;
    // Per folded character the position of its original, and one more for the end; empty while
    // every character is its own original's (ASCII text without line-break hyphens).
    std::vector<quint32> m_origin;
};
