#include "SecureBytes.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(std::calloc(size, 1));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    m_release = std::free;
}

SecureBytes SecureBytes::adopt(unsigned char *data, std::size_t size, Release release)
{
    SecureBytes bytes;
    bytes.m_data = data;
    bytes.m_size = data ? size : 0;
    bytes.m_release = release;
    return bytes;
}

SecureBytes SecureBytes::copyOf(QByteArrayView source)
{
    SecureBytes bytes(std::size_t(source.size()));
    if (!source.isEmpty())
        std::memcpy(bytes.m_data, source.data(), std::size_t(source.size()));
    return bytes;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_release(std::exchange(other.m_release, nullptr))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_release = std::exchange(other.m_release, nullptr);
    }
    return *this;
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        if (m_release)
            m_release(m_data);
    }
    m_data = nullptr;
    m_size = 0;
    m_release = nullptr;
}
