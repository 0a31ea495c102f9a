#pragma once
// Where DuoCoach keeps its files by default.

#include <QString>

class AppPaths
{
public:
    // The default database, in QStandardPaths::AppDataLocation; the folder is created 0700.
    static QString defaultDatabase();
};
