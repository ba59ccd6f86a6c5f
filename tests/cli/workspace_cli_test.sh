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

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
