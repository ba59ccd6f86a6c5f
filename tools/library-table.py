#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the questionnaires/README.md table from the instrument files (items, languages, sources) plus the expected
interview length, which only the authors know (MINUTES below; keep it up to date when an instrument changes)."""
import glob, json, os, sys

MINUTES = {
    "safety-audit": "60–120 (one walk)",
    "victimization-survey": "~30, +3–5 per incident, +10 violence module",
    "police-satisfaction-survey": "~15",
    "technical-needs-assessment": "60–90",
    "skills-gap-analysis": "20 (25 for supervisors)",
    "policy-survey": "~90, plus document reading",
    "training-needs-assessment": "30–35",
    "training-curricula-assessment": "30, +10–15 per module",
    "stakeholder-mapping": "15, +3–5 per actor",
    "data-systems-assessment": "~60 + ~20 observation",
    "police-capacity-self-assessment": "~180 (two sessions)",
    "reform-monitoring-evaluation": "~60, +3 per indicator",
    "police-integrity-survey": "~25",
}
ANSWERABLE = {"text", "integer", "decimal", "date", "select_one", "select_multiple", "yes_no", "likert", "geopoint",
              "photo", "file"}

root = os.path.join(os.path.dirname(__file__), "..", "questionnaires")
rows = []
for path in sorted(glob.glob(os.path.join(root, "*", "*.json"))):
    if "/services/" in path:
        continue
    d = json.load(open(path, encoding="utf-8"))
    count = 0
    def walk(nodes):
        global count
        for n in nodes:
            if n["type"] in ANSWERABLE:
                count += 1
            walk(n.get("children", []))
    walk(d["sections"])
    langs = ", ".join(l["code"] + ("" if l["status"] == "reviewed" else " (draft)") for l in d["languages"])
    sources = " ".join(s["id"] for s in d["metadata"]["sources"])
    rows.append((d["metadata"]["service"], d["id"], d["metadata"]["respondent"], count, MINUTES.get(d["id"], "?"),
                 langs, len(d.get("indicators", [])), sources))
rows.sort(key=lambda r: (int(r[0].split(".")[1]), r[1]))
print("| service | instrument | respondents | items | minutes | languages | indicators | sources |")
print("|---|---|---|---|---|---|---|---|")
for r in rows:
    print("| %s | [`%s`](%s/%s.json) | %s | %d | %s | %s | %d | %s |" % (r[0], r[1], r[1], r[1], r[2], r[3], r[4], r[5], r[6], r[7]))
