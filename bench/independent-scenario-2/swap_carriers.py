#!/usr/bin/env python3
"""A DIAGNOSTIC copy of a scenario with some carrier names replaced, to measure how much one detect
behaviour costs (e.g. 'Air Astana' read as the listed IRAN AIR). Not the scenario: never report its
figures as the scenario's.

    python3 swap_carriers.py SRC DST "Air Astana=Lufthansa Cargo" "Ningbo Express=Ocean Grace"
"""
import csv
import os
import shutil
import sys


def main():
    src, dst, pairs = sys.argv[1], sys.argv[2], dict(p.split("=", 1) for p in sys.argv[3:])
    os.makedirs(dst, exist_ok=True)
    for f in ("truth.json", "truth_parties.csv", "parties_debug.csv", "README.txt"):
        shutil.copy(os.path.join(src, f), os.path.join(dst, f))
    n = 0
    with open(os.path.join(src, "shipments.csv"), encoding="utf-8", newline="") as fi, \
            open(os.path.join(dst, "shipments.csv"), "w", encoding="utf-8", newline="") as fo:
        r = csv.DictReader(fi)
        w = csv.DictWriter(fo, r.fieldnames)
        w.writeheader()
        for row in r:
            parts = row["carrier"].split(" / ")
            new = [pairs.get(p, p) for p in parts]
            if new != parts:
                n += 1
                row["carrier"] = " / ".join(new)
            w.writerow(row)
    print(f"{n} records with a carrier replaced")


if __name__ == "__main__":
    main()
