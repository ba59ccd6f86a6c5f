#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# baseline-cli sync (docs/sync.md): a coordinator and an assessor enrol each other, a result package goes one way and a
# receipt comes back, bad packages are refused with their reason and change nothing, delivered interviews are purged.
set -u
cli="$1"
data="$2"
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

export BASELINE_PASSPHRASE="sync cli passphrase 123"
c="$tmp/coordinator" a="$tmp/assessor"
expect 0 "created workspace" -- "$cli" workspace init --workspace "$c"
expect 0 "created workspace" -- "$cli" workspace init --workspace "$a"
expect 0 "fingerprint	[0-9]{4}( [0-9]{4}){11}$" -- "$cli" sync keys --workspace "$c"

# Enrolment both ways.
expect 0 "wrote .*coordinator identity" -- "$cli" sync keys --workspace "$c" --export "$tmp/team.json" --role coordinator
expect 0 "wrote .*assessor identity" -- "$cli" sync keys --workspace "$a" --export "$tmp/me.json"
expect 0 "enrolled .*coordinator" -- "$cli" sync enrol --workspace "$a" "$tmp/team.json"
expect 0 "enrolled .*assessor" -- "$cli" sync enrol --workspace "$c" "$tmp/me.json"
expect 0 "assessor	.*	active" -- "$cli" sync keys --workspace "$c" --list
sed 's/"fingerprint": "[0-9]/"fingerprint": "X/' "$tmp/me.json" >"$tmp/altered.json"
expect 1 "fingerprint does not match its keys" -- "$cli" sync enrol --workspace "$c" "$tmp/altered.json"

# An interview on the assessor's laptop, exported for the coordinator.
expect 0 "installed golden-skip-chain" -- "$cli" instrument install --workspace "$a" "$data/golden/skip-chain.instrument.json"
expect 0 "step\(s\) played" -- "$cli" interview run --workspace "$a" --instrument golden-skip-chain \
    --answers "$data/golden/skip-chain.script.json"
expect 1 "no coordinator is enrolled" -- "$cli" sync export --workspace "$c" -o "$tmp/none.blnpkg"
expect 0 "wrote .*1 interview\(s\)" -- "$cli" sync export --workspace "$a" -o "$tmp/p1.blnpkg"
expect 1 "nothing changed since the last package" -- "$cli" sync export --workspace "$a" -o "$tmp/p2.blnpkg"
[ -e "$tmp/p2.blnpkg" ] && { echo "FAIL: an empty export wrote a file"; failures=$((failures + 1)); }

# Bad packages first: each refused with its reason, the coordinator unchanged.
head -c 300 "$tmp/p1.blnpkg" >"$tmp/cut.blnpkg"
cp "$tmp/p1.blnpkg" "$tmp/long.blnpkg" && printf 'x' >>"$tmp/long.blnpkg"
python3 - "$tmp/p1.blnpkg" "$tmp/flip.blnpkg" <<'PY'
import sys
b = bytearray(open(sys.argv[1], 'rb').read()); b[len(b) // 2] ^= 0x10; open(sys.argv[2], 'wb').write(b)
PY
echo "not a package" >"$tmp/text.blnpkg"
expect 1 "refused \(truncated\)" -- "$cli" sync import --workspace "$c" "$tmp/cut.blnpkg"
expect 1 "refused \(trailing-bytes\)" -- "$cli" sync import --workspace "$c" "$tmp/long.blnpkg"
expect 1 "refused \(bad-signature\)" -- "$cli" sync import --workspace "$c" "$tmp/flip.blnpkg"
expect 1 "refused \(not-a-package\)" -- "$cli" sync import --workspace "$c" "$tmp/text.blnpkg"
expect 1 "refused \(wrong-recipient\)" -- "$cli" sync import --workspace "$a" "$tmp/p1.blnpkg"
expect 0 "^$" -- "$cli" interview list --workspace "$c"

# The real one, then again.
expect 0 "imported: 1 new, 0 updated, 0 unchanged interviews" -- "$cli" sync import --workspace "$c" "$tmp/p1.blnpkg"
expect 0 "already imported" -- "$cli" sync import --workspace "$c" "$tmp/p1.blnpkg"
expect 0 "golden-skip-chain	.*	received$" -- "$cli" interview list --workspace "$c"

# Receipt back; the interview is still in progress on the laptop, so nothing is purged.
pkg=$("$cli" sync export --workspace "$a" -o "$tmp/p3.blnpkg" --all 2>&1 | sed -n 's/.*package \([0-9a-f]*\)$/\1/p')
expect 0 "imported: 0 new, 0 updated, 1 unchanged" -- "$cli" sync import --workspace "$c" "$tmp/p3.blnpkg"
expect 0 "receipt for 1 interview" -- "$cli" sync receipt --workspace "$c" "${pkg:0:12}" -o "$tmp/r3.blnpkg"
expect 0 "1 interviews confirmed" -- "$cli" sync import --workspace "$a" "$tmp/r3.blnpkg"
expect 0 "purged 0 delivered" -- "$cli" sync purge --workspace "$a"

# Revocation: the coordinator stops accepting that laptop's packages.
id=$("$cli" sync keys --workspace "$a" | sed -n 's/^device\t//p')
expect 0 "revoked" -- "$cli" sync revoke --workspace "$c" "$id"
expect 1 "refused \(revoked-signer\)" -- "$cli" sync import --workspace "$c" "$tmp/p1.blnpkg" "$tmp/p3.blnpkg"
expect 2 "unknown sync command" -- "$cli" sync frobnicate --workspace "$c"
expect 2 "sync assign needs --to DEVICE_ID" -- "$cli" sync assign --workspace "$c" -o "$tmp/x.blnpkg"
expect 4 "no enrolled, unrevoked assessor" -- "$cli" sync assign --workspace "$c" --to "$id" --assessment nope -o "$tmp/x.blnpkg"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
