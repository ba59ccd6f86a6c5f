// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/securebytes.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>

namespace baseline::sync {

/**
 * The package envelope (docs/package-format.md): a fixed header, the payload key sealed to the recipient's X25519
 * key, the payload encrypted with libsodium's secretstream (XChaCha20-Poly1305, chunked, final tag required), and an
 * Ed25519 signature by the sender over everything before it. Reading checks, in this order: size and magic, format
 * version, header fields, exact length, recipient, signer (known, not revoked), signature; only then does it decrypt,
 * and only the decrypted, authenticated payload ever reaches a deserialiser.
 */

inline constexpr int SignPublicBytes = 32;
inline constexpr int SignSecretBytes = 64;
inline constexpr int BoxPublicBytes = 32;
inline constexpr int BoxSecretBytes = 32;
inline constexpr int PackageIdBytes = 16;
inline constexpr std::uint16_t FormatVersion = 1;
inline constexpr qint64 MaxPackageBytes = qint64(1) << 30; ///< 1 GiB on disk
inline constexpr qint64 MaxPayloadBytes = qint64(1) << 30; ///< 1 GiB decrypted

enum class PackageKind : std::uint8_t { Result = 1, Receipt = 2, Assignment = 3 };
QString packageKindName(PackageKind kind);

/** Why a package was refused. Each has its own message; none changes the workspace. */
enum class Problem {
    None,
    NotAPackage, ///< wrong magic: not a Baseline package at all
    NewerFormat, ///< made by a newer Baseline
    BadHeader, ///< a header field out of range
    Truncated, ///< shorter than its header says
    TrailingBytes, ///< longer than its header says
    TooLarge, ///< over the size cap before or after decryption
    WrongKind, ///< a receipt where a result was expected, and so on
    WrongRecipient, ///< sealed to another workspace's key
    UnknownSigner, ///< signed by a device this workspace never enrolled
    RevokedSigner, ///< signed by a device whose enrolment was revoked
    BadSignature, ///< altered or damaged after signing
    CannotDecrypt, ///< the sealed key or a payload chunk fails authentication
    BadPayload, ///< authenticated, but the content cannot be read or is inconsistent
    SignerMismatch, ///< the signing key is not the key of the device named inside
    Unsupported, ///< refers to something this workspace cannot accept (an instrument file that differs, ...)
    AlreadyImported, ///< not an error: the same package was imported before, nothing changed
    Internal, ///< the workspace failed (disk full, ...): nothing was applied
};
QString problemName(Problem problem);

struct Rejection {
    Problem problem = Problem::None;
    QString message;
    explicit operator bool() const { return problem != Problem::None; }
};

struct EnvelopeHeader {
    std::uint16_t version = 0;
    PackageKind kind = PackageKind::Result;
    QByteArray packageId; ///< 16 random bytes
    qint64 createdAt = 0; ///< seconds since the epoch, the sender's clock
    QByteArray senderSignPk; ///< Ed25519
    QByteArray recipientBoxPk; ///< X25519
    qint64 ciphertextBytes = 0;
};

/** What the reader needs to know about a signing key. */
struct SignerStatus {
    bool known = false;
    bool revoked = false;
    QString name; ///< for messages
    QString revokedAt;
};
using SignerLookup = std::function<SignerStatus(const QByteArray& signPk)>;

struct SealInput {
    PackageKind kind = PackageKind::Result;
    QByteArray packageId; ///< empty: a random one
    qint64 createdAt = 0;
    QByteArray senderSignPk;
    const SecureBytes* senderSignSk = nullptr;
    QByteArray recipientBoxPk;
};

/** Writes a whole package. The payload key is random, used once and wiped: the sender cannot open its own package. */
QByteArray seal(const SealInput& in, const QByteArray& payload);

/** Reads only the fixed header (no cryptography); checks magic, version, fields and exact length. */
Rejection readHeader(const QByteArray& file, EnvelopeHeader& header);

struct Opened {
    Rejection rejection;
    EnvelopeHeader header;
    QByteArray payload; ///< authenticated plaintext; empty when rejected
};

/** Verifies and decrypts. `recipientBoxSk` is the reader's X25519 secret key. */
Opened open(const QByteArray& file, const QByteArray& recipientBoxPk, const SecureBytes& recipientBoxSk,
            const SignerLookup& signer);

/** A fingerprint people can read aloud and compare: twelve groups of four digits over both public keys. */
QString fingerprint(const QByteArray& signPk, const QByteArray& boxPk);

} // namespace baseline::sync
