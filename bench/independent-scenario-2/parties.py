"""Trade parties of the scenario: every spelling a party uses, its addresses and registration numbers, when it
trades, and (for planted and listed parties) what it is in the truth."""
import re

import lists
import names


class Party:
    def __init__(self, pid, country, kind, spellings, weights=None, address=None, ids=(), id_rate=0.5,
                 start=None, end=None, typo_rate=0.0):
        self.pid, self.country, self.kind = pid, country, kind
        self.spellings = list(spellings)
        self.weights = list(weights) if weights else _default_weights(len(self.spellings))
        self.addresses = [address] if address else []
        self.ids, self.id_rate = list(ids), id_rate
        self.start, self.end = start, end
        self.typo_rate = typo_rate
        self.patterns = []
        self.entity_id = self.listed_name = self.role = None
        self.used_names, self.used_ids, self.records = {}, {}, []
        self.foreign_ids = []  # a predecessor's number reused on some declarations
        self.foreign_id_rate = 0.0

    def spell(self, rng):
        if self.typo_rate and rng.random() < self.typo_rate:
            return names.typo(rng, rng.choices(self.spellings, self.weights)[0])
        return rng.choices(self.spellings, self.weights)[0]

    def declared_id(self, rng):
        if self.foreign_ids and rng.random() < self.foreign_id_rate:
            return rng.choice(self.foreign_ids)
        if self.ids and rng.random() < self.id_rate:
            return rng.choice(self.ids)
        return ""

    def address(self, rng):
        return rng.choice(self.addresses) if self.addresses and rng.random() < 0.75 else ""

    def alive(self, day):
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


def _default_weights(n):
    # the registered name most of the time, the other spellings now and then
    return [0.55] + [0.45 / (n - 1)] * (n - 1) if n > 1 else [1.0]


def inn10(rng, region=None):
    region = region or rng.choice(["77", "78", "50", "66", "54", "16", "52", "63", "23", "47", "74", "02", "61", "24"])
    d = [int(c) for c in region] + [rng.randrange(10) for _ in range(7)]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return "".join(map(str, d)) + str(sum(a * b for a, b in zip(d, w)) % 11 % 10)


def ogrn(rng):
    body = str(rng.choice([1, 5])) + f"{rng.randrange(2, 24):02d}" + f"{rng.randrange(1, 99):02d}" + "".join(str(rng.randrange(10)) for _ in range(7))
    return body + str(int(body) % 11 % 10)


def registration(rng, cc):
    """A registration or tax number in the country's usual shape."""
    digits = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    alnum = lambda n: "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(n))
    if cc == "RU":
        return inn10(rng)
    return {"CN": lambda: "91" + rng.choice(["4403", "4401", "4419", "3502", "3307", "3205", "3101", "5101"]) + "00" + alnum(10),
            "HK": lambda: digits(8), "AE": lambda: "100" + digits(12), "TR": lambda: digits(10), "KZ": lambda: digits(12),
            "KG": lambda: rng.choice(["0", "1", "2"]) + digits(13), "UZ": lambda: rng.choice(["3", "2"]) + digits(8), "AM": lambda: "0" + digits(7),
            "GE": lambda: "4" + digits(8), "MN": lambda: digits(7), "RS": lambda: "1" + digits(8), "BY": lambda: "19" + digits(7),
            "IN": lambda: f"{rng.randrange(1, 37):02d}AA{rng.choice('BCF')}{rng.choice('ABCDEFGHKLMNPRST')}{digits(4)}{rng.choice('ABCDEFGHJK')}1Z{alnum(1)}",
            "TH": lambda: "0" + digits(12), "MY": lambda: "20" + digits(10), "MV": lambda: f"C-{digits(4)}/20{rng.randrange(10, 24)}",
            "IR": lambda: "1" + digits(10), "DE": lambda: "DE" + digits(9), "NL": lambda: "NL" + digits(9) + "B01", "IT": lambda: "IT" + digits(11),
            "FR": lambda: "FR" + digits(11), "GB": lambda: "GB" + digits(9), "US": lambda: f"{digits(2)}-{digits(7)}",
            }.get(cc, lambda: digits(9))()


STREETS = {
    "HK": ["Nathan Road", "Hennessy Road", "Des Voeux Road Central", "Canton Road", "Sheung Yuet Road", "Hoi Bun Road", "Castle Peak Road", "King's Road"],
    "CN": ["Shennan Avenue", "Huaqiang North Road", "Keyuan Road", "Tianhe Road", "Binhai Avenue", "Zhongshan Road", "Jiangnan Avenue"],
    "AE": ["Sheikh Zayed Road", "Al Maktoum Road", "Al Garhoud", "Jebel Ali Free Zone", "Dubai Airport Free Zone", "Al Qusais Industrial Area", "Hamriyah Free Zone", "Business Bay"],
    "TR": ["Büyükdere Cad.", "Halaskargazi Cad.", "Atatürk Bulvarı", "İnönü Cad.", "Cumhuriyet Cad.", "Mecidiyeköy Yolu"],
    "RU": ["ул. Профсоюзная", "Ленинский проспект", "ул. Садовая", "ул. Промышленная", "Варшавское шоссе", "ул. Заводская", "наб. Обводного канала"],
    "KZ": ["пр. Абая", "ул. Толе би", "пр. Достык", "ул. Кабанбай батыра"], "KG": ["ул. Токтогула", "пр. Чуй", "ул. Киевская", "ул. Ахунбаева"],
    "UZ": ["ул. Навои", "Amir Temur ko'chasi", "ул. Мукими"], "AM": ["Tigran Mets Ave", "Arshakunyats Ave", "Komitas Ave"],
    "GE": ["Rustaveli Ave", "Tsereteli Ave", "Kakheti Hwy"], "RS": ["Bulevar Mihajla Pupina", "Knez Mihailova", "Autoput"],
}
CITY = {"HK": ["Kowloon, Hong Kong", "Wan Chai, Hong Kong", "Kwun Tong, Hong Kong"], "CN": ["Shenzhen", "Guangzhou", "Xiamen", "Shanghai", "Yiwu"],
        "AE": ["Dubai", "Sharjah", "Abu Dhabi", "Ajman"], "TR": ["İstanbul", "Ankara", "Mersin", "İzmir"], "RU": ["Москва", "Санкт-Петербург", "Екатеринбург", "Новосибирск", "Казань"],
        "KZ": ["Алматы", "Астана"], "KG": ["Бишкек", "Ош"], "UZ": ["Ташкент"], "AM": ["Yerevan"], "GE": ["Tbilisi", "Batumi"], "RS": ["Beograd", "Novi Sad"]}


def street_address(rng, cc):
    streets = STREETS.get(cc)
    if not streets:
        return f"{rng.randrange(1, 400)} {rng.choice(['Industrial Road', 'Harbour Street', 'Commerce Avenue', 'Station Road', 'Park Lane'])}, {cc}"
    s = rng.choice(streets)
    unit = ""
    if cc == "HK":
        unit = f"Room {rng.randrange(1, 30)}{rng.randrange(1, 20):02d}, {rng.randrange(2, 30)}/F, "
    elif cc == "AE":
        unit = rng.choice(["Office ", "Warehouse ", "Unit ", "Shop "]) + f"{rng.randrange(1, 999)}, "
    elif cc == "RU":
        return f"{rng.randrange(100000, 199999)}, г. {rng.choice(CITY['RU'])}, {s}, д. {rng.randrange(1, 120)}, офис {rng.randrange(1, 400)}"
    return f"{unit}{rng.randrange(1, 300)} {s}, {rng.choice(CITY.get(cc, [cc]))}"


ABBREV = [(r"\bJOINT[- ]STOCK COMPANY\b", ["JSC", "AO"]), (r"\bOPEN JOINT[- ]STOCK COMPANY\b", ["OJSC", "OAO"]),
          (r"\bPUBLIC JOINT[- ]STOCK COMPANY\b", ["PJSC", "PAO"]), (r"\bLIMITED LIABILITY COMPANY\b", ["LLC", "OOO"]),
          (r"\bCOMPANY LIMITED\b", ["CO LTD", "CO., LTD"]), (r"\bLIMITED SIRKETI\b", ["LTD STI", "LTD. ŞTİ."]),
          (r"\bDIS TICARET\b", ["DIS TIC", "DIŞ TİC."]), (r"\bSANAYI VE TICARET\b", ["SAN. VE TIC.", "SAN TIC"]), (r"\bLIMITED\b", ["LTD"]),
          (r"\bCO\., LIMITED\b", ["CO LTD", "CO., LTD."]), (r"\bGENERAL TRADING\b", ["GEN. TRADING", "GENERAL TRDG"]),
          (r"\bCONCERN\b", ["CONCERN", "KONTSERN"]), (r"\bRESEARCH AND PRODUCTION\b", ["NPO", "R&P"])]


def listed_spellings(rng, e):
    """How declarations write a listed party: the list's name, its legal form abbreviated or moved, title case,
    an alias from the list, its Russian name when known, and a typo now and then."""
    base = e["name"]
    out = [base]
    for pat, alts in ABBREV:
        if re.search(pat, base):
            alt = rng.choice(alts)
            short = re.sub(pat, alt, base).strip()
            out.append(short)
            # the legal form written last, as many forwarders do: "MIKRON JSC"
            if short.startswith(alt + " "):
                out.append(short[len(alt) + 1:] + " " + alt)
    out.append(out[-1].title() if rng.random() < 0.6 else base.title())
    for a in e.get("aliases", [])[:2]:
        out.append(a)
    if e.get("cyrillic"):
        out.append(e["cyrillic"])
        out.append(e["cyrillic"].replace("«", "\"").replace("»", "\""))
    out.append(names.typo(rng, out[rng.randrange(len(out))]))
    return names.dedupe(out)


def check_core(c, listed):
    return bool(c) and c not in listed
