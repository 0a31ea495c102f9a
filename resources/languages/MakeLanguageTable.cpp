// Build step: writes the table of languages DuoCoach knows (core/domain/Languages) from Debian's
// iso-codes package, the maintained source of ISO 639 with its translations. The table is
// embedded into the program as a resource, so the CLI, the window and the tests need no
// iso-codes at run time, only at build time.
//
//   duocoach-language-table JSON_DIR LOCALE_DIR OUT
//     JSON_DIR    /usr/share/iso-codes/json (iso_639-3.json, iso_639-2.json)
//     LOCALE_DIR  /usr/share/locale (nl/LC_MESSAGES/iso_639-3.mo, iso_639-2.mo)
//
// OUT is UTF-8, one language a line, fields separated by tabs:
//   code  English name  Dutch name  other names and codes, separated by '|'
// The code is ISO 639-1 where the language has one, else ISO 639-3 (the codes DuoCoach has
// always stored: "nl", "ar", "zgh"). Living languages only, and those with a 639-1 code
// (Latin, Esperanto): a family's home language or a worker's, not Old Norse.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace {
// A gettext catalogue (.mo): original -> translation. Empty when it cannot be read; a language
// without a Dutch name is then shown by its English one.
QHash<QString, QString> readCatalogue(const QString &path)
{
    QHash<QString, QString> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 28)
        return result;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto word = [&](qsizetype at, bool little) -> quint32 {
        if (at < 0 || at + 4 > bytes.size())
            return 0;
        return little ? quint32(data[at]) | quint32(data[at + 1]) << 8 |
                            quint32(data[at + 2]) << 16 | quint32(data[at + 3]) << 24
                      : quint32(data[at + 3]) | quint32(data[at + 2]) << 8 |
                            quint32(data[at + 1]) << 16 | quint32(data[at]) << 24;
    };
    bool little = true;
    if (word(0, true) != 0x950412deU) {
        if (word(0, false) != 0x950412deU)
            return result;
        little = false;
    }
    const quint32 count = word(8, little);
    const quint32 originals = word(12, little);
    const quint32 translations = word(16, little);
    const auto text = [&](quint32 table, quint32 i) -> QString {
        const quint32 length = word(qsizetype(table) + 8 * qsizetype(i), little);
        const quint32 offset = word(qsizetype(table) + 8 * qsizetype(i) + 4, little);
        if (qsizetype(offset) + qsizetype(length) > bytes.size())
            return {};
        return QString::fromUtf8(bytes.constData() + offset, qsizetype(length));
    };
    for (quint32 i = 0; i < count; ++i) {
        const QString original = text(originals, i);
        if (!original.isEmpty())
            result.insert(original, text(translations, i));
    }
    return result;
}

QJsonArray readList(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(key).toArray();
}

// "Swahili (macrolanguage)" is how the standard tells the macrolanguage from its member; a
// coordinator just says Swahili.
QString plain(QString name)
{
    name.remove(QStringLiteral(" (macrolanguage)"));
    name.remove(QStringLiteral(" (macrotaal)"));
    return name.trimmed();
}

QString translated(const QHash<QString, QString> &catalogue, const QString &name)
{
    const QString t = catalogue.value(name);
    return t.isEmpty() || t == name ? QString() : t;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: duocoach-language-table JSON_DIR LOCALE_DIR OUT\n");
        return 1;
    }
    const QString jsonDir = QString::fromLocal8Bit(argv[1]);
    const QString localeDir = QString::fromLocal8Bit(argv[2]);
    const QJsonArray part3 =
        readList(jsonDir + QStringLiteral("/iso_639-3.json"), QStringLiteral("639-3"));
    const QJsonArray part2 =
        readList(jsonDir + QStringLiteral("/iso_639-2.json"), QStringLiteral("639-2"));
    if (part3.size() < 7000) {
        std::fprintf(stderr,
                     "duocoach-language-table: %s/iso_639-3.json is missing or short; "
                     "install iso-codes (scripts/setup-deps.sh)\n",
                     argv[1]);
        return 1;
    }
    const auto dutch3 = readCatalogue(localeDir + QStringLiteral("/nl/LC_MESSAGES/iso_639-3.mo"));
    const auto dutch2 = readCatalogue(localeDir + QStringLiteral("/nl/LC_MESSAGES/iso_639-2.mo"));

    // ISO 639-2 names by their three-letter code: "Dutch; Flemish", "Spanish; Castilian".
    QHash<QString, QString> names2;
    for (const QJsonValue &value : part2) {
        const QJsonObject entry = value.toObject();
        names2.insert(entry.value(QStringLiteral("alpha_3")).toString(),
                      entry.value(QStringLiteral("name")).toString());
    }

    QByteArray out;
    for (const QJsonValue &value : part3) {
        const QJsonObject entry = value.toObject();
        const QString alpha2 = entry.value(QStringLiteral("alpha_2")).toString();
        const QString alpha3 = entry.value(QStringLiteral("alpha_3")).toString();
        if (entry.value(QStringLiteral("type")).toString() != QLatin1String("L") &&
            alpha2.isEmpty())
            continue;
        const QString name = entry.value(QStringLiteral("name")).toString();
        const QString english = plain(name);
        const QStringList names2Parts =
            names2.value(alpha3).split(QStringLiteral("; "), Qt::SkipEmptyParts);
        QString dutch = translated(dutch3, name);
        if (dutch.isEmpty() && !names2.value(alpha3).isEmpty())
            dutch =
                translated(dutch2, names2.value(alpha3)).split(QStringLiteral("; ")).constFirst();
        dutch = plain(dutch);
        if (dutch.isEmpty())
            dutch = english;

        QStringList others = {alpha3};
        for (const char *key : {"bibliographic", "common_name", "inverted_name"}) {
            const QString other = entry.value(QLatin1String(key)).toString();
            if (!other.isEmpty())
                others << other;
        }
        if (const QString inverted =
                translated(dutch3, entry.value(QStringLiteral("inverted_name")).toString());
            !inverted.isEmpty())
            others << inverted;
        others << name;
        others << names2Parts;
        for (const QString &part : translated(dutch2, names2.value(alpha3))
                                       .split(QStringLiteral("; "), Qt::SkipEmptyParts))
            others << part;
        others << translated(dutch3, name);
        QStringList unique;
        for (const QString &other : std::as_const(others)) {
            const QString clean = other.trimmed();
            if (!clean.isEmpty() && clean != english && clean != dutch && !unique.contains(clean))
                unique << clean;
        }
        const QString code = alpha2.isEmpty() ? alpha3 : alpha2;
        for (const QString &field : {code, english, dutch, unique.join(QLatin1Char('|'))})
            if (field.contains(QLatin1Char('\t')) || field.contains(QLatin1Char('\n')))
                return 1; // the format cannot carry it; iso-codes never has one
        out += (QStringList{code, english, dutch, unique.join(QLatin1Char('|'))}.join(
                    QLatin1Char('\t')) +
                QLatin1Char('\n'))
                   .toUtf8();
    }

    const QString path = QString::fromLocal8Bit(argv[3]);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(out) != out.size()) {
        std::fprintf(stderr, "duocoach-language-table: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
