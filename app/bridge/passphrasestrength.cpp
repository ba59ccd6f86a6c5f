// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrasestrength.h"

#include <QSet>

#include <cmath>

namespace baseline {

PassphraseStrength estimateStrength(const QString& passphrase)
{
    // Character-class entropy, discounted for repeats: crude, but it steers people to long passphrases, which is
    // what matters against offline guessing once Argon2id has slowed each guess down.
    bool lower = false, upper = false, digit = false, space = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (c.isSpace())
            space = true;
        else
            other = true;
    }
    int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (space ? 1 : 0) + (other ? 33 : 0);
    if (pool == 0)
        return {};
    const double uniqueness =
        std::min(1.0, static_cast<double>(distinct.size()) / std::max<qsizetype>(1, passphrase.size()) * 1.6);
    const double bits = static_cast<double>(passphrase.size()) * std::log2(static_cast<double>(pool)) * uniqueness;
    int score = bits < 28 ? 0 : bits < 45 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
    if (passphrase.size() < MinPassphraseLength)
        score = 0;
    return {score, bits};
}

} // namespace baseline
