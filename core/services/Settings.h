#pragma once
// The typed settings of DuoCoach over QSettings: one enum of keys, one table of names and
// defaults. No string keys anywhere else.

#include <QSettings>
#include <QVariant>

class Settings
{
public:
    enum class Key {
        Language,          // "system", "nl" or "en"
        LastDatabase,      // path of the database opened last
        DemoOffered,       // the empty-database demo offer was answered for this file
        WorkingAs,         // per database file: who works with it (see CurrentUser)
        QuietDays,         // a family without a done visit this long is listed on Today
        BackupsKept,       // how many automatic backups of a database are kept (see Backups)
        RememberedServers, // server addresses connected to, newest first; never a password
        Organisation,      // the organisation named in signed supervision packages
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

    // The language the UI should use: "nl" or "en" (resolved from "system").
    static QString effectiveLanguage();

private:
    static QSettings &store();
};
