#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzz smoke test: run_smoke.sh <fuzzer> <seed corpus> <dict> <regressions dir> <seconds> <artifact dir> [fuzzer flags]
# Replays every saved regression input, then fuzzes for <seconds> on one core. New inputs go to a temporary corpus
# (the first corpus directory, the only one libFuzzer writes to); the seed corpus in the source tree is read only.
# Crash, leak, timeout and out-of-memory inputs are kept in <artifact dir>. Exits non-zero on any finding.
set -euo pipefail
fuzzer=$1 seeds=$2 dict=$3 regressions=$4 seconds=$5 artifacts=$6
shift 6

[ -d "$seeds" ] && [ -n "$(ls -A "$seeds")" ] || { echo "run_smoke.sh: no seed corpus in $seeds" >&2; exit 1; }
mkdir -p "$artifacts"
work=$(mktemp -d "${TMPDIR:-/tmp}/baseline-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
common=(-rss_limit_mb=2048 -timeout=10 -artifact_prefix="$artifacts/")

if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    echo "== replaying $(ls -A "$regressions" | wc -l) regression input(s) from $regressions"
    nice -n 10 "$fuzzer" "${common[@]}" "$regressions"/*
fi

echo "== fuzzing for ${seconds}s: $fuzzer"
nice -n 10 "$fuzzer" "${common[@]}" -dict="$dict" -max_total_time="$seconds" -print_final_stats=1 "$@" "$work" "$seeds"
echo "== new corpus entries this run: $(ls -A "$work" | wc -l) (discarded)"
