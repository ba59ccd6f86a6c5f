#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks questionnaires/services/rules.json against the library (docs/scoring.md, "Rules and recommendations"):

- every indicator of every instrument (questionnaires/<id>/<id>.json) is named by at least one rule;
- every rule names an indicator that exists, has a unique id, a non-empty list of distinct services of clusters II-VIII
  (questionnaires/services/menu.json), exactly one condition in `when` (`below`, `above` or `gap_at_least`) with a
  number, and an English rationale;
- `below` / `above` agree with the indicator's target direction (higher is better -> below, lower -> above), and the
  threshold lies on the indicator's scale (0-100 for proportions, scales and rescaled means, 0-3 for rubrics, >= 0
  for rates).

Usage: tools/check-rules.py [REPOSITORY_ROOT]. Prints every problem and exits 1 if there is any, else prints a summary
and exits 0. Standard library only.
"""
import glob
import json
import os
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
QDIR = os.path.join(ROOT, "questionnaires")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def scale(ind):
    """(low, high) of the indicator's own scale, or None when it is open-ended."""
    t = ind.get("type")
    if t in ("proportion", "scale"):
        return (0.0, 100.0)
    if t == "rubric":
        return (0.0, 3.0)
    if t == "mean" and isinstance(ind.get("min"), (int, float)) and isinstance(ind.get("max"), (int, float)):
        return (0.0, 100.0)  # rescaled to 0-100 by scoring
    if t == "rate":
        return (0.0, float("inf"))
    return None  # borich, mean without min and max: the raw value


def main():
    problems = []

    services = set()
    menu = load(os.path.join(QDIR, "services", "menu.json"))
    for cluster in menu.get("clusters", []):
        if cluster.get("id") != "I":
            services.update(s.get("id") for s in cluster.get("services", []))

    indicators = {}  # "instrument/indicator" -> indicator object
    for path in sorted(glob.glob(os.path.join(QDIR, "*", "*.json"))):
        if os.path.basename(os.path.dirname(path)) == "services":
            continue
        doc = load(path)
        for ind in doc.get("indicators", []):
            indicators[f"{doc.get('id')}/{ind.get('id')}"] = ind

    rules = load(os.path.join(QDIR, "services", "rules.json"))
    for key in ("format_version", "rules"):
        if key not in rules:
            problems.append(f"rules.json: no `{key}`")
    seen_ids = set()
    covered = set()
    for n, rule in enumerate(rules.get("rules", []), 1):
        rid = rule.get("id")
        where = f"rule {rid or '#' + str(n)}"
        if not isinstance(rid, str) or not rid:
            problems.append(f"{where}: no id")
        elif rid in seen_ids:
            problems.append(f"{where}: duplicate id")
        seen_ids.add(rid)

        key = rule.get("indicator")
        ind = indicators.get(key)
        if ind is None:
            problems.append(f"{where}: unknown indicator {key!r}")
        else:
            covered.add(key)

        svc = rule.get("services")
        if not isinstance(svc, list) or not svc:
            problems.append(f"{where}: no services")
            svc = []
        if len(set(svc)) != len(svc):
            problems.append(f"{where}: a service is listed twice")
        for s in svc:
            if s not in services:
                problems.append(f"{where}: {s!r} is not a service of clusters II-VIII")

        rationale = rule.get("rationale")
        if not isinstance(rationale, dict) or not str(rationale.get("en", "")).strip():
            problems.append(f"{where}: no English rationale")

        when = rule.get("when")
        if not isinstance(when, dict) or len(when) != 1 or next(iter(when)) not in ("below", "above", "gap_at_least"):
            problems.append(f"{where}: `when` needs exactly one of below, above, gap_at_least")
            continue
        op, value = next(iter(when.items()))
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            problems.append(f"{where}: `{op}` is not a number")
            continue
        if ind is None:
            continue
        if op == "gap_at_least":
            if not 0 <= value <= 1:
                problems.append(f"{where}: gap_at_least {value} outside 0-1")
            if "target" not in ind:
                problems.append(f"{where}: gap_at_least on an indicator without a target never fires")
            continue
        direction = ind.get("target", {}).get("direction")
        if direction == "higher" and op != "below":
            problems.append(f"{where}: {key} is higher-is-better, the rule should use `below`")
        if direction == "lower" and op != "above":
            problems.append(f"{where}: {key} is lower-is-better, the rule should use `above`")
        bounds = scale(ind)
        if bounds and not bounds[0] <= value <= bounds[1]:
            problems.append(f"{where}: {op} {value} is outside the {ind.get('type')} scale {bounds[0]:g}-{bounds[1]:g}")
        if bounds and ((op == "below" and value <= bounds[0]) or (op == "above" and value >= bounds[1])):
            problems.append(f"{where}: {op} {value} can never fire")

    uncovered = sorted(set(indicators) - covered)
    for key in uncovered:
        problems.append(f"uncovered indicator: {key}")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s); {len(uncovered)} of {len(indicators)} indicators uncovered", file=sys.stderr)
        return 1
    instruments = len({k.split("/")[0] for k in indicators})
    print(f"ok: {len(rules.get('rules', []))} rules cover all {len(indicators)} indicators of {instruments} instruments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
