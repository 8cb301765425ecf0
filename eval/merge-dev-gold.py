#!/usr/bin/env python3
"""Merges the hand-annotated parts in eval/dev-gold-parts/ into eval/dev-gold.json (the shared gold format plus
groups, each marked tune or check). The split is fixed here, before any tuning: groups sorted by id, business and
other groups each dealt alternately to tune and check. Run again only when a part is added."""
import json, glob, os, sys

here = os.path.dirname(os.path.abspath(__file__))
parts = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(here, "dev-gold-parts", "part-*.json")))]
entities, groups, claims, articles, problems = {}, [], [], {}, []
for part in parts:
    for eid, e in part["entities"].items():
        if eid in entities:
            if entities[eid]["kind"] != e["kind"]:
                problems.append(f"{eid}: kind {entities[eid]['kind']} in one part, {e['kind']} in {part['part']}")
            entities[eid]["names"] += [n for n in e["names"] if n not in entities[eid]["names"]]
        else:
            entities[eid] = {"kind": e["kind"], "names": list(e["names"])}
    groups += part["groups"]
    claims += part["claims"]
    for url, a in part["articles"].items():
        if url in articles:
            problems.append(f"{url} annotated twice")
        articles[url] = a

split = {}
for business in (True, False):
    for k, g in enumerate(sorted((g for g in groups if bool(g.get("business")) == business), key=lambda g: g["id"])):
        split[g["id"]] = "tune" if k % 2 == 0 else "check"
for g in groups:
    g["split"] = split[g["id"]]

files = sorted({a["date_extracted"][:10] + ".json" for a in articles.values()})
gold = {
    "about": "Dev gold: SaudiNewsNet articles in groups of 2-4 outlets reporting one event, annotated by reading "
             "(never from Rasid's output), in the shared gold format. Keys are article URLs; texts stay in "
             "../shared/corpus/saudinewsnet. Groups are split into tune and check; CI floors on check only.",
    "files": files,
    "entities": entities,
    "groups": groups,
    "stories": [g["articles"] for g in groups],
    "claims": claims,
    "articles": articles,
}
json.dump(gold, open(os.path.join(here, "dev-gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
outlets = {a["outlet"] for a in articles.values()}
print(f"{len(articles)} articles, {len(outlets)} outlets, {len(groups)} groups "
      f"({sum(1 for g in groups if not g.get('business'))} not business; "
      f"{sum(1 for g in groups if g['split'] == 'check')} check), {len(claims)} claims, {len(entities)} entities")
for p in problems:
    print("note:", p, file=sys.stderr)
