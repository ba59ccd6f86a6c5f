// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace baseline {

/** A node of a parsed expression (docs/instrument-format.md §9). Offsets index the expression's own text. */
struct Expr {
    enum class Kind { Number, String, Reference, Dot, Attribute, Position, Call, Unary, Binary };

    Kind kind = Kind::Number;
    double number = 0;
    QString text; ///< string literal, referenced name, attribute, function name or operator
    std::vector<std::unique_ptr<Expr>> args;
    int offset = 0;
};

struct ExpressionError {
    int offset = 0;
    QString category; ///< syntax, reference, limit, type
    QString message;
};

struct ParsedExpression {
    std::unique_ptr<Expr> root;
    std::vector<ExpressionError> errors;
    /** Every ${name} in order of appearance, with its offset. */
    std::vector<std::pair<QString, int>> references;
    bool usesDot = false;
    bool usesPosition = false;
};

struct ParseOptions {
    bool allowAttributes = false; ///< bare attribute names: choice_filter only
    int maxLength = 4096;
    int maxDepth = 64;
};

/** Parses an expression. Never throws or recurses past maxDepth; every problem is an ExpressionError. */
ParsedExpression parseExpression(const QString& source, const ParseOptions& options = {});

/** The functions the language knows, with their argument counts (max -1 = any number). */
struct FunctionInfo {
    const char* name;
    int minArgs;
    int maxArgs;
};
const FunctionInfo* findFunction(const QString& name);

} // namespace baseline
