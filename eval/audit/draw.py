#!/usr/bin/env python3
"""Draws the seeded precision audit sample from a Rasid export (rasid export --format jsonl) of SaudiNewsNet:
30 conflicting claims, 30 revised (or all), 30 agreed, 30 same-event stories, 60 entity mentions, 40 figures.
Each item carries what a reader needs to judge it (sentences, titles, the text around a mention). Verdicts are
written by reading, into the same file's "verdict" fields, and summarized by eval/audit/score.py.

    python3 eval/audit/draw.py EXPORT.jsonl OUT.json [--seed 21]"""
import json, random, sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 21
export_path, out_path = args[0], args[1]

articles, claims, stories, entities, figures = {}, [], [], [], []
for line in open(export_path, encoding="utf-8"):
    record = json.loads(line)
    kind = record["type"]
    if kind == "article":
        articles[record["id"]] = {"title": record.get("title"), "source": record["source"], "published": record.get("published"), "text": record["text"]}
    elif kind == "claim":
        claims.append(record)
    elif kind == "story":
        stories.append(record)
    elif kind == "entity":
        entities.append(record)
    elif kind == "figure":
        figures.append(record)

def is_end(text, i):
    """A sentence ends at a newline, a question mark, or a full stop that is no decimal point (0.94 is one number)."""
    if text[i] in "\n؟":
        return True
    return text[i] == "." and not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())

def sentence(article_id, start, end):
    text = articles[article_id]["text"]
    a = start
    while a > 0 and not is_end(text, a - 1):
        a -= 1
    b = end
    while b < len(text) and not is_end(text, b):
        b += 1
    b = min(b + 1, len(text))
    if b - a > 600:
        a, b = max(a, start - 250), min(b, end + 250)
    return text[a:b].strip()

rng = random.Random(seed)
def draw(items, n):
    return items if len(items) <= n else rng.sample(items, n)

sample = {"seed": seed, "export": export_path, "claims": [], "stories": [], "mentions": [], "figures": []}
for status, n in (("conflict", 30), ("revised", 30), ("agreed", 30)):
    for c in draw([c for c in claims if c["status"] == status], n):
        sample["claims"].append({
            "id": c["id"], "status": status, "subject": c["subject"], "metric": c["metric"], "period": c.get("period"),
            "values": [{"value": v["value"], "max": v.get("max"), "unit": v["unit"], "surface": v["surface"], "source": v.get("source"),
                        "published": v.get("published"), "sentence": v.get("sentence")} for v in c["values"]],
            "verdict": None, "note": ""})
for s in draw([s for s in stories if s["kind"] == "same-event"], 30):
    sample["stories"].append({
        "id": s["id"], "size": len(s["articles"]),
        "articles": [{"title": articles[a]["title"], "source": articles[a]["source"], "published": articles[a]["published"],
                      "opening": articles[a]["text"][:300]} for a in s["articles"][:12]],
        "verdict": None, "note": ""})
mentions = [(e, m) for e in entities for m in e["mentions"]]
for e, m in draw(mentions, 60):
    sample["mentions"].append({
        "entity": e["name"], "kind": e["kind"], "aliases": e["aliases"][:15], "entity_mentions": len(e["mentions"]),
        "surface": m["surface"], "article": articles[m["article"]]["source"], "sentence": sentence(m["article"], m["start"], m["end"]),
        "linked_right": None, "span_right": None, "note": ""})
for f in draw(figures, 40):
    sample["figures"].append({
        "surface": f["surface"], "kind": f["kind"], "value": f["value"], "max": f.get("max"), "unit": f["unit"],
        "qualifier": f["qualifier"], "subject": f.get("subject"), "metric": f.get("metric"), "article": articles[f["article"]]["source"],
        "sentence": sentence(f["article"], f["start"], f["end"]),
        "value_right": None, "binding_right": None, "note": ""})
json.dump(sample, open(out_path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{len(sample['claims'])} claims, {len(sample['stories'])} stories, {len(sample['mentions'])} mentions, {len(sample['figures'])} figures -> {out_path}")
