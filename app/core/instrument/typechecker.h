// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instrument/instrument.h"

#include <functional>

namespace baseline {

/** Where an expression sits, for resolving references (§9.10) and attributes (§9.13). */
struct TypeContext {
    const Instrument* instrument = nullptr; ///< nodes, compiled (valueType, list, scope), lists and scopes filled in
    int node = -1; ///< the node that carries the expression
    QString property; ///< relevant, required, constraint, calculate, choice_filter, repeat_count, default
    int scope = 0; ///< the scope the expression is evaluated in
};

/** Reports a problem at a character offset of the expression. */
using TypeReport = std::function<void(int offset, const QString& category, const QString& message, bool warning)>;

/** The static type of a subexpression as the checker sees it. */
struct StaticType {
    ValueType type = ValueType::Empty;
    int list = -1; ///< a choice (string) or choices of this list
    bool nodeSet = false;
    bool emptyLiteral = false;
    bool failed = false; ///< an error was reported below; callers stay quiet to avoid cascades
};

/** Human name of a type for messages: number, string, choice, boolean, date, choices, geopoint, attachment. */
QString typeName(const StaticType& t);

/**
 * Type-checks `root` (docs/instrument-format.md §9.5–9.11), resolving every reference to a node index, marking
 * node-sets and compiling regex() patterns, and checks that its type fits `required` (Empty: any scalar). Returns
 * false when an error was reported.
 */
bool checkTypes(Expr& root, const TypeContext& context, const StaticType& required, const TypeReport& report);

} // namespace baseline
