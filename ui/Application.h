#pragma once
// Start-up of the GUI: arguments, language, the database, the main window, and the smoke test
// (--smoke) that packaging and CI use to prove the window comes up.

#include <QCoreApplication>

class Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)
public:
    static int run(int argc, char *argv[]);

private:
    // Without --database: the file opened last with File > Open, else the default one.
    static QString startupDatabase();
};
