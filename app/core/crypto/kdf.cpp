// SPDX-License-Identifier: GPL-3.0-or-later
#include "kdf.h"

#include "common/logging.h"

#include <QElapsedTimer>
#include <QJsonValue>

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace baseline {

QJsonObject KdfParams::toJson() const
{
    return QJsonObject{
        {QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
        {QStringLiteral("opslimit"), QString::number(opsLimit)},
        {QStringLiteral("memlimit"), QString::number(memLimit)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
    };
}

Result<KdfParams> KdfParams::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("algorithm")).toString() != QStringLiteral("argon2id13"))
        return makeError(ErrorCode::NewerVersion,
                         QStringLiteral("key derivation '%1' is unknown to this version of Baseline")
                             .arg(json.value(QStringLiteral("algorithm")).toString()));
    KdfParams p;
    bool okOps = false;
    bool okMem = false;
    p.opsLimit = json.value(QStringLiteral("opslimit")).toString().toULongLong(&okOps);
    p.memLimit = json.value(QStringLiteral("memlimit")).toString().toULongLong(&okMem);
    p.salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1());
    if (!okOps || !okMem || p.opsLimit < crypto_pwhash_OPSLIMIT_MIN || p.opsLimit > crypto_pwhash_OPSLIMIT_MAX
        || p.memLimit < crypto_pwhash_MEMLIMIT_MIN || p.memLimit > (4ull << 30)
        || p.salt.size() != crypto_pwhash_SALTBYTES)
        return makeError(ErrorCode::Corrupt, QStringLiteral("key parameters are out of range or malformed"));
    return p;
}

KdfParams KdfParams::withRandomSalt(std::uint64_t opsLimit, std::uint64_t memLimit)
{
    ensureSodium();
    KdfParams p;
    p.opsLimit = opsLimit;
    p.memLimit = memLimit;
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), static_cast<std::size_t>(p.salt.size()));
    return p;
}

namespace kdf {

Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const KdfParams& params)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium could not be initialised"));
    if (params.salt.size() != crypto_pwhash_SALTBYTES)
        return makeError(ErrorCode::Corrupt, QStringLiteral("key salt has the wrong length"));
    SecureBytes key(KeyBytes);
    const auto* pass = reinterpret_cast<const char*>(passphrase.isEmpty() ? reinterpret_cast<const std::uint8_t*>("")
                                                                          : passphrase.data());
    if (crypto_pwhash(key.data(), key.size(), pass, passphrase.size(),
                      reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opsLimit,
                      static_cast<std::size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(
            ErrorCode::Crypto,
            QStringLiteral("not enough memory to derive the key (%1 MiB needed)").arg(params.memLimit / (1024 * 1024)));
    return key;
}

KdfParams calibrate(std::chrono::milliseconds target, std::uint64_t memLimit)
{
    memLimit = std::max(memLimit, MinMemLimit);
    auto probe = KdfParams::withRandomSalt(MinOpsLimit, memLimit);
    const auto pass = SecureBytes::fromUtf8(QStringLiteral("calibration"));
    QElapsedTimer timer;
    timer.start();
    auto key = deriveKey(pass, probe);
    const double elapsed = std::max<qint64>(1, timer.elapsed());
    if (!key) // not enough memory: fall back to the floor, still above ASVS minimums
        return KdfParams::withRandomSalt(MinOpsLimit * 2, MinMemLimit);
    // Argon2 time is linear in the ops limit at a fixed memory size.
    const double perPass = elapsed / static_cast<double>(MinOpsLimit);
    const auto ops = static_cast<std::uint64_t>(std::llround(static_cast<double>(target.count()) / perPass));
    probe.opsLimit = std::clamp<std::uint64_t>(ops, MinOpsLimit, 64);
    qCDebug(lcCrypto) << "calibrated Argon2id:" << probe.opsLimit << "passes at" << memLimit / (1024 * 1024) << "MiB";
    return KdfParams::withRandomSalt(probe.opsLimit, memLimit);
}

KdfParams insecureTestParams()
{
    return KdfParams::withRandomSalt(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

QByteArray keyCheck(const SecureBytes& key)
{
    static constexpr char label[] = "baseline/workspace-key-check/v1";
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<std::size_t>(out.size()),
                       reinterpret_cast<const unsigned char*>(label), sizeof(label) - 1, key.data(), key.size());
    return out;
}

} // namespace kdf
} // namespace baseline
