#include "Settings.h"

#include <QLocale>

namespace {
struct Definition
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const Definition &definition(Settings::Key key)
{
    static const Definition table[] = {
        {Settings::Key::Language, "ui/language", QStringLiteral("system")},
        {Settings::Key::LastDatabase, "storage/lastDatabase", QString()},
        {Settings::Key::DemoOffered, "storage/demoOffered", QStringList()},
        {Settings::Key::WorkingAs, "session/workingAs", QVariantMap()},
        {Settings::Key::QuietDays, "today/quietDays", 21},
        {Settings::Key::BackupsKept, "storage/backupsKept", 10},
        {Settings::Key::RememberedServers, "storage/rememberedServers", QStringList()},
        {Settings::Key::Organisation, "signing/organisation", QString()},
    };
    for (const auto &d : table)
        if (d.key == key)
            return d;
    Q_UNREACHABLE();
}
} // namespace

QSettings &Settings::store()
{
    // Named explicitly: without an organisation name QSettings would pick "Unknown
    // Organization"; setting one would move the database folder as well.
    static QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
                              QStringLiteral("duocoach"), QStringLiteral("duocoach"));
    return settings;
}

QVariant Settings::value(Key key)
{
    const Definition &d = definition(key);
    return store().value(QLatin1String(d.name), d.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    store().setValue(QLatin1String(definition(key).name), value);
}

QString Settings::effectiveLanguage()
{
    const QString chosen = value(Key::Language).toString();
    if (chosen == QLatin1String("nl") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}
