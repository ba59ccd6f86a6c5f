// SPDX-License-Identifier: GPL-3.0-or-later
#include "securebytes.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace baseline {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::wipe()
{
    if (m_data) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data); // sodium_free also zeroes; the explicit call documents intent
    }
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::fromRaw(const void* data, std::size_t size)
{
    SecureBytes out(size);
    if (size)
        std::memcpy(out.m_data, data, size);
    return out;
}

SecureBytes SecureBytes::fromUtf8(const QString& text)
{
    // Count first, then encode in place: QString::toUtf8() would leave an unwiped heap copy behind.
    const char16_t* s = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    auto codePointAt = [&](qsizetype& i) -> char32_t {
        char32_t c = s[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD; // lone surrogate
        }
        return c;
    };
    std::size_t bytes = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char32_t c = codePointAt(i);
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    SecureBytes out(bytes);
    std::size_t o = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char32_t c = codePointAt(i);
        if (c < 0x80) {
            out.m_data[o++] = static_cast<std::uint8_t>(c);
        } else if (c < 0x800) {
            out.m_data[o++] = static_cast<std::uint8_t>(0xC0 | (c >> 6));
            out.m_data[o++] = static_cast<std::uint8_t>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out.m_data[o++] = static_cast<std::uint8_t>(0xE0 | (c >> 12));
            out.m_data[o++] = static_cast<std::uint8_t>(0x80 | ((c >> 6) & 0x3F));
            out.m_data[o++] = static_cast<std::uint8_t>(0x80 | (c & 0x3F));
        } else {
            out.m_data[o++] = static_cast<std::uint8_t>(0xF0 | (c >> 18));
            out.m_data[o++] = static_cast<std::uint8_t>(0x80 | ((c >> 12) & 0x3F));
            out.m_data[o++] = static_cast<std::uint8_t>(0x80 | ((c >> 6) & 0x3F));
            out.m_data[o++] = static_cast<std::uint8_t>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes out(m_size * 2 + 1); // sodium_bin2hex writes a terminating NUL
    if (m_size)
        sodium_bin2hex(reinterpret_cast<char*>(out.m_data), out.m_size, m_data, m_size);
    out.m_size = m_size * 2; // the NUL stays inside the allocation and is wiped with it
    return out;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

} // namespace baseline
