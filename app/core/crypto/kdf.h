// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/securebytes.h"

#include <QByteArray>
#include <QJsonObject>

#include <chrono>
#include <cstdint>

namespace baseline {

/** Argon2id parameters and salt for one workspace key. Stored beside the database, never secret. */
struct KdfParams {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; ///< bytes
    QByteArray salt; ///< crypto_pwhash_SALTBYTES random bytes

    QJsonObject toJson() const;
    static Result<KdfParams> fromJson(const QJsonObject& json);
    /** Fresh random salt with the given cost. */
    static KdfParams withRandomSalt(std::uint64_t opsLimit, std::uint64_t memLimit);
};

namespace kdf {

inline constexpr std::size_t KeyBytes = 32;
/** Floors from OWASP ASVS 5.0 appendix C (Argon2id t >= 2, m >= 19 MiB); calibration never goes below them. */
inline constexpr std::uint64_t MinOpsLimit = 2;
inline constexpr std::uint64_t DefaultMemLimit = 128ull * 1024 * 1024;
inline constexpr std::uint64_t MinMemLimit = 19ull * 1024 * 1024;

/** Derives the 32-byte workspace key from a passphrase with Argon2id (libsodium crypto_pwhash). */
Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const KdfParams& params);

/** Picks an ops limit so one derivation at memLimit takes about `target` on this machine (never below the floors). */
KdfParams calibrate(std::chrono::milliseconds target = std::chrono::milliseconds(500),
                    std::uint64_t memLimit = DefaultMemLimit);

/** Cheap parameters for tests only: the minimum libsodium accepts. Never used by the app or CLI. */
KdfParams insecureTestParams();

/** A value that proves knowledge of the key without revealing it: BLAKE2b-256 keyed by the key over a fixed label.
 *  Lets unlock tell "wrong passphrase" from "damaged file" without opening the database. */
QByteArray keyCheck(const SecureBytes& key);

} // namespace kdf
} // namespace baseline
