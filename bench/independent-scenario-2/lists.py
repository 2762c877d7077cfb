"""Reads the real sanctions list files for the scenario: listed parties to plant (Russian end users, hub
intermediaries, carriers) and the set of every listed name, normalised, that invented names must avoid.

Only the shared data folder's files are read (ofac/, csl/, un/, uk/, opensanctions/)."""
import csv
import re
from collections import defaultdict

CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))

# Legal forms are dropped before comparing: two firms differing only by "LLC" / "OOO" are one name.
LEGAL_FORMS = set("""LLC LTD LIMITED CO COMPANY INC CORP CORPORATION GMBH AG SA SAS SRL SPA BV NV JSC OJSC CJSC PJSC
OOO OAO ZAO PAO AO TOO OSOO LLP FZE FZCO FZC FZ DMCC SDN BHD PVT PRIVATE PLC KK DOO AS STI SIRKETI LIMITED
ANONIM TIC SAN VE MCHJ XXK HHK THE OF AND LIABILITY PARTNERSHIP JOINT STOCK PUBLIC OPEN CLOSED OBSHCHESTVO
OGRANICHENNOY OGRANICHENNOI OTVETSTVENNOSTYU AKTSIONERNOE SOLE PROPRIETORSHIP INCORPORATED ENTERPRISE""".split())


def translit(s):
    return "".join(CYR.get(c, CYR.get(c.lower(), c)) if c.lower() in CYR else c for c in s)


def core(name):
    """Upper-case Latin tokens without punctuation or legal forms: the part of a name that identifies it."""
    s = translit(name.lower()).upper().replace(".", "")
    toks = [t for t in re.split(r"[^A-Z0-9]+", s) if t and t not in LEGAL_FORMS]
    return " ".join(toks)


def _sdn_rows(folder):
    with open(f"{folder}/ofac/sdn.csv", encoding="latin-1", newline="") as f:
        return [r for r in csv.reader(f) if len(r) >= 12]


def listed_cores(folder):
    """Every listed name and alias from every list file, as core(); an invented name must not be one."""
    names = []
    for r in _sdn_rows(folder):
        names.append(r[1])
        # aliases newer than alt.csv are only in the remarks: a.k.a. 'LLC NORTHERN STAR'
        names += re.findall(r"[afn]\.k\.a\.,? '([^']+)'", r[11])
    with open(f"{folder}/ofac/alt.csv", encoding="latin-1", newline="") as f:
        names += [r[3] for r in csv.reader(f) if len(r) >= 4]
    with open(f"{folder}/csl/csl.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            names.append(r.get("name") or "")
            names += (r.get("alt_names") or "").split("; ")
    with open(f"{folder}/opensanctions/ua_war_sanctions.targets.simple.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            names.append(r["name"])
            names += r["aliases"].split(";")
    with open(f"{folder}/uk/subject_names.csv", encoding="utf-8", newline="") as f:
        names += [r["full_name"] for r in csv.DictReader(f)]
    with open(f"{folder}/un/consolidated.xml", encoding="utf-8") as f:
        xml = f.read()
    names += re.findall(r"<(?:FIRST_NAME|ALIAS_NAME)>([^<]*)<", xml)
    out = set()
    for n in names:
        c = core(n)
        if c:
            out.add(c)
    return out


COUNTRY = {"Russia": "RU", "China": "CN", "Hong Kong": "HK", "United Arab Emirates": "AE", "Turkey": "TR",
           "Kyrgyzstan": "KG", "Uzbekistan": "UZ", "Kazakhstan": "KZ", "Armenia": "AM", "Serbia": "RS",
           "India": "IN", "Malaysia": "MY", "Thailand": "TH", "Georgia": "GE"}

TAX = re.compile(r"(Tax ID No\.|Registration (?:ID|Number)|Unified Social Credit Code \(USCC\)) ([0-9A-Z]{6,20})")

# Russian listed end users whose Russian-language name is known; declarations in Russia write these.
CYRILLIC = {
    "16865": "АО «Концерн ВКО «Алмаз-Антей»", "16869": "АО «Концерн «Созвездие»",
    "16885": "АО «НПК «Уралвагонзавод»", "16911": "АО «Концерн «Калашников»",
    "18317": "АО «Ижевский механический завод»", "34876": "АО «Корпорация «Тактическое ракетное вооружение»",
    "35009": "АО «Ангстрем-Т»", "35199": "АО «ПКК Миландр»", "35936": "АО «Микрон»",
    "35864": "АО «Концерн «Гранит-Электрон»", "37521": "ООО «НПО «Радиоволна»", "35884": "АО «Салют»",
    "35881": "АО «МКБ «Искра»", "37668": "АО «НИИ «Полюс» им. М.Ф. Стельмаха»",
    "37697": "АО «НПП «Исток» им. Шокина»", "35885": "АО «Рязанское конструкторское бюро «Глобус»",
    "21332": "ООО «Специальный технологический центр»", "35879": "АО «Смоленский авиационный завод»",
    "35867": "АО «Азовский оптико-механический завод»",
}

DEFENCE = re.compile(r"PLANT|ZAVOD|DESIGN|BUREAU|RESEARCH|CONCERN|ELECTRO|INSTRUMENT|\bNPO\b|\bNPP\b|NAUCHNO|"
                     r"OPTIC|AVIA|RADIO|MIKRON|ANGSTREM|MILANDR|MACHINE|MASH|MISSILE|SYSTEM|TECHNOLOG|PRIBOR|"
                     r"KALASHNIKOV|ALMAZ|URALVAGON|SPECIAL|DEFENSE|DEFENCE|ENGINEERING|SCIENTIFIC|CENTER")
NOT_GOODS = re.compile(r"BANK|SHIPPING|ENERGY|CAPITAL|INVEST|HOLDING|CEMENT|STEEL|MARINE|NAVIGATION|OIL|TANKER|CRYPTO|"
                       r"FINANC|CONSULT|PROPERT|INSURANCE|FUND|MANAGEMENT|CONSTRUCTION|BLOCKCHAIN|EXCHANGE|"
                       r"UNIVERSITY|SCHOOL|DEPOSIT|DIPLOMA|MEDICIN|INITIATIVE|MEDIA|NEWS|LEASING|GAS|PETRO|COAL|GOLD|DIAMOND|BUNKER|DENIZ|REAL ESTATE")
HUB_GOODS = re.compile(r"ELECTRON|TECHNOLOG|TRADING|SEMICOND|IMPEX|DIS TIC|INDUSTR|AVIATION|MACHINERY|COMPUTER|"
                       r"SUPPLY|DEVICES|CHIPS|EKIPMAN|ELEKTRONIK|TEKNOLOJI|BILISIM|DOO|PARTS|MICRO|WIRELESS|LLC|"
                       r"LOJISTIK|LOGISTIC|FREIGHT|TRADE|SOLUTION")


def listed_entities(folder):
    """(russian_end_users, hub_intermediaries, vessels, airlines): dicts with entity_id, name, country,
    address, ids, cyrillic (or None), aliases (list alias names)."""
    rows = _sdn_rows(folder)
    adds = defaultdict(list)
    with open(f"{folder}/ofac/add.csv", encoding="latin-1", newline="") as f:
        for r in csv.reader(f):
            if len(r) >= 5:
                adds[r[0]].append(r)
    alts = defaultdict(list)
    with open(f"{folder}/ofac/alt.csv", encoding="latin-1", newline="") as f:
        for r in csv.reader(f):
            if len(r) >= 4 and r[2].strip().strip('"') in ("aka", "fka"):
                alts[r[0]].append(r[3].strip())
    ru, hub, vessels, airlines = [], [], [], []
    for r in rows:
        num, name, typ, prog, remarks = r[0].strip(), r[1].strip(), r[2].strip(), r[3], r[11]
        countries = [a[4].strip() for a in adds.get(num, [])]
        ids = [m.group(2) for m in TAX.finditer(remarks)]
        e = {"entity_id": f"ofac-sdn:{num}", "num": num, "name": name, "ids": ids, "aliases": alts.get(num, []),
             "cyrillic": CYRILLIC.get(num)}
        if typ == "vessel" and "RUSSIA" in prog:
            imo = re.search(r"IMO (\d{7})", remarks)
            if imo:
                vessels.append(dict(e, imo=imo.group(1)))
            continue
        if typ != "-0-":
            continue
        if num in ("12927", "13109", "20520"):  # MAHAN AIR, POUYA AIR, AIR KORYO: named carriers of Iran's and DPRK's deliveries
            airlines.append(e)
            continue
        if "RUSSIA-EO14024" not in prog or NOT_GOODS.search(name):
            continue
        if countries and countries[0] == "Russia" and (ids or e["cyrillic"]) and DEFENCE.search(name):
            a = adds[num][0]
            e.update(country="RU", address=", ".join(x.strip() for x in a[2:4] if x.strip() not in ("", "-0-")))
            ru.append(e)
        elif len(set(countries)) == 1 and countries[0] in COUNTRY and countries[0] != "Russia" and HUB_GOODS.search(name):
            a = adds[num][0]
            cc = COUNTRY[countries[0]]
            if cc == "CN" and "Hong Kong" in (a[3] + a[2]):
                cc = "HK"
            e.update(country=cc, address=", ".join(x.strip() for x in a[2:4] if x.strip() not in ("", "-0-")))
            hub.append(e)
    return ru, hub, vessels, airlines
