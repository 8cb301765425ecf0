#!/usr/bin/env python3
"""Summarizes judged audit files (eval/audit/*.json with verdicts) as the table of issue 21:
    python3 eval/audit/score.py eval/audit/sample-XXXX.json"""
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
