#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/baseline_<lang>.ts from the QML and C++ sources (new strings appear as unfinished;
# translators fill them in with Qt Linguist or any XLIFF-like editor). The build compiles them with lrelease.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate)
for lang in ar zh fr ru es; do
    "$lupdate" -silent -locations relative qml app/bridge app/main.cpp app/core/scoring/report.cpp app/core/scoring/statistics.cpp -ts "translations/baseline_${lang}.ts" \
        -target-language "$lang"
done
# English needs only its plural forms ("1 entry", "2 entries").
"$lupdate" -silent -pluralonly -locations none qml app/bridge app/main.cpp -ts translations/baseline_en.ts \
    -target-language en
