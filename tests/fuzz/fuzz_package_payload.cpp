// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the payload reader behind authentication (docs/package-format.md §3, security notes T18):
// the Boost.Serialization text archive of a result, receipt or assignment payload. A hostile sender would have to be
// enrolled to get this far, but the reader must still never crash, abort, or allocate more than the input's size.
//
// Input: one mode byte (0: result, 1: receipt, 2: assignment; taken modulo 3), then the payload.
// Contract: a refusal says why and leaves the output empty; an accepted payload writes back to bytes that read back
// to the same payload (checked through a second write).
//
// BASELINE_WRITE_SEEDS=DIR fuzz_package_payload   writes the seed payloads into DIR and exits.
#include "fuzzcheck.h"

#include "sync/payload.h"

#include <QByteArray>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace baseline::sync;

namespace {

template<class P> void roundTrip(const QByteArray& bytes)
{
    P p;
    const QString error = readPayload(bytes, p);
    if (!error.isEmpty()) {
        FUZZ_CHECK(writePayload(p) == writePayload(P{}));
        return;
    }
    const QByteArray again = writePayload(p);
    P q;
    FUZZ_CHECK(readPayload(again, q).isEmpty());
    FUZZ_CHECK(writePayload(q) == again);
}

void writeSeeds(const char* dir)
{
    ResultPayload r;
    r.deviceId = "00000000-0000-4000-8000-000000000001";
    r.deviceName = "laptop \xc3\xa9 \xd8\xb9";
    r.agencies.push_back(WireAgency{"a1", "Central station", "station", "North", ""});
    r.assessments.push_back(
        WireAssessment{"s1", "a1", "Baseline 2026", "2026-01-01", "2026-06-30", 120, {"x"}, {"1.0.0"}});
    r.instruments.push_back(WireInstrument{"x", "1.0.0", "00", "{\"id\": \"x\"}"});
    WireInterview w;
    w.id = "00000000-0000-4000-8000-0000000000aa";
    w.instrumentId = "x";
    w.status = "finalized";
    for (int i = 1; i <= 3; ++i) {
        WireEvent e;
        e.rev = i;
        e.itemPath = i == 2 ? "roster[00000000-0000-4000-8000-0000000000bb]/age" : "q1";
        e.state = i == 3 ? "dont_know" : "value";
        e.valueType = i == 3 ? "" : "decimal";
        e.hasReal = i != 3;
        e.valueReal = 2.5 * i;
        e.at = "2026-03-15T10:00:00.000Z";
        w.events.push_back(e);
    }
    w.attachments.push_back(
        WireAttachment{"p1", "photo.jpg", "image/jpeg", "ab", std::string("\xff\xd8\0\x01 \n", 6), "t"});
    w.audit.push_back(WireAudit{7, "t", "dev", "status", "finalized"});
    w.paradata.push_back(
        WireParadataItem{"q1", "2026-03-15T09:59:00.000Z", "2026-03-15T10:00:00.000Z", "2026-03-15T10:01:00.000Z", 2});
    w.visits.push_back(WireVisit{"2026-03-15T09:58:00.000Z", "2026-03-15T10:01:00.000Z", r.deviceId});
    r.interviews.push_back(w);
    ReceiptPayload rc{"c", "0011", {WireReceiptLine{w.id, 3, "finalized"}}};
    AssignmentPayload as{"c", r.agencies, r.assessments, r.instruments};
    const std::pair<char, QByteArray> seeds[] = {
        {'0', writePayload(r)}, {'1', writePayload(rc)}, {'2', writePayload(as)}, {'0', writePayload(ResultPayload{})}};
    int n = 0;
    for (const auto& [mode, payload] : seeds) {
        QFile f(QString::fromLocal8Bit(dir) + QStringLiteral("/seed-%1.txt").arg(n++));
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(1, mode) + payload) < 0)
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
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    switch (data[0] % 3) {
    case 0:
        roundTrip<ResultPayload>(bytes);
        break;
    case 1:
        roundTrip<ReceiptPayload>(bytes);
        break;
    default:
        roundTrip<AssignmentPayload>(bytes);
        break;
    }
    return 0;
}
