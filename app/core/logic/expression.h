// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace baseline {

/** The functions of the language (§9.11), in the order of the parser's table. */
enum class Fn {
    If,
    Not,
    Selected,
    CountSelected,
    Count,
    Sum,
    Min,
    Max,
    Coalesce,
    StringLength,
    Regex,
    Today,
    Int,
    Round,
    Position,
    Number,
    String,
    Date,
    Score,
    IsDontKnow,
    IsRefused,
    True,
    False,
};

/** Binary and unary operators, resolved once so that evaluation never compares strings. */
enum class Op { Or, And, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Mul, Div, Mod, Neg };

/** Static types of §9.5. `Empty` is the type of the literal '' until context fixes it. */
enum class ValueType { Empty, Number, String, Boolean, Date, Choices, Geopoint, Attachment, Repeat };

/** A node of a parsed expression (docs/instrument-format.md §9). Offsets index the expression's own text. */
struct Expr {
    enum class Kind { Number, String, Reference, Dot, Attribute, Position, Call, Unary, Binary };

    Kind kind = Kind::Number;
    double number = 0;
    QString text; ///< string literal, referenced name, attribute, function name or operator
    std::vector<std::unique_ptr<Expr>> args;
    int offset = 0;

    // Filled in by the parser (fn, op) and by the loader's type checker (the rest); read by the evaluator.
    Fn fn = Fn::If; ///< Call
    Op op = Op::Or; ///< Unary, Binary
    ValueType type = ValueType::Empty; ///< static type of this subexpression
    int target = -1; ///< Reference: the node index it names
    bool nodeSet = false; ///< Reference: the values of several repeat instances (§9.10 rule 2)
    std::shared_ptr<const QRegularExpression> regex; ///< regex(): the compiled literal pattern
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
