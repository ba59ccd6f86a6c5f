// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "instrument/instrument.h"
#include "instrument/jsonreader.h"
#include "logic/expression.h"

#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace baseline;

namespace {
const QString DataDir = QStringLiteral(BASELINE_SOURCE_DIR "/tests/data");
}

TEST_CASE("the example instrument loads cleanly", "[instrument]")
{
    const auto r = loadInstrumentFile(DataDir + QStringLiteral("/instruments/example-household.json"));
    for (const auto& d : r.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(r.instrument);
    CHECK_FALSE(hasErrors(r.diagnostics));
    CHECK_FALSE(r.instrument->id.isEmpty());
    CHECK(r.instrument->version.count(QLatin1Char('.')) == 2);
    CHECK(r.instrument->service.startsWith(QStringLiteral("I.")));
    CHECK(r.instrument->nodes.size() > 10);
    CHECK(r.instrument->sha256.size() == 32);
    // Every node is findable by name, and repeats know their members.
    for (const auto& n : r.instrument->nodes)
        CHECK(r.instrument->node(n.name) == &n);
}

TEST_CASE("every broken instrument is rejected with its exact message and position", "[instrument]")
{
    const QDir dir(DataDir + QStringLiteral("/broken"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 15);
    for (const QString& name : files) {
        const QString path = dir.filePath(name);
        QFile expectedFile(path.left(path.size() - 5) + QStringLiteral(".expected"));
        INFO(name.toStdString());
        REQUIRE(expectedFile.open(QIODevice::ReadOnly));
        const QString expected = QString::fromUtf8(expectedFile.readAll()).trimmed();
        const auto r = loadInstrumentFile(path);
        CHECK_FALSE(r.instrument);
        QStringList lines;
        for (const auto& d : r.diagnostics) {
            CHECK(d.file == path);
            lines << d.toString().mid(path.size() + 1);
        }
        INFO(lines.join(QLatin1Char('\n')).toStdString());
        CHECK(lines.contains(expected));
    }
}

TEST_CASE("a missing translation is a warning, not an error", "[instrument]")
{
    QFile f(DataDir + QStringLiteral("/instruments/example-household.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf("\"ar\": ");
    REQUIRE(at > 0);
    // Drop one Arabic text: the first "ar" member inside a label map.
    const qsizetype labelAt = bytes.indexOf("\"label\": {");
    const qsizetype arAt = bytes.indexOf(", \"ar\": \"", labelAt);
    REQUIRE(arAt > labelAt);
    const qsizetype end = bytes.indexOf('"', bytes.indexOf("\": \"", arAt) + 4);
    bytes.remove(arAt, end - arAt + 1);
    const auto r = loadInstrument(bytes, QStringLiteral("edited.json"));
    for (const auto& d : r.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    CHECK(r.instrument);
    bool warned = false;
    for (const auto& d : r.diagnostics)
        warned = warned
            || (d.category == QStringLiteral("translation") && !d.isError()
                && d.text.contains(QStringLiteral("no text for language 'ar'")));
    CHECK(warned);
}

TEST_CASE("the JSON reader reports positions in characters, through escapes", "[instrument]")
{
    JsonReader reader;
    const QByteArray text = "{\n  \"a\": \"x\\u00e9y\",\n  \"b\": [1, {\"c\": \"ééé${z}\"}]\n}";
    auto v = reader.parse(text);
    REQUIRE(v);
    CHECK(reader.positionOf(QStringLiteral("/a")).line == 2);
    CHECK(reader.positionOf(QStringLiteral("/a")).column == 8);
    CHECK(reader.positionOf(QStringLiteral("/b/1/c")).line == 3);
    // "${z}" starts at decoded index 3; the source has three 2-byte characters before it.
    const auto p = reader.positionInString(QStringLiteral("/b/1/c"), 3);
    CHECK(p.line == 3);
    CHECK(p.column == 22); // two spaces, "b": [1, {"c": " then three é
    CHECK(reader.positionInString(QStringLiteral("/a"), 2).column == 16); // "y", after the 6-character \u00e9 escape

    CHECK_FALSE(reader.parse("{\"a\": 1, \"a\": 2}"));
    CHECK(reader.error().message.contains(QStringLiteral("duplicate member name")));
    CHECK_FALSE(reader.parse(QByteArray(200, '[') + QByteArray(200, ']')));
    CHECK(reader.error().message.contains(QStringLiteral("nesting deeper")));
    CHECK_FALSE(reader.parse("[1e999]"));
    CHECK_FALSE(reader.parse("{\"a\": \"\xff\"}"));
    CHECK(reader.error().message.contains(QStringLiteral("UTF-8")));
    CHECK(reader.error().at.column == 8);
    // A genuine U+FFFD is fine; an invalid byte after it is still caught, at its own column.
    CHECK(reader.parse("[\"\xEF\xBF\xBD\"]"));
    CHECK_FALSE(reader.parse("[\"\xEF\xBF\xBD\", \"\xC0\xAF\"]"));
    CHECK(reader.error().at.column == 8); // [ " U+FFFD " , space " then the overlong \xC0\xAF
}

TEST_CASE("expressions parse with XLSForm precedence and reject what XLSForm would silently accept", "[logic]")
{
    auto p = parseExpression(QStringLiteral("${a} = 1 or ${b} > 2 and not(${c})"));
    REQUIRE(p.root);
    CHECK(p.root->kind == Expr::Kind::Binary);
    CHECK(p.root->text == QStringLiteral("or"));
    CHECK(p.root->args[1]->text == QStringLiteral("and"));
    REQUIRE(p.references.size() == 3);
    CHECK(p.references[2].first == QStringLiteral("c"));
    CHECK(p.references[2].second == 29);

    auto neg = parseExpression(QStringLiteral("-2 * 3"));
    REQUIRE(neg.root);
    CHECK(neg.root->text == QStringLiteral("*"));
    CHECK(neg.root->args[0]->kind == Expr::Kind::Unary);

    CHECK(parseExpression(QStringLiteral("1 < 2 < 3")).errors.at(0).message.contains(QStringLiteral("do not chain")));
    CHECK(parseExpression(QStringLiteral("if(1, 2)")).errors.at(0).category == QStringLiteral("type"));
    CHECK(
        parseExpression(QStringLiteral("district = 'x'")).errors.at(0).message.contains(QStringLiteral("${district}")));
    ParseOptions filter;
    filter.allowAttributes = true;
    CHECK(parseExpression(QStringLiteral("district = ${region}"), filter).root);
    CHECK(parseExpression(QStringLiteral("position(..) + count(${members})")).usesPosition);
    CHECK(parseExpression(QStringLiteral("${a-b}")).errors.size() == 1);
    CHECK(parseExpression(QStringLiteral("'unterminated")).errors.size() == 1);

    // Deep nesting is a limit error, never a stack overflow.
    const QString deep = QString(5000, QLatin1Char('(')) + QStringLiteral("1") + QString(5000, QLatin1Char(')'));
    ParseOptions roomy;
    roomy.maxLength = 20000;
    auto d = parseExpression(deep, roomy);
    REQUIRE(d.errors.size() == 1);
    CHECK(d.errors[0].category == QStringLiteral("limit"));
}
