#!/usr/bin/env python3
"""Explains detect's findings on an independent scenario: where planted parties rank and why, which
innocent parties outrank them, which parties detect calls listed that the truth does not, and how often
each rule fires on planted, listed, grey and legitimate parties.

usage: diagnose.py SCENARIO_DIR FINDINGS_DIR [--top N]
Standard library only. Reads truth.json, parties_key.csv, shipments.csv and parties.jsonl.
"""
import argparse
import collections
import csv
import json
import os


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scenario")
    ap.add_argument("findings")
    ap.add_argument("--top", type=int, default=25)
    a = ap.parse_args()
    key = {}
    by_spelling = {}
    with open(os.path.join(a.scenario, "parties_key.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key[r["party_id"]] = r
            for n in r["names"].split(" | "):
                by_spelling.setdefault((r["country"], n.strip()), []).append(r["party_id"])
    truth = json.load(open(os.path.join(a.scenario, "truth.json"), encoding="utf-8"))
    findings = [json.loads(s) for s in open(os.path.join(a.findings, "parties.jsonl"), encoding="utf-8") if s.strip()]

    def who(fd):
        votes = collections.Counter()
        for n in [fd["name"]] + fd.get("aliases", []):
            for pid in by_spelling.get((fd.get("country", ""), n.strip()), []):
                votes[pid] += 1
        if not votes:
            return None, "?"
        pid = votes.most_common(1)[0][0]
        return pid, key[pid]["kind"]

    def flags(fd):
        return ",".join(f"{x['rule']}:{x['weight']:.2f}" for x in fd.get("red_flags", []))

    mapped = [(fd,) + who(fd) for fd in findings]
    kinds = collections.Counter(k for _, _, k in mapped)
    print(f"{len(findings)} findings; by true kind: {dict(kinds)}")

    # 1. false listings
    print("\n== parties detect calls listed that the scenario did not list ==")
    fl = [(fd, pid, k) for fd, pid, k in mapped if fd["listed"] and k != "listed"]
    print(f"{len(fl)} of {sum(1 for fd in findings if fd['listed'])} listed findings")
    for fd, pid, k in fl[: a.top]:
        m = fd.get("list_matches", [])[:1]
        mm = f"{m[0]['name']} ({m[0]['entity_id']}, {m[0].get('score')})" if m else "-"
        print(f"  rank {fd['rank']:>5} {k:7} {fd['country']} {fd['name'][:50]:50} -> {mm}")

    # 2. listed truth parties: spellings that ended unlisted
    print("\n== listed parties: spellings that ended in an unlisted finding ==")
    spelling_listed = {}
    for fd in findings:
        for n in [fd["name"]] + fd.get("aliases", []):
            spelling_listed[(fd.get("country", ""), n.strip())] = (fd["listed"], fd["rank"])
    miss = 0
    total = 0
    for t in truth["listed_end_users"]:
        for n in t["aliases"]:
            total += 1
            st = spelling_listed.get((t["country"], n))
            if st is None or not st[0]:
                miss += 1
                print(f"  {t['entity_id']:40} {t['country']} {n!r} -> {'absent' if st is None else 'unlisted rank ' + str(st[1])}")
    print(f"  {total - miss} of {total} spellings of listed parties end in a listed finding")

    # 3. unlisted ranking: top innocents and low planted
    print("\n== unlisted ranking (position among unlisted) ==")
    pos = 0
    planted_pos = {}
    rows = []
    for fd, pid, k in mapped:
        if fd["listed"]:
            continue
        pos += 1
        rows.append((pos, fd, pid, k))
        if k == "planted" and pid not in planted_pos:
            planted_pos[pid] = pos
    K = len(truth["planted_parties"])
    print(f"K = {K}; innocent parties in the first K positions:")
    for p, fd, pid, k in rows[:K]:
        if k != "planted":
            print(f"  pos {p:>4} {k:6} {pid} {fd['country']} {fd['name'][:45]:45} risk {fd['risk']:.3f} [{flags(fd)}]")
    print("planted parties below position K (or absent):")
    for t in truth["planted_parties"]:
        p = planted_pos.get(t["party_id"])
        if p is None or p > K:
            fd = next((x for x, pid, _ in mapped if pid == t["party_id"]), None)
            print(f"  pos {p if p else '-':>4} {t['party_id']} {t['country']} {t['name'][:40]:40} n={len(t['record_ids']):>3} "
                  f"patterns={','.join(t['patterns'])}\n         flags [{flags(fd) if fd else 'no finding'}] risk {fd['risk'] if fd else '-'}")

    # 3b. planted parties by their place in the chain
    dest_of = collections.defaultdict(set)
    with open(os.path.join(a.scenario, "truth_parties.csv"), encoding="utf-8") as f:
        exporter_of = {r["record_id"]: r["party_id"] for r in csv.DictReader(f) if r["role"] == "exporter"}
    with open(os.path.join(a.scenario, "shipments.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            pid = exporter_of.get(r["record_id"])
            if pid and key[pid]["kind"] == "planted":
                dest_of[pid].add(r["destination_country"])
    print("\nplanted parties by place in the chain: found in the first K positions / all")
    place = collections.defaultdict(lambda: [0, 0])
    for t in truth["planted_parties"]:
        pid = t["party_id"]
        if t["country"] in ("RU", "BY"):
            where = "Russian/Belarusian consignee (front)"
        elif t["country"] in ("IR", "KP"):
            where = "embargoed supplier (IR, KP)"
        elif dest_of[pid] & {"RU", "BY"}:
            where = "last hub before Russia"
        else:
            where = "earlier hub (sells only to another hub)"
        place[where][1] += 1
        p = planted_pos.get(pid)
        if p is not None and p <= K:
            place[where][0] += 1
    for where, (f_, n_) in sorted(place.items()):
        print(f"  {where:42} {f_:>4} / {n_:<4}")

    # 4. rule firing by kind
    print("\n== parties raising each rule, by true kind ==")
    per = collections.defaultdict(collections.Counter)
    for fd, pid, k in mapped:
        for x in fd.get("red_flags", []):
            per[x["rule"]][k] += 1
    print(f"  {'rule':32} " + " ".join(f"{k:>8}" for k in ("planted", "listed", "grey", "legit", "?")))
    for rule in sorted(per):
        c = per[rule]
        print(f"  {rule:32} " + " ".join(f"{c.get(k, 0):>8}" for k in ("planted", "listed", "grey", "legit", "?")))
    print(f"  {'(parties of the kind)':32} " + " ".join(f"{kinds.get(k, 0):>8}" for k in ("planted", "listed", "grey", "legit", "?")))


if __name__ == "__main__":
    main()
