#pragma once
// Brings a supervisor's feedback back to the duos it is about (issue 17). The feedback file
// ("<package>.feedback.json", ReviewFeedback) is checked before anything is stored:
// - it names the database its package came from (the manifest's source_database): another
//   database's is refused;
// - its package's content SHA-256 must be one of this database's own supervision exports
//   (supervision_exports), so only feedback on a package made here comes in, and it is tied to
//   that export's record (period, duo);
// - the ids it names are this database's: a visit note goes to the visit's duo and family, a
//   note on a duo to that duo; notes on visits or duos no longer here are left out and counted.
// The notes of one package replace those imported before from the same package (the supervisor
// may send a revised file), in one transaction with the access log's entries: an import entry
// per family the notes are about (one without a family when there is none).

#include "Result.h"
#include "storage/AccessLog.h"

#include <QCoreApplication>
#include <QDate>

class Database;
class ReviewFeedback;

class SupervisionFeedbackImport
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionFeedbackImport)
public:
    struct Summary
    {
        qint64 exportId = 0;
        QString packageFile; // as the export's record names it
        QDate from;
        QDate to;
        int general = 0; // rows: a general remark on a package of several duos is one row
        int duos = 0;
        int visits = 0;
        int leftOut = 0;       // notes on visits or duos this database no longer holds
        bool replaced = false; // feedback on this package had been imported before
        int notes() const { return general + duos + visits; }
    };

    // Whether the feedback file is encrypted (then a passphrase is needed: the package's).
    static bool isEncrypted(const QString &path);

    // The feedback file read (decrypted with `passphrase` when encrypted). Refused: a wrong
    // passphrase (or none for encrypted feedback), a file that is no feedback.
    static Result<ReviewFeedback> read(const QString &path, const QString &passphrase = {});
    // The feedback read, checked against `db` and stored.
    static Result<Summary> run(Database &db, const Actor &actor, const ReviewFeedback &feedback);
    // Both.
    static Result<Summary> run(Database &db, const Actor &actor, const QString &path,
                               const QString &passphrase = {});
};
