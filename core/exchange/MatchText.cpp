#include "MatchText.h"

#include <QList>

#include <numeric>

namespace {
// Stands for a soft hyphen while folding: left out, unless a line break follows it.
constexpr char16_t SoftHyphenMark = 0x0002;

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

// The folded form of one code point (see the header).
QString foldedCodePoint(char32_t c)
{
    switch (c) {
    // Apostrophes: typographic, modifier letters, primes and accents typed in their place.
    case 0x0027: // '
    case 0x0060: // `
    case 0x00B4: // ´
    case 0x02B9: // ʹ
    case 0x02BB: // ʻ
    case 0x02BC: // ʼ
    case 0x02BD: // ʽ
    case 0x02BE: // ʾ
    case 0x02BF: // ʿ
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201B: // ‛
    case 0x2032: // ′
    case 0xFF07: // '
        return QStringLiteral("'");
    // Hyphens and dashes.
    case 0x058A:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2043:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
        return QStringLiteral("-");
    case 0x00AD: // soft hyphen
        return QString(QChar(SoftHyphenMark));
    // Letters that do not decompose, as they are written without their stroke or dot.
    case 0x0131: // ı
    case 0x0130: // İ
        return QStringLiteral("i");
    case 0x0141: // Ł
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x00D8: // Ø
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x0110: // Đ
    case 0x0111: // đ
    case 0x00D0: // Ð
    case 0x00F0: // ð
        return QStringLiteral("d");
    case 0x0126: // Ħ
    case 0x0127: // ħ
        return QStringLiteral("h");
    case 0x0166: // Ŧ
    case 0x0167: // ŧ
        return QStringLiteral("t");
    case 0x00DF: // ß
    case 0x1E9E: // ẞ
        return QStringLiteral("ss");
    case 0x00C6: // Æ
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0152: // Œ
    case 0x0153: // œ
        return QStringLiteral("oe");
    case 0x00DE: // Þ
    case 0x00FE: // þ
        return QStringLiteral("th");
    default:
        break;
    }
    if (QChar::isSpace(c))
        return isLineBreak(c) ? QStringLiteral("\n") : QStringLiteral(" ");
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:  // soft hyphen aside: zero-width space and joiners, marks
    case QChar::Other_Control: // spaces aside
        return {};
    default:
        break;
    }
    // Compatibility decompositions too (NFKD): fullwidth letters, ligatures, superscripts.
    const QString decomposition = QChar::decomposition(c);
    if (!decomposition.isEmpty()) {
        QString folded;
        for (const char32_t part : decomposition.toUcs4())
            folded += foldedCodePoint(part);
        return folded;
    }
    const char32_t lower = QChar::toCaseFolded(c);
    if (lower != c)
        return foldedCodePoint(lower);
    return QString::fromUcs4(&c, 1);
}

// foldedCodePoint() of every character of the Basic Multilingual Plane, made once: what
// nearly all text is made of, looked up rather than worked out.
struct FoldTable
{
    std::vector<quint32> entries; // by code unit: offset in `units` << 8 | length
    std::vector<char16_t> units;

    FoldTable() : entries(0x10000)
    {
        units.reserve(0x11000);
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c))
                continue;
            const QString folded = foldedCodePoint(c);
            entries[c] = quint32(units.size()) << 8 | quint32(folded.size());
            const auto *begin = reinterpret_cast<const char16_t *>(folded.constData());
            units.insert(units.end(), begin, begin + folded.size());
        }
    }
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\n';
}
} // namespace

MatchText::MatchText(QStringView text)
{
    const FoldTable &table = foldTable();
    const char16_t *in = text.utf16();
    const qsizetype size = text.size();
    m_folded.reserve(size);
    bool aligned = true;      // every original character became one folded character
    bool maybeBroken = false; // a hyphen stands in the text: a line may break after it
    QString astral;
    for (qsizetype i = 0; i < size;) {
        const char16_t u = in[i];
        qsizetype length = 1;
        const char16_t *folded = nullptr;
        qsizetype count = 0;
        if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(in[i + 1])) {
            astral = foldedCodePoint(QChar::surrogateToUcs4(u, in[i + 1]));
            folded = reinterpret_cast<const char16_t *>(astral.constData());
            count = astral.size();
            length = 2;
        } else if (QChar::isSurrogate(u)) { // broken UTF-16: kept as it is
            folded = &in[i];
            count = 1;
        } else {
            const quint32 entry = table.entries[u];
            folded = table.units.data() + (entry >> 8);
            count = entry & 0xFF;
            if (count == 1 && (*folded == u'-' || *folded == SoftHyphenMark))
                maybeBroken = true;
        }
        if (aligned && count != length) {
            aligned = false;
            m_origin.resize(std::size_t(m_folded.size()));
            std::iota(m_origin.begin(), m_origin.end(), 0u);
        }
        for (qsizetype k = 0; k < count; ++k) {
            m_folded.append(QChar(folded[k]));
            if (!aligned)
                m_origin.push_back(quint32(i + (count == length ? k : 0)));
        }
        i += length;
    }
    if (!aligned)
        m_origin.push_back(quint32(size));
    if (!maybeBroken)
        return;

    // Hyphens at the end of a line become SoftBreak; soft hyphens anywhere else go.
    const qsizetype n = m_folded.size();
    auto breakAfter = [&](qsizetype at) { // where the line break after a hyphen ends, or -1
        bool lineBreak = false;
        qsizetype k = at + 1;
        for (; k < n && isSpace(m_folded.at(k).unicode()); ++k)
            lineBreak = lineBreak || m_folded.at(k) == u'\n';
        return lineBreak && k < n ? k : -1;
    };
    bool changes = false;
    for (qsizetype r = 0; r < n && !changes; ++r) {
        const char16_t c = m_folded.at(r).unicode();
        changes = c == SoftHyphenMark || (c == u'-' && breakAfter(r) >= 0);
    }
    if (!changes)
        return;
    if (m_origin.empty()) {
        m_origin.resize(std::size_t(n) + 1);
        std::iota(m_origin.begin(), m_origin.end(), 0u);
    }
    char16_t *out = reinterpret_cast<char16_t *>(m_folded.data());
    qsizetype w = 0;
    for (qsizetype r = 0; r < n;) {
        const char16_t c = out[r];
        if (c == u'-' || c == SoftHyphenMark) {
            if (const qsizetype next = breakAfter(r); next >= 0) {
                out[w] = SoftBreak;
                m_origin[std::size_t(w++)] = m_origin[std::size_t(r)];
                r = next;
                continue;
            }
            if (c == SoftHyphenMark) {
                ++r;
                continue;
            }
        }
        out[w] = c;
        m_origin[std::size_t(w++)] = m_origin[std::size_t(r++)];
    }
    m_origin[std::size_t(w)] = m_origin[std::size_t(n)];
    m_origin.resize(std::size_t(w) + 1);
    m_folded.truncate(w);
}

QString MatchText::fold(QStringView text)
{
    return MatchText(text).folded();
}

std::pair<qsizetype, qsizetype> MatchText::originalSpan(qsizetype from, qsizetype to) const
{
    if (m_origin.empty())
        return {from, to};
    // A match that ends inside what one original character became ("ß" as "ss") takes that
    // character whole.
    const qsizetype n = m_folded.size();
    while (to < n && to > from && m_origin[std::size_t(to)] == m_origin[std::size_t(to - 1)])
        ++to;
    return {qsizetype(m_origin[std::size_t(from)]), qsizetype(m_origin[std::size_t(to)])};
}
