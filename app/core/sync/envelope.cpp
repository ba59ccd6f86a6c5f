// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/envelope.h"

#include <QStringList>
#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace baseline::sync {

namespace {

// Layout (little-endian integers), docs/package-format.md §2.
constexpr char Magic[8] = {'B', 'L', 'N', 'P', 'K', 'G', '\r', '\n'};
constexpr int OffVersion = 8;
constexpr int OffKind = 10;
constexpr int OffReserved = 11;
constexpr int OffPackageId = 12;
constexpr int OffCreated = 28;
constexpr int OffSender = 36;
constexpr int OffRecipient = 68;
constexpr int OffSealedLen = 100;
constexpr int OffCipherLen = 104;
constexpr int HeaderBytes = 112;
constexpr int SealedKeyBytes = crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES; // 80
constexpr int SignatureBytes = crypto_sign_BYTES; // 64
constexpr int FixedBytes = HeaderBytes + SealedKeyBytes + SignatureBytes; // 256 + ciphertext
constexpr std::size_t ChunkBytes = 64 * 1024;
constexpr std::size_t StreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t ChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;

const auto* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

Rejection reject(Problem p, const QString& message)
{
    return Rejection{p, message};
}

QString hexPrefix(const QByteArray& key)
{
    return QString::fromLatin1(key.left(6).toHex());
}

} // namespace

QString packageKindName(PackageKind kind)
{
    switch (kind) {
    case PackageKind::Result:
        return QStringLiteral("result");
    case PackageKind::Receipt:
        return QStringLiteral("receipt");
    case PackageKind::Assignment:
        return QStringLiteral("assignment");
    }
    return QStringLiteral("unknown");
}

QString problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("ok");
    case Problem::NotAPackage:
        return QStringLiteral("not-a-package");
    case Problem::NewerFormat:
        return QStringLiteral("newer-format");
    case Problem::BadHeader:
        return QStringLiteral("bad-header");
    case Problem::Truncated:
        return QStringLiteral("truncated");
    case Problem::TrailingBytes:
        return QStringLiteral("trailing-bytes");
    case Problem::TooLarge:
        return QStringLiteral("too-large");
    case Problem::WrongKind:
        return QStringLiteral("wrong-kind");
    case Problem::WrongRecipient:
        return QStringLiteral("wrong-recipient");
    case Problem::UnknownSigner:
        return QStringLiteral("unknown-signer");
    case Problem::RevokedSigner:
        return QStringLiteral("revoked-signer");
    case Problem::BadSignature:
        return QStringLiteral("bad-signature");
    case Problem::CannotDecrypt:
        return QStringLiteral("cannot-decrypt");
    case Problem::BadPayload:
        return QStringLiteral("bad-payload");
    case Problem::SignerMismatch:
        return QStringLiteral("signer-mismatch");
    case Problem::Unsupported:
        return QStringLiteral("unsupported");
    case Problem::AlreadyImported:
        return QStringLiteral("already-imported");
    case Problem::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

QByteArray seal(const SealInput& in, const QByteArray& payload)
{
    ensureSodium();
    QByteArray packageId = in.packageId;
    if (packageId.size() != PackageIdBytes) {
        packageId.resize(PackageIdBytes);
        randombytes_buf(packageId.data(), PackageIdBytes);
    }
    const std::size_t chunks = payload.isEmpty() ? 1 : (std::size_t(payload.size()) + ChunkBytes - 1) / ChunkBytes;
    const qint64 cipherBytes = qint64(StreamHeaderBytes + std::size_t(payload.size()) + chunks * ChunkOverhead);

    QByteArray out(FixedBytes + cipherBytes, Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    std::memcpy(o, Magic, sizeof Magic);
    qToLittleEndian<quint16>(FormatVersion, o + OffVersion);
    o[OffKind] = static_cast<unsigned char>(in.kind);
    o[OffReserved] = 0;
    std::memcpy(o + OffPackageId, packageId.constData(), PackageIdBytes);
    qToLittleEndian<qint64>(in.createdAt, o + OffCreated);
    std::memcpy(o + OffSender, in.senderSignPk.constData(), SignPublicBytes);
    std::memcpy(o + OffRecipient, in.recipientBoxPk.constData(), BoxPublicBytes);
    qToLittleEndian<quint32>(SealedKeyBytes, o + OffSealedLen);
    qToLittleEndian<qint64>(cipherBytes, o + OffCipherLen);

    // A fresh payload key, sealed to the recipient; the sender keeps no copy (T17).
    SecureBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(key.data());
    crypto_box_seal(o + HeaderBytes, key.data(), key.size(), bytes(in.recipientBoxPk));

    crypto_secretstream_xchacha20poly1305_state st;
    unsigned char* c = o + HeaderBytes + SealedKeyBytes;
    crypto_secretstream_xchacha20poly1305_init_push(&st, c, key.data());
    key.wipe();
    c += StreamHeaderBytes;
    const auto* p = bytes(payload);
    std::size_t left = std::size_t(payload.size());
    do {
        const std::size_t n = std::min(left, ChunkBytes);
        const bool last = n == left;
        unsigned long long written = 0;
        // Every chunk carries the header as associated data: it cannot be moved under another header.
        crypto_secretstream_xchacha20poly1305_push(&st, c, &written, p, n, o, HeaderBytes,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                        : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        c += written;
        p += n;
        left -= n;
        if (last)
            break;
    } while (true);
    sodium_memzero(&st, sizeof st);

    const std::size_t signedBytes = std::size_t(out.size()) - SignatureBytes;
    crypto_sign_detached(o + signedBytes, nullptr, o, signedBytes, in.senderSignSk->data());
    return out;
}

Rejection readHeader(const QByteArray& file, EnvelopeHeader& h)
{
    const auto* f = bytes(file);
    const qint64 size = file.size();
    const qint64 magicBytes = std::min<qint64>(size, sizeof Magic);
    if (size == 0 || std::memcmp(f, Magic, std::size_t(magicBytes)) != 0)
        return reject(Problem::NotAPackage,
                      QStringLiteral("not a Baseline package (it does not start with the "
                                     "package signature)"));
    if (size < HeaderBytes)
        return reject(Problem::Truncated,
                      QStringLiteral("truncated: %1 bytes, shorter than the package header").arg(size));
    h.version = qFromLittleEndian<quint16>(f + OffVersion);
    if (h.version > FormatVersion)
        return reject(Problem::NewerFormat,
                      QStringLiteral("made by a newer Baseline (package format %1; this one "
                                     "reads format %2): update Baseline to import it")
                          .arg(h.version)
                          .arg(FormatVersion));
    if (h.version == 0)
        return reject(Problem::BadHeader, QStringLiteral("damaged header: package format 0 does not exist"));
    const unsigned kind = f[OffKind];
    if (kind < 1 || kind > 3 || f[OffReserved] != 0)
        return reject(Problem::BadHeader, QStringLiteral("damaged header: unknown package kind %1").arg(kind));
    h.kind = static_cast<PackageKind>(kind);
    h.packageId = file.mid(OffPackageId, PackageIdBytes);
    h.createdAt = qFromLittleEndian<qint64>(f + OffCreated);
    h.senderSignPk = file.mid(OffSender, SignPublicBytes);
    h.recipientBoxPk = file.mid(OffRecipient, BoxPublicBytes);
    if (qFromLittleEndian<quint32>(f + OffSealedLen) != SealedKeyBytes)
        return reject(Problem::BadHeader, QStringLiteral("damaged header: unexpected sealed-key length"));
    h.ciphertextBytes = qFromLittleEndian<qint64>(f + OffCipherLen);
    const qint64 minCipher = qint64(StreamHeaderBytes + ChunkOverhead);
    if (h.ciphertextBytes < minCipher)
        return reject(Problem::BadHeader,
                      QStringLiteral("damaged header: payload length %1 is impossible").arg(h.ciphertextBytes));
    if (h.ciphertextBytes > MaxPackageBytes - FixedBytes)
        return reject(Problem::TooLarge,
                      QStringLiteral("the header announces %1 bytes, over the %2-byte limit")
                          .arg(h.ciphertextBytes)
                          .arg(MaxPackageBytes));
    const qint64 expected = FixedBytes + h.ciphertextBytes;
    if (size < expected)
        return reject(Problem::Truncated,
                      QStringLiteral("truncated: %1 of %2 bytes (copied only in part?)").arg(size).arg(expected));
    if (size > expected)
        return reject(Problem::TrailingBytes,
                      QStringLiteral("%1 unexpected bytes after the end of the package").arg(size - expected));
    return {};
}

Opened open(const QByteArray& file, const QByteArray& recipientBoxPk, const SecureBytes& recipientBoxSk,
            const SignerLookup& signer)
{
    ensureSodium();
    Opened out;
    if (file.size() > MaxPackageBytes) {
        out.rejection =
            reject(Problem::TooLarge,
                   QStringLiteral("%1 bytes, over the %2-byte package limit").arg(file.size()).arg(MaxPackageBytes));
        return out;
    }
    EnvelopeHeader& h = out.header;
    if (auto r = readHeader(file, h)) {
        out.rejection = r;
        return out;
    }
    if (h.recipientBoxPk != recipientBoxPk) {
        out.rejection = reject(Problem::WrongRecipient,
                               QStringLiteral("sealed to another workspace (recipient key %1…, this workspace is %2…)")
                                   .arg(hexPrefix(h.recipientBoxPk), hexPrefix(recipientBoxPk)));
        return out;
    }
    const SignerStatus s = signer(h.senderSignPk);
    if (!s.known) {
        out.rejection = reject(Problem::UnknownSigner,
                               QStringLiteral("signed by a device this workspace has not enrolled (key %1…)")
                                   .arg(hexPrefix(h.senderSignPk)));
        return out;
    }
    if (s.revoked) {
        out.rejection =
            reject(Problem::RevokedSigner,
                   QStringLiteral("signed by %1, whose enrolment was revoked on %2").arg(s.name, s.revokedAt));
        return out;
    }
    const auto* f = bytes(file);
    const std::size_t signedBytes = std::size_t(file.size()) - SignatureBytes;
    if (crypto_sign_verify_detached(f + signedBytes, f, signedBytes, bytes(h.senderSignPk)) != 0) {
        out.rejection = reject(Problem::BadSignature,
                               QStringLiteral("the signature of %1 does not match: the file "
                                              "was altered or damaged after it was written")
                                   .arg(s.name));
        return out;
    }

    SecureBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (crypto_box_seal_open(key.data(), f + HeaderBytes, SealedKeyBytes, bytes(recipientBoxPk), recipientBoxSk.data())
        != 0) {
        out.rejection = reject(Problem::CannotDecrypt,
                               QStringLiteral("the payload key cannot be opened with this "
                                              "workspace's key"));
        return out;
    }
    const unsigned char* c = f + HeaderBytes + SealedKeyBytes;
    std::size_t left = std::size_t(h.ciphertextBytes);
    crypto_secretstream_xchacha20poly1305_state st;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&st, c, key.data()) != 0) {
        out.rejection = reject(Problem::CannotDecrypt, QStringLiteral("the payload stream header is invalid"));
        return out;
    }
    key.wipe();
    c += StreamHeaderBytes;
    left -= StreamHeaderBytes;
    const qint64 plainMax = h.ciphertextBytes; // plaintext is always shorter than the ciphertext
    if (plainMax > MaxPayloadBytes) {
        out.rejection =
            reject(Problem::TooLarge, QStringLiteral("the payload is over the %1-byte limit").arg(MaxPayloadBytes));
        return out;
    }
    QByteArray plain(plainMax, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(plain.data());
    std::size_t plainBytes = 0;
    bool final = false;
    while (left > 0) {
        const std::size_t n = std::min(left, ChunkBytes + ChunkOverhead);
        unsigned long long got = 0;
        unsigned char tag = 0;
        if (final
            || crypto_secretstream_xchacha20poly1305_pull(&st, p + plainBytes, &got, &tag, c, n, f, HeaderBytes) != 0) {
            sodium_memzero(plain.data(), std::size_t(plain.size()));
            out.rejection = reject(Problem::CannotDecrypt,
                                   QStringLiteral("payload chunk at byte %1 fails authentication").arg(qint64(c - f)));
            return out;
        }
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        plainBytes += got;
        c += n;
        left -= n;
    }
    sodium_memzero(&st, sizeof st);
    if (!final) {
        sodium_memzero(plain.data(), std::size_t(plain.size()));
        out.rejection = reject(Problem::Truncated, QStringLiteral("the payload ends without its final chunk"));
        return out;
    }
    plain.truncate(qsizetype(plainBytes));
    out.payload = std::move(plain);
    return out;
}

QString fingerprint(const QByteArray& signPk, const QByteArray& boxPk)
{
    ensureSodium();
    unsigned char digest[32];
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, sizeof digest);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>("baseline-fpr-v1"), 15);
    crypto_generichash_update(&st, bytes(signPk), std::size_t(signPk.size()));
    crypto_generichash_update(&st, bytes(boxPk), std::size_t(boxPk.size()));
    crypto_generichash_final(&st, digest, sizeof digest);
    // Twelve groups of four decimal digits from 12 x 20 bits: easy to read aloud, ~240 bits compared.
    QStringList groups;
    for (int g = 0; g < 12; ++g) {
        const int bit = g * 20;
        quint32 v = 0;
        for (int b = 0; b < 20; ++b) {
            const int at = bit + b;
            v = (v << 1) | ((digest[at / 8] >> (7 - at % 8)) & 1U);
        }
        groups << QStringLiteral("%1").arg(v % 10000, 4, 10, QLatin1Char('0'));
    }
    return groups.join(QLatin1Char(' '));
}

} // namespace baseline::sync
