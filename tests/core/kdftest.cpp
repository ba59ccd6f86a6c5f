// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "crypto/kdf.h"
#include "platform/platform.h"

#include <catch2/catch_test_macros.hpp>

#include <cstring>

using namespace baseline;

TEST_CASE("passphrases are encoded as UTF-8 straight into guarded memory", "[crypto]")
{
    const auto b = SecureBytes::fromUtf8(QStringLiteral("aé☂😀"));
    const QByteArray expected = QStringLiteral("aé☂😀").toUtf8();
    REQUIRE(b.size() == static_cast<std::size_t>(expected.size()));
    CHECK(std::memcmp(b.data(), expected.constData(), b.size()) == 0);
    CHECK(SecureBytes::fromUtf8(QString()).isEmpty());
}

TEST_CASE("Argon2id derivation is deterministic per salt and differs across salts and passphrases", "[crypto]")
{
    const auto params = kdf::insecureTestParams();
    auto a = kdf::deriveKey(test::pass(), params);
    auto b = kdf::deriveKey(test::pass(), params);
    auto other = kdf::deriveKey(test::pass(QStringLiteral("another")), params);
    auto salted = kdf::deriveKey(test::pass(), kdf::insecureTestParams());
    REQUIRE((a.ok() && b.ok() && other.ok() && salted.ok()));
    CHECK(a->size() == kdf::KeyBytes);
    CHECK(a->equals(b.value()));
    CHECK_FALSE(a->equals(other.value()));
    CHECK_FALSE(a->equals(salted.value()));
    CHECK(kdf::keyCheck(a.value()) == kdf::keyCheck(b.value()));
    CHECK(kdf::keyCheck(a.value()) != kdf::keyCheck(other.value()));
}

TEST_CASE("calibrated parameters respect the ASVS floors and round-trip through JSON", "[crypto]")
{
    const auto p = kdf::calibrate(std::chrono::milliseconds(50), 32ull << 20);
    CHECK(p.opsLimit >= kdf::MinOpsLimit);
    CHECK(p.memLimit >= kdf::MinMemLimit);
    CHECK(p.salt.size() == 16);
    auto back = KdfParams::fromJson(p.toJson());
    REQUIRE(back.ok());
    CHECK(back->opsLimit == p.opsLimit);
    CHECK(back->memLimit == p.memLimit);
    CHECK(back->salt == p.salt);

    auto json = p.toJson();
    json.insert(QStringLiteral("algorithm"), QStringLiteral("argon9"));
    CHECK(KdfParams::fromJson(json).code() == ErrorCode::NewerVersion);
    json = p.toJson();
    json.insert(QStringLiteral("salt"), QStringLiteral("c2hvcnQ="));
    CHECK(KdfParams::fromJson(json).code() == ErrorCode::Corrupt);
}

TEST_CASE("process hardening turns core dumps off (T22)", "[platform]")
{
    REQUIRE(platform::hardenProcess());
    CHECK(platform::coreDumpsDisabled());
}
