// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the expression parser (docs/instrument-format.md §9).
//
// Input: one mode byte, then the expression in UTF-8. Mode bit 0 sets ParseOptions::allowAttributes (choice_filter);
// bit 1 selects tight limits (maxLength 64, maxDepth 4) so the limit paths are reached by short inputs. The seed
// corpus uses the ASCII digits '0'..'3' as mode bytes, so its files stay readable.
// Besides the sanitizers, it checks the parser's contract on every input (see checkTree).
#include "fuzzcheck.h"

#include "logic/expression.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace {

using baseline::Expr;

bool isBinaryOperator(const QString& op)
{
    for (const char* known : {"or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod"})
        if (op == QLatin1String(known))
            return true;
    return false;
}

/** Walks the tree iteratively (a left-deep chain of 2,000 '+' must not overflow our own stack) and checks each node's
 *  shape. Returns whether a Dot and a Position node were seen. */
std::pair<bool, bool> checkTree(const Expr& root, const QString& source, const baseline::ParseOptions& options)
{
    bool dot = false;
    bool position = false;
    std::vector<const Expr*> todo{&root};
    while (!todo.empty()) {
        const Expr* e = todo.back();
        todo.pop_back();
        FUZZ_CHECK(e != nullptr);
        FUZZ_CHECK(e->offset >= 0 && e->offset < source.size());
        const auto args = static_cast<int>(e->args.size());
        switch (e->kind) {
        case Expr::Kind::Number:
        case Expr::Kind::String:
        case Expr::Kind::Reference:
            FUZZ_CHECK(args == 0);
            break;
        case Expr::Kind::Dot:
            FUZZ_CHECK(args == 0);
            dot = true;
            break;
        case Expr::Kind::Attribute:
            FUZZ_CHECK(args == 0);
            FUZZ_CHECK(options.allowAttributes);
            FUZZ_CHECK(!e->text.isEmpty());
            break;
        case Expr::Kind::Position:
            FUZZ_CHECK(args == 0);
            position = true;
            break;
        case Expr::Kind::Call: {
            const baseline::FunctionInfo* f = baseline::findFunction(e->text);
            FUZZ_CHECK(f != nullptr);
            FUZZ_CHECK(args >= f->minArgs && (f->maxArgs < 0 || args <= f->maxArgs));
            break;
        }
        case Expr::Kind::Unary:
            FUZZ_CHECK(args == 1);
            FUZZ_CHECK(e->text == QLatin1String("-"));
            break;
        case Expr::Kind::Binary:
            FUZZ_CHECK(args == 2);
            FUZZ_CHECK(isBinaryOperator(e->text));
            break;
        }
        for (const auto& a : e->args)
            todo.push_back(a.get());
    }
    return {dot, position};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    baseline::ParseOptions options;
    options.allowAttributes = (data[0] & 1) != 0;
    if ((data[0] & 2) != 0) {
        options.maxLength = 64;
        options.maxDepth = 4;
    }
    const QString source = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const baseline::ParsedExpression parsed = baseline::parseExpression(source, options);

    // A tree exactly when there is no error; every error has a category, a message and an offset inside the text.
    FUZZ_CHECK(static_cast<bool>(parsed.root) == parsed.errors.empty());
    for (const auto& e : parsed.errors) {
        FUZZ_CHECK(e.offset >= 0 && e.offset <= source.size());
        FUZZ_CHECK(!e.category.isEmpty() && !e.message.isEmpty());
    }
    // Every recorded reference is literally ${name} at its offset (the loader maps these offsets to file columns).
    for (const auto& [name, offset] : parsed.references) {
        FUZZ_CHECK(!name.isEmpty());
        FUZZ_CHECK(offset >= 0 && offset + name.size() + 3 <= source.size());
        FUZZ_CHECK(source.mid(offset, name.size() + 3) == QStringLiteral("${") + name + QStringLiteral("}"));
    }
    if (parsed.root) {
        const auto [dot, position] = checkTree(*parsed.root, source, options);
        FUZZ_CHECK(dot == parsed.usesDot);
        FUZZ_CHECK(position == parsed.usesPosition);
    }
    return 0;
}
