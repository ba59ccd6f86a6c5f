#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copies the screenshots the GUI tests saved (build/ci/screenshots, after ./test.sh or ctest --preset ci -L gui) into
# docs/screenshots, where the README links them. Look at them before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
src=build/ci/screenshots
[ -d "$src" ] || { echo "no $src: run the GUI tests first (ctest --preset ci -L gui)" >&2; exit 1; }
mkdir -p docs/screenshots/instruments
cp "$src"/*.png docs/screenshots/
[ -d "$src/instruments" ] && cp "$src"/instruments/*.png docs/screenshots/instruments/
echo "copied $(find "$src" -name '*.png' | wc -l) screenshots into docs/screenshots"
