#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the demo police service's gap report as PDF and turns its first pages, and a page of indicator charts, into
# PNGs in docs/screenshots/report/ (poppler's pdftoppm). Look at them before committing, as a police chief would.
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
# The first page with charts of indicators.
charts=$(for p in $(seq 1 "$(pdfinfo "$work/report.pdf" | sed -n 's/^Pages: *//p')"); do
    pdftotext -f "$p" -l "$p" "$work/report.pdf" - | grep -q "^police-satisfaction-survey" && { echo "$p"; break; }; done)
[ -n "$charts" ] && pdftoppm -r 80 -png -f "$charts" -l "$charts" "$work/report.pdf" docs/screenshots/report/charts
ls docs/screenshots/report
