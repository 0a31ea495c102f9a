#pragma once
// Start-up of the GUI: arguments, language, the database, the main window, and the smoke test
// (--smoke) that packaging and CI use to prove the window comes up.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

class Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)
public:
    static int run(int argc, char *argv[]);

private:
    // The options of the window, for the run and for --help (which is answered without one).
    struct Options
    {
        Options();
        void addTo(QCommandLineParser &parser) const;
        QCommandLineOption database;
        QCommandLineOption smoke;
        QCommandLineOption review;
    };

    // Without --database: the file or server opened last with File > Open or Connect, else
    // the default file.
    static QString startupDatabase();
};
