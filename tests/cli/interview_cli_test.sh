#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# baseline-cli instrument install|list, interview run|show|list and dev gen-instrument (docs/cli.md): a scripted
# interview goes in through the session, is refused where the instrument says so, and comes back out.
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

ws="$tmp/ws"
export BASELINE_PASSPHRASE="interview cli passphrase 123"
expect 0 "created workspace" -- "$cli" workspace init --workspace "$ws"

# Installing: checked files go in byte for byte; broken ones and changed files under an old version do not.
expect 0 "installed household-victimization-example 1.0.0" -- \
    "$cli" instrument install --workspace "$ws" "$data/instruments/example-household.json"
expect 0 "installed golden-skip-chain" -- "$cli" instrument install --workspace "$ws" "$data/golden/skip-chain.instrument.json"
expect 1 "cycle: dependency cycle" -- "$cli" instrument install --workspace "$ws" "$data/broken/cycle.json"
sed 's/"Household victimization survey (example)"/"Changed title"/' "$data/instruments/example-household.json" >"$tmp/changed.json"
expect 1 "already exists with different content; increase the version" -- \
    "$cli" instrument install --workspace "$ws" "$tmp/changed.json"
expect 0 "^golden-skip-chain	1.0.0	I.1" -- "$cli" instrument list --workspace "$ws"

# A golden script plays through the CLI too (its expect_error steps must fail as the script says).
expect 0 "20 step\(s\) played, status in_progress" -- \
    "$cli" interview run --workspace "$ws" --instrument golden-skip-chain --answers "$data/golden/skip-chain.script.json"
id=$("$cli" interview list --workspace "$ws" | cut -f1 | head -1)
expect 0 "^visible_total = 21$" -- "$cli" interview show --workspace "$ws" "$id"
# Paradata: the scripted run was one visit; showing the interview is not another.
expect 0 "^visits = 1$" -- "$cli" interview show --workspace "$ws" "$id" --paradata
expect 0 "^visits = 1$" -- "$cli" interview show --workspace "$ws" "$id" --paradata
expect 0 '"cell_capacity": 4' -- "$cli" interview show --workspace "$ws" "$id" --json

# Refusals name the step, the item and the rule; the answers before them stay stored.
cat >"$tmp/bounds.json" <<'JSON'
{"steps": [{"set": "hh_size", "value": 3}, {"set": "hh_size", "value": 99}]}
JSON
expect 1 "step 2 .*hh_size: The answer must be between 1 and 30" -- \
    "$cli" interview run --workspace "$ws" --instrument household-victimization-example --answers "$tmp/bounds.json"
kept=$("$cli" interview list --workspace "$ws" | grep household | cut -f1 | tail -1)
expect 0 "^hh_size = 3$" -- "$cli" interview show --workspace "$ws" "$kept"
cat >"$tmp/irrelevant.json" <<'JSON'
{"steps": [{"set": "hh_size", "value": 2}, {"set": "members[1]/member_age", "value": 30},
           {"set": "members[2]/member_age", "value": 10}, {"set": "members[2]/assault_victim", "value": "yes"}]}
JSON
expect 1 "step 4 .*members\[2\]/assault_victim is not relevant" -- \
    "$cli" interview run --workspace "$ws" --instrument household-victimization-example --answers "$tmp/irrelevant.json"
cat >"$tmp/type.json" <<'JSON'
{"steps": [{"set": "hh_size", "value": "three"}]}
JSON
expect 1 "hh_size \(integer\) expects a whole number, not a string" -- \
    "$cli" interview run --workspace "$ws" --instrument household-victimization-example --answers "$tmp/type.json"
echo '{"steps": [' >"$tmp/broken.json"
expect 2 "broken.json:2:1: " -- \
    "$cli" interview run --workspace "$ws" --instrument household-victimization-example --answers "$tmp/broken.json"
expect 4 "instrument 'nothing-here' is not installed" -- \
    "$cli" interview run --workspace "$ws" --instrument nothing-here --answers "$tmp/type.json"
expect 4 "no interview with id" -- "$cli" interview show --workspace "$ws" 00000000-0000-0000-0000-000000000000

# The benchmark generator writes instruments that load.
for pattern in chain fan sections roster; do
    expect 0 "" -- "$cli" dev gen-instrument --items 60 --pattern "$pattern" --out "$tmp/$pattern.json"
    expect 0 "1 valid, 0 with errors; 0 error\(s\), 0 warning\(s\)" -- "$cli" validate "$tmp/$pattern.json"
done
expect 2 "--pattern must be" -- "$cli" dev gen-instrument --items 10 --pattern spiral

# The coordinator's side: a demo service, its agencies, scores and reports.
demo="$tmp/demo"
expect 0 "created workspace" -- "$cli" workspace init --workspace "$demo"
expect 0 "demo: 7 agencies, 4 assessments" -- "$cli" demo --workspace "$demo" --interviews 6
national=$("$cli" agency list --workspace "$demo" | grep "National Police Service" | cut -f1)
[ "$("$cli" agency list --workspace "$demo" | wc -l)" -eq 7 ] && passes=$((passes + 1)) || { echo "FAIL: agency list"; failures=$((failures + 1)); }
expect 0 "interviews scored in" -- "$cli" score --workspace "$demo" --agency "$national"
expect 0 "recommended service" -- "$cli" report --workspace "$demo" --agency "$national" --format html -o "$tmp/report.html"
expect 0 "<h1>Gap report: National Police Service \(demo\)</h1>" -- cat "$tmp/report.html"
expect 0 "^instrument,indicator,label" -- "$cli" report --workspace "$demo" --agency "$national" --format csv
expect 2 "--format must be pdf, html or csv" -- "$cli" report --workspace "$demo" --agency "$national" --format docx
# PDF: paginated, drawn without a display, the same content as the HTML.
expect 0 "recommended service" -- env -u DISPLAY -u QT_QPA_PLATFORM "$cli" report --workspace "$demo" \
    --agency "$national" --format pdf -o "$tmp/report.pdf"
expect 0 "^%PDF-1" -- head -c 8 "$tmp/report.pdf"
expect 0 "^Pages: +[1-9][0-9]+$" -- pdfinfo "$tmp/report.pdf"
expect 0 "Recommended services" -- pdftotext "$tmp/report.pdf" -
expect 0 "Gap report: National Police Service" -- pdftotext -l 1 "$tmp/report.pdf" -
# Two assessments compared: each indicator's change with its interval; CSV too; an unknown assessment is refused.
first=$("$cli" assessment list --workspace "$demo" | sed -n 1p | cut -f1)
second=$("$cli" assessment list --workspace "$demo" | sed -n 2p | cut -f1)
expect 0 "^from .* interviews\) to .* interviews\)$" -- "$cli" compare --workspace "$demo" --from "$first" --to "$second"
expect 0 "^[a-z-]+/[a-z0-9_]+	-?[0-9.]+ -> -?[0-9.]+	[+-][0-9.]+ \[-?[0-9.]+, -?[0-9.]+\]" -- \
    "$cli" compare --workspace "$demo" --from "$first" --to "$second"
expect 0 "^instrument,indicator,label,type,from_n" -- \
    "$cli" compare --workspace "$demo" --from "$first" --to "$second" --format csv
expect 4 "no assessment with id nope" -- "$cli" compare --workspace "$demo" --from "$first" --to nope
# The change between two assessments inside the report.
expect 0 "" -- "$cli" report --workspace "$demo" --agency "$national" --format html --from "$first" --to "$second" \
    -o "$tmp/compared.html"
expect 0 "<h2>Change: " -- cat "$tmp/compared.html"
expect 2 "go together" -- "$cli" report --workspace "$demo" --agency "$national" --format csv --from "$first" \
    --to "$second"
# A target for one assessment, instead of the instrument's.
expect 0 "target of victimization-survey/feel_safe_dark for this assessment: 85" -- "$cli" assessment target \
    --workspace "$demo" --assessment "$first" --indicator victimization-survey/feel_safe_dark --value 85
expect 4 "no installed instrument declares the indicator victimization-survey/nope" -- "$cli" assessment target \
    --workspace "$demo" --assessment "$first" --indicator victimization-survey/nope --value 85
expect 0 "the instrument's again" -- "$cli" assessment target --workspace "$demo" --assessment "$first" \
    --indicator victimization-survey/feel_safe_dark --value default
# Design weights from a CSV: all or nothing, each mistake named with its line.
weights="$tmp/weights.csv"
{ echo "interview,weight"; "$cli" interview list --workspace "$demo" --assessment "$first" | cut -f1 | sed 's/$/,2.5/'; } >"$weights"
expect 0 "interview weights set" -- "$cli" assessment weights --workspace "$demo" --assessment "$first" --file "$weights"
printf 'interview,weight\nabc,0\n' >"$tmp/bad-weights.csv"
expect 2 "bad-weights.csv line 2: '0' is not a positive number" -- "$cli" assessment weights --workspace "$demo" \
    --assessment "$first" --file "$tmp/bad-weights.csv"
printf 'interview,weight\nnot-an-interview,1\n' >"$tmp/bad-weights.csv"
expect 2 "interview not-an-interview is not in assessment" -- "$cli" assessment weights --workspace "$demo" \
    --assessment "$first" --file "$tmp/bad-weights.csv"
expect 0 "every interview counts 1" -- "$cli" assessment weights --workspace "$demo" --assessment "$first" --clear
expect 4 "no agency with id nope" -- "$cli" score --workspace "$demo" --agency nope
expect 0 "^[0-9a-f-]{36}$" -- "$cli" agency add --workspace "$demo" --name "Lake Station" --kind station --parent "$national"
expect 2 "--kind must be" -- "$cli" agency add --workspace "$demo" --name "X" --kind castle

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
