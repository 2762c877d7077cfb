#!/usr/bin/env python3
"""Writes a SYNTHETIC customs scenario for `chokepoint detect`, independently of the project's generator:
shipments.csv (formats.md §1), truth.json (chokepoint-truth/1), truth_parties.csv and README.txt.

Written from the public reporting on how Russia's military procurement evades export controls (the
domain notes and articles of shared/docs), not from what the detector looks for. Deterministic per --seed.

    python3 write_scenario.py --seed 1 --records 100000 --out DIR --lists ../shared/data
"""
import argparse
import csv
import datetime as dt
import json
import math
import os
import re

import goods
import lists
import names
from parties import Party, listed_spellings, registration, street_address, inn10, ogrn
from random import Random

START, END = dt.date(2021, 1, 1), dt.date(2024, 12, 31)
INVASION = dt.date(2022, 2, 24)
D0, D1, DINV = START.toordinal(), END.toordinal(), INVASION.toordinal()

COLUMNS = ["record_id", "date", "exporter_name", "exporter_country", "exporter_address", "exporter_id", "importer_name",
           "importer_country", "importer_address", "importer_id", "manufacturer", "origin_country", "dispatch_country",
           "destination_country", "hs_code", "description", "quantity", "unit", "net_weight_kg", "value_usd",
           "transport_mode", "carrier", "vessel_imo"]

PRODUCERS = ["US", "DE", "JP", "TW", "KR", "NL", "CH", "IT", "FR", "GB", "PL", "CZ", "FI", "SG", "CN"]
HUBS = ["CN", "HK", "AE", "TR"]
HUB_MARKETS = {"HK": ["HK", "CN", "VN", "SG", "PH", "TH"], "CN": ["CN", "VN", "MY", "ID", "IN"], "AE": ["AE", "SA", "OM", "IN", "EG", "PK"],
               "TR": ["TR", "AZ", "EG", "IQ", "DE"], "SG": ["SG", "MY", "ID", "VN"]}
CAUCASUS_CA = ["KZ", "KG", "UZ", "AM", "GE"]
LESS_OBVIOUS = ["RS", "TH", "MY", "IN", "MV", "MN"]
NEIGHBOURS_RU = {"KZ", "BY", "GE", "MN", "CN", "FI"}
GLOBAL_BUYERS = ["US", "DE", "MX", "VN", "CN", "KR", "JP", "CZ", "PL", "HU", "FR", "IT", "GB", "MY", "TH", "IN", "BR"]


def imo_check(six):
    return six + str(sum(int(c) * (7 - i) for i, c in enumerate(six)) % 10)


class Scenario:
    def __init__(self, seed, n, folder, variant=""):
        self.variant = variant
        self.rng = Random(seed)
        self.seed, self.n = seed, n
        self.listed = lists.listed_cores(folder)
        self.ru_listed, self.hub_listed, self.vessels_listed, self.airlines_listed = lists.listed_entities(folder)
        with open(f"{folder}/ofac/sdn.csv", encoding="latin-1") as f:
            text = f.read()
        with open(f"{folder}/opensanctions/ua_war_sanctions.targets.simple.csv", encoding="utf-8") as f:
            text += f.read()
        with open(f"{folder}/uk/subject_identifiers.csv", encoding="utf-8") as f:
            text += f.read()
        self.listed_imos = set(re.findall(r"(?<!\d)(\d{7})(?!\d)", " ".join(re.findall(r"IMO.{0,12}", text))))
        self.parties, self.records, self.cores, self.shells = [], [], set(), []
        self.scale = (n / 100000) ** 0.7
        self._carriers()

    # ---- parties -------------------------------------------------------------------------------------------
    def party(self, kind, cc, line="trade", start=None, end=None, forwarder=False, **kw):
        """An invented firm whose every spelling is new and never a listed name."""
        rng = self.rng
        for attempt in range(80):
            level = 0 if attempt < 25 else 1 if attempt < 55 else 2
            if forwarder:
                names._LEVEL[0] = level
                spellings, _ = names.forwarder_names(rng, cc)
            else:
                spellings, _ = names.invent(rng, cc, line, level)
            cores = {lists.core(s) for s in spellings} - {""}
            keyed = {(cc, c) for c in cores}
            if cores and not (cores & self.listed) and not (keyed & self.cores):
                break
        else:
            raise RuntimeError(f"no free name for {cc}/{line}")
        self.cores |= keyed
        p = Party(f"P{len(self.parties) + 1:05d}", cc, kind, spellings, address=street_address(rng, cc),
                  ids=[registration(rng, cc)], start=start, end=end, **kw)
        if cc == "RU":
            # Russian declarations mostly carry the INN; the Cyrillic name is the registered one
            p.id_rate = kw.get("id_rate", 0.7)
            if rng.random() < 0.3:
                p.ids.append(ogrn(rng))
        self.parties.append(p)
        return p

    def listed_party(self, e, role):
        rng = self.rng
        p = Party(f"P{len(self.parties) + 1:05d}", e["country"], "listed", listed_spellings(rng, e),
                  address=e.get("address") or street_address(rng, e["country"]), ids=[i for i in e["ids"] if len(i) >= 6],
                  id_rate=rng.choice([0.0, 0.3, 0.6, 0.9]))
        p.weights = [0.3] + [0.7 / (len(p.spellings) - 1)] * (len(p.spellings) - 1) if len(p.spellings) > 1 else [1.0]
        p.entity_id, p.listed_name, p.role = e["entity_id"], e["name"], role
        self.parties.append(p)
        return p

    def pool(self, size, make):
        ps = [make(i) for i in range(max(3, int(round(size * self.scale))))]
        # trade volume per firm is heavy-tailed: a few busy firms, many occasional ones
        w = [1.0 / (i + 1) ** 0.9 for i in range(len(ps))]
        self.rng.shuffle(ps)
        cum, t = [], 0.0
        for x in w:
            t += x
            cum.append(t)
        return ps, cum

    def draw(self, pool, day=None):
        ps, cum = pool
        for _ in range(20):
            p = self.rng.choices(ps, cum_weights=cum)[0]
            if day is None or p.alive(day):
                return p
        return None

    # ---- carriers --------------------------------------------------------------------------------------------
    def _carriers(self):
        rng = self.rng
        vessel_names = ["Northern Star", "Pacific Harmony", "Blue Horizon", "Ocean Grace", "Silver Wave", "Golden Bay", "Eastern Dawn",
                        "Sea Pioneer", "Cape Fortune", "Coral Breeze", "Jade Voyager", "Baltic Trader", "Aegean Spirit", "Marmara Sun",
                        "Gulf Carrier", "Desert Rose", "Red Sea Express", "Bosporus Bridge", "Lotus Harmony", "Emerald Coast",
                        "Amber Sky", "Caspian Light", "Volga Trader", "Arctic Tern", "Indian Pearl", "Malacca Link", "Kowloon Bay",
                        "Shenzhen Pride", "Xiamen Glory", "Ningbo Express", "Izmir Star", "Jebel Ali Trader", "Mersin Bay", "Odesa Wind"]
        lines = ["MAERSK", "MSC", "CMA CGM", "HAPAG-LLOYD", "EVERGREEN", "ONE", "YANG MING", "HMM", "ZIM", "ARKAS", "WAN HAI"]
        self.vessels = []
        for i, v in enumerate(vessel_names):
            while True:
                imo = imo_check(str(rng.randrange(900000, 999999)))
                if imo not in self.listed_imos:
                    break
            if lists.core(v) not in self.listed:
                self.vessels.append((f"{v}", imo, rng.choice(lines)))
        air = ["Emirates SkyCargo", "Turkish Cargo", "Cathay Cargo", "Lufthansa Cargo", "Qatar Airways Cargo", "Korean Air Cargo",
               "China Southern Cargo", "Air China Cargo", "Etihad Cargo", "flydubai Cargo", "Air Astana", "Uzbekistan Airways",
               "Silk Way West Airlines", "S7 Airlines", "Ural Airlines", "Aeroflot", "Pegasus Cargo", "Singapore Airlines Cargo"]
        self.airlines = [a for a in air if lists.core(a) not in self.listed]
        road = ["Trans Caucasus Trucking", "Eurasia Road Freight", "Kazakh Trans Express", "Silk Way Trucks", "Anatolia Lojistik",
                "Baltic Road Haulage", "Steppe Carriers", "Tien Shan Transport", "Ararat Trucking", "Volga Road Cargo"]
        self.road = [r for r in road if lists.core(r) not in self.listed]

    def carrier(self, mode, a, b):
        rng = self.rng
        if mode == "sea":
            v = rng.choice(self.vessels)
            return (v[0] if rng.random() < 0.7 else f"{v[2]} / {v[0]}"), v[1]
        if mode == "air":
            legal = [x for x in self.airlines if not (x in ("Aeroflot", "S7 Airlines", "Ural Airlines") and b != "RU" and a != "RU")]
            return rng.choice(legal), ""
        if mode == "road":
            return (rng.choice(self.road) if rng.random() < 0.6 else ""), ""
        if mode == "post":
            return rng.choice(["EMS", "DHL Express", "FedEx", "UPS", ""]), ""
        return "", ""

    def mode_for(self, a, b, value, weight):
        rng = self.rng
        if a == b:
            return rng.choice(["road", "road", "rail", "air"]) if weight > 5 else rng.choice(["road", "post", "air"])
        land = {a, b} <= ({"RU", "BY", "KZ", "KG", "UZ", "AM", "GE", "MN", "CN", "TR", "FI", "PL", "DE", "CZ", "RS", "IT", "FR", "NL"})
        if land and rng.random() < 0.7:
            return "rail" if rng.random() < 0.3 and weight > 500 else "road"
        if weight < 30 and value / max(weight, 0.01) > 200:
            return "air" if rng.random() < 0.8 else "post"
        return "sea" if rng.random() < 0.75 else "air"

    # ---- one declaration line ---------------------------------------------------------------------------------
    def line(self, day, exp, imp, key, qty=None, markup=1.0, desc="precise", dest=None, dispatch="", mode=None,
             carrier=None, origin=None, maker=None):
        rng = self.rng
        hs6, unit, (plo, phi), kg, descs, makers = goods.ALL[key]
        price = math.exp(rng.uniform(math.log(plo), math.log(phi)))
        if qty is None:
            qty = max(1, int(math.exp(rng.uniform(math.log(5), math.log(20000 / max(1.0, price) ** 0.6 + 6)))))
        value = round(qty * price * markup * rng.uniform(0.9, 1.1), 2)
        weight = round(max(0.1, qty * kg * rng.uniform(0.85, 1.2)), 1)
        if maker is None and makers:
            maker = rng.choice(makers)
        manufacturer = maker[0] if maker else ""
        origin = origin or (maker[1] if maker else exp.country)
        hs = hs6
        dest = dest or imp.country
        # Russian-language text only where Russian is a language of the declaration (EAEU customs)
        ru_text = {exp.country, dest} & {"RU", "BY", "KZ", "KG"}
        description = rng.choice([d for d in descs if ru_text or not re.search("[а-яА-Я]", d)] or descs)
        if desc == "vague":
            description = rng.choice(goods.VAGUE)
        elif desc == "misclassified" and key in goods.MISCLASSIFIED:
            hs, description = goods.MISCLASSIFIED[key]
            manufacturer = "" if rng.random() < 0.6 else manufacturer
        elif desc == "russian" and ru_text:
            ru = [d for d in descs if re.search("[а-я]", d)]
            description = ru[0] if ru else description
        hs = hs + rng.choice(["", "00", "0000", "9000", "1000", "10", "90"])
        mode = mode or self.mode_for(exp.country, dest, value, weight)
        if carrier is None:
            carrier = self.carrier(mode, exp.country, dest)
        r = {"date": dt.date.fromordinal(day).isoformat(), "manufacturer": manufacturer, "origin_country": origin,
             "dispatch_country": dispatch if dispatch and dispatch != exp.country else "", "destination_country": dest,
             "hs_code": hs, "description": description, "quantity": str(qty), "unit": unit,
             "net_weight_kg": f"{weight}" if rng.random() < 0.9 else "", "value_usd": f"{value:.2f}", "transport_mode": mode,
             "carrier": carrier[0], "vessel_imo": carrier[1]}
        for role, p in (("exporter", exp), ("importer", imp)):
            name = p.spell(rng)
            r[f"{role}_name"], r[f"{role}_country"] = name, p.country
            r[f"{role}_address"], r[f"{role}_id"] = p.address(rng), p.declared_id(rng)
            p.used_names[name] = 1
            if r[f"{role}_id"]:
                p.used_ids[r[f"{role}_id"]] = 1
        r["_exp"], r["_imp"] = exp, imp
        self.records.append(r)
        return r

    def day(self, lo=D0, hi=D1):
        return self.rng.randint(max(D0, lo), min(D1, hi))

    # ---- the legitimate trade (hard negatives included) --------------------------------------------------------
    def background_pools(self):
        rng = self.rng
        P = {}
        P["prod"] = self.pool(260, lambda i: self.party("innocent", rng.choice(PRODUCERS), rng.choice(["chips", "machines", "trade"])))
        P["hubdist"] = self.pool(220, lambda i: self.party("innocent", rng.choice(HUBS + ["SG"]), rng.choice(["chips", "chips", "machines", "trade"])))
        P["hubbuy"] = self.pool(380, lambda i: self.party("innocent", rng.choice(sum(HUB_MARKETS.values(), [])), rng.choice(["chips", "trade", "goods"])))
        P["globalbuy"] = self.pool(250, lambda i: self.party("innocent", rng.choice(GLOBAL_BUYERS), rng.choice(["chips", "machines", "trade"])))
        P["ruimp"] = self.pool(220, lambda i: self.party("innocent", "RU", "goods"))
        P["ruexp"] = self.pool(50, lambda i: self.party("innocent", "RU", "goods"))
        P["ruexpbuy"] = self.pool(80, lambda i: self.party("innocent", rng.choice(["CN", "TR", "IN", "KZ", "EG", "AE", "UZ"]), "trade"))
        P["toru"] = self.pool(220, lambda i: self.party("innocent", rng.choice(["CN", "CN", "CN", "TR", "TR", "IN", "BY", "BY", "KZ", "UZ", "AM", "GE", "RS", "AE", "IR"]), rng.choice(["goods", "trade"])))
        P["cauc"] = self.pool(170, lambda i: self.party("innocent", rng.choice(CAUCASUS_CA + ["MN"]), "trade"))
        P["fwd"] = self.pool(40, lambda i: self.party("innocent", rng.choice(["RU", "RU", "KZ", "AE", "TR", "CN", "AM", "GE", "KG"]), forwarder=True))
        P["newlegit"] = self.pool(90, lambda i: self.party("innocent", rng.choice(HUBS + CAUCASUS_CA + LESS_OBVIOUS), rng.choice(["goods", "trade", "chips"]),
                                                            start=self.day(DINV + 60, D1 - 200)))
        P["pre22ru"] = self.pool(40, lambda i: self.party("innocent", "RU", rng.choice(["chips", "machines"]), end=DINV - rng.randint(1, 40)))
        P["general"] = self.pool(520, lambda i: self.party("innocent", rng.choice(GLOBAL_BUYERS + PRODUCERS + ["BR", "ZA", "EG", "SA", "ID", "PH", "AU", "CA"]), "goods"))
        # legitimate firms register at the same business centres and free-zone addresses as shells do
        shared = {}
        for key in ("hubdist", "hubbuy", "newlegit", "cauc"):
            for p in P[key][0]:
                if p.country in ("HK", "AE", "KG", "AM") and rng.random() < 0.35:
                    addr = shared.setdefault((p.country, rng.randrange(6)), street_address(rng, p.country))
                    p.addresses = [addr]
        self.shared_addresses = shared
        if "civil-chpl" in self.variant.split(","):
            # Chinese makers selling their own CHPL-coded products (bearings, routers, power supplies, boards) to
            # Russian civil industry before and after the invasion: legal where they are, hard negatives here
            P["cnmaker"] = self.pool(70, lambda i: self.party("innocent", "CN", rng.choice(["chips", "machines"])))
            P["ruindustry"] = self.pool(80, lambda i: self.party("innocent", "RU", rng.choice(["chips", "machines", "goods"])))
        for key, (ps, _) in P.items():
            for p in ps:
                p.pool = key
        # most firms use one or two spellings, not all five: real filers are consistent
        for p in self.parties:
            if p.kind == "innocent" and len(p.spellings) > 2 and rng.random() < 0.6:
                keep = rng.sample(p.spellings[1:], 1)
                p.weights = [0.85 if s == p.spellings[0] else (0.15 if s in keep else 0.0) for s in p.spellings]
        return P

    def background(self, P, count):
        rng = self.rng
        kinds = [("global_chpl", 0.21), ("hub_import", 0.07), ("hub_local", 0.08), ("ru_legal", 0.15), ("ru_export", 0.04),
                 ("general", 0.25), ("cauc", 0.08), ("forwarder", 0.04), ("newlegit", 0.04), ("pre22ru", 0.02), ("cauc_to_ru", 0.02)]
        if "civil-chpl" in self.variant.split(","):
            kinds.append(("civil_chpl_ru", 0.04))
        ks, ws = zip(*kinds)
        made = 0
        while made < count:
            k = rng.choices(ks, ws)[0]
            day = self.day()
            if k == "global_chpl":
                e, i = self.draw(P["prod"]), self.draw(P["globalbuy"] if rng.random() < 0.7 else P["prod"])
                if e is i:
                    continue
                g = rng.choice(goods.CHIP_GOODS + goods.RF_NAV + goods.MACHINE_GOODS + goods.LAB_GOODS)
                self.line(day, e, i, g, qty=None if g not in goods.CHIP_GOODS else rng.randint(500, 200000))
            elif k == "hub_import":
                e, i = self.draw(P["prod"]), self.draw(P["hubdist"])
                self.line(day, e, i, rng.choice(goods.CHIP_GOODS + goods.RF_NAV + goods.MACHINE_GOODS), qty=None)
            elif k == "hub_local":
                e = self.draw(P["hubdist"])
                i = self.draw(P["hubbuy"])
                if i.country not in HUB_MARKETS.get(e.country, [i.country]) and rng.random() < 0.7:
                    continue
                self.line(day, e, i, rng.choice(goods.CHIP_GOODS + goods.RF_NAV + goods.MACHINE_GOODS + goods.GENERAL), markup=rng.uniform(1.05, 1.4),
                          dispatch=rng.choice(["", "", "CN"]) if e.country == "HK" else "")
            elif k == "ru_legal":
                e, i = self.draw(P["toru"]), self.draw(P["ruimp"])
                g = rng.choice(goods.CONSUMER_TO_RU)
                self.line(day, e, i, g, desc="russian" if rng.random() < 0.3 else "precise",
                          origin=e.country if g not in ("phones", "laptops", "cars") else None)
            elif k == "ru_export":
                e, i = self.draw(P["ruexp"]), self.draw(P["ruexpbuy"])
                self.line(day, e, i, rng.choice(goods.RU_EXPORTS), origin="RU")
            elif k == "general":
                e, i = self.draw(P["general"]), self.draw(P["general"])
                if e is i or e.country == i.country:
                    continue
                self.line(day, e, i, rng.choice(goods.GENERAL), origin=e.country if rng.random() < 0.6 else None)
            elif k == "cauc":
                e, i = self.draw(P["prod"] if rng.random() < 0.5 else P["general"]), self.draw(P["cauc"])
                # Central Asia and the Caucasus buy equipment for their own telecoms, mines and workshops too
                g = rng.choice(goods.GENERAL + ["radio", "proc_unit", "converter", "bearing", "cnc_parts", "cnc_lathe", "laptops"])
                self.line(day, e, i, g)
            elif k == "cauc_to_ru":
                e, i = self.draw(P["cauc"]), self.draw(P["ruimp"])
                self.line(day, e, i, rng.choice(["wine", "citrus", "tea", "fish", "tshirts", "furniture", "steel", "tyres"]), origin=e.country, desc="russian" if rng.random() < 0.4 else "precise")
            elif k == "forwarder":
                f = self.draw(P["fwd"])
                e = self.draw(P["toru"] if f.country == "RU" else P["general"])
                self.line(day, e, f, rng.choice(goods.CONSUMER_TO_RU), dest=f.country)
            elif k == "newlegit":
                p = self.draw(P["newlegit"])
                day = self.day(p.start, D1)
                if rng.random() < 0.5:
                    self.line(day, self.draw(P["general"] if rng.random() < 0.6 else P["prod"]), p, rng.choice(goods.GENERAL + ["radio", "laptops", "proc_unit"]))
                else:
                    buyer = self.draw(P["hubbuy"]) if p.country in HUB_MARKETS else self.draw(P["cauc"])
                    if buyer is p:
                        continue
                    self.line(day, p, buyer, rng.choice(goods.GENERAL), markup=rng.uniform(1.05, 1.3))
            elif k == "civil_chpl_ru":
                e, i = self.draw(P["cnmaker"]), self.draw(P["ruindustry"] if rng.random() < 0.7 else P["ruimp"])
                g = rng.choice(["bearing", "bearing", "roller", "radio", "converter", "mlcc", "pcb", "antenna", "proc_unit", "cnc_parts", "camera"])
                brand = re.sub(r" (Co\.,? Ltd\.?|CO LTD)$", "", e.spellings[0])
                self.line(day, e, i, g, maker=(brand, "CN"), desc="russian" if rng.random() < 0.3 else "precise")
            elif k == "pre22ru":
                i = self.draw(P["pre22ru"])
                self.line(self.day(D0, i.end), self.draw(P["prod"]), i, rng.choice(goods.CHIP_GOODS + goods.MACHINE_GOODS + goods.LAB_GOODS))
            made = len(self.records) - self.planted_lines
        return made

    # ---- the evasion --------------------------------------------------------------------------------------------
    def buyers(self):
        """Russian buyers behind the schemes: real listed end users and unlisted front companies."""
        rng = self.rng
        n_listed = max(6, int(round(12 * self.scale)))
        with_cyr = [e for e in self.ru_listed if e["cyrillic"]]
        rest = [e for e in self.ru_listed if not e["cyrillic"]]
        chosen = rng.sample(with_cyr, min(len(with_cyr), n_listed // 2)) + rng.sample(rest, n_listed - min(len(with_cyr), n_listed // 2))
        listed = [self.listed_party(e, "end_user") for e in chosen]
        fronts = []
        for i in range(max(5, int(round(10 * self.scale)))):
            p = self.party("planted", "RU", "chips", start=self.day(DINV - 200, D1 - 400))
            p.weights = [0.3] + [0.7 / (len(p.spellings) - 1)] * (len(p.spellings) - 1)
            p.patterns += ["front_buyer", "cyrillic_latin"]
            if rng.random() < 0.35:  # registered at a listed end user's premises
                l = rng.choice(listed)
                p.addresses = [l.addresses[0]]
                p.patterns.append("shared_address")
            fronts.append(p)
        return listed, fronts

    def goods_mix(self):
        rng = self.rng
        return rng.choice([goods.CHIP_GOODS, goods.CHIP_GOODS + goods.RF_NAV, goods.MACHINE_GOODS, goods.DRONE_GOODS, goods.RF_NAV + goods.LAB_GOODS])

    def declare(self):
        """How a shell describes controlled goods on one line: precisely most of the time, but often vaguely,
        in Russian generic terms, or under a civilian tariff code."""
        return self.rng.choices(["precise", "vague", "russian", "misclassified"], [0.5, 0.25, 0.12, 0.13])[0]


    def relay_shell(self, cc, buyers, P, lo, hi, lines_lo, lines_hi, patterns, producers=None, road=False, dispatch_from=None):
        """A shell that buys controlled goods from producers' distributors and passes them on to Russia within
        days or weeks, at a mark-up. Returns the shell."""
        rng = self.rng
        shell = self.party("planted", cc, rng.choice(["chips", "trade", "machines"]), start=lo, end=hi)
        shell.weights = [0.4] + [0.6 / (len(shell.spellings) - 1)] * (len(shell.spellings) - 1) if len(shell.spellings) > 1 else [1.0]
        shell.typo_rate = rng.choice([0.0, 0.05, 0.12])
        shell.patterns += patterns
        self.shells.append(shell)
        mix = self.goods_mix()
        my_buyers = rng.sample(buyers, rng.randint(1, min(3, len(buyers))))
        n = rng.randint(lines_lo, lines_hi)
        for _ in range(n):
            day = self.day(lo, hi)
            g = rng.choice(mix)
            src = self.draw(producers or P["prod"]) if rng.random() < 0.75 else self.draw(P["hubdist"])
            qty = None
            buy = self.line(day, src, shell, g, qty=qty, dest=cc, mode="road" if road and rng.random() < 0.6 else None)
            q = int(buy["quantity"])
            # re-export of the same goods soon after import, with a mark-up (some lines under-valued instead)
            b = rng.choice(my_buyers)
            out_day = min(D1, day + rng.choice([rng.randint(2, 12), rng.randint(10, 45)]))
            mk = rng.uniform(1.15, 2.6) if rng.random() < 0.8 else rng.uniform(0.35, 0.7)
            parts = 1
            if rng.random() < 0.2 and q >= 20:
                parts = rng.randint(4, 14)  # split into consignments under the customs broker's threshold
                if "split_consignments" not in shell.patterns:
                    shell.patterns.append("split_consignments")
            for k in range(parts):
                self.line(min(D1, out_day + k * rng.randint(0, 3)), shell, b, g, qty=max(1, q // parts), markup=mk, desc=self.declare(),
                          dest="RU", mode="road" if road or rng.random() < 0.3 else None,
                          dispatch=dispatch_from if dispatch_from and rng.random() < 0.5 else "",
                          maker=next((m for m in goods.ALL[g][5] if m[0] == buy["manufacturer"]), None))
        # a little ordinary business for cover
        if rng.random() < 0.6:
            for _ in range(rng.randint(1, max(2, n // 3))):
                day = self.day(lo, hi)
                local = self.draw(P["hubbuy"]) if cc in HUB_MARKETS else self.draw(P["cauc"])
                if local is not shell:
                    self.line(day, shell, local, rng.choice(goods.GENERAL), markup=rng.uniform(1.05, 1.3))
        return shell

    def evasion(self, P):
        rng = self.rng
        s = self.scale
        listed, fronts = self.buyers()
        everyone = listed + fronts
        self.listed_buyers = listed

        # 1. hub relays in China, Hong Kong, the UAE and Türkiye, some followed by a successor at the same address
        for i in range(max(6, int(round(12 * s)))):
            cc = rng.choice(HUBS + ["HK", "AE"])
            lo = self.day(DINV + 30, D1 - 200)
            hi = min(D1, lo + rng.randint(90, 300))
            sh = self.relay_shell(cc, everyone, P, lo, hi, 3, 30, ["hub_reexport", "short_lived_shell", "spelling_variation"],
                                  dispatch_from=rng.choice(["", "CN", "HK"]) if cc in ("AE", "TR") else "")
            if rng.random() < 0.45 and hi < D1 - 60:
                lo2 = hi + rng.randint(0, 30)
                succ = self.relay_shell(cc, everyone, P, lo2, min(D1, lo2 + rng.randint(90, 360)), 3, 25,
                                        ["hub_reexport", "successor_shell", "shared_address"])
                succ.addresses = list(sh.addresses)
                if rng.random() < 0.5:  # the old firm's registration number copied onto the new firm's declarations
                    succ.foreign_ids, succ.foreign_id_rate = list(sh.ids), 0.3
                    succ.patterns.append("shared_tax_number")
                sh.patterns.append("shared_address")

        # 2. Central Asia and the Caucasus by road, goods from EU and Asian producers
        for i in range(max(4, int(round(8 * s)))):
            cc = rng.choice(CAUCASUS_CA)
            lo = self.day(DINV + 20, D1 - 240)
            self.relay_shell(cc, everyone, P, lo, min(D1, lo + rng.randint(120, 420)), 4, 35,
                             ["central_asia_caucasus", "hub_reexport", "cyrillic_latin"], road=True)

        # 3. the less obvious routes: Serbia, Thailand, Malaysia, India, the Maldives, Mongolia
        for i in range(max(3, int(round(6 * s)))):
            cc = LESS_OBVIOUS[i % len(LESS_OBVIOUS)] if i < len(LESS_OBVIOUS) else rng.choice(LESS_OBVIOUS)
            lo = self.day(DINV + 60, D1 - 200)
            self.relay_shell(cc, everyone, P, lo, min(D1, lo + rng.randint(100, 400)), 3, 20, ["less_obvious_route", "hub_reexport"])

        # 4. two-record shells: one purchase and one resale, or two sales, and gone
        for i in range(max(3, int(round(5 * s)))):
            cc = rng.choice(HUBS + CAUCASUS_CA)
            lo = self.day(DINV + 30, D1 - 60)
            sh = self.party("planted", cc, "trade", start=lo, end=lo + 40)
            sh.patterns += ["two_record_shell"]
            g = rng.choice(self.goods_mix())
            b = rng.choice(everyone)
            if rng.random() < 0.5:
                buy = self.line(lo, self.draw(P["prod"]), sh, g, dest=cc)
                self.line(lo + rng.randint(3, 20), sh, b, g, qty=int(buy["quantity"]), markup=rng.uniform(1.3, 2.2), desc=self.declare(), dest="RU")
            else:
                for k in range(2):
                    self.line(lo + k * rng.randint(5, 30), sh, b, g, desc=self.declare(), dest="RU", origin=rng.choice(PRODUCERS))

        # 5. busy traders: hundreds of ordinary regional sales, with a steady share of controlled goods to Russia
        for i in range(max(1, int(round(2 * s)))):
            cc = rng.choice(["HK", "AE", "TR", "CN"])
            t = self.party("planted", cc, "chips", start=self.day(D0, DINV - 100))
            t.patterns += ["busy_mixed_trader", "hub_reexport"]
            t.weights = [0.7] + [0.3 / (len(t.spellings) - 1)] * (len(t.spellings) - 1)
            n = rng.randint(int(250 * s) + 50, int(600 * s) + 100)
            my_buyers = rng.sample(everyone, rng.randint(2, 5))
            for _ in range(n):
                day = self.day(t.start, D1)
                r = rng.random()
                if r < 0.35:
                    self.line(day, self.draw(P["prod"]), t, rng.choice(goods.CHIP_GOODS + goods.RF_NAV), dest=cc)
                elif r < 0.75 or day < DINV:
                    local = self.draw(P["hubbuy"])
                    self.line(day, t, local, rng.choice(goods.CHIP_GOODS + goods.RF_NAV + goods.GENERAL), markup=rng.uniform(1.05, 1.35))
                else:
                    self.line(day, t, rng.choice(my_buyers), rng.choice(goods.CHIP_GOODS + goods.RF_NAV), markup=rng.uniform(1.2, 1.9),
                              desc=self.declare(), dest="RU")

        # 6. listed intermediaries (real designated hub firms) still selling to Russian buyers
        n_int = max(3, int(round(6 * s)))
        inter = [self.listed_party(e, "intermediary") for e in rng.sample(self.hub_listed, n_int)]
        for p in inter:
            lo = self.day(DINV, D1 - 300)
            for _ in range(rng.randint(3, 25)):
                g = rng.choice(goods.CHIP_GOODS + goods.RF_NAV + goods.DRONE_GOODS)
                self.line(self.day(lo, lo + 400), p, rng.choice(everyone), g, desc=self.declare(), dest="RU",
                          origin=rng.choice(["US", "JP", "TW", "CN", "DE", "KR"]))
            # and buying from producers' distributors
            for _ in range(rng.randint(0, 6)):
                self.line(self.day(lo - 60, lo + 300), self.draw(P["prod"]), p, rng.choice(goods.CHIP_GOODS + goods.RF_NAV), dest=p.country)

        # 7. forwarders as consignees of controlled goods bound for Russia
        for i in range(max(2, int(round(3 * s)))):
            cc = rng.choice(["RU", "KZ", "AM", "KG"])
            f = self.party("planted", cc, forwarder=True, start=self.day(DINV, D1 - 300))
            f.patterns += ["forwarder_consignee"]
            for _ in range(rng.randint(5, 40)):
                day = self.day(f.start, D1)
                if rng.random() < 0.5:
                    self.line(day, self.draw(P["general"]), f, rng.choice(goods.GENERAL), dest=cc)
                elif cc == "RU":
                    # a Russian forwarder receives from the hub shells, which declare Russia as destination
                    g = rng.choice(goods.CHIP_GOODS + goods.MACHINE_GOODS + goods.RF_NAV)
                    self.line(day, rng.choice(self.shells), f, g, desc=self.declare(), dest="RU")
                else:
                    # the seller declares the forwarder's country; the forwarder sends the goods on to a Russian buyer
                    src = self.draw(P["hubdist"]) if rng.random() < 0.6 else self.draw(P["prod"])
                    g = rng.choice(goods.CHIP_GOODS + goods.MACHINE_GOODS + goods.RF_NAV)
                    buy = self.line(day, src, f, g, dest=cc)
                    self.line(min(D1, day + rng.randint(2, 15)), f, rng.choice(everyone), g, qty=int(buy["quantity"]),
                              markup=rng.uniform(1.0, 1.12), desc=self.declare(), dest="RU", mode="road")

        # 8. Iran and North Korea: drones, drone parts and munitions, on the state airlines and listed vessels
        air = {e["name"]: e for e in self.airlines_listed}
        for i in range(max(1, int(round(2 * s)))):
            ir = self.party("planted", "IR", "trade", start=self.day(DINV - 120, D1 - 400))
            ir.patterns += ["embargoed_source", "sanctioned_carrier"]
            for _ in range(rng.randint(4, 18)):
                carrier = rng.choice([n for n in air if n != "AIR KORYO"] or ["MAHAN AIR"])
                mode, imo = "air", ""
                if rng.random() < 0.35:
                    v = rng.choice(self.vessels_listed)
                    carrier, imo, mode = v["name"], v["imo"], "sea"
                g = rng.choice(["drone_parts", "uav", "uav", "nav_instr"])
                self.line(self.day(ir.start, D1), ir, rng.choice(listed), g, desc=rng.choice(["precise", "vague", "misclassified"]),
                          dest="RU", mode=mode, carrier=(carrier, imo), origin="IR", maker=("", "IR"))
        if rng.random() < 0.8:
            kp = self.party("planted", "KP", "trade", start=self.day(DINV + 150, D1 - 300))
            kp.patterns += ["embargoed_source", "sanctioned_carrier"]
            for _ in range(rng.randint(3, 10)):
                mode = rng.choice(["rail", "sea", "air"])
                carrier = ("AIR KORYO", "") if mode == "air" else ("", "")
                if mode == "sea":
                    v = rng.choice(self.vessels_listed)
                    carrier = (v["name"], v["imo"])
                self.line(self.day(kp.start, D1), kp, rng.choice(listed), rng.choice(["shells", "rockets"]), desc=rng.choice(["precise", "vague"]),
                          dest="RU", mode=mode, carrier=carrier, origin="KP", maker=("", "KP"))

        # 9. a producer-country distributor that sold to Russia before the invasion and to a new hub firm after it
        for i in range(max(1, int(round(2 * s)))):
            d = self.party("planted", rng.choice(["DE", "IT", "JP", "US", "FI", "PL", "CZ"]), "machines")
            d.patterns += ["rerouted_supplier"]
            ru_old = self.draw(P["pre22ru"])
            g = rng.choice(goods.MACHINE_GOODS + goods.CHIP_GOODS)
            for _ in range(rng.randint(4, 15)):
                self.line(self.day(D0, DINV - 1), d, ru_old, g, dest="RU")
            cc = rng.choice(["TR", "AE", "KZ", "AM", "GE", "KG"])
            hub = self.relay_shell(cc, everyone, P, self.day(DINV + 40, DINV + 400), D1, 2, 6, ["hub_reexport", "rerouted_new_customer"])
            for _ in range(rng.randint(4, 15)):
                day = self.day(max(hub.start, DINV + 30), D1)
                buy = self.line(day, d, hub, g, dest=cc)
                self.line(min(D1, day + rng.randint(3, 30)), hub, rng.choice(everyone), g, qty=int(buy["quantity"]), markup=rng.uniform(1.2, 2.0),
                          desc=self.declare(), dest="RU")
            # and plenty of ordinary sales to its home market
            for _ in range(rng.randint(10, 40)):
                self.line(self.day(), d, self.draw(P["globalbuy"]), g)

        if "chains" in self.variant.split(","):
            self.chains(P, everyone)

        # the Russian fronts also buy ordinary goods, as any company does
        for f in fronts:
            for _ in range(rng.randint(0, 6)):
                self.line(self.day(f.start or D0, D1), self.draw(P["toru"]), f, rng.choice(goods.CONSUMER_TO_RU), desc="russian")

    def chains(self, P, buyers):
        """Layering: a hub firm buys from producers and sells on to a Central Asian or Caucasian firm, which takes
        the goods to Russia by road. The upstream firm never declares Russia."""
        rng = self.rng
        for i in range(max(3, int(round(6 * self.scale)))):
            lo = self.day(DINV + 30, D1 - 250)
            hi = min(D1, lo + rng.randint(120, 360))
            a = self.party("planted", rng.choice(["TR", "AE", "HK", "CN", "RS", "IN"]), rng.choice(["chips", "trade"]), start=lo, end=hi)
            b = self.party("planted", rng.choice(CAUCASUS_CA), "trade", start=lo, end=min(D1, hi + 60))
            a.patterns += ["layered_chain_upstream", "hub_reexport"]
            b.patterns += ["layered_chain_downstream", "central_asia_caucasus"]
            mix = self.goods_mix()
            my_buyers = rng.sample(buyers, rng.randint(1, 2))
            for _ in range(rng.randint(3, 20)):
                day = self.day(lo, hi)
                g = rng.choice(mix)
                buy = self.line(day, self.draw(P["prod"]), a, g, dest=a.country)
                q = int(buy["quantity"])
                d2 = min(D1, day + rng.randint(3, 30))
                self.line(d2, a, b, g, qty=q, markup=rng.uniform(1.1, 1.6), desc=rng.choice(["precise", "precise", "vague"]), dest=b.country,
                          maker=next((m for m in goods.ALL[g][5] if m[0] == buy["manufacturer"]), None))
                self.line(min(D1, d2 + rng.randint(2, 20)), b, rng.choice(my_buyers), g, qty=q, markup=rng.uniform(1.2, 2.0) * 1.3,
                          desc=self.declare(), dest="RU", mode="road")
            for _ in range(rng.randint(0, 8)):  # cover: ordinary regional sales
                local = self.draw(P["hubbuy"]) if a.country in HUB_MARKETS else self.draw(P["general"])
                if local is not a:
                    self.line(self.day(lo, hi), a, local, rng.choice(goods.GENERAL), markup=rng.uniform(1.05, 1.3))

    # ---- output -----------------------------------------------------------------------------------------------
    def build(self):
        P = self.background_pools()
        self.planted_lines = 0
        self.evasion(P)
        self.planted_lines = len(self.records)
        self.background(P, max(0, self.n - self.planted_lines))
        self.records.sort(key=lambda r: (r["date"], self.rng.random()))
        self.records = self.records[:self.n] if len(self.records) > self.n else self.records
        for i, r in enumerate(self.records):
            r["record_id"] = f"IS2-{self.seed}-{i + 1:07d}"
            for p in (r["_exp"], r["_imp"]):
                p.records.append(r["record_id"])

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        with open(f"{out}/shipments.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(COLUMNS)
            for r in self.records:
                w.writerow([r[c] for c in COLUMNS])
        with open(f"{out}/truth_parties.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["record_id", "role", "party_id"])
            for r in self.records:
                w.writerow([r["record_id"], "exporter", r["_exp"].pid])
                w.writerow([r["record_id"], "importer", r["_imp"].pid])
        seen = [p for p in self.parties if p.records]

        # every spelling and number written in the records, exactly as written, per party (one pass)
        spelled, numbered = {}, {}
        for r in self.records:
            for role in ("exporter", "importer"):
                p = r["_exp"] if role == "exporter" else r["_imp"]
                spelled.setdefault(p.pid, {})[r[f"{role}_name"].strip()] = 1
                if r[f"{role}_id"]:
                    numbered.setdefault(p.pid, {})[r[f"{role}_id"]] = 1

        def names_of(p):
            return list(spelled.get(p.pid, {}))

        def ids_of(p):
            return list(numbered.get(p.pid, {}))

        planted = [{"party_id": p.pid, "name": p.spellings[0], "country": p.country, "patterns": sorted(set(p.patterns)),
                    "aliases": names_of(p), "ids": ids_of(p), "record_ids": p.records} for p in seen if p.kind == "planted"]
        listed = [{"party_id": p.pid, "entity_id": p.entity_id, "listed_name": p.listed_name, "country": p.country, "role": p.role,
                   "aliases": names_of(p), "ids": ids_of(p), "record_ids": p.records} for p in seen if p.kind == "listed"]
        truth = {"format": "chokepoint-truth/1", "synthetic": True, "writer": "bench/independent-scenario-2", "variant": self.variant, "seed": self.seed,
                 "records": len(self.records), "period": {"start": START.isoformat(), "end": END.isoformat()}, "shipments_file": "shipments.csv",
                 "planted_parties": planted, "listed_end_users": listed,
                 "counts": {"parties": len(seen), "planted": len(planted), "listed_end_users": len(listed), "records": len(self.records),
                            "planted_lines": sum(1 for r in self.records if r["_exp"].kind != "innocent" or r["_imp"].kind != "innocent")}}
        with open(f"{out}/truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
        # for diagnosis only (which kind of trade each party stands for); detect never reads it
        with open(f"{out}/parties_debug.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["party_id", "kind", "pool", "country", "name", "records"])
            for p in seen:
                pool = getattr(p, "pool", "") or (p.role or "+".join(sorted(set(p.patterns))))
                w.writerow([p.pid, p.kind, pool, p.country, p.spellings[0], len(p.records)])
        with open(f"{out}/README.txt", "w", encoding="utf-8") as f:
            f.write("SYNTHETIC DATA. These customs records were invented by bench/independent-scenario-2/write_scenario.py "
                    f"(seed {self.seed}, {len(self.records)} records) to measure a detector. They describe no real shipments. "
                    "Real names appear only where the sanctions lists name them (listed end users, listed intermediaries, "
                    "listed carriers); their trade here is invented. Every other firm name is invented and checked not to equal any listed name.\n")
        return truth["counts"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--records", type=int, default=100000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--variant", default="", choices=["", "civil-chpl", "chains", "civil-chpl,chains"],
                    help="civil-chpl: add Chinese makers' own CHPL-coded sales to Russian civil buyers (4%% of the background); "
                         "chains: add hub firms that sell only to Central Asian or Caucasian firms, which take the goods to Russia")
    ap.add_argument("--lists", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
    a = ap.parse_args()
    sc = Scenario(a.seed, a.records, a.lists, a.variant)
    sc.build()
    print(json.dumps(sc.write(a.out)))


if __name__ == "__main__":
    main()
