#pragma once
// The versioned schema: one ordered, transactional step per PRAGMA user_version. A step is
// never edited once released; a change is a new step. SQLite's limited ALTER TABLE is done
// as create-copy-drop inside the step.

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    struct Step
    {
        int version;
        const char *purpose;
        QStringList statements;
    };

    static const QList<Step> &steps();
    static int latestVersion();

    // Brings db from fromVersion to toVersion (default: latest), one transaction per step.
    static Status migrate(QSqlDatabase db, int fromVersion, int toVersion = -1);
};
