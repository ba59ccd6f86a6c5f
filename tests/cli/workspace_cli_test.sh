#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# baseline-cli workspace init|check|passwd|backup, their messages and documented exit codes (docs/cli.md).
set -u
cli="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passes=0

expect() { # expect CODE PATTERN -- command…
    local code=$1 pattern=$2
    shift 3
    local out rc
    out=$("$@" 2>&1)
    rc=$?
    if [ "$rc" -ne "$code" ] || ! grep -qE -- "$pattern" <<<"$out"; then
        echo "FAIL: $* -> exit $rc (wanted $code), output: $out (wanted /$pattern/)"
        failures=$((failures + 1))
    else
        passes=$((passes + 1))
    fi
}

ws="$tmp/ws"
export BASELINE_PASSPHRASE="first passphrase 123"
expect 0 "created workspace" -- "$cli" workspace init --workspace "$ws"
expect 4 "already holds a workspace" -- "$cli" workspace init --workspace "$ws"
expect 0 "^ok: every page authenticates" -- "$cli" workspace check --workspace "$ws"
before=$(sha256sum "$ws"/* | sha256sum)
BASELINE_PASSPHRASE="nope" expect 3 "wrong passphrase, or not a Baseline workspace" -- "$cli" workspace check --workspace "$ws"
[ "$(sha256sum "$ws"/* | sha256sum)" = "$before" ] && passes=$((passes + 1)) || { echo "FAIL: wrong passphrase changed files"; failures=$((failures + 1)); }

printf 'second passphrase 456\n' >"$tmp/new"
expect 0 "passphrase changed" -- "$cli" workspace passwd --workspace "$ws" --new-passphrase-file "$tmp/new"
expect 3 "wrong passphrase" -- "$cli" workspace check --workspace "$ws"
expect 0 "^ok" -- "$cli" workspace check --workspace "$ws" --passphrase-file "$tmp/new"
expect 0 "backed up to" -- "$cli" workspace backup --workspace "$ws" --passphrase-file "$tmp/new" --to "$tmp/backup"
expect 0 "^ok" -- "$cli" workspace check --workspace "$tmp/backup" --passphrase-file "$tmp/new"

expect 4 "no workspace in" -- "$cli" workspace check --workspace "$tmp/missing"
mkdir "$tmp/plain" && cp "$ws/workspace.key" "$tmp/plain/" && printf 'SQLite format 3\0%4080s' x >"$tmp/plain/workspace.db"
expect 4 "plain, unencrypted SQLite" -- "$cli" workspace check --workspace "$tmp/plain"
expect 2 "workspace DIR is required" -- "$cli" workspace check
expect 2 "unknown workspace command" -- "$cli" workspace frobnicate --workspace "$ws"
expect 2 "unknown command group" -- "$cli" nonsense
expect 2 "passphrase file .* is empty" -- "$cli" workspace check --workspace "$ws" --passphrase-file /dev/null

# validate: exit 0 for a good instrument, 1 with file:line:column lines for a broken one.
data="$(dirname "$0")/../data"
expect 0 "1 valid, 0 with errors" -- "$cli" validate "$data/instruments/example-household.json"
expect 1 "cycle.json:[0-9]+:[0-9]+: calc_b: error: cycle: dependency cycle" -- "$cli" validate "$data/broken/cycle.json"
expect 1 "with errors" -- "$cli" validate "$data/broken"
expect 4 "no such file or folder" -- "$cli" validate "$tmp/nothing.json"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
