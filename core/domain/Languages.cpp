#include "Languages.h"

namespace {
struct Language
{
    const char *code;
    const char *english;
    const char *dutch;
};

// Languages heard in duo coaching in Amsterdam, Utrecht and Zwolle.
constexpr Language table[] = {
    {"nl", QT_TRANSLATE_NOOP("Languages", "Dutch"), "Nederlands"},
    {"ar", QT_TRANSLATE_NOOP("Languages", "Arabic"), "Arabisch"},
    {"tr", QT_TRANSLATE_NOOP("Languages", "Turkish"), "Turks"},
    {"zgh", QT_TRANSLATE_NOOP("Languages", "Tamazight"), "Tamazight"},
    {"srn", QT_TRANSLATE_NOOP("Languages", "Sranan Tongo"), "Sranantongo"},
    {"pap", QT_TRANSLATE_NOOP("Languages", "Papiamento"), "Papiaments"},
    {"en", QT_TRANSLATE_NOOP("Languages", "English"), "Engels"},
    {"fr", QT_TRANSLATE_NOOP("Languages", "French"), "Frans"},
    {"pl", QT_TRANSLATE_NOOP("Languages", "Polish"), "Pools"},
    {"ti", QT_TRANSLATE_NOOP("Languages", "Tigrinya"), "Tigrinya"},
    {"so", QT_TRANSLATE_NOOP("Languages", "Somali"), "Somalisch"},
    {"fa", QT_TRANSLATE_NOOP("Languages", "Persian"), "Perzisch"},
    {"prs", QT_TRANSLATE_NOOP("Languages", "Dari"), "Dari"},
    {"uk", QT_TRANSLATE_NOOP("Languages", "Ukrainian"), "Oekraïens"},
    {"bg", QT_TRANSLATE_NOOP("Languages", "Bulgarian"), "Bulgaars"},
    {"ur", QT_TRANSLATE_NOOP("Languages", "Urdu"), "Urdu"},
    {"ku", QT_TRANSLATE_NOOP("Languages", "Kurdish"), "Koerdisch"},
};
} // namespace

QStringList Languages::codes()
{
    // Built once: validation asks for every language of every row of an import.
    static const QStringList result = [] {
        QStringList all;
        for (const auto &l : table)
            all << QString::fromLatin1(l.code);
        return all;
    }();
    return result;
}

QString Languages::name(const QString &code)
{
    for (const auto &l : table)
        if (code == QLatin1String(l.code))
            return QCoreApplication::translate("Languages", l.english);
    return code;
}

QString Languages::codeFor(const QString &codeOrName)
{
    const QString wanted = codeOrName.trimmed();
    for (const auto &l : table) {
        if (wanted.compare(QLatin1String(l.code), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QLatin1String(l.english), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QString::fromUtf8(l.dutch), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QCoreApplication::translate("Languages", l.english),
                           Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(l.code);
    }
    return {};
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
    return stored.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}
