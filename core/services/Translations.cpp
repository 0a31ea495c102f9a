#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

bool Translations::install(const QString &language)
{
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&own, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale::setDefault(language == QLatin1String("nl")
                            ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    own = new QTranslator;
    // The English catalogue holds only the plural forms ("1 visit", "2 visits"): the source
    // strings are English.
    const bool loaded = own->load(language == QLatin1String("nl")
                                      ? QStringLiteral(":/i18n/duocoach_nl.qm")
                                      : QStringLiteral(":/i18n/duocoach_en.qm"));
    QCoreApplication::installTranslator(own);
    if (language != QLatin1String("nl"))
        return loaded;
    qt = new QTranslator;
    if (qt->load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}
