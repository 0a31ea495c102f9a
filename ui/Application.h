#pragma once
// Start-up of the GUI: arguments, language, the database, the main window.

class Application
{
public:
    static int run(int argc, char *argv[]);
};
