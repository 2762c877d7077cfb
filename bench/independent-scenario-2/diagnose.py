#!/usr/bin/env python3
"""Where detect's ranking and resolution go wrong on a scenario written by write_scenario.py.

    python3 diagnose.py DIR [--top N]

DIR holds shipments.csv, truth.json, truth_parties.csv, parties_debug.csv and findings/ (detect's output).
Prints: planted parties ranked below K and what their records look like; the innocent parties ranked within
the first K unlisted positions, with their kind of trade and detect's explanation; listed parties missed or
split; the carrier and manufacturer flags raised on innocent records; the truth parties split or merged by
resolution. Findings are matched to truth parties the way `eval detection` does (same country, a spelling in
common), and to mentions by record id and spelling.
"""
import argparse
import collections
import csv
import json
import re


def load(d):
    rows = {r["record_id"]: r for r in csv.DictReader(open(f"{d}/shipments.csv", encoding="utf-8", newline=""))}
    truth = json.load(open(f"{d}/truth.json", encoding="utf-8"))
    mention = {(r["record_id"], r["role"]): r["party_id"] for r in csv.DictReader(open(f"{d}/truth_parties.csv", encoding="utf-8"))}
    debug = {r["party_id"]: r for r in csv.DictReader(open(f"{d}/parties_debug.csv", encoding="utf-8"))}
    findings = [json.loads(l) for l in open(f"{d}/findings/parties.jsonl", encoding="utf-8") if l.strip()]
    findings.sort(key=lambda f: f["rank"])
    flagged = {}
    for l in open(f"{d}/findings/shipments.jsonl", encoding="utf-8"):
        if l.strip():
            s = json.loads(l)
            flagged[s["record_id"]] = s
    return rows, truth, mention, debug, findings, flagged


def truth_parties_of(f, rows, mention):
    """Truth party ids of a finding's mentions (record in its record_ids, declared name among its spellings)."""
    names = {f["name"].strip()} | {a.strip() for a in f.get("aliases", [])}
    out = collections.Counter()
    for rid in f.get("record_ids", []):
        r = rows.get(rid)
        if not r:
            continue
        for role in ("exporter", "importer"):
            if r[f"{role}_name"].strip() in names and r[f"{role}_country"] == f.get("country"):
                out[mention[(rid, role)]] += 1
    return out


def describe(pid, rows, mention, truth_records):
    recs = [rows[r] for r in truth_records]
    roles = collections.Counter()
    ru = chpl = 0
    descs, dests, partners = collections.Counter(), collections.Counter(), collections.Counter()
    for r in recs:
        for role in ("exporter", "importer"):
            if mention[(r["record_id"], role)] == pid:
                roles[role] += 1
                other = "importer" if role == "exporter" else "exporter"
                partners[f"{r[other + '_name']} ({r[other + '_country']})"] += 1
        dests[r["destination_country"]] += 1
        descs[f"{r['hs_code'][:6]} {r['description'][:30]}"] += 1
    return {"records": len(recs), "roles": dict(roles), "dest": dict(dests.most_common(3)), "goods": [g for g, _ in descs.most_common(3)],
            "partners": [p for p, _ in partners.most_common(3)], "first": min((r["date"] for r in recs), default=""),
            "last": max((r["date"] for r in recs), default="")}


def rules(f):
    return ",".join(sorted({x["rule"] for x in f.get("red_flags", [])}))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--top", type=int, default=12)
    a = ap.parse_args()
    rows, truth, mention, debug, findings, flagged = load(a.dir)
    planted = {p["party_id"]: p for p in truth["planted_parties"]}
    listed = {p["party_id"]: p for p in truth["listed_end_users"]}
    K = len(planted)

    # positions among unlisted findings, as eval detection walks them
    pos, first_pos, innocents_high = 0, {}, []
    for f in findings:
        if f["listed"]:
            continue
        tp = truth_parties_of(f, rows, mention)
        hits = [p for p in tp if p in planted]
        new = [p for p in hits if p not in first_pos]
        if hits and not new:
            continue
        pos += 1
        for p in new:
            first_pos[p] = (pos, f)
        if not hits and pos <= K:
            innocents_high.append((pos, f, tp))

    print(f"# Diagnosis of {a.dir}\n\nK = {K} planted parties; {len(listed)} listed parties in the truth.\n")
    print("## Planted parties ranked below position K\n")
    low = sorted(((first_pos.get(p, (10 ** 9, None)), p) for p in planted), key=lambda x: -x[0][0])
    for (p_pos, f), pid in low:
        if p_pos <= K:
            continue
        t = planted[pid]
        d = describe(pid, rows, mention, t["record_ids"])
        print(f"- **{t['name']}** ({t['country']}, {pid}) position {p_pos}, patterns {','.join(t['patterns'])}; {d['records']} records "
              f"{d['roles']} {d['first']}..{d['last']}, destinations {d['dest']}, goods {d['goods']}, partners {d['partners']}")
        if f:
            print(f"  - finding rank {f['rank']} risk {f['risk']}, rules [{rules(f)}]: {f.get('explanation', '')[:400]}")
    print("\n## Innocent parties within the first K unlisted positions\n")
    kinds = collections.Counter()
    for p_pos, f, tp in innocents_high:
        pid = tp.most_common(1)[0][0] if tp else "?"
        kind = debug.get(pid, {}).get("pool", "?")
        kinds[kind] += 1
        print(f"- position {p_pos} (rank {f['rank']}, risk {f['risk']}) **{f['name']}** ({f['country']}) truth {pid} kind `{kind}`, "
              f"{len(f.get('record_ids', []))} records, rules [{rules(f)}]")
        print(f"  - {f.get('explanation', '')[:500]}")
    print(f"\nkinds of innocent within the first K: {dict(kinds)}\n")

    print("## Listed parties\n")
    by_truth = collections.defaultdict(list)
    for f in findings:
        for p, n in truth_parties_of(f, rows, mention).items():
            if p in listed:
                by_truth[p].append((f, n))
    for pid, t in listed.items():
        fs = by_truth.get(pid, [])
        ok = any(f["listed"] and t["entity_id"] in {m["entity_id"] for m in f.get("list_matches", [])} for f, _ in fs)
        if not ok or len(fs) > 1:
            print(f"- {t['listed_name'][:70]} ({t['entity_id']}, {t['role']}): {'recognised' if ok else 'MISSED'}, {len(fs)} findings")
            for f, n in fs:
                print(f"  - rank {f['rank']} listed={f['listed']} {n} mentions, spellings {sorted({f['name']} | set(f.get('aliases', [])))[:6]}, "
                      f"matches {[m['entity_id'] for m in f.get('list_matches', [])][:3]}")

    print("\n## Carrier and manufacturer flags on records of innocent parties only\n")
    special = set(planted) | set(listed)
    det = collections.Counter()
    for rid, s in flagged.items():
        if mention[(rid, "exporter")] in special or mention[(rid, "importer")] in special:
            continue
        for x in s["red_flags"]:
            if x["rule"] in ("listed_carrier", "listed_manufacturer"):
                det[f"{x['rule']}: {re.sub(r'[0-9.]+ records?', '', x.get('detail', ''))[:150]}"] += 1
    for k, n in det.most_common(a.top):
        print(f"- {n} records: {k}")

    print("\n## Resolution: truth parties split over several findings, findings merging several truth parties\n")
    clusters = collections.defaultdict(collections.Counter)
    merged = []
    for f in findings:
        tp = truth_parties_of(f, rows, mention)
        for p, n in tp.items():
            clusters[p][f["party_id"]] += n
        if len(tp) > 1:
            merged.append((f, tp))
    splits = sorted(((p, c) for p, c in clusters.items() if len(c) > 1), key=lambda x: -sum(x[1].values()))
    print(f"{len(splits)} truth parties split; {len(merged)} findings merge parties\n")
    fid = {f["party_id"]: f for f in findings}
    for p, c in splits[:a.top]:
        kind = debug.get(p, {}).get("pool", "?")
        parts = "; ".join(f"{n}× {sorted({fid[x]['name']} | set(fid[x].get('aliases', [])))[:4]}" for x, n in c.most_common(4))
        print(f"- {p} `{kind}` {debug.get(p, {}).get('name', '')}: {parts}")
    for f, tp in merged[:a.top]:
        print(f"- merged in {f['name']} ({f['country']}): {[(p, debug.get(p, {}).get('name', ''), n) for p, n in tp.most_common(4)]}")


if __name__ == "__main__":
    main()
