// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace baseline {

/** Makes sure libsodium is initialised; safe to call from any thread, any number of times. */
bool ensureSodium();

/**
 * Bytes that must not outlive their use: passphrases and keys. Held in libsodium's guarded heap (locked in memory,
 * so never swapped to disk, with guard pages), wiped with sodium_memzero when wiped or destroyed. Move-only.
 */
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    /** UTF-8 encoding of text, written straight into guarded memory (no intermediate QByteArray to leave behind). */
    static SecureBytes fromUtf8(const QString& text);
    static SecureBytes fromRaw(const void* data, std::size_t size);

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /** Lower-case hex, in guarded memory: the form SQLCipher's raw-key PRAGMA takes. */
    SecureBytes toHex() const;
    bool equals(const SecureBytes& other) const;

    /** Zeroes and frees the bytes now. */
    void wipe();

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace baseline
