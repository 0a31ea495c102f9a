#include "SigningKey.h"

#include "storage/PrivateFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sodium.h>

#include <cstring>

namespace {
const QByteArray FileTag = QByteArrayLiteral("DUOCOACH-ED25519-1 ");
constexpr int FingerprintBytes = 16;

Status sodiumReady()
{
    if (sodium_init() < 0)
        return Error::storage(SigningKey::tr("The signing library (libsodium) could not start."));
    return {};
}
} // namespace

QString SigningKey::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("signing-keys"));
}

Result<SigningKey> SigningKey::generate()
{
    if (Status ready = sodiumReady(); !ready)
        return ready.error();
    SigningKey key;
    key.m_secret = SecureBytes(crypto_sign_SECRETKEYBYTES);
    key.m_public = QByteArray(PublicKeySize, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()),
                        key.m_secret.data());
    return key;
}

Result<SigningKey> SigningKey::forDatabase(const QString &identity)
{
    // The identity names the file: it must not be able to name another folder.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!safe.match(identity).hasMatch())
        return Error::invalid(
            tr("The database has no identity to keep a signing key for (\"%1\").").arg(identity));
    const QString path = QDir(folder()).filePath(identity + QStringLiteral(".key"));
    if (QFileInfo::exists(path))
        return read(path);

    auto key = generate();
    if (!key)
        return key.error();
    if (!QDir().mkpath(folder()) ||
        !QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner))
        return Error::storage(
            tr("Could not make the folder for signing keys \"%1\".").arg(folder()));
    QByteArray line = FileTag;
    line += QByteArray::fromRawData(reinterpret_cast<const char *>(key->m_secret.data()),
                                    qsizetype(key->m_secret.size()))
                .toBase64();
    line += '\n';
    PrivateFile file(path);
    Status written = file.openForWriting();
    if (written && file.write(line) != line.size())
        written = file.writeError();
    sodium_memzero(line.data(), std::size_t(line.size()));
    if (written)
        written = file.publish();
    if (!written)
        return Error::storage(tr("Could not save the signing key \"%1\": %2")
                                  .arg(QFileInfo(path).fileName(), written.message()));
    return key;
}

Result<SigningKey> SigningKey::read(const QString &path)
{
    if (Status ready = sodiumReady(); !ready)
        return ready.error();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(
            tr("The signing key \"%1\" cannot be read: %2").arg(name, file.errorString()));
    QByteArray line = file.read(256).trimmed();
    const auto damaged = [&] {
        return Error::integrity(tr("The signing key \"%1\" is damaged; packages cannot be "
                                   "signed until it is restored from a backup or moved away "
                                   "(a new key is then made).")
                                    .arg(path));
    };
    if (!line.startsWith(FileTag))
        return damaged();
    auto decoded = QByteArray::fromBase64Encoding(line.mid(FileTag.size()),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    sodium_memzero(line.data(), std::size_t(line.size()));
    if (!decoded || decoded.decoded.size() != qsizetype(crypto_sign_SECRETKEYBYTES)) {
        sodium_memzero(decoded.decoded.data(), std::size_t(decoded.decoded.size()));
        return damaged();
    }
    SigningKey key;
    key.m_secret = SecureBytes::copyOf(decoded.decoded);
    sodium_memzero(decoded.decoded.data(), std::size_t(decoded.decoded.size()));
    // The secret key is a seed followed by its public key: the public key made from the seed
    // must be the one stored, or the file was changed.
    unsigned char seed[crypto_sign_SEEDBYTES];
    crypto_sign_ed25519_sk_to_seed(seed, key.m_secret.data());
    SecureBytes remade(crypto_sign_SECRETKEYBYTES);
    key.m_public = QByteArray(PublicKeySize, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()), remade.data(),
                             seed);
    sodium_memzero(seed, sizeof seed);
    if (std::memcmp(key.m_public.constData(), key.m_secret.data() + crypto_sign_SEEDBYTES,
                    PublicKeySize) != 0)
        return damaged();
    return key;
}

QByteArray SigningKey::sign(QByteArrayView message) const
{
    QByteArray signature(SignatureSize, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         quint64(message.size()), m_secret.data());
    return signature;
}

bool SigningKey::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize || !sodiumReady())
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.data()),
               reinterpret_cast<const unsigned char *>(message.data()), quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.data())) == 0;
}

QString SigningKey::fingerprintOf(QByteArrayView publicKey)
{
    if (publicKey.size() != PublicKeySize)
        return {};
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256)
                               .first(FingerprintBytes)
                               .toHex();
    QString text;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i)
            text += QLatin1Char(' ');
        text += QString::fromLatin1(hex.mid(i, 4));
    }
    return text;
}

QString SigningKey::normalizedFingerprint(const QString &typed)
{
    QString hex;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-'))
            continue;
        const QChar lower = c.toLower();
        if (!((lower >= QLatin1Char('0') && lower <= QLatin1Char('9')) ||
              (lower >= QLatin1Char('a') && lower <= QLatin1Char('f'))))
            return {};
        hex += lower;
    }
    if (hex.size() != FingerprintBytes * 2)
        return {};
    QString text;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i)
            text += QLatin1Char(' ');
        text += hex.mid(i, 4);
    }
    return text;
}
