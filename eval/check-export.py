#!/usr/bin/env python3
"""Checks that a Rasid export keeps its contract (issue 21, point 0): every entity, story and claim id is unique
and names one record; a claim's values come from at least two articles; an agreed claim's values are equal
within the widest rounding Rasid allows (10%, for approximate values or bounds); every figure, date, mention
and claim value lies inside its article's text and says what the text says there.
    python3 eval/check-export.py EXPORT.jsonl [--max-story N]

With --max-story, a story of more than N articles is a fault too; the story sizes are printed either way."""
import json, sys
from collections import Counter

ids, texts, faults = Counter(), {}, []
claims, spans, story_sizes = [], [], Counter()
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    record = json.loads(line)
    kind = record["type"]
    if kind == "article":
        texts[record["id"]] = record["text"]
    elif kind in ("entity", "story", "claim"):
        ids[(kind, record["id"])] += 1
        if kind == "claim":
            claims.append(record)
        if kind == "story":
            story_sizes[len(record["articles"])] += 1
        if kind == "entity":
            spans += [(m["article"], m["start"], m["end"], m["surface"], f"entity {record['id']}") for m in record["mentions"]]
    elif kind in ("figure", "date"):
        spans.append((record["article"], record["start"], record["end"], record["surface"], f"{kind} on line {n}"))

for (kind, rid), count in ids.items():
    if count > 1:
        faults.append(f"{kind} id {rid} names {count} records")
for c in claims:
    articles = {v["article"] for v in c["values"]}
    if len(articles) < 2 and c["status"] != "revised":
        faults.append(f"claim {c['id']} ({c['status']}) rests on one article")
    if c["status"] == "agreed":
        values = [v["value"] for v in c["values"]]
        low, high = min(values), max(values)
        if high - low > 0.10 * max(abs(high), abs(low)) + 1e-9:
            faults.append(f"agreed claim {c['id']} holds unequal values {low} and {high}")
    for v in c["values"]:
        spans.append((v["article"], v["start"], v["end"], v["surface"], f"claim {c['id']}"))
for article, start, end, surface, what in spans:
    text = texts.get(article)
    if text is None:
        faults.append(f"{what}: article {article} is not in the export")
    elif not (0 <= start <= end <= len(text)) or text[start:end] != surface:
        faults.append(f"{what}: [{start}, {end}) is not \"{surface}\" in article {article}")

max_story = int(sys.argv[sys.argv.index("--max-story") + 1]) if "--max-story" in sys.argv else None
if max_story is not None and story_sizes and max(story_sizes) > max_story:
    faults.append(f"stories of {sorted(s for s in story_sizes if s > max_story)} articles, over {max_story}")
counts = Counter(k for k, _ in ids)
print("story sizes (articles: stories): " + " ".join(f"{k}:{v}" for k, v in sorted(story_sizes.items())))
print(f"{len(texts)} articles, {counts['entity']} entities, {counts['story']} stories, {counts['claim']} claims, {len(spans)} spans checked: {len(faults)} faults")
for f in faults[:20]:
    print("  " + f)
sys.exit(1 if faults else 0)
