#pragma once
// What a supervisor writes while reviewing a supervision package: a general remark, and notes
// per duo and per visit. Kept beside the package as "<package>.feedback.json", never inside it,
// so the package stays exactly as exported and `verify` keeps passing.
//
// Feedback on an encrypted package is as private as the package (remarks on visits with a
// safety concern, say): it is encrypted the same way, with the package's passphrase
// (PackageCrypto: Argon2id and XChaCha20-Poly1305), and no plaintext of it touches the disk.
//
// The file names the content SHA-256 of the package it was written for. Loaded with the
// package's hash, feedback that belongs to another package (a newer export saved over the old
// file, say) is refused rather than shown against visits it was not written about.

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

class ReviewFeedback
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFeedback)
public:
    // Where the feedback of the package at `packagePath` is kept.
    static QString pathFor(const QString &packagePath);

    // The feedback saved beside the package; no file yet gives empty feedback. Refused: a file
    // that cannot be read or is not feedback, or (when `contentSha256`, hex, is given) one
    // written for a package with another content hash. The returned feedback carries the hash
    // it was loaded with, so save() records it.
    // `passphrase`: the encrypted package's (SupervisionPackage::passphrase()); the feedback
    // is then read and saved encrypted with it. Empty for a plaintext package.
    static Result<ReviewFeedback> load(const QString &packagePath,
                                       const QByteArray &contentSha256 = {},
                                       const QString &passphrase = {});

    QString packagePath() const { return m_packagePath; }
    bool isEncrypted() const { return !m_passphrase.isEmpty(); }
    QByteArray packageSha256() const { return m_packageSha256; }
    // The identity of the database the package was exported from (its manifest's
    // "source_database"; empty for packages made before format 14 of the database), so the
    // feedback can be brought back to that database alone (SupervisionFeedbackImport).
    QString sourceDatabase() const { return m_sourceDatabase; }
    void setSourceDatabase(const QString &identity) { m_sourceDatabase = identity; }
    // When it was last saved; null for feedback never saved.
    QDateTime savedAt() const { return m_savedAt; }

    // Empty or blank text removes a note.
    QString general() const { return m_general; }
    void setGeneral(QString text);
    QString forDuo(qint64 duoId) const { return m_duos.value(duoId); }
    void setForDuo(qint64 duoId, QString text);
    QString forVisit(qint64 visitId) const { return m_visits.value(visitId); }
    void setForVisit(qint64 visitId, QString text);
    // Every note, by id, for the report.
    const QMap<qint64, QString> &duoNotes() const { return m_duos; }
    const QMap<qint64, QString> &visitNotes() const { return m_visits; }

    bool isEmpty() const;

    // Writes the file atomically (a temporary file renamed into place): a failed save leaves
    // the previous feedback as it was. The package itself is never opened.
    Status save() const;

    bool operator==(const ReviewFeedback &other) const;
    bool operator!=(const ReviewFeedback &other) const { return !(*this == other); }

private:
    QString m_packagePath;
    QByteArray m_packageSha256;
    QString m_passphrase;
    QString m_sourceDatabase;
    mutable QDateTime m_savedAt;
    QString m_general;
    QMap<qint64, QString> m_duos;
    QMap<qint64, QString> m_visits;
};
