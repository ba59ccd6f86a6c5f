// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instrument/diagnostic.h"
#include "logic/expression.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace baseline {

/** A section, repeat or item of an instrument, as loaded. Nodes are stored flat, in document order. */
struct InstrumentNode {
    QString name;
    QString type; ///< section, repeat, note, text, integer, decimal, date, select_one, … (format §7.1)
    QString pointer; ///< JSON pointer of the node's object in the file
    int parent = -1; ///< index of the enclosing section or repeat, -1 at top level
    int repeat = -1; ///< index of the innermost enclosing repeat (the node itself if it is a repeat), -1 if none
    int depth = 0; ///< sections and repeats above it
    QJsonObject json;
};

struct Choice {
    QString code;
    std::optional<double> score;
    QJsonObject label;
    QJsonObject filter; ///< attributes for choice_filter (§8)
};

struct ChoiceList {
    QString id; ///< "yes_no" for the built-in list of yes_no items
    std::vector<Choice> choices;
    QHash<QString, int> byCode;
    QHash<QString, ValueType> attributes; ///< filter attribute name → its type within this list
};

/** A scope is the top level (index 0) or one repeat: the unit that has instances at run time. */
struct Scope {
    int repeat = -1; ///< node index of the repeat, -1 for the top level
    int parent = -1; ///< enclosing scope, -1 for the top level
    int depth = 0; ///< repeats above, 0 for the top level
    std::vector<int> nodes; ///< nodes whose state lives in an instance of this scope, in document order
};

/** What the engine needs of a node, compiled once at load (expressions parsed, typed and resolved). */
struct CompiledNode {
    enum class Kind { Section, Repeat, Note, Answerable, Calculate };
    Kind kind = Kind::Section;
    ValueType valueType = ValueType::Empty; ///< the type of ${name} (§7.1); Repeat for repeats
    int list = -1; ///< choice list of select_one, select_multiple, likert and yes_no items
    int scope = 0; ///< the scope the node's state lives in (a repeat's own state lives in the enclosing scope)
    int slot = 0; ///< index of the node in its scope's `nodes`
    int topo = 0; ///< position in the instrument's evaluation order

    std::shared_ptr<const Expr> relevant, requiredIf, constraint, calculate, choiceFilter, repeatCount, defaultValue;
    bool required = false; ///< `required: true`
    int fixedCount = -1; ///< `repeat_count` as a number
    int maxCount = 1000;
    bool allowDontKnow = false;
    bool allowRefused = false;
    std::optional<double> min, max; ///< integer and decimal bounds
    QDate minDate, maxDate;
    std::shared_ptr<const QRegularExpression> pattern; ///< text pattern, anchored (§9.12)
    int maxLength = 4096;
    bool multiline = false;

    std::vector<int> dependents; ///< nodes whose relevance, value or count this node's value drives (§10)
    std::vector<int> consumers; ///< nodes whose required, constraint or choice_filter read this node's value
};

/** An indicator of §16, resolved against the instrument: what scoring computes from its interviews. */
struct Indicator {
    QString id;
    QString type; ///< proportion, mean, scale, rubric, borich, rate
    int unitRepeat = -1; ///< the repeat whose instances are the units, -1 for interviews
    int unitScope = 0; ///< the scope expressions are evaluated in
    std::shared_ptr<const Expr> population, condition, value, count;
    std::vector<int> items, reverse, breakdowns; ///< node indices
    std::vector<std::pair<int, int>> pairs; ///< borich (importance, proficiency) node indices
    QJsonObject json; ///< label, target, severity, sdg, min/max, cap, per…
};

/** A loaded, checked instrument. Immutable. */
struct Instrument {
    QString id;
    QString version;
    QString defaultLanguage;
    QStringList languages;
    QString service; ///< cluster I service id of the Menu, e.g. "I.2"
    bool sensitive = false;
    QByteArray sha256; ///< of the file's bytes: an interview is bound to (id, version, sha256)
    QJsonObject json;
    std::vector<InstrumentNode> nodes;
    QHash<QString, int> byName;
    std::vector<CompiledNode> compiled; ///< parallel to `nodes`
    std::vector<Scope> scopes; ///< [0] is the top level
    std::vector<int> evaluationOrder; ///< node indices in topological order of the dependency graph
    std::vector<ChoiceList> lists; ///< the instrument's lists, then the built-in yes_no list
    std::vector<Indicator> indicators;
    QHash<QString, int> listByName;

    /** The text of a language map in `language`, else in the default language. */
    QString text(const QJsonValue& map, const QString& language = {}) const
    {
        const QJsonObject o = map.toObject();
        const QString t = o.value(language).toString();
        return t.isEmpty() ? o.value(defaultLanguage).toString() : t;
    }

    const InstrumentNode* node(const QString& name) const
    {
        const int i = byName.value(name, -1);
        return i < 0 ? nullptr : &nodes[static_cast<std::size_t>(i)];
    }
};

struct LoadResult {
    std::shared_ptr<const Instrument> instrument; ///< null when any error was found
    Diagnostics diagnostics; ///< errors and warnings, sorted by position
};

/** Limits enforced by the loader (docs/instrument-format.md §13). */
namespace limits {
inline constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;
inline constexpr int MaxJsonDepth = 64;
inline constexpr int MaxNodes = 10000;
inline constexpr int MaxNesting = 16;
inline constexpr int MaxRepeatNesting = 4;
inline constexpr int MaxExpressionLength = 4096;
} // namespace limits

/** Loads and checks an instrument file through every phase of §14.1. `shownPath` is used in diagnostics. */
LoadResult loadInstrument(const QByteArray& bytes, const QString& shownPath);
LoadResult loadInstrumentFile(const QString& path);

} // namespace baseline
