// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace baseline {

/**
 * Synthetic instruments for benchmarks and stress tests (`baseline-cli dev gen-instrument`). Every pattern has
 * integer items q1…qN (0–10, with a constraint), grouped in sections of 20, and one calculated `total` of all items
 * (through one subtotal per section and a tree of partial sums, each expression at most 20 terms, so that no
 * expression passes the 4,096-character limit):
 *   chain    — item i is relevant when item i−1 > 2;
 *   fan      — every item is relevant when item 1 > 2;
 *   sections — N/20 sections, each gated by a yes/no item before it;
 *   roster   — a repeat of N instances (count from the item n_members) with two items each, and top-level count(),
 *              sum() and max() over it.
 */
enum class GeneratedPattern { Chain, Fan, Sections, Roster };

std::optional<GeneratedPattern> generatedPatternFromName(const QString& name);
QByteArray generateInstrument(int items, GeneratedPattern pattern);

} // namespace baseline
