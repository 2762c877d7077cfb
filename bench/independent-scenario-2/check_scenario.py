#!/usr/bin/env python3
"""Checks a written scenario: every row fits formats.md §1, every mention has a party in truth_parties.csv,
the truth's aliases are spellings in the records, and no invented name equals a listed name (normalised).

    python3 check_scenario.py DIR [--lists ../shared/data]
"""
import argparse
import collections
import csv
import json
import re
import sys

import lists

# real shipping lines and airlines, written as they are; a listed name equal to one is the list's homonym, not ours
REAL_CARRIERS = {"MAERSK", "MSC", "CMA CGM", "HAPAG-LLOYD", "EVERGREEN", "ONE", "YANG MING", "HMM", "ZIM", "ARKAS", "WAN HAI"}
REQUIRED = ["record_id", "date", "exporter_name", "exporter_country", "importer_name", "importer_country", "destination_country", "hs_code", "value_usd"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--lists", default="../shared/data")
    a = ap.parse_args()
    errors = []
    rows = list(csv.DictReader(open(f"{a.dir}/shipments.csv", encoding="utf-8", newline="")))
    ids = set()
    for i, r in enumerate(rows, 2):
        for c in REQUIRED:
            if not r[c].strip():
                errors.append(f"line {i}: {c} empty")
        if r["record_id"] in ids:
            errors.append(f"line {i}: duplicate record_id")
        ids.add(r["record_id"])
        for c in ("exporter_country", "importer_country", "destination_country", "origin_country", "dispatch_country"):
            if r[c] and not re.fullmatch(r"[A-Z]{2}", r[c]):
                errors.append(f"line {i}: {c} {r[c]!r}")
        if not re.fullmatch(r"\d{6,10}", r["hs_code"]):
            errors.append(f"line {i}: hs_code {r['hs_code']!r}")
        if r["vessel_imo"] and not re.fullmatch(r"\d{7}", r["vessel_imo"]):
            errors.append(f"line {i}: vessel_imo {r['vessel_imo']!r}")
        if r["transport_mode"] not in ("", "sea", "air", "road", "rail", "post", "other"):
            errors.append(f"line {i}: transport_mode {r['transport_mode']!r}")
        float(r["value_usd"])
    truth = json.load(open(f"{a.dir}/truth.json", encoding="utf-8"))
    mentions = {}
    for r in csv.DictReader(open(f"{a.dir}/truth_parties.csv", encoding="utf-8")):
        mentions[(r["record_id"], r["role"])] = r["party_id"]
    if len(mentions) != 2 * len(rows):
        errors.append(f"truth_parties.csv has {len(mentions)} mentions for {len(rows)} records")
    by_party = {}
    for r in rows:
        for role in ("exporter", "importer"):
            by_party.setdefault(mentions[(r["record_id"], role)], set()).add(r[f"{role}_name"].strip())
    special = set()
    for p in truth["planted_parties"] + truth["listed_end_users"]:
        special.add(p["party_id"])
        if set(p["aliases"]) != by_party.get(p["party_id"], set()):
            errors.append(f"{p['party_id']}: aliases differ from the spellings in the records")
    listed = lists.listed_cores(a.lists)
    listed_party = {p["party_id"] for p in truth["listed_end_users"]}
    clashes = sorted({(pid, n) for pid, ns in by_party.items() if pid not in listed_party for n in ns if lists.core(n) in listed})
    for pid, n in clashes[:20]:
        errors.append(f"invented name equals a listed name: {pid} {n!r}")
    # an innocent party never declares controlled goods to Russia or Belarus after the ban of 2022-02-24
    chpl = {r["hs6"] for r in csv.DictReader(open(f"{a.lists}/chpl/chpl_hs6.csv", encoding="utf-8"))}
    innocent_chpl = collections.Counter()
    for r in rows:
        if r["date"] >= "2022-02-24" and r["destination_country"] in ("RU", "BY") and r["hs_code"][:6] in chpl:
            if mentions[(r["record_id"], "exporter")] not in special:
                innocent_chpl[mentions[(r["record_id"], "exporter")]] += 1
    for pid, n in innocent_chpl.most_common(5):
        if "civil-chpl" in truth.get("variant", ""):  # by design there: Chinese makers' own sales to Russian industry
            print(f"innocent exporter {pid} declares CHPL goods to RU/BY after the ban on {n} records (civil-chpl variant)")
            continue
        errors.append(f"innocent exporter {pid} declares CHPL goods to RU/BY after the ban on {n} records")
    carriers = collections.Counter()
    for r in rows:
        for c in r["carrier"].split(" / "):
            if c and lists.core(c) in listed:
                special_record = mentions[(r["record_id"], "exporter")] in special or mentions[(r["record_id"], "importer")] in special
                carriers[(c, "planted or listed party" if special_record else "INNOCENT")] += 1
    for (c, who), n in sorted(carriers.items()):
        print(f"listed carrier {c!r} on {n} records of a {who}")
        if who == "INNOCENT" and c not in REAL_CARRIERS:
            errors.append(f"listed carrier {c!r} on an innocent record")
    print(json.dumps({"records": len(rows), "parties": len(by_party), "planted": len(truth["planted_parties"]),
                      "listed": len(truth["listed_end_users"]), "invented_listed_clashes": len(clashes), "errors": len(errors)}))
    for e in errors[:30]:
        print(e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
