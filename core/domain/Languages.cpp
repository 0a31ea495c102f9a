#include "Languages.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace {
struct Language
{
    QString english;
    QString dutch;
};

// Names that DuoCoach's own list of 17 languages used before ISO 639 (so stored values and the
// files coordinators keep still mean what they meant), and Dutch names that read better than
// the standard's: "Somalisch" rather than iso-codes' "Somali".
struct Alias
{
    const char *code;
    const char *name;
};
constexpr Alias legacyNames[] = {
    {"zgh", "Tamazight"},
    {"srn", "Sranantongo"},
    {"pap", "Papiaments"},
    {"so", "Somalisch"},
};
constexpr Alias dutchNames[] = {
    {"so", "Somalisch"},
    {"pap", "Papiaments"},
    {"el", "Grieks"},
    {"zgh", "Tamazight"},
};
constexpr Alias englishNames[] = {{"el", "Greek"}, {"zgh", "Tamazight"}};

// Amsterdam, Utrecht, Rotterdam, Zwolle: the languages of the largest migrant communities and
// of the newcomers of recent years, the Dutch Caribbean and Suriname.
constexpr const char *common[] = {"nl",  "en", "ar", "ary", "zgh", "rif", "tr", "srn", "pap",
                                  "hns", "tw", "ak", "ti",  "am",  "so",  "fa", "prs", "ps",
                                  "ku",  "ur", "hi", "pl",  "bg",  "ro",  "uk", "ru",  "fr",
                                  "es",  "pt", "de", "zh",  "sq",  "bs",  "hr", "sr",  "ln"};

// What a name is compared by: case, accents, and the spaces around and inside it aside, so
// "Oekraiens", "oekraïens " and "OEKRAÏENS" are one language.
QString key(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            result += c;
    return result.simplified().toCaseFolded();
}

struct Table
{
    QStringList codes;
    QHash<QString, Language> languages;    // code -> names
    QHash<QString, QStringList> spellings; // code -> other codes and names
};

const Table &table()
{
    static const Table made = [] {
        Table t;
        QFile file(QStringLiteral(":/languages/languages.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The table of languages is missing from the program: :/languages/languages.tsv");
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() != 4)
                continue;
            t.codes << fields.at(0);
            t.languages.insert(fields.at(0), {fields.at(1), fields.at(2)});
            t.spellings.insert(fields.at(0),
                               fields.at(3).split(QLatin1Char('|'), Qt::SkipEmptyParts));
        }
        for (const Alias &a : dutchNames)
            t.languages[QLatin1String(a.code)].dutch = QString::fromUtf8(a.name);
        for (const Alias &a : englishNames)
            t.languages[QLatin1String(a.code)].english = QString::fromUtf8(a.name);

        return t;
    }();
    return made;
}
// key(code or name) -> code. Made only when a spelling must be looked up (an import, an older
// database), not for showing names, so the window starts without it.
const QHash<QString, QString> &lookUp()
{
    static const QHash<QString, QString> made = [] {
        const Table &t = table();
        QHash<QString, QString> result;
        // One spelling could name two languages; the first kind below wins: codes, then the
        // names DuoCoach always accepted, then English names, Dutch names, other names.
        const auto add = [&result](const QString &spelling, const QString &code) {
            const QString k = key(spelling);
            if (!k.isEmpty() && !result.contains(k))
                result.insert(k, code);
        };
        static const QRegularExpression isoCode(QStringLiteral("^[a-z]{3}$"));
        for (const QString &code : t.codes) {
            add(code, code);
            for (const QString &other : t.spellings.value(code))
                if (isoCode.match(other).hasMatch())
                    add(other, code);
        }
        for (const Alias &a : legacyNames)
            add(QString::fromUtf8(a.name), QLatin1String(a.code));
        for (const QString &code : t.codes)
            add(t.languages.value(code).english, code);
        for (const QString &code : t.codes)
            add(t.languages.value(code).dutch, code);
        for (const QString &code : t.codes)
            for (const QString &other : t.spellings.value(code))
                add(other, code);
        return result;
    }();
    return made;
}
} // namespace

const QStringList &Languages::codes()
{
    return table().codes;
}

const QStringList &Languages::commonCodes()
{
    static const QStringList result = [] {
        QStringList all;
        for (const char *code : common)
            if (isKnown(QLatin1String(code)))
                all << QLatin1String(code);
        return all;
    }();
    return result;
}

bool Languages::isKnown(const QString &code)
{
    return table().languages.contains(code);
}

QString Languages::name(const QString &code)
{
    return QLocale().language() == QLocale::Dutch ? dutchName(code) : englishName(code);
}

QString Languages::englishName(const QString &code)
{
    const auto found = table().languages.constFind(code);
    return found == table().languages.cend() ? code : found->english;
}

QString Languages::dutchName(const QString &code)
{
    const auto found = table().languages.constFind(code);
    return found == table().languages.cend() ? code : found->dutch;
}

QString Languages::codeFor(const QString &codeOrName)
{
    return lookUp().value(key(codeOrName));
}

QString Languages::folded(const QString &text)
{
    return key(text);
}

QString Languages::names(const QStringList &codes)
{
    QStringList result;
    for (const QString &c : codes)
        result << name(c);
    return result.join(QLatin1String(", "));
}

QString Languages::join(const QStringList &codes)
{
    return codes.join(QLatin1Char('|'));
}

QStringList Languages::split(const QString &stored)
{
    QStringList result;
    for (const QString &value : stored.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QString code = isKnown(value) ? value : codeFor(value);
        const QString kept = code.isEmpty() ? value : code;
        if (!result.contains(kept))
            result << kept;
    }
    return result;
}
