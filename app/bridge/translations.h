// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace baseline {

/** Installs the interface translation for `locale` (built from translations/baseline_<lang>.ts into the program),
 *  replacing any installed before, and sets the layout direction. English needs none. Returns whether one loaded. */
bool installTranslation(const QLocale& locale);

} // namespace baseline
