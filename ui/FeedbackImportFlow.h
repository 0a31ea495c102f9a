#pragma once
// File → Import Supervision Feedback…: a supervisor's feedback file brought back to the duos
// (SupervisionFeedbackImport). Asks the package's passphrase for encrypted feedback, again
// when it did not open the file, and says in one message what came in or why nothing did.

#include "services/CurrentUser.h"

#include <QCoreApplication>

class ChangeNotifier;
class Database;
class QWidget;

class FeedbackImportFlow
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackImportFlow)
public:
    // True when the feedback was imported; `done` gets a line for the status bar.
    static bool run(QWidget *parent, Database &db, const CurrentUser &user,
                    ChangeNotifier *notifier, const QString &path, QString *done);
};
