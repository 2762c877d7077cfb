#!/usr/bin/env python3
"""Scores `chokepoint screen --file` results (formats.md section 3 JSON Lines) against truth.csv
written by write_queries.py.

usage: eval_queries.py RESULTS.jsonl truth.csv [--failures N] [--json]

Per class and overall:
  recall@1   positives whose top match (at the threshold in force when screening, i.e. the default)
             is an expected entity. The same real party on another list counts as correct when the top
             match's name or matched_name equals, after case/punctuation/diacritic folding (and also
             with the words sorted), one of the expected entity's names (truth column expected_names).
  wrong@1    positives whose top match is some other party;  miss = positives with no match at all.
  like_exp   of the wrong@1, those whose top match's name has the same sorted consonant skeletons as an
             expected name (probably the same party on another list, another transliteration;
             NOT counted in recall@1, shown so a reader can judge; lenient = recall@1 + like_exp).
  fp_rate    negatives that got any match.
Then the failures of every class (up to --failures each, default 15).
Standard library only.
"""
import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict

csv.field_size_limit(10**9)


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w]+", " ", s.lower()).replace("_", " ")
    return " ".join(s.split())


def keys(name):
    f = fold(name)
    return {f, " ".join(sorted(f.split()))} if f else set()


def skel_key(name):
    """Sorted consonant skeletons of the words: DZYUBA Viktor ~ Viktor DZIUBA, TIMOFEYEVA ~ TIMOFEEVA."""
    out = []
    for w in fold(name).split():
        w = w.replace("x", "ks").replace("ph", "f").replace("w", "v")
        w = re.sub(r"[aeiouyjh]", "", w)
        out.append(re.sub(r"(.)\1+", r"\1", w))
    return " ".join(sorted(x for x in out if x))


GENERIC_FORM_WORDS = {"company", "liability", "limited", "joint", "stock", "trading", "public", "closed", "open",
                      "shipping", "tankers"}


def variant(cls, note, query):
    """Coarse variant tag of a positive, from the writer's note, for --breakdown."""
    if cls == "ru_org_cyrillic":
        return ("city added" if ", г." in query else "no city") + \
            ("; list alias" if note.startswith("list") else "; back-transliterated")
    if cls == "ru_org_translit":
        return note.split()[0] + " scheme"
    if cls == "ru_org_form_order":
        for k, v in (("city added", "city added"), ("word order", "word order"), ("generic", "generic word")):
            if k in note:
                return v
        return "legal form only"
    if cls == "person_ru":
        for k in ("initials", "patronymic dropped", "given names first", "Ukrainian", "Cyrillic", "back-transliterated"):
            if k in note:
                return k
        return note.split()[0] + " scheme"
    if cls == "vessel":
        return ("IMO" if "IMO" in note else "no IMO") + ("; no prefix" if note.startswith("prefix ''") else "; prefix")
    if cls == "typo_spacing_case":
        m = re.match(r"(\w+) in (\S+)", note)
        if m:
            return "typo in legal-form/generic word" if m.group(2).lower() in GENERIC_FORM_WORDS else "typo in other word"
        return note.split(" of ")[0]
    if cls in ("cn_hk_org", "ae_tr_org"):
        return "city added" if "city added" in note else ("General Trading" if "General Trading" in note else "form/words")
    return "all"


def main(argv=None):
    ap = argparse.ArgumentParser(description="score independent screening queries")
    ap.add_argument("results")
    ap.add_argument("truth")
    ap.add_argument("--failures", type=int, default=15, help="failures listed per class (0: none)")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON instead of a table")
    ap.add_argument("--breakdown", action="store_true", help="also recall@1 per variant within each class")
    a = ap.parse_args(argv)

    results = {}
    with open(a.results, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit("%s line %d: not JSON (%s)" % (a.results, ln, e))
            results[r["id"]] = r

    stats = OrderedDict()
    fails = defaultdict(list)
    by_variant = defaultdict(lambda: [0, 0])
    missing = 0
    with open(a.truth, encoding="utf-8") as f:
        for t in csv.DictReader(f):
            cls = t["class"]
            s = stats.setdefault(cls, {"expect": t["expect"], "n": 0, "ok": 0, "ok_by_name": 0, "wrong": 0,
                                       "miss": 0, "fp": 0, "like": 0})
            s["n"] += 1
            r = results.get(t["id"])
            if r is None:
                missing += 1
                s["miss" if t["expect"] == "match" else "n"] += 0
                fails[cls].append((t, None, "no result line"))
                continue
            ms = r.get("matches") or []
            top = ms[0] if ms else None
            if t["expect"] == "no_match":
                if top:
                    s["fp"] += 1
                    fails[cls].append((t, r, "false positive"))
                continue
            exp_ids = set(filter(None, t["expected"].split(";")))
            exp_keys = set()
            for nm in t["expected_names"].split(" | "):
                exp_keys |= keys(nm)
            vk = (cls, variant(cls, t["note"], r.get("name", "")))
            by_variant[vk][0] += 1
            if top and (top["entity_id"] in exp_ids or
                        (keys(top.get("name", "")) | keys(top.get("matched_name", ""))) & exp_keys):
                by_variant[vk][1] += 1
            if not top:
                s["miss"] += 1
                fails[cls].append((t, r, "miss"))
            elif top["entity_id"] in exp_ids:
                s["ok"] += 1
            elif (keys(top.get("name", "")) | keys(top.get("matched_name", ""))) & exp_keys:
                s["ok"] += 1
                s["ok_by_name"] += 1
            else:
                s["wrong"] += 1
                exp_sk = {skel_key(nm) for nm in t["expected_names"].split(" | ")}
                if {skel_key(top.get("name", "")), skel_key(top.get("matched_name", ""))} & exp_sk:
                    s["like"] += 1
                    fails[cls].append((t, r, "wrong~like"))
                else:
                    fails[cls].append((t, r, "wrong top"))

    tot = {"pos": 0, "ok": 0, "wrong": 0, "miss": 0, "neg": 0, "fp": 0, "ok_by_name": 0, "like": 0}
    for s in stats.values():
        if s["expect"] == "match":
            tot["pos"] += s["n"]
            for k in ("ok", "wrong", "miss", "ok_by_name", "like"):
                tot[k] += s[k]
        else:
            tot["neg"] += s["n"]
            tot["fp"] += s["fp"]

    if a.json:
        print(json.dumps({"classes": stats, "overall": tot, "missing_results": missing}, indent=1))
        return
    hdr = ("class", "n", "recall@1", "wrong@1", "miss", "by_name", "like_exp", "lenient", "fp_rate")
    print("%-22s %5s %9s %8s %6s %8s %8s %8s %8s" % hdr)
    row = "%-22s %5d %9.3f %8d %6d %8d %8d %8.3f %8s"
    nrow = "%-22s %5d %9s %8s %6s %8s %8s %8s %8.3f"
    for cls, s in stats.items():
        if s["expect"] == "match":
            print(row % (cls, s["n"], s["ok"] / s["n"], s["wrong"], s["miss"], s["ok_by_name"], s["like"],
                         (s["ok"] + s["like"]) / s["n"], "-"))
        else:
            print(nrow % (cls, s["n"], "-", "-", "-", "-", "-", "-", s["fp"] / s["n"]))
    pos, neg = tot["pos"] or 1, tot["neg"] or 1
    hits = tot["ok"] + tot["wrong"] + tot["fp"]
    print(row % ("ALL positives", tot["pos"], tot["ok"] / pos, tot["wrong"], tot["miss"], tot["ok_by_name"],
                 tot["like"], (tot["ok"] + tot["like"]) / pos, "-"))
    print(nrow % ("ALL negatives", tot["neg"], "-", "-", "-", "-", "-", "-", tot["fp"] / neg))
    print("hit precision (correct top hits / all top hits incl. negatives' hits): %.3f" %
          (tot["ok"] / hits if hits else 1.0))
    if a.breakdown:
        print("\nrecall@1 by variant:")
        for (cls, v), (n, ok) in sorted(by_variant.items()):
            print("  %-20s %-34s n=%4d recall@1=%.3f" % (cls, v, n, ok / n))
    if missing:
        print("WARNING: %d truth rows have no result line" % missing)
    if a.failures:
        for cls, fl in fails.items():
            print("\n## %s: %d failures" % (cls, len(fl)))
            for t, r, why in fl[:a.failures]:
                q = r["name"] if r else "?"
                top = (r or {}).get("matches") or []
                got = ("%s %r via %r %.3f" % (top[0]["entity_id"], top[0].get("name"), top[0].get("matched_name"),
                                             top[0].get("score", 0))) if top else "-"
                want = t["expected_names"].split(" | ")[0] if t["expected_names"] else ""
                print("  %s %-11s q=%r want=%r got=%s  [%s]" % (t["id"], why, q, want, got, t["note"][:80]))


if __name__ == "__main__":
    main()
