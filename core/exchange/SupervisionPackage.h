#pragma once
// A supervision package opened for reading: plaintext or, with its passphrase, encrypted. The
// file is read into memory once and never opened by SQLite, so nothing can change it; an
// encrypted package's plaintext exists only in memory and is wiped when this object goes.
//
// verify() recomputes every hash and count and says what differs; the queries below serve
// `duocoach-cli stats PACKAGE`, and are shaped for the review window (a sortable, filterable
// visit log; per-duo figures; charts of visits per month) and its PDF report.

#include "PackageHasher.h"
#include "Result.h"
#include "domain/Domain.h"
#include "domain/Network.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <memory>
#include <optional>

class InMemorySqlite;

// Who signed a package, as its manifest says (format 4 on; empty before). Believed only once
// verify() found the signature good (PackageCheck::signatureGood).
struct PackageSigner
{
    QByteArray publicKey; // 32 bytes; empty when the manifest holds none (or not one)
    QByteArray signature; // 64 bytes
    QString fingerprint;  // SigningKey::fingerprintOf(publicKey)
    QString database;     // the source database's identity
    QString databaseName; // as that database calls itself (file or server)
    QString organisation; // empty when the exporter did not name one
};

// What the manifest says.
struct PackageManifest
{
    int formatVersion = 0;
    QString appVersion;
    QDateTime exportedAt;
    QString exportedBy;
    QDate from;
    QDate to;
    qint64 duoId = 0;
    qint64 workerId = 0;
    bool pseudonymized = false;
    QMap<QString, qint64> rows;       // per table
    QMap<QString, QByteArray> sha256; // per table, hex
    QByteArray contentSha256;         // hex
    QMap<QString, QString> values;    // every key as stored
    PackageSigner signer;
    bool isSigned() const { return formatVersion >= 4; }
};

// The outcome of verify(): intact, or one sentence per difference found. An intact package of
// format 4 on is signed, by the key in its manifest; whether that key is a known sender's is
// the reader's question (KnownSenders). An intact older package is unsigned: its hashes match,
// but anyone with the file could have recomputed them.
struct PackageCheck
{
    QStringList problems;
    bool signatureGood = false;
    bool intact() const { return problems.isEmpty(); }
};

// One row of the visit log.
struct PackageVisit
{
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 duoId = 0;
    QString caseCode;
    QString duoName;
    QDateTime start;
    int durationMinutes = 0;
    VisitStatus status = VisitStatus::Planned;
    QString statusReason;
    bool trustedPersonPresent = false;
    bool professionalPresent = false;
    qint64 seriesId = 0;
    bool hasReport = false;
    int safetyConcerns = 0; // raised on this visit
};

struct PackageVisitFilter
{
    qint64 duoId = 0;    // 0: any
    qint64 familyId = 0; // 0: any
    std::optional<VisitStatus> status;
    QDate from; // inclusive; null: open
    QDate to;   // inclusive; null: open
    bool onlyWithSafetyConcerns = false;
};

// How one duo worked in the period. Rates are over the visits that were due (done, cancelled
// or no-show); planned visits do not count. NaN when there is nothing to divide by.
struct DuoFigures
{
    Duo duo; // with names
    QString trustedPersonOrganisation;
    QString professionalOrganisation;
    int visits = 0;
    int planned = 0;
    int done = 0;
    int cancelled = 0;
    int noShow = 0;
    int bothPresent = 0; // done visits with both duo members there
    int families = 0;
    int reports = 0;                 // done visits with a report
    int overdueFollowUps = 0;        // owned by one of the two, due before and open on the day
    int adjustOrStopEvaluations = 0; // of the duo's families, in the period
    int safetyConcerns = 0;          // raised on the duo's visits
    // Format 3 on (zero in an older package): the referrals the duo sent in the period, the
    // support of its families stopped in the period because it did not help, and the debriefs
    // asked after its visits that had not taken place by the reference day.
    ReferralFigures referrals;
    int supportStoppedNotHelping = 0;
    int openDebriefs = 0;

    double cancellationRate() const;
    double noShowRate() const;
    double bothPresentShare() const; // of done visits
};

// The latest done visit of a family by a duo, and the days from it to the reference day.
struct FamilyLastVisit
{
    qint64 familyId = 0;
    QString caseCode;
    qint64 duoId = 0;
    QDate lastVisit; // null: no done visit in the period
    int daysSince = -1;
};

// Visits of one duo in one month, per status.
struct MonthCount
{
    qint64 duoId = 0;
    QDate month; // first day
    int planned = 0;
    int done = 0;
    int cancelled = 0;
    int noShow = 0;
};

class SupervisionPackage
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionPackage)
public:
    enum class Kind { NotAPackage, Plaintext, Encrypted };

    // What a file is, from its first bytes; for asking a passphrase only when one is needed,
    // and for `stats` telling a package from a database.
    static Kind probe(const QString &path);

    // Opens a package read-only. Refused: not a package, unreadable, encrypted without (the
    // right) passphrase, a newer format. Integrity: damaged, truncated or changed encrypted
    // bytes. A passphrase given for a plaintext package is ignored.
    static Result<std::unique_ptr<SupervisionPackage>> open(const QString &path,
                                                            const QString &passphrase = {});
    // The same from bytes in memory (`name` names them in messages).
    static Result<std::unique_ptr<SupervisionPackage>>
    fromBytes(QByteArrayView bytes, const QString &name, const QString &passphrase = {});
    ~SupervisionPackage();

    QString name() const { return m_name; }
    bool isEncrypted() const { return m_encrypted; }
    // The passphrase that opened an encrypted package, empty for a plaintext one: feedback on
    // an encrypted package is encrypted with it too (ReviewFeedback).
    QString passphrase() const { return m_passphrase; }
    const PackageManifest &manifest() const { return m_manifest; }
    // Whether it carries the network around the family (format 3 on): support, referrals,
    // consultations, network maps, debriefs.
    bool hasNetwork() const { return m_userVersion >= 3; }
    // The day the figures are counted to: the period's end, or the export day when earlier.
    QDate referenceDay() const;

    // Recomputes the structure, row counts and hashes and compares them with the manifest, and
    // checks the signature (format 4 on) and that nothing follows the file's last page.
    PackageCheck verify() const;
    // "the database "NAME" of ORGANISATION (ID), key FINGERPRINT": who signed, for messages.
    static QString signerText(const PackageSigner &signer);

    Result<QList<Duo>> duos() const;
    Result<QList<PackageVisit>> visits(const PackageVisitFilter &filter = {}) const;
    Result<QList<DuoFigures>> duoFigures() const;
    Result<QList<FamilyLastVisit>> lastVisits() const;
    Result<QList<MonthCount>> visitsPerMonth() const;
    // The report of a visit, if one was written.
    Result<std::optional<VisitReport>> report(qint64 visitId) const;
    Result<QList<FollowUp>> followUps(qint64 familyId = 0) const;
    Result<QList<Evaluation>> evaluations(qint64 familyId = 0) const;
    Result<QList<Goal>> goals(qint64 familyId = 0) const;
    Result<QList<SafetyConcern>> safetyConcerns(qint64 familyId = 0) const;

private:
    SupervisionPackage() = default;
    Status load();

    QString m_name;
    bool m_encrypted = false;
    QString m_passphrase;
    int m_userVersion = 0;   // PRAGMA user_version: the format the file says it has
    qint64 m_extraBytes = 0; // bytes after (positive) or missing from (negative) the last page
    std::unique_ptr<InMemorySqlite> m_db;
    PackageManifest m_manifest;
};
