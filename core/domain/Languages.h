#pragma once
// The languages families speak at home and workers speak, as stable codes (ISO 639 where one
// exists) with translated names. Matching compares codes, the UI shows names.

#include <QCoreApplication>
#include <QStringList>

class Languages
{
    Q_DECLARE_TR_FUNCTIONS(Languages)
public:
    static QStringList codes();
    static QString name(const QString &code);
    // Accepts a code, an English name or a Dutch name (case-insensitive); empty if unknown.
    static QString codeFor(const QString &codeOrName);
    static QString names(const QStringList &codes); // "Arabic, Dutch"

    // Storage form of a list: codes joined by '|', the same separator CSV cells use.
    static QString join(const QStringList &codes);
    static QStringList split(const QString &stored);
};
