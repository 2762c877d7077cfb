#!/usr/bin/env python3
"""Listed entities that detect left as more than one party in one country.

    python3 split_listed.py FINDINGS_DIR [FINDINGS_DIR ...]

Reads FINDINGS_DIR/parties.jsonl (formats.md §2). A listed party is taken as the entity of its best list match; an
entity taken so by two or more parties of one country is split (one sanctioned firm shown as several). Prints, per
folder, the listed parties, the entities they stand for, and the split ones with their parties' names.
"""
import collections
import json
import sys


def split(findings_dir):
    by_entity = collections.defaultdict(list)
    listed = 0
    for line in open(f"{findings_dir}/parties.jsonl", encoding="utf-8"):
        if not line.strip():
            continue
        p = json.loads(line)
        if not p.get("listed") or not p.get("list_matches"):
            continue
        listed += 1
        by_entity[(p["country"], p["list_matches"][0]["entity_id"])].append(p["name"])
    return listed, by_entity


def main():
    for d in sys.argv[1:]:
        listed, by_entity = split(d)
        split_ones = {k: v for k, v in by_entity.items() if len(v) > 1}
        extra = sum(len(v) - 1 for v in split_ones.values())
        print(f"{d}: {listed} listed parties, {len(by_entity)} entities, {len(split_ones)} split ({extra} extra parties)")
        for (country, entity), names in sorted(split_ones.items()):
            print(f"  {country} {entity}: " + " | ".join(names))


if __name__ == "__main__":
    main()
