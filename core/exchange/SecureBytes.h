#pragma once
// A byte buffer for secrets and decrypted packages: wiped (sodium_memzero) before its memory is
// given back, so a plaintext package or a key does not linger in freed memory. Move-only, so
// no stray copy escapes the wiping.

#include <QByteArrayView>

#include <cstddef>

class SecureBytes
{
public:
    using Release = void (*)(void *);

    SecureBytes() = default;
    // `size` zero bytes.
    explicit SecureBytes(std::size_t size);
    // Takes over memory allocated elsewhere (sqlite3_serialize's, say), given back by release.
    static SecureBytes adopt(unsigned char *data, std::size_t size, Release release);
    static SecureBytes copyOf(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const
    {
        return {reinterpret_cast<const char *>(m_data), qsizetype(m_size)};
    }
    // Wipes and frees now.
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
    Release m_release = nullptr;
};
