#pragma once
// The Ed25519 key pair (libsodium crypto_sign) a database signs its supervision packages with,
// so that a package changed and re-hashed by someone with the file is refused (DESIGN.md,
// issue 18).
//
// Each database identity has its own pair on each computer that exports from it, made on first
// use. The secret key never enters the database or a package: it is kept in a file of its own,
// owner-only (0600, in a 0700 folder), in QStandardPaths::AppDataLocation/signing-keys, named
// after the database identity. A package carries the public key; the fingerprint, the first
// 128 bits of the public key's SHA-256 in eight groups of four hex digits, is what people
// compare over the phone.
//
// Key file: one line, "DUOCOACH-ED25519-1 " followed by the 64-byte libsodium secret key (which
// ends in the public key) in base64. A damaged key file is an error, never silently replaced:
// a new key would make every package signed so far look like someone else's.

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SignatureSize = 64;

    // The folder the key files are kept in (created 0700 when a key is made).
    static QString folder();
    // The key of the database `identity`, made and saved on first use.
    static Result<SigningKey> forDatabase(const QString &identity);
    // A fresh key kept nowhere: for tests that play a stranger.
    static Result<SigningKey> generate();

    SigningKey(SigningKey &&) noexcept = default;
    SigningKey &operator=(SigningKey &&) noexcept = default;

    QByteArray publicKey() const { return m_public; } // 32 bytes
    QString fingerprint() const { return fingerprintOf(m_public); }
    // The detached signature (64 bytes) of `message`.
    QByteArray sign(QByteArrayView message) const;

    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
    // "1a2b 3c4d … " (8 groups of 4); empty for a key of the wrong size.
    static QString fingerprintOf(QByteArrayView publicKey);
    // The 32 hex digits of a fingerprint as typed ("1A2B:3C4D…", with or without spaces), or an
    // empty string when it is not one.
    static QString normalizedFingerprint(const QString &typed);

private:
    SigningKey() = default;
    static Result<SigningKey> read(const QString &path);

    SecureBytes m_secret; // 64 bytes
    QByteArray m_public;
};
