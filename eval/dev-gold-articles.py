#!/usr/bin/env python3
"""Writes the articles a gold file names (by URL) from ../shared/corpus/saudinewsnet as JSON Lines, so that an
evaluation ingests only them: python3 eval/dev-gold-articles.py eval/dev-gold.json OUT.jsonl"""
import json, os, sys

gold_path, out_path = sys.argv[1], sys.argv[2]
corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus", "saudinewsnet")
gold = json.load(open(gold_path, encoding="utf-8"))
wanted = set(gold["articles"])
found = {}
for name in gold.get("files", sorted(os.listdir(corpus))):
    for record in json.load(open(os.path.join(corpus, name), encoding="utf-8")):
        if record["url"] in wanted and record["url"] not in found:
            found[record["url"]] = record
with open(out_path, "w", encoding="utf-8") as out:
    for url in sorted(found):
        out.write(json.dumps(found[url], ensure_ascii=False) + "\n")
missing = wanted - set(found)
print(f"{len(found)} of {len(wanted)} gold articles written to {out_path}" + (f"; missing: {sorted(missing)}" if missing else ""))
sys.exit(1 if missing else 0)
