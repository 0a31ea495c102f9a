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
    if (language != QLatin1String("nl"))
        return true; // source strings are English

    own = new QTranslator;
    const bool loaded = own->load(QStringLiteral(":/i18n/duocoach_nl.qm"));
    QCoreApplication::installTranslator(own);
    qt = new QTranslator;
    if (qt->load(QLocale(QLocale::Dutch), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}
