#pragma once
// The first-start offer of demo data: an empty database (no families, no workers) asks once per
// file whether to fill it with fictitious data, so a new user sees a working application.

#include <QCoreApplication>

class Database;
class QWidget;

class DemoDataOffer
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataOffer)
public:
    // Asks when the database is empty and this file was never asked about; true when demo data
    // were loaded. The answer is remembered per file (Settings::Key::DemoOffered).
    static bool run(QWidget *parent, Database &db);
    // Loads them without asking (Today's first step "Load Demo Data"), still only into a
    // database without workers and families; true when loaded, a failure is shown.
    static bool load(QWidget *parent, Database &db);
    static bool wasOffered(const Database &db);
};
