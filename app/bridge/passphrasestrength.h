// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace baseline {

/** A rough strength estimate for the create page's hint: 0 (too weak to accept) … 4 (strong). */
struct PassphraseStrength {
    int score = 0;
    double bits = 0; ///< estimated entropy
};

PassphraseStrength estimateStrength(const QString& passphrase);

/** The shortest a new workspace passphrase may be. */
inline constexpr int MinPassphraseLength = 10;

} // namespace baseline
