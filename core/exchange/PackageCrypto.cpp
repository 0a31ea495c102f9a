#include "PackageCrypto.h"

#include <sodium.h>

#include <cstring>

namespace {
constexpr char Magic[] = "DUOSUP1";
constexpr int MagicSize = 7;
constexpr quint8 ContainerVersion = 1;
constexpr quint8 KdfArgon2id13 = 1;
constexpr int CheckOffset = 80;
constexpr int CheckSize = 16;
constexpr char KdfContext[crypto_kdf_CONTEXTBYTES + 1] = "DUOSUP01";
constexpr quint64 StreamKeyId = 1;
constexpr quint64 CheckKeyId = 2;
constexpr quint32 MinChunk = 1024;
constexpr quint32 MaxChunk = 16 * 1024 * 1024;
constexpr quint64 MaxPlaintext = 2ull * 1024 * 1024 * 1024;
constexpr int Abytes = crypto_secretstream_xchacha20poly1305_ABYTES;

static_assert(crypto_pwhash_SALTBYTES == 16, "header layout holds a 16-byte salt");
static_assert(crypto_secretstream_xchacha20poly1305_HEADERBYTES == 24,
              "header layout holds a 24-byte secretstream header");

void putBig(unsigned char *at, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i) {
        at[i] = static_cast<unsigned char>(value & 0xff);
        value >>= 8;
    }
}

quint64 getBig(const unsigned char *at, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | at[i];
    return value;
}

SecureBytes passphraseBytes(const QString &passphrase)
{
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    SecureBytes bytes = SecureBytes::copyOf(utf8);
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return bytes;
}

// The stream key and the check key, from the passphrase and the header's salt and cost.
struct Keys
{
    SecureBytes stream{crypto_secretstream_xchacha20poly1305_KEYBYTES};
    SecureBytes check{crypto_generichash_KEYBYTES};
};

bool deriveKeys(const QString &passphrase, const unsigned char *salt, quint64 opslimit,
                quint64 memlimit, Keys *keys)
{
    const SecureBytes secret = passphraseBytes(passphrase);
    SecureBytes master(crypto_kdf_KEYBYTES);
    if (crypto_pwhash(master.data(), master.size(), reinterpret_cast<const char *>(secret.data()),
                      secret.size(), salt, opslimit, std::size_t(memlimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return false;
    return crypto_kdf_derive_from_key(keys->stream.data(), keys->stream.size(), StreamKeyId,
                                      KdfContext, master.data()) == 0 &&
           crypto_kdf_derive_from_key(keys->check.data(), keys->check.size(), CheckKeyId,
                                      KdfContext, master.data()) == 0;
}

void keyCheck(const unsigned char *header, const Keys &keys, unsigned char *out)
{
    crypto_generichash(out, CheckSize, header, CheckOffset, keys.check.data(), keys.check.size());
}

quint64 chunkCount(quint64 plaintextSize, quint32 chunk)
{
    // An empty package is still one (empty) FINAL chunk, so even it authenticates.
    return plaintextSize == 0 ? 1 : (plaintextSize + chunk - 1) / chunk;
}

// Wipes the stream state when it goes out of scope.
struct StreamState
{
    crypto_secretstream_xchacha20poly1305_state state;
    ~StreamState() { sodium_memzero(&state, sizeof state); }
};
} // namespace

bool PackageCrypto::isEncrypted(QByteArrayView head)
{
    return head.size() >= MagicSize && std::memcmp(head.data(), Magic, MagicSize) == 0;
}

Result<PackageCrypto::SealingKey> PackageCrypto::deriveSealingKey(const QString &passphrase,
                                                                  const KdfCost &cost)
{
    if (sodium_init() < 0)
        return Error::storage(tr("The encryption library could not be started."));
    if (passphrase.isEmpty())
        return Error::invalid(tr("An encrypted package needs a passphrase."));
    SealingKey key;
    key.cost = cost;
    key.salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(key.salt.data(), crypto_pwhash_SALTBYTES);
    Keys keys;
    if (!deriveKeys(passphrase, reinterpret_cast<const unsigned char *>(key.salt.constData()),
                    cost.opslimit, cost.memlimit, &keys))
        return Error::storage(
            tr("The key for the package could not be derived (not enough memory?)."));
    key.stream = std::move(keys.stream);
    key.check = std::move(keys.check);
    return key;
}

Result<QByteArray> PackageCrypto::encrypt(const SecureBytes &plaintext, const QString &passphrase,
                                          const KdfCost &cost)
{
    auto key = deriveSealingKey(passphrase, cost);
    if (!key)
        return key.error();
    return encrypt(plaintext, key.value());
}

Result<QByteArray> PackageCrypto::encrypt(const SecureBytes &plaintext, const SealingKey &key)
{
    if (sodium_init() < 0)
        return Error::storage(tr("The encryption library could not be started."));
    if (plaintext.size() > MaxPlaintext)
        return Error::invalid(tr("The package is too large to be encrypted."));
    if (key.salt.size() != crypto_pwhash_SALTBYTES ||
        key.stream.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES ||
        key.check.size() != crypto_generichash_KEYBYTES)
        return Error::storage(tr("The key for the package could not be derived (not enough "
                                 "memory?)."));

    const quint32 chunk = ChunkSize;
    const quint64 chunks = chunkCount(plaintext.size(), chunk);
    QByteArray container(qsizetype(HeaderSize + plaintext.size() + chunks * Abytes), '\0');
    auto *header = reinterpret_cast<unsigned char *>(container.data());
    std::memcpy(header, Magic, MagicSize);
    header[7] = ContainerVersion;
    header[8] = KdfArgon2id13;
    putBig(header + 12, key.cost.opslimit, 8);
    putBig(header + 20, key.cost.memlimit, 8);
    std::memcpy(header + 28, key.salt.constData(), crypto_pwhash_SALTBYTES);
    putBig(header + 44, chunk, 4);
    putBig(header + 48, plaintext.size(), 8);

    Keys keys;
    std::memcpy(keys.stream.data(), key.stream.data(), keys.stream.size());
    std::memcpy(keys.check.data(), key.check.data(), keys.check.size());
    StreamState stream;
    crypto_secretstream_xchacha20poly1305_init_push(&stream.state, header + 56, keys.stream.data());
    keyCheck(header, keys, header + CheckOffset);

    unsigned char *out = header + HeaderSize;
    for (quint64 i = 0; i < chunks; ++i) {
        const quint64 offset = i * chunk;
        const quint64 length = qMin<quint64>(chunk, plaintext.size() - offset);
        const bool last = i + 1 == chunks;
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &stream.state, out, &written, plaintext.data() + offset, length,
            i == 0 ? header : nullptr, i == 0 ? HeaderSize : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        out += written;
    }
    return container;
}

Result<SecureBytes> PackageCrypto::decrypt(QByteArrayView container, const QString &passphrase,
                                           const QString &name)
{
    if (sodium_init() < 0)
        return Error::storage(tr("The encryption library could not be started."));
    if (!isEncrypted(container))
        return Error::refused(tr("\"%1\" is not an encrypted supervision package.").arg(name));
    if (container.size() < HeaderSize)
        return Error::integrity(
            tr("The package \"%1\" is incomplete: it was cut off after it was written.").arg(name));
    const auto *header = reinterpret_cast<const unsigned char *>(container.data());
    if (header[7] != ContainerVersion || header[8] != KdfArgon2id13)
        return Error::refused(tr("The package \"%1\" was encrypted by a newer version of "
                                 "DuoCoach, or its header was changed.")
                                  .arg(name));
    if (passphrase.isEmpty())
        return Error::refused(
            tr("The package \"%1\" is encrypted; give its passphrase to open it.").arg(name));

    const quint64 opslimit = getBig(header + 12, 8);
    const quint64 memlimit = getBig(header + 20, 8);
    const auto chunk = quint32(getBig(header + 44, 4));
    const quint64 plaintextSize = getBig(header + 48, 8);
    // Bounds before any work: a changed header must not make us allocate or compute forever.
    if (opslimit < crypto_pwhash_OPSLIMIT_MIN || opslimit > MaxOpslimit ||
        memlimit < crypto_pwhash_MEMLIMIT_MIN || memlimit > MaxMemlimit || chunk < MinChunk ||
        chunk > MaxChunk || plaintextSize > MaxPlaintext)
        return Error::integrity(
            tr("The package \"%1\" was changed after it was written: its header is not valid.")
                .arg(name));

    Keys keys;
    if (!deriveKeys(passphrase, header + 28, opslimit, memlimit, &keys))
        return Error::storage(
            tr("The key for the package could not be derived (not enough memory?)."));
    unsigned char check[CheckSize];
    keyCheck(header, keys, check);
    if (sodium_memcmp(check, header + CheckOffset, CheckSize) != 0)
        return Error::refused(
            tr("The passphrase does not open the package \"%1\" (or its header was changed).")
                .arg(name));

    // From here on the header is known to be as written.
    const quint64 chunks = chunkCount(plaintextSize, chunk);
    const quint64 expected = HeaderSize + plaintextSize + chunks * Abytes;
    if (quint64(container.size()) < expected)
        return Error::integrity(
            tr("The package \"%1\" is incomplete: it was cut off after it was written.").arg(name));
    if (quint64(container.size()) > expected)
        return Error::integrity(
            tr("The package \"%1\" was changed after it was written: bytes were added to it.")
                .arg(name));

    const Error changed = Error::integrity(
        tr("The package \"%1\" was changed after it was written: its content does not "
           "authenticate.")
            .arg(name));
    StreamState stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&stream.state, header + 56,
                                                        keys.stream.data()) != 0)
        return changed;
    SecureBytes plaintext{std::size_t(plaintextSize)};
    const unsigned char *in = header + HeaderSize;
    for (quint64 i = 0; i < chunks; ++i) {
        const quint64 offset = i * chunk;
        const quint64 length = qMin<quint64>(chunk, plaintextSize - offset);
        unsigned long long written = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &stream.state, plaintext.data() + offset, &written, &tag, in, length + Abytes,
                i == 0 ? header : nullptr, i == 0 ? HeaderSize : 0) != 0)
            return changed;
        const bool last = i + 1 == chunks;
        if (written != length || (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) != last)
            return changed;
        in += length + Abytes;
    }
    return plaintext;
}
