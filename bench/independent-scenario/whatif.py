#!/usr/bin/env python3
"""What the ranking would score if some of detect's false signals were gone: recomputes each party's risk
from parties.jsonl (risk = 1 - prod(1 - w) over its flags' effective weights, as risk-v2 does) after
  carriers:      dropping listed_carrier flags none of whose evidence records has a carrier the scenario
                 really took from a list (an airline or vessel name of the SDN, or an IMO the lists hold);
  manufacturers: dropping listed_manufacturer flags (brands are makers, not parties; the scenario's brands are
                 not the listed firms the flags name, except a few Chinese makers on investment lists);
  screening:     treating parties that detect calls listed but the scenario did not list as unlisted, without
                 their listed_party flag, and dropping trades_with_listed flags none of whose evidence records
                 has a really listed counterparty;
and, last, leaving out the 'grey' parties (Chinese makers selling CHPL bearings and connectors to Russian
industry: neither planted nor innocent); then computes precision@K, recall@K and AP as `eval detection` does (a finding matches a planted party when
the country agrees and a spelling is shared). An estimate of each defect's cost, not a fix.

usage: whatif.py SCENARIO_DIR FINDINGS_DIR
"""
import csv
import json
import os
import sys


def evaluate(findings, planted):
    k = len(planted)
    first = {}
    hits = pos = hits_k = found_k = 0
    prec = {}
    for f in findings:
        if f["listed"]:
            continue
        names = set([f["name"].strip()] + [a.strip() for a in f.get("aliases", [])])
        fresh, dup = [], False
        for t in planted:
            if t["country"] == f.get("country", "") and names & t["_aliases"]:
                if t["party_id"] in first:
                    dup = True
                else:
                    fresh.append(t["party_id"])
        if not fresh and dup:
            continue
        pos += 1
        if not fresh:
            continue
        hits += 1
        if pos <= k:
            hits_k += 1
        for p in fresh:
            first[p] = pos
            prec[p] = hits / pos
            if pos <= k:
                found_k += 1
    return hits_k / k, found_k / k, sum(prec.values()) / k


def main():
    scen, fdir = sys.argv[1], sys.argv[2]
    truth = json.load(open(os.path.join(scen, "truth.json"), encoding="utf-8"))
    planted = truth["planted_parties"]
    for t in planted:
        t["_aliases"] = set(t["aliases"])
    listed_truth = {(t["country"], a) for t in truth["listed_end_users"] for a in t["aliases"]}
    legit_carriers = set()
    bad_records = set()
    with open(os.path.join(scen, "shipments.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    # carriers the scenario took from the lists: the ones that only evasion records use
    by_carrier = {}
    for r in rows:
        by_carrier.setdefault(r["carrier"], set()).add(r["record_id"])
    sanctioned = {"MAHAN AIR", "IRAN AIR"}
    for r in rows:
        if r["carrier"] in sanctioned or (r["vessel_imo"] and r["carrier"].isupper() and r["carrier"] not in
                                          ("MAERSK ESSEN", "MSC AURORA", "CMA CGM TAGE", "COSCO SHIPPING TAURUS", "EVER GIVEN", "ONE HARMONY")):
            bad_records.add(r["record_id"])
    kind = {}
    with open(os.path.join(scen, "parties_key.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            kind[r["party_id"]] = r["kind"]
    parties_of = {}
    with open(os.path.join(scen, "truth_parties.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            parties_of.setdefault(r["record_id"], []).append(r["party_id"])
    base = [json.loads(s) for s in open(os.path.join(fdir, "parties.jsonl"), encoding="utf-8") if s.strip()]

    names_of = {}
    with open(os.path.join(scen, "parties_key.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names_of[r["party_id"]] = set(n.strip() for n in r["names"].split(" | "))

    def rerank(drop_carrier, drop_maker, unlist, drop_grey=False):
        out = []
        for f in base:
            g = dict(f)
            flags = f.get("red_flags", [])
            is_truth_listed = any((f.get("country", ""), n) in listed_truth for n in [f["name"]] + f.get("aliases", []))
            if unlist and f["listed"] and not is_truth_listed:
                g["listed"] = False
                flags = [x for x in flags if x["rule"] != "listed_party"]
            if unlist:
                # trading with a party that is not really listed is no flag
                flags = [x for x in flags if x["rule"] != "trades_with_listed"
                         or any(kind.get(p) == "listed" for e in x.get("evidence", []) for p in parties_of.get(e, []))]
            if drop_carrier:
                flags = [x for x in flags if x["rule"] != "listed_carrier" or any(e in bad_records for e in x.get("evidence", []))]
            if drop_maker:
                flags = [x for x in flags if x["rule"] != "listed_manufacturer"]
            keep = 1.0
            for x in flags:
                keep *= 1 - x["weight"]
            g["_risk"] = 1 - keep if not g["listed"] else 2
            if drop_grey and any(kind.get(p) == "grey" for e in f.get("record_ids", [])[:3] for p in parties_of.get(e, [])
                                 if p in names_of and names_of[p] & set([f["name"]] + f.get("aliases", []))):
                continue
            out.append(g)
        out.sort(key=lambda x: -x["_risk"])
        return out

    print(f"{'variant':48} {'P@K':>6} {'R@K':>6} {'AP':>6}")
    for label, args in [("as detect ranked (recomputed)", (False, False, False)),
                        ("without false listed_carrier", (True, False, False)),
                        ("without listed_manufacturer", (False, True, False)),
                        ("without false listings (screening)", (False, False, True)),
                        ("without all three", (True, True, True)),
                        ("without all three, grey parties left out", (True, True, True, True))]:
        p, r, ap = evaluate(rerank(*args), planted)
        print(f"{label:48} {p:6.3f} {r:6.3f} {ap:6.3f}")


if __name__ == "__main__":
    main()
