#pragma once
// What one export takes out of a database: a period, optionally one duo or one worker; for
// supervision packages whether to pseudonymise and which passphrase encrypts the file; for
// calendars whether the family's address goes along. Shared by duocoach-cli export and the
// UI's export dialogs.

#include <QDate>
#include <QString>

struct ExportRequest
{
    QDate from;          // inclusive
    QDate to;            // inclusive
    qint64 duoId = 0;    // 0: every duo
    qint64 workerId = 0; // 0: every worker (calendar export: the visits of this worker's duos)
    bool pseudonymize = false;
    QString passphrase; // empty: not encrypted
    // Calendar export only: each event's LOCATION holds the family's address. Off, the case
    // code is all that says which family a visit is for.
    bool withAddress = false;
};
