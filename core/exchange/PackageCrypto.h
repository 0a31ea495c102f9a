#pragma once
// The encrypted form of a supervision package: the whole package file, encrypted with a key
// derived from a passphrase. Everything cryptographic is libsodium's (no home-made crypto):
// Argon2id (crypto_pwhash) derives a master key from the passphrase; crypto_kdf derives from
// it a stream key and a check key; crypto_secretstream_xchacha20poly1305 encrypts the package
// in chunks, the last one tagged FINAL, so a changed, reordered, dropped or truncated chunk
// fails to authenticate.
//
// Layout (integers big-endian):
//   offset size
//        0    7  magic "DUOSUP1" (tells an encrypted package from a plaintext one, which
//                starts with "SQLite format 3")
//        7    1  container version, 1
//        8    1  key derivation: 1 = Argon2id v1.3
//        9    3  zero
//       12    8  Argon2id opslimit
//       20    8  Argon2id memlimit in bytes
//       28   16  salt (random)
//       44    4  plaintext bytes per chunk
//       48    8  plaintext size in bytes
//       56   24  secretstream header
//       80   16  key check: BLAKE2b-128 (crypto_generichash) of bytes 0..79 keyed with the
//                check key
//       96       chunks: each chunk's plaintext bytes + 17 bytes of tag and MAC; the first
//                chunk's additional data is bytes 0..95, binding the header to the content
//
// The key check tells a wrong passphrase (or a changed header, which derives another key; the
// two cannot be told apart without the key) from content changed after the key was found.
// It gives a guesser nothing the first chunk's MAC would not: every guess still costs Argon2id.

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>

class PackageCrypto
{
    Q_DECLARE_TR_FUNCTIONS(PackageCrypto)
public:
    static constexpr int HeaderSize = 96;
    static constexpr int ChunkSize = 64 * 1024;
    static constexpr int MinimumPassphraseLength = 8;

    // Argon2id cost. The default (3 passes over 64 MiB) takes about 0.2 s on a current laptop
    // and stays under a second on a slow one, while making each guess of a passphrase cost as
    // much; above OWASP's minimum for Argon2id (2 passes, 19 MiB). Opening a package costs the
    // same once. Readers accept any cost up to the maximum below, so old packages stay
    // readable when the default grows.
    struct KdfCost
    {
        quint64 opslimit = 3;
        quint64 memlimit = 64ull * 1024 * 1024;
    };
    static constexpr quint64 MaxOpslimit = 16;
    static constexpr quint64 MaxMemlimit = 1024ull * 1024 * 1024;

    // The keys of one package, derived from a passphrase and a fresh random salt. Deriving
    // (Argon2id) is the slow part and needs no plaintext, so a writer can do it while the
    // package is still being built; each key seals one package only.
    struct SealingKey
    {
        KdfCost cost;
        QByteArray salt;
        SecureBytes stream;
        SecureBytes check;
    };
    static Result<SealingKey> deriveSealingKey(const QString &passphrase, const KdfCost &cost);

    // Whether bytes (at least the first 7 of a file) start like an encrypted package.
    static bool isEncrypted(QByteArrayView head);

    // Encrypts a whole package. The passphrase is used as UTF-8 in Unicode form C, so the same
    // typed passphrase opens the package on any system.
    static Result<QByteArray> encrypt(const SecureBytes &plaintext, const QString &passphrase,
                                      const KdfCost &cost);
    static Result<QByteArray> encrypt(const SecureBytes &plaintext, const SealingKey &key);
    static Result<QByteArray> encrypt(const SecureBytes &plaintext, const QString &passphrase)
    {
        return encrypt(plaintext, passphrase, KdfCost());
    }

    // Decrypts a whole package; `name` names the file in messages. A wrong passphrase is
    // refused (Refused); a changed, truncated or lengthened file is an Integrity error.
    static Result<SecureBytes> decrypt(QByteArrayView container, const QString &passphrase,
                                       const QString &name);
};
