// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace baseline {

/** 1-based line and column; columns count characters (code points), not bytes. */
struct TextPosition {
    int line = 1;
    int column = 1;
};

/**
 * A strict JSON parser that also records where every value starts, keyed by JSON pointer ("/sections/0/name"),
 * because QJsonDocument reports no positions and accepts duplicate member names. It rejects duplicate names,
 * invalid UTF-8, non-finite numbers and nesting deeper than `maxDepth`, and never recurses deeper than that.
 */
class JsonReader
{
public:
    struct Failure {
        TextPosition at;
        QString message;
    };

    explicit JsonReader(int maxDepth = 64)
        : m_maxDepth(maxDepth)
    { }

    /** Parses `bytes`; on failure returns nullopt and error() says where and why. */
    std::optional<QJsonValue> parse(const QByteArray& bytes);
    const Failure& error() const { return m_failure; }
    /** Where the value at `pointer` starts ("" is the root); the root position if unknown. */
    TextPosition positionOf(const QString& pointer) const
    {
        const auto it = m_positions.constFind(pointer);
        return it == m_positions.cend() ? TextPosition{} : positionAt(*it);
    }
    /** Byte offset of the first character of the string value at `pointer` (after its opening quote). */
    bool hasPosition(const QString& pointer) const { return m_positions.contains(pointer); }
    /** Position of a character inside a string value, given its index in the decoded string. Escapes in the source
     *  are accounted for, so an error in an expression points at the right column. */
    TextPosition positionInString(const QString& pointer, int decodedIndex) const;

    static QString escapePointerToken(const QString& token);

private:
    std::optional<QJsonValue> value(const QString& pointer, int depth);
    std::optional<QJsonValue> string(const QString& pointer);
    std::optional<QJsonValue> number();
    void skipSpace();
    bool fail(const QString& message);
    TextPosition positionAt(qsizetype offset) const;

    QByteArray m_text;
    qsizetype m_pos = 0;
    int m_maxDepth;
    Failure m_failure;
    QHash<QString, qsizetype> m_positions; // pointer -> byte offset; lines and columns are worked out on demand
    QHash<QString, qsizetype> m_stringStarts; // pointer -> byte offset after the opening quote
    QList<qsizetype> m_lineStarts;
};

} // namespace baseline
