// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the instrument loader: any bytes, through every phase of docs/instrument-format.md §14.1.
// Besides the sanitizers, it checks the loader's contract (an instrument comes back exactly when no error was found,
// and every diagnostic carries a real position and text), and it checks the strict JSON reader against Qt's RFC 8259
// parser (checkJsonReader).
#include "fuzzcheck.h"

#include "instrument/instrument.h"
#include "instrument/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

/** JsonReader may reject more than QJsonDocument (duplicate member names, nesting deeper than 64, non-finite numbers)
 *  but never less: whatever object or array it accepts, Qt's parser accepts too, with the same value. Found: non-hex
 *  \u escapes and leading zeros accepted, U+FEFF dropped at the start of a string and after an escape (all fixed in
 *  jsonreader.cpp; inputs in regressions/fuzz_instrument_loader). */
void checkJsonReader(const QByteArray& bytes)
{
    baseline::JsonReader reader(baseline::limits::MaxJsonDepth);
    const std::optional<QJsonValue> value = reader.parse(bytes);
    if (!value) {
        FUZZ_CHECK(!reader.error().message.isEmpty());
        FUZZ_CHECK(reader.error().at.line >= 1 && reader.error().at.column >= 1);
        return;
    }
    if (!value->isObject() && !value->isArray())
        return; // QJsonDocument takes only an object or an array at the top
    // Qt keeps a string's UTF-8 bytes and reads them back with QString::fromUtf8, which drops a leading U+FEFF: give it
    // that character as the equivalent escape instead (outside strings, both parsers reject it either way).
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray forQt = bytes.left(bom) + bytes.mid(bom).replace("\xEF\xBB\xBF", "\\uFEFF");
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(forQt, &error);
    if (error.error != QJsonParseError::NoError)
        std::fprintf(stderr, "QJsonDocument: %s at offset %d\n", qPrintable(error.errorString()), error.offset);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    const QJsonValue qt = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (qt != *value) {
        const auto compact = [](const QJsonValue& v) {
            return (v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                .toJson(QJsonDocument::Compact)
                .left(2000)
                .toHex(' ');
        };
        std::fprintf(stderr, "JsonReader:    %s\nQJsonDocument: %s\n", compact(*value).constData(),
                     compact(qt).constData());
    }
    FUZZ_CHECK(qt == *value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString path = QStringLiteral("fuzz.json");
    checkJsonReader(bytes);
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
