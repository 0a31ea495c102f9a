#include "NameMasker.h"

#include "MatchText.h"
#include "domain/Validation.h"
#include "storage/Database.h"

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

// A Dutch postcode in any spelling ("3563 AB", "3563ab", "3563-AB") as its digits and letters;
// false for anything else.
bool dutchPostcode(const QString &postcode, QString *digits, QString *letters)
{
    const QString folded = MatchText::fold(postcode).trimmed();
    if (folded.size() < 6)
        return false;
    qsizetype at = 0;
    while (at < folded.size() && at < 4 && folded.at(at) >= u'0' && folded.at(at) <= u'9')
        ++at;
    if (at != 4)
        return false;
    *digits = folded.left(4);
    while (at < folded.size() && (folded.at(at) == u' ' || folded.at(at) == u'-'))
        ++at;
    *letters = folded.mid(at);
    return letters->size() == 2 && letters->at(0) >= u'a' && letters->at(0) <= u'z' &&
           letters->at(1) >= u'a' && letters->at(1) <= u'z';
}
} // namespace

QStringList NameMasker::significantParts(const QString &name)
{
    // Split where the folded name has a space, hyphen or apostrophe ("D'Souza": "Souza"), and
    // the parts taken from the name as written.
    const MatchText match(name);
    const QString &folded = match.folded();
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype at = 0; at <= folded.size(); ++at) {
        const bool separator = at == folded.size() || folded.at(at) == u' ' ||
                               folded.at(at) == u'\n' || folded.at(at) == u'-' ||
                               folded.at(at) == u'\'' || folded.at(at) == MatchText::SoftBreak;
        if (!separator)
            continue;
        if (at > start) {
            const QStringView part = QStringView(folded).sliced(start, at - start);
            int letters = 0;
            for (const QChar c : part)
                letters += c.isLetter() ? 1 : 0;
            if (letters >= 3 && !particles().contains(part.toString())) {
                const auto [from, to] = match.originalSpan(start, at);
                parts << name.mid(from, to - from).trimmed();
            }
        }
        start = at + 1;
    }
    return parts;
}

void NameMasker::addFamily(MaskTerms &terms, const QString &familyName, const QString &street,
                           const QString &postcode)
{
    terms.add(familyName, MaskTerms::Kind::Name);
    for (const QString &part : significantParts(familyName))
        terms.add(part, MaskTerms::Kind::Name);
    terms.add(street, MaskTerms::Kind::Address);
    const QString name = streetName(street);
    if (name.size() >= 3)
        terms.add(name, MaskTerms::Kind::Address);
    QString digits;
    QString letters;
    if (dutchPostcode(postcode, &digits, &letters))
        terms.addPostcode(digits, letters);
    else
        terms.add(postcode, MaskTerms::Kind::Address);
}

NameMasker::NameMasker(const QString &familyName, const QStringList &firstNames,
                       const QString &street, const QString &postcode)
    : m_nameMask(tr("[name]")), m_addressMask(tr("[address]")), m_phoneMask(tr("[phone]"))
{
    auto own = std::make_shared<MaskTerms>();
    addFamily(*own, familyName, street, postcode);
    for (const QString &firstName : firstNames)
        own->add(firstName, MaskTerms::Kind::Name);
    m_own = std::move(own);
}

void NameMasker::alsoMask(std::shared_ptr<const MaskTerms> everyFamily)
{
    m_everyFamily = std::move(everyFamily);
    if (m_nameMask.isEmpty()) {
        m_nameMask = tr("[name]");
        m_addressMask = tr("[address]");
        m_phoneMask = tr("[phone]");
    }
}

bool NameMasker::isEmpty() const
{
    return (!m_own || m_own->isEmpty()) && (!m_everyFamily || m_everyFamily->isEmpty());
}

QString NameMasker::maskPhoneNumbers(const QString &text, const QString &replacement)
{
    // A run that could be a number: a +, 00 or 0 (or a bracket before it), then digits with
    // spaces, hyphens, dots and brackets between them, not inside a longer word or number.
    static const QRegularExpression candidate(QStringLiteral(
        "(?<![\\p{L}\\p{N}+])\\(?(?:\\+|0)[0-9][0-9 ().\\-]{5,24}[0-9](?![\\p{N}])"));
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return text; // most texts: no regular expression to run
    QString result;
    qsizetype done = 0;
    auto it = candidate.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < done)
            continue;
        // Two numbers one after the other ("06 12345678 030 1234567") are one run: the
        // longest start of it that is a number is masked, and the rest is looked at again.
        qsizetype from = m.capturedStart();
        const qsizetype end = m.capturedEnd();
        while (from < end) {
            qsizetype to = end;
            while (to > from) {
                // A date ("01-03-2026 10:00") has two hyphens or dots; a number written in text
                // has one at most ("06-12345678", "030-1234567").
                const QString part = text.mid(from, to - from);
                if (part.at(part.size() - 1).isDigit() && part.count(QLatin1Char('-')) <= 1 &&
                    part.count(QLatin1Char('.')) <= 1 && Validation::checkPhone(part).isEmpty())
                    break;
                --to;
            }
            if (to <= from)
                break;
            result += QStringView(text).sliced(done, from - done);
            result += replacement;
            done = to;
            from = to;
            while (from < end && !text.at(from).isDigit() && text.at(from) != QLatin1Char('+'))
                ++from;
        }
    }
    if (done == 0)
        return text;
    result += QStringView(text).sliced(done);
    return result;
}

QString NameMasker::mask(const QString &given) const
{
    // Only a masker made for an export masks numbers; an empty one leaves text alone.
    const QString text = m_phoneMask.isEmpty() ? given : maskPhoneNumbers(given, m_phoneMask);
    if (text.isEmpty() || isEmpty())
        return text;
    const MatchText match(text);
    QList<MaskTerms::Match> found;
    for (const auto &terms : {m_own, m_everyFamily})
        if (terms)
            terms->find(match.folded(), &found);
    if (found.isEmpty())
        return text;
    // Addresses first: a street may hold a name ("Nora van Dijkstraat") that would otherwise
    // be masked piecewise. Then leftmost first, and at one place the longest: "El Amrani"
    // rather than "Amrani".
    std::sort(found.begin(), found.end(), [](const MaskTerms::Match &a, const MaskTerms::Match &b) {
        if (a.kind != b.kind)
            return a.kind == MaskTerms::Kind::Address;
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<MaskTerms::Match> chosen;
    for (const MaskTerms::Match &m : std::as_const(found)) {
        const bool overlaps = std::any_of(chosen.cbegin(), chosen.cend(), [&](const auto &c) {
            return m.start < c.end && c.start < m.end;
        });
        if (!overlaps)
            chosen.append(m);
    }
    std::sort(
        chosen.begin(), chosen.end(),
        [](const MaskTerms::Match &a, const MaskTerms::Match &b) { return a.start < b.start; });
    QString result;
    result.reserve(text.size());
    qsizetype done = 0;
    for (const MaskTerms::Match &m : std::as_const(chosen)) {
        const auto [from, to] = match.originalSpan(m.start, m.end);
        result += QStringView(text).sliced(done, from - done);
        result += m.kind == MaskTerms::Kind::Address ? m_addressMask : m_nameMask;
        done = to;
    }
    result += QStringView(text).sliced(done);
    return result;
}

Result<std::shared_ptr<const MaskTerms>> NameMasker::everyFamily(const Database &db)
{
    auto families =
        db.exec(QStringLiteral("SELECT family_name, street, postcode FROM families"), {});
    if (!families)
        return families.error();
    auto terms = std::make_shared<MaskTerms>();
    while (families->next())
        addFamily(*terms, families->value(0).toString(), families->value(1).toString(),
                  families->value(2).toString());
    return std::shared_ptr<const MaskTerms>(std::move(terms));
}

Result<QHash<qint64, NameMasker>>
NameMasker::forFamilies(const Database &db, const QString &familyIdsSql, const QVariantList &binds)
{
    auto every = everyFamily(db);
    if (!every)
        return every.error();
    QHash<qint64, QStringList> firstNames;
    auto members = db.exec(QStringLiteral("SELECT family_id, first_name FROM household_members "
                                          "WHERE family_id IN (%1)")
                               .arg(familyIdsSql),
                           binds);
    if (!members)
        return members.error();
    while (members->next())
        firstNames[members->value(0).toLongLong()] << members->value(1).toString();
    auto families = db.exec(
        QStringLiteral("SELECT id FROM families WHERE id IN (%1)").arg(familyIdsSql), binds);
    if (!families)
        return families.error();
    QHash<qint64, NameMasker> maskers;
    while (families->next()) {
        const qint64 id = families->value(0).toLongLong();
        // The family's own name and address are among every family's.
        NameMasker masker(QString(), firstNames.value(id), QString(), QString());
        masker.alsoMask(every.value());
        maskers.insert(id, std::move(masker));
    }
    return maskers;
}
