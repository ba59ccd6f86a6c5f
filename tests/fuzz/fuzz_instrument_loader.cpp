// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the instrument loader: any bytes, through every phase of docs/instrument-format.md §14.1.
// Besides the sanitizers, it checks the loader's contract: an instrument comes back exactly when no error was found,
// and every diagnostic carries a real position and text.
#include "fuzzcheck.h"

#include "instrument/instrument.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString path = QStringLiteral("fuzz.json");
    const baseline::LoadResult r = baseline::loadInstrument(bytes, path);

    FUZZ_CHECK(static_cast<bool>(r.instrument) == !baseline::hasErrors(r.diagnostics));
    FUZZ_CHECK(r.diagnostics.size() <= 100);
    for (qsizetype i = 0; i < r.diagnostics.size(); ++i) {
        const baseline::Diagnostic& d = r.diagnostics[i];
        FUZZ_CHECK(d.file == path);
        FUZZ_CHECK(d.line >= 1 && d.column >= 1);
        FUZZ_CHECK(!d.category.isEmpty() && !d.text.isEmpty());
        FUZZ_CHECK(!d.toString().isEmpty());
        if (i > 0) {
            const baseline::Diagnostic& p = r.diagnostics[i - 1];
            FUZZ_CHECK(p.line < d.line || (p.line == d.line && p.column <= d.column));
        }
    }
    if (r.instrument) {
        FUZZ_CHECK(r.instrument->sha256.size() == 32);
        for (const auto& n : r.instrument->nodes)
            FUZZ_CHECK(r.instrument->node(n.name) == &n);
    }
    return 0;
}
