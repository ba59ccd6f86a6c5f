// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "instrument/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
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
