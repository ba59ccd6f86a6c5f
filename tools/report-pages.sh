#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the demo police service's gap report as PDF and turns its first pages, its first page in Arabic, a page of
# indicator charts and a station's change between two waves into PNGs in docs/screenshots/report/ (poppler's
# pdftoppm). Look at them before committing, as a police chief would.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/ci/app/cli/baseline-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BASELINE_PASSPHRASE="report pages passphrase"
"$cli" workspace init --workspace "$work/ws" >/dev/null
"$cli" demo --workspace "$work/ws" >/dev/null
national=$("$cli" agency list --workspace "$work/ws" | grep -i national | cut -f1)
"$cli" report --workspace "$work/ws" --agency "$national" --format pdf -o "$work/report.pdf" >/dev/null
mkdir -p docs/screenshots/report
rm -f docs/screenshots/report/*.png
pdftoppm -r 80 -png -f 1 -l 3 "$work/report.pdf" docs/screenshots/report/page
# The same report in Arabic (right to left, services and rationales in Arabic): its first page.
"$cli" report --workspace "$work/ws" --agency "$national" --format pdf --lang ar -o "$work/report-ar.pdf" >/dev/null
pdftoppm -r 80 -png -f 1 -l 1 "$work/report-ar.pdf" docs/screenshots/report/ar-page
# The first page with charts of indicators.
charts=$(for p in $(seq 1 "$(pdfinfo "$work/report.pdf" | sed -n 's/^Pages: *//p')"); do
    pdftotext -f "$p" -l "$p" "$work/report.pdf" - | grep -q "^police-satisfaction-survey" && { echo "$p"; break; }; done)
[ -n "$charts" ] && pdftoppm -r 80 -png -f "$charts" -l "$charts" "$work/report.pdf" docs/screenshots/report/charts
# A station's baseline and follow-up compared: the page where the change section starts.
"$cli" workspace init --workspace "$work/waves" >/dev/null
"$cli" demo --workspace "$work/waves" --follow-up >/dev/null
station=$("$cli" agency list --workspace "$work/waves" | grep "Hill Station" | cut -f1)
waves=$("$cli" assessment list --workspace "$work/waves" | awk -F'\t' -v s="$station" '$2 == s' | sort -t$'\t' -k4)
from=$(sed -n 1p <<<"$waves" | cut -f1)
to=$(sed -n 2p <<<"$waves" | cut -f1)
"$cli" report --workspace "$work/waves" --agency "$station" --format pdf --from "$from" --to "$to" \
    -o "$work/waves.pdf" >/dev/null
change=$(for p in $(seq 1 "$(pdfinfo "$work/waves.pdf" | sed -n 's/^Pages: *//p')"); do
    pdftotext -f "$p" -l "$p" "$work/waves.pdf" - | grep -q "^Change: " && { echo "$p"; break; }; done)
[ -n "$change" ] && pdftoppm -r 80 -png -f "$change" -l "$change" "$work/waves.pdf" docs/screenshots/report/change
ls docs/screenshots/report
