#!/usr/bin/env python3
"""Independent screening queries for Chokepoint (issue 3 "queries it has never seen").

Reads the real list files itself (OFAC SDN + alt + add, OpenSanctions War & Sanctions; CSL, UN and UK
names only to keep negatives unlisted) and writes, deterministically per --seed:
  queries.csv  formats.md section 3 input: id,name,country,type,identifier
  truth.csv    id,class,expect(match|no_match),expected(ids ';'),expected_names(' | '),note
  README.txt   what the classes are
The variant rules and transliteration tables below were written without looking at the project's
screening code, resources or benchmark: they model how declarants, clerks and investigators write names.
Standard library only (Python 3.11).
"""
import argparse
import csv
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

csv.field_size_limit(10**9)

# ----------------------------------------------------------------------------------------- folding
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w]+", " ", s.lower(), flags=re.UNICODE).replace("_", " ")
    return " ".join(s.split())


def tokens(s):
    return fold(s).split()


def skeleton(word):
    """Consonant skeleton of a folded word, so transliteration variants (Zaytseva/Zaitseva,
    Aleksandr/Alexander, Kiselev/Kislov) collide; used to keep negatives clear of listed persons."""
    w = fold(word).replace("x", "ks").replace("ph", "f").replace("w", "v")
    w = re.sub(r"[aeiouyjh' ]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


# ------------------------------------------------------------------------------------ list loading
class Entity:
    __slots__ = ("eid", "names", "type", "country", "inn", "imo", "programs")

    def __init__(self, eid, names, typ, country="", inn="", imo="", programs=""):
        self.eid, self.names, self.type = eid, names, typ
        self.country, self.inn, self.imo, self.programs = country, inn, imo, programs


COUNTRY_ISO = {"russia": "RU", "china": "CN", "hong kong": "HK", "united arab emirates": "AE",
               "turkey": "TR", "turkiye": "TR", "iran": "IR", "belarus": "BY", "ukraine": "UA",
               "syria": "SY", "north korea": "KP", "korea, north": "KP", "india": "IN",
               "kazakhstan": "KZ", "armenia": "AM", "kyrgyzstan": "KG", "uzbekistan": "UZ",
               "lebanon": "LB", "iraq": "IQ", "singapore": "SG", "serbia": "RS", "cyprus": "CY"}


def nul(v):
    v = (v or "").strip()
    return "" if v == "-0-" else v


def load_ofac(d):
    addc = defaultdict(list)
    with open(os.path.join(d, "ofac", "add.csv"), encoding="utf-8", errors="replace") as f:
        for row in csv.reader(f):
            if len(row) >= 5:
                addc[row[0].strip()].append(nul(row[4]).lower())
    alts = defaultdict(list)
    with open(os.path.join(d, "ofac", "alt.csv"), encoding="utf-8", errors="replace") as f:
        for row in csv.reader(f):
            if len(row) >= 4 and nul(row[3]):
                alts[row[0].strip()].append(nul(row[3]))
    out = []
    with open(os.path.join(d, "ofac", "sdn.csv"), encoding="utf-8", errors="replace") as f:
        for row in csv.reader(f):
            if len(row) < 12 or not row[0].strip().isdigit():
                continue
            num, name, typ, prog, remarks = row[0].strip(), nul(row[1]), nul(row[2]), row[3], nul(row[11])
            typ = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}.get(typ, "organization")
            inn = ""
            m = re.search(r"Tax ID No\. (\d{10}|\d{12}) \(Russia\)", remarks)
            if m:
                inn = m.group(1)
            imo = ""
            m = re.search(r"IMO (\d{7})", remarks)
            if m:
                imo = m.group(1)
            country = ""
            for c in addc.get(num, []):
                if c in COUNTRY_ISO:
                    country = COUNTRY_ISO[c]
                    break
            if not country and ("(Russia)" in remarks or "RUSSIA-EO14024" in prog):
                country = "RU" if "(Russia)" in remarks or typ != "vessel" else ""
            out.append(Entity("ofac-sdn:" + num, [name] + alts.get(num, []), typ, country, inn, imo, prog))
    return out


def load_os(d):
    out = []
    p = os.path.join(d, "opensanctions", "ua_war_sanctions.targets.simple.csv")
    with open(p, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            typ = {"Person": "person", "Vessel": "vessel"}.get(r["schema"], "organization")
            names = [r["name"]] + [a for a in r["aliases"].split(";") if a.strip()]
            ids = [i.strip() for i in r["identifiers"].split(";") if i.strip()]
            imo = next((i[3:] for i in ids if i.startswith("IMO") and len(i) == 10), "")
            inn = next((i for i in ids if i.isdigit() and len(i) in (10, 12)), "") if typ != "vessel" else ""
            if typ != "vessel" and imo:
                imo = ""  # company "IMO" numbers are owner/manager numbers, not a ship's
            country = r["countries"].split(";")[0].upper() if r["countries"] else ""
            out.append(Entity("opensanctions:" + r["id"], names, typ, country, inn, imo, r["program_ids"]))
    return out


def load_other_names(d):
    """Every name in CSL, UN and UK, only used to keep negatives unlisted."""
    names = []
    try:
        with open(os.path.join(d, "csl", "csl.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r.get("name") and r["name"] != "name":
                    names.append(r["name"])
                    names += [a for a in (r.get("alt_names") or "").split("; ") if a]
    except OSError:
        pass
    try:
        with open(os.path.join(d, "uk", "subject_names.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                names.append(r["full_name"])
    except OSError:
        pass
    try:
        txt = open(os.path.join(d, "un", "consolidated.xml"), encoding="utf-8").read()
        for block in re.findall(r"<(?:INDIVIDUAL|ENTITY)>(.*?)</(?:INDIVIDUAL|ENTITY)>", txt, re.S):
            parts = re.findall(r"<(?:FIRST|SECOND|THIRD|FOURTH)_NAME>(.*?)</", block)
            names.append(" ".join(parts))
            names += re.findall(r"<ALIAS_NAME>(.*?)</", block)
            names += re.findall(r"<NAME_ORIGINAL_SCRIPT>(.*?)</", block)
    except OSError:
        pass
    return names


# ------------------------------------------------------------------------ transliteration tables
CYR = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў")


def has_cyr(s):
    return any(c in CYR for c in s.lower())


def mostly_cyr(s):
    letters = [c for c in s.lower() if c.isalpha()]
    return bool(letters) and sum(c in CYR for c in letters) >= 0.9 * len(letters)


def has_latin(s):
    return any("a" <= c <= "z" for c in s.lower())


# Latin (any common scheme) -> Russian Cyrillic, greedy longest match. Ours, rough on purpose:
# a clerk re-typing a Latin name in Cyrillic guesses the same way.
LAT2CYR = [("hydro", "гидро"), ("iya", "ия"), ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("tz", "ц"), ("ch", "ч"),
           ("sh", "ш"), ("yu", "ю"), ("iu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"),
           ("yy", "ый"), ("iy", "ий"), ("ph", "ф"), ("th", "т"), ("x", "кс"), ("w", "в"), ("h", "х"),
           ("j", "дж"), ("q", "к"), ("c", "к"), ("'", "ь"),
           ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"),
           ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
           ("t", "т"), ("u", "у"), ("f", "ф"), ("y", "ы")]
VOWELS_C = set("аеёиоуыэюяaeiouy")


def lat_word_to_cyr(w):
    lw, out, i = w.lower(), [], 0
    if len(lw) <= 4 and not re.search("[aeiouy]", lw):  # an acronym: letter by letter
        return "".join(dict(LAT2CYR[-24:]).get(c, c) for c in lw).upper()
    while i < len(lw):
        for lat, cyr in LAT2CYR:
            if lw.startswith(lat, i):
                if lat == "e" and i == 0:
                    cyr = "э"
                if lat == "y" and out and out[-1][-1] in VOWELS_C:
                    cyr = "й"
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(lw[i])
            i += 1
    s = "".join(out)
    return s.upper() if w.isupper() else s.capitalize() if w[:1].isupper() else s


def lat_to_cyr(s):
    return re.sub(r"[A-Za-z']+", lambda m: lat_word_to_cyr(m.group(0)), s)


BASE = dict(zip("абвгдезиклмнопрстуф", "abvgdeziklmnoprstuf"))
SCHEMES = {
    # ISO 9:1995 with its diacritics
    "iso9": {**BASE, "ё": "ë", "ж": "ž", "й": "j", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "ŝ",
             "ъ": "ʺ", "ы": "y", "ь": "ʹ", "э": "è", "ю": "û", "я": "â", "і": "ì", "ї": "ï", "є": "ê", "ґ": "g̀"},
    # German Duden style
    "german": {**BASE, "в": "w", "ё": "jo", "ж": "sh", "з": "s", "й": "i", "х": "ch", "ц": "z", "ч": "tsch",
               "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
               "с": "s", "і": "i", "ї": "ji", "є": "je", "ґ": "g"},
    # French style
    "french": {**BASE, "ё": "io", "ж": "j", "й": "i", "у": "ou", "х": "kh", "ц": "ts", "ч": "tch",
               "ш": "ch", "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iou", "я": "ia",
               "і": "i", "ї": "ii", "є": "ie", "ґ": "g"},
    # Russian passport, ICAO 9303 (2013)
    "passport": {**BASE, "ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                 "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
                 "і": "i", "ї": "i", "є": "ie", "ґ": "g"},
    # informal "j" style with x for kh (as seen on invoices)
    "jx": {**BASE, "ё": "jo", "ж": "zh", "й": "j", "х": "x", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch",
           "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g"},
    # Ukrainian national (2010) for Ukrainian Cyrillic
    "ukr": {**BASE, "г": "h", "ґ": "g", "е": "e", "є": "ie", "ж": "zh", "и": "y", "і": "i", "ї": "i",
            "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
            "ъ": "", "ы": "y", "э": "e", "ё": "io"},
}


def translit(s, scheme):
    t = SCHEMES[scheme]
    out = []
    for i, ch in enumerate(s):
        lo = ch.lower()
        if lo in t:
            r = t[lo]
            if scheme == "german" and lo == "с" and 0 < i < len(s) - 1 and s[i - 1].lower() in "аеиоуыэюя" \
                    and s[i + 1].lower() in "аеиоуыэюя":
                r = "ss"
            if scheme == "german" and lo == "е" and (i == 0 or s[i - 1].lower() in "аеиоуыэюя ьъ"):
                r = "je"
            if ch.isupper():
                nxt_upper = i + 1 < len(s) and s[i + 1].isupper()
                r = r.upper() if nxt_upper or (i > 0 and s[i - 1].isupper()) else r.capitalize()
            out.append(r)
        else:
            out.append(ch)
    return "".join(out)


# Words of Russian organisation names: English -> Russian, used when a declarant writes the name in Cyrillic.
EN2RU = {"plant": "завод", "factory": "фабрика", "group": "групп", "trading": "торговый", "house": "дом",
         "company": "компания", "research": "исследовательский", "institute": "институт",
         "design": "конструкторское", "bureau": "бюро", "scientific": "научно", "production": "производственное",
         "association": "объединение", "enterprise": "предприятие", "center": "центр", "centre": "центр",
         "engineering": "инжиниринг", "bank": "банк", "of": "", "the": "", "and": "и", "state": "государственный",
         "chemical": "химический", "electrical": "электротехнический", "equipment": "оборудования",
         "mechanical": "механический", "instrument": "приборостроительный", "making": "",
         "shipyard": "судостроительный завод", "aviation": "авиационный", "technologies": "технологии",
         "technology": "технологии", "systems": "системы", "logistics": "логистик", "service": "сервис",
         "electronics": "электроника", "concern": "концерн", "corporation": "корпорация", "holding": "холдинг",
         "saint": "санкт", "engines": "двигателей", "square": "сквер", "secure": "безопасная",
         "distribution": "дистрибуция", "investment": "инвестиционная", "management": "управляющая", "electromechanical": "электромеханический", "agency": "агентство",
         "machine-building": "машиностроительный", "shipbuilding": "судостроительный", "optical": "оптический", "petersburg": "петербург", "moscow": "московский", "russian": "российский",
         "federal": "федеральный", "national": "национальный", "heavy": "тяжелого", "machine": "машиностроения",
         "building": "", "works": "завод", "ship": "судо", "repair": "ремонтный", "precision": "точного"}

# legal forms: canonical key -> spellings
RU_FORMS = {
    "ooo": ["ООО", "OOO", "LLC", "Limited Liability Company", "Obshchestvo s ogranichennoy otvetstvennostyu",
            "Общество с ограниченной ответственностью", "L.L.C.", "TOV"],
    "ao": ["АО", "AO", "JSC", "Joint Stock Company", "Joint-Stock Company", "Aktsionernoe obshchestvo",
           "Акционерное общество", "ZAO", "CJSC"],
    "pao": ["ПАО", "PAO", "PJSC", "Public Joint Stock Company", "Публичное акционерное общество"],
    "oao": ["ОАО", "OAO", "OJSC", "Open Joint Stock Company"],
}
FORM_WORDS = {}
for key, forms in RU_FORMS.items():
    for fm in forms:
        FORM_WORDS[fold(fm)] = key
FORM_WORDS.update({"zao": "ao", "cjsc": "ao", "ojsc": "oao", "tov": "ooo", "limited liability company": "ooo",
                   "joint stock company": "ao", "public joint stock company": "pao", "open joint stock company": "oao",
                   "closed joint stock company": "ao"})
CYR_FORM = {"ooo": "ООО", "ao": "АО", "pao": "ПАО", "oao": "ОАО"}


def split_ru_form(name):
    """(form key or None, core name) for a Russian organisation name; the form may lead or trail."""
    f = fold(name)
    for fw in sorted(FORM_WORDS, key=len, reverse=True):
        if f.startswith(fw + " "):
            core = strip_words(name, len(fw.split()), lead=True)
            return FORM_WORDS[fw], core
        if f.endswith(" " + fw):
            core = strip_words(name, len(fw.split()), lead=False)
            return FORM_WORDS[fw], core
    return None, name


def strip_words(name, n, lead):
    # remove n word tokens from the front or back, keeping the rest's punctuation
    parts = re.findall(r"[\w]+|[^\w]+", name)
    idx = [i for i, p in enumerate(parts) if re.match(r"\w", p)]
    drop = idx[:n] if lead else idx[-n:]
    rest = "".join(p for i, p in enumerate(parts) if i not in drop)
    return rest.strip(" ,.-").strip()


def unquote(s):
    return re.sub(r"[\"«»“”„']", "", s).strip()


def quote(core, rng, cyr=False):
    style = rng.choice(["guillemets", "double", "none"] if cyr else ["double", "none", "none"])
    return {"guillemets": "«%s»", "double": "\"%s\"", "none": "%s"}[style] % core


RU_CITIES = ["Moscow", "Saint Petersburg", "Yekaterinburg", "Novosibirsk", "Kazan", "Nizhny Novgorod",
             "Samara", "Chelyabinsk", "Perm", "Tula", "Izhevsk", "Voronezh"]
RU_CITIES_CYR = ["г. Москва", "г. Санкт-Петербург", "г. Екатеринбург", "г. Новосибирск", "г. Казань",
                 "г. Тула", "г. Пермь", "г. Ижевск"]
GENERIC_ORG_WORDS = {"trading", "house", "group", "company", "international", "technologies", "technology",
                     "plant", "factory", "llc", "ltd", "limited", "co", "jsc", "ooo", "ao", "oao", "pao", "ojsc",
                     "cjsc", "zao", "pjsc", "the", "of", "and", "center", "centre", "holding", "service",
                     "engineering", "systems", "industrial", "industries", "corporation", "inc", "general",
                     "enterprise", "scientific", "production", "research", "institute", "logistics", "trade"}

# ------------------------------------------------------------------------- Persian / Arabic table
FA_VARIANTS = [["Mohammad", "Muhammad", "Mohammed", "Mohamad", "Mohamed", "Muhammed"],
               ["Hossein", "Hussein", "Husayn", "Hosein", "Husain"],
               ["Hosseini", "Hoseyni", "Husseini", "Hosseyni", "Hoseini"],
               ["Reza", "Rida", "Reda"], ["Ahmad", "Ahmed"], ["Mahmoud", "Mahmud", "Mahmood"],
               ["Qasem", "Ghasem", "Kassem", "Qassem", "Qasim"], ["Abdollah", "Abdullah", "Abdallah"],
               ["Mostafa", "Mustafa", "Moustafa"], ["Hassan", "Hasan"], ["Ebrahim", "Ibrahim"],
               ["Esmail", "Ismail", "Ismael"], ["Yousef", "Yusuf", "Youssef", "Yousif"], ["Jafar", "Ja'far", "Jaafar"],
               ["Sadegh", "Sadiq", "Sadeq"], ["Naser", "Nasser", "Nasir"], ["Mehdi", "Mahdi"], ["Gholam", "Ghulam"],
               ["Javad", "Jawad"], ["Abbas", "Abas"], ["Karim", "Kareem"], ["Saeed", "Said", "Saied"],
               ["Hamid", "Hameed"], ["Majid", "Majeed"], ["Rahim", "Raheem"], ["Hadi", "Hady"],
               ["Mohsen", "Muhsin"], ["Morteza", "Murtada", "Mortaza"], ["Abdul", "Abdol", "Abd al"],
               ["Nasrallah", "Nasrullah"], ["Amir", "Ameer"], ["Khalil", "Khaleel"], ["Osman", "Uthman", "Othman"],
               ["Omar", "Umar"], ["Yaser", "Yasser", "Yasir"], ["Rezaei", "Rezaie", "Rezai"],
               ["Mousavi", "Musavi", "Moussavi"], ["Ghasemi", "Qasemi", "Qassemi"], ["Jafari", "Jaafari"],
               ["Kazemi", "Kadhimi"], ["Soleimani", "Sulaimani", "Suleimani"], ["Zadeh", "Zade"]]
FA_INDEX = {}
for grp in FA_VARIANTS:
    for v in grp:
        FA_INDEX[fold(v)] = grp
FA_PROGRAMS = ("IRAN", "IRGC", "SDGT", "NPWMD", "IFSR", "SYRIA", "HIZBALLAH", "YEMEN", "IRAQ", "LIBYA", "FTO")


def fa_vary(name, rng):
    """Another romanisation of a Persian/Arabic personal name; None when our table knows no word of it."""
    words = re.split(r"(\s+|,)", name)
    changed = False
    out = []
    for w in words:
        f = fold(w)
        if f in FA_INDEX:
            alts = [v for v in FA_INDEX[f] if fold(v) != f]
            nw = rng.choice(alts)
            out.append(nw.upper() if w.isupper() else nw)
            changed = True
        elif re.match(r"(?i)^(al|el)-\w+", w):
            rest = w[3:]
            pref = w[:2]
            nw = rng.choice([("el-" if pref.lower() == "al" else "al-") + rest, pref + " " + rest, pref + rest])
            out.append(nw)
            changed = True
        else:
            out.append(w)
    return "".join(out) if changed else None


# ------------------------------------------------------------------------------ Chinese, UAE, TR
OTHER_FORMS = {"fze", "fzco", "fzc", "dmcc", "llc", "gmbh", "sa", "ag", "inc", "corp", "sti", "as", "bv", "nv",
               "plc", "lp", "srl", "spa", "kg", "pte", "sdn", "bhd", "doo", "ood", "eood", "tov", "pvt"}
CN_CITIES = ["Shenzhen", "Beijing", "Shanghai", "Guangzhou", "Hangzhou", "Wuhan", "Chengdu", "Dongguan",
             "Ningbo", "Xiamen", "Tianjin", "Nanjing", "Suzhou", "Hong Kong", "Xian", "Changsha", "Zhuhai"]
CN_SUFFIXES = ["Co., Ltd.", "Co. Ltd", "Co Ltd", "Company Limited", "Limited", "Ltd", "Co., Limited", "LTD."]
CN_SUFFIX_RE = re.compile(r"[\s,]*(co\.?,?\s*(ltd|limited)\.?|company\s+limited|limited|ltd\.?|inc\.?)\s*$", re.I)
CN_WORD_SWAP = {"technology": "Tech", "tech": "Technology", "electronics": "Electronic", "electronic": "Electronics",
                "international": "Intl", "trading": "Trade", "trade": "Trading", "industrial": "Industry",
                "industry": "Industrial", "development": "Dev.", "import": "Imp.", "export": "Exp."}
AE_FORMS = ["FZE", "FZCO", "FZ-LLC", "LLC", "L.L.C.", "DMCC", "L.L.C", "FZC"]
AE_FORM_RE = re.compile(r"[\s,]*(fze|fzco|fz[\s-]?llc|l\.?l\.?c\.?|llc|dmcc|fzc|limited|ltd\.?)\s*$", re.I)
TR_FORMS = ["Dış Ticaret Ltd. Şti.", "Dis Ticaret Ltd. Sti.", "Dış Ticaret Limited Şirketi", "Ltd. Şti.",
            "Ltd Sti", "A.Ş.", "AS", "Anonim Şirketi", "Sanayi ve Ticaret A.Ş.", "San. ve Tic. Ltd. Şti."]
TR_FORM_RE = re.compile(r"[\s,]*((d[ıi][sş]\s+t[ıi]caret\s+)?(ltd\.?\s*[sş]t[ıi]\.?|limited\s+[sş]irketi)|a\.?\s?[sş]\.?|"
                        r"anonim\s+[sş]irketi|(sanayi|san\.?)\s+ve\s+(ticaret|tic\.?)\s+(a\.?\s?[sş]\.?|ltd\.?\s*[sş]ti\.?))\s*$",
                        re.I)
TR_ASCII = str.maketrans("ışğüöçİŞĞÜÖÇ", "isguocISGUOC")


# -------------------------------------------------------------------------------- perturbations
def typo(name, rng):
    words = list(re.finditer(r"[^\W\d_]{7,}", name))
    if not words:
        return None
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    op = rng.choice(["replace", "drop", "swap", "double"])
    if op == "replace":
        pool = "aeiou" if w[i].lower() in "aeiou" else "bcdfgklmnprstvz"
        c = rng.choice([x for x in pool if x != w[i].lower()])
        nw = w[:i] + (c.upper() if w[i].isupper() else c) + w[i + 1:]
    elif op == "drop":
        nw = w[:i] + w[i + 1:]
    elif op == "swap":
        if w[i] == w[i + 1]:
            return None
        nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    else:
        nw = w[:i] + w[i] + w[i:]
    return name[:m.start()] + nw + name[m.end():], op + " in " + w


def join_split(name, rng):
    if "-" in name and rng.random() < 0.5:
        return name.replace("-", rng.choice(["", " "]), 1), "hyphen removed"
    ws = name.split()
    cands = [i for i in range(len(ws) - 1) if ws[i].isalpha() and ws[i + 1].isalpha() and fold(ws[i + 1])
             not in GENERIC_ORG_WORDS and fold(ws[i]) not in FORM_WORDS]
    if cands and rng.random() < 0.5:
        i = rng.choice(cands)
        return " ".join(ws[:i] + [ws[i] + rng.choice(["", "-"]) + ws[i + 1].lower()] + ws[i + 2:]), "words joined"
    long = [i for i, w in enumerate(ws) if w.isalpha() and len(w) >= 10]
    if long:
        i = rng.choice(long)
        w = ws[i]
        k = rng.randrange(4, len(w) - 4)
        return " ".join(ws[:i] + [w[:k] + rng.choice([" ", "-"]) + w[k:]] + ws[i + 1:]), "word split"
    return None


# ---------------------------------------------------------------------------------------- writer
class Writer:
    def __init__(self, seed, per_class, ents, other_names):
        self.rng = random.Random(seed)
        self.n = per_class
        self.ents = ents
        self.rows = []
        self.used = set()
        self.by_key = defaultdict(set)
        for e in ents:
            for k in ([("inn", e.inn)] if e.inn else []) + ([("imo", e.imo)] if e.imo else []):
                self.by_key[k].add(e)
        self.eid = {e.eid: e for e in ents}
        self.listed = set()
        self.listed_tokens = Counter()
        for e in ents:
            for nm in e.names:
                self.listed.add(fold(nm))
                self.listed.add(" ".join(sorted(tokens(nm))))
                self.listed_tokens.update(set(tokens(nm)))
        for nm in other_names:
            self.listed.add(fold(nm))
            self.listed.add(" ".join(sorted(tokens(nm))))
            self.listed_tokens.update(set(tokens(nm)))
        non_ru = Counter()
        for e in ents:
            if e.type == "organization" and e.country not in ("RU", "BY", "UA", "KZ", "AM", "KG", "UZ", ""):
                for nm in e.names:
                    if not has_cyr(nm):
                        non_ru.update(set(tokens(nm)))
        self.english = {t for t, c in non_ru.items() if c >= 3} | set(EN2RU) | GENERIC_ORG_WORDS
        self.persons_by_surname = defaultdict(set)
        for e in ents:
            if e.type == "person":
                for nm in e.names:
                    for t in tokens(nm):
                        self.persons_by_surname[t].update(x[:3] for x in tokens(nm) if x != t)
        for nm in other_names:
            ts = tokens(nm)
            for t in ts:
                self.persons_by_surname[t].update(x[:3] for x in ts if x != t)
        # consonant skeletons of names of persons (all lists), and joined word pairs of all names
        self.person_skel = defaultdict(set)
        self.joined = set()
        for nm in [n for e in ents for n in e.names] + list(other_names):
            ts = tokens(nm)
            self.joined.update(a + b for a, b in zip(ts, ts[1:]))
        for nm in [n for e in ents if e.type == "person" for n in e.names] + list(other_names):
            ts = tokens(nm)
            for t in ts:
                self.person_skel[skeleton(t)].update(skeleton(x) for x in ts if x != t)

    def expected(self, e):
        group = {e}
        for k in ([("inn", e.inn)] if e.inn else []) + ([("imo", e.imo)] if e.imo else []):
            group |= self.by_key[k]
        return group

    def add(self, cls, name, e=None, country="", typ="", ident="", note=""):
        name = " ".join(name.split())
        if not name:
            return False
        key = (cls, fold(name), ident)
        if key in self.used:
            return False
        self.used.add(key)
        qid = "iq%05d" % (len(self.rows) + 1)
        if e is None:
            self.rows.append((qid, name, country, typ, ident, cls, "no_match", "", "", note))
        else:
            grp = sorted(self.expected(e), key=lambda x: x.eid)
            names = []
            for g in grp:
                for nm in g.names:
                    if nm not in names:
                        names.append(nm)
            self.rows.append((qid, name, country, typ, ident, cls, "match", ";".join(g.eid for g in grp),
                              " | ".join(names), note))
        return True

    def pool(self, pred):
        p = [e for e in self.ents if pred(e)]
        self.rng.shuffle(p)
        return p

    def fill(self, cls, pool, make):
        count = 0
        for e in pool:
            if count >= self.n:
                break
            r = make(e)
            if r and self.add(cls, *r):
                count += 1
        return count

    # ---- classes -------------------------------------------------------------------------------
    def ru_org(self, e):
        return e.type == "organization" and e.country in ("RU", "BY") and "BRANCH" not in e.names[0].upper() \
            and 2 <= len(tokens(e.names[0])) <= 8

    def latin_names(self, e):
        return [n for n in e.names if not has_cyr(n) and has_latin(n)]

    def cyr_names(self, e):
        return [n for n in e.names if mostly_cyr(n)]

    def russian_words_only(self, core):
        """True when no word of core looks English (so a clerk would transliterate, not translate, it)."""
        ws = fold(core).split()
        return bool(ws) and all(len(w) > 1 for w in ws) and not any(w in self.english and w not in EN2RU for w in ws)

    def ru_core(self, e):
        """(form key, core) from a Latin name of e that has a recognisable Russian legal form."""
        for n in self.latin_names(e):
            k, core = split_ru_form(n)
            if k and len(core) >= 3:
                return k, unquote(core), n
        return None

    def to_cyr_words(self, core):
        def one(m):
            w = m.group(0)
            ru = EN2RU.get(w.lower())
            if ru is None:
                return lat_word_to_cyr(w)
            return ru.upper() if w.isupper() else ru
        return " ".join(re.sub(r"[A-Za-z']+", one, core).split())

    def make_ru_cyrillic(self, e):
        if self.cyr_names(e):
            src = self.cyr_names(e)[0]
            k, core = split_ru_form(src)
            core = unquote(core)
            form = CYR_FORM.get(k, "ООО") if k else None
            note = "list Cyrillic alias, form/quotes rewritten"
            if not form:
                return src.replace('"', "«", 1).replace('"', "»", 1), e, e.country, "", "", "list Cyrillic alias, quotes"
        else:
            r = self.ru_core(e)
            if not r:
                return None
            k, core_lat, src = r
            if not self.russian_words_only(core_lat):
                return None
            core = self.to_cyr_words(core_lat)
            form = CYR_FORM[k]
            note = "back-transliterated from %r" % src
        name = form + " " + quote(core, self.rng, cyr=True)
        if self.rng.random() < 0.2:
            name += ", " + self.rng.choice(RU_CITIES_CYR)
        return name, e, e.country if self.rng.random() < 0.7 else "", "organization" if self.rng.random() < 0.5 else "", "", note

    def make_ru_latin(self, e):
        cyr = self.cyr_names(e)
        if cyr:
            k, core = split_ru_form(cyr[0])
            core = unquote(core)
            src = cyr[0]
        else:
            r = self.ru_core(e)
            if not r:
                return None
            k, core_lat, src = r
            if any(w.lower().strip(",.") in EN2RU for w in core_lat.split()) or not self.russian_words_only(core_lat):
                return None  # English or translated names are not re-transliterated by clerks
            core = lat_to_cyr(core_lat)
        scheme = self.rng.choice(["iso9", "german", "french", "passport", "jx"])
        lat = translit(core, scheme)
        if fold(lat) == fold(unquote(split_ru_form(self.latin_names(e)[0])[1] if self.latin_names(e) else "")):
            return None  # scheme gave the listed spelling: not a new variant
        form = self.rng.choice(RU_FORMS[k or "ooo"][:5])
        name = (form + " " + quote(lat, self.rng)) if self.rng.random() < 0.7 else (quote(lat, self.rng) + " " + form)
        return name, e, e.country if self.rng.random() < 0.6 else "", "", "", "%s from %r" % (scheme, src)

    def make_ru_form(self, e):
        r = self.ru_core(e)
        if not r:
            return None
        k, core, src = r
        rng = self.rng
        ws = core.split()
        note = []
        op = rng.choice(["form", "form", "order", "generic", "city"])
        if op == "order" and len(ws) >= 2:
            i = rng.randrange(len(ws) - 1)
            ws[i], ws[i + 1] = ws[i + 1], ws[i]
            note.append("word order")
        elif op == "generic":
            gen = [i for i, w in enumerate(ws) if fold(w) in GENERIC_ORG_WORDS]
            if gen and len(ws) > len(gen) + 0:
                del ws[rng.choice(gen)]
                note.append("generic word dropped")
            else:
                ws = ws + [rng.choice(["Group", "Trading House", "Holding"])] if rng.random() < 0.5 else \
                    [rng.choice(["Trading House", "TD", "Group of Companies"])] + ws
                note.append("generic word added")
        core2 = " ".join(ws)
        form = rng.choice([f for f in RU_FORMS[k] if not f.startswith(("О", "А", "П")) or rng.random() < 0.3])
        name = form + " " + quote(core2, rng) if rng.random() < 0.6 else quote(core2, rng) + ", " + form
        if op == "city":
            name += " " + rng.choice(RU_CITIES)
            note.append("city added")
        note.append("form %s" % form)
        if rng.random() < 0.3:
            name = name.upper()
        return name, e, e.country if rng.random() < 0.5 else "", "", "", "; ".join(note) + " from %r" % src

    def person_parts(self, nm):
        """(surname, given, patronymic) from 'SURNAME, Given Patr' or 'SURNAME Given Patr'."""
        if "," in nm:
            sur, rest = nm.split(",", 1)
            rest = rest.split()
            if not rest:
                return None
            return sur.strip(), rest[0], " ".join(rest[1:])
        ws = nm.split()
        if len(ws) == 3 and ws[0].isupper() and not ws[1].isupper():
            return ws[0], ws[1], ws[2]
        return None

    def make_ru_person(self, e):
        rng = self.rng
        cyr = [n for n in self.cyr_names(e)]
        lat = self.latin_names(e)
        if not lat:
            return None
        p = self.person_parts(lat[0])
        if not p:
            return None
        sur, giv, pat = p
        op = rng.choice(["order", "patr_drop", "patr_init", "cyrillic", "translit", "translit", "ukr"])
        ru = [c for c in cyr if not re.search("[іїєґ]", c.lower())]
        uk = [c for c in cyr if re.search("[іїєґ]", c.lower())]
        if op == "ukr" and uk:
            s2 = self.person_parts(uk[0])
            if not s2:
                return None
            s, g, pt = (translit(x, "ukr") for x in s2)
            return "%s %s %s" % (g, pt, s.capitalize()), e, "", "person", "", "Ukrainian national translit of %r" % uk[0]
        if op == "cyrillic":
            if ru:
                c = self.person_parts(ru[0])
                if not c:
                    return None
                s, g, pt = c
                name = rng.choice(["%s %s %s" % (s.capitalize(), g, pt), "%s %s %s" % (g, pt, s.capitalize()),
                                   "%s %s.%s." % (s.capitalize(), g[0], pt[:1])])
                return name, e, "", "person", "", "list's Cyrillic %r rewritten" % ru[0]
            name = "%s %s %s" % (lat_to_cyr(sur.capitalize()), lat_to_cyr(giv), lat_to_cyr(pat))
            return name.strip(), e, "", "person", "", "back-transliterated from %r" % lat[0]
        if op in ("translit", "ukr"):
            src = ru[0] if ru else None
            if src:
                c = self.person_parts(src)
                if not c:
                    return None
                s, g, pt = c
            else:
                s, g, pt = lat_to_cyr(sur), lat_to_cyr(giv), lat_to_cyr(pat)
            scheme = rng.choice(["german", "french", "passport", "jx", "iso9"])
            s, g, pt = (translit(x, scheme) for x in (s, g, pt))
            if fold(s + g) == fold(sur + giv):
                return None
            name = rng.choice(["%s %s %s" % (g, pt, s.capitalize()), "%s, %s %s" % (s.upper(), g, pt),
                               "%s %s" % (g, s.capitalize())])
            return name, e, "", "person", "", "%s translit of %r" % (scheme, src or lat[0])
        if op == "order":
            return "%s %s %s" % (giv, pat, sur.capitalize()), e, "", "person", "", "given names first"
        if op == "patr_drop":
            return rng.choice(["%s %s" % (giv, sur.capitalize()), "%s %s" % (sur.upper(), giv)]), e, "", "person", "", "patronymic dropped"
        if not pat:
            return None
        return rng.choice(["%s %s. %s." % (sur.capitalize(), giv[0], pat[0]), "%s %s. %s" % (giv, pat[0], sur.capitalize()),
                           "%s. %s. %s" % (giv[0], pat[0], sur.capitalize())]), e, "", "person", "", "initials"

    def make_fa_person(self, e):
        nm = self.latin_names(e)[0]
        v = fa_vary(nm, self.rng)
        if not v:
            return None
        if "," in v and self.rng.random() < 0.5:
            s, g = v.split(",", 1)
            v = g.strip() + " " + s.strip()
        return v, e, "", "person" if self.rng.random() < 0.5 else "", "", "romanisation of %r" % nm

    def make_cn(self, e):
        rng = self.rng
        nm = self.latin_names(e)[0] if self.latin_names(e) else None
        hanzi = [n for n in e.names if re.search(r"[\u4e00-\u9fff]", n)]
        if hanzi and rng.random() < 0.5:
            h = hanzi[0]
            h2 = h.replace("有限公司", "有限責任公司") if "有限公司" in h else h + "有限公司"
            return h2, e, e.country, "", "", "Hanzi alias with legal form changed"
        if not nm:
            return None
        core = CN_SUFFIX_RE.sub("", nm).strip(" ,")
        if core == nm or len(core) < 4:
            return None
        ws = core.split()
        notes = []
        if fold(ws[0]) in {fold(c) for c in CN_CITIES} and len(ws) > 2 and rng.random() < 0.5:
            ws = ws[1:] if fold(ws[0]) != "hong" else ws[2:]
            notes.append("city dropped")
        elif rng.random() < 0.4 and fold(ws[0]) not in {fold(c) for c in CN_CITIES}:
            ws = [rng.choice(CN_CITIES)] + ws
            notes.append("city added")
        sw = [i for i, w in enumerate(ws) if w.lower() in CN_WORD_SWAP]
        if sw and rng.random() < 0.6:
            i = rng.choice(sw)
            ws[i] = CN_WORD_SWAP[ws[i].lower()]
            notes.append("word swapped")
        suf = rng.choice(CN_SUFFIXES)
        notes.append("suffix " + suf)
        name = " ".join(ws) + " " + suf
        if rng.random() < 0.3:
            name = name.upper()
        return name, e, e.country if rng.random() < 0.5 else "", "", "", "; ".join(notes) + " from %r" % nm

    def make_ae_tr(self, e):
        rng = self.rng
        lat = self.latin_names(e)
        if not lat:
            return None
        nm = lat[0]
        notes = []
        if e.country == "TR":
            core = TR_FORM_RE.sub("", nm).strip(" ,")
            if rng.random() < 0.5:
                core = core.translate(TR_ASCII)
                notes.append("Turkish letters dropped")
            suf = rng.choice(TR_FORMS)
            if rng.random() < 0.4:
                suf = suf.translate(TR_ASCII)
        else:
            core = AE_FORM_RE.sub("", nm).strip(" ,")
            if re.search(r"(?i)general trading", core) and rng.random() < 0.5:
                core = re.sub(r"(?i)\s*general trading", "", core)
                notes.append("General Trading dropped")
            elif rng.random() < 0.4 and not re.search(r"(?i)trading", core):
                core += " General Trading"
                notes.append("General Trading added")
            suf = rng.choice(AE_FORMS)
        if len(core) < 4:
            return None
        notes.append("form " + suf)
        return core + " " + suf, e, e.country if rng.random() < 0.5 else "", "", "", "; ".join(notes) + " from %r" % nm

    def make_vessel(self, e):
        rng = self.rng
        nm = self.latin_names(e)[0]
        ident = "IMO " + e.imo if rng.random() < 0.6 else ""
        pre = rng.choice(["MV ", "M/V ", "M.V. ", "MT ", "mv "] + ([""] if ident else []))
        name = pre + (nm.title() if rng.random() < 0.3 else nm)
        return name, e, "", "vessel" if rng.random() < 0.5 else "", ident, "prefix %r%s" % (pre.strip(), ", IMO" if ident else "")

    def make_ident(self, e):
        rng = self.rng
        lat = self.latin_names(e)
        if not lat:
            return None
        nm = lat[0]
        r = typo(nm, rng)
        if not r:
            return None
        name, what = r
        ws = name.split()
        gen = [i for i, w in enumerate(ws) if fold(w) in GENERIC_ORG_WORDS and fold(w) not in FORM_WORDS]
        if len(ws) > 3 and gen and rng.random() < 0.5:
            del ws[rng.choice(gen)]
            what += "; a generic word dropped"
        name = " ".join(ws)
        if e.type == "vessel":
            return name, e, "", "vessel" if rng.random() < 0.5 else "", "IMO " + e.imo, what + "; IMO given"
        kind = "INN" if len(e.inn) in (10, 12) else "OGRN"
        return name, e, e.country if rng.random() < 0.5 else "", "", "%s %s" % (kind, e.inn), what + "; INN given"

    def make_typo(self, e):
        rng = self.rng
        lat = self.latin_names(e)
        if not lat:
            return None
        nm = lat[0]
        op = rng.random()
        if op < 0.6:
            r = typo(nm, rng)
        elif op < 0.85:
            r = join_split(nm, rng)
        else:
            r = (nm.upper(), "all caps") if nm != nm.upper() else typo(nm.upper(), rng)
        if not r:
            return None
        return r[0], e, "", e.type if e.type in ("person", "vessel") and rng.random() < 0.5 else "", "", r[1] + " of %r" % nm

    # ---- negatives -----------------------------------------------------------------------------
    def is_listed(self, name):
        return fold(name) in self.listed or " ".join(sorted(tokens(name))) in self.listed

    def neg_replace(self, e):
        rng = self.rng
        lat = self.latin_names(e)
        if not lat:
            return None
        nm = lat[0]
        ts = tokens(nm)
        dist = [t for t in ts if t not in GENERIC_ORG_WORDS and t not in FORM_WORDS and t not in OTHER_FORMS
                and len(t) >= 3 and t.isalpha()]
        if not dist or len(dist) > 2 or len(ts) < 2 or not any(t in GENERIC_ORG_WORDS or t in FORM_WORDS for t in ts):
            return None
        # every distinctive word replaced by a real word that occurs in no listed name
        name = nm
        for d in dist:
            cands = [w for w in REAL_WORDS if fold(w) not in self.listed_tokens and fold(w) not in ts
                     and fold(w) not in self.joined
                     and fold(w) not in fold(name)]
            if not cands:
                return None
            w = rng.choice(cands)
            name = re.sub(r"(?i)\b%s\b" % re.escape(d), w.upper() if nm.isupper() else w, name, count=1)
        if self.is_listed(name):
            return None
        return name, None, e.country if rng.random() < 0.5 else "", "", "", "distinctive word(s) of %r replaced" % nm

    def neg_surname(self, e):
        rng = self.rng
        lat = self.latin_names(e)
        if not lat:
            return None
        p = self.person_parts(lat[0])
        if not p:
            return None
        sur = p[0].split()[0]
        if fold(sur) not in COMMON_SURNAMES:
            return None
        pool = GIVEN_RU if fold(sur) in RU_SURNAMES else GIVEN_FA
        given = [g for g in pool if g[:3].lower() not in self.persons_by_surname.get(fold(sur), set())]
        if not given:
            return None
        given = [g for g in given if skeleton(g) not in self.person_skel.get(skeleton(sur), set())]
        if not given:
            return None
        g = rng.choice(given)
        if g in FEMALE and fold(sur).endswith(("ov", "ev", "in", "yn")):
            sur = sur + ("A" if sur.isupper() else "a")
            if g[:3].lower() in self.persons_by_surname.get(fold(sur), set()) or \
                    skeleton(g) in self.person_skel.get(skeleton(sur), set()):
                return None
        name = rng.choice(["%s %s" % (g, sur.capitalize()), "%s, %s" % (sur.upper(), g)])
        if self.is_listed(name):
            return None
        return name, None, "", "person" if rng.random() < 0.5 else "", "", "listed surname %r, given name no listed %s has" % (sur, sur)

    def run(self):
        ents = self.ents
        n = {}
        n["ru_org_cyrillic"] = self.fill("ru_org_cyrillic", self.pool(self.ru_org), self.make_ru_cyrillic)
        n["ru_org_translit"] = self.fill("ru_org_translit", self.pool(self.ru_org), self.make_ru_latin)
        n["ru_org_form_order"] = self.fill("ru_org_form_order", self.pool(self.ru_org), self.make_ru_form)
        n["person_ru"] = self.fill("person_ru", self.pool(lambda e: e.type == "person" and (
            e.country in ("RU", "BY", "UA", "") and ("RUSSIA" in e.programs or "UKRAINE" in e.programs
                                                    or "BELARUS" in e.programs or e.eid.startswith("opensanctions")))),
            self.make_ru_person)
        n["person_fa_ar"] = self.fill("person_fa_ar", self.pool(lambda e: e.type == "person" and any(
            p in e.programs for p in FA_PROGRAMS)), self.make_fa_person)
        n["cn_hk_org"] = self.fill("cn_hk_org", self.pool(lambda e: e.type == "organization" and e.country in ("CN", "HK")),
                                   self.make_cn)
        n["ae_tr_org"] = self.fill("ae_tr_org", self.pool(lambda e: e.type == "organization" and e.country in ("AE", "TR")),
                                   self.make_ae_tr)
        n["vessel"] = self.fill("vessel", self.pool(lambda e: e.type == "vessel" and e.imo and self.latin_names(e)),
                                self.make_vessel)
        n["identifier_help"] = self.fill("identifier_help", self.pool(
            lambda e: (e.type == "vessel" and e.imo) or (e.type == "organization" and e.inn)), self.make_ident)
        n["typo_spacing_case"] = self.fill("typo_spacing_case", self.pool(lambda e: e.type in ("organization", "person")),
                                           self.make_typo)
        n["neg_replaced_word"] = self.fill("neg_replaced_word", self.pool(lambda e: e.type == "organization"),
                                           self.neg_replace)
        n["neg_common_surname"] = self.fill("neg_common_surname", self.pool(lambda e: e.type == "person"), self.neg_surname)
        n["neg_legit_firm"] = self.fill_legit()
        return n

    def fill_legit(self):
        """Famous legitimate companies and invented unlisted firms of the listed cities and trades."""
        rng = self.rng
        cands = [(f, c, "famous legitimate company") for f, c in FAMOUS]
        for _ in range(self.n * 6):
            kind = rng.random()
            w = rng.choice([x for x in REAL_WORDS if fold(x) not in self.listed_tokens] or ["Zzz"])
            if kind < 0.35:
                form = rng.choice(["OOO", "LLC", "AO", "JSC", "ООО", "АО"])
                ind = rng.choice(["Elektronika", "Tekhnologii", "Mashinostroitelny Zavod", "Priborostroenie",
                                  "Trading House", "Logistics", "Komponent", "Engineering", "Электроника",
                                  "Технологии", "Торговый Дом"])
                word = lat_to_cyr(w) if has_cyr(form + ind) else w
                name = "%s %s %s" % (form, quote(word, rng, cyr=has_cyr(form)), ind)
                if rng.random() < 0.3:
                    name += " " + rng.choice(RU_CITIES)
                cands.append((name, "RU", "invented Russian firm, unlisted word %r" % w))
            elif kind < 0.7:
                name = "%s %s %s %s" % (rng.choice(CN_CITIES[:10]), w, rng.choice(
                    ["Electronic Technology", "Trading", "Precision Machinery", "Semiconductor", "Import & Export",
                     "Optoelectronics", "Industrial"]), rng.choice(CN_SUFFIXES))
                cands.append((name, rng.choice(["CN", "HK"]), "invented Chinese firm, unlisted word %r" % w))
            else:
                name = "%s %s" % (w, rng.choice(["General Trading LLC", "Electronics FZE", "Trading FZCO",
                                                  "Dış Ticaret Ltd. Şti.", "Makina San. ve Tic. A.Ş.",
                                                  "Logistics DMCC"]))
                cands.append((name, rng.choice(["AE", "TR"]), "invented UAE/Turkish firm, unlisted word %r" % w))
        head, tail = cands[:len(FAMOUS)], cands[len(FAMOUS):]
        count = 0
        for name, c, note in head + tail:
            if count >= self.n:
                break
            if self.is_listed(name):
                continue
            if self.add("neg_legit_firm", name, None, c if rng.random() < 0.6 else "", "organization", "", note):
                count += 1
        return count


# Real words (Russian, English, place and nature words, transliterated) for invented names.
REAL_WORDS = """Berezka Ryabina Oduvanchik Kolokolchik Vasilek Podsolnukh Ivolga Zhuravl Lastochka Snegir Sinitsa
Solovey Kedrovy Sosnovy Lipovy Dubrava Zarechye Polyana Rodnik Ruchey Ozerny Lugovoy Pshenitsa Yablonka Vishnya
Malinka Brusnika Klyukva Morozko Metelitsa Rassvet Zakat Raduga Oblako Veterok Prostor Dobrynya Ladoga Onega Seliger
Medvezhonok Belochka Lisichka Kotofey Zaychik Pingvin Delfin Kashalot Morzh Tyulen Bobr Yenot Surok Barsuk
Marigold Bluebell Heather Juniper Chestnut Willowby Thistle Meadowlark Kingfisher Bramble Foxglove Primrose
Tangerine Pomelo Lychee Kumquat Papaya Apricot Mulberry Gooseberry Cranberry Blueberry Walnut Hazelnut Almondine
Xinghua Yuelai Chunfeng Qiaoyang Ruixiang Mingyue Haitian Jinxiu Lanting Songhe Zhuyun Meilan Hongxia Qingshan
Fengyuan Liyuan Taihe Wanjia Yongxin Shunda Kaixuan Huimin Jiahe Baoli Derun Hengtai Anxin Fuxing Yijia
Lavender Tulipan Papatya Menekse Lale Nergis Zambak Karanfil Sumbul Gelincik Ipek Inci Mercan Firuze Zumrut
Oasisbay Palmgrove Dunesand Pearlcoast Falconview Gazelle Jasmine Saffron Cardamom Tamarind Frankincense""".split()

FAMOUS = [("Siemens Aktiengesellschaft", "DE"), ("Robert Bosch GmbH", "DE"), ("Texas Instruments Incorporated", "US"),
          ("Analog Devices, Inc.", "US"), ("STMicroelectronics N.V.", "CH"), ("Infineon Technologies AG", "DE"),
          ("NXP Semiconductors N.V.", "NL"), ("Microchip Technology Inc.", "US"), ("Intel Corporation", "US"),
          ("Samsung Electronics Co., Ltd.", "KR"), ("Sony Group Corporation", "JP"), ("Toyota Motor Corporation", "JP"),
          ("Nestle S.A.", "CH"), ("Unilever PLC", "GB"), ("A.P. Moller - Maersk A/S", "DK"),
          ("Hapag-Lloyd AG", "DE"), ("DHL Express", "DE"), ("Airbus SE", "NL"), ("Rolls-Royce Holdings plc", "GB"),
          ("Schneider Electric SE", "FR"), ("ABB Ltd", "CH"), ("Murata Manufacturing Co., Ltd.", "JP"),
          ("TDK Corporation", "JP"), ("Renesas Electronics Corporation", "JP"), ("Mouser Electronics, Inc.", "US"),
          ("Digi-Key Corporation", "US"), ("Arrow Electronics, Inc.", "US"), ("Avnet, Inc.", "US"),
          ("Farnell", "GB"), ("RS Components Ltd", "GB"), ("Rohde & Schwarz GmbH & Co. KG", "DE"),
          ("Keysight Technologies, Inc.", "US"), ("Tektronix, Inc.", "US"), ("Bosch Rexroth AG", "DE"),
          ("Continental AG", "DE"), ("Volkswagen AG", "DE"), ("Philips", "NL"), ("Ericsson", "SE"), ("Nokia Oyj", "FI"),
          ("Carrefour", "FR"), ("IKEA", "SE"), ("Danone", "FR"), ("Heineken N.V.", "NL"), ("Lenovo Group Limited", "HK"),
          ("Xiaomi Corporation", "CN"), ("Anglo American plc", "GB"), ("Glencore plc", "CH"), ("Trafigura", "SG")]

COMMON_SURNAMES = {"ivanov", "petrov", "smirnov", "kuznetsov", "popov", "sokolov", "lebedev", "kozlov", "novikov",
                   "morozov", "volkov", "solovyev", "vasilyev", "zaytsev", "pavlov", "semenov", "golubev", "vinogradov",
                   "bogdanov", "vorobyev", "fedorov", "mikhaylov", "belyaev", "tarasov", "belov", "komarov", "orlov",
                   "kiselev", "makarov", "andreev", "kovalev", "ilyin", "gusev", "titov", "kuzmin", "kudryavtsev",
                   "baranov", "kulikov", "alekseev", "stepanov", "yakovlev", "sorokin", "sergeev", "romanov",
                   "zakharov", "borisov", "korolev", "gerasimov", "ponomarev", "grigoryev", "lazarev", "medvedev",
                   "ershov", "nikitin", "sobolev", "ryabov", "polyakov", "tsvetkov", "danilov", "zhukov", "frolov",
                   "zhuravlev", "nikolaev", "krylov", "maksimov", "sidorov", "osipov", "belousov", "fedotov",
                   "dorofeev", "egorov", "matveev", "bobrov", "dmitriev", "kalinin", "anisimov", "petukhov",
                   "antonov", "timofeev", "nikiforov", "veselov", "filippov", "markov", "bolshakov", "sukhanov",
                   "mironov", "shiryaev", "aleksandrov", "konovalov", "shestakov", "kazakov", "efimov", "denisov",
                   "gromov", "fomin", "davydov", "melnikov", "shcherbakov", "blinov", "kolesnikov", "karpov",
                   "afanasyev", "vlasov", "maslov", "isakov", "tikhonov", "aksenov", "gavrilov", "rodionov",
                   "kotov", "gorbunov", "kudryashov", "bykov", "zuev", "tretyakov", "savelyev", "panov", "rybakov",
                   "suvorov", "abramov", "voronin", "mukhin", "arkhipov", "trofimov", "martynov", "emelyanov",
                   "gorshkov", "chernov", "ovchinnikov", "seleznev", "panfilov", "kopylov", "mikheev", "galkin",
                   "nazarov", "lobanov", "lukin", "belyakov", "potapov", "nekrasov", "khokhlov", "zhdanov",
                   "naumov", "shilov", "vorontsov", "ermakov", "drozdov", "ignatyev", "savin", "loginov", "safonov",
                   "kapustin", "kirillov", "moiseev", "eliseev", "koshelev", "kostin", "gorbachev", "orekhov",
                   "efremov", "isaev", "evdokimov", "kalashnikov", "kabanov", "noskov", "yudin", "kulagin",
                   "lapin", "prokhorov", "nesterov", "kharitonov", "agafonov", "muravyev", "laptev", "snegirev",
                   "gurov", "zimin", "shevchenko", "kovalenko", "bondarenko", "tkachenko", "kravchenko", "oliynyk",
                   "melnyk", "lysenko", "rudenko", "savchenko", "petrenko", "moroz", "marchenko",
                   "hosseini", "mohammadi", "ahmadi", "rezaei", "moradi", "karimi", "jafari", "rahimi", "ghasemi",
                   "hashemi", "mousavi", "kazemi", "sadeghi", "heidari", "abbasi", "ali", "hassan", "hussein",
                   "ahmed", "khan", "rahman", "salehi", "najafi", "ebrahimi", "zadeh", "sharifi", "nasiri"}
RU_SURNAMES = {s for s in COMMON_SURNAMES if s.endswith(("ov", "ev", "in", "ko", "yk", "ik", "oz", "yn"))}
GIVEN_RU = ["Aleksandr", "Dmitry", "Maksim", "Sergey", "Andrey", "Aleksey", "Artem", "Ilya", "Kirill", "Mikhail",
            "Nikita", "Matvey", "Roman", "Egor", "Arseny", "Ivan", "Denis", "Evgeny", "Daniil", "Timofey",
            "Vladislav", "Igor", "Vladimir", "Pavel", "Ruslan", "Mark", "Konstantin", "Timur", "Oleg", "Yaroslav",
            "Anton", "Nikolay", "Gleb", "Danila", "Savely", "Vadim", "Stepan", "Yury", "Bogdan", "Filipp",
            "Anastasia", "Maria", "Anna", "Viktoria", "Ekaterina", "Natalia", "Marina", "Polina", "Daria",
            "Alina", "Kseniya", "Svetlana", "Vera", "Lyudmila", "Zoya", "Varvara", "Taisiya", "Ulyana"]
FEMALE = {"Anastasia", "Maria", "Anna", "Viktoria", "Ekaterina", "Natalia", "Marina", "Polina", "Daria", "Alina",
          "Kseniya", "Svetlana", "Vera", "Lyudmila", "Zoya", "Varvara", "Taisiya", "Ulyana"}
GIVEN_FA = ["Ali", "Reza", "Hamid", "Saeed", "Amir", "Behnam", "Dariush", "Kamran", "Farhad", "Babak", "Omid",
            "Parviz", "Shahram", "Kourosh", "Arash", "Siavash", "Navid", "Peyman", "Ramin", "Sina", "Nima",
            "Maryam", "Zahra", "Fatemeh", "Leila", "Shirin", "Parisa", "Neda", "Roya", "Samira", "Yasmin",
            "Tariq", "Bilal", "Faisal", "Khalid", "Walid", "Zaid", "Samir", "Nabil", "Karim", "Imran"]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--lists", required=True, help="the shared data directory (ofac/, opensanctions/, ...)")
    ap.add_argument("--per-class", type=int, default=120)
    a = ap.parse_args(argv)
    ents = load_ofac(a.lists) + load_os(a.lists)
    ents.sort(key=lambda e: e.eid)
    w = Writer(a.seed, a.per_class, ents, load_other_names(a.lists))
    counts = w.run()
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "queries.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f, lineterminator="\n")
        cw.writerow(["id", "name", "country", "type", "identifier"])
        for r in w.rows:
            cw.writerow(r[:5])
    with open(os.path.join(a.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f, lineterminator="\n")
        cw.writerow(["id", "class", "expect", "expected", "expected_names", "note"])
        for r in w.rows:
            cw.writerow([r[0], r[5], r[6], r[7], r[8], r[9]])
    with open(os.path.join(a.out, "README.txt"), "w", encoding="utf-8") as f:
        f.write("Independent screening queries, seed %d, %d queries, written by write_queries.py\n"
                "from the list files in %s. See bench/independent-queries/README.md.\n\n" % (a.seed, len(w.rows), a.lists))
        for k, v in counts.items():
            f.write("%-22s %d\n" % (k, v))
    for k, v in counts.items():
        print("%-22s %d" % (k, v), file=sys.stderr)
    print("total %d queries -> %s" % (len(w.rows), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
