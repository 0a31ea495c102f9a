#pragma once
// Installs the translators for the chosen language: DuoCoach's own catalogue (embedded at
// :/i18n/) and Qt's, so standard buttons and dialogs speak the same language.

#include <QString>

class Translations
{
public:
    // language: "nl" or "en". Returns false when DuoCoach's catalogue could not be loaded.
    static bool install(const QString &language);
};
