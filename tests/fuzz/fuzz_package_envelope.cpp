// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the package envelope reader (docs/package-format.md §2, security notes T11, T12, T18).
//
// Input: a whole package file. The reader holds a fixed recipient key pair and knows one fixed signer, so the seed
// packages (written with those keys, see BASELINE_WRITE_SEEDS below) verify and decrypt, and every mutation exercises
// the header, length, recipient, signer, signature and decryption checks. Contract: a refusal always says why; an
// acceptance happens only for an input whose signature verifies, and its header reads back the same.
//
// BASELINE_WRITE_SEEDS=DIR fuzz_package_envelope   writes the seed packages into DIR and exits.
#include "fuzzcheck.h"

#include "sync/envelope.h"
#include "sync/payload.h"

#include <QByteArray>
#include <QFile>

#include <sodium.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace baseline;
using namespace baseline::sync;

namespace {

struct Keys {
    QByteArray signPk{SignPublicBytes, Qt::Uninitialized};
    SecureBytes signSk{SignSecretBytes};
    QByteArray boxPk{BoxPublicBytes, Qt::Uninitialized};
    SecureBytes boxSk{BoxSecretBytes};
    Keys()
    {
        ensureSodium();
        unsigned char seed[32];
        for (unsigned i = 0; i < sizeof seed; ++i)
            seed[i] = static_cast<unsigned char>(i);
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(signPk.data()), signSk.data(), seed);
        seed[0] = 0xff;
        crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(boxPk.data()), boxSk.data(), seed);
    }
};

Keys& keys()
{
    static Keys k;
    return k;
}

void writeSeeds(const char* dir)
{
    ResultPayload r;
    r.deviceId = "00000000-0000-4000-8000-000000000001";
    r.deviceName = "seed laptop";
    WireInterview w;
    w.id = "00000000-0000-4000-8000-0000000000aa";
    w.instrumentId = "seed";
    w.status = "finalized";
    WireEvent e;
    e.rev = 1;
    e.itemPath = "q1";
    e.state = "value";
    e.valueType = "integer";
    e.hasInt = true;
    e.valueInt = 3;
    w.events.push_back(e);
    r.interviews.push_back(w);
    ReceiptPayload rc;
    rc.deviceId = "00000000-0000-4000-8000-000000000002";
    rc.lines.push_back(WireReceiptLine{w.id, 1, "finalized"});
    const QByteArray big(200 * 1024, 'x'); // several secretstream chunks
    const std::pair<PackageKind, QByteArray> seeds[] = {{PackageKind::Result, writePayload(r)},
                                                        {PackageKind::Receipt, writePayload(rc)},
                                                        {PackageKind::Result, QByteArray()},
                                                        {PackageKind::Assignment, big}};
    int n = 0;
    for (const auto& [kind, payload] : seeds) {
        SealInput in;
        in.kind = kind;
        in.packageId = QByteArray(PackageIdBytes, char(n));
        in.createdAt = 1764800000;
        in.senderSignPk = keys().signPk;
        in.senderSignSk = &keys().signSk;
        in.recipientBoxPk = keys().boxPk;
        QFile f(QString::fromLocal8Bit(dir) + QStringLiteral("/seed-%1.blnpkg").arg(n++));
        if (!f.open(QIODevice::WriteOnly) || f.write(seal(in, payload)) < 0)
            std::exit(1);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (const char* dir = std::getenv("BASELINE_WRITE_SEEDS")) {
        writeSeeds(dir);
        std::exit(0);
    }
    (void)keys();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray file(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    EnvelopeHeader h;
    const Rejection headerOnly = readHeader(file, h);
    FUZZ_CHECK(!headerOnly || !headerOnly.message.isEmpty());

    const Opened o = open(file, keys().boxPk, keys().boxSk, [](const QByteArray& pk) {
        SignerStatus s;
        s.known = pk == keys().signPk;
        s.name = QStringLiteral("seed signer");
        return s;
    });
    if (o.rejection) {
        FUZZ_CHECK(!o.rejection.message.isEmpty());
        FUZZ_CHECK(o.payload.isEmpty());
        return 0;
    }
    // Accepted: the header alone must have been fine, and the signature must really verify.
    FUZZ_CHECK(!headerOnly);
    FUZZ_CHECK(o.header.senderSignPk == keys().signPk);
    FUZZ_CHECK(size >= crypto_sign_BYTES);
    FUZZ_CHECK(crypto_sign_verify_detached(data + size - crypto_sign_BYTES, data, size - crypto_sign_BYTES,
                                           reinterpret_cast<const unsigned char*>(keys().signPk.constData()))
               == 0);
    FUZZ_CHECK(o.payload.size() < file.size());
    return 0;
}
