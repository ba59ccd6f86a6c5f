#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds Baseline and starts it on a demo workspace (build/demo-workspace).
set -euo pipefail
cd "$(dirname "$0")"
bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release --parallel 2

app=build/release/app/baseline
cli=build/release/app/cli/baseline-cli
demo=build/demo-workspace
demo_pass="baseline demo passphrase"
if [ ! -e "$demo/workspace.db" ]; then
    BASELINE_PASSPHRASE="$demo_pass" "$cli" workspace init --workspace "$demo"
    # A synthetic police service with finalized interviews, so the library, scoring and reports show something.
    BASELINE_PASSPHRASE="$demo_pass" "$cli" demo --workspace "$demo" >/dev/null
fi
national=$(BASELINE_PASSPHRASE="$demo_pass" "$cli" agency list --workspace "$demo" | grep "National Police Service" | cut -f1)
BASELINE_PASSPHRASE="$demo_pass" "$cli" report --workspace "$demo" --agency "$national" --format html \
    -o build/demo-report.html
BASELINE_PASSPHRASE="$demo_pass" "$cli" report --workspace "$demo" --agency "$national" --format pdf \
    -o build/demo-report.pdf
echo "Demo workspace: $demo   passphrase: $demo_pass   gap report: build/demo-report.pdf (and .html)"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat <<MSG
No display found (DISPLAY and WAYLAND_DISPLAY are not set), so the app cannot open a window here.
Use the command-line tool instead, for example:
  BASELINE_PASSPHRASE="$demo_pass" $cli workspace check --workspace $demo
  BASELINE_PASSPHRASE="$demo_pass" $cli score --workspace $demo --agency $national
  $cli --help
or run the app off-screen:  QT_QPA_PLATFORM=offscreen $app --workspace $demo
MSG
    exit 0
fi
exec "$app" --workspace "$demo" "$@"
