#pragma once
// File > Import in the GUI: the same all-or-nothing importers as `duocoach-cli import`. The file
// is read and checked first; a bad row is reported (file, row, column, reason), with an example
// file to save, and nothing is written. Otherwise the user sees how many rows will come in
// (and which families are already in the database and left out) and confirms; the import is then
// written and becomes one undoable step on the command façade. Reading and writing both run off
// the window's thread (BackgroundTask), with progress and Cancel; a cancelled import stores
// nothing.

#include "exchange/ImportExample.h"

#include <QCoreApplication>

class EditCommands;
class QWidget;

class ImportFlow
{
    Q_DECLARE_TR_FUNCTIONS(ImportFlow)
public:
    // True when rows were imported; the returned sentence (for the status bar) says what.
    static bool importFamilies(QWidget *parent, EditCommands &commands, const QString &path,
                               QString *done = nullptr);
    static bool importWorkers(QWidget *parent, EditCommands &commands, const QString &path,
                              QString *done = nullptr);
    // Writes core's example file (Dutch headings) to `path`; says so in a message box if it
    // cannot.
    static bool saveExample(QWidget *parent, ImportExample::Kind kind, const QString &path);
};
