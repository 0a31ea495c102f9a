// duocoach: the desktop application. Thin: everything is in ui/ and core.
#include "Application.h"

int main(int argc, char *argv[])
{
    return Application::run(argc, argv);
}
