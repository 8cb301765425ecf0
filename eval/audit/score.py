#!/usr/bin/env python3
"""Summarizes a judged audit sample (verdicts filled by reading) as the table of issue 21:
    python3 eval/audit/score.py JUDGED.json [--keep eval/audit/DATE-COMMIT.json]"""
import json, sys

s = json.load(open(sys.argv[1], encoding="utf-8"))
def row(name, items, key, only=None):
    judged = [i for i in items if (only is None or only(i)) and i.get(key) is not None]
    right = sum(1 for i in judged if i[key] is True)
    print(f"| {name} | {right} | {len(judged)} | {right / len(judged):.2f} |" if judged else f"| {name} | - | 0 | - |")
print("| output | right | sample | share |\n|---|---|---|---|")
for status in ("conflict", "revised", "agreed"):
    row(f"{status} claims", s["claims"], "verdict", lambda i, st=status: i["status"] == st)
row("same-event stories", s["stories"], "verdict")
row("entity mention linked to the right entity", s["mentions"], "linked_right")
row("entity span", s["mentions"], "span_right")
row("figure bound to the right subject/metric (bound ones)", s["figures"], "binding_right", lambda i: i["subject"] is not None or i["metric"] is not None)
print(f"| figures unbound | {sum(1 for i in s['figures'] if i['subject'] is None and i['metric'] is None)} | {len(s['figures'])} | |")
row("figure value", s["figures"], "value_right")

# --keep OUT: writes the judged sample without the articles' text (sentences, openings), which stays in
# ../shared (research-only licence): ids, sources, surfaces, values, verdicts and notes are what is committed.
if "--keep" in sys.argv:
    out = sys.argv[sys.argv.index("--keep") + 1]
    kept = {k: v for k, v in s.items() if not isinstance(v, list)}
    kept["claims"] = [{**{k: v for k, v in c.items() if k != "values"},
                       "values": [{k: v for k, v in x.items() if k != "sentence"} for x in c["values"]]} for c in s.get("claims", [])]
    kept["stories"] = [{**{k: v for k, v in t.items() if k != "articles"},
                        "articles": [{k: v for k, v in a.items() if k != "opening"} for a in t["articles"]]} for t in s.get("stories", [])]
    kept["mentions"] = [{k: v for k, v in m.items() if k != "sentence"} for m in s.get("mentions", [])]
    kept["figures"] = [{k: v for k, v in f.items() if k != "sentence"} for f in s.get("figures", [])]
    json.dump(kept, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
