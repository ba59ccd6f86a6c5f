#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds with the `ci` preset (warnings are errors) and runs every CTest suite, then builds
# the libFuzzer targets with the `fuzz` preset (clang, ASan + UBSan) and runs their smoke tests (docs/fuzzing.md).
# Exits non-zero on any failure, and when no test ran.
set -euo pipefail
cd "$(dirname "$0")"
bash packaging/install-deps.sh
cmake --preset ci
cmake --build --preset ci --parallel 2
ctest --preset ci --parallel 2
cmake --preset fuzz
cmake --build --preset fuzz --parallel 2
ctest --preset fuzz
