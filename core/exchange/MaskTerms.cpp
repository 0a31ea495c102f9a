#include "MaskTerms.h"

#include "MatchText.h"

#include <algorithm>
#include <iterator>

namespace {
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\n';
}

// Where a name followed by a Dutch plural or diminutive ending ("de Bouzids", "Noraatje")
// ends as a word, or -1.
qsizetype withSuffix(const QString &folded, qsizetype end)
{
    // Longest first. "Nora" -> "Noraatje" (Nora + atje), "Rayan" -> "Rayantje", "Bouzids".
    static const char16_t *const endings[] = {u"aatje", u"ootje", u"atje", u"etje",
                                              u"itje",  u"otje",  u"utje", u"pje",
                                              u"kje",   u"tje",   u"je",   u"s"};
    const QStringView rest = QStringView(folded).sliced(end);
    for (const char16_t *ending : endings) {
        const QStringView e(ending);
        if (rest.startsWith(e) &&
            (rest.size() == e.size() || !MatchText::isWordChar(rest.at(e.size()))))
            return end + e.size();
    }
    return -1;
}
} // namespace

MaskTerms::MaskTerms() : m_nodes(1)
{
    std::fill(std::begin(m_rootAscii), std::end(m_rootAscii), 0u);
}

void MaskTerms::add(const QString &text, Kind kind)
{
    const QString folded = MatchText::fold(text);
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (isSpace(c) || c == MatchText::SoftBreak) {
            if (!key.isEmpty() && key.back() != WordGap)
                key += QChar(WordGap);
        } else {
            key += c;
        }
    }
    if (!key.isEmpty() && key.back() == WordGap)
        key.chop(1);
    if (!key.isEmpty())
        insert(key, kind);
}

void MaskTerms::addPostcode(const QString &digits, const QString &letters)
{
    const QString first = MatchText::fold(digits).trimmed();
    const QString last = MatchText::fold(letters).trimmed();
    if (!first.isEmpty() && !last.isEmpty())
        insert(first + QChar(PostcodeGap) + last, Kind::Address);
}

quint32 MaskTerms::child(quint32 node, char16_t c) const
{
    if (node == 0 && c < 128)
        return m_rootAscii[c];
    for (const Edge &edge : m_nodes[node].edges)
        if (edge.c == c)
            return edge.to;
    return 0; // the root is nobody's child
}

void MaskTerms::insert(const QString &key, Kind kind)
{
    quint32 node = 0;
    for (const QChar c : key) {
        quint32 next = child(node, c.unicode());
        if (next == 0) {
            next = quint32(m_nodes.size());
            m_nodes[node].edges.push_back({c.unicode(), next});
            if (node == 0 && c.unicode() < 128)
                m_rootAscii[c.unicode()] = next;
            m_nodes.emplace_back(); // after the last use of m_nodes[node]
        }
        node = next;
    }
    m_nodes[node].ends |= quint8(kind);
}

void MaskTerms::find(const QString &folded, QList<Match> *matches) const
{
    const QChar *chars = folded.constData();
    for (qsizetype at = 0, n = folded.size(); at < n; ++at) {
        // A term starts a word: no word character runs on from before it.
        if (at > 0 && MatchText::isWordChar(chars[at - 1]))
            continue;
        if (const quint32 next = child(0, chars[at].unicode()))
            walk(folded, at, next, at + 1, matches);
    }
}

void MaskTerms::walk(const QString &folded, qsizetype start, quint32 node, qsizetype at,
                     QList<Match> *matches) const
{
    const Node &here = m_nodes[node];
    const qsizetype n = folded.size();
    if (here.ends) {
        if (at == n || !MatchText::isWordChar(folded.at(at))) {
            for (const Kind kind : {Kind::Name, Kind::Address})
                if (here.ends & quint8(kind))
                    matches->append({start, at, kind});
        } else if (here.ends & quint8(Kind::Name)) {
            // A street or postcode takes no endings.
            if (const qsizetype end = withSuffix(folded, at); end >= 0)
                matches->append({start, end, Kind::Name});
        }
    }
    if (at == n)
        return;
    const char16_t c = folded.at(at).unicode();
    for (const Edge &edge : here.edges) {
        if (edge.c == c || (c == MatchText::SoftBreak && edge.c == u'-')) {
            walk(folded, start, edge.to, at + 1, matches);
        } else if (edge.c == WordGap && isSpace(c)) {
            qsizetype after = at;
            while (after < n && isSpace(folded.at(after)))
                ++after;
            walk(folded, start, edge.to, after, matches);
        } else if (edge.c == PostcodeGap) {
            qsizetype after = at;
            while (after < n && (isSpace(folded.at(after)) || folded.at(after) == u'-' ||
                                 folded.at(after) == MatchText::SoftBreak))
                ++after;
            walk(folded, start, edge.to, after, matches);
        }
    }
    // A word broken over a line goes on after the break.
    if (c == MatchText::SoftBreak)
        walk(folded, start, node, at + 1, matches);
}
