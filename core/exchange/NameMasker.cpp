#include "NameMasker.h"

#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {
// Particles of Dutch, Arabic, Turkish and other family names: masking them on their own would
// mask ordinary words everywhere and tells nothing about the family.
const QSet<QString> &particles()
{
    static const QSet<QString> words{
        QStringLiteral("van"), QStringLiteral("de"),  QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("het"), QStringLiteral("ter"), QStringLiteral("ten"), QStringLiteral("te"),
        QStringLiteral("op"),  QStringLiteral("in"),  QStringLiteral("'t"),  QStringLiteral("el"),
        QStringLiteral("al"),  QStringLiteral("ul"),  QStringLiteral("bin"), QStringLiteral("ben"),
        QStringLiteral("ibn"), QStringLiteral("abu"), QStringLiteral("la"),  QStringLiteral("le"),
        QStringLiteral("da"),  QStringLiteral("di"),  QStringLiteral("do"),  QStringLiteral("dos"),
        QStringLiteral("du"),  QStringLiteral("von"), QStringLiteral("y"),   QStringLiteral("e")};
    return words;
}

// The text without accents, as names are often typed: "Öztürk" -> "Ozturk", "Yılmaz" ->
// "Yilmaz". Letters that do not decompose are mapped by hand.
QString withoutAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing ||
            c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Mark_Enclosing)
            continue;
        switch (c.unicode()) {
        case 0x0131:
            plain += QLatin1Char('i');
            break; // ı
        case 0x0130:
            plain += QLatin1Char('I');
            break; // İ
        case 0x0142:
            plain += QLatin1Char('l');
            break; // ł
        case 0x0141:
            plain += QLatin1Char('L');
            break; // Ł
        case 0x00f8:
            plain += QLatin1Char('o');
            break; // ø
        case 0x00d8:
            plain += QLatin1Char('O');
            break; // Ø
        case 0x0111:
            plain += QLatin1Char('d');
            break; // đ
        case 0x0110:
            plain += QLatin1Char('D');
            break; // Đ
        case 0x00df:
            plain += QLatin1String("ss");
            break; // ß
        default:
            plain += c;
        }
    }
    return plain;
}

// The terms, each also without its accents when that differs.
QStringList withVariants(const QStringList &terms)
{
    QStringList all;
    for (const QString &raw : terms) {
        const QString term = raw.simplified();
        if (term.isEmpty())
            continue;
        all << term;
        const QString plain = withoutAccents(term);
        if (plain.compare(term, Qt::CaseInsensitive) != 0)
            all << plain;
    }
    all.removeDuplicates();
    return all;
}

// "Kanaalstraat 40, 2-hoog" -> "Kanaalstraat": the street's name before its number.
QString streetName(const QString &street)
{
    QString name;
    for (const QChar c : street) {
        if (c.isDigit())
            break;
        name += c;
    }
    name = name.simplified();
    while (!name.isEmpty() && (name.back() == QLatin1Char(',') || name.back() == QLatin1Char('.')))
        name.chop(1);
    return name.trimmed();
}

// Case-folded code unit by code unit, so positions in the folded text are positions in the
// original (QString::toCaseFolded could change the length). Surrogates are left as they are.
QString foldedText(const QString &text)
{
    QString result(text.size(), Qt::Uninitialized);
    const auto *in = reinterpret_cast<const char16_t *>(text.constData());
    auto *out = reinterpret_cast<char16_t *>(result.data());
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        const char16_t c = in[i];
        if (c < 0x80)
            out[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        else if (QChar::isSurrogate(c))
            out[i] = c;
        else
            out[i] = char16_t(QChar::toCaseFolded(char32_t(c)));
    }
    return result;
}

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // most text: no table lookup
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// Where a name followed by a Dutch plural or diminutive ending ("de Bouzids", "Noraatje")
// ends as a word, or -1. Names only: a street or postcode takes no endings.
qsizetype withSuffix(const QString &folded, qsizetype end, bool suffixes)
{
    if (!suffixes)
        return -1;
    // Longest first. "Nora" -> "Noraatje" (Nora + atje), "Rayan" -> "Rayantje", "Bouzids".
    static const char16_t *const endings[] = {u"aatje", u"ootje", u"atje", u"etje",
                                              u"itje",  u"otje",  u"utje", u"pje",
                                              u"kje",   u"tje",   u"je",   u"s"};
    const QStringView rest = QStringView(folded).sliced(end);
    for (const char16_t *ending : endings) {
        const QStringView e(ending);
        if (rest.startsWith(e) && (rest.size() == e.size() || !isWordChar(rest.at(e.size()))))
            return end + e.size();
    }
    return -1;
}
} // namespace

NameMasker::Term NameMasker::termOf(const QString &text, int minimumGap)
{
    Term term;
    term.minimumGap = minimumGap;
    for (const QString &piece : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        term.pieces << foldedText(piece);
    return term;
}

QList<NameMasker::Term> NameMasker::termsOf(const QStringList &texts)
{
    QList<Term> terms;
    for (const QString &text : texts)
        if (Term term = termOf(text, 1); !term.pieces.isEmpty())
            terms << term;
    return terms;
}

qsizetype NameMasker::matchAt(const QString &text, qsizetype at, const Term &term)
{
    qsizetype pos = at;
    for (qsizetype i = 0; i < term.pieces.size(); ++i) {
        if (i > 0) {
            qsizetype gap = 0;
            while (pos < text.size() && text.at(pos).isSpace()) {
                ++pos;
                ++gap;
            }
            if (gap < term.minimumGap)
                return -1;
        }
        const QString &piece = term.pieces.at(i);
        if (QStringView(text).sliced(pos).startsWith(piece))
            pos += piece.size();
        else
            return -1;
    }
    return pos;
}

quint64 NameMasker::startBits(const QList<Term> &terms)
{
    quint64 bits = 0;
    for (const Term &term : terms)
        bits |= quint64(1) << (term.pieces.first().front().unicode() & 63);
    return bits;
}

QString NameMasker::replaceTerms(const QString &text, const QString &folded,
                                 const QList<Term> &terms, quint64 starts,
                                 const QString &replacement, bool suffixes)
{
    // Every place a term stands as a whole word: not inside a longer word or number. A term
    // can only start where no word character stands before it, so the text is walked once and
    // only the terms starting with the character found there are tried.
    struct Match
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Match> matches;
    const QChar *chars = folded.constData();
    for (qsizetype at = 0, n = folded.size(); at < n; ++at) {
        // No term starts with this character (one bit test decides most places), or a word
        // runs on from before it.
        if (!(starts >> (chars[at].unicode() & 63) & 1) || (at > 0 && isWordChar(chars[at - 1])))
            continue;
        for (const Term &term : terms) {
            if (term.pieces.first().front() != chars[at])
                continue;
            qsizetype end = matchAt(folded, at, term);
            if (end < 0)
                continue;
            if (end < n && isWordChar(chars[end])) {
                end = withSuffix(folded, end, suffixes);
                if (end < 0)
                    continue;
            }
            matches.append({at, end});
        }
    }
    if (matches.isEmpty())
        return text;
    // Leftmost first, and at one place the longest: "El Amrani" rather than "Amrani".
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QString result;
    result.reserve(text.size());
    qsizetype done = 0;
    for (const Match &m : std::as_const(matches)) {
        if (m.start < done)
            continue; // overlaps a match already replaced
        result += QStringView(text).sliced(done, m.start - done);
        result += replacement;
        done = m.end;
    }
    result += QStringView(text).sliced(done);
    return result;
}

QStringList NameMasker::significantParts(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-‐–]+"));
    QStringList parts;
    for (const QString &part : name.split(separators, Qt::SkipEmptyParts)) {
        int letters = 0;
        for (const QChar c : part)
            letters += c.isLetter() ? 1 : 0;
        if (letters >= 3 && !particles().contains(part.toLower()))
            parts << part;
    }
    return parts;
}

NameMasker::NameMasker(const QString &familyName, const QStringList &firstNames,
                       const QString &street, const QString &postcode)
{
    m_names = termsOf(
        withVariants(QStringList{familyName} << significantParts(familyName) << firstNames));
    QStringList streets{street};
    const QString name = streetName(street);
    if (name.size() >= 3)
        streets << name;
    m_address = termsOf(withVariants(streets));
    // A Dutch postcode in any spelling: "3563 AB", "3563AB", "3563 ab".
    static const QRegularExpression dutch(QStringLiteral("^\\s*(\\d{4})\\s*([A-Za-z]{2})\\s*$"));
    const QRegularExpressionMatch match = dutch.match(postcode);
    if (match.hasMatch())
        m_address << termOf(match.captured(1) + QLatin1Char(' ') + match.captured(2), 0);
    else if (!postcode.trimmed().isEmpty())
        m_address << termOf(postcode.simplified(), 1);
    m_nameStarts = startBits(m_names);
    m_addressStarts = startBits(m_address);
}

QString NameMasker::mask(const QString &text) const
{
    if (text.isEmpty())
        return text;
    // The address first: a street may hold a name ("Nora van Dijkstraat") that would otherwise
    // be masked piecewise.
    const QString folded = foldedText(text);
    const QString addressed =
        replaceTerms(text, folded, m_address, m_addressStarts, tr("[address]"), false);
    // Folded again only when an address was replaced.
    const bool same = addressed.constData() == text.constData();
    return replaceTerms(addressed, same ? folded : foldedText(addressed), m_names, m_nameStarts,
                        tr("[name]"), true);
}

Result<QHash<qint64, NameMasker>>
NameMasker::forFamilies(const Database &db, const QString &familyIdsSql, const QVariantList &binds)
{
    QHash<qint64, QStringList> firstNames;
    auto members = db.exec(QStringLiteral("SELECT family_id, first_name FROM household_members "
                                          "WHERE family_id IN (%1)")
                               .arg(familyIdsSql),
                           binds);
    if (!members)
        return members.error();
    while (members->next())
        firstNames[members->value(0).toLongLong()] << members->value(1).toString();
    QHash<qint64, NameMasker> maskers;
    auto families = db.exec(
        QStringLiteral("SELECT id, family_name, street, postcode FROM families WHERE id IN (%1)")
            .arg(familyIdsSql),
        binds);
    if (!families)
        return families.error();
    while (families->next()) {
        const qint64 id = families->value(0).toLongLong();
        maskers.insert(id,
                       NameMasker(families->value(1).toString(), firstNames.value(id),
                                  families->value(2).toString(), families->value(3).toString()));
    }
    return maskers;
}
