#pragma once
// The names and addresses a NameMasker looks for, in MatchText's folded form, held in a trie:
// a text is searched once however many terms there are (every family of a large database).
// At every place a word starts, the trie is walked along the text, so the cost is the length
// of what matches there, not the number of terms.
//
// A term is found as a whole word: not inside a longer word or number. The words of a term of
// several may stand apart by any run of whitespace (a line break too); a word broken over a
// line with a hyphen (MatchText::SoftBreak) is found as well. A name also matches with a Dutch
// plural or diminutive ending ("de Bouzids", "Noraatje"), and then the whole word is masked.

#include <QList>
#include <QString>

#include <vector>

class MaskTerms
{
public:
    enum class Kind : quint8 { Name = 1, Address = 2 };
    struct Match
    {
        qsizetype start = 0; // in the folded text
        qsizetype end = 0;
        Kind kind = Kind::Name;
    };

    MaskTerms();

    // A name or an address, as written (it is folded here).
    void add(const QString &text, Kind kind);
    // A Dutch postcode ("3563", "AB"): found with a space, a hyphen or nothing between its
    // digits and letters ("3563 AB", "3563-ab", "3563AB").
    void addPostcode(const QString &digits, const QString &letters);

    bool isEmpty() const { return m_nodes.size() == 1; }

    // Appends every place in `folded` (a MatchText's) where a term stands.
    void find(const QString &folded, QList<Match> *matches) const;

private:
    // In a term between its words: at least one space in the text.
    static constexpr char16_t WordGap = 0x0003;
    // In a postcode between digits and letters: any spaces and hyphens, or none.
    static constexpr char16_t PostcodeGap = 0x0004;

    struct Edge
    {
        char16_t c;
        quint32 to;
    };
    struct Node
    {
        std::vector<Edge> edges;
        quint8 ends = 0; // Kind bits of the terms ending here
    };

    void insert(const QString &key, Kind kind);
    quint32 child(quint32 node, char16_t c) const;
    void walk(const QString &folded, qsizetype start, quint32 node, qsizetype at,
              QList<Match> *matches) const;

    std::vector<Node> m_nodes; // the root first
    quint32 m_rootAscii[128];  // the root's edges for ASCII: most text
};
