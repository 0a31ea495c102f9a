#pragma once
// Makes a supervision package (DESIGN.md): the visits of one period (optionally of one duo or
// of one worker's duos) with the families, household, duos, reports, goals, evaluations,
// follow-ups and safety concerns they refer to, and a manifest with row counts and hashes
// (PackageFormat, PackageHasher). Confidential notes never leave the database, nor workers'
// phone numbers and e-mail addresses.
//
// Pseudonymised, the package holds no family name, street, postcode, city or household first
// name (case code, district, languages and birth years stay), and free text is masked with
// NameMasker. With a passphrase the file is encrypted (PackageCrypto).
//
// The package is built in an SQLite database in memory (AttachedPackage); its plaintext never
// touches the disk.
// The file is written through a temporary file in the target's folder and renamed into place,
// so it is complete or absent; the export is recorded in the source database in the same step.
//
// Families without consent for a supervision export on the export day (ConsentStore) are left
// out of every table, as if they had no visits; the summary says how many. The access log gets
// an export entry for every family exported and a refused one for every family left out, in
// the transaction that records the export.
//
// The manifest is signed with the source database's Ed25519 key (SigningKey), made on this
// computer the first time it exports from that database.

#include "ExportRequest.h"
#include "PackageCrypto.h"
#include "Progress.h"
#include "Result.h"
#include "SecureBytes.h"
#include "storage/AccessLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

class Database;
class SigningKey;

struct SupervisionExportSummary
{
    QString path;
    qint64 visits = 0;
    qint64 families = 0;
    qint64 familiesWithoutConsent = 0; // with visits in the selection, left out (no consent)
    QList<qint64> familyIds;           // the families in the package
    QList<qint64> refusedFamilyIds;    // those left out for lack of consent
    bool pseudonymized = false;
    bool encrypted = false;
    QMap<QString, qint64> rows; // per package table
    QByteArray contentSha256;   // hex
    QString signerFingerprint;  // of the key that signed it
    qint64 recordId = 0;        // the row in supervision_exports
};

class SupervisionPackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionPackageWriter)
public:
    struct Options
    {
        ExportRequest request;
        QString exportedBy;   // who exports: CurrentUser::displayName()
        Actor actor;          // who exports, as the access log records them (write() only)
        QDateTime exportedAt; // null: now
        PackageCrypto::KdfCost kdfCost;
        Progress *progress = nullptr; // steps while building; cancel() stops before writing
        // The organisation that signs (the manifest's signer_organisation): Settings'
        // Organisation when empty.
        QString organisation;
        // The key that signs: null for the source database's own (SigningKey::forDatabase).
        const SigningKey *signingKey = nullptr;
    };

    // The request judged before anything is read: a period, an existing duo or worker, a
    // passphrase long enough.
    static Status check(const Database &source, const ExportRequest &request);

    // The package as the bytes of an SQLite file, unencrypted, built in memory. Neither
    // written nor recorded; `summary` gets the counts and hash.
    static Result<SecureBytes> build(const Database &source, const Options &options,
                                     SupervisionExportSummary *summary);

    // The queries build() runs, with their values written in, for the sqlite3 shell: the
    // selection into temporary tables, then every table's rows (unmasked). The benchmark's
    // reference for figure 5 of issue 7: the shell writing the same rows with the same
    // queries to CSV.
    static QString referenceScript(const ExportRequest &request, const QDate &consentOn);

    // Builds the package, encrypts it when the request has a passphrase, writes it to `path`
    // and records the export in `source` (which must be open for writing): all or nothing.
    static Result<SupervisionExportSummary> write(Database &source, const QString &path,
                                                  const Options &options);
};
